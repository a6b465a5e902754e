"""Briefings (HQ -> field): HQ's "Brief a device…" and the device's "Import briefing…".

The same core functions as ``fielddoc hq brief`` (:func:`fielddoc.hq.briefing.make_briefing`) and
``fielddoc briefing import`` (:func:`fielddoc.bundle.briefing.import_briefing`), on the task
runner. After an import the monitor's assignments are listed, new ones marked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fielddoc.bundle.briefing import Assignment, BriefingImport, import_briefing
from fielddoc.errors import FieldDocError
from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.dialogs.exchange_common import ExchangeDialog
from fielddoc.gui.dialogs.files import pick_folder, pick_open_file
from fielddoc.gui.models.session import Session
from fielddoc.gui.widgets.plain import shown
from fielddoc.hq.briefing import BriefingResult, assigned_monitors, make_briefing, remembered_monitor
from fielddoc.hq.devices import list_devices
from fielddoc.records import vocab
from fielddoc.records.service import Records


@dataclass(frozen=True)
class _Shown:
    """An assignment with the names the device has for its case and court."""

    a: Assignment
    case: str
    court: str


class BriefDeviceDialog(ExchangeDialog):
    """HQ: the next briefing for one device, with its monitor's scheduled hearings."""

    def __init__(self, session: Session, parent: QWidget | None = None, folder: str = "") -> None:
        super().__init__(session, parent)
        self.setObjectName("briefDeviceDialog")
        self.result_value: BriefingResult | None = None
        self.intro = role_label(role="muted")
        self.device = QComboBox()
        self.device_label = QLabel()
        self.device_label.setBuddy(self.device)
        self.monitor = QComboBox()
        self.monitor_label = QLabel()
        self.monitor_label.setBuddy(self.monitor)
        self.folder = QLineEdit(folder)
        self.folder.textChanged.connect(self._update_buttons)
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.buttons = QDialogButtonBox()
        self.start = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setProperty("primary", True)
        self.start.clicked.connect(self.run)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.device_label, self.device)
        form.addRow(self.monitor_label, self.monitor)
        form.addRow(self.folder_label, row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self._devices: list[dict] = []
        self._monitors: list[tuple[str, str]] = []
        hq = session.hq
        try:
            if hq is not None:
                self._devices = [d for d in list_devices(hq) if d["status"] != "revoked"]
                self._monitors = assigned_monitors(hq)
        except FieldDocError as exc:
            error = exc
            self.set_status("error", lambda: message_for(error))
        for d in self._devices:
            self.device.addItem("", d["device"])
        for person_id, _name in self._monitors:
            self.monitor.addItem("", person_id)
        self.device.currentIndexChanged.connect(self._pick_remembered)
        self._pick_remembered()
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Brief a device"))
        self.intro.setText(self.tr(
            "A briefing gives a monitor's device the scheduled hearings the monitor is assigned to and "
            "the case records they need. It is signed by HQ and encrypted to that device only."))
        self.device_label.setText(self.tr("&Device"))
        self.monitor_label.setText(self.tr("&Monitor"))
        self.folder_label.setText(self.tr("&Folder"))
        self.folder.setPlaceholderText(self.tr("Where to write the briefing"))
        self.browse.setText(self.tr("Choose…"))
        self.start.setText(self.tr("&Write briefing"))
        for i, d in enumerate(self._devices):
            label = f" — {shown(d['label'])}" if d.get("label") else ""
            self.device.setItemText(i, f"{shown(d['device'])}{label}")
        for i, (person_id, name) in enumerate(self._monitors):
            self.monitor.setItemText(i, f"{shown(name)} ({shown(person_id)})")
        if not self._devices and self._status_text is None:
            self.set_status("muted", lambda: self.tr("No device is enrolled yet."))
        elif not self._monitors and self._status_text is None:
            self.set_status("muted", lambda: self.tr(
                "No monitor is assigned to a hearing yet: add assignments to scheduled hearings first."))
        super().retranslate()

    def _pick_remembered(self) -> None:
        hq, device = self._session.hq, self.device.currentData()
        if hq is None or device is None:
            return
        remembered = remembered_monitor(hq, device)
        if remembered is not None and (i := self.monitor.findData(remembered)) >= 0:
            self.monitor.setCurrentIndex(i)

    def _browse(self) -> None:
        chosen = pick_folder(self, self.tr("Choose where to write the briefing"))
        if chosen:
            self.folder.setText(chosen)

    def _update_buttons(self) -> None:
        self.start.setEnabled(self._task is None and self.device.count() > 0 and self.monitor.count() > 0
                              and bool(self.folder.text().strip()))

    def run(self) -> None:
        text, device = self.folder.text().strip(), self.device.currentData()
        monitor = self.monitor.currentData()
        hq = self._session.hq
        if not text or device is None or monitor is None or hq is None:
            return
        folder = Path(text).expanduser()
        if not folder.is_dir():
            self.set_status("error", lambda: self.tr(
                "The folder {path} does not exist. Choose an existing folder.").format(path=shown(folder)))
            return
        self._submit(lambda: make_briefing(hq, device, folder, monitor_id=monitor), self._done,
                     lambda: self.tr("Writing the briefing…"))

    def _done(self, r: BriefingResult) -> None:
        self._finish()
        self.result_value = r
        self.set_status("ok", lambda: self.tr(
            "Briefing {n} written: {name} in {folder}. Hearings: {hearings}, records: {records}. Give it "
            "to the monitor; only device {device} can open it.").format(
                n=r.sequence, name=shown(r.path.name), folder=shown(r.path.parent), hearings=r.hearings,
                records=r.records, device=shown(r.device)))


class ImportBriefingDialog(ExchangeDialog):
    """Field device: verify and merge HQ's briefing, then list the monitor's assignments."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, path: str = "") -> None:
        super().__init__(session, parent)
        self.setObjectName("importBriefingDialog")
        self.result_value: BriefingImport | None = None
        self._rows: list[_Shown] = []
        self.heading = role_label(role="subheading")
        self.intro = role_label(role="muted")
        self.path = QLineEdit(path)
        self.path.textChanged.connect(self._update_buttons)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.import_button = QPushButton()
        self.import_button.setProperty("primary", True)
        self.import_button.clicked.connect(self.run)
        self.assignments = QTreeWidget()
        self.assignments.setObjectName("briefingAssignments")
        self.assignments.setRootIsDecorated(False)
        self.assignments.setColumnCount(6)
        self.assignments.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.assignments, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(720)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import briefing"))
        self.heading.setText(self.tr("Import a briefing from HQ"))
        self.intro.setText(self.tr(
            "A briefing holds the hearings HQ assigned to you and the case records they need. It is "
            "accepted only if it is signed by one of your HQ recipients and written for this device. "
            "A record you changed meanwhile is never overwritten: both versions are kept."))
        self.path.setPlaceholderText(self.tr("Briefing file from HQ (.age)"))
        self.browse.setText(self.tr("Choose…"))
        self.import_button.setText(self.tr("&Import"))
        self.assignments.setAccessibleName(self.tr("Your assignments"))
        self.assignments.setHeaderLabels([
            self.tr("When"), self.tr("Case"), self.tr("Court"), self.tr("Mode"), self.tr("Assignment"),
            self.tr("New"),
        ])
        self._fill()
        super().retranslate()

    def _browse(self) -> None:
        chosen = pick_open_file(self, self.tr("Choose a briefing from HQ"),
                                self.tr("FieldDoc briefings (*.age);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def _update_buttons(self) -> None:
        idle = self._task is None
        self.import_button.setEnabled(idle and bool(self.path.text().strip()))
        self.browse.setEnabled(idle)

    def run(self) -> None:
        text = self.path.text().strip()
        if not text or self._task is not None:
            return
        vault, path = self._session.vault, Path(text).expanduser()

        def work() -> tuple[BriefingImport, list[_Shown]]:
            res = import_briefing(vault, path)
            rec = Records(vault)
            ids = {i for a in res.assignments for i in (a.case_id, a.court_id) if i}
            titles = {i: rec.meta(i).get("title") or i for i in rec.exists(ids)}
            return res, [_Shown(a, titles.get(a.case_id or "", a.case_id or ""),
                                titles.get(a.court_id or "", a.court_id or "")) for a in res.assignments]

        self._submit(work, self._done, lambda: self.tr("Checking the briefing…"))

    def _done(self, value: tuple[BriefingImport, list[_Shown]]) -> None:
        self._finish()
        self.result_value, self._rows = value
        r = self.result_value
        self.set_status("ok", lambda: self.summary(r))
        self._fill()
        if not r.already_imported:
            self.changed.emit()

    def summary(self, r: BriefingImport) -> str:
        if r.already_imported:
            return self.tr("Briefing {n} from {name} was already imported; nothing changed.").format(
                n=r.sequence, name=shown(r.hq_name))
        text = self.tr("Briefing {n} accepted from {name} ({fingerprint}): records: {records}, new "
                       "revisions: {revisions}. Your assignments: {assigned}, new or changed: {new}.").format(
            n=r.sequence, name=shown(r.hq_name), fingerprint=shown(r.hq), records=r.records,
            revisions=r.new_revisions, assigned=len(r.assignments), new=sum(a.new for a in r.assignments))
        if r.missing:
            text += " " + self.tr("Earlier briefings that never arrived here: {n}; ask HQ.").format(
                n=r.missing)
        if r.conflicts:
            text += " " + self.tr(
                "Changed here and at HQ (both versions kept, see their history): {n}. Your version goes to "
                "HQ with your next export.").format(n=len(r.conflicts))
        v = r.vocabulary
        if v:
            text += " " + self.tr(
                "Vocabulary from HQ: new tags: {tags}; new legal codes: {added}; legal codes updated by HQ: "
                "{updated}; already built in, kept as they are: {kept}.").format(
                tags=", ".join(shown(t) for t in v.tags_added) or "0",
                added=", ".join(shown(c) for c in v.codes_added) or "0",
                updated=", ".join(shown(c) for c in v.codes_updated) or "0",
                kept=", ".join(shown(c) for c in v.codes_kept) or "0")
        return text

    def _fill(self) -> None:
        self.assignments.clear()
        for s in self._rows:
            a = s.a
            item = QTreeWidgetItem([
                shown(a.scheduled_start or a.date or ""), shown(s.case), shown(s.court),
                vocab.label("assignment_mode", a.mode or "", self._lang()),
                vocab.label("assignment_status", a.status or "", self._lang()),
                self.tr("new") if a.new else "",
            ])
            self.assignments.addTopLevelItem(item)
        self.assignments.setVisible(bool(self._rows))

    def _lang(self) -> str:
        from fielddoc.i18n import language

        return language()
