"""Repeating groups (defendants, charges, custody segments …): one small form per row.

Each row edits a copy of its original object, so keys the row does not show
are kept. A row added and left untouched is not stored.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fielddoc.gui.widgets.binding import ErrorLabel, Field, FieldSet, cell
from fielddoc.gui.widgets.common import EMPTY
from fielddoc.gui.widgets.taborder import fix_tab_order


class Row(QFrame):
    """One entry of a repeating group."""

    def __init__(self, owner: RepeatList, original: Any, new: bool) -> None:
        super().__init__(owner)
        self.owner = owner
        self.original = original
        self.new = new
        self.fieldset = FieldSet(self)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("repeatRow")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(6, 4, 4, 4)
        outer.setSpacing(6)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(3)
        outer.addLayout(self.grid, 1)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove this entry"))
        self.remove_button.setAccessibleName(self.tr("Remove this entry"))
        self.remove_button.setAutoRaise(True)
        self.remove_button.clicked.connect(lambda: owner.remove_row(self))
        outer.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.row_error = ErrorLabel(self)
        self._r = 0
        self._c = 0
        self.editable = isinstance(original, dict)

    def add(self, path: str, label: str, widget: QWidget, span: int = 1, newline: bool = False,
            stretch: bool = False) -> QWidget:
        """Add a field; ``span`` counts label+widget pairs."""
        columns = self.owner.columns
        if newline or self._c + span > columns:
            self._r += 1
            self._c = 0
        lab = QLabel(label, self)
        lab.setBuddy(widget)
        lab.setContentsMargins(0, 4, 0, 0)
        box, error = cell(widget, self)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        self.grid.addWidget(lab, self._r, self._c * 2, align)
        self.grid.addWidget(box, self._r, self._c * 2 + 1, 1, span * 2 - 1)
        if stretch:
            self.grid.setColumnStretch(self._c * 2 + 1, 1)
        self._c += span
        self.fieldset.add(Field(path, widget, error, title=label.replace("&", "")))
        return widget

    def widget(self, path: str) -> Any:
        for f in self.fieldset:
            if f.path == path:
                return f.widget
        raise KeyError(path)

    def finish(self) -> None:
        self.grid.addWidget(self.row_error, self._r + 1, 0, 1, self.owner.columns * 2)
        for c in range(self.owner.columns):
            self.grid.setColumnStretch(c * 2 + 1, 1)
        if not self.editable:
            note = QLabel(self.tr("This entry has a form the editor does not show; it is kept as it is "
                             "(see the Advanced tab)."), self)
            note.setWordWrap(True)
            self.grid.addWidget(note, self._r + 2, 0, 1, self.owner.columns * 2)
            for f in self.fieldset:
                f.widget.setEnabled(False)

    def load(self) -> None:
        if self.editable:
            self.fieldset.load(self.original)

    def collect(self) -> Any:
        if not self.editable:
            return self.original
        doc = copy.deepcopy(self.original)
        self.fieldset.store(doc)
        return doc

    def untouched_new(self) -> bool:
        return self.new and not self.fieldset.dirty()


class RepeatList(QWidget):
    """A list of objects edited row by row; ``value()`` is the list (or EMPTY)."""

    changed = Signal()

    def __init__(
        self,
        build_row: Callable[[Row], None],
        add_text: str,
        parent: QWidget | None = None,
        columns: int = 3,
        new_item: Callable[[], dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.build_row = build_row
        self.columns = columns
        self.new_item = new_item or dict
        self.rows: list[Row] = []
        self._index_map: list[Row] = []
        self._raw: Any = EMPTY
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(4)
        layout.addLayout(self.rows_box)
        bottom = QHBoxLayout()
        self.add_button = QPushButton(add_text, self)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.add_button.clicked.connect(self.add_row)
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)

    # -- rows ------------------------------------------------------------------------------
    def _make_row(self, original: Any, new: bool) -> Row:
        row = Row(self, original, new)
        self.build_row(row)
        row.finish()
        row.load()
        row.fieldset.changed.connect(self.changed)
        self.rows_box.addWidget(row)
        self.rows.append(row)
        return row

    def add_row(self) -> Row:
        row = self._make_row(self.new_item(), new=True)
        self._retab()
        first = next((f.widget for f in row.fieldset), None)
        if first is not None:
            QTimer.singleShot(0, first, lambda: first.setFocus(Qt.FocusReason.TabFocusReason))
        self.changed.emit()
        return row

    def append(self, item: dict[str, Any]) -> Row:
        """Add an entry with these values (the hearing mode's Recess, Resume, Quote)."""
        row = self._make_row(copy.deepcopy(item), new=False)
        self._retab()
        self.changed.emit()
        return row

    def remove_row(self, row: Row) -> None:
        if row in self.rows:
            self.rows.remove(row)
            row.hide()
            row.setParent(None)
            row.deleteLater()
            self._retab()
            self.changed.emit()
            self.add_button.setFocus()

    def _retab(self) -> None:
        window = self.window()
        fix_tab_order(window if window is not None else self)

    def clear_rows(self) -> None:
        for row in self.rows:
            row.hide()
            row.setParent(None)
            row.deleteLater()
        self.rows = []

    # -- value protocol --------------------------------------------------------------------
    def value(self) -> Any:
        out: list[Any] = []
        self._index_map = []
        for row in self.rows:
            if row.untouched_new():
                continue
            item = row.collect()
            if row.new and isinstance(item, dict) and not item:
                continue
            out.append(item)
            self._index_map.append(row)
        if not out:
            return [] if isinstance(self._raw, list) and not self._raw else EMPTY
        return out

    def set_value(self, v: Any) -> None:
        self._raw = v
        self.clear_rows()
        if isinstance(v, list):
            for item in v:
                self._make_row(copy.deepcopy(item), new=False)
        self._index_map = list(self.rows)

    def rebase(self) -> None:
        """After a save the rows' current contents become their originals."""
        for row in self.rows:
            if row.untouched_new() or not row.editable:
                continue
            row.original = row.collect()
            row.new = False
            row.fieldset.rebase()
        self._raw = self.value()

    # -- problems ---------------------------------------------------------------------------
    def show_problem(self, rest: tuple[Any, ...], text: str) -> QWidget | None:
        if not rest or not isinstance(rest[0], int):
            return None
        index = rest[0]
        if index >= len(self._index_map):
            return None
        row = self._index_map[index]
        placed = row.fieldset.show_problem(rest[1:], text) if len(rest) > 1 else None
        if placed is None:
            texts = [row.row_error.text()] if row.row_error.text() else []
            row.row_error.set_problems([*texts, text])
            return row
        return placed

    def clear_problems(self) -> None:
        self.error.set_problems([])
        for row in self.rows:
            row.row_error.set_problems([])
            row.fieldset.clear_problems()
