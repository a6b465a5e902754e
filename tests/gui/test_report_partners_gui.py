"""The report dialog's partners edition (issue 12 §5): TLP:GREEN, chosen with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.test_report_gui import HEARING, _preview, make_dialog  # noqa: F401 - fixture


def test_partners_edition_chosen_with_the_keyboard(qtbot, make_dialog):  # noqa: F811
    dialog = make_dialog(("hearing", HEARING))
    dialog.include.setChecked(True)
    dialog.edition.setFocus()
    QTest.keyClick(dialog.edition, Qt.Key.Key_Down)
    QTest.keyClick(dialog.edition, Qt.Key.Key_Down)
    assert dialog.edition.currentData() == "partners"
    assert dialog.edition.currentText() == "Partners (TLP:GREEN)"
    assert not dialog.include.isChecked() and not dialog.include.isEnabled()
    assert dialog.edition_note.isVisibleTo(dialog) and "share_with_partners" not in dialog.edition_note.text()
    assert "partner" in dialog.edition_note.text()
    _preview(qtbot, dialog)
    text = dialog._report.text()
    assert "Partners edition (TLP:GREEN)" in text and "M-01" not in text
    assert dialog.marking.text() in ("TLP:GREEN", "TLP:CLEAR")
    QTest.keyClick(dialog.edition, Qt.Key.Key_Up)  # back to public: its own note
    assert dialog.edition.currentData() == "public" and "publication" in dialog.edition_note.text()
