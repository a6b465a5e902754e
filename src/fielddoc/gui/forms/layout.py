"""Layout pieces of the record forms: tabs (pages), titled sections, the confidentiality field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from fielddoc.gui.widgets import paths
from fielddoc.gui.widgets.binding import Field, cell
from fielddoc.gui.widgets.common import EMPTY
from fielddoc.records.vocab import CONFIDENTIALITY_TLP

if TYPE_CHECKING:
    from fielddoc.gui.forms.base import RecordEditor

TLP_STYLE = {
    "CLEAR": "background: #ffffff; color: #000000; border: 1px solid #888;",
    "GREEN": "background: #33a02c; color: #ffffff;",
    "AMBER": "background: #ffc000; color: #000000;",
    "AMBER+STRICT": "background: #ff9f00; color: #000000;",
    "RED": "background: #e0201b; color: #ffffff;",
}


class Section(QGroupBox):
    """A titled group of fields laid out as label | field pairs, in 1 or more columns."""

    def __init__(self, editor: RecordEditor, title: str, parent: QWidget, columns: int = 1) -> None:
        super().__init__(title, parent)
        self.editor = editor
        self.columns = columns
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        for c in range(columns):
            self.grid.setColumnStretch(c * 2 + 1, 1)
        self._r = 0
        self._c = 0
        #: What was placed, in order (label or None, cell, span, newline), so that the section can
        #: be laid out again in one column when the form is narrow (a 1024 px screen).
        self._items: list[tuple[QWidget | None, QWidget, int, bool]] = []
        self._placed_columns = columns
        self._wide_min = 0

    def add(self, path: str, label: str, widget: QWidget, *, span: int = 1, newline: bool = False,
            hint: str | None = None, aliases: tuple[str, ...] = (), field_cls: type[Field] = Field) -> Any:
        """Bind ``widget`` to ``path`` and place it with its label and error line."""
        full = not label
        if full:
            span = self.columns
        if newline or self._c + span > self.columns:
            self._r += 1
            self._c = 0
        box, error = cell(widget, self)
        lab_widget: QLabel | None = None
        if hint:
            caption = QLabel(hint, box)
            caption.setWordWrap(True)
            caption.setProperty("role", "muted")
            caption.setStyleSheet("color: palette(dark);")
            box.layout().insertWidget(1, caption)
        if full:
            self.grid.addWidget(box, self._r, 0, 1, self.columns * 2)
        else:
            lab = lab_widget = QLabel(label, self)
            lab.setBuddy(widget)
            lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            lab.setContentsMargins(0, 4, 0, 0)
            self.grid.addWidget(lab, self._r, self._c * 2)
            self.grid.addWidget(box, self._r, self._c * 2 + 1, 1, span * 2 - 1)
        self._items.append((lab_widget, box, span, newline))
        self._c += span
        if self._c >= self.columns:
            self._r += 1
            self._c = 0
        self.editor.fields.add(field_cls(path, widget, error, title=label.replace("&", ""), aliases=aliases))
        return widget

    def add_widget(self, widget: QWidget, span: int | None = None) -> QWidget:
        """A widget that is not a field (a note, a button) on its own row."""
        if self._c:
            self._r += 1
            self._c = 0
        self.grid.addWidget(widget, self._r, 0, 1, (span or self.columns) * 2)
        self._r += 1
        self._items.append((None, widget, -1, True))
        return widget

    def fit(self, width: int) -> None:
        """One column when the section's columns do not fit ``width``; its own columns again when they do."""
        if self.columns == 1:
            return
        if self._placed_columns == self.columns and self.minimumSizeHint().width() > width:
            self._wide_min = self.minimumSizeHint().width()
            self._place(1)
        elif self._placed_columns == 1 and width >= self._wide_min:
            self._place(self.columns)

    def _place(self, columns: int) -> None:
        for lab, box, _span, _newline in self._items:
            if lab is not None:
                self.grid.removeWidget(lab)
            self.grid.removeWidget(box)
        r = c = 0
        for lab, box, span, newline in self._items:
            if span < 0:  # a row of its own (add_widget)
                if c:
                    r, c = r + 1, 0
                self.grid.addWidget(box, r, 0, 1, columns * 2)
                r += 1
                continue
            span = min(span, columns) if lab is not None else columns
            if newline or c + span > columns:
                r, c = r + 1, 0
            if lab is None:
                self.grid.addWidget(box, r, 0, 1, columns * 2)
            else:
                self.grid.addWidget(lab, r, c * 2)
                self.grid.addWidget(box, r, c * 2 + 1, 1, span * 2 - 1)
            c += span
            if c >= columns:
                r, c = r + 1, 0
        self._placed_columns = columns


class Page(QScrollArea):
    """One tab of a form: sections stacked vertically, scrolling when long."""

    def __init__(self, editor: RecordEditor) -> None:
        super().__init__()
        self.editor = editor
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(self)
        self.body.setObjectName("formPage")
        self.box = QVBoxLayout(self.body)
        self.box.setContentsMargins(10, 10, 10, 10)
        self.box.setSpacing(10)
        self.setWidget(self.body)
        self._stretch = False

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().resizeEvent(event)
        margins = self.box.contentsMargins()
        width = self.viewport().width() - margins.left() - margins.right()
        for sec in self.body.findChildren(Section):
            sec.fit(width)

    def section(self, title: str, columns: int = 1) -> Section:
        sec = Section(self.editor, title, self.body, columns)
        self.box.addWidget(sec)
        return sec

    def add_widget(self, widget: QWidget) -> QWidget:
        widget.setParent(self.body)
        self.box.addWidget(widget)
        return widget

    def finish(self) -> None:
        if not self._stretch:
            self.box.addStretch(1)
            self._stretch = True


class ConfidentialityField(Field):
    """Confidentiality with its TLP marking, which follows automatically (§3.3)."""

    def store(self, doc: dict[str, Any]) -> None:
        v = self.widget.value()
        if v == self.baseline:
            return
        paths.put(doc, ("confidentiality",), v)
        paths.put(doc, ("tlp",), CONFIDENTIALITY_TLP.get(v, EMPTY) if v is not EMPTY else EMPTY)
