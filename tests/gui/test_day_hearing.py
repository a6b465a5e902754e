"""A hearing written live: New hearing from a case carries the bench and the parties over;
hearing mode puts the notes beside the checklist; F8 stamps the time (one key in any
layout); Start, Recess, Resume, End and Quote record the moments; the record itself is
saved as she goes (no Save pressed), with few revisions; the idle lock can be paused for
the hearing. Keys and clicks only (the wall clock of the hearing mode is injected)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTabBar

from fielddoc.gui.forms.base import RecordEditor
from fielddoc.gui.lock import MAX_IDLE_PAUSE
from fielddoc.records.service import Records
from fielddoc.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.keys import (
    CTRL,
    click,
    click_menu_item,
    click_nav,
    click_row,
    click_tab,
    press,
    show_field,
    type_text,
    unlock,
)

ALMATY = timezone(timedelta(hours=5))


class WallClock:
    def __init__(self) -> None:
        self.now = datetime(2012, 10, 8, 10, 42, tzinfo=ALMATY)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)


def _new_hearing_from_case(qtbot, window, case_id: str) -> RecordEditor:
    """Cases > the case > More > Case timeline > New hearing."""
    ws = window.workspace
    if ws.tabs.currentIndex() != 0:
        click_tab(ws.tabs, 0)  # back to the lists
    click_nav(qtbot, ws, "case")
    lst = ws.lists["case"]
    qtbot.waitUntil(lambda: lst.model.rowCount() >= 5, timeout=3000)
    row = next(r for r in range(lst.model.rowCount()) if lst.model.record_id(r) == case_id)
    click_row(lst.table, row)
    pane = lst.detail
    click_menu_item(pane.more, pane.case)
    qtbot.waitUntil(lambda: getattr(ws.tabs.currentWidget(), "case_id", None) == case_id, timeout=3000)
    click(ws.tabs.currentWidget().new_hearing)
    editor = ws.tabs.currentWidget()
    assert isinstance(editor, RecordEditor) and editor.kind == "hearing"
    return editor


def _person_ids(editor, path: str) -> list[str]:
    return [row.widget("person_id").value() for row in editor.widget(path).rows]


def test_new_hearing_from_a_case_carries_the_bench_and_parties_over(qtbot, make_window, vault, loaded):
    window = make_window(vault)
    editor = _new_hearing_from_case(qtbot, window, "case-kozlov")
    assert editor.widget("case_id").value() == "case-kozlov"
    assert editor.widget("court_id").value() == "org-court-mangistau-district"
    assert _person_ids(editor, "defendants") == ["per-kozlov", "per-aminov", "per-sapargali"]
    assert _person_ids(editor, "defence_counsel") == ["per-plugov"]
    # Zhanaozen: the last hearing (the appeal) had another court and judge than the first ones
    editor = _new_hearing_from_case(qtbot, window, "case-zhanaozen-37")
    assert editor.widget("court_id").value() == "org-court-mangistau-regional"
    assert editor.widget("presiding_judge_id").value() == "per-judge-beysembayev"
    assert _person_ids(editor, "defendants") == ["per-oilworkers-37"]
    # saved as it stands, the carried-over parties are the new hearing's own
    press(Qt.Key.Key_S, CTRL)
    assert editor.record_id is not None, editor.problem_box.text()
    saved = loaded.get(editor.record_id)
    assert [d["person_id"] for d in saved["defendants"]] == ["per-oilworkers-37"]
    assert saved["presiding_judge_id"] == "per-judge-beysembayev"


def test_the_narrative_keeps_a_comfortable_height_when_rows_are_added(qtbot, make_window, vault, loaded):
    window = make_window(vault)
    editor = _new_hearing_from_case(qtbot, window, "case-kozlov")
    narrative = editor.widget("narrative")
    show_field(editor, narrative)
    add_event = editor.widget("procedural_events").add_button
    for _ in range(6):
        show_field(editor, add_event)
        click(add_event)
    qtbot.wait(50)
    assert narrative.height() >= narrative.fontMetrics().lineSpacing() * 10


def test_hearing_mode_live_notes_buttons_quote_and_no_save_pressed(qtbot, make_window, vault, vault_dir,
                                                                   loaded):
    window = make_window(vault)
    editor = _new_hearing_from_case(qtbot, window, "case-kozlov")
    wall = WallClock()
    mode = editor.hearing
    mode.now = wall
    press(Qt.Key.Key_F9)  # hearing mode
    assert mode.active and mode.panel.isVisible() and not editor.tabs.isVisible()
    notes, checklist = editor.widget("narrative"), editor.checklist
    assert notes.isVisible() and checklist.isVisible()
    assert mode.splitter.isAncestorOf(notes) and mode.splitter.isAncestorOf(checklist)
    assert notes.height() > mode.panel.height() // 2, "the notes take the full height"
    rid = editor.record_id
    assert rid is not None, "entering hearing mode saves the new record"

    click(mode.start_button)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is notes or notes.hasFocus(), timeout=2000)
    click(notes.viewport())
    press(Qt.Key.Key_F8)
    type_text("Судья зачитал обвинение.")
    press(Qt.Key.Key_Return)
    wall.advance(5)
    press(Qt.Key.Key_F8)  # a function key: the same key in the Russian layout she types in
    type_text("Козлов: не признаю.")
    assert notes.toPlainText() == "[10:42] Судья зачитал обвинение.\n[10:47] Козлов: не признаю."

    # the checklist by number keys, beside the notes
    answer = checklist.rows["ft.tribunal.established_by_law"].answer
    mode.checklist_scroll.ensureWidgetVisible(answer)
    click(answer)
    press(Qt.Key.Key_1)
    assert answer.value() == "yes"

    wall.advance(13)  # 11:00
    click(mode.recess_button)
    wall.advance(20)  # 11:20
    click(mode.resume_button)

    def speak() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert dialog is not None and dialog.isVisible()
            click(dialog.text)
            type_text("Я не виновен, меня оговорили")
            press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Speaker
            press(Qt.Key.Key_Down)  # (not listed) -> Kozlov
            press(Qt.Key.Key_Down)  # -> Aminov
            click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    wall.advance(4)  # 11:24
    QTimer.singleShot(200, speak)
    click(mode.quote_button)
    wall.advance(36)  # 12:00
    click(mode.end_button)

    # All in the store, and Save was never pressed.
    saved = loaded.get(rid)
    assert saved["actual_start"] == "2012-10-08T10:42+05:00"
    assert saved["actual_end"] == "2012-10-08T12:00+05:00"
    assert [(e["time"], e["type"]) for e in saved["procedural_events"]] == [("11:00", "recess"),
                                                                            ("11:20", "resumed")]
    assert saved["quotes"] == [{"time": "11:24", "speaker_id": "per-aminov", "language": "ru",
                                "text": "Я не виновен, меня оговорили"}]
    assert saved["narrative"].endswith("Козлов: не признаю.")
    assert {"item": "ft.tribunal.established_by_law", "answer": "yes"} in saved["fair_trial"]

    # Typing on: saved after a pause, coalesced (intervals shortened for the test).
    mode.idle_ms, mode.gap_ms = 100, 400
    click(notes.viewport())
    press(Qt.Key.Key_End, CTRL)
    revisions = len(loaded.history(rid))
    for word in (" Адвокат", " заявил", " отвод", " судье."):
        type_text(word)
        qtbot.wait(30)
    qtbot.waitUntil(lambda: loaded.get(rid)["narrative"].endswith("отвод судье."), timeout=3000)
    assert len(loaded.history(rid)) == revisions + 1, "one revision for a burst of typing"

    # "Kill": another process opening the vault now finds the words of the hearing.
    other = Vault.open(vault_dir, PASSPHRASE)
    try:
        stored = Records(other).get(rid)
    finally:
        other.lock()
    assert stored["narrative"].endswith("Адвокат заявил отвод судье.")
    assert stored["quotes"][0]["text"] == "Я не виновен, меня оговорили"

    press(Qt.Key.Key_F9)  # back to the tabs: the notes and the checklist are where they were
    assert not mode.active and editor.tabs.isVisible() and not mode.panel.isVisible()
    show_field(editor, notes)
    assert notes.isVisible()
    assert not editor.has_unsaved_changes()


def test_hearing_mode_pauses_the_idle_lock_for_the_hearing_only(qtbot, make_window, vault, loaded, clock):
    window = make_window(vault)
    editor = _new_hearing_from_case(qtbot, window, "case-kozlov")
    mode = editor.hearing
    click(mode.toggle)
    assert mode.active
    timeout = window.lock.idle_timeout
    assert timeout is not None
    click(mode.keep_unlocked)
    assert window.lock.is_idle_paused
    clock.advance(timeout * 3)
    QTest.qWait(100)
    assert window.session is not None, "locked during the hearing"
    # leaving hearing mode ends the pause
    click(mode.toggle)
    assert not mode.active and not window.lock.is_idle_paused
    with qtbot.waitSignal(window.lock.locked, timeout=3000):
        clock.advance(timeout + 1)
    assert window.session is None


def test_the_idle_lock_pause_ends_after_eight_hours(qtbot, make_window, vault, loaded, clock):
    window = make_window(vault)
    editor = _new_hearing_from_case(qtbot, window, "case-kozlov")
    mode = editor.hearing
    press(Qt.Key.Key_F9)
    click(mode.keep_unlocked)
    timeout = window.lock.idle_timeout
    clock.advance(MAX_IDLE_PAUSE - 60)
    QTest.qWait(100)
    assert window.session is not None and mode.keep_unlocked.isChecked()
    clock.advance(120)  # the longest pause is over: the button says so, the idle lock counts again
    qtbot.waitUntil(lambda: not mode.keep_unlocked.isChecked(), timeout=3000)
    assert window.session is not None
    with qtbot.waitSignal(window.lock.locked, timeout=3000):
        clock.advance(timeout + 1)


def test_ctrl_l_in_hearing_mode_saves_the_record_and_unlock_returns_to_hearing_mode(qtbot, make_window, vault,
                                                                                     loaded):
    window = make_window(vault)
    editor = _new_hearing_from_case(qtbot, window, "case-kozlov")
    editor.hearing.now = WallClock()
    press(Qt.Key.Key_F9)
    rid = editor.record_id
    notes = editor.widget("narrative")
    click(notes.viewport())
    press(Qt.Key.Key_F8)
    type_text("Прокурор просит перерыв")
    press(Qt.Key.Key_L, CTRL)  # mid-sentence, long before any autosave was due
    assert window.session is None
    unlock(qtbot, window)
    records = window.session.records
    assert records.get(rid)["narrative"] == "[10:42] Прокурор просит перерыв"
    assert not records.form_drafts(), "the record itself was saved: no draft needed"
    editor = window.workspace.tabs.currentWidget()
    assert isinstance(editor, RecordEditor) and editor.record_id == rid
    assert editor.hearing.active and editor.hearing.panel.isVisible()
    assert not editor.hearing.keep_unlocked.isChecked()
    notes = editor.widget("narrative")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is notes, timeout=3000)
    type_text(".")
    assert notes.toPlainText() == "[10:42] Прокурор просит перерыв."


def test_carried_over_parties_follow_a_changed_case_unless_she_edited_them(qtbot, make_window, vault,
                                                                           loaded):
    from tests.gui.test_day_cases import _pick

    window = make_window(vault)
    editor = _new_hearing_from_case(qtbot, window, "case-kozlov")
    _pick(qtbot, editor, "case_id", "Kuramshin")
    assert editor.widget("case_id").value() == "case-kuramshin"
    assert _person_ids(editor, "defendants") == ["per-kuramshin"]
    assert editor.widget("presiding_judge_id").value() == "per-judge-abidov"
    counsel = editor.widget("defence_counsel").rows
    assert [r.widget("appointment").value() for r in counsel] == ["state_legal_aid"]
    # she adds to the counsel's description herself: another case change leaves the counsel alone
    description = counsel[0].widget("description")
    show_field(editor, description)
    click(description)
    press(Qt.Key.Key_End)
    type_text(" (Petrov)")
    _pick(qtbot, editor, "case_id", "Kozlov")
    assert _person_ids(editor, "defendants") == ["per-kozlov", "per-aminov", "per-sapargali"]
    assert [r.widget("description").value() for r in editor.widget("defence_counsel").rows] == [
        "court-appointed lawyer replacing counsel of choice (Petrov)"]


def test_ctrl_l_inside_the_quote_dialog_keeps_the_words(qtbot, make_window, vault, loaded):
    window = make_window(vault)
    editor = _new_hearing_from_case(qtbot, window, "case-kozlov")
    editor.hearing.now = WallClock()
    press(Qt.Key.Key_F9)
    rid = editor.record_id

    def speak_then_lock() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert dialog is not None and dialog.isVisible()
            click(dialog.text)
            type_text("Меня били в изоляторе")
            press(Qt.Key.Key_L, CTRL)  # the bailiff walks over
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(200, speak_then_lock)
    click(editor.hearing.quote_button)
    qtbot.waitUntil(lambda: window.session is None, timeout=3000)
    unlock(qtbot, window)
    quotes = window.session.records.get(rid)["quotes"]
    assert quotes == [{"time": "10:42", "language": "ru", "text": "Меня били в изоляторе"}]


def test_closing_the_hearing_tab_ends_the_idle_lock_pause(qtbot, make_window, vault, loaded):
    window = make_window(vault)
    editor = _new_hearing_from_case(qtbot, window, "case-kozlov")
    press(Qt.Key.Key_F9)
    click(editor.hearing.keep_unlocked)
    assert window.lock.is_idle_paused
    tabs = window.workspace.tabs
    close = tabs.tabBar().tabButton(tabs.indexOf(editor), QTabBar.ButtonPosition.RightSide)
    click(close)
    qtbot.waitUntil(lambda: tabs.indexOf(editor) < 0, timeout=3000)
    assert not window.lock.is_idle_paused
