"""The report dialog's Edition choice (issue 12 §5): a public edition is TLP:CLEAR and leaves out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.test_report_gui import HEARING, _preview, make_dialog  # noqa: F401 - fixture


def test_public_edition_chosen_with_the_keyboard(qtbot, make_dialog):  # noqa: F811
    dialog = make_dialog(("hearing", HEARING))
    _preview(qtbot, dialog)
    assert "M-01" in dialog._report.text() and dialog.marking.text() == "TLP:AMBER"
    dialog.include.setChecked(True)
    dialog.edition.setFocus()
    QTest.keyClick(dialog.edition, Qt.Key.Key_Down)
    assert dialog.edition.currentData() == "public"
    assert not dialog.include.isChecked() and not dialog.include.isEnabled()
    assert dialog.edition_note.isVisibleTo(dialog)
    _preview(qtbot, dialog)
    text = dialog._report.text()
    assert "Public edition (TLP:CLEAR)" in text and "M-01" not in text
    assert dialog.marking.text() == "TLP:CLEAR"
