"""The report dialog opens on something with data: the selected record, or a period that has records."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fielddoc.gui.dialogs.report import ReportDialog  # noqa: E402
from fielddoc.records import query  # noqa: E402
from tests.gui.forms_fixtures import activate  # noqa: E402


def _open_with_ctrl_p(qtbot, window) -> ReportDialog:
    found: list[ReportDialog] = []

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ReportDialog):
            qtbot.waitUntil(lambda: dialog._ready, timeout=10000)
            found.append(dialog)
            found.append((dialog.kind_group.checkedButton(), dialog.date_from.date(), dialog.date_to.date(),
                          dialog.hearing.currentData(), dialog.case.currentData()))
            dialog.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, grab)
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(found) == 2, timeout=10000)
    return found  # type: ignore[return-value]


def test_without_a_selection_the_period_is_the_latest_month_with_records(qtbot, window):
    activate(qtbot, window)
    window.workspace.show_section("person", wait=True)  # a list, nothing selected
    dialog, (button, start, end, _h, _c) = _open_with_ctrl_p(qtbot, window)
    assert button is dialog.kind_buttons["period"]
    rows = query.list_records(window.session.store, query.Filter(kind="hearing"), sort="date_sort",
                              descending=True, limit=1)
    latest = str(rows[0]["date_sort"])[:7]
    assert start.toString("yyyy-MM") == latest and end.toString("yyyy-MM") == latest
    assert start.day() == 1 and end.day() == end.daysInMonth()


def test_a_selected_incident_gives_the_period_of_its_date(qtbot, window):
    activate(qtbot, window)
    lst = window.workspace.show_section("incident", wait=True)
    lst.select_row(0)
    qtbot.waitUntil(lambda: lst.detail.current is not None, timeout=5000)
    date = str(window.session.records.meta(lst.detail.current.id)["date_sort"])[:7]
    dialog, (button, start, end, _h, _c) = _open_with_ctrl_p(qtbot, window)
    assert button is dialog.kind_buttons["period"]
    assert start.toString("yyyy-MM") == date and end.toString("yyyy-MM") == date


def test_a_selected_hearing_opens_its_hearing_report(qtbot, window):
    activate(qtbot, window)
    lst = window.workspace.show_section("hearing", wait=True)
    lst.select_row(0)
    qtbot.waitUntil(lambda: lst.detail.current is not None, timeout=5000)
    dialog, (button, _s, _e, hearing, _c) = _open_with_ctrl_p(qtbot, window)
    assert button is dialog.kind_buttons["hearing"]
    assert hearing == lst.detail.current.id
