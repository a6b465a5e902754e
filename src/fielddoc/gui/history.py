"""A record's revisions, with who and when, and what changed between them.

The diff is field by field (nested paths such as ``public_access.status`` or
``defendants[1].presence``), old → new; it is computed from the full-snapshot
revisions the core keeps (``Records.history``).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fielddoc import i18n
from fielddoc.errors import FieldDocError
from fielddoc.gui import a11y
from fielddoc.gui.widgets import paths
from fielddoc.gui.widgets.common import EMPTY, same, wipe_tree
from fielddoc.gui.widgets.plain import plain_label, plain_tip, shown, shown_lines

Change = tuple[str, Any, Any]  # path, old (EMPTY = absent), new (EMPTY = removed)


def diff_docs(old: Any, new: Any, prefix: tuple[paths.Key, ...] = ()) -> list[Change]:
    """Field-level differences between two documents, in document order."""
    if same(old, new):
        return []
    if isinstance(old, dict) and isinstance(new, dict):
        out: list[Change] = []
        for key in [*old.keys(), *[k for k in new if k not in old]]:
            out += diff_docs(old.get(key, EMPTY), new.get(key, EMPTY), (*prefix, key))
        return out
    if isinstance(old, list) and isinstance(new, list):
        out = []
        for i in range(max(len(old), len(new))):
            out += diff_docs(old[i] if i < len(old) else EMPTY, new[i] if i < len(new) else EMPTY,
                             (*prefix, i))
        return out
    return [(paths.render(prefix) or "(record)", old, new)]


def show_value(value: Any) -> str:
    if value is EMPTY:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class HistoryDialog(QDialog):
    """Revisions of one record and the changes each made."""

    def __init__(self, records: Any, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.record_id = record_id
        self.setWindowTitle(self.tr("History"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.summary = plain_label(parent=self)
        layout.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.revisions = QListWidget(split)
        self.revisions.setMinimumWidth(340)
        self.revisions.setWordWrap(True)
        self.revisions.currentRowChanged.connect(self._show)
        self.diff = QTableWidget(0, 3, split)
        self.diff.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.diff.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diff.setWordWrap(True)
        self.diff.verticalHeader().hide()
        header = self.diff.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        a11y.name(self.revisions, self.tr("Revisions"))
        a11y.name(self.diff, self.tr("Changes in the selected revision"))
        split.addWidget(self.revisions)
        split.addWidget(self.diff)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.history: list[Any] = []
        self.load()

    def _op(self, op: str) -> str:
        return {
            "create": self.tr("created"),
            "update": self.tr("edited"),
            "delete": self.tr("deleted"),
            "import": self.tr("imported"),
            "conflict": self.tr("conflicting edit"),
        }.get(op, op)

    def load(self) -> None:
        self.revisions.clear()
        try:
            self.history = self.records.history(self.record_id)
        except FieldDocError as exc:
            self.summary.setText(exc.render(i18n.translate))
            self.history = []
            return
        self.summary.setText(self.tr(
            "%n revision(s). Each is a full snapshot, hash-linked to the one before.", "", len(self.history)))
        for rev in self.history:
            when = str(rev.at)[:19].replace("T", " ")
            text = self.tr("Revision {n} · {when} · {op}\nby {author} on device {device}").format(
                n=rev.revision, when=shown(when), op=shown(self._op(rev.op)), author=shown(rev.author),
                device=shown(str(rev.device_id)[:12]))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, rev.revision)
            self.revisions.addItem(item)
        if self.history:
            self.revisions.setCurrentRow(len(self.history) - 1)

    def changes(self, index: int) -> list[Change]:
        """The changes made by revision number ``index`` (0-based) relative to the one before."""
        if not 0 <= index < len(self.history):
            return []
        before = self.history[index - 1].doc if index > 0 else {}
        return diff_docs(before, self.history[index].doc)

    def _show(self, index: int) -> None:
        changes = self.changes(index)
        self.diff.setRowCount(len(changes))
        for r, (path, old, new) in enumerate(changes):
            for c, value in enumerate((path, show_value(old), show_value(new))):
                text = shown_lines(value)  # record text: control characters visible
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tip(value) if len(text) > 60 else "")
                self.diff.setItem(r, c, item)
        self.diff.resizeRowsToContents()

    def clear_sensitive(self) -> None:
        self.history = []
        self.revisions.clear()
        self.diff.setRowCount(0)
        self.summary.clear()
        wipe_tree(self)
