"""Shortcuts typed on a Russian or Kazakh keyboard layout, ⌘ on macOS, and the OS's UI language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from fielddoc.gui import i18n as gui_i18n
from fielddoc.gui.shortcuts import history_shortcut

CTRL = Qt.KeyboardModifier.ControlModifier


def _cyrillic_key(widget, letter: str, vk: int = 0) -> None:
    """What a Russian/Kazakh layout sends for Ctrl and the key: the Cyrillic letter's key code."""
    upper = letter.upper()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, ord(upper), CTRL, 0, vk, 0, letter)
        QApplication.sendEvent(widget, event)


def test_ctrl_l_on_a_cyrillic_layout_locks_even_inside_a_dialog(qtbot, window, vault):
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.open()
    field.setFocus()
    with qtbot.waitSignal(window.lock.locked, timeout=2000) as blocker:
        _cyrillic_key(field, "д")  # the key marked L
    assert blocker.args == ["hotkey"] and vault.is_locked
    dialog.close()


def test_action_shortcuts_work_on_a_cyrillic_layout(qtbot, window):
    window.activateWindow()
    table = window.workspace.show_section("person", wait=True).table
    table.setFocus()
    fired: list[str] = []
    window.actions.statistics.triggered.connect(lambda: fired.append("statistics"))
    _cyrillic_key(table, "е")  # the key marked T: Ctrl+T, statistics
    assert fired == ["statistics"]


def test_windows_virtual_key_gives_the_latin_letter(qtbot, window, vault):
    from fielddoc.gui.shortcuts import latin_combination

    event = QKeyEvent(QEvent.Type.KeyPress, 0x04D8, CTRL, 0, 0x4C, 0, "ә")  # a Kazakh letter, VK_L
    combo = latin_combination(event, platform="win32")
    assert combo is not None and QKeySequence(combo) == QKeySequence("Ctrl+L")
    assert latin_combination(event, platform="linux") is None  # not on the ЙЦУКЕН keys


def test_history_is_not_cmd_h_on_macos():
    assert history_shortcut("darwin") != QKeySequence("Ctrl+H")  # Ctrl is ⌘ there: ⌘H hides the app
    assert history_shortcut("linux") == QKeySequence("Ctrl+H")


@pytest.mark.parametrize(("tags", "expected"), [
    (["kk-KZ", "ru-RU", "en-US"], "kk"),
    (["de-DE", "ru-RU"], "ru"),
    (["fr-FR"], "en"),
])
def test_language_comes_from_the_os_ui_languages_without_lang(monkeypatch, tags, expected):
    from fielddoc import i18n as core

    for var in ("FIELDDOC_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(core, "_current", None)
    assert gui_i18n.initial_language(lambda: tags) == expected
    monkeypatch.setattr(gui_i18n, "system_ui_languages", lambda: tags)
    assert gui_i18n.initial_language() == expected
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")  # a locale variable that names one of ours still wins
    assert gui_i18n.initial_language(lambda: tags) == "ru"


def test_lock_screen_in_kazakh_from_the_os_language(qtbot, monkeypatch, make_window, tmp_path):
    from fielddoc import i18n as core

    for var in ("FIELDDOC_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(core, "_current", None)
    monkeypatch.setattr(gui_i18n, "system_ui_languages", lambda: ["kk-Cyrl-KZ", "en-US"])
    window = make_window(vault_dir=tmp_path / "none", language=None)
    assert window.language.current == "kk"
