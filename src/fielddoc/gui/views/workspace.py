"""The unlocked workspace: navigation on the side, lists and statistics in the
first tab, case timelines and record editors in further tabs.

It exists only while the vault is unlocked: on lock the main window wipes it
(``clear_sensitive``) and deletes it, and builds a new one after unlocking.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fielddoc.errors import FieldDocError
from fielddoc.gui import a11y
from fielddoc.gui.dialogs.errors import show_error
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models import labels
from fielddoc.gui.models.labels import SECTIONS
from fielddoc.gui.models.session import Session, alive
from fielddoc.gui.views import form_tabs, resume_tabs
from fielddoc.gui.views.case_view import CaseView
from fielddoc.gui.views.record_list import RecordListView
from fielddoc.gui.views.statistics import StatisticsPage
from fielddoc.gui.views.workspace_records import RecordTabs

STATS = "statistics"


class Workspace(RecordTabs, QWidget):
    status = Signal(str)
    lock_pause_requested = Signal(bool)  # a hearing form's "Keep unlocked"

    def __init__(self, session: Session | None, parent: QWidget | None = None) -> None:
        """``session`` None: built ahead, while the lock screen waits for the passphrase; ``bind``
        then gives it the vault's session, and unlocking builds nothing (bench_gui_start)."""
        super().__init__(parent)
        self.setObjectName("workspace")
        self._session = session
        self.current_case_id: str | None = None
        self.lists: dict[str | None, RecordListView] = {}
        self.stats: StatisticsPage | None = None
        self.editors: dict[str, QWidget] = {}
        self.cases: dict[str, CaseView] = {}
        self._new_counter = 0

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for kind in SECTIONS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, kind if kind is not None else "")
            self.nav.addItem(item)
        stats_item = QListWidgetItem()
        stats_item.setData(Qt.ItemDataRole.UserRole, STATS)
        self.nav.addItem(stats_item)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.pages = QStackedWidget()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.setProperty(a11y.RECORD_TITLES, True)  # tab titles are record text
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.addTab(self.pages, "")
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.LeftSide, None)
        self.drafts_bar = QFrame()
        self.drafts_bar.setObjectName("draftsBar")
        self.drafts_bar.setStyleSheet("#draftsBar { background: #fff4e5; border: 1px solid #f5c27a; "
                                      "border-radius: 6px; } #draftsBar QLabel { color: #1f2328; }")
        self.drafts_text = QLabel()
        self.drafts_open = QPushButton()
        self.drafts_open.clicked.connect(self.reopen_drafts)
        self.drafts_later = QPushButton()
        self.drafts_later.setFlat(True)
        self.drafts_later.clicked.connect(self.drafts_bar.hide)
        bar = QHBoxLayout(self.drafts_bar)
        bar.setContentsMargins(10, 4, 6, 4)
        bar.addWidget(self.drafts_text, 1)
        bar.addWidget(self.drafts_open)
        bar.addWidget(self.drafts_later)
        self.drafts_bar.hide()
        self._drafts: list[dict[str, Any]] = []
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(4)
        rl.addWidget(self.drafts_bar)
        rl.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([200, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._counts: dict[str, int] = {}
        self.retranslate()
        self.nav.setCurrentRow(0)

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the workspace has no session yet")
        return self._session

    def bind(self, session: Session) -> None:
        """The session of a workspace built ahead: its first list reads its first page now."""
        self._session = session
        for lst in self.lists.values():
            lst.bind(session)
            lst.load()

    # -- navigation ---------------------------------------------------------------------
    def retranslate(self) -> None:
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key == STATS:
                item.setText(self.tr("Statistics"))
                continue
            kind = key or None
            n = self._counts.get(kind, 0) if kind else sum(self._counts.values())
            item.setText(f"{labels.plural(kind)}  ({n})" if self._counts else labels.plural(kind))
        self.tabs.setTabText(0, self.tr("Records"))
        a11y.name(self.nav, self.tr("Sections"))
        a11y.name(self.tabs, self.tr("Open records and lists"))
        self.drafts_text.setText(self.tr("Forms left unsaved last time: {n}. Their drafts were kept "
                                         "encrypted.").format(n=len(self._drafts)))
        self.drafts_open.setText(self.tr("Reopen"))
        self.drafts_later.setText(self.tr("Not now"))
        fm = self.nav.fontMetrics()
        texts = [self.nav.item(i).text() for i in range(self.nav.count())]
        widest = max((fm.horizontalAdvance(t) for t in texts), default=0)
        self.nav.setMinimumWidth(widest + 44)

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
            if self.editors and not self._relabel_pending:
                # after every widget has had its LanguageChange: forms are rebuilt, content kept
                self._relabel_pending = True
                QTimer.singleShot(0, self._relabel_editors)
        super().changeEvent(event)

    _relabel_pending = False

    def _relabel_editors(self) -> None:
        self._relabel_pending = False
        form_tabs.relabel_editors(self)

    def _retitle_saved(self, editor: QWidget, kind: str, record_id: str) -> None:
        form_tabs.retitle_saved(self, editor, kind, record_id)

    def update_counts(self, *, wait: bool = False) -> None:
        """The records of each section, counted on the worker (a scan of an index that grows with the
        store), after the work already queued: the first page of a list comes first."""
        records = self.session.records
        if wait:
            self._show_counts(records.counts())
            return
        self.session.runner.submit(lambda _p: records.counts(), on_success=alive(self, self._show_counts),
                                   on_failure=alive(self, self._counts_failed))

    def update_counts_after_first_page(self) -> None:
        """After unlocking: the counts once the first page is shown (one worker: the page and its first
        record would wait behind them)."""
        lst = self.current_list()
        if lst is None:
            self.update_counts()
        else:
            lst.when_loaded(alive(self, lambda _none: self.update_counts()))

    def _show_counts(self, counts: dict[str, int]) -> None:
        self._counts = counts
        self.retranslate()

    def _counts_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, FieldDocError):
            self._error(exc)
        self._show_counts({})

    def _nav_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        self.show_section(STATS if key == STATS else (key or None))

    def show_section(self, section: str | None, *, wait: bool = False) -> QWidget:
        if section == STATS:
            if self.stats is None:
                self.stats = StatisticsPage(self.session)
                self.stats.error.connect(self._error)
                self.pages.addWidget(self.stats)
                self.stats.refresh(wait=wait)
            elif wait:
                self.stats.refresh(wait=True)
            page: QWidget = self.stats
        else:
            lst = self.lists.get(section)
            if lst is None:
                lst = RecordListView(self._session, section)
                lst.edit_requested.connect(self.edit_record)
                lst.delete_requested.connect(self.delete_record)
                lst.history_requested.connect(self.show_history)
                lst.case_requested.connect(self.open_case)
                lst.error.connect(self._error)
                lst.current_changed.connect(lambda rid, k=section: self._picked(k, rid))
                self.lists[section] = lst
                self.pages.addWidget(lst)
                lst.load(wait=wait)
            elif wait:
                lst.load(wait=True)
            page = lst
        self.pages.setCurrentWidget(page)
        self.tabs.setCurrentIndex(0)
        row = (len(SECTIONS) if section == STATS else SECTIONS.index(section))
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        return page

    def _tab_changed(self, index: int) -> None:
        """The navigation highlights the list only while the list tab is shown."""
        if index != 0:
            self.nav.clearSelection()
        elif self.nav.currentItem() is not None:
            self.nav.currentItem().setSelected(True)

    def _picked(self, kind: str | None, record_id: str | None) -> None:
        if kind == "case" and record_id:
            self.current_case_id = record_id

    def current_list(self) -> RecordListView | None:
        if self.tabs.currentIndex() != 0:
            return None
        page = self.pages.currentWidget()
        return page if isinstance(page, RecordListView) else None

    def current_kind(self) -> str | None:
        lst = self.current_list()
        if lst is not None:
            return lst.kind
        widget = self.tabs.currentWidget()
        if isinstance(widget, CaseView):
            return "hearing"
        return None

    def current_record(self) -> tuple[str, str] | None:
        lst = self.current_list()
        if lst is not None and lst.detail.current is not None:
            return lst.detail.current.id, lst.detail.current.kind
        if lst is not None and lst.current_id():  # the first row's record still on its way from the worker
            return str(lst.current_id()), str(lst.current_kind())
        widget = self.tabs.currentWidget()
        if isinstance(widget, CaseView) and widget.detail.current is not None:
            return widget.detail.current.id, widget.detail.current.kind
        return None

    # -- tabs -----------------------------------------------------------------------------
    def close_tab(self, index: int) -> None:
        if index == 0:
            return
        widget = self.tabs.widget(index)
        mode = getattr(widget, "hearing", None)
        if mode is not None and mode.active:
            mode.set_active(False)  # saves the record and ends the idle-lock pause of the hearing
        has_changes = getattr(widget, "has_unsaved_changes", None)
        if callable(has_changes) and has_changes():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("This form has changes that are not saved. Close it and discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._remove_tab(widget)

    def show_lock_paused(self, paused: bool) -> None:
        """Every hearing form's "Keep unlocked" shows whether the idle lock is paused."""
        for editor in self.editors.values():
            mode = getattr(editor, "hearing", None)
            if mode is not None:
                mode.show_lock_paused(paused)

    def _remove_tab(self, widget: QWidget) -> None:
        index = self.tabs.indexOf(widget)
        if index > 0:
            self.tabs.removeTab(index)
        key = widget.property("editor_key")
        if key:
            self.editors.pop(str(key), None)
        for cid, view in list(self.cases.items()):
            if view is widget:
                del self.cases[cid]
        widget.deleteLater()

    def unsaved_editors(self) -> int:
        return sum(1 for e in self.editors.values()
                   if callable(getattr(e, "has_unsaved_changes", None)) and e.has_unsaved_changes())

    def _error(self, exc: BaseException) -> None:
        if isinstance(exc, FieldDocError) and type(exc).__name__ == "Locked":
            return  # the lock screen says it all
        show_error(self, exc)

    # -- lock and unlock: back where the monitor was ------------------------------------------
    def suspend(self) -> None:
        """Called while the key is still there: flush every form, note the open tabs (in the vault)."""
        resume_tabs.suspend(self)

    def resume(self) -> None:
        """After unlocking: reopen the forms and case timelines of the last lock, with their drafts."""
        resume_tabs.resume(self)

    # -- lock --------------------------------------------------------------------------------
    def clear_sensitive(self) -> None:
        """Drop every record the workspace shows: editors, lists, case views, statistics."""
        for editor in list(self.editors.values()):
            wipe = getattr(editor, "clear_sensitive", None)
            if callable(wipe):
                try:
                    wipe()
                except Exception:  # noqa: BLE001, S110 - locking must go on whatever an editor does
                    pass
        for lst in self.lists.values():
            lst.clear()
        for view in self.cases.values():
            view.clear()
        if self.stats is not None:
            self.stats.clear()
        self.current_case_id = None
        self._counts = {}
