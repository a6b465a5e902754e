"""What every editing widget shares: the EMPTY marker, value comparison, wiping.

An editing widget ("value widget") has:

* ``value()``: the JSON value it currently holds, or :data:`EMPTY` when blank
  (the key is then removed from the document; ``None`` is a real value,
  "unknown");
* ``set_value(v)``: show ``v`` (``EMPTY`` or anything the document holds);
* a ``changed`` signal (no arguments), emitted on every user edit.

Forms compare ``value()`` with the value read at load time, so a field the
user did not touch never rewrites the document (see ``forms.binding``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QObject
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)


class _Empty:
    """No value: the key is absent from the document."""

    _instance: _Empty | None = None

    def __new__(cls) -> _Empty:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "EMPTY"

    def __bool__(self) -> bool:
        return False


EMPTY: Any = _Empty()


def same(a: Any, b: Any) -> bool:
    """Type-strict equality of JSON values (``1 != True``, ``7 != 7.0`` as written)."""
    if a is EMPTY or b is EMPTY:
        return a is b
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _wipe_model(model: QAbstractItemModel | None) -> None:
    if isinstance(model, QStandardItemModel):
        model.clear()


def wipe_tree(root: QWidget) -> None:
    """Remove every piece of text a widget tree may hold (used on lock).

    Clears line edits (with their undo history), text areas, combo boxes that
    show record titles (flagged ``sensitive_items``), lists, tables, trees,
    completer models, tooltips and labels flagged ``sensitive``. Labels that only
    show interface text keep it.
    """
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        w.setToolTip("")
        if isinstance(w, QLineEdit):
            completer = w.completer()
            if completer is not None:
                _wipe_model(completer.model())
            w.setText("")  # setText (not clear) also drops the undo/redo history
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            w.clear()  # also clears the undo/redo history
            w.document().clearUndoRedoStacks()
        elif isinstance(w, QComboBox):
            if w.property("sensitive_items"):
                w.clear()
            if w.isEditable() and w.lineEdit() is not None:
                w.lineEdit().setText("")
        elif isinstance(w, QListWidget | QTableWidget | QTreeWidget):
            w.clear()
        elif isinstance(w, QLabel):
            if w.property("sensitive"):
                w.clear()
            elif w.pixmap() is not None and not w.pixmap().isNull():
                w.clear()
        elif isinstance(w, QAbstractButton) and w.property("sensitive"):
            w.setText("")
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            w.setValue(w.minimum())
        elif isinstance(w, QDateTimeEdit):
            w.setDateTime(w.minimumDateTime())
    for completer in root.findChildren(QCompleter):
        _wipe_model(completer.model())
    for obj in root.findChildren(QObject):
        if isinstance(obj, QStandardItemModel):
            obj.clear()
