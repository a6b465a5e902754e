"""The hearing form's fair-trial checklist, the analyst's assessment, and wiping on lock."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from tests.gui.forms_fixtures import *  # noqa: E402,F403
from tests.gui.forms_fixtures import record_texts  # noqa: E402


def tab_of(editor, widget) -> int:
    for i in range(editor.tabs.count()):
        if editor.tabs.widget(i).isAncestorOf(widget):
            return i
    return -1


def test_checklist_by_keyboard_and_separate_assessment(qtbot, make_editor, loaded):
    rec = loaded
    editor = make_editor("hearing", defaults={"case_id": "case-zhanaozen-37"})
    editor.tabs.setCurrentIndex(tab_of(editor, editor.checklist))
    rows = editor.checklist.rows
    # Tab reaches a row of answer buttons; digits pick the answer
    first = rows["ft.tribunal.established_by_law"].answer
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_1)  # yes
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    note = rows["ft.tribunal.established_by_law"].note
    assert note.hasFocus()
    qtbot.keyClicks(note, "court of general jurisdiction")
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    basis = rows["ft.tribunal.established_by_law"].basis  # what the answer rests on
    assert basis.hasFocus()
    qtbot.keyClicks(basis, "Case")  # -> "Case file"
    qtbot.keyClick(basis, Qt.Key.Key_Tab)
    # a question that cannot be observed in court is asked on the case, not here
    assert "ft.tribunal.external_communication_to_judge" not in rows
    second = rows["ft.tribunal.bias_conduct"].answer
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_3)  # partly
    qtbot.keyClick(second, Qt.Key.Key_Right)  # -> not observed
    presence = rows["ft.presence.cage_or_glass_box"].answer
    qtbot.mouseClick(presence.buttons[0], Qt.MouseButton.LeftButton)  # yes
    cleared = rows["ft.public.schedule_published"].answer
    qtbot.keyClick(cleared, Qt.Key.Key_2)
    qtbot.keyClick(cleared, Qt.Key.Key_Space)  # cleared again: not stored
    # the analyst's assessment is on its own tab, labelled as the analyst's
    titles = [editor.tabs.tabText(i).replace("&", "") for i in range(editor.tabs.count())]
    assert "Fair-trial checklist" in titles and "Analyst's assessment" in titles
    assert tab_of(editor, editor.assessment) != tab_of(editor, editor.checklist)
    assert editor.tabs.tabText(tab_of(editor, editor.assessment)).replace("&", "") == "Analyst's assessment"
    dock = rows["ft.presence.cage_or_glass_box"]
    assert dock.answer_echo.text() == "Yes"  # the monitor's answer, shown read-only
    qtbot.mouseClick(dock.assessment.buttons[1], Qt.MouseButton.LeftButton)  # concern
    assert editor.save()
    stored = rec.get(editor.record_id)["fair_trial"]
    assessed_at = stored[2].pop("assessed_at")  # the analyst's change is stamped
    assert assessed_at.startswith("20")
    assert stored == [
        {"item": "ft.tribunal.established_by_law", "answer": "yes", "note": "court of general jurisdiction",
         "answer_basis": "case_file"},
        {"item": "ft.tribunal.bias_conduct", "answer": "not_observed"},
        {"item": "ft.presence.cage_or_glass_box", "answer": "yes", "assessment": "concern",
         "assessed_by": rec.author},
    ]


def test_checklist_edit_keeps_order_and_unknown_items(qtbot, make_editor, loaded):
    rec = loaded
    rid = "hrg-zh-2012-04-16"
    doc = rec.get(rid)
    editor = make_editor("hearing", record_id=rid)
    rows = editor.checklist.rows
    assert "ft.counsel.access_from_arrest" not in rows  # a case-level item now: kept as it was, not asked
    rows["ft.torture.court_ordered_investigation"].assessment.set_value("concern")
    rows["ft.torture.court_ordered_investigation"].assessment.changed.emit()
    rows["ft.judgment.reasoned"].answer.set_value("not_applicable")
    rows["ft.judgment.reasoned"].answer.changed.emit()
    assert editor.save()
    stored = rec.get(rid)["fair_trial"]
    assert stored[0] == doc["fair_trial"][0]
    assert stored[1] == {**doc["fair_trial"][1], "assessment": "concern", "assessed_by": rec.author,
                         "assessed_at": stored[1]["assessed_at"]}
    assert stored[2] == doc["fair_trial"][2]
    assert stored[3] == {"item": "ft.judgment.reasoned", "answer": "not_applicable"}


def test_checklist_problem_shown_on_its_row(qtbot, make_editor, loaded):
    editor = make_editor("hearing", record_id="hrg-zh-2012-03-28")
    row = editor.checklist.rows["ft.public.monitors_admitted"]
    row.note.set_value("bad\x00note")
    row.note.changed.emit()
    assert not editor.save()
    assert row.error.text() and not row.error.isHidden()
    assert loaded.meta("hrg-zh-2012-03-28")["revision"] == 1


def test_clear_sensitive_leaves_no_record_text(qtbot, make_editor, loaded):
    editor = make_editor("hearing", record_id="hrg-zh-2012-03-28")
    editor.widget("narrative").setPlainText("CANARY-narrative-7f3a")
    editor.widget("presiding_judge_id").edit.setText("Nagash")
    editor.widget("presiding_judge_id").refresh()  # completer model holds search results
    editor.show_history()
    secrets = [
        "CANARY-narrative-7f3a", "Nagashybayev", "Not enough seats", "Video/audio recording banned",
        "Defendants stood", "Zhanaozen mass-riots", "Aktau City Court", "Armand", "M-01",
        "Defendants in the Zhanaozen", "two NGO-delegated observers", "capacity_seats", "Nagash",
    ]
    before = " ".join(record_texts(editor))
    assert "Aktau City Court" in before and "CANARY-narrative-7f3a" in before
    editor.clear_sensitive()
    after = record_texts(editor)
    leaked = [(s, t) for s in secrets for t in after if s in t]
    assert leaked == []
    assert not editor.has_unsaved_changes()
    assert not editor.save()
    assert editor._doc == {}
    assert editor.windowTitle() == "Hearing"
