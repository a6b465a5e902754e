"""Who was in detention on a given day (records.defendants.detained_on), on the statistics page."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models import labels
from fielddoc.gui.models.pages import titles
from fielddoc.gui.models.session import Session, alive
from fielddoc.gui.views.filter_bar import DATE_PATTERN
from fielddoc.gui.widgets.plain import shown
from fielddoc.records.defendants import detained_on

_DAY = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")


def _rows(session: Session, day: str) -> list[tuple[str, str, str, str]]:
    """(person, case, procedure code, detention id) of every detention in force on ``day``."""
    found = detained_on(session.records, day)
    names = titles(session.records.store, {str(d.get("person_id")) for d in found}
                   | {str(d.get("case_id") or d.get("related_case_id")) for d in found})
    out = []
    for d in found:
        pid, cid = str(d.get("person_id") or ""), str(d.get("case_id") or d.get("related_case_id") or "")
        out.append((names.get(pid, pid), names.get(cid, cid), str(d.get("procedure") or ""),
                    str(d.get("id"))))
    return sorted(out, key=lambda r: r[0].lower())


class DetainedCard(QFrame):
    """A day, a button, and the people in detention on that day."""

    error = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detainedOn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.session = session
        self.title = role_label(role="subheading")
        self.day_label = QLabel()
        self.day = QLineEdit()
        self.day.setValidator(QRegularExpressionValidator(QRegularExpression(DATE_PATTERN), self))
        self.day.setMaximumWidth(110)
        self.day_label.setBuddy(self.day)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.refresh)
        self.day.returnPressed.connect(self.refresh)
        self.count = role_label(role="muted")
        self.model = QStandardItemModel(0, 3, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(140)
        top = QHBoxLayout()
        for w in (self.day_label, self.day, self.show_button, self.count):
            top.addWidget(w)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Detained on a day"))
        self.day_label.setText(self.tr("&Day:"))
        self.day.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.show_button.setText(self.tr("Show"))
        self.table.setAccessibleName(self.tr("People in detention on the day"))
        self.model.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Case"), self.tr("Procedure")])

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def refresh(self, *, wait: bool = False) -> None:
        day = self.day.text().strip()
        if not _DAY.match(day):
            self.count.setText(self.tr("Type a day as YYYY-MM-DD."))
            return
        session = self.session
        if wait:
            self._show(_rows(session, day))
            return
        session.runner.submit(lambda _p: _rows(session, day), on_success=alive(self, self._show),
                              on_failure=alive(self, self.error.emit))

    def _show(self, rows: list[Any]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for person, case, procedure, _rid in rows:
            self.model.appendRow([QStandardItem(shown(person)), QStandardItem(shown(case)),
                                  QStandardItem(labels.vocab_label("procedure", procedure))])
        self.count.setText(self.tr("{n} in detention").format(n=len(rows)))

    def clear(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.count.clear()
