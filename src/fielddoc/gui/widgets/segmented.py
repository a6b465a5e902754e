"""A row of exclusive toggle buttons: one tab stop, arrows and letter keys to choose.

Fast to tick during a hearing: Tab reaches the row, Left/Right move the choice,
a button's underlined letter (or its number 1-9) picks it, Space/Delete clears.
Clicking the chosen button again clears the choice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from fielddoc.gui.widgets.common import EMPTY
from fielddoc.gui.widgets.flow import FlowLayout

_STYLE = """
QToolButton { padding: 2px 6px; border: 1px solid palette(mid); border-radius: 0px;
              background: palette(base); }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      border-color: palette(highlight); }
QToolButton[first="true"] { border-top-left-radius: 4px; border-bottom-left-radius: 4px; }
QToolButton[last="true"] { border-top-right-radius: 4px; border-bottom-right-radius: 4px; }
SegmentedChoice[focused="true"] QToolButton { border-color: palette(highlight); }
"""


class SegmentedChoice(QWidget):
    """Exclusive choice among a few codes; ``value()`` is the code or EMPTY."""

    changed = Signal()

    def __init__(self, options: list[tuple[str, str]], parent: QWidget | None = None,
                 keys: list[str] | None = None) -> None:
        """``options`` are (code, label); ``keys`` optional shortcut letters per option."""
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(_STYLE)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        layout = FlowLayout(self)  # the buttons wrap onto a second row on a narrow screen
        self.codes = [code for code, _ in options]
        self.buttons: list[QToolButton] = []
        self._keys: dict[int, int] = {}
        self._extra: Any = EMPTY
        for i, (_code, text) in enumerate(options):
            b = QToolButton(self)
            b.setText(text)
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setAutoRaise(False)
            b.setProperty("first", i == 0)
            b.setProperty("last", i == len(options) - 1)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.clicked.connect(lambda _checked=False, index=i: self._clicked(index))
            layout.addWidget(b)
            self.buttons.append(b)
            key = (keys[i] if keys and i < len(keys) else "") or ""
            if key:
                self._keys[ord(key.upper())] = i
                b.setToolTip(f"{text} ({key.upper()})")
            self._keys[Qt.Key.Key_1 + i] = i
        self._current = -1

    # -- behaviour ---------------------------------------------------------------------
    def _clicked(self, index: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._select(-1 if index == self._current else index, user=True)

    def _select(self, index: int, user: bool = False) -> None:
        self._current = index
        if index >= 0 or user:
            self._extra = EMPTY
        for i, b in enumerate(self.buttons):
            b.setChecked(i == index)
        if user:
            self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Right:
            self._select(min(len(self.buttons) - 1, self._current + 1), user=True)
        elif key == Qt.Key.Key_Left:
            self._select(max(0, self._current - 1) if self._current >= 0 else 0, user=True)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Space):
            if self._current >= 0:
                self._select(-1, user=True)
        elif key in self._keys:
            self._select(self._keys[key], user=True)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.setProperty("focused", True)
        self._restyle()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.setProperty("focused", False)
        self._restyle()
        super().focusOutEvent(event)

    def _restyle(self) -> None:
        for b in self.buttons:
            b.style().unpolish(b)
            b.style().polish(b)

    # -- value protocol ------------------------------------------------------------------
    def value(self) -> Any:
        if self._current < 0:
            return self._extra
        return self.codes[self._current]

    def set_value(self, v: Any) -> None:
        if v in self.codes and isinstance(v, str):
            self._select(self.codes.index(v))
        else:
            self._select(-1)
            # A value outside the list (or null) is kept as it was.
            self._extra = v
