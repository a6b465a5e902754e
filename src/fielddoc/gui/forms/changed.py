"""A record changed by someone else while it was open in a form (compare-and-set, docs/hq-safety.md §1).

The form keeps the user's typed text and offers *Show the current version…*: this dialog shows
the version now stored (read-only, selectable, so it can be compared and copied) and lets the
user base their edit on it; their next save then replaces that version, knowingly.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from fielddoc.gui.widgets.plain import plain_label


class CurrentVersionDialog(QDialog):
    """The stored version of a record, beside the form that still holds the user's text."""

    def __init__(self, parent: QWidget, doc: dict[str, Any], revision: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The current version"))
        self.revision = revision
        layout = QVBoxLayout(self)
        self.note = plain_label(self.tr(
            "This is revision {revision}, as it is stored now. Your typed text stays in the form: "
            "compare, copy what you need, then base your edit on this version and save again."
        ).format(revision=revision), parent=self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True))
        self.text.setAccessibleName(self.tr("The current version"))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(self)
        self.base_button = QPushButton(self.tr("&Base my edit on this version"), self)
        buttons.addButton(self.base_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 480)
