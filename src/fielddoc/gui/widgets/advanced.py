"""The "Advanced (JSON)" tab: the parts of a record the form does not show.

It lists, as JSON, every key the form's fields do not cover (including keys
nested inside objects the form shows in part, such as ``public_access.notes``).
Edits there are applied key by key on save; everything else stays as it was.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from fielddoc.gui.widgets import paths
from fielddoc.gui.widgets.binding import ErrorLabel
from fielddoc.gui.widgets.common import EMPTY, same

Path = tuple[paths.Key, ...]



def _partly_bound(p: Path, bound: list[Path]) -> bool:
    return any(len(b) > len(p) and b[: len(p)] == p for b in bound)


def remainder(doc: dict[str, Any], bound: list[Path], prefix: Path = ()) -> dict[str, Any]:
    """The parts of ``doc`` that no bound path covers."""
    out: dict[str, Any] = {}
    exact = set(bound)
    for k, v in doc.items():
        p = (*prefix, k)
        if p in exact:
            continue
        if isinstance(v, dict) and _partly_bound(p, bound):
            sub = remainder(v, bound, p)
            if sub:
                out[k] = sub
        else:
            out[k] = v
    return out


def leaves(rem: dict[str, Any], bound: list[Path], prefix: Path = ()) -> dict[Path, Any]:
    out: dict[Path, Any] = {}
    for k, v in rem.items():
        p = (*prefix, k)
        if isinstance(v, dict) and _partly_bound(p, bound):
            out.update(leaves(v, bound, p))
        else:
            out[p] = v
    return out


class AdvancedJson(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        note = QLabel(self.tr("Parts of this record that the form does not show, as JSON. They are kept "
                         "when you save; edit them here only if you know the data model."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.editor = QPlainTextEdit(self)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setTabChangesFocus(True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setAccessibleName(self.tr("Other fields (JSON)"))
        layout.addWidget(self.editor, 1)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self._bound: list[Path] = []
        self._loaded: dict[str, Any] = {}
        self._loaded_text = "{}"
        self._loading = False
        self.editor.textChanged.connect(self._edited)

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    @staticmethod
    def _dump(rem: dict[str, Any]) -> str:
        return json.dumps(rem, ensure_ascii=False, indent=2) if rem else "{}"

    def _set_text(self, text: str) -> None:
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False

    def load(self, doc: dict[str, Any], bound: list[Path]) -> None:
        self._bound = list(bound)
        self._loaded = remainder(doc, self._bound)
        self._loaded_text = self._dump(self._loaded)
        self._set_text(self._loaded_text)

    def set_from(self, doc: dict[str, Any], bound: list[Path]) -> None:
        """Show ``doc``'s remainder without changing what counts as saved."""
        self._set_text(self._dump(remainder(doc, list(bound))))

    def _parsed(self) -> Any:
        text = self.editor.toPlainText().strip()
        if not text:
            return {}
        return json.loads(text)

    def parse_error(self) -> str | None:
        try:
            value = self._parsed()
        except json.JSONDecodeError as exc:
            return self.tr("not valid JSON (line {line}, column {column})").format(
                line=exc.lineno, column=exc.colno)
        if not isinstance(value, dict):
            return self.tr("must be a JSON object {…}")
        return None

    def dirty(self) -> bool:
        if self.editor.toPlainText() == self._loaded_text:
            return False
        try:
            return not same(self._parsed(), self._loaded)
        except json.JSONDecodeError:
            return True

    def store(self, doc: dict[str, Any]) -> None:
        if not self.dirty() or self.parse_error():
            return
        new = self._parsed()
        old_leaves = leaves(self._loaded, self._bound)
        new_leaves = leaves(new, self._bound)
        for p in old_leaves:
            if p not in new_leaves:
                paths.put(doc, p, EMPTY)
        for p, v in new_leaves.items():
            if p not in old_leaves or not same(old_leaves[p], v):
                paths.put(doc, p, v)

    def wipe(self) -> None:
        self._loaded = {}
        self._loaded_text = "{}"
        self._set_text("")
        self.editor.document().clearUndoRedoStacks()
        self.error.set_problems([])
