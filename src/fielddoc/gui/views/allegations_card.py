"""Torture allegations by court response (records.allegation_counts), on the statistics page.

The page's period applies; a case can narrow it. Counted on the task runner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models import labels
from fielddoc.gui.models.session import Session, alive
from fielddoc.gui.models.stats import generation
from fielddoc.gui.widgets.pickers import RecordContext, RecordPicker
from fielddoc.records.allegation_counts import NOT_RECORDED, AllegationCounts, allegation_counts


class AllegationsCard(QFrame):
    """A case (optional), a button, and allegations and distinct persons per court response."""

    error = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allegationsByResponse")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.session = session
        self._cache: dict[tuple[Any, ...], AllegationCounts] = {}  # counts only, never record text
        self.period: tuple[str | None, str | None] = (None, None)
        self.counts: AllegationCounts | None = None
        self.title = role_label(role="subheading")
        self.note = role_label(role="muted")
        self.case_label = QLabel()
        self.case = RecordPicker(RecordContext(session.records), ("case",), create=False)
        self.case_label.setBuddy(self.case.edit)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(lambda: self.refresh())
        self.total = role_label(role="muted")
        self.model = QStandardItemModel(0, 3, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(200)
        top = QHBoxLayout()
        top.addWidget(self.case_label)
        top.addWidget(self.case, 1)
        top.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.total)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Torture allegations by court response"))
        self.note.setText(self.tr("Hearings in the period above; a person who alleged torture at several "
                                  "hearings counts once among the persons."))
        self.case_label.setText(self.tr("&Case:"))
        self.case.edit.setPlaceholderText(self.tr("All cases"))
        self.show_button.setText(self.tr("Count"))
        self.table.setAccessibleName(self.tr("Torture allegations by court response"))
        self.model.setHorizontalHeaderLabels([self.tr("Court response"), self.tr("Allegations"),
                                              self.tr("Persons")])
        if self.counts is not None:
            self._show(self.counts)

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def set_period(self, date_from: str | None, date_to: str | None) -> None:
        self.period = (date_from, date_to)

    def refresh(self, *, wait: bool = False) -> None:
        picked = self.case.value()
        case_id = picked if isinstance(picked, str) and picked else None
        records, (dfrom, dto) = self.session.records, self.period

        cache = self._cache

        def run(_p: Any) -> AllegationCounts:
            # As the rest of the page (models/stats.py): counted again only when a record changed.
            key = (generation(records.store), case_id, dfrom, dto)
            hit = cache.get(key)
            if hit is None:
                hit = allegation_counts(records, case_id=case_id, date_from=dfrom, date_to=dto)
                cache.clear()
                cache[key] = hit
            return hit

        if wait:
            self._show(run(None))
            return
        self.session.runner.submit(run, on_success=alive(self, self._show),
                                   on_failure=alive(self, self.error.emit))

    def _show(self, counts: AllegationCounts) -> None:
        self.counts = counts
        self.model.removeRows(0, self.model.rowCount())
        for r in counts.rows:
            label = (self.tr("Not recorded") if r.response == NOT_RECORDED
                     else labels.vocab_label("court_response", r.response))
            self.model.appendRow([QStandardItem(label), QStandardItem(str(r.allegations)),
                                  QStandardItem(str(r.persons))])
        self.total.setText(self.tr(
            "All allegations: {n}, persons: {persons}, in {k} of {hearings} hearings"
        ).format(n=counts.allegations, persons=counts.persons, k=counts.hearings_with,
                 hearings=counts.hearings))

    def clear(self) -> None:
        self.counts = None
        self.model.removeRows(0, self.model.rowCount())
        self.total.clear()
