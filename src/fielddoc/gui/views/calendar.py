"""The hearing calendar: a week or a month of hearings, filtered per court and per monitor.

Reads :func:`fielddoc.records.calendar.hearings_between` on the task runner; each day's cell lists
its hearings (time, case, court, monitors). Double-click a hearing line's day to open its record.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
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
from fielddoc.records import vocab
from fielddoc.records.calendar import CalendarEntry, filters, hearings_between

WEEK, MONTH = "week", "month"


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


class CalendarDialog(QDialog):
    """Hearings by day; ``open_requested(hearing_id)`` when a hearing is double-clicked."""

    open_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarDialog")
        self._session = session
        self.anchor = today or dt.date.today()
        self._today = self.anchor
        self.entries: list[CalendarEntry] = []
        self._cells: dict[tuple[int, int], list[CalendarEntry]] = {}
        self._loading = False
        self.mode = QComboBox()
        self.mode.addItem("", WEEK)
        self.mode.addItem("", MONTH)
        self.mode_label = QLabel()
        self.mode_label.setBuddy(self.mode)
        self.court = QComboBox()
        self.court_label = QLabel()
        self.court_label.setBuddy(self.court)
        self.monitor = QComboBox()
        self.monitor_label = QLabel()
        self.monitor_label.setBuddy(self.monitor)
        self.previous = QPushButton()
        self.today_button = QPushButton()
        self.next = QPushButton()
        self.period = role_label(role="subheading")
        self.status = role_label(role="muted")
        self.grid = QTableWidget()
        self.grid.setObjectName("calendarGrid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.cellDoubleClicked.connect(self._open)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        for w in (self.mode_label, self.mode, self.court_label, self.court, self.monitor_label, self.monitor):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.previous, self.today_button, self.next):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.period)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(980, 640)
        self._courts, self._monitors = filters(session.store)
        self.court.addItem("", None)
        for cid, name in self._courts:
            self.court.addItem(shown(name), cid)
        self.monitor.addItem("", None)
        for mid, name in self._monitors:
            self.monitor.addItem(shown(name), mid)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(+1))
        self.today_button.clicked.connect(self.go_today)
        for combo in (self.mode, self.court, self.monitor):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        self.retranslate()
        self.load()

    # -- the period shown ---------------------------------------------------------------------
    def bounds(self) -> tuple[dt.date, dt.date]:
        if self.mode.currentData() == WEEK:
            first = week_start(self.anchor)
            return first, first + dt.timedelta(days=6)
        first = self.anchor.replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        return week_start(first), week_start(nxt - dt.timedelta(days=1)) + dt.timedelta(days=6)

    def step(self, direction: int) -> None:
        if self.mode.currentData() == WEEK:
            self.anchor += dt.timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = dt.date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.load()

    def go_today(self) -> None:
        self.anchor = self._today
        self.load()

    def load(self) -> None:
        first, last = self.bounds()
        store, court, monitor = self._session.store, self.court.currentData(), self.monitor.currentData()
        self._loading = True
        self._session.runner.submit(
            lambda _p: hearings_between(store, first, last, court_id=court, monitor_id=monitor),
            on_success=alive(self, self._show), on_failure=alive(self, self._failed))

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.status.setText(message_for(exc))

    def _show(self, entries: list[CalendarEntry]) -> None:
        self._loading = False
        self.entries = entries
        self._fill()

    # -- drawing -------------------------------------------------------------------------------
    def _fill(self) -> None:
        first, last = self.bounds()
        weeks = ((last - first).days + 1) // 7
        locale = QLocale()
        self.grid.clear()
        self.grid.setColumnCount(7)
        self.grid.setRowCount(weeks)
        self.grid.setHorizontalHeaderLabels([
            locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)])
        by_day: dict[str, list[CalendarEntry]] = {}
        for e in self.entries:
            by_day.setdefault(e.day, []).append(e)
        self._cells = {}
        month = self.anchor.month
        for i in range(weeks * 7):
            day = first + dt.timedelta(days=i)
            items = by_day.get(day.isoformat(), [])
            lines = [f"{day.day}"] + [self._line(e) for e in items]
            cell = QTableWidgetItem("\n".join(lines))
            cell.setToolTip("\n".join(self._line(e, monitors=True) for e in items))
            if self.mode.currentData() == MONTH and day.month != month:
                cell.setForeground(self.palette().placeholderText())
            self.grid.setItem(i // 7, i % 7, cell)
            self._cells[(i // 7, i % 7)] = items
        self.grid.setVerticalHeaderLabels([
            self.tr("Week {n}").format(n=(first + dt.timedelta(days=7 * w)).isocalendar()[1])
            for w in range(weeks)])
        self._period_text()
        self.status.setText(self.tr("Hearings shown: {n}").format(n=len(self.entries)))

    def _line(self, e: CalendarEntry, monitors: bool = False) -> str:
        parts = [e.time or "—", shown(e.case_title) or shown(e.hearing_id)]
        if e.court_name:
            parts.append(shown(e.court_name))
        if e.status and e.status != "scheduled":
            parts.append(vocab.label("hearing_status", e.status, self._lang()))
        if monitors and e.monitor_names:
            parts.append(", ".join(shown(n) for n in e.monitor_names))
        return " · ".join(parts)

    def _lang(self) -> str:
        from fielddoc.i18n import language

        return language()

    def _period_text(self) -> None:
        locale = QLocale()
        if self.mode.currentData() == WEEK:
            first, last = self.bounds()
            self.period.setText(self.tr("{first} – {last}").format(
                first=locale.toString(first, QLocale.FormatType.LongFormat),
                last=locale.toString(last, QLocale.FormatType.LongFormat)))
        else:
            self.period.setText(locale.toString(self.anchor.replace(day=1), "LLLL yyyy"))

    def entries_at(self, row: int, column: int) -> list[CalendarEntry]:
        return list(self._cells.get((row, column), []))

    def _open(self, row: int, column: int) -> None:
        items = self._cells.get((row, column), [])
        if items:
            self.open_requested.emit(items[0].hearing_id)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hearing calendar"))
        self.grid.setAccessibleName(self.tr("Hearings by day"))
        self.mode_label.setText(self.tr("&Show"))
        self.mode.setItemText(0, self.tr("Week"))
        self.mode.setItemText(1, self.tr("Month"))
        self.court_label.setText(self.tr("C&ourt"))
        self.court.setItemText(0, self.tr("All courts"))
        self.monitor_label.setText(self.tr("&Monitor"))
        self.monitor.setItemText(0, self.tr("All monitors"))
        self.previous.setText(self.tr("&Previous"))
        self.today_button.setText(self.tr("&Today"))
        self.next.setText(self.tr("&Next"))
        if not self._loading and self._cells:
            self._fill()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
