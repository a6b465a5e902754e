"""The hearing calendar (week and month, per court and per monitor), "Upcoming" on the case view,
and HQ's coverage table, driven through real input."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fielddoc.records.service import Records

LEFT = Qt.MouseButton.LeftButton


def _plan(rec, day1: dt.date) -> None:
    rec.create("organisation", {"id": "org-cal-a", "name": "Aktau city court"})
    rec.create("organisation", {"id": "org-cal-b", "name": "Bayzak district court"})
    rec.create("person", {"id": "p-cal-1", "name": "Aigerim"})
    rec.create("case", {"id": "case-cal", "title": "Calendar case"})

    def hearing(hid, day, time, court, monitors=(), **kw):
        doc = {"id": hid, "case_id": "case-cal", "status": "scheduled", "date": day.isoformat(),
               "scheduled_start": f"{day.isoformat()}T{time}:00+05:00", "court_id": court,
               "assignments": [{"monitor_id": m, "mode": "in_person", "status": "assigned"}
                               for m in monitors]}
        rec.create("hearing", {**doc, **kw})

    hearing("h-c1", day1, "10:00", "org-cal-a", ["p-cal-1"])
    hearing("h-c2", day1 + dt.timedelta(days=2), "14:30", "org-cal-b")
    hearing("h-c3", day1 + dt.timedelta(days=16), "09:00", "org-cal-a")


def _wait_shown(qtbot, dialog, n: int) -> None:
    qtbot.waitUntil(lambda: dialog.status.text() == f"Hearings shown: {n}", timeout=10000)


def _choose(qtbot, combo, text: str) -> None:
    """Pick an item as a user does: focus the list and type the start of its text."""
    combo.setFocus()
    QTest.keyClicks(combo, text)
    assert combo.currentText().startswith(text)


def test_calendar_week_month_and_filters(qtbot, window, vault):
    from fielddoc.gui.views.calendar import CalendarDialog

    monday = dt.date(2026, 5, 4)
    _plan(Records(vault), monday)
    dialog = CalendarDialog(window.session, window, today=monday + dt.timedelta(days=1))
    qtbot.addWidget(dialog)
    dialog.show()
    _wait_shown(qtbot, dialog, 2)  # the week of 4 May: h-c1 (Monday), h-c2 (Wednesday)
    grid = dialog.grid
    assert grid.rowCount() == 1 and grid.columnCount() == 7
    assert "10:00 · Calendar case · Aktau city court" in grid.item(0, 0).text()
    assert "14:30 · Calendar case · Bayzak district court" in grid.item(0, 2).text()
    assert "Aigerim" in grid.item(0, 0).toolTip()
    qtbot.mouseClick(dialog.next, LEFT)
    _wait_shown(qtbot, dialog, 0)
    qtbot.mouseClick(dialog.next, LEFT)
    _wait_shown(qtbot, dialog, 1)  # the week of 18 May: h-c3
    assert "09:00" in grid.item(0, 2).text()
    qtbot.mouseClick(dialog.today_button, LEFT)
    _wait_shown(qtbot, dialog, 2)
    dialog.mode.setFocus()
    QTest.keyClick(dialog.mode, Qt.Key.Key_Down)  # Week -> Month
    _wait_shown(qtbot, dialog, 3)
    assert dialog.mode.currentData() == "month" and grid.rowCount() >= 5
    _choose(qtbot, dialog.court, "Bayzak")
    _wait_shown(qtbot, dialog, 1)
    assert [e.hearing_id for e in dialog.entries] == ["h-c2"]
    dialog.court.setFocus()
    QTest.keyClick(dialog.court, Qt.Key.Key_Home)  # back to "All courts"
    assert dialog.court.currentText() == "All courts"
    _wait_shown(qtbot, dialog, 3)
    _choose(qtbot, dialog.monitor, "Aigerim")
    _wait_shown(qtbot, dialog, 1)
    assert [e.hearing_id for e in dialog.entries] == ["h-c1"]
    # a double-click on a day opens its hearing
    row, col = next(k for k in dialog._cells if dialog.entries_at(*k))
    grid.scrollToItem(grid.item(row, col))
    rect = grid.visualItemRect(grid.item(row, col))
    with qtbot.waitSignal(dialog.open_requested, timeout=5000) as opened:
        qtbot.mouseClick(grid.viewport(), LEFT, pos=rect.center())
        qtbot.mouseDClick(grid.viewport(), LEFT, pos=rect.center())
    assert opened.args == ["h-c1"]


def test_the_case_view_shows_upcoming_hearings(qtbot, window, vault):
    today = dt.date.today()
    _plan(Records(vault), today + dt.timedelta(days=3))
    view = window.workspace.open_case("case-cal", wait=True)
    text = view.upcoming.text()
    first = (today + dt.timedelta(days=3)).isoformat()
    assert text.startswith("Upcoming: ") and f"{first} 10:00 · Aktau city court · Aigerim" in text
    assert "no monitor assigned" in text  # h-c2
    assert text.index(first) < text.index((today + dt.timedelta(days=5)).isoformat())
    other = window.workspace.open_case("case-zhanaozen-37", wait=True)
    assert other.upcoming.text() == "Upcoming: no scheduled hearing."


def test_hq_coverage_table(qtbot, hq, hq_session):
    from fielddoc.gui.views.coverage import CoverageDialog

    rec = Records(hq)
    _plan(rec, dt.date(2026, 5, 4))
    doc = rec.get("h-c1")
    doc.update(status="held", monitors=[{"person_id": "p-cal-1", "admission": "admitted"}])
    doc["assignments"][0]["status"] = "attended"
    rec.update("h-c1", doc)
    dialog = CoverageDialog(hq_session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10000)
    t = dialog.table
    cells = [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]
    assert cells[0][:4] == ["Calendar case", "1", "1", "100%"] and cells[-1][0] == "Total"
    w = dialog.workload
    assert w.item(0, 0).text() == "Aigerim" and w.item(0, 3).text() == "1"
    dialog.by.setFocus()
    QTest.keyClick(dialog.by, Qt.Key.Key_End)  # Month
    qtbot.waitUntil(lambda: dialog.result_value is not None and dialog.result_value.by == "month",
                    timeout=10000)
    assert t.item(0, 0).text() == "2026-05"
