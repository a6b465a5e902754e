"""Locking by hotkey and by idle timeout: no record text left anywhere, queries refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fielddoc.errors import Locked
from fielddoc.records import query
from fielddoc.records.service import Records
from tests.gui.conftest import RECORD_TEXTS
from tests.gui.helpers import leaks, model_texts


def _busy_session(qtbot, window):
    """Open what a monitor would have open: lists with a selection, a case, statistics, a dialog."""
    ws = window.workspace
    for kind in ("hearing", "person", "detention", None):
        lst = ws.show_section(kind, wait=True)
        lst.select_row(0)
    persons = ws.show_section("person", wait=True)
    with qtbot.waitSignal(persons.model.counted, timeout=5000):
        persons.filters.search.setText("Kozlov")
        persons.filters.emit_now()
    persons.select_row(0)
    ws.show_section("statistics", wait=True)
    ws.open_case("case-zhanaozen-37", wait=True)
    ws.cases["case-zhanaozen-37"].detail.show_record("hrg-zh-2012-03-28")
    assert leaks(RECORD_TEXTS), "the test must start with record text on screen"
    # A monitor copied a name from the detail pane.
    window.lock.clipboard.copy("Vladimir Kozlov")
    return ws


def _assert_locked_and_clean(window, vault):
    assert window.session is None and window.workspace is None
    assert window.stack.currentWidget() is window.unlock_screen
    assert vault.is_locked
    found = leaks(RECORD_TEXTS)
    assert not found, found
    for model in window.findChildren(QAbstractItemModel):
        texts = " ".join(model_texts(model))
        assert not any(n.lower() in texts.lower() for n in RECORD_TEXTS)
    for w in QApplication.topLevelWidgets():
        assert not any(n.lower() in w.windowTitle().lower() for n in RECORD_TEXTS)
    assert QGuiApplication.clipboard().text() == ""
    with pytest.raises(Locked):
        query.list_records(vault, query.Filter(kind="person"))
    with pytest.raises(Locked):
        Records(vault).get("per-kozlov")


def test_lock_by_hotkey(qtbot, window, vault):
    _busy_session(qtbot, window)
    with qtbot.waitSignal(window.lock.locked, timeout=2000) as blocker:
        table = window.workspace.lists["person"].table
        qtbot.keyClick(table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == ["hotkey"]
    _assert_locked_and_clean(window, vault)
    assert "Locked" in window.unlock_screen.message.text()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not leaks(RECORD_TEXTS)


def test_lock_by_hotkey_inside_a_modal_dialog(qtbot, window, vault):
    from fielddoc.gui.dialogs.import_json import ImportDialog

    dialog = ImportDialog(window.session, window, path="/somewhere/Zhanaozen notes.json")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    with qtbot.waitSignal(window.lock.locked, timeout=2000):
        qtbot.keyClick(dialog.path, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    _assert_locked_and_clean(window, vault)


def test_lock_by_idle_timeout(qtbot, window, vault, clock):
    _busy_session(qtbot, window)
    assert vault.idle_timeout == 300  # the default: five minutes
    clock.advance(200)
    QTest.mouseMove(window.workspace, QPoint(20, 20))  # activity resets the timer
    QTest.keyClick(window.workspace.lists["person"].filters.search, Qt.Key.Key_Shift)
    clock.advance(200)
    qtbot.wait(80)
    assert window.session is not None, "activity 200 s ago must not lock"
    with qtbot.waitSignal(window.lock.locked, timeout=2000) as blocker:
        clock.advance(101)
    assert blocker.args == ["idle"]
    _assert_locked_and_clean(window, vault)
    assert "inactivity" in window.unlock_screen.message.text()


def test_query_after_idle_locks_even_without_the_timer(qtbot, window, vault, clock):
    """The vault enforces the timeout itself; the GUI follows (callback from any thread)."""
    window.lock._timer.stop()
    clock.advance(301)
    with pytest.raises(Locked):
        Records(vault).get("per-kozlov")
    qtbot.waitUntil(lambda: window.session is None, timeout=2000)
    _assert_locked_and_clean(window, vault)


def test_unlock_again_after_lock(qtbot, window, vault):
    window.lock.lock("hotkey")
    screen = window.unlock_screen
    qtbot.keyClicks(screen.passphrase, "correct horse battery staple")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    lst = window.workspace.show_section("case", wait=True)
    assert lst.model.rowCount() == 5


def test_unsaved_form_drafts_are_offered_after_unlock(qtbot, window, vault):
    """A form left unsaved (lock, crash) is kept as an encrypted draft and offered back."""
    window.session.records.save_form_draft("draft-test-1", "person", {"name": "Draft Person"})
    window.lock.lock("hotkey")
    screen = window.unlock_screen
    qtbot.keyClicks(screen.passphrase, "correct horse battery staple")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    ws = window.workspace
    assert ws.drafts_bar.isVisible() and "1" in ws.drafts_text.text()
    before = ws.tabs.count()
    ws.reopen_drafts()
    assert ws.tabs.count() == before + 1 and not ws.drafts_bar.isVisible()
    editor = ws.tabs.widget(ws.tabs.count() - 1)
    assert editor.has_unsaved_changes()
