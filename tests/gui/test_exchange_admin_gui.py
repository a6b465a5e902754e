"""Keys and devices through the GUI: a field device's HQ recipient cards (add, replace at a key
rotation, remove) and its enrolment file; HQ's device registry (enrol, revoke) and its own
card (save, rotate). Real vaults, real files, real imports."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fielddoc.bundle.device import add_recipient, device_fingerprint, recipients
from fielddoc.bundle.errors import NotForThisHQ, RevokedDevice
from fielddoc.bundle.reader import open_bundle
from fielddoc.bundle.writer import export_bundle
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.gui.dialogs.exchange_common import fixed_font
from fielddoc.hq.devices import list_devices
from fielddoc.hq.importer import import_bundle
from fielddoc.records.service import Records
from tests.conftest import PASSPHRASE
from tests.test_bundle_support import make_field, snapshot

LEFT = Qt.MouseButton.LeftButton
WAIT = 30000


@pytest.fixture
def other_hq(tmp_path):
    from fielddoc.hq.store import init_hq

    store = init_hq(tmp_path / "hq2", PASSPHRASE, params=TEST_PARAMS, name="HQ Astana")
    yield store
    store.lock()


def _folder(tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    out.mkdir()
    return out


def _idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog._task is None, timeout=WAIT)


def _question(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=WAIT)
    return dialog.question


def _click_yes(qtbot, dialog) -> None:
    box = _question(qtbot, dialog)
    assert box.defaultButton() is not box.yes_button  # a dangerous question defaults to No/Cancel
    qtbot.mouseClick(box.yes_button, LEFT)
    _idle(qtbot, dialog)


def _click_no(qtbot, dialog) -> None:
    box = _question(qtbot, dialog)
    qtbot.mouseClick(box.defaultButton(), LEFT)
    _idle(qtbot, dialog)


def _recipients_dialog(qtbot, window):
    from fielddoc.gui.dialogs.recipients import RecipientsDialog

    dialog = RecipientsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog._task is None and dialog._device is not None, timeout=WAIT)
    return dialog


def _devices_dialog(qtbot, hq_session):
    from fielddoc.gui.dialogs.hq_devices import DevicesDialog

    dialog = DevicesDialog(hq_session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog._task is None and dialog._hq is not None, timeout=WAIT)
    return dialog


def _save_card(qtbot, devices, folder: Path) -> Path:
    devices.saved_path = None
    devices.save_card(folder)
    qtbot.waitUntil(lambda: devices.saved_path is not None, timeout=WAIT)
    return devices.saved_path


def _enrol(hq, vault) -> None:
    from fielddoc.bundle.device import enrolment
    from fielddoc.hq.devices import enrol

    enrol(hq, enrolment(vault), device_fingerprint(vault))


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# -- recipient cards ----------------------------------------------------------------------------
def test_hq_card_saved_at_hq_is_added_replaced_after_rotation_and_removed(
        qtbot, window, vault, hq, hq_session, other_hq, tmp_path):
    devices = _devices_dialog(qtbot, hq_session)
    first_fpr = hq.fingerprint()
    assert devices.fingerprint.text() == first_fpr and devices.hq_name.text() == "HQ Almaty"
    cards = _folder(tmp_path, "cards")
    card_file = _save_card(qtbot, devices, cards)
    assert card_file.parent == cards and _names(cards) == [card_file.name]  # atomic: no temporary left
    assert re.fullmatch(r"recipient-card-[A-Z2-7]{8}\.json", card_file.name)
    assert "HQ Almaty" not in card_file.name

    dialog = _recipients_dialog(qtbot, window)
    assert dialog.no_recipients.isVisible() and not dialog.remove_button.isEnabled()
    changed = []
    dialog.changed.connect(lambda: changed.append(1))
    box = dialog.offer_card(card_file)
    assert box.fingerprint.text() == first_fpr and "HQ Almaty" in box.text.text()
    _click_no(qtbot, dialog)
    assert recipients(vault) == [] and changed == []
    dialog.offer_card(card_file)
    _click_yes(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1, timeout=WAIT)
    assert [r.fingerprint for r in recipients(vault)] == [first_fpr] and changed == [1]
    item = dialog.table.topLevelItem(0)
    assert item.text(0) == "HQ Almaty" and item.text(1) == first_fpr and item.text(2)
    assert item.font(1).family() == fixed_font().family()  # compared group by group
    assert "Added the card of HQ Almaty" in dialog.status.text()

    # a bundle made before the rotation, encrypted to the old key
    _enrol(hq, vault)
    old_bundle = export_bundle(vault, _folder(tmp_path, "before")).path

    # rotation at HQ: declining changes nothing, confirming makes a new key
    devices.confirm_rotate()
    _click_no(qtbot, devices)
    assert hq.fingerprint() == first_fpr
    devices.confirm_rotate()
    with qtbot.waitSignal(devices.changed, timeout=WAIT):
        _click_yes(qtbot, devices)
    _idle(qtbot, devices)
    new_fpr = hq.fingerprint()
    assert new_fpr != first_fpr and devices.fingerprint.text() == new_fpr
    assert new_fpr in devices.status.text()
    new_card = _save_card(qtbot, devices, _folder(tmp_path, "new-card"))

    # the device replaces the old card: declined first, then confirmed
    dialog.select(first_fpr)
    box = dialog.offer_replacement(new_card)
    assert box.fingerprint.text() == new_fpr and first_fpr in box.text.text()
    _click_no(qtbot, dialog)
    assert [r.fingerprint for r in recipients(vault)] == [first_fpr]
    dialog.offer_replacement(new_card)
    _click_yes(qtbot, dialog)
    _idle(qtbot, dialog)
    assert [r.fingerprint for r in recipients(vault)] == [new_fpr]
    assert dialog.table.topLevelItem(0).text(1) == new_fpr
    assert "Replaced by the new card" in dialog.status.text()

    # the next export is encrypted to the new card only; the old bundle still opens at HQ
    Records(vault).create("person", {"id": "per-after-rotation", "name": "After rotation"})
    new_bundle = export_bundle(vault, _folder(tmp_path, "after"), since_last=True).path
    old_identity, current = hq.identities()[1], hq.identities()[0]
    with new_bundle.open("rb") as fh, pytest.raises(NotForThisHQ):
        open_bundle(fh, old_identity)
    with new_bundle.open("rb") as fh:
        manifest = json.loads(open_bundle(fh, current).manifest_bytes)
    assert manifest["recipients"] == [new_fpr]
    assert import_bundle(hq, old_bundle).status == "imported"
    assert import_bundle(hq, new_bundle).status == "imported"
    assert Records(hq).get("per-after-rotation")["name"] == "After rotation"

    # a card from another HQ cannot "replace" this one (not a rotation): nothing changes
    other_file = tmp_path / "other.json"
    other_file.write_text(other_hq.card().to_json(), "utf-8")
    dialog.select(new_fpr)
    assert dialog.offer_replacement(other_file) is None
    assert "not made by the same HQ" in dialog.status.text()
    assert [r.fingerprint for r in recipients(vault)] == [new_fpr]

    # remove: with two cards, then the last one (warned), declined first
    dialog.offer_card(other_file)
    _click_yes(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 2, timeout=WAIT)
    dialog.select(other_hq.fingerprint())
    box = dialog.confirm_remove()
    assert "HQ Astana" in box.text() and "only HQ card" not in box.informativeText()
    _click_no(qtbot, dialog)
    assert len(recipients(vault)) == 2
    dialog.select(other_hq.fingerprint())
    dialog.confirm_remove()
    _click_yes(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1 and dialog._task is None, timeout=WAIT)
    assert [r.fingerprint for r in recipients(vault)] == [new_fpr]
    box = dialog.confirm_remove()  # the only one left is selected
    assert "only HQ card" in box.informativeText()
    _click_no(qtbot, dialog)
    assert [r.fingerprint for r in recipients(vault)] == [new_fpr]
    dialog.confirm_remove()
    _click_yes(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.no_recipients.isVisible() and dialog._task is None, timeout=WAIT)
    assert recipients(vault) == [] and "no HQ card left" in dialog.status.text()


def test_an_invalid_card_shows_the_core_message(qtbot, window, vault, tmp_path):
    bad = tmp_path / "card.json"
    bad.write_text('{"type": "something else"}', "utf-8")
    dialog = _recipients_dialog(qtbot, window)
    assert dialog.offer_card(bad) is None
    assert dialog.status.property("role") == "error" and "not valid" in dialog.status.text()
    assert "Traceback" not in dialog.status.text() and recipients(vault) == []


# -- enrolment and the device registry -----------------------------------------------------------
def test_enrolment_file_enrols_at_hq_and_revoke_refuses_later_bundles(
        qtbot, window, vault, hq, hq_session, tmp_path):
    field = _recipients_dialog(qtbot, window)
    fpr = device_fingerprint(vault)
    assert field.fingerprint.text() == fpr and vault.device_id in field.device_id.text()
    assert field.fingerprint.font().pointSizeF() > field.heading.font().pointSizeF()  # read out aloud
    usb = _folder(tmp_path, "usb")
    field.label.setText("Mangystau team")
    field.save_enrolment(usb)
    qtbot.waitUntil(lambda: field.saved_path is not None, timeout=WAIT)
    assert _names(usb) == [f"enrolment-{vault.device_id}.json"]  # the device id, nothing else
    assert "Enrolment file saved" in field.status.text()

    devices = _devices_dialog(qtbot, hq_session)
    assert devices.table.rowCount() == 0 and devices.empty.isVisible()
    before = snapshot(hq)
    devices.offer_enrolment(field.saved_path)
    box = _question(qtbot, devices)
    assert box.fingerprint.text() == fpr and box.field.text() == "Mangystau team"
    assert not box.yes_button.isEnabled()  # not before the comparison was confirmed
    _click_no(qtbot, devices)
    assert snapshot(hq) == before and list_devices(hq) == []

    devices.offer_enrolment(field.saved_path)
    box = _question(qtbot, devices)
    box.tick.setChecked(True)
    box.field.setText("Aktau 1")
    with qtbot.waitSignal(devices.changed, timeout=WAIT):
        _click_yes(qtbot, devices)
    qtbot.waitUntil(lambda: devices.table.rowCount() == 1 and devices._task is None, timeout=WAIT)
    [row] = list_devices(hq)
    assert row["device"] == vault.device_id and row["via"] == "enrolment" and row["label"] == "Aktau 1"
    texts = [devices.table.item(0, c).text() for c in range(devices.table.columnCount())]
    assert texts[0] == f"Aktau 1\n{vault.device_id}" and texts[1].split() == fpr.split()
    assert texts[2].endswith("\nenrolment file") and texts[5] == "Active"

    # bundles 1 and 3 arrive, 2 is missing: the gap is shown and highlighted
    card = hq.card()
    add_recipient(vault, card, card.fingerprint)
    rec = Records(vault)
    made = []
    for i in range(3):
        rec.create("person", {"id": f"per-gap-{i}", "name": f"Gap {i}"})
        made.append(export_bundle(vault, _folder(tmp_path, f"b{i}"), since_last=True).path)
    import_bundle(hq, made[0])
    import_bundle(hq, made[2])
    devices.reload()
    _idle(qtbot, devices)
    gaps = devices.table.item(0, 4)
    assert gaps.text() == "2" and gaps.font().bold()
    assert devices.table.item(0, 3).text().startswith("3\n")

    # revoke: declined first (nothing changes), then with a reason
    devices.select(vault.device_id)
    box = devices.confirm_revoke()
    assert fpr in box.fingerprint.text() and "refuses every bundle" in box.informative.text()
    assert "kept" in box.informative.text()
    _click_no(qtbot, devices)
    assert list_devices(hq)[0]["status"] == "active"
    devices.select(vault.device_id)
    box = devices.confirm_revoke()
    box.field.setText("phone seized")
    with qtbot.waitSignal(devices.changed, timeout=WAIT):
        _click_yes(qtbot, devices)
    qtbot.waitUntil(lambda: devices._task is None and "Revoked" in devices.table.item(0, 5).text(),
                    timeout=WAIT)
    assert "phone seized" in devices.table.item(0, 5).text()
    assert not devices.revoke_button.isEnabled()
    with pytest.raises(RevokedDevice):
        import_bundle(hq, made[1])  # the next bundle is refused
    assert Records(hq).get("per-gap-0")["name"] == "Gap 0"  # what it sent before is kept


def test_an_invalid_enrolment_file_shows_the_core_message(qtbot, hq_session, hq, tmp_path):
    bad = tmp_path / "enrolment.json"
    bad.write_text(json.dumps({"type": "fielddoc-enrolment", "version": 1}), "utf-8")
    devices = _devices_dialog(qtbot, hq_session)
    devices.offer_enrolment(bad)
    qtbot.waitUntil(lambda: devices._task is None and devices.status.property("role") == "error",
                    timeout=WAIT)
    assert "not valid" in devices.status.text() and devices.question is None
    assert list_devices(hq) == []


def test_trusted_on_first_use_is_shown_as_such(qtbot, hq_session, hq, tmp_path):
    dev = make_field(tmp_path / "dev", "monitor-c")
    try:
        card = hq.card()
        add_recipient(dev, card, card.fingerprint)
        Records(dev).create("person", {"id": "per-tofu", "name": "Tofu"})
        bundle = export_bundle(dev, _folder(tmp_path, "out")).path
        import_bundle(hq, bundle, confirm=lambda _d, _f: True)
        devices = _devices_dialog(qtbot, hq_session)
        assert devices.table.rowCount() == 1 and "trust on first use" in devices.table.item(0, 2).text()
        assert devices.table.item(0, 4).text() == "none"
    finally:
        dev.lock()


def test_saving_into_a_missing_folder_says_so(qtbot, window, hq_session, tmp_path):
    devices = _devices_dialog(qtbot, hq_session)
    devices.save_card(tmp_path / "nowhere")
    qtbot.waitUntil(lambda: devices._task is None and devices.status.property("role") == "error",
                    timeout=WAIT)
    assert "does not exist" in devices.status.text() and devices.saved_path is None


def test_the_dialogs_follow_the_language(qtbot, window, hq_session):
    field = _recipients_dialog(qtbot, window)
    devices = _devices_dialog(qtbot, hq_session)
    english = (field.heading.text(), field.enrol_heading.text(), devices.heading.text(),
               devices.card_heading.text())
    window.language.set("ru")
    qtbot.wait(10)
    try:
        russian = (field.heading.text(), field.enrol_heading.text(), devices.heading.text(),
                   devices.card_heading.text())
        assert all(r != e for r, e in zip(russian, english, strict=True))
    finally:
        window.language.set("en")
    qtbot.wait(10)
    assert field.heading.text() == english[0]


def test_main_window_opens_the_recipients_dialog(qtbot, window, monkeypatch):
    from fielddoc.gui.dialogs import recipients as module

    seen = []
    monkeypatch.setattr(module.RecipientsDialog, "exec", lambda self: seen.append(self) or 0)
    window.show_recipients()
    assert len(seen) == 1 and isinstance(seen[0], module.RecipientsDialog)
    qtbot.waitUntil(lambda: seen[0]._task is None if _valid(seen[0]) else True, timeout=WAIT)


def _valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)

