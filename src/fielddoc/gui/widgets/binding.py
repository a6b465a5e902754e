"""Binding of value widgets to paths of a record document, and where problems show.

A :class:`Field` reads its path from the document on ``load`` and remembers
what its widget then showed; ``store`` writes back only if the user changed
it. So a form edits a copy of the full document and every key it does not
model, or did not touch, stays byte-for-byte what it was.

Problems from the core (``defendants[0].person_id``) are routed to the field
whose path is the longest prefix; widgets that hold lists (repeating rows, the
checklist) route the rest of the path further down.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from fielddoc.gui import theme
from fielddoc.gui.widgets import paths
from fielddoc.gui.widgets.common import EMPTY, same

INVALID_STYLE = '*[invalid="true"] { border: 1px solid #c62828; }'


class ErrorLabel(QLabel):
    """Red text under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a problem can quote what was typed
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {theme.colour('DANGER').name()};")  # readable on the scheme's base
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()
        self.setProperty("problem_label", True)

    def set_problems(self, texts: list[str]) -> None:
        self.setText("\n".join(texts))
        self.setVisible(bool(texts))


def _mark(widget: QWidget, invalid: bool) -> None:
    targets = [widget]
    proxy = widget.focusProxy()
    if proxy is not None:
        targets.append(proxy)
    for w in targets:
        if bool(w.property("invalid")) != invalid:
            w.setProperty("invalid", invalid)
            w.style().unpolish(w)
            w.style().polish(w)


class Field:
    """One path of the document shown by one widget."""

    def __init__(self, path: str, widget: Any, error: ErrorLabel | None = None,
                 title: str = "", aliases: tuple[str, ...] = ()) -> None:
        self.path = path
        self.keys = paths.parse(path)
        self.widget = widget
        self.error = error
        self.title = title
        self.aliases = tuple(paths.parse(a) for a in aliases)
        self.baseline: Any = EMPTY
        self._problems: list[str] = []

    # -- document --------------------------------------------------------------------
    def load(self, doc: dict[str, Any]) -> None:
        self.widget.set_value(paths.get(doc, self.keys))
        self.baseline = self.widget.value()

    def current(self) -> Any:
        return self.widget.value()

    def dirty(self) -> bool:
        return not same(self.widget.value(), self.baseline)

    def store(self, doc: dict[str, Any]) -> None:
        v = self.widget.value()
        if same(v, self.baseline):
            return
        paths.put(doc, self.keys, v)

    def rebase(self) -> None:
        """The current value becomes the saved one (after a successful save)."""
        rebase = getattr(self.widget, "rebase", None)
        if rebase is not None:
            rebase()
        self.baseline = self.widget.value()

    # -- problems --------------------------------------------------------------------
    def match_len(self, keys: tuple[paths.Key, ...]) -> int:
        best = -1
        for candidate in (self.keys, *self.aliases):
            if paths.is_prefix(candidate, keys):
                best = max(best, len(candidate))
        return best

    def show_problem(self, keys: tuple[paths.Key, ...], text: str) -> QWidget | None:
        """Show ``text`` for the problem at ``keys``; returns the widget to focus."""
        rest = keys[len(self.keys):] if paths.is_prefix(self.keys, keys) else ()
        deeper = getattr(self.widget, "show_problem", None)
        if rest and deeper is not None:
            placed = deeper(rest, text)
            if placed is not None:
                return placed
        self._problems.append(text)
        if self.error is not None:
            self.error.set_problems(self._problems)
        _mark(self.widget, True)
        return self.widget

    def clear_problems(self) -> None:
        self._problems = []
        if self.error is not None:
            self.error.set_problems([])
        _mark(self.widget, False)
        clear = getattr(self.widget, "clear_problems", None)
        if clear is not None:
            clear()


class FieldSet(QObject):
    """The fields of one form (or of one row of a repeating group)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields: list[Field] = []

    def add(self, field: Field) -> Field:
        self.fields.append(field)
        signal = getattr(field.widget, "changed", None)
        if signal is not None:
            signal.connect(self.changed)
        return field

    def __iter__(self) -> Iterator[Field]:
        return iter(self.fields)

    def load(self, doc: dict[str, Any]) -> None:
        for f in self.fields:
            f.load(doc)

    def store(self, doc: dict[str, Any]) -> None:
        for f in self.fields:
            f.store(doc)

    def dirty(self) -> bool:
        return any(f.dirty() for f in self.fields)

    def rebase(self) -> None:
        for f in self.fields:
            f.rebase()

    def bound(self) -> list[tuple[paths.Key, ...]]:
        return [f.keys for f in self.fields]

    def find(self, keys: tuple[paths.Key, ...]) -> Field | None:
        best, best_len = None, -1
        for f in self.fields:
            n = f.match_len(keys)
            if n > best_len:
                best, best_len = f, n
        return best

    def show_problem(self, keys: tuple[paths.Key, ...], text: str) -> QWidget | None:
        f = self.find(keys)
        if f is None:
            return None
        return f.show_problem(keys, text)

    def clear_problems(self) -> None:
        for f in self.fields:
            f.clear_problems()


def cell(widget: QWidget, parent: QWidget | None = None) -> tuple[QWidget, ErrorLabel]:
    """The widget with its error label under it, as one layout cell."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if widget.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ExpandFlag.value:
        layout.addWidget(widget)
    else:
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
    error = ErrorLabel(box)
    layout.addWidget(error)
    layout.addStretch(1)
    return box, error


Factory = Callable[[], QWidget]
