"""The lock screen speaks the chosen language to the end: its error line follows a language
switch; the window title does not say "FieldDoc" twice ("FieldDoc (locked) — FieldDoc")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fielddoc import i18n
from fielddoc.errors import WrongPassphrase
from tests.conftest import PASSPHRASE, TEST_PARAMS
from tests.gui.keys import click


def _shown_title(window) -> str:
    """The title as the platform composes it: "<title> — <application name>" unless they are equal."""
    title, app = window.windowTitle(), QApplication.applicationDisplayName()
    return title if not title or title == app else f"{title} — {app}"


def test_error_line_follows_a_language_switch(qtbot, make_window, tmp_path):
    from fielddoc.store.vault import Vault

    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, params=TEST_PARAMS).lock()
    window = make_window(vault_dir=folder)
    screen = window.unlock_screen
    assert _shown_title(window).count("FieldDoc") == 1
    click(screen.passphrase)
    qtbot.keyClicks(screen.passphrase, "not the passphrase")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    english = WrongPassphrase().render(lambda m: m)
    qtbot.waitUntil(lambda: screen.message.text() == english, timeout=10000)
    # choose Russian on the lock screen's own language box
    box = screen.language_box
    click(box)
    qtbot.waitUntil(lambda: box.view().isVisible(), timeout=2000)
    for _ in range(box.count()):
        if box.view().currentIndex().data(Qt.ItemDataRole.UserRole) == "ru":
            break
        qtbot.keyClick(box.view(), Qt.Key.Key_Down)
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.language.current == "ru", timeout=2000)
    russian = WrongPassphrase().render(lambda m: i18n.translate(m, "ru"))
    assert russian != english
    qtbot.waitUntil(lambda: screen.message.text() == russian, timeout=2000)
    assert _shown_title(window).count("FieldDoc") == 1
    assert window.windowTitle() == "Заблокировано"
