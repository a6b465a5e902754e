"""The lock screen says when Caps Lock is on or the layout is not a Latin one, and shows the
passphrase on request (hidden again after each attempt). Keys and clicks only; the platform's
Caps Lock state and input locale are injected."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit

from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.keys import click, press, type_text

LATIN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
RUSSIAN = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)


def _screen(make_window, tmp_path, caps=None, locale=LATIN):
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, params=TEST_PARAMS).lock()
    window = make_window(vault_dir=folder)
    screen = window.unlock_screen
    screen.caps_lock = lambda: caps
    screen.input_locale = lambda: locale
    return window, screen


def test_caps_lock_as_the_typed_letters_show_it(qtbot, make_window, tmp_path):
    _window, screen = _screen(make_window, tmp_path)
    click(screen.passphrase)
    assert not screen.keyboard_hint.isVisible()
    type_text("C")  # upper case without Shift: Caps Lock is on
    assert screen.keyboard_hint.isVisible()
    assert "Caps Lock" in screen.keyboard_hint.text()
    type_text("o")
    assert not screen.keyboard_hint.isVisible()
    assert screen.passphrase.text() == "Co"


def test_caps_lock_from_the_platform(qtbot, make_window, tmp_path):
    _window, screen = _screen(make_window, tmp_path, caps=True)
    click(screen.passphrase)
    assert screen.keyboard_hint.isVisible() and "Caps Lock" in screen.keyboard_hint.text()


def test_a_non_latin_layout_is_named(qtbot, make_window, tmp_path):
    _window, screen = _screen(make_window, tmp_path, locale=RUSSIAN)
    click(screen.passphrase)
    assert screen.keyboard_hint.isVisible()
    assert "русский" in screen.keyboard_hint.text().lower()


def test_non_latin_letters_typed_are_noticed(qtbot, make_window, tmp_path):
    _window, screen = _screen(make_window, tmp_path)
    click(screen.passphrase)
    type_text("сщккусе")  # "correct" typed in a Russian layout
    assert screen.keyboard_hint.isVisible() and "Latin" in screen.keyboard_hint.text()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("correct")  # the layout switched back
    assert not screen.keyboard_hint.isVisible()


def test_show_passphrase_and_hidden_again_after_an_attempt(qtbot, make_window, tmp_path):
    window, screen = _screen(make_window, tmp_path)
    click(screen.passphrase)
    type_text("wrong one")
    assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Password
    click(screen.show_button)
    assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert screen.show_button.accessibleName()
    click(screen.passphrase)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.message.property("role") == "error", timeout=10000)
    assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert window.session is None
