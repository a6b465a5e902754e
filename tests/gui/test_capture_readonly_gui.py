"""Opt-in hiding of the windows from screen capture (Windows' display affinity, injected here),
and "Open read-only" on the lock screen for a vault on read-only media."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fielddoc.gui import capture
from fielddoc.store.vault import Vault
from tests.conftest import PASSPHRASE, TEST_PARAMS
from tests.gui.keys import click, press, type_text


class FakeUser32:
    """user32.dll as ctypes shows it: SetWindowDisplayAffinity(hwnd, affinity) -> BOOL."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def SetWindowDisplayAffinity(self, hwnd: int, affinity: int) -> int:  # noqa: N802 - the Win32 name
        self.calls.append((hwnd, affinity))
        return 1


def _open_settings(qtbot, window, then) -> None:
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.actionGeometry(window.file_menu.menuAction()).center())
    qtbot.waitUntil(window.file_menu.isVisible, timeout=5000)

    def guard() -> None:
        w = QApplication.activeModalWidget()
        if w is not None:
            w.reject()

    QTimer.singleShot(0, then)
    QTimer.singleShot(20_000, guard)
    qtbot.mouseClick(window.file_menu, Qt.MouseButton.LeftButton,
                     pos=window.file_menu.actionGeometry(window.actions.settings).center())


def test_hide_from_capture_is_chosen_in_settings_kept_in_the_vault_and_applied(qtbot, make_window, vault):
    window = make_window(vault)
    user32 = FakeUser32()
    window.capture.platform, window.capture.native = "win32", user32  # as on Windows
    assert not window.session.ui_settings().hide_from_capture and user32.calls == []
    seen = {}

    def tick() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            seen["note"] = dialog.capture_note.text()
            click(dialog.capture)
            click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        finally:
            if dialog.isVisible():
                dialog.reject()

    _open_settings(qtbot, window, tick)
    qtbot.waitUntil(lambda: window.session.ui_settings().hide_from_capture, timeout=5000)
    assert "does nothing" in seen["note"]  # this test runs on Linux: the dialog says so
    hwnd = int(window.winId())
    assert (hwnd, capture.WDA_EXCLUDEFROMCAPTURE) in user32.calls
    # a window shown later (a dialog) is hidden too
    user32.calls.clear()

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.reject()

    _open_settings(qtbot, window, close_it)
    assert any(affinity == capture.WDA_EXCLUDEFROMCAPTURE and h != hwnd for h, affinity in user32.calls)


def test_on_linux_hiding_does_nothing_and_says_so():
    class Widget:
        def winId(self) -> int:  # noqa: N802 - Qt API
            raise AssertionError("no native call on Linux")

    assert capture.apply(Widget(), True, platform="linux") is False  # type: ignore[arg-type]
    assert not capture.supported("linux") and capture.supported("win32") and capture.supported("darwin")


def test_a_vault_on_read_only_media_is_opened_read_only_from_the_lock_screen(qtbot, make_window, tmp_path,
                                                                            monkeypatch):
    folder = tmp_path / "NTFS stick" / "vault"
    v = Vault.create(folder, PASSPHRASE, params=TEST_PARAMS)
    v.lock()
    from fielddoc.gui.dialogs import unlock as unlock_mod
    from fielddoc.store import vault as vault_mod

    monkeypatch.setattr(vault_mod, "is_read_only", lambda _p: True)  # macOS mounts NTFS read-only
    monkeypatch.setattr(unlock_mod, "is_read_only", lambda _p: True)
    window = make_window(None, folder)
    screen = window.unlock_screen
    qtbot.waitUntil(lambda: screen.read_only.isVisible(), timeout=5000)
    assert screen.read_only.isChecked()
    click(screen.passphrase)
    type_text(PASSPHRASE)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    assert window.session.vault.read_only
    assert "read-only" in window.statusBar().currentMessage()
    window.activateWindow()
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # locking saves nothing and fails on nothing
    qtbot.waitUntil(lambda: window.session is None, timeout=10000)


def test_read_only_is_offered_after_the_vault_was_found_read_only(qtbot, make_window, tmp_path, monkeypatch):
    folder = tmp_path / "card" / "vault"
    Vault.create(folder, PASSPHRASE, params=TEST_PARAMS).lock()
    from fielddoc.store import vault as vault_mod

    monkeypatch.setattr(vault_mod, "is_read_only", lambda _p: True)  # found out only when opening
    window = make_window(None, folder)
    screen = window.unlock_screen
    assert not screen.read_only.isVisible()
    click(screen.passphrase)
    type_text(PASSPHRASE)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.read_only.isVisible(), timeout=20000)
    assert "read-only" in screen.message.text() and not screen.read_only.isChecked()
    click(screen.read_only)
    click(screen.passphrase)
    type_text(PASSPHRASE)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    assert window.session.vault.read_only
