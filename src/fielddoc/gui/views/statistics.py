"""Statistics page: hearings per month, fair-trial concerns by right, detentions
by facility type and by procedure. Figures are computed on the task runner."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QRegularExpression,
    Qt,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fielddoc.gui import theme
from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models import labels
from fielddoc.gui.models.series import SeriesModel
from fielddoc.gui.models.session import Session, alive
from fielddoc.gui.models.stats import Counted, Statistics, StatsCache
from fielddoc.gui.views.allegations_card import AllegationsCard
from fielddoc.gui.views.charts import BarChart, ColumnChart, _Chart
from fielddoc.gui.views.detained import DetainedCard
from fielddoc.gui.views.filter_bar import DATE_PATTERN
from fielddoc.records import vocab

CTX = "Statistics"
_COMPLETE = re.compile(r"\A\d{4}(-\d{2}(-\d{2})?)?\Z")
SERIES_NAMES = {
    "hearings": QT_TRANSLATE_NOOP("Statistics", "Hearings"),
    "violation": QT_TRANSLATE_NOOP("Statistics", "Apparent violation"),
    "concern": QT_TRANSLATE_NOOP("Statistics", "Concern"),
    "unassessed": QT_TRANSLATE_NOOP("Statistics", "Answer not as expected, not yet assessed"),
    "detentions": QT_TRANSLATE_NOOP("Statistics", "Detentions"),
}


def _series(key: str):  # noqa: ANN202 - a label getter
    return lambda: QCoreApplication.translate(CTX, SERIES_NAMES[key])


def _group_label(code: str) -> str:
    group = vocab.FT_GROUPS.get(code)
    return f"{code}. {group.label(labels.lang())}" if group else code


class ChartCard(QFrame):
    def __init__(self, chart: _Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.title = role_label(role="subheading")
        self.note = role_label(role="muted")
        self.chart = chart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(chart)


class StatisticsPage(QWidget):
    error = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statistics")
        self.session = session
        self.stats: Statistics | None = None
        # Figures per store generation (a visit without a change reads nothing), the whole period's
        # also kept in the vault: shown at once after unlock, marked if counted before a change.
        self.cache = StatsCache(session.vault)
        self.counted_at: str | None = None  # set while the figures shown predate a change
        self.months = SeriesModel([_series("hearings")], lambda c: c, self)
        self.concerns = SeriesModel([_series("violation"), _series("concern"), _series("unassessed")],
                                    _group_label, self)
        self.facilities = SeriesModel([_series("detentions")],
                                      lambda c: labels.vocab_label("facility_type", c), self)
        self.procedures = SeriesModel([_series("detentions")],
                                      lambda c: labels.vocab_label("procedure", c) if c != "unknown"
                                      else QCoreApplication.translate("Detail", "Unknown"), self)
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.summary = role_label(role="muted")
        self.summary.setObjectName("statsSummary")
        validator = QRegularExpressionValidator(QRegularExpression(DATE_PATTERN), self)
        self.date_from, self.date_to = QLineEdit(), QLineEdit()
        for w in (self.date_from, self.date_to):
            w.setValidator(validator)
            w.setMaximumWidth(110)
            w.setClearButtonEnabled(True)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.cards = {
            "months": ChartCard(ColumnChart(self.months)),
            "concerns": ChartCard(BarChart(self.concerns, colours=[theme.DANGER, theme.SERIES[1],
                                                                   theme.SERIES[4]])),
            "facilities": ChartCard(BarChart(self.facilities)),
            "procedures": ChartCard(BarChart(self.procedures)),
        }
        top = QHBoxLayout()
        top.addWidget(self.from_label)
        top.addWidget(self.date_from)
        top.addWidget(self.to_label)
        top.addWidget(self.date_to)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.cards["months"], 0, 0, 1, 2)
        grid.addWidget(self.cards["concerns"], 1, 0, 1, 2)
        grid.addWidget(self.cards["facilities"], 2, 0)
        grid.addWidget(self.cards["procedures"], 2, 1)
        self.detained = DetainedCard(session)  # who was in detention on a given day
        self.detained.error.connect(self.error)
        grid.addWidget(self.detained, 3, 0, 1, 2)
        self.allegations = AllegationsCard(session)  # torture allegations by court response
        self.allegations.error.connect(self.error)
        grid.addWidget(self.allegations, 4, 0, 1, 2)
        grid.setRowStretch(5, 1)
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addLayout(grid)
        bl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Statistics"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        for w in (self.date_from, self.date_to):
            w.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.refresh_button.setText(self.tr("Refresh"))
        texts = {
            "months": (self.tr("Hearings per month"), self.tr("Hearings by the month they took place.")),
            "concerns": (self.tr("Fair-trial concerns by right"),
                         self.tr("Observations from hearings and cases, by the right they concern.")),
            "facilities": (self.tr("Detentions by type of facility"),
                           self.tr("A detention counts once for every type of place it passed through.")),
            "procedures": (self.tr("Detentions by procedure"),
                           self.tr("Criminal, administrative and other.")),
        }
        for key, (title, note) in texts.items():
            self.cards[key].title.setText(title)
            self.cards[key].note.setText(note)
            self.cards[key].chart.empty_text = self.tr("Nothing recorded yet.")
            self.cards[key].chart.update()
        for model in (self.months, self.concerns, self.facilities, self.procedures):
            if model.rowCount():
                model.headerDataChanged.emit(Qt.Orientation.Vertical, 0, model.rowCount() - 1)
        self._summary()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _summary(self) -> None:
        s = self.stats
        if s is None:
            self.summary.setText(self.tr("Computing…"))
            return
        text = self.tr(
            "Hearings: {hearings} · Detentions: {detentions} · Fair-trial observations: {obs}"
        ).format(hearings=s.hearings, detentions=s.detentions, obs=s.observations)
        if self.counted_at is not None:
            when = QDateTime.fromString(self.counted_at[:19], Qt.DateFormat.ISODate)
            when.setTimeZone(QTimeZone.utc())
            text += " · " + self.tr("counted {when}; counting again with the changes since…").format(
                when=when.toLocalTime().toString("yyyy-MM-dd HH:mm") if when.isValid() else "?")
        self.summary.setText(text)

    @staticmethod
    def _date(edit: QLineEdit) -> str | None:
        text = edit.text().strip()
        return text if _COMPLETE.match(text) else None

    def refresh(self, *, wait: bool = False) -> None:
        store, dfrom, dto = self.session.store, self._date(self.date_from), self._date(self.date_to)
        self.allegations.set_period(dfrom, dto)
        self.allegations.refresh(wait=wait)
        cache = self.cache
        if wait:
            self._show(cache.get(store, dfrom, dto))
            return
        self.summary.setText(self.tr("Computing…"))
        self.session.runner.submit(lambda _p: cache.peek(store, dfrom, dto),
                                   on_success=alive(self, self._show_saved),
                                   on_failure=alive(self, self.error.emit))
        self.session.runner.submit(lambda p: cache.get(store, dfrom, dto, check=p.check),
                                   on_success=alive(self, self._show),
                                   on_failure=alive(self, self.error.emit))

    def _show_saved(self, counted: Counted | None) -> None:
        if counted is None or self.stats is not None and counted.stats == self.stats:
            return
        self._show(counted.stats, None if counted.exact else (counted.at or ""))

    def _show(self, stats: Statistics, counted_at: str | None = None) -> None:
        self.stats = stats
        self.counted_at = counted_at
        self.months.set_rows([(m, [n]) for m, n in stats.hearings_per_month])
        self.concerns.set_rows([(g, stats.concerns_by_group[g]) for g in sorted(stats.concerns_by_group)])
        self.facilities.set_rows([(c, [n]) for c, n in stats.detentions_by_facility])
        self.procedures.set_rows([(c, [n]) for c, n in stats.detentions_by_procedure])
        self._summary()

    def clear(self) -> None:
        self.stats = None
        self.counted_at = None
        self.cache.clear()
        for model in (self.months, self.concerns, self.facilities, self.procedures):
            model.clear()
        self.detained.clear()
        self.allegations.clear()

