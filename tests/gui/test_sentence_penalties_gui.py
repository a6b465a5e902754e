"""The verdict's additional penalties (issue 12 §4) are added, edited and removed in the hearing form
with real keys and clicks."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from tests.gui.forms_fixtures import *  # noqa: E402,F403
from tests.gui.keys import CTRL, click, press, show_field, type_text  # noqa: E402

HEARING = "hrg-kozlov-2012-10-08"


def _type_into(qtbot, editor, widget, text: str) -> None:
    show_field(editor, widget)
    qtbot.waitUntil(widget.isVisible, timeout=2000)
    click(widget)
    type_text(text)


def _choose(qtbot, editor, combo, typed: str, label: str) -> None:
    show_field(editor, combo)
    qtbot.waitUntil(combo.isVisible, timeout=2000)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    type_text(typed)
    assert combo.currentText().startswith(label), combo.currentText()


def _penalties(editor):
    return editor.widget("verdicts").rows[0].widget("sentence.additional_penalties")


def test_additional_penalties_added_edited_and_removed(qtbot, make_editor, loaded):
    editor = make_editor("hearing", record_id=HEARING)
    penalties = _penalties(editor)
    assert len(penalties.rows) == 1  # the stored confiscation
    first = penalties.rows[0]
    assert first.widget("type").value() == "confiscation"
    _type_into(qtbot, editor, first.widget("description"), "the family flat")

    show_field(editor, penalties.add_button)
    click(penalties.add_button)
    assert len(penalties.rows) == 2
    second = penalties.rows[1]
    _choose(qtbot, editor, second.widget("type"), "Ban", "Ban on holding")  # no space: it opens the list
    press(Qt.Key.Key_Down)
    assert second.widget("type").value() == "ban_on_activity"
    _type_into(qtbot, editor, second.widget("years"), "3")
    _type_into(qtbot, editor, second.widget("months"), "6")
    _type_into(qtbot, editor, second.widget("description"), "journalism")

    click(penalties.add_button)  # a third, then thought better of
    third = penalties.rows[2]
    _choose(qtbot, editor, third.widget("type"), "Expul", "Expulsion")
    show_field(editor, third.remove_button)
    click(third.remove_button)
    assert len(penalties.rows) == 2

    press(Qt.Key.Key_S, CTRL)
    assert not editor.problem_box.text(), editor.problem_box.text()
    sentence = loaded.get(HEARING)["verdicts"][0]["sentence"]
    assert sentence["additional_penalties"] == [
        {"type": "confiscation", "description": "the family flat"},
        {"type": "ban_on_activity", "years": 3, "months": 6, "description": "journalism"},
    ]
    assert sentence["years"] == 7 and sentence["months"] == 6  # the rest of the sentence kept

    # remove the confiscation in a second editing session
    editor = make_editor("hearing", record_id=HEARING)
    penalties = _penalties(editor)
    assert [r.widget("type").value() for r in penalties.rows] == ["confiscation", "ban_on_activity"]
    show_field(editor, penalties.rows[0].remove_button)
    click(penalties.rows[0].remove_button)
    press(Qt.Key.Key_S, CTRL)
    assert not editor.problem_box.text(), editor.problem_box.text()
    assert loaded.get(HEARING)["verdicts"][0]["sentence"]["additional_penalties"] == [
        {"type": "ban_on_activity", "years": 3, "months": 6, "description": "journalism"}]
