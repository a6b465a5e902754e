"""The exchange with HQ through the GUI: export on a field device, import at HQ (with
trust on first use), receipts and the purge; real files, real vaults, real imports."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from fielddoc.bundle.device import add_recipient, recipients
from fielddoc.bundle.errors import BundleCorrupt
from fielddoc.bundle.writer import export_bundle
from fielddoc.hq import devices as hq_devices
from fielddoc.hq.importer import import_bundle
from fielddoc.i18n import translate
from fielddoc.records import interchange
from fielddoc.records.service import Records
from fielddoc.store.schema import revisions
from tests.conftest import ACCEPTANCE
from tests.test_bundle_support import link, make_field, snapshot

LEFT = Qt.MouseButton.LeftButton
BUNDLE_NAME = re.compile(r"[0-9a-f]{32}\.age")


@pytest.fixture
def device(tmp_path):
    """A second field vault with the acceptance set (bundles for the HQ tests come from it)."""
    import json

    v = make_field(tmp_path / "device", "monitor-b")
    interchange.import_dataset(Records(v), json.loads(ACCEPTANCE.read_text("utf-8")))
    yield v
    v.lock()


def _folder(tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    out.mkdir()
    return out


def _export(vault, folder: Path) -> Path:
    res = export_bundle(vault, folder)
    assert res is not None
    return res.path


def _click_yes(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=10000)
    qtbot.mouseClick(dialog.question.yes_button, LEFT)


def _click_no(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=10000)
    box = dialog.question
    qtbot.mouseClick(box.defaultButton(), LEFT)  # the default is the safe answer


# -- field device: export -------------------------------------------------------------------------
def test_export_through_the_dialog_writes_a_bundle_hq_imports(qtbot, window, vault, hq, tmp_path):
    from fielddoc.gui.dialogs.bundles import ExportBundleDialog

    link(vault, hq)
    out = _folder(tmp_path, "usb")
    dialog = ExportBundleDialog(window.session, window, folder=str(out))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.recipients.topLevelItemCount() == 1
    assert dialog.recipients.topLevelItem(0).text(1) == hq.card().fingerprint  # to compare out of band
    assert not dialog.no_recipients.isVisible()
    assert dialog.ceiling.currentData() == "AMBER+STRICT"
    qtbot.mouseClick(dialog.start, LEFT)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30000)
    files = list(out.iterdir())
    assert len(files) == 1 and BUNDLE_NAME.fullmatch(files[0].name)  # a random name, nothing else
    status = dialog.status.text()
    assert files[0].name in status and "Record revisions: 104." in status and "encrypted to HQ only" in status
    assert dialog.close_button.text() == "Close" and dialog.start.isEnabled()

    result = import_bundle(hq, files[0])
    assert result.status == "imported" and result.new_records == 104

    # nothing new since the last bundle: a friendly outcome, and no file
    dialog.since_last.setChecked(True)
    dialog.result_value = None
    qtbot.mouseClick(dialog.start, LEFT)
    qtbot.waitUntil(lambda: dialog._task is None and "Nothing to send" in dialog.status.text(), timeout=30000)
    assert dialog.result_value is None and len(list(out.iterdir())) == 1


def test_export_with_a_lower_ceiling_sends_less(qtbot, window, vault, hq, tmp_path):
    from fielddoc.gui.dialogs.bundles import ExportBundleDialog

    link(vault, hq)
    out = _folder(tmp_path, "usb")
    dialog = ExportBundleDialog(window.session, window, folder=str(out))
    qtbot.addWidget(dialog)
    dialog.ceiling.setCurrentIndex(dialog.ceiling.findData("CLEAR"))
    assert dialog.ceiling.currentText().startswith("TLP:CLEAR")
    qtbot.mouseClick(dialog.start, LEFT)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30000)
    assert 0 < dialog.result_value.revisions < 104


def test_cancel_leaves_no_file(qtbot, window, vault, hq, tmp_path):
    from fielddoc.gui.dialogs.bundles import ExportBundleDialog

    link(vault, hq)
    out = _folder(tmp_path, "usb")
    dialog = ExportBundleDialog(window.session, window, folder=str(out))
    qtbot.addWidget(dialog)
    dialog.show()
    gate = threading.Event()
    window.runner.submit(lambda _p: gate.wait(10))  # the export waits behind this
    qtbot.mouseClick(dialog.start, LEFT)
    assert dialog.close_button.text() == "Cancel" and not dialog.start.isEnabled()
    qtbot.mouseClick(dialog.close_button, LEFT)
    gate.set()
    qtbot.waitUntil(lambda: dialog._task is None, timeout=30000)
    assert "cancelled" in dialog.status.text() and "No file was written" in dialog.status.text()
    assert list(out.iterdir()) == []  # not even a hidden temporary file
    assert dialog.isVisible()  # Cancel stopped the export, not the dialog

    qtbot.mouseClick(dialog.start, LEFT)  # the next export works and is complete
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30000)
    assert import_bundle(hq, dialog.result_value.path).new_records == 104


def test_without_recipient_the_dialog_says_how_to_add_a_card(qtbot, window, vault, hq, tmp_path):
    from fielddoc.gui.dialogs.bundles import ExportBundleDialog

    card_file = tmp_path / "hq-card.json"
    card_file.write_text(hq.card().to_json(), "utf-8")
    dialog = ExportBundleDialog(window.session, window, folder=str(_folder(tmp_path, "usb")))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.no_recipients.isVisible() and "recipient card" in dialog.no_recipients.text()
    assert not dialog.start.isEnabled() and dialog.add_card.isEnabled()

    box = dialog.offer_card(card_file)
    assert box.fingerprint.text() == hq.card().fingerprint  # shown before anything is stored
    _click_no(qtbot, dialog)
    assert recipients(vault) == [] and not dialog.start.isEnabled()

    dialog.offer_card(card_file)
    _click_yes(qtbot, dialog)
    assert [r.fingerprint for r in recipients(vault)] == [hq.card().fingerprint]
    assert dialog.recipients.topLevelItemCount() == 1 and dialog.start.isEnabled()
    assert "Added the card of HQ Almaty" in dialog.status.text()


def test_an_invalid_card_is_refused_with_the_core_message(qtbot, window, tmp_path, monkeypatch):
    from fielddoc.gui.dialogs import bundles

    shown = []
    monkeypatch.setattr(bundles, "show_error", lambda _parent, exc, _title=None: shown.append(exc))
    bad = tmp_path / "card.json"
    bad.write_text('{"type": "something else"}', "utf-8")
    dialog = bundles.ExportBundleDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.offer_card(bad) is None
    assert len(shown) == 1 and shown[0].code == "card_invalid"


# -- HQ: import ---------------------------------------------------------------------------------------
def test_import_dialog_reports_each_file(qtbot, hq_session, hq, device, tmp_path):
    from fielddoc.gui.dialogs.bundles import ImportBundlesDialog

    link(device, hq)
    out = _folder(tmp_path, "inbox")
    first = _export(device, out)
    Records(device).create("person", {"id": "per-new-gui", "name": "New person"})
    second = _export(device, out)
    import_bundle(hq, first)  # imported before: the dialog must say "already imported"
    corrupt = out / "damaged.age"
    data = second.read_bytes()
    corrupt.write_bytes(data[: len(data) // 2])

    dialog = ImportBundlesDialog(hq_session, None, paths=[str(first), str(corrupt), str(second)])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 3 and dialog.start.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=30000):
        qtbot.mouseClick(dialog.start, LEFT)
    qtbot.waitUntil(lambda: dialog._task is None, timeout=30000)
    lines = [dialog.table.item(r, 1).text() for r in range(3)]
    assert [dialog.table.item(r, 0).text() for r in range(3)] == [first.name, "damaged.age", second.name]
    assert lines[0].startswith("Already imported (bundle 1 of device") and "nothing changed" in lines[0]
    assert lines[1].startswith("Not imported: ") and "corrupted or truncated" in lines[1]
    assert lines[2].startswith("Imported bundle 2 of device") and "New revisions: 1 of 1" in lines[2]
    assert [o.state for o in dialog._outcomes] == ["already", "failed", "imported"]
    assert isinstance(dialog._outcomes[1].error, BundleCorrupt)
    assert Records(hq).get("per-new-gui")["name"] == "New person"
    assert "Imported: 1. Already imported: 1. Not imported: 1." in dialog.status.text()
    assert not dialog.conflict_hint.isVisible()


def test_unknown_device_declined_imports_nothing(qtbot, hq_session, hq, device, tmp_path):
    from fielddoc.bundle.device import device_fingerprint
    from fielddoc.gui.dialogs.bundles import ImportBundlesDialog

    card = hq.card()
    add_recipient(device, card, card.fingerprint)  # the device trusts HQ; HQ does not know the device
    bundle = _export(device, _folder(tmp_path, "inbox"))
    before = snapshot(hq)
    dialog = ImportBundlesDialog(hq_session, None, paths=[str(bundle)])
    qtbot.addWidget(dialog)
    dialog.show()
    changed = []
    dialog.changed.connect(lambda: changed.append(1))
    qtbot.mouseClick(dialog.start, LEFT)
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=30000)
    assert dialog.question.fingerprint.text() == device_fingerprint(device)
    assert dialog.question.defaultButton() is not dialog.question.yes_button
    _click_no(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog._task is None, timeout=30000)
    line = dialog.table.item(0, 1).text()
    assert "was not confirmed" in line and device.device_id in line
    assert snapshot(hq) == before and changed == []
    with hq.engine.connect() as conn:
        assert hq_devices.get_device(conn, device.device_id) is None

    # confirmed the second time: imported, and the device is enrolled
    dialog.add_files([str(bundle)])
    qtbot.mouseClick(dialog.start, LEFT)
    _click_yes(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog._task is None, timeout=30000)
    assert dialog._outcomes[0].state == "imported" and changed == [1]
    assert "now enrolled" in dialog.table.item(0, 1).text()
    with hq.engine.connect() as conn:
        assert hq_devices.get_device(conn, device.device_id) is not None


def test_cancel_while_the_trust_question_is_open(qtbot, hq_session, hq, device, tmp_path):
    from fielddoc.gui.dialogs.bundles import ImportBundlesDialog

    card = hq.card()
    add_recipient(device, card, card.fingerprint)
    bundle = _export(device, _folder(tmp_path, "inbox"))
    before = snapshot(hq)
    dialog = ImportBundlesDialog(hq_session, None, paths=[str(bundle)])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.start, LEFT)
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=30000)
    qtbot.mouseClick(dialog.close_button, LEFT)  # Cancel: the waiting worker gives up
    qtbot.waitUntil(lambda: dialog._task is None, timeout=30000)
    assert dialog._outcomes[0].state == "cancelled"
    assert snapshot(hq) == before


# -- receipts ----------------------------------------------------------------------------------------
def test_receipt_round_trip_and_purge(qtbot, window, vault, hq, hq_session, tmp_path):
    from fielddoc.gui.dialogs.bundles import ImportReceiptDialog
    from fielddoc.gui.dialogs.hq_bundles import ImportBundlesDialog

    link(vault, hq)
    bundle = _export(vault, _folder(tmp_path, "usb"))
    importer = ImportBundlesDialog(hq_session, None, paths=[str(bundle)])
    qtbot.addWidget(importer)
    with qtbot.waitSignal(importer.changed, timeout=30000):
        importer.run()
    qtbot.waitUntil(lambda: importer._task is None, timeout=30000)

    writer = importer.write_receipt()
    assert writer is not None and writer.device.currentData() == vault.device_id
    back = _folder(tmp_path, "back")
    writer.folder.setText(str(back))
    qtbot.mouseClick(writer.start, LEFT)
    qtbot.waitUntil(lambda: writer.result_value is not None, timeout=30000)
    receipt = writer.result_value.path
    assert receipt.parent == back and BUNDLE_NAME.fullmatch(receipt.name)
    assert "Bundles of device" in writer.status.text()

    dialog = ImportReceiptDialog(window.session, window, path=str(receipt))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog._task is None, timeout=30000)
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog.result_value is not None and dialog._task is None, timeout=30000)
    assert "Bundles acknowledged: 1. Now marked as delivered: record revisions: 104" in dialog.status.text()
    with vault.engine.connect() as conn:
        assert conn.execute(select(func.count()).where(revisions.c.delivered.is_(True))).scalar() == 104

    plan = dialog.plan
    assert plan is not None and plan.record_ids and dialog.purge_button.isEnabled()
    assert f"records: {len(plan.record_ids)}," in dialog.purge_text.text()
    before = sum(Records(vault).counts().values())
    dialog.confirm_purge()
    _click_no(qtbot, dialog)  # No is the default, and keeps everything
    assert sum(Records(vault).counts().values()) == before
    dialog.confirm_purge()
    with qtbot.waitSignal(dialog.changed, timeout=30000):
        _click_yes(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog._task is None, timeout=30000)
    assert sum(Records(vault).counts().values()) == before - len(plan.record_ids)
    assert not Records(vault).exists(plan.record_ids)
    assert f"Erased records that HQ has: {len(plan.record_ids)}." in dialog.status.text()
    assert not dialog.purge_button.isEnabled()


def test_a_foreign_receipt_is_rejected_with_the_core_message(qtbot, window, vault, hq, tmp_path):
    from fielddoc.gui.dialogs.bundles import ImportReceiptDialog

    bogus = tmp_path / "receipt.age"
    bogus.write_bytes(b"age-encryption.org/v1\n-> X25519 nonsense\n")
    dialog = ImportReceiptDialog(window.session, window, path=str(bogus))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._task is None, timeout=30000)
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog._task is None and dialog.status.property("role") == "error",
                    timeout=30000)
    assert "Traceback" not in dialog.status.text() and dialog.status.text()
    assert dialog.result_value is None


def test_dialogs_follow_the_language(qtbot, window, vault, hq, hq_session, tmp_path):
    from fielddoc.bundle.errors import NoRecipients
    from fielddoc.gui.dialogs.bundles import ExportBundleDialog, ImportBundlesDialog, ImportReceiptDialog

    export = ExportBundleDialog(window.session, window)
    receipt = ImportReceiptDialog(window.session, window)
    importer = ImportBundlesDialog(hq_session, window)
    english = (export.heading.text(), receipt.heading.text(), importer.heading.text(),
               export.ceiling.itemText(0))
    window.language.set("ru")
    qtbot.wait(10)
    try:
        russian = (export.heading.text(), receipt.heading.text(), importer.heading.text(),
                   export.ceiling.itemText(0))
        assert all(r != e for r, e in zip(russian, english, strict=True))
        assert "TLP:CLEAR" in russian[3]
        assert NoRecipients().render(translate) != NoRecipients.msgid
    finally:
        window.language.set("en")
    qtbot.wait(10)
    assert export.heading.text() == english[0]
    for d in (export, receipt, importer):
        qtbot.waitUntil(lambda d=d: d._task is None, timeout=30000)
        d.close()


def test_import_dialog_takes_the_volumes_of_a_bundle_as_one(qtbot, hq_session, hq, device, tmp_path,
                                                             monkeypatch):
    from fielddoc.gui.dialogs import hq_bundles
    from fielddoc.gui.dialogs.bundles import ImportBundlesDialog

    link(device, hq)
    out = _folder(tmp_path, "inbox")
    res = export_bundle(device, out, volume_size=64 * 1024)
    assert res is not None and len(res.volumes) >= 2
    chosen = [str(p) for p in reversed(res.volumes)]  # every volume, in any order
    monkeypatch.setattr(hq_bundles, "pick_open_files", lambda *_a, **_k: chosen)
    dialog = ImportBundlesDialog(hq_session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert dialog.table.rowCount() == 1 and dialog.start.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=30000):
        qtbot.mouseClick(dialog.start, LEFT)
    qtbot.waitUntil(lambda: dialog._task is None, timeout=30000)
    assert dialog.table.item(0, 1).text().startswith("Imported bundle 1 of device")
    assert "Imported: 1. Already imported: 0. Not imported: 0." in dialog.status.text()


def test_export_dialog_to_a_fat32_stick_says_it_wrote_volumes(qtbot, window, vault, hq, tmp_path,
                                                              monkeypatch):
    from fielddoc.gui.dialogs.bundles import ExportBundleDialog
    from fielddoc.platform import volumes

    link(vault, hq)
    out = _folder(tmp_path, "usb")
    monkeypatch.setattr(volumes, "fs_type", lambda _path, **_kw: "vfat")
    monkeypatch.setitem(volumes.MAX_FILE_SIZE, "vfat", 32 * 1024)  # FAT32's 4 GiB, scaled down
    dialog = ExportBundleDialog(window.session, window, folder=str(out))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.start, LEFT)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30000)
    files = sorted(out.iterdir())
    assert len(files) >= 2 and all(f.stat().st_size <= 32 * 1024 for f in files)
    status = dialog.status.text()
    assert f"cut into {len(files)} volumes" in status and files[0].name in status and files[-1].name in status
    assert import_bundle(hq, files[-1]).new_records == 104
