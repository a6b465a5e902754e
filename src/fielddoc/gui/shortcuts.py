"""Shortcuts that work whatever the keyboard layout, and that suit each OS.

With a Russian or Kazakh layout, Ctrl and the key marked L types Ctrl+Д: Qt
reports the Cyrillic key, and an exact comparison with Ctrl+L fails (the lock
hotkey caught inside modal dialogs never fired). :func:`latin_combination` maps
a key to the Latin letter on the same physical key (Windows' virtual-key code
where there is one, else the ЙЦУКЕН→QWERTY table that the Russian and Kazakh
layouts share), and :class:`LayoutShortcuts` triggers the main window's actions
from such keys when Qt's own matching did not.

On macOS Qt maps Ctrl to ⌘; ⌘H is the system's "Hide", so the history action
uses ⌘⇧H there (:func:`history_shortcut`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

#: The Russian (ЙЦУКЕН) layout's letters on the QWERTY keys; the Kazakh layout has the same letters
#: there (its own letters sit on the digit row).
_RU = "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ"
_EN = "QWERTYUIOPASDFGHJKLZXCVBNM"
CYRILLIC_TO_LATIN = {ord(c): ord(latin) for c, latin in zip(_RU, _EN, strict=True)}
_VK_A, _VK_Z = 0x41, 0x5A


def latin_combination(event: QKeyEvent, platform: str = sys.platform) -> QKeyCombination | None:
    """The combination with the Latin letter on the same key, if the key typed another script."""
    key = int(event.key())
    if 0x41 <= key <= 0x5A:  # already Key_A..Key_Z
        return None
    latin = None
    if platform == "win32" and _VK_A <= event.nativeVirtualKey() <= _VK_Z:
        latin = event.nativeVirtualKey()  # the physical key's VK is its Latin letter
    if latin is None:
        latin = CYRILLIC_TO_LATIN.get(key)
    if latin is None:
        return None
    return QKeyCombination(event.modifiers(), Qt.Key(latin))


def matches(event: QKeyEvent, sequence: QKeySequence, platform: str = sys.platform) -> bool:
    """The key event is ``sequence``, typed in any layout."""
    if QKeySequence(event.keyCombination()) == sequence:
        return True
    latin = latin_combination(event, platform)
    return latin is not None and QKeySequence(latin) == sequence


def history_shortcut(platform: str = sys.platform) -> QKeySequence:
    return QKeySequence("Ctrl+Shift+H" if platform == "darwin" else "Ctrl+H")


class LayoutShortcuts(QObject):
    """App-wide: Ctrl/Alt with a Cyrillic letter triggers the action on that key's Latin letter."""

    def __init__(self, actions: Callable[[], Iterable[QAction]], parent: QObject | None = None,
                 platform: str = sys.platform) -> None:
        super().__init__(parent)
        self._actions = actions
        self._platform = platform

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        latin = latin_combination(event, self._platform)
        if latin is None:
            return False
        wanted = QKeySequence(latin)
        for action in self._actions():
            if action.isEnabled() and action.isVisible() and any(s == wanted for s in action.shortcuts()):
                action.trigger()
                return True
        return False


__all__ = ["CYRILLIC_TO_LATIN", "LayoutShortcuts", "history_shortcut", "latin_combination", "matches"]
