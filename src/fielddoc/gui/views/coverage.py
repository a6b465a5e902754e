"""HQ's coverage table: hearings held vs monitored per case, court or month, and monitor workload
(:func:`fielddoc.hq.coverage.coverage`, as ``fielddoc hq coverage``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models.session import Session, alive
from fielddoc.gui.widgets.plain import shown
from fielddoc.hq.coverage import GROUPINGS, Coverage, CoverageRow, coverage


def _table() -> QTableWidget:
    t = QTableWidget()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return t


class CoverageDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageDialog")
        self._session = session
        self.result_value: Coverage | None = None
        self.by = QComboBox()
        for g in GROUPINGS:
            self.by.addItem("", g)
        self.by_label = QLabel()
        self.by_label.setBuddy(self.by)
        self.by.currentIndexChanged.connect(lambda _i: self.load())
        self.heading = role_label(role="subheading")
        self.table = _table()
        self.table.setObjectName("coverageTable")
        self.workload_heading = role_label(role="subheading")
        self.workload = _table()
        self.workload.setObjectName("workloadTable")
        self.status = role_label(role="muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.by_label)
        bar.addWidget(self.by)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.workload_heading)
        layout.addWidget(self.workload, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(860, 600)
        self.retranslate()
        self.load()

    def load(self) -> None:
        store, by = self._session.store, self.by.currentData()
        self._session.runner.submit(lambda _p: coverage(store, by), on_success=alive(self, self._show),
                                    on_failure=alive(self, self._failed))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(message_for(exc))

    def _show(self, cov: Coverage) -> None:
        self.result_value = cov
        self._fill()

    def _row(self, r: CoverageRow, label: str) -> list[str]:
        share = "—" if r.share is None else f"{round(100 * r.share)}%"
        return [label, str(r.held), str(r.monitored), share, str(r.scheduled), str(r.assigned),
                str(r.hearings)]

    def _fill(self) -> None:
        cov = self.result_value
        if cov is None:
            return
        rows = [self._row(r, shown(r.label) or self.tr("(none recorded)")) for r in cov.rows]
        rows.append(self._row(cov.total, self.tr("Total")))
        self.table.setRowCount(len(rows))
        for i, cells in enumerate(rows):
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.workload.setRowCount(len(cov.workload))
        for i, w in enumerate(cov.workload):
            cells = [shown(w.name), str(w.by_status["assigned"] + w.by_status["confirmed"]),
                     str(w.by_status["declined"]), str(w.attended_held), str(w.by_status["missed"]),
                     str(w.upcoming)]
            for j, text in enumerate(cells):
                self.workload.setItem(i, j, QTableWidgetItem(text))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Coverage"))
        self.by_label.setText(self.tr("&Group by"))
        for i, text in enumerate((self.tr("Case"), self.tr("Court"), self.tr("Month"))):
            self.by.setItemText(i, text)
        self.heading.setText(self.tr("Hearings held and monitored"))
        self.workload_heading.setText(self.tr("Monitor workload"))
        self.table.setAccessibleName(self.heading.text())
        self.workload.setAccessibleName(self.workload_heading.text())
        self.table.setColumnCount(7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Group"), self.tr("Held"), self.tr("Monitored"), self.tr("Share monitored"),
            self.tr("Scheduled"), self.tr("With an assignment"), self.tr("Hearings")])
        self.workload.setColumnCount(6)
        self.workload.setHorizontalHeaderLabels([
            self.tr("Monitor"), self.tr("Assigned or confirmed"), self.tr("Declined"),
            self.tr("Present at held hearings"), self.tr("Missed"), self.tr("Upcoming")])
        self._fill()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
