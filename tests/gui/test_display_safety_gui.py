"""The fingerprint check cannot be faked (finding F1 of the security review).

A recipient card's name, a device label or a bundle's file name are outside text: every
dialog shows them as plain text with their control characters escaped, and the
fingerprint to compare is computed from the key, shown on its own and larger than
anything else in the question. Names with control characters or markup are refused
when a card or an enrolment file is read. Real vaults, real files, real dialogs.
"""

from __future__ import annotations

import dataclasses
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QLineEdit, QMessageBox

from fielddoc.bundle.cards import CARD_CONTEXT, ENROL_CONTEXT
from fielddoc.bundle.device import add_recipient, device_fingerprint, enrolment, recipients
from fielddoc.bundle.writer import export_bundle
from fielddoc.crypto import signing
from fielddoc.hq.devices import enrol, list_devices
from fielddoc.records.canonical import canonical
from fielddoc.records.service import Records
from tests.test_bundle_support import make_field

LEFT = Qt.MouseButton.LeftButton
WAIT = 30000
PLAIN = Qt.TextFormat.PlainText
#: (what an attacker writes, what the user must see)
HOSTILE = [
    ("HQ<br><!--", "HQ<br><!--"),
    ("<b>x</b>", "<b>x</b>"),
    ("HQ\x1b[2K", "HQ\\u001b[2K"),
    ("HQ \u202eytamlA", "HQ \\u202eytamlA"),
    ("HQ\nAAAA BBBB", "HQ\\u000aAAAA BBBB"),
]


def signed_card(hq, name: str):
    unsigned = dataclasses.replace(hq.card(), name=name, signature=b"")
    sig = signing.sign(hq.vault.signing_key(), CARD_CONTEXT + canonical(unsigned.body()))
    return dataclasses.replace(unsigned, signature=sig)


def _question(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=WAIT)
    return dialog.question


def _no(qtbot, dialog) -> None:
    box = _question(qtbot, dialog)
    qtbot.mouseClick(box.defaultButton(), LEFT)
    qtbot.waitUntil(lambda: dialog._task is None, timeout=WAIT)


def assert_fingerprint_is_the_largest(question, fingerprint: str) -> None:
    """Its own plain label, the text computed from the key, the largest font on screen."""
    label = question.fingerprint
    assert label.text() == fingerprint and label.textFormat() == PLAIN and label.isVisible()
    kinds = (QLabel, QAbstractButton, QLineEdit, QCheckBox)
    others = [w for kind in kinds for w in question.findChildren(kind) if w is not label and w.isVisible()]
    assert others
    biggest = max(w.fontMetrics().height() for w in others)
    assert label.fontMetrics().height() > biggest


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


# -- the card question ------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "seen"), HOSTILE)
def test_the_card_question_shows_the_name_as_plain_text_and_the_true_fingerprint(
        qtbot, window, hq, name, seen):
    from fielddoc.gui.dialogs.exchange_common import card_question

    card = signed_card(hq, name)  # in memory: such a card file is refused (below)
    answers = []
    question = card_question(window, card, answers.append)
    qtbot.addWidget(question)
    qtbot.waitUntil(question.isVisible, timeout=WAIT)
    assert question.text.textFormat() == PLAIN
    assert question.text.text() == f"Recipient card of “{seen}”. Its fingerprint is:"
    assert all(label.textFormat() == PLAIN for label in question.findChildren(QLabel) if label.text())
    assert_fingerprint_is_the_largest(question, hq.card().fingerprint)
    qtbot.mouseClick(question.defaultButton(), LEFT)
    assert answers == [False]


@pytest.mark.parametrize(("name", "_seen"), HOSTILE)
def test_a_card_file_with_such_a_name_is_refused_in_the_dialog(qtbot, window, vault, hq, tmp_path,
                                                              name, _seen):
    path = tmp_path / "card<b>\x1b.json"
    path.write_text(signed_card(hq, name).to_json(), "utf-8")
    dialog = _recipients_dialog(qtbot, window)
    assert dialog.offer_card(path) is None and dialog.question is None
    text = dialog.status.text()
    assert dialog.status.property("role") == "error" and "control character or markup" in text
    assert "card<b>\\u001b.json" in text and "\x1b" not in text
    assert dialog.status.textFormat() == PLAIN and recipients(vault) == []


def test_names_stored_before_the_rule_are_shown_escaped(qtbot, window, vault, hq):
    card = signed_card(hq, "HQ<br><!--\x1b[2K")
    add_recipient(vault, card, card.fingerprint)  # stored by an older FieldDoc
    dialog = _recipients_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1, timeout=WAIT)
    assert dialog.table.topLevelItem(0).text(0) == "HQ<br><!--\\u001b[2K"
    box = dialog.confirm_remove()
    assert isinstance(box, QMessageBox)
    labels = [label for label in box.findChildren(QLabel) if label.text()]
    assert labels and all(label.textFormat() == PLAIN for label in labels)
    assert box.text() == f"Remove the card of “HQ<br><!--\\u001b[2K”?\n\n{card.fingerprint}"
    _no(qtbot, dialog)
    assert len(recipients(vault)) == 1


# -- trust on first use at HQ ---------------------------------------------------------------------------
@pytest.mark.parametrize("file_name", ["HQ<br><!--.age", "<b>x.age", "b\x1b[2K.age", "b\u202eega.age"])
def test_the_trust_question_shows_the_bundle_file_name_as_plain_text(
        qtbot, hq_session, hq, tmp_path, file_name):
    from fielddoc.gui.dialogs.hq_bundles import ImportBundlesDialog
    from fielddoc.gui.widgets.plain import shown

    device = make_field(tmp_path / "device", "monitor-b")
    try:
        card = hq.card()
        add_recipient(device, card, card.fingerprint)  # HQ does not know the device
        Records(device).create("person", {"id": "per-tofu", "name": "Tofu"})
        out = tmp_path / "inbox"
        out.mkdir()
        hostile = out / file_name
        shutil.move(export_bundle(device, out).path, hostile)
        dialog = ImportBundlesDialog(hq_session, None, paths=[str(hostile)])
        qtbot.addWidget(dialog)
        dialog.show()
        seen = shown(file_name)
        assert dialog.table.item(0, 0).text() == seen
        tip = dialog.table.item(0, 0).toolTip()  # Qt guesses a tooltip's format: it must show the text
        assert QTextDocumentFragment.fromHtml(tip).toPlainText() == shown(str(hostile))
        qtbot.mouseClick(dialog.start, LEFT)
        question = _question(qtbot, dialog)
        assert question.text.textFormat() == PLAIN
        assert question.text.text() == (
            f"The bundle {seen} comes from device {device.device_id}, which this HQ has not enrolled. "
            "Its fingerprint is:")
        assert_fingerprint_is_the_largest(question, device_fingerprint(device))
        assert dialog.current.textFormat() == PLAIN and seen in dialog.current.text()
        _no(qtbot, dialog)
        assert dialog._outcomes[0].state == "declined" and list_devices(hq) == []
    finally:
        device.lock()


# -- HQ's device registry -----------------------------------------------------------------------------
def test_enrolment_files_with_hostile_labels_are_refused_and_stored_labels_escaped(
        qtbot, hq_session, hq, tmp_path):
    from sqlalchemy import update

    from fielddoc.store.schema_sync import hq_devices

    device = make_field(tmp_path / "device", "monitor-b")
    try:
        unsigned = dataclasses.replace(enrolment(device), label="Aktau<br><!--\u202e", signature=b"")
        sig = signing.sign(device.signing_key(), ENROL_CONTEXT + canonical(unsigned.body()))
        path = tmp_path / "enrolment.json"
        path.write_text(dataclasses.replace(unsigned, signature=sig).to_json(), "utf-8")
        devices = _devices_dialog(qtbot, hq_session)
        devices.offer_enrolment(path)
        qtbot.waitUntil(lambda: devices._task is None and devices.status.property("role") == "error",
                        timeout=WAIT)
        assert "control character or markup" in devices.status.text() and devices.question is None
        assert list_devices(hq) == []

        # a label stored before the rule: escaped in the table and in the revoke question
        enrol(hq, enrolment(device), device_fingerprint(device), label="Aktau")
        with hq.engine.begin() as conn:
            conn.execute(update(hq_devices).values(label="Aktau<br><!--\x1b[2K"))
        devices.reload()
        qtbot.waitUntil(lambda: devices._task is None and devices.table.rowCount() == 1, timeout=WAIT)
        assert devices.table.item(0, 0).text() == f"Aktau<br><!--\\u001b[2K\n{device.device_id}"
        devices.select(device.device_id)
        question = devices.confirm_revoke()
        qtbot.waitUntil(question.isVisible, timeout=WAIT)
        assert question.text.textFormat() == PLAIN
        assert question.text.text() == (
            f"Revoke device Aktau<br><!--\\u001b[2K ({device.device_id})? Its fingerprint is:")
        assert_fingerprint_is_the_largest(question, device_fingerprint(device))
        _no(qtbot, devices)
    finally:
        device.lock()


def test_the_hq_name_on_the_card_panel_is_plain_text(qtbot, hq_session, hq):
    from fielddoc.hq.store import NAME_KEY

    hq.vault.set_setting(NAME_KEY, "HQ<br><!--\u202e")  # an HQ made by an older FieldDoc
    devices = _devices_dialog(qtbot, hq_session)
    assert devices.hq_name.textFormat() == PLAIN and devices.hq_name.text() == "HQ<br><!--\\u202e"
    assert devices.fingerprint.textFormat() == PLAIN and devices.fingerprint.text() == hq.fingerprint()


# -- record text ---------------------------------------------------------------------------------------
def test_record_text_is_shown_escaped_in_lists_the_detail_pane_and_the_history(qtbot, window, vault):
    from fielddoc.gui.history import HistoryDialog
    from fielddoc.gui.models.record_table import TITLE_ROLE

    rec = window.session.records
    name = "Kozlov<b>X</b>\x1b[2K\u202eHIDDEN"
    rec.create("person", {"id": "per-hostile", "name": name})
    rec.update("per-hostile", {"id": "per-hostile", "name": name, "other_names": ["<i>y</i>\x85"]})
    people = window.workspace.show_section("person", wait=True)
    with qtbot.waitSignal(people.model.counted, timeout=5000):
        people.filters.search.setText("HIDDEN")
        people.filters.emit_now()
    assert people.model.rowCount() == 1
    assert people.model.data(people.model.index(0, 0), TITLE_ROLE) == name  # the data is unchanged
    assert people.model.data(people.model.index(0, 0)) == "Kozlov<b>X</b>\\u001b[2K\\u202eHIDDEN"
    people.select_row(0)
    text = people.detail.browser.toPlainText()
    assert "Kozlov<b>X</b>\\u001b[2K\\u202eHIDDEN" in text and "\x1b" not in text and "\u202e" not in text
    dialog = HistoryDialog(rec, "per-hostile", window)
    qtbot.addWidget(dialog)
    dialog.revisions.setCurrentRow(1)
    cells = [dialog.diff.item(r, c).text() for r in range(dialog.diff.rowCount()) for c in range(3)]
    assert any("<i>y</i>\\u0085" in c for c in cells) and not any("\x85" in c for c in cells)
    assert dialog.summary.textFormat() == PLAIN
