"""Import records from a JSON file in the interchange schema (on the task runner).

The core reads the file as a stream and writes it in one transaction, checking
references once the whole file is read, so the result is all or nothing; a
cancelled import changes nothing either.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fielddoc.gui import a11y
from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.dialogs.files import pick_open_file
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models import labels
from fielddoc.gui.models.session import Session, alive
from fielddoc.gui.tasks import Cancelled, Progress, Task
from fielddoc.records import interchange, interchange_stream


def _run_import(session: Session, path: Path, progress: Progress) -> interchange.ImportResult:
    progress.check()
    return interchange_stream.import_file(session.records, path, progress=progress.report)


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportResult

    def __init__(self, session: Session, parent: QWidget | None = None, path: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self._session = session
        self._task: Task | None = None
        self.result_value: interchange.ImportResult | None = None
        self.heading = role_label(role="subheading")
        self.intro = role_label(role="muted")
        self.path = QLineEdit(path)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.status = role_label()
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.start = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setProperty("primary", True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start.clicked.connect(self.run)
        self.close_button.clicked.connect(self._close_or_cancel)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import records"))
        self.heading.setText(self.tr("Import records from a JSON file"))
        a11y.name(self.path, self.tr("JSON file to import"))
        a11y.name(self.problems, self.tr("Problems found in the file"))
        self.intro.setText(self.tr(
            "The file is checked as a whole first. Either every record in it is imported, or nothing "
            "is. Records already in the vault are updated; importing the same file twice changes "
            "nothing."))
        self.browse.setText(self.tr("Choose…"))
        self.path.setPlaceholderText(self.tr("File in the FieldDoc interchange format (.json)"))
        self.start.setText(self.tr("Import"))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _browse(self) -> None:
        chosen = pick_open_file(self, self.tr("Choose a file to import"), self.tr("JSON files (*.json)"))
        if chosen:
            self.path.setText(chosen)

    def run(self) -> None:
        text = self.path.text().strip()
        if not text or self._task is not None:
            return
        path = Path(text).expanduser()
        session = self._session
        self.problems.clear()
        self.problems.setVisible(False)
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.status.setProperty("role", "muted")
        self.status.setText(self.tr("Checking and importing…"))
        self.start.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self._task = session.runner.submit(lambda p: _run_import(session, path, p),
                                           on_success=alive(self, self._done),
                                           on_failure=alive(self, self._failed))
        self._timer.start()

    def _tick(self) -> None:
        if self._task is not None and self._task.progress.total:
            self.bar.setRange(0, self._task.progress.total)
            self.bar.setValue(min(self._task.progress.done, self._task.progress.total))

    def _finish(self) -> None:
        self._task = None
        self._timer.stop()
        self.bar.setVisible(False)
        self.start.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    def _done(self, result: interchange.ImportResult) -> None:
        self._finish()
        self.result_value = result
        self.status.setProperty("role", "ok")
        self.status.setText(self.summary(result))
        self.imported.emit(result)

    def summary(self, result: Any) -> str:
        added = ", ".join(f"{labels.plural(kind)}: {n}" for kind, n in sorted(result.added.items()))
        return self.tr("Imported. New: {added}. Updated: {updated}. Unchanged: {unchanged}.").format(
            added=added or self.tr("none"), updated=result.updated, unchanged=result.unchanged)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.status.setProperty("role", "error")
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Import cancelled. Nothing was changed."))
            return
        self.status.setText(self.tr("Nothing was imported:"))
        self.problems.setPlainText(message_for(exc))
        self.problems.setVisible(True)

    def _close_or_cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            return
        self.accept()

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
            return
        super().reject()
