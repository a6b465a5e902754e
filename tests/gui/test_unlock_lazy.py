"""Unlock to the first screen only: the pages not shown are built on first use, and the first page's
record (the detail pane beside the list) is read on the worker, so the GUI thread reads no record."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog
from sqlalchemy import event
from sqlalchemy.engine import Engine

from fielddoc.gui.models.labels import SECTIONS
from fielddoc.gui.models.record_table import ID_ROLE
from fielddoc.gui.views.statistics import StatisticsPage
from fielddoc.gui.views.workspace import STATS
from tests.gui.keys import click, click_nav, click_row, unlock

COUNTS = {"case": 5, "hearing": 6, "incident": 4, "detention": 4, "person": 17, "organisation": 12,
          "location": 9, "source": 17, "attachment": 2, None: 107}


def _relock(qtbot, window) -> None:
    window.lock.lock("hotkey")
    qtbot.waitUntil(lambda: window.session is None, timeout=5000)


def test_unlock_reads_no_record_on_the_gui_thread(qtbot, window):
    """The first list's first record, shown in the detail pane, comes from the worker too."""
    _relock(qtbot, window)
    on_gui: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        if "records" in statement and threading.current_thread() is threading.main_thread():
            on_gui.append(" ".join(statement.split())[:160])

    event.listen(Engine, "before_cursor_execute", note)
    try:
        unlock(qtbot, window)
        lst = window.workspace.lists["case"]
        qtbot.waitUntil(lambda: lst.model.rowCount() == 5, timeout=10000)
        qtbot.waitUntil(lambda: lst.detail.current is not None, timeout=10000)
        window.runner.wait_idle()
    finally:
        event.remove(Engine, "before_cursor_execute", note)
    assert on_gui == []
    first = lst.model.data(lst.model.index(0, 0), ID_ROLE)
    assert lst.detail.current.id == first and lst.current_id() == first
    assert lst.detail.browser.toPlainText().strip()


def test_a_click_on_a_row_while_the_first_record_loads_wins(qtbot, window, monkeypatch):
    """The record read on the worker for the first row never replaces one the monitor picked since."""
    from fielddoc.records.service import Records

    _relock(qtbot, window)
    gate = threading.Event()
    counts = Records.counts

    def held_counts(self, *args, **kwargs):  # the navigation's counts run after the first page: held
        gate.wait(10)
        return counts(self, *args, **kwargs)

    monkeypatch.setattr(Records, "counts", held_counts)
    unlock(qtbot, window)
    lst = window.workspace.lists["case"]
    qtbot.waitUntil(lambda: lst.model.rowCount() == 5, timeout=10000)
    assert lst.current_id() is not None and lst.detail.current is None  # row 0's record is queued
    assert window.workspace.current_record() == (lst.current_id(), "case")  # Edit acts on that row
    click_row(lst.table, 2)
    picked = lst.model.data(lst.model.index(2, 0), ID_ROLE)
    assert lst.detail.current is not None and lst.detail.current.id == picked
    gate.set()
    window.runner.wait_idle()
    qtbot.wait(50)
    assert lst.detail.current is not None and lst.detail.current.id == picked


def test_the_workspace_is_built_while_the_lock_screen_waits(qtbot, window):
    """Unlocking binds the widgets built behind the lock screen to the vault: it builds none itself."""
    _relock(qtbot, window)
    qtbot.waitUntil(lambda: window._ahead is not None, timeout=5000)
    ahead = window._ahead
    assert window.stack.currentWidget() is window.unlock_screen and not ahead.isVisible()
    first = ahead.lists["case"]
    assert first.model.rowCount() == 0 and first.detail.current is None  # no vault, no record
    unlock(qtbot, window)
    assert window.workspace is ahead and window._ahead is None and ahead.isVisible()
    assert ahead.lists["case"] is first
    qtbot.waitUntil(lambda: first.model.rowCount() == 5, timeout=10000)
    qtbot.waitUntil(lambda: first.detail.current is not None, timeout=10000)
    qtbot.waitUntil(lambda: ahead.nav.item(0).text().endswith("(5)"), timeout=10000)
    # locked again: that workspace is gone, and another is built, empty, behind the lock screen
    _relock(qtbot, window)
    qtbot.waitUntil(lambda: window._ahead is not None, timeout=5000)
    assert window._ahead is not ahead and window._ahead.lists["case"].model.rowCount() == 0


def test_unlock_builds_only_the_first_screen_and_each_page_on_first_click(qtbot, window):
    _relock(qtbot, window)
    unlock(qtbot, window)
    ws = window.workspace
    first = ws.lists["case"]
    qtbot.waitUntil(lambda: first.model.rowCount() == 5, timeout=10000)
    # Only the first list exists; no other list, no statistics, no form, no case view, no dialog.
    assert list(ws.lists) == ["case"]
    assert ws.stats is None and ws.findChildren(StatisticsPage) == []
    assert ws.editors == {} and ws.cases == {} and ws.tabs.count() == 1
    assert [d for d in window.findChildren(QDialog) if d.isVisible()] == []
    # The case list's own filters are there; the type choice of "All records" is not built for it.
    assert first.filters.type_box is None
    assert len(first.filters.findChildren(QComboBox)) == 4
    for kind in SECTIONS:
        if kind == "case":
            continue
        assert kind not in ws.lists
        click_nav(qtbot, ws, kind)
        lst = ws.lists[kind]
        assert lst.isVisible()
        qtbot.waitUntil(lambda lst=lst, kind=kind: lst.model.rowCount() == COUNTS[kind], timeout=10000)
        qtbot.waitUntil(lambda lst=lst: lst.detail.current is not None, timeout=10000)
        # A list of one kind has no case filters and no type choice: none of them is built hidden.
        if kind is None:
            assert lst.filters.type_box is not None and lst.filters.type_box.isVisible()
            assert lst.filters.findChildren(QComboBox) == [lst.filters.type_box]
        else:
            assert lst.filters.findChildren(QComboBox) == []
        # it works: a click selects a row and the pane shows that record
        click_row(lst.table, 1)
        picked = lst.model.data(lst.model.index(1, 0), ID_ROLE)
        qtbot.waitUntil(lambda lst=lst, picked=picked: lst.detail.current is not None
                        and lst.detail.current.id == picked, timeout=5000)
        # and its search narrows it (the filter bar is wired)
        click(lst.filters.search)
        lst.filters.search.setFocus()
        qtbot.keyClicks(lst.filters.search, "zzzqqq")
        qtbot.waitUntil(lambda lst=lst: lst.model.rowCount() == 0, timeout=5000)
        qtbot.keyClick(lst.filters.search, Qt.Key.Key_Escape)
        lst.filters.search.clear()
        qtbot.waitUntil(lambda lst=lst, kind=kind: lst.model.rowCount() == COUNTS[kind], timeout=5000)
    assert set(ws.lists) == set(SECTIONS)
    # Statistics: built on its first click, not before.
    assert ws.stats is None
    nav = ws.nav
    row = next(r for r in range(nav.count()) if nav.item(r).data(Qt.ItemDataRole.UserRole) == STATS)
    click(nav.viewport(), nav.visualItemRect(nav.item(row)).center())
    qtbot.waitUntil(lambda: ws.stats is not None and ws.pages.currentWidget() is ws.stats, timeout=5000)
    assert ws.stats.isVisible()
    # and back to the first list: the same page, not a new one
    click_nav(qtbot, ws, "case")
    assert ws.lists["case"] is first


def test_a_workspace_built_ahead_speaks_the_language_the_vault_keeps(qtbot, window):
    """Built in English behind the lock screen; the vault's setting says Russian: all of it follows."""
    from fielddoc.gui.models.session import UiSettings

    window.session.save_ui_settings(UiSettings(language="ru"))
    _relock(qtbot, window)
    qtbot.waitUntil(lambda: window._ahead is not None, timeout=5000)
    ahead = window._ahead
    assert ahead.nav.item(0).text() == "Cases"
    unlock(qtbot, window)
    assert window.workspace is ahead
    lst = ahead.lists["case"]
    # (the language change reaches the widgets as a posted event: waited for, as the monitor would)
    qtbot.waitUntil(lambda: lst.heading.text() == "Дела", timeout=5000)
    assert ahead.nav.item(0).text().startswith("Дела")
    assert lst.filters.search.placeholderText().startswith("Поиск")
    assert lst.filters.priority.itemText(0) != "Any priority"
    assert lst.detail.edit.text() != "Edit"
