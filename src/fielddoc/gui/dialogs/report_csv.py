"""Exporting the records as CSV tables for analysts (``fielddoc export-csv`` in the desktop app).

The files are PLAINTEXT, so the dialog says so up front and Export stays
disabled until the user ticks "I understand the files will be unencrypted".
They are written only into the folder the user chooses (the folder picker
erases Qt's record of visited folders, :mod:`.files`); FieldDoc CSV files
already there are overwritten only after an explicit yes.

Device-only records (with the links to them) and people's contact details are
left out unless ticked, each with its own warning, as the CLI's
``--include-device-only`` and ``--include-contact``.

The work runs on the task runner with progress and Cancel. The core
(:func:`fielddoc.records.csv_export.write_csv_export`) writes every file to a
temporary sibling first and moves them into place only when all are ready, so
a cancelled or failed export leaves the folder as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fielddoc.gui import theme
from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.dialogs.exchange_common import ask, fit_height
from fielddoc.gui.dialogs.files import pick_folder
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models.session import Session, alive
from fielddoc.gui.tasks import Cancelled, Progress, Task
from fielddoc.gui.widgets.case_selection import CaseSelectionBox
from fielddoc.gui.widgets.plain import shown
from fielddoc.gui.widgets.report_preview import ClickLabel, restyle
from fielddoc.platform import cloud
from fielddoc.records import csv_export
from fielddoc.records.case_selection import CaseSelection
from fielddoc.records.service import Records


def run_export(session: Session, folder: Path, include_device_only: bool, include_contact: bool,
               progress: Progress, edition: str = "internal",
               selection: CaseSelection | None = None) -> csv_export.CsvExport:
    """The export (worker thread). Reads from ``session.store``: the vault, or the HQ store.
    ``edition``: internal, public (TLP:CLEAR) or partners (TLP:GREEN), docs/csv-format.md."""
    shared = edition in ("public", "partners")  # never device-only records or contact details
    return csv_export.write_csv_export(Records(session.store), folder,
                                       include_device_only=include_device_only and not shared,
                                       include_contact=include_contact and not shared,
                                       progress=progress.report, edition=edition, selection=selection)


def _mix(colour: Any, weight: float) -> str:
    """``colour`` blended with the scheme's base colour (``weight`` = share of the colour)."""
    base = theme.colour("BASE")
    r, g, b = (round(bc + (c - bc) * weight) for c, bc in ((colour.red(), base.red()),
                                                          (colour.green(), base.green()),
                                                          (colour.blue(), base.blue())))
    return f"#{r:02x}{g:02x}{b:02x}"


class CsvExportDialog(QDialog):
    """Choose a folder and what to include; write the CSV tables and the codebook there."""

    exported = Signal(object)  # csv_export.CsvExport
    finished_work = Signal()  # an export ended: written, cancelled, failed or declined

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvExportDialog")
        self._session = session
        self._task: Task | None = None
        self._closed = False
        self._result: csv_export.CsvExport | None = None
        self._folder: Path | None = None
        self.question: QMessageBox | None = None
        self.last_message = ""

        self.heading = role_label(role="subheading")
        self.intro = role_label(role="muted")

        # -- the plaintext warning, with the acknowledgement ---------------------------------
        self.warning_box = QFrame()
        self.warning_box.setObjectName("csvPlaintextWarning")
        self.warning_box.setStyleSheet(
            f"QFrame#csvPlaintextWarning {{ background: {_mix(theme.WARNING, 0.10)}; "
            f"border: 1px solid {theme.WARNING.name()}; border-radius: 6px; }}")
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning_icon.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.warning_title = QLabel()
        self.warning_title.setWordWrap(True)
        self.warning_title.setStyleSheet(f"QLabel {{ color: {theme.WARNING.name()}; font-size: 11pt; "
                                         "font-weight: 600; background: transparent; border: none; }")
        self.warning_text = QLabel()
        self.warning_text.setWordWrap(True)
        self.warning_text.setStyleSheet("QLabel { background: transparent; border: none; }")
        self.understand = QCheckBox()
        self.understand_text = ClickLabel(self.understand)
        self.understand_text.setStyleSheet(
            "QLabel { font-weight: 600; background: transparent; border: none; }")
        ack = QHBoxLayout()
        ack.addWidget(self.understand, 0, Qt.AlignmentFlag.AlignTop)
        ack.addWidget(self.understand_text, 1)
        texts = QVBoxLayout()
        texts.addWidget(self.warning_title)
        texts.addWidget(self.warning_text)
        texts.addSpacing(4)
        texts.addLayout(ack)
        box = QHBoxLayout(self.warning_box)
        box.setContentsMargins(12, 10, 12, 10)
        box.setSpacing(12)
        box.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(texts, 1)

        # -- where -------------------------------------------------------------------------
        self.folder_label = role_label(role="subheading")
        self.folder = QLineEdit()
        self.folder.setClearButtonEnabled(True)
        self.browse = QPushButton()
        self.browse.setAutoDefault(False)  # Enter means Export, never the folder picker
        self.browse.clicked.connect(self._browse)
        self.folder_label.setBuddy(self.folder)

        # -- what --------------------------------------------------------------------------
        self.content_label = role_label(role="subheading")
        self.device_only = QCheckBox()
        self.device_only_text = ClickLabel(self.device_only)
        self.device_only_warning = role_label(role="warning")
        self.device_only_warning.setVisible(False)
        self.contact = QCheckBox()
        self.contact_text = ClickLabel(self.contact)
        self.contact_warning = role_label(role="warning")
        self.contact_warning.setVisible(False)
        self.public = QCheckBox()
        self.public_text = ClickLabel(self.public)
        self.public_note = role_label(role="muted")
        self.public_note.setVisible(False)
        self.partners = QCheckBox()
        self.partners_text = ClickLabel(self.partners)
        self.partners_note = role_label(role="muted")
        self.partners_note.setVisible(False)

        # -- progress, result, buttons ----------------------------------------------------------
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.status = role_label(role="muted")
        self.files = QTreeWidget()
        self.files.setObjectName("csvExportFiles")
        self.files.setColumnCount(2)
        self.files.setRootIsDecorated(True)
        self.files.setUniformRowHeights(True)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.header().setStretchLastSection(False)
        self.files.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.files.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.files.setMinimumHeight(220)
        self.files.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setProperty("primary", True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self._close_or_cancel)

        # -- layout ----------------------------------------------------------------------------
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addWidget(self.warning_box)
        layout.addSpacing(6)
        layout.addWidget(self.folder_label)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(self.content_label)
        for check, text, warning in ((self.device_only, self.device_only_text, self.device_only_warning),
                                     (self.contact, self.contact_text, self.contact_warning),
                                     (self.public, self.public_text, self.public_note),
                                     (self.partners, self.partners_text, self.partners_note)):
            line = QHBoxLayout()
            line.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            layout.addLayout(line)
            layout.addWidget(warning)
        self.cases_filter = CaseSelectionBox()  # only some cases and their records
        layout.addWidget(self.cases_filter)
        layout.addSpacing(6)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.files, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)

        # -- wiring -------------------------------------------------------------------------------
        self.understand.toggled.connect(self._set_buttons)
        self.folder.textChanged.connect(self._set_buttons)
        self.device_only.toggled.connect(self._device_only_toggled)
        self.contact.toggled.connect(self._contact_toggled)
        self.public.toggled.connect(self._public_toggled)
        self.partners.toggled.connect(self._partners_toggled)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)

        self.setMinimumWidth(600)
        self.retranslate()
        self._set_buttons()
        self.resize(660, self.sizeHint().height())  # grows when warnings or the result show

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export tables (CSV)"))
        self.heading.setText(self.tr("Export the records as CSV tables"))
        self.intro.setText(self.tr(
            "One CSV file per record type and per nested list, and codebook.csv, which explains every "
            "column. For analysis in a spreadsheet or a statistics program."))
        self.warning_title.setText(self.tr("The CSV files are NOT encrypted"))
        self.warning_text.setText(self.tr(
            "Anyone who can open the folder, the drive or a copy of it can read every record in the "
            "files, without a passphrase. Choose a folder on an encrypted drive, give the files only to "
            "people who may see these records, and delete them when you are done."))
        self.understand_text.setText(self.tr("I &understand the files will be unencrypted"))
        self.understand.setAccessibleName(self.understand_text.text().replace("&", ""))
        self.folder_label.setText(self.tr("&Folder"))
        self.folder.setPlaceholderText(self.tr("Choose the folder to write the files into"))
        self.folder.setAccessibleName(self.tr("Folder"))
        self.browse.setText(self.tr("C&hoose…"))
        self.content_label.setText(self.tr("Content"))
        self.device_only_text.setText(self.tr("Include &device-only records"))
        self.device_only.setAccessibleName(self.device_only_text.text().replace("&", ""))
        self.device_only_warning.setText(self.tr(
            "Records kept only on this device, and the links to them, will then be in the files in plain "
            "text. They are meant never to leave this device: keep these files to yourself."))
        self.public_text.setText(self.tr("&Public edition (TLP:CLEAR)"))
        self.public.setAccessibleName(self.public_text.text().replace("&", ""))
        self.public_note.setText(self.tr(
            "Only records marked TLP:CLEAR, no sources without consent to publication, and a pseudonym "
            "for everyone who did not consent to publication; no device-only records or contact details."))
        self.partners_text.setText(self.tr("Pa&rtners edition (TLP:GREEN)"))
        self.partners.setAccessibleName(self.partners_text.text().replace("&", ""))
        self.partners_note.setText(self.tr(
            "Only records marked up to TLP:GREEN, no sources whose consent does not allow sharing with "
            "partners, and a pseudonym for everyone else; no device-only records or contact details."))
        self.contact_text.setText(self.tr("Include people's &contact details"))
        self.contact.setAccessibleName(self.contact_text.text().replace("&", ""))
        self.contact_warning.setText(self.tr(
            "Phone numbers, addresses and other contact details will then be in persons.csv in plain "
            "text. Leave them out unless the analysis needs them."))
        self.files.setHeaderLabels([self.tr("File"), self.tr("Rows")])
        self.files.setAccessibleName(self.tr("Files written"))
        self.export_button.setText(self.tr("&Export"))
        self.close_button.setText(self.tr("Cancel") if self._task is not None else self.tr("Close"))
        self._set_buttons()
        if self._result is not None and self._folder is not None:
            self._show_result(self._result, self._folder)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _say(self, text: str, role: str = "muted") -> None:
        self.last_message = text
        restyle(self.status, role)
        self.status.setText(text)

    def _hint(self) -> str:
        """Why Export is disabled ("" if it is not)."""
        if not self.understand.isChecked() and not self.folder.text().strip():
            return self.tr("Choose a folder and tick “I understand the files will be unencrypted” to "
                           "export.")
        if not self.understand.isChecked():
            return self.tr("Tick “I understand the files will be unencrypted” to export.")
        if not self.folder.text().strip():
            return self.tr("Choose a folder to export.")
        return ""

    # -- state ---------------------------------------------------------------------------------
    def _set_buttons(self, *_args: Any) -> None:
        idle = self._task is None and self.question is None
        ready = self.understand.isChecked() and bool(self.folder.text().strip())
        self.export_button.setEnabled(idle and ready)
        self.export_button.setDefault(idle and ready)
        for w in (self.understand, self.folder, self.browse, self.device_only, self.contact, self.public,
                  self.partners, self.cases_filter):
            w.setEnabled(idle)
        if self.public.isChecked() or self.partners.isChecked():
            self.device_only.setEnabled(False)
            self.contact.setEnabled(False)
        if idle and self._result is None and self.last_message in ("", *self._hints()):
            self._say(self._hint())

    def _hints(self) -> tuple[str, ...]:
        return (
            self.tr("Choose a folder and tick “I understand the files will be unencrypted” to export."),
            self.tr("Tick “I understand the files will be unencrypted” to export."),
            self.tr("Choose a folder to export."),
        )

    def _device_only_toggled(self, checked: bool) -> None:
        self.device_only_warning.setVisible(checked)
        fit_height(self)

    def _public_toggled(self, checked: bool) -> None:
        if checked:
            self.partners.setChecked(False)  # one edition at a time
            self.device_only.setChecked(False)
            self.contact.setChecked(False)
        self.public_note.setVisible(checked)
        self._set_buttons()

    def _partners_toggled(self, checked: bool) -> None:
        if checked:
            self.public.setChecked(False)
            self.device_only.setChecked(False)
            self.contact.setChecked(False)
        self.partners_note.setVisible(checked)
        self._set_buttons()

    def _contact_toggled(self, checked: bool) -> None:
        self.contact_warning.setVisible(checked)
        fit_height(self)

    def _browse(self) -> None:
        chosen = self.ask_folder()
        if chosen:
            self.folder.setText(chosen)

    def ask_folder(self) -> str | None:
        """The folder picker (it leaves no folder history behind); tests replace it."""
        return pick_folder(self, self.tr("Choose the folder for the CSV files"))

    # -- exporting -------------------------------------------------------------------------------
    def chosen_folder(self) -> Path | None:
        """The folder typed or chosen, or None (with a message) if it cannot be used."""
        text = self.folder.text().strip()
        if not text:
            self._say(self.tr("Choose a folder to export."), "error")
            return None
        folder = Path(text).expanduser()
        if not folder.is_absolute():
            self._say(self.tr("Give the full path of the folder (or use Choose…)."), "error")
            return None
        if folder.exists() and not folder.is_dir():
            self._say(self.tr("{name} is a file, not a folder. Choose a folder.").format(
                name=shown(folder.name)), "error")
            return None
        return folder

    def export(self) -> None:
        if self._task is not None or self.question is not None or not self.understand.isChecked():
            return
        self._result = None  # a new attempt: the last result's list would only confuse
        self.files.clear()
        self.files.setVisible(False)
        folder = self.chosen_folder()
        if folder is None:
            return
        clash = csv_export.existing_outputs(folder)
        if not clash:
            self._start(folder)
            return
        names = ", ".join(shown(p.name) for p in clash[:4]) + (", …" if len(clash) > 4 else "")
        self.question = ask(
            self, self.tr("Replace the earlier export?"),
            self.tr("This folder already holds FieldDoc CSV files (%n file(s)).", "", len(clash)),
            self.tr("{names}\n\nExporting here replaces them with the new files. Other files in the folder "
                    "are left alone.").format(names=names),
            self.tr("&Replace them"), self.tr("&Keep them"),
            lambda yes: self._answered(yes, folder),
            icon=QMessageBox.Icon.Warning)
        self._set_buttons()

    def _answered(self, yes: bool, folder: Path) -> None:
        self.question = None
        if not shiboken6.isValid(self) or self._closed:
            return
        if yes:
            self._start(folder)
            return
        self._set_buttons()
        self._say(self.tr("Nothing was written. Choose another folder, or export again and replace the "
                          "files."))
        self.finished_work.emit()

    def _start(self, folder: Path) -> None:
        if self._session.vault.is_locked:
            return
        session = self._session
        device_only, contact = self.device_only.isChecked(), self.contact.isChecked()
        edition = ("public" if self.public.isChecked() else
                   "partners" if self.partners.isChecked() else "internal")
        chosen = self.cases_filter.selection()
        selection = chosen if chosen.active else None
        self._result = None
        self._folder = folder
        self.files.clear()
        self.files.setVisible(False)
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self._say(self.tr("Exporting…"))
        self._task = session.runner.submit(
            lambda p: run_export(session, folder, device_only, contact, p, edition, selection),
            on_success=self._guard(self._done), on_failure=self._guard(self._failed))
        self.close_button.setText(self.tr("Cancel"))
        self._timer.start()
        self._set_buttons()

    def _guard(self, fn: Any) -> Any:
        """A task callback that does nothing once the dialog closed (or was deleted)."""
        return alive(self, lambda value: None if self._closed else fn(value))

    def _tick(self) -> None:
        if self._task is not None and self._task.progress.total:
            self.bar.setRange(0, self._task.progress.total)
            self.bar.setValue(min(self._task.progress.done, self._task.progress.total))

    def _finish(self) -> None:
        self._task = None
        self._timer.stop()
        self.bar.setVisible(False)
        self.close_button.setText(self.tr("Close"))
        self._set_buttons()

    def _done(self, result: csv_export.CsvExport) -> None:
        self._finish()
        self._result = result
        assert self._folder is not None
        self._show_result(result, self._folder)
        self.exported.emit(result)
        self.finished_work.emit()

    def _show_result(self, result: csv_export.CsvExport, folder: Path) -> None:
        parts = [self.tr("Wrote %n file(s) to {folder}.", "", len(result.files)).format(folder=shown(folder))]
        if result.withheld:
            parts.append(self.tr("Device-only records left out: {n}.").format(n=result.withheld))
        parts.append(self.tr("The files are not encrypted: keep them only where it is safe and delete "
                             "them when you are done."))
        synced = cloud.plaintext_warning(folder)  # OneDrive, iCloud Drive, Dropbox, Google Drive
        if synced:
            parts.append(shown(synced))
        self._say(" ".join(parts), "warning")
        self.files.clear()
        locale = QLocale()
        mains: dict[str, QTreeWidgetItem] = {}
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        # one line per record type, its child files under it, codebook.csv last
        for f in sorted(result.files, key=lambda f: (not f.main, not f.kind, f.path.name)):
            item = QTreeWidgetItem([f.path.name, locale.toString(f.rows)])
            item.setTextAlignment(1, right)
            if f.main:
                self.files.addTopLevelItem(item)
                mains[f.kind] = item
            elif f.kind and f.kind in mains:
                mains[f.kind].addChild(item)
            else:
                self.files.addTopLevelItem(item)
        self.files.expandAll()
        self.files.setVisible(True)
        fit_height(self)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self._say(self.tr("Export cancelled. No file in the folder was written or changed."), "error")
        else:
            self._say(self._failure_text(exc), "error")
        self.finished_work.emit()

    def _failure_text(self, exc: BaseException) -> str:
        if isinstance(exc, PermissionError):
            return self.tr("FieldDoc may not write in that folder. Choose another one. Nothing was written.")
        if isinstance(exc, FileNotFoundError | NotADirectoryError):
            return self.tr("That folder cannot be used. Choose another one. Nothing was written.")
        if isinstance(exc, OSError):
            return self.tr("The files could not be written there ({reason}). Choose another folder. "
                           "Nothing was written.").format(reason=exc.strerror or type(exc).__name__)
        return message_for(exc)

    # -- closing ------------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._task is not None

    def _close_or_cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            return
        self.accept()

    def reject(self) -> None:
        # Esc while exporting cancels the export; a lock (the vault is locked by then) closes.
        if self._task is not None and not self._session.vault.is_locked:
            self._task.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:  # closing for any reason: Close, Esc, the lock
        self._closed = True
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._timer.stop()
        if self.question is not None and shiboken6.isValid(self.question):
            self.question.reject()
        self.question = None
        self.files.clear()
        self._result = None
        super().done(result)
