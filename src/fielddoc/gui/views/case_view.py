"""A case at a glance: its timeline (hearings, detentions, related incidents,
procedural steps), the people involved, and the record picked on either."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models import labels
from fielddoc.gui.models.case_models import PeopleModel, TimelineModel
from fielddoc.gui.models.case_overview import CaseOverview, case_overview
from fielddoc.gui.models.defendants_model import DefendantsModel
from fielddoc.gui.models.session import Session, alive
from fielddoc.gui.views.detail_pane import DetailPane
from fielddoc.gui.views.timeline import TimelineWidget
from fielddoc.gui.widgets.plain import shown
from fielddoc.records.calendar import CalendarEntry, upcoming


class CaseView(QWidget):
    edit_requested = Signal(str, str)
    history_requested = Signal(str)
    delete_requested = Signal(str, str)
    new_requested = Signal(str, object)  # kind, defaults
    titled = Signal(str)
    error = Signal(object)

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.session = session
        self.case_id = case_id
        self.overview: CaseOverview | None = None
        self.timeline_model = TimelineModel(self)
        self.people_model = PeopleModel(self)
        self.title = role_label(role="heading")
        self.title.setProperty("sensitive", True)
        self.facts = role_label(role="muted")
        self.today = dt.date.today()
        self.upcoming_entries: list[CalendarEntry] = []
        self.upcoming = role_label()
        self.upcoming.setObjectName("caseUpcoming")
        self.upcoming.setProperty("sensitive", True)
        self.new_hearing = QPushButton()
        self.new_hearing.setProperty("primary", True)
        self.new_hearing.clicked.connect(lambda: self.new_requested.emit("hearing", {"case_id": case_id}))
        self.new_detention = QPushButton()
        self.new_detention.clicked.connect(
            lambda: self.new_requested.emit("detention", {"related_case_id": case_id}))
        self.edit_case = QPushButton()
        self.edit_case.clicked.connect(lambda: self.edit_requested.emit(case_id, "case"))
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.load)
        self.timeline = TimelineWidget(self.timeline_model)
        self.timeline.activated.connect(self._picked)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.timeline)
        self.timeline_label = role_label(role="subheading")
        self.people_label = role_label(role="subheading")
        self.people = QTableView()
        self.people.setModel(self.people_model)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.verticalHeader().setVisible(False)
        self.people.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.people.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.people.clicked.connect(
            lambda idx: self.detail.show_record(self.people_model.person_id(idx.row())))
        self.people.doubleClicked.connect(
            lambda idx: self.edit_requested.emit(self.people_model.person_id(idx.row()) or "", "person"))
        # every defendant across the hearings: presence, custody, counsel, charges, allegations, verdict
        self.defendants_model = DefendantsModel(self)
        self.defendants = QTableView()
        self.defendants.setObjectName("caseDefendants")
        self.defendants.setModel(self.defendants_model)
        self.defendants.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.defendants.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.defendants.verticalHeader().setVisible(False)
        self.defendants.clicked.connect(
            lambda idx: self.detail.show_record(self.defendants_model.person_id(idx.row())))
        self.detail = DetailPane(session.records, case_button=False)
        self.detail.edit_requested.connect(self.edit_requested)
        self.detail.history_requested.connect(self.history_requested)
        self.detail.delete_requested.connect(self.delete_requested)

        head = QVBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.facts)
        head.addWidget(self.upcoming)
        actions = QHBoxLayout()
        for b in (self.new_hearing, self.new_detention, self.edit_case, self.reload_button):
            actions.addWidget(b)
        actions.addStretch(1)
        head.addLayout(actions)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.timeline_label)
        ll.addWidget(scroll, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        people_box = QWidget()
        pl = QVBoxLayout(people_box)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.people_label)
        pl.addWidget(self.people)
        self.lists = QTabWidget()
        self.lists.addTab(people_box, "")
        self.lists.addTab(self.defendants, "")
        right.addWidget(self.lists)
        right.addWidget(self.detail)
        right.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 440])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(head)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_hearing.setText(labels.new_label("hearing"))
        self.new_detention.setText(labels.new_label("detention"))
        self.edit_case.setText(self.tr("Edit case"))
        self.reload_button.setText(self.tr("Refresh"))
        self.timeline_label.setText(self.tr("Timeline"))
        self.people_label.setText(self.tr("People involved"))
        self.lists.setTabText(0, self.tr("&People"))
        self.lists.setTabText(1, self.tr("&Defendants"))
        self.defendants.setAccessibleName(self.tr("Defendants across the hearings"))
        self.timeline.empty_text = self.tr("Nothing dated in this case yet.")
        self._facts()
        self._upcoming()
        self.timeline.update()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def load(self, *, wait: bool = False) -> None:
        rec, cid, store, today = self.session.records, self.case_id, self.session.store, self.today

        def work() -> tuple[CaseOverview, list[CalendarEntry]]:
            return case_overview(rec, cid), upcoming(store, cid, today)

        if wait:
            self._show(work())
            return
        self.session.runner.submit(lambda _p: work(), on_success=alive(self, self._show),
                                   on_failure=alive(self, self.error.emit))

    def _show(self, value: tuple[CaseOverview, list[CalendarEntry]]) -> None:
        ov, self.upcoming_entries = value
        self._upcoming()
        self.overview = ov
        self.title.setText(shown(ov.title))
        self.timeline_model.set_events(ov.events)
        self.people_model.set_people(ov.people)
        self.defendants_model.set_defendants(ov.defendants, ov.names)
        self._facts()
        self.titled.emit(shown(ov.title))

    def _facts(self) -> None:
        ov = self.overview
        if ov is None:
            self.facts.setText("")
            return
        d = ov.doc
        parts = [str(d.get("official_case_number") or ""),
                 labels.vocab_label("case_type", d.get("case_type")),
                 labels.vocab_label("stage", d.get("stage"))]
        counts = self.tr("Hearings: {hearings} · Detentions: {detentions} · People: {people}").format(
            hearings=ov.counts.get("hearing", 0), detentions=ov.counts.get("detention", 0),
            people=ov.counts.get("person", 0))
        self.facts.setText(shown(" · ".join([p for p in parts if p] + [counts])))

    def _upcoming(self) -> None:
        entries = self.upcoming_entries
        if not entries:
            self.upcoming.setText(self.tr("Upcoming: no scheduled hearing."))
            return
        lines = []
        for e in entries[:5]:
            parts = [f"{e.day} {e.time}".strip()]
            if e.court_name:
                parts.append(shown(e.court_name))
            parts.append(", ".join(shown(n) for n in e.monitor_names) if e.monitor_names
                         else self.tr("no monitor assigned"))
            lines.append(" · ".join(parts))
        more = len(entries) - 5
        text = self.tr("Upcoming: {hearings}").format(hearings="; ".join(lines))
        if more > 0:
            text += " " + self.tr("(and {n} more)").format(n=more)
        self.upcoming.setText(text)

    def _picked(self, record_id: str, _kind: str) -> None:
        self.detail.show_record(record_id)

    def clear(self) -> None:
        self.overview = None
        self.timeline_model.clear()
        self.people_model.clear()
        self.defendants_model.clear()
        self.detail.clear()
        self.title.clear()
        self.facts.clear()
        self.upcoming_entries = []
        self.upcoming.clear()

