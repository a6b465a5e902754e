"""An open form follows a language switch: its words change, what was typed stays (same
text, same field and cursor), and it still saves. A saved new record's tab is named
after the record, not "New …"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from fielddoc.gui.forms.base import RecordEditor
from tests.gui.keys import CTRL, click, click_action, click_nav, press, show_field, type_text


def _labels(editor) -> set[str]:
    return {w.text().replace("&", "") for w in editor.findChildren(QLabel) if w.text()}


def test_open_form_with_typed_text_follows_a_language_switch(qtbot, make_window, vault, loaded):
    window = make_window(vault)
    ws = window.workspace
    click_nav(qtbot, ws, "incident")
    click_action(window, window.actions.new)
    editor = ws.tabs.currentWidget()
    assert isinstance(editor, RecordEditor) and editor.kind == "incident"
    title = editor.widget("title")
    show_field(editor, title)
    click(title)
    type_text("Разгон забастовки")
    press(Qt.Key.Key_Left)
    press(Qt.Key.Key_Left)
    status = editor.widget("violation_status")
    assert "Title:" in _labels(editor)

    window.language.set("ru")
    qtbot.waitUntil(lambda: ws.tabs.currentWidget() is not editor, timeout=3000)
    form = ws.tabs.currentWidget()
    assert isinstance(form, RecordEditor) and form.kind == "incident"
    words = _labels(form)
    assert "Название:" in words and "Title:" not in words, sorted(words)[:40]
    assert ws.tabs.tabText(ws.tabs.currentIndex()) == "Новый инцидент"
    assert form.widget("title").text() == "Разгон забастовки"
    assert form.has_unsaved_changes()
    qtbot.waitUntil(lambda: form.widget("title").hasFocus(), timeout=2000)
    assert form.widget("title").cursorPosition() == len("Разгон забастовки") - 2
    assert form.widget("violation_status").placeholderText() != status.placeholderText()
    # go on typing where she was, then save
    type_text("и")
    press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: form.record_id is not None, timeout=3000)
    assert loaded.get(form.record_id)["title"] == "Разгон забастовики"
    assert ws.tabs.tabText(ws.tabs.indexOf(form)) == "Разгон забастовики"


def test_saved_new_record_tab_is_named_after_it(qtbot, make_window, vault, loaded):
    window = make_window(vault)
    ws = window.workspace
    click_nav(qtbot, ws, "person")
    click_action(window, window.actions.new)
    editor = ws.tabs.currentWidget()
    name = editor.widget("name")
    show_field(editor, name)
    click(name)
    type_text("Aigul Test")
    assert ws.tabs.tabText(ws.tabs.indexOf(editor)) != "Aigul Test"
    press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: editor.record_id is not None, timeout=3000)
    assert ws.tabs.tabText(ws.tabs.indexOf(editor)) == "Aigul Test"
    # opening the saved record again shows this same tab
    count = ws.tabs.count()
    ws.edit_record(editor.record_id, "person")
    assert ws.tabs.count() == count and ws.tabs.currentWidget() is editor
