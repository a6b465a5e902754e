"""Walks widgets the way a screen reader sees them: every focusable control must have a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def spoken_name(w: QWidget) -> str:
    """The name assistive technology reads for ``w`` (its accessible interface's Name)."""
    iface = QAccessible.queryAccessibleInterface(w)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()


def focusable(w: QWidget) -> bool:
    if not (w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value) or not w.isEnabled():
        return False  # not reachable by the keyboard (a label selectable by mouse)
    if w.focusProxy() is not None:
        return False  # the proxy is the control that gets focus (and is walked itself)
    parent = w.parentWidget()
    if parent is not None and isinstance(parent, QAbstractScrollArea) and parent.viewport() is w:
        return False  # the viewport: the scroll area itself is the control
    return True


def unnamed(root: QWidget) -> list[str]:
    """Focusable controls under ``root`` (itself included) that would be read without a name."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.window() is not root.window():
            continue  # another window (a popup, a menu): walked on its own
        if focusable(w) and not spoken_name(w):
            out.append(f"{type(w).__name__}#{w.objectName() or '?'} in {type(w.parentWidget()).__name__}")
    return out
