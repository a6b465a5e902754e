"""One record list: filter bar, the table (paged model) and the detail pane."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fielddoc.gui import a11y
from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models import labels
from fielddoc.gui.models.record_table import RecordTableModel, snippet_html
from fielddoc.gui.models.session import Session
from fielddoc.gui.views.detail_pane import DetailPane
from fielddoc.gui.views.filter_bar import FilterBar
from fielddoc.records import query

_DATE = re.compile(r"\A\d{4}(-\d\d){0,2}( \d\d:\d\d)?\Z")


class RecordTable(QTableView):
    """Enter opens the current record, like a double-click."""

    activated_row = Signal(int)
    resized = Signal()

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class RecordListView(QWidget):
    edit_requested = Signal(str, str)  # id, kind
    history_requested = Signal(str)
    case_requested = Signal(str)
    delete_requested = Signal(str, str)
    current_changed = Signal(object)  # record id or None
    error = Signal(object)

    def __init__(self, session: Session | None, kind: str | None, parent: QWidget | None = None) -> None:
        """``session`` None: built ahead, on the lock screen (``bind`` gives it the session)."""
        super().__init__(parent)
        self.setObjectName(f"list-{kind or 'all'}")
        self.session = session
        self.kind = kind
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.count = role_label(role="muted")
        self.count.setObjectName("count")
        self.filters = FilterBar(kind)
        self._fitted = False
        self._first_row = self._waiting = False
        self.model = RecordTableModel(session.store if session else None, kind,
                                      runner=session.runner if session else None, parent=self)
        self.table = RecordTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # one Tab stop: arrows move in it, Tab moves on
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        head = self.table.horizontalHeader()
        head.setStretchLastSection(False)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        head.setTextElideMode(Qt.TextElideMode.ElideRight)
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(self.model.stretch_column(), QHeaderView.ResizeMode.Stretch)
        head.setSortIndicator(*self.model.sort_state)
        head.setSortIndicatorShown(True)
        head.sectionClicked.connect(self._header_clicked)
        self.table.setSortingEnabled(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.doubleClicked.connect(lambda idx: self._open(idx.row()))
        self.table.clicked.connect(lambda idx: self._show_now(idx.row()))
        self.table.activated_row.connect(self._open)
        self.table.resized.connect(self._fit_columns)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        # Where the search matched in the current row: record text escaped, matches in bold.
        self.found = QLabel()
        self.found.setObjectName("searchSnippet")
        self.found.setTextFormat(Qt.TextFormat.RichText)
        self.found.setWordWrap(True)
        self.found.setProperty("role", "muted")
        self.found.hide()
        self.detail = DetailPane(session.records if session else None)
        self.detail.edit_requested.connect(self.edit_requested)
        self.detail.history_requested.connect(self.history_requested)
        self.detail.case_requested.connect(self.case_requested)
        self.detail.delete_requested.connect(self.delete_requested)
        self.model.loaded.connect(self._loaded)
        self.model.counted.connect(lambda _n: self._count_text())
        self.model.failed.connect(self.error)
        self.filters.changed.connect(self.model.set_filter)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(top)
        ll.addWidget(self.filters)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.found)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("listSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([680, 340])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
        self.retranslate()

    def bind(self, session: Session) -> None:
        """The session of a list built ahead: it reads from now on."""
        self.session = session
        self.model.bind(session.store, session.runner)
        self.detail.bind(session.records)

    # -- loading ------------------------------------------------------------------------
    def load(self, *, wait: bool = False) -> None:
        self.apply_filter(self.filters.current_filter(), wait=wait)

    def apply_filter(self, flt: query.Filter, *, wait: bool = False) -> None:
        self._waiting = wait  # read here and now: the first row's record too
        try:
            self.model.set_filter(flt, wait=wait)
        finally:
            self._waiting = False

    def when_loaded(self, fn: Callable[[None], None]) -> None:
        """Calls ``fn(None)`` once, when the page being read is shown (or could not be read)."""
        due = [True]

        def once(*_args: object) -> None:
            if due:
                due.clear()
                fn(None)

        self.model.loaded.connect(once)
        self.model.failed.connect(once)

    def _show_snippet(self) -> None:
        idx = self.table.currentIndex()
        row = self.model.row_data(idx.row()) if idx.isValid() else None
        parts = row.snippet if row is not None else []
        self.found.setText(snippet_html(parts))
        self.found.setVisible(bool(parts))

    def _loaded(self) -> None:
        self._show_snippet()
        self._count_text()
        if not self._fitted and self.model.rowCount():
            self._fitted = True
            self._fit_columns()
        current = self.detail.current
        if current is None and self.model.rowCount() and self.isVisible():
            self._first_row = not self._waiting  # its record is read on the worker, like the page
            try:
                self.select_row(0)
            finally:
                self._first_row = False
        elif current is not None and not self.model.rowCount():
            # nothing matches: the pane must not go on showing a record the list no longer has
            self.detail.show_record(None)
            self.current_changed.emit(None)

    def _fit_columns(self) -> None:
        """Columns as wide as their content, shrunk together if the list is narrow; never narrower
        than their heading (in the header's own font, with room for the sort arrow) or than a date."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        head_metrics = header.fontMetrics()
        margin = (2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
                  + head_metrics.height() + 8)
        stretch = self.model.stretch_column()
        widths: dict[int, int] = {}
        floors: dict[int, int] = {}
        hard: dict[int, int] = {}  # below a heading, never below a date or a short label
        for col in range(self.model.columnCount()):
            if col == stretch:
                continue
            text = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            sample = [str(self.model.data(self.model.index(r, col)) or "")
                      for r in range(min(30, self.model.rowCount()))]
            content = max([metrics.horizontalAdvance(s) for s in sample] + [48]) + 28
            heading = head_metrics.horizontalAdvance(text) + margin
            dates = [metrics.horizontalAdvance(s) + 28 for s in sample if _DATE.match(s)]
            widths[col] = max(heading, min(content, 200))
            floors[col] = min(widths[col], max(heading, max(dates) if dates else 96))
            hard[col] = min(floors[col], max(dates) if dates else 72)
        room = self.table.viewport().width() - 140  # what the naming column keeps at least
        total = sum(widths.values())
        if total > room > 0:
            # shrink the wide columns first; none below its heading, a date, or a short label
            spare = sum(w - floors[c] for c, w in widths.items())
            factor = max(0.0, 1 - (total - room) / spare) if spare else 0.0
            widths = {c: floors[c] + int((w - floors[c]) * factor) for c, w in widths.items()}
            total = sum(widths.values())
            if total > room:
                # still too wide (long headings in a narrow list): the record's name matters more
                # than a whole heading, which is elided and kept in full in its tooltip
                spare = sum(w - hard[c] for c, w in widths.items())
                factor = max(0.0, 1 - (total - room) / spare) if spare else 0.0
                widths = {c: hard[c] + int((w - hard[c]) * factor) for c, w in widths.items()}
        for col, width in widths.items():
            self.table.setColumnWidth(col, width)

    def _count_text(self) -> None:
        n = self.model.rowCount()
        if not self.model.is_counted:
            self.count.setText(self.tr("Counting…"))
            return
        shown = f"{n:,}".replace(",", "\u202f")
        if self.model.is_capped:  # counted up to the cap only (RecordTableModel.COUNT_CAP)
            if self.filters.is_active():
                self.count.setText(self.tr("Found: {n}+").format(n=shown))
            else:
                self.count.setText(self.tr("Records: {n}+").format(n=shown))
        elif self.filters.is_active():
            self.count.setText(self.tr("Found: {n}").format(n=shown))
        else:
            self.count.setText(self.tr("Records: {n}").format(n=shown))

    def retranslate(self) -> None:
        self.heading.setText(labels.plural(self.kind))
        a11y.name(self.table, labels.plural(self.kind),
                  self.tr("Enter opens the selected record; Tab moves on to its details."))
        self.model.retranslate()
        self._count_text()
        self._fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # -- selection and actions -------------------------------------------------------------
    def select_row(self, row: int) -> None:
        """Make ``row`` current and selected (QTableView.selectRow misses in right-to-left layouts)."""
        index = self.model.index(row, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().select(index, flags.ClearAndSelect | flags.Rows)
            if not self._first_row:
                self._show_now(row)

    def _show_now(self, row: int) -> None:
        """A click on (or a choice of) the row whose record is still on its way from the worker: now."""
        rid = self.model.record_id(row)
        if rid is not None and self.detail.pending == rid:
            self.detail.show_record(rid)

    def current_id(self) -> str | None:
        idx = self.table.currentIndex()
        return self.model.record_id(idx.row()) if idx.isValid() else None

    def current_kind(self) -> str | None:
        idx = self.table.currentIndex()
        row = self.model.row_data(idx.row()) if idx.isValid() else None
        return row.kind if row else self.kind

    def _selection(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        rid = self.current_id()
        self._show_snippet()
        if self._first_row and rid and self.session is not None:
            self.detail.show_record_later(rid, self.session.runner)
        else:
            self.detail.show_record(rid)
        self.current_changed.emit(rid)

    def _open(self, row: int) -> None:
        data = self.model.row_data(row)
        if data is not None:
            self.edit_requested.emit(data.id, data.kind)

    def _header_clicked(self, section: int) -> None:
        if not self.model.is_sortable(section):
            self.table.horizontalHeader().setSortIndicator(*self.model.sort_state)

    def _menu(self, pos: QPoint) -> None:
        idx: QModelIndex = self.table.indexAt(pos)
        row = self.model.row_data(idx.row()) if idx.isValid() else None
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit"), lambda: self.edit_requested.emit(row.id, row.kind))
        if row.kind == "case":
            menu.addAction(self.tr("Case timeline"), lambda: self.case_requested.emit(row.id))
        menu.addAction(self.tr("History"), lambda: self.history_requested.emit(row.id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.delete_requested.emit(row.id, row.kind))
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def refresh(self) -> None:
        self.model.reload()
        self.detail.reload()

    def clear(self) -> None:
        self.model.clear()
        self.detail.clear()
        self.found.clear()
        self.found.hide()
