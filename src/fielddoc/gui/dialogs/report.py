"""Making a PDF report: hearing report, case summary or period report, with a preview.

Where the work happens:

* the report's CONTENT (:mod:`fielddoc.reports.content`, Qt-free, reads the
  vault) is built on the task runner's worker thread;
* the PAGES are laid out and painted on the GUI thread. :mod:`fielddoc.reports.pdf`
  is not safe to run beside the GUI: its PySide reference-count workaround
  (``_keeping_none_alive``) compares the process-wide reference count of
  ``None`` before and after a render and calls ``gc.collect()``, which on a
  worker thread would count the GUI thread's references as its own and could
  destroy GUI-owned Qt objects on the wrong thread; it also registers fonts in
  the application's font database. A render takes a fraction of a second per
  few pages, so the dialog shows a busy indicator (and a wait cursor) instead.

Nothing is written anywhere but to the file the user names (``pdf.save_pdf``,
atomic); the default file name carries no record text. The preview images and
the report are dropped when the dialog closes, which the main window also
does when the vault locks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fielddoc import i18n as core_i18n
from fielddoc.gui import a11y, theme
from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.files import pick_save_file
from fielddoc.gui.dialogs.report_build import ReportBuilding
from fielddoc.gui.dialogs.report_pickers import ReportPickers
from fielddoc.gui.i18n import NATIVE_NAMES, is_language_change
from fielddoc.gui.models.report_choices import (
    LANGUAGES,
    REPORT_KINDS,
    ReportOptions,
    default_file_name,
    last_month,
    normalise_current,
)
from fielddoc.gui.models.session import Session
from fielddoc.gui.tasks import Task
from fielddoc.gui.widgets.case_selection import CaseSelectionBox
from fielddoc.gui.widgets.report_preview import ClickLabel, PreviewArea, restyle
from fielddoc.platform import cloud
from fielddoc.reports.model import Report

ZOOM_STEP = 1.25


class ReportDialog(ReportPickers, ReportBuilding, QDialog):
    """Choose a report, preview it, save it as a PDF."""

    loaded = Signal()  # the pickers are filled
    previewed = Signal()  # a preview is on screen (or a message saying why not)
    saved = Signal(str)  # the path written

    def __init__(self, session: Session, current: tuple[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self._session = session
        self._current = normalise_current(current)
        self._task: Task | None = None
        self._closed = False
        self._ready = False
        self._report: Report | None = None
        self._report_options: ReportOptions | None = None
        self._after_build: str | None = None  # "save" when the build was asked for by Save
        self._device_only: set[str] = set()
        self.last_message = ""

        # -- what -------------------------------------------------------------------
        self.heading = role_label(role="subheading")
        self.intro = role_label(role="muted")
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for i, kind in enumerate(REPORT_KINDS):
            b = QRadioButton()
            self.kind_group.addButton(b, i)
            self.kind_buttons[kind] = b
        self.hearing = QComboBox()
        self.case = QComboBox()
        for combo in (self.hearing, self.case):
            combo.setProperty("sensitive_items", True)  # record titles: wiped on lock
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            combo.setEnabled(False)
        first, last = last_month()
        self.date_from = QDateEdit(QDate(first.year, first.month, first.day))
        self.date_to = QDateEdit(QDate(last.year, last.month, last.day))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.from_label = QLabel()
        self.to_label = QLabel()
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
        period = QWidget()
        pform = QFormLayout(period)
        pform.setContentsMargins(0, 0, 0, 0)
        pform.addRow(self.from_label, self.date_from)
        pform.addRow(self.to_label, self.date_to)
        self.cases_filter = CaseSelectionBox()  # only some cases (tag, priority, offence, extremist)
        pform.addRow(self.cases_filter)
        self.period = period
        #: what each report type needs chosen; only the current one is shown
        self.targets: dict[str, QWidget] = {"hearing": self.hearing, "case": self.case, "period": period}

        # -- how ---------------------------------------------------------------------
        self.language = QComboBox()
        for lang in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[lang], lang)
        interface = core_i18n.language()
        self.language.setCurrentIndex(LANGUAGES.index(interface) if interface in LANGUAGES else 0)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.edition_label = QLabel()
        self.edition = QComboBox()
        self.edition.addItem("", "internal")
        self.edition.addItem("", "public")
        self.edition.addItem("", "partners")
        self.edition_label.setBuddy(self.edition)
        self.edition_note = role_label(role="muted")
        self.edition_note.setVisible(False)
        self.marking_label = QLabel()
        self.marking = QLabel()
        self.marking.setObjectName("reportMarking")
        self.marking.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.marking_note = role_label(role="muted")
        self.include = QCheckBox()
        self.include_text = ClickLabel(self.include)
        self.include_warning = role_label(role="warning")
        self.include_warning.setVisible(False)
        self.plaintext_note = role_label(role="muted")

        # -- buttons and status ---------------------------------------------------------
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setVisible(False)
        self.status = role_label(role="muted")
        self.buttons = QDialogButtonBox()
        self.preview_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setProperty("primary", True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)

        # -- preview -------------------------------------------------------------------
        self.preview_area = PreviewArea()
        self.page_count = QLabel()
        self.page_count.setObjectName("reportPageCount")
        self.fit_button = QToolButton()
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.zoom_out = QToolButton()
        self.zoom_out.setText("−")
        self.zoom_in = QToolButton()
        self.zoom_in.setText("+")
        self.zoom_label = QLabel()
        self.fit_button.toggled.connect(self.preview_area.set_fit)
        self.zoom_out.clicked.connect(lambda: self.preview_area.step_zoom(1 / ZOOM_STEP))
        self.zoom_in.clicked.connect(lambda: self.preview_area.step_zoom(ZOOM_STEP))
        self.preview_area.zoom_changed.connect(self._zoom_shown)

        # -- layout ---------------------------------------------------------------------
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.intro)
        self.type_label = role_label(role="subheading")
        left.addSpacing(4)
        left.addWidget(self.type_label)
        for kind in REPORT_KINDS:
            left.addWidget(self.kind_buttons[kind])
        for widget in self.targets.values():
            left.addWidget(widget)
        left.addSpacing(6)
        self.options_label = role_label(role="subheading")
        left.addWidget(self.options_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.language_label, self.language)
        form.addRow(self.edition_label, self.edition)
        form.addRow(self.marking_label, self.marking)
        left.addLayout(form)
        left.addWidget(self.marking_note)
        left.addWidget(self.edition_note)
        include_row = QHBoxLayout()
        include_row.addWidget(self.include, 0, Qt.AlignmentFlag.AlignTop)
        include_row.addWidget(self.include_text, 1)
        left.addLayout(include_row)
        left.addWidget(self.include_warning)
        left.addWidget(self.plaintext_note)
        left.addStretch(1)
        left.addWidget(self.busy)
        left.addWidget(self.status)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setFixedWidth(380)
        tools = QHBoxLayout()
        tools.addWidget(self.page_count, 1)
        tools.addWidget(self.zoom_out)
        tools.addWidget(self.zoom_label)
        tools.addWidget(self.zoom_in)
        tools.addWidget(self.fit_button)
        right = QVBoxLayout()
        right.addLayout(tools)
        right.addWidget(self.preview_area, 1)
        body = QHBoxLayout()
        body.addWidget(left_widget)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        # -- wiring -----------------------------------------------------------------------
        self.kind_group.idToggled.connect(self._kind_toggled)
        self.include.toggled.connect(self._include_toggled)
        self.edition.currentIndexChanged.connect(self._edition_changed)
        self.cases_filter.changed.connect(self._options_changed)
        for combo in (self.hearing, self.case, self.language):
            combo.currentIndexChanged.connect(self._options_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._options_changed)

        kind = self._current[0] if self._current else None
        start = "hearing" if kind == "hearing" else "case" if kind in ("case", "detention") else "period"
        self.kind_buttons[start].setChecked(True)
        self._show_target(start)
        self.resize(1100, 760)
        self.retranslate()
        self._set_buttons()
        self._load()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Make a report"))
        self.heading.setText(self.tr("Make a PDF report"))
        a11y.name(self.preview_area, self.tr("Report preview"))
        self.intro.setText(self.tr("Preview the report, then save it as a PDF where you choose."))
        self.type_label.setText(self.tr("Report"))
        self.kind_buttons["hearing"].setText(self.tr("&Hearing report"))
        self.kind_buttons["case"].setText(self.tr("&Case summary"))
        self.kind_buttons["period"].setText(self.tr("&Period report"))
        self.hearing.setAccessibleName(self.tr("Hearing"))
        self.case.setAccessibleName(self.tr("Case"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.options_label.setText(self.tr("Options"))
        self.language_label.setText(self.tr("Report &language:"))
        self.edition_label.setText(self.tr("&Edition:"))
        self.edition.setItemText(0, self.tr("Internal"))
        self.edition.setItemText(1, self.tr("Public (TLP:CLEAR)"))
        self.edition.setItemText(2, self.tr("Partners (TLP:GREEN)"))
        self._edition_note()
        self.marking_label.setText(self.tr("Marking:"))
        self.include_text.setText(self.tr("&Include device-only records and contact details"))
        self.include.setAccessibleName(self.include_text.text().replace("&", ""))
        self.include_warning.setText(self.tr(
            "The report may then show records kept only on this device and people's contact details; "
            "if it shows a device-only record, it is marked TLP:RED. Share it with no one who may not "
            "see them."))
        self.plaintext_note.setText(self.tr(
            "The PDF is not encrypted. Keep it only where it is safe."))
        self.preview_button.setText(self.tr("Pre&view"))
        self.save_button.setText(self.tr("&Save PDF…"))
        self.fit_button.setText(self.tr("Fit &width"))
        self.fit_button.setToolTip(self.tr("Scale the pages to the width of the preview"))
        self.zoom_out.setToolTip(self.tr("Zoom out"))
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.preview_area.placeholder.setText(self.tr("Press Preview to see the report here."))
        self._marking_shown()
        self._pages_shown()
        self._zoom_shown()
        if not self._ready:
            self._placeholders(self.tr("Loading…"))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _placeholders(self, text: str) -> None:
        for combo in (self.hearing, self.case):
            if not combo.isEnabled():
                combo.clear()
                combo.addItem(text, None)

    def _tlp_text(self, tlp: str) -> str:
        return {
            "CLEAR": self.tr("TLP:CLEAR – may be shared publicly."),
            "GREEN": self.tr("TLP:GREEN – may be shared within the community, not publicly."),
            "AMBER": self.tr("TLP:AMBER – only within your organisation and those who need to know."),
            "AMBER+STRICT": self.tr("TLP:AMBER+STRICT – only within your organisation."),
            "RED": self.tr("TLP:RED – only for the people it is given to; do not share it further."),
        }.get(tlp, f"TLP:{tlp}")

    def _marking_shown(self) -> None:
        report = self._report
        if report is None:
            self.marking.setStyleSheet("")
            self.marking.setText("—")
            self.marking_note.setText(self.tr(
                "Set from the most restrictive record the report shows; known after Preview."))
            return
        ink = theme.TLP_COLOURS.get(report.tlp, theme.TLP_COLOURS["CLEAR"]).name()
        self.marking.setStyleSheet(f"QLabel {{ background: #000000; color: {ink}; font-weight: 600; "
                                   "padding: 2px 8px; border-radius: 3px; }")
        self.marking.setText(f"TLP:{report.tlp}")
        self.marking_note.setText(self._tlp_text(report.tlp))

    def _pages_shown(self) -> None:
        n = self.preview_area.page_count()
        self.page_count.setText(self.tr("Pages: {n}").format(n=n) if n else "")

    def _zoom_shown(self) -> None:
        has = bool(self.preview_area.images)
        self.zoom_label.setText(f"{self.preview_area.zoom_percent()} %" if has else "")
        for w in (self.zoom_in, self.zoom_out, self.fit_button):
            w.setEnabled(has)
        if self.fit_button.isChecked() != self.preview_area.fit:
            self.fit_button.blockSignals(True)
            self.fit_button.setChecked(self.preview_area.fit)
            self.fit_button.blockSignals(False)

    def _say(self, text: str, role: str = "muted") -> None:
        self.last_message = text
        restyle(self.status, role)
        self.status.setText(text)

    # -- options -------------------------------------------------------------------------------
    def kind(self) -> str:
        return REPORT_KINDS[max(0, self.kind_group.checkedId())]

    def options(self) -> ReportOptions | None:
        """The chosen options, or None (with a message) if something is missing."""
        kind = self.kind()
        lang = str(self.language.currentData() or "en")
        edition = str(self.edition.currentData() or "internal")
        include = self.include.isChecked() and edition == "internal"
        if kind in ("hearing", "case"):
            combo = self.hearing if kind == "hearing" else self.case
            target = combo.currentData()
            if not target:
                self._say(self.tr("Choose a hearing first.") if kind == "hearing"
                          else self.tr("Choose a case first."), "error")
                return None
            if target in self._device_only and not include:
                self._say(self.tr("This record is kept only on this device. Tick “Include device-only "
                                  "records and contact details” to make a report on it."), "error")
                return None
            return ReportOptions(kind, str(target), None, None, lang, include, edition)
        start, end = self.date_from.date(), self.date_to.date()
        if start > end:
            self._say(self.tr("The period ends before it starts. Check the dates."), "error")
            return None
        sel = self.cases_filter.selection()
        return ReportOptions(kind, None, start.toString("yyyy-MM-dd"), end.toString("yyyy-MM-dd"), lang,
                             include, edition, sel if sel.active else None)

    def _options_changed(self, *_args: Any) -> None:
        if self._report is not None:
            self._report = None
            self._report_options = None
            self._marking_shown()
            self._say(self.tr("The options changed. Press Preview to see the report with them."))
        self._set_buttons()

    def _set_buttons(self) -> None:
        idle = self._task is None
        self.preview_button.setEnabled(idle and self._ready)
        self.save_button.setEnabled(idle and self._ready)
        for b in self.kind_buttons.values():
            b.setEnabled(idle)
        self.include.setEnabled(idle and self.edition.currentData() == "internal")
        self.edition.setEnabled(idle)
        self.language.setEnabled(idle)

    # -- saving ----------------------------------------------------------------------------------
    def ask_save_path(self) -> str | None:
        """Where to save: a file dialog that leaves no folder history behind."""
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        # never a folder the cloud copies (OneDrive's Known Folder Move, iCloud's Documents)
        folder = cloud.first_unsynced([docs, str(Path.home())], Path.home())
        suggested = str(Path(folder) / default_file_name())
        title, pdfs = self.tr("Save the report as PDF"), self.tr("PDF files (*.pdf)")
        return pick_save_file(self, title, suggested, pdfs, "pdf")

    # -- closing and locking ---------------------------------------------------------------------------
    def clear_preview(self) -> None:
        """Forget the report and its page images (on close, and when the vault locks)."""
        self._report = None
        self._report_options = None
        self.preview_area.clear()
        self._pages_shown()
        self._zoom_shown()
        self._marking_shown()

    def is_busy(self) -> bool:
        return self._task is not None

    def done(self, result: int) -> None:  # closing for any reason: Close, Esc, the lock
        self._closed = True
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.clear_preview()
        for combo in (self.hearing, self.case):
            combo.clear()
        super().done(result)
