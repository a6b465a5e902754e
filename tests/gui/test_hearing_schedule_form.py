"""The hearing form with a scheduled hearing: its assignments and an adjourned_to that names the
next hearing survive an edit through the form."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from tests.gui.forms_fixtures import *  # noqa: E402,F403


def test_editing_a_scheduled_hearing_keeps_its_plan(qtbot, make_editor, rec):
    rec.create("case", {"id": "case-s", "title": "Case"})
    rec.create("person", {"id": "p-s", "name": "Aigerim"})
    rec.create("hearing", {"id": "h-next", "case_id": "case-s", "status": "scheduled", "date": "2026-06-01",
                           "scheduled_start": "2026-06-01T10:00:00+05:00"})
    plan = [{"monitor_id": "p-s", "mode": "online", "status": "confirmed"}]
    rec.create("hearing", {"id": "h-s", "case_id": "case-s", "status": "adjourned", "date": "2026-05-04",
                           "adjourned_to": "h-next", "assignments": plan})
    editor = make_editor("hearing", record_id="h-s")
    courtroom = editor.widget("courtroom")
    courtroom.setFocus()
    qtbot.keyClicks(courtroom, "Room 3")
    qtbot.keyClick(courtroom, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    doc = rec.get("h-s")
    assert doc["courtroom"] == "Room 3"
    assert doc["assignments"] == plan and doc["adjourned_to"] == "h-next"
