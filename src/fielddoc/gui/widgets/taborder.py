"""Tab order that follows the layout (rows added later must not jump to the end)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QScrollArea, QStackedWidget, QTabWidget, QWidget


def _takes_tab(w: QWidget) -> bool:
    return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.focusProxy() is None


def _walk_layout(layout: QLayout, out: list[QWidget]) -> None:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        w = item.widget()
        if w is not None:
            _walk_widget(w, out)
            continue
        sub = item.layout()
        if sub is not None:
            _walk_layout(sub, out)


def _walk_widget(w: QWidget, out: list[QWidget]) -> None:
    if w.isWindow() and out:
        return
    if isinstance(w, QScrollArea):
        inner = w.widget()
        if inner is not None:
            _walk_widget(inner, out)
        return
    if isinstance(w, QTabWidget):
        out.append(w.tabBar()) if _takes_tab(w.tabBar()) else None
        for i in range(w.count()):
            _walk_widget(w.widget(i), out)
        return
    if isinstance(w, QStackedWidget):
        for i in range(w.count()):
            _walk_widget(w.widget(i), out)
        return
    layout = w.layout()
    if layout is None:
        # A leaf (a spin box's focus proxy is its own inner line edit: fine).
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus or w.focusProxy() is not None:
            out.append(w)
        return
    if _takes_tab(w):
        out.append(w)
    _walk_layout(layout, out)


def focus_leaves(root: QWidget) -> list[QWidget]:
    """Widgets that take Tab focus, in the order their layouts show them."""
    out: list[QWidget] = []
    _walk_widget(root, out)
    seen: set[int] = set()
    unique = []
    for w in out:
        if id(w) not in seen:
            seen.add(id(w))
            unique.append(w)
    return unique


def fix_tab_order(root: QWidget) -> None:
    leaves = focus_leaves(root)
    for a, b in zip(leaves, leaves[1:], strict=False):
        QWidget.setTabOrder(a, b)
