"""Issue 15: the record form, refused by compare-and-set ("changed by X at T"), keeps the user's typed
text, says who changed the record, and shows the current version on request; the user can then
base their edit on it and save. Driven by real key presses and mouse clicks."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fielddoc.records.service import Records  # noqa: E402
from tests.gui.forms_fixtures import *  # noqa: E402,F403


def test_a_refused_save_keeps_the_text_and_shows_the_current_version(qtbot, make_editor, vault, rec):
    rid = str(rec.create("person", {"id": "p-1", "name": "Aigerim"}))
    editor = make_editor("person", record_id=rid)
    Records(vault, author="bob").update(rid, {"id": rid, "name": "Aigerim (Bob's spelling)"})
    name = editor.widget("name")
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_End)
    qtbot.keyClicks(name, " Nurlanovna")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # refused: the message names who, the typed text is still in the form, nothing overwritten
    assert editor.problem_box.isVisible() and "bob" in editor.problem_box.text()
    assert name.text() == "Aigerim Nurlanovna"
    assert rec.get(rid)["name"] == "Aigerim (Bob's spelling)"
    assert editor.current_button.isVisible()
    qtbot.mouseClick(editor.current_button, Qt.MouseButton.LeftButton)
    dialog = editor.current_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    assert "Aigerim (Bob's spelling)" in dialog.text.toPlainText()
    assert name.text() == "Aigerim Nurlanovna"  # still there, behind the dialog
    qtbot.mouseClick(dialog.base_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert not editor.current_button.isVisible()
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert rec.get(rid)["name"] == "Aigerim Nurlanovna"  # saved, on top of Bob's revision
    assert [r.author for r in rec.history(rid)][-2:] == ["bob", rec.author]
