"""Walk every widget and model of the application and collect the text it holds."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole)


def model_texts(model, limit: int = 2000) -> list[str]:
    out: list[str] = []
    if model is None:
        return out

    def count(fn, parent: QModelIndex, default: int) -> int:
        try:
            return fn(parent)
        except TypeError:  # private in QAbstractListModel / QAbstractTableModel
            return default

    def walk(parent: QModelIndex, depth: int) -> None:
        rows = min(count(model.rowCount, parent, 0), limit)
        cols = count(model.columnCount, parent, 1)
        for c in range(cols):
            out.append(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
        for r in range(rows):
            out.append(str(model.headerData(r, Qt.Orientation.Vertical) or ""))
            for c in range(cols):
                idx = model.index(r, c, parent)
                for role in ROLES:
                    out.append(str(model.data(idx, role) or ""))
                if depth < 3 and c == 0 and count(model.rowCount, idx, 0) > 0:
                    walk(idx, depth + 1)

    walk(QModelIndex(), 0)
    return out


def widget_texts(w: QWidget) -> list[str]:
    out = [w.windowTitle(), w.toolTip(), w.statusTip(), w.accessibleName()]
    if isinstance(w, QLineEdit):
        out.append(w.text())
    elif isinstance(w, QPlainTextEdit):
        out.append(w.toPlainText())
    elif isinstance(w, QTextEdit):
        out.append(w.toPlainText())
        out.append(w.toHtml())
    elif isinstance(w, QLabel):
        out.append(w.text())
    elif isinstance(w, QAbstractButton):
        out.append(w.text())
    elif isinstance(w, QTabBar):
        out += [w.tabText(i) for i in range(w.count())] + [w.tabToolTip(i) for i in range(w.count())]
    elif isinstance(w, QComboBox):
        out += [w.itemText(i) for i in range(w.count())]
    if isinstance(w, QAbstractItemView):
        out += model_texts(w.model())
    return out


def all_texts() -> list[str]:
    texts: list[str] = []
    for w in QApplication.allWidgets():
        texts += widget_texts(w)
    return texts


def leaks(needles: tuple[str, ...]) -> list[str]:
    found = []
    for text in all_texts():
        for n in needles:
            if n.lower() in text.lower():
                found.append(f"{n!r} in {text[:80]!r}")
    return found
