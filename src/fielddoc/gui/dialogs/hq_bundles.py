"""The exchange at HQ: import bundles from field devices, write receipts for them.

Bundles are imported one after another on the task runner, each all or
nothing (``fielddoc.hq.importer.import_bundle``, as ``fielddoc hq import``).
A bundle from a device HQ has not enrolled is imported only after someone
compared the device's fingerprint and said so: the importer asks through its
``confirm`` callback, which runs on the worker thread; the question is handed
to the GUI thread and the worker waits for the answer (or for Cancel).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fielddoc.bundle.errors import UnknownDevice
from fielddoc.bundle.volumes import read_header
from fielddoc.errors import FieldDocError
from fielddoc.gui import a11y, theme
from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.dialogs.exchange_common import PERMILLE, FormQuestion, permille
from fielddoc.gui.dialogs.files import bundle_folder, pick_open_files, remember_bundle_folder
from fielddoc.gui.dialogs.hq_receipts import WriteReceiptDialog
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models.session import Session, alive
from fielddoc.gui.tasks import Cancelled, Progress, Task
from fielddoc.gui.widgets.plain import plain_tip, shown
from fielddoc.hq.importer import ImportResult, import_bundle, number_ranges

WAIT_SLICE = 0.05  # seconds between looks at the Cancel button while a question is open


@dataclass
class _Question:
    path: Path
    device: str
    fingerprint: str
    event: threading.Event
    answer: bool = False


@dataclass
class Outcome:
    """What happened to one file."""

    path: Path
    state: str = "waiting"  # waiting | running | imported | already | failed | declined | cancelled
    result: ImportResult | None = None
    error: BaseException | None = None


class _TrustBridge(QObject):
    """Carries the importer's question from the worker thread to the GUI thread."""

    asked = Signal(object)  # _Question


class ImportBundlesDialog(QDialog):
    """HQ: verify and import bundle files, one line of result per file."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None,
                 paths: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importBundlesDialog")
        self._session = session
        self._task: Task | None = None
        self._outcomes: list[Outcome] = []
        self._index = -1
        self._stop = False
        self._declined: set[str] = set()
        self._imported_any = False
        self.question: FormQuestion | None = None
        self._bridge = _TrustBridge(self)
        self._bridge.asked.connect(self._ask_trust, Qt.ConnectionType.QueuedConnection)
        self.heading = role_label(role="subheading")
        self.intro = role_label(role="muted")
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._browse)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_files)
        self.table = QTableWidget(0, 2)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.current = role_label(role="muted")
        self.file_bar = QProgressBar()
        self.overall_bar = QProgressBar()
        self.file_label = QLabel()
        self.overall_label = QLabel()
        self.conflict_hint = role_label(role="warning")
        self.conflict_hint.setVisible(False)
        self.status = role_label()
        self.buttons = QDialogButtonBox()
        self.receipt_button = QPushButton()
        self.receipt_button.clicked.connect(self.write_receipt)
        self.start = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setProperty("primary", True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start.clicked.connect(self.run)
        self.close_button.clicked.connect(self._close_or_cancel)
        files_row = QHBoxLayout()
        files_row.addStretch(1)
        files_row.addWidget(self.clear_button)
        files_row.addWidget(self.add_button)
        self.progress_form = QFormLayout()
        self.progress_form.addRow(self.file_label, self.file_bar)
        self.progress_form.addRow(self.overall_label, self.overall_bar)
        self._progress_widgets = (self.current, self.file_bar, self.overall_bar, self.file_label,
                                  self.overall_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(files_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.current)
        layout.addLayout(self.progress_form)
        layout.addWidget(self.status)
        layout.addWidget(self.conflict_hint)
        bottom = QHBoxLayout()
        bottom.addWidget(self.receipt_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)
        self.setMinimumSize(760, 460)
        self._show_progress(False)
        self.status.setVisible(False)
        self.retranslate()
        if paths:
            self.add_files(paths)

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import bundles"))
        self.heading.setText(self.tr("Import bundles from field devices"))
        a11y.name(self.table, self.tr("Bundle files to import"))
        self.intro.setText(self.tr(
            "Each file is verified completely before anything in it is trusted, and is imported "
            "completely or not at all. Importing the same file twice changes nothing."))
        self.add_button.setText(self.tr("&Add files…"))
        self.clear_button.setText(self.tr("C&lear list"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result")])
        self.file_label.setText(self.tr("This file"))
        self.overall_label.setText(self.tr("All files"))
        self.conflict_hint.setText(self.tr(
            "Some records now have conflicting edits from different devices. Every version is kept; "
            "open Exchange → Resolve conflicts to review them."))
        self.receipt_button.setText(self.tr("&Write receipt for a device…"))
        self.start.setText(self.tr("&Import"))
        self.close_button.setText(self.tr("Cancel") if self._task is not None else self.tr("Close"))
        for row in range(len(self._outcomes)):
            self._show_row(row)
        self._show_summary()
        self._update_current()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def line(self, o: Outcome) -> str:
        """The translated sentence of one file's result."""
        r = o.result
        if o.state == "waiting":
            return self.tr("Waiting")
        if o.state == "running":
            return self.tr("Importing…")
        if o.state == "cancelled":
            return self.tr("Not imported: cancelled. Nothing from this file was changed.")
        if o.state == "declined":
            return self.tr(
                "Not imported: the fingerprint of device {device} was not confirmed. Nothing from this "
                "file was changed.").format(device=shown(getattr(o.error, "params", {}).get("device", "?")))
        if o.state == "failed" or r is None:
            return self.tr("Not imported: {message}").format(message=message_for(o.error or Exception()))
        if o.state == "already":
            text = self.tr("Already imported (bundle {sequence} of device {device}); nothing changed.")
            text = text.format(sequence=r.sequence, device=shown(r.device))
        else:
            text = self.tr(
                "Imported bundle {sequence} of device {device}. New revisions: {new} of {total} (new "
                "records: {records}, updated: {updated}). New files: {new_files} of {files}.").format(
                    sequence=r.sequence, device=shown(r.device), new=r.new_revisions, total=r.revisions,
                    records=r.new_records, updated=r.changed_records, new_files=r.new_files, files=r.files)
            if r.enrolled:
                text += " " + self.tr("The device is now enrolled (its fingerprint was confirmed).")
            if r.conflicts:
                text += " " + self.tr("Records with conflicting edits: {n}.").format(n=len(r.conflicts))
            if r.dangling:
                text += " " + self.tr(
                    "References to records HQ does not have: {n} (records kept on the device only, or "
                    "not sent yet).").format(n=r.dangling)
        if r.gaps:
            text += " " + self.tr("Bundles {numbers} of this device have not arrived yet.").format(
                numbers=number_ranges(r.gaps, "–"))
        if r.more:
            text += " " + self.tr("The device has more to send (the bundle reached its size limit).")
        return text

    # -- files ----------------------------------------------------------------------------------
    def _browse(self) -> None:
        vault = self._session.vault
        chosen = pick_open_files(self, self.tr("Choose bundle files"),
                                 self.tr("FieldDoc bundles (*.age);;All files (*)"), bundle_folder(vault))
        if chosen:
            try:
                remember_bundle_folder(vault, chosen)
            except FieldDocError:
                pass  # the vault is locking; the files are still added
            self.add_files(chosen)

    def add_files(self, paths: list[str]) -> None:
        if self._task is not None:
            return
        if any(o.state != "waiting" for o in self._outcomes):
            self.clear_files()  # a new run starts from a fresh list
        known = {o.path for o in self._outcomes}
        # the volumes of one bundle (bundle/volumes.py) are one import: one row for the set
        sets = {h.set_id for h in (read_header(o.path) for o in self._outcomes) if h is not None}
        for p in paths:
            path = Path(p).expanduser()
            head = read_header(path)
            if path not in known and (head is None or head.set_id not in sets):
                known.add(path)
                if head is not None:
                    sets.add(head.set_id)
                self._outcomes.append(Outcome(path))
        self._fill_table()

    def clear_files(self) -> None:
        if self._task is not None:
            return
        self._outcomes = []
        self.conflict_hint.setVisible(False)
        self.status.setVisible(False)
        self._fill_table()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._outcomes))
        for row in range(len(self._outcomes)):
            self._show_row(row)
        self._update_buttons()

    def _show_row(self, row: int) -> None:
        o = self._outcomes[row]
        name = QTableWidgetItem(shown(o.path.name))  # a file name is outside text
        name.setToolTip(plain_tip(str(o.path)))
        result = QTableWidgetItem(self.line(o))
        colour = {"imported": theme.OK, "failed": theme.DANGER, "declined": theme.DANGER,
                  "cancelled": theme.WARNING, "already": theme.MUTED}.get(o.state)
        if colour is not None:
            result.setForeground(QBrush(colour))
        self.table.setItem(row, 0, name)
        self.table.setItem(row, 1, result)
        self.table.resizeRowToContents(row)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def _update_buttons(self) -> None:
        idle = self._task is None
        pending = any(o.state == "waiting" for o in self._outcomes)
        self.start.setEnabled(idle and pending)
        self.add_button.setEnabled(idle)
        self.clear_button.setEnabled(idle and bool(self._outcomes))
        self.receipt_button.setEnabled(idle)
        self.close_button.setText(self.tr("Cancel") if not idle else self.tr("Close"))

    def _show_progress(self, on: bool) -> None:
        for w in self._progress_widgets:
            w.setVisible(on)

    # -- import -----------------------------------------------------------------------------------
    def run(self) -> None:
        if self._task is not None or not any(o.state == "waiting" for o in self._outcomes):
            return
        self._stop = False
        self._declined = set()
        self.status.setVisible(False)
        self.conflict_hint.setVisible(False)
        self.file_bar.setRange(0, PERMILLE)
        self._show_progress(True)
        self._timer.start()
        self._next()

    def _next(self) -> None:
        waiting = [i for i, o in enumerate(self._outcomes) if o.state == "waiting"]
        if self._stop or not waiting:
            self._end()
            return
        self._index = index = waiting[0]
        o = self._outcomes[index]
        o.state = "running"
        self._show_row(index)
        hq, path, bridge = self._session.hq, o.path, self._bridge

        def work(progress: Progress) -> ImportResult:
            progress.check()
            return import_bundle(hq, path, confirm=_confirm_through(bridge, progress, path),
                                 progress=progress.report)

        self._task = self._session.runner.submit(work, on_success=alive(self, self._file_done),
                                                 on_failure=alive(self, self._file_failed))
        self._update_buttons()
        self._update_current()
        self._tick()

    def _file_done(self, result: ImportResult) -> None:
        o = self._outcomes[self._index]
        o.result = result
        o.state = "already" if result.status == "already_imported" else "imported"
        if o.state == "imported":
            self._imported_any = True
        self._after_file()

    def _file_failed(self, exc: BaseException) -> None:
        o = self._outcomes[self._index]
        cancelled = isinstance(exc, Cancelled) or (self._task is not None and self._task.progress.cancelled)
        o.error = exc
        if cancelled:
            o.state = "cancelled"
            self._stop = True
        elif isinstance(exc, UnknownDevice) and exc.params.get("device") in self._declined:
            o.state = "declined"
        else:
            o.state = "failed"
        self._after_file()

    def _after_file(self) -> None:
        self._show_row(self._index)
        self._task = None
        self._next()

    def _end(self) -> None:
        self._task = None
        self._timer.stop()
        self._show_progress(False)
        self._update_buttons()
        self._show_summary()
        if self._imported_any:
            self._imported_any = False
            self.changed.emit()

    def _show_summary(self) -> None:
        done = [o for o in self._outcomes if o.state not in ("waiting", "running")]
        if not done or self._task is not None:
            return
        imported = sum(o.state == "imported" for o in done)
        already = sum(o.state == "already" for o in done)
        failed = len(done) - imported - already
        self.status.setText(self.tr("Imported: {imported}. Already imported: {already}. Not imported: "
                                    "{failed}.").format(imported=imported, already=already, failed=failed))
        self.status.setProperty("role", "error" if failed else "ok")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setVisible(True)
        conflicts = any(o.result is not None and o.result.conflicts for o in done)
        self.conflict_hint.setVisible(conflicts)

    def _update_current(self) -> None:
        if self._task is None or not 0 <= self._index < len(self._outcomes):
            return
        self.current.setText(self.tr("File {i} of {n}: {name}").format(
            i=self._index + 1, n=len(self._outcomes), name=shown(self._outcomes[self._index].path.name)))

    def _tick(self) -> None:
        if self._task is None:
            return
        p = self._task.progress
        part = permille(p.done, p.total)
        self.file_bar.setValue(part)
        n = max(1, len(self._outcomes))
        self.overall_bar.setRange(0, n * PERMILLE)
        self.overall_bar.setValue(self._index * PERMILLE + part)

    # -- trust on first use --------------------------------------------------------------------------
    @Slot(object)
    def _ask_trust(self, q: _Question) -> None:
        if q.device in self._declined or self._task is None:
            q.answer = False
            q.event.set()
            return

        def answered(yes: bool) -> None:
            self.question = None
            if not yes:
                self._declined.add(q.device)
            q.answer = yes
            q.event.set()

        # The file name is outside text (anyone with HQ's card can send a bundle): plain, escaped.
        # The fingerprint was computed by the importer from the key that signed the bundle.
        self.question = FormQuestion(
            self, self.tr("Unknown device"),
            self.tr("The bundle {name} comes from device {device}, which this HQ has not enrolled. "
                    "Its fingerprint is:").format(name=shown(q.path.name), device=shown(q.device)),
            self.tr("Compare it, group by group, with the fingerprint the monitor reads to you over a "
                    "channel you trust (in person or by phone). Trust the device only if they match "
                    "exactly; its later bundles are then accepted without asking."),
            self.tr("They match: trust and import"), self.tr("Do not import"),
            lambda yes, _text: answered(yes), fingerprint=q.fingerprint)
        self.question.text.setProperty("role", "warning")
        self.question.open()

    # -- closing --------------------------------------------------------------------------------------
    def _close_or_cancel(self) -> None:
        if self._task is not None:
            self._stop = True
            self._task.cancel()
            return
        self.accept()

    def reject(self) -> None:
        if self._task is not None:
            self._stop = True
            self._task.cancel()
            if not self._session.vault.is_locked:
                return
        super().reject()

    # -- receipts ---------------------------------------------------------------------------------------
    def write_receipt(self) -> WriteReceiptDialog | None:
        if self._task is not None:
            return None
        devices = [o.result.device for o in self._outcomes if o.result is not None]
        dialog = WriteReceiptDialog(self._session, self, preferred=devices[-1] if devices else None)
        dialog.open()
        return dialog


def _confirm_through(bridge: _TrustBridge, progress: Progress, path: Path) -> Callable[[str, str], bool]:
    """The importer's ``confirm``: runs on the worker, asks on the GUI thread, waits (or is cancelled)."""

    def confirm(device: str, fingerprint: str) -> bool:
        q = _Question(path, device, fingerprint, threading.Event())
        bridge.asked.emit(q)
        while not q.event.wait(WAIT_SLICE):
            progress.check()  # Cancel or a lock: Cancelled, and the import rolls back
        return q.answer

    return confirm
