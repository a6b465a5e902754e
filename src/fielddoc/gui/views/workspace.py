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
from fielddoc.gui.models import detail, labels
from fielddoc.gui.models.labels import SECTIONS
from fielddoc.gui.models.session import Session, alive
from fielddoc.gui.views import form_tabs, resume_tabs
from fielddoc.gui.views.case_view import CaseView
from fielddoc.gui.views.record_list import RecordListView
from fielddoc.gui.views.statistics import StatisticsPage
from fielddoc.gui.widgets.plain import shown

STATS = "statistics"
EDITABLE = frozenset({"case", "hearing", "incident", "detention", "person", "organisation", "location",
                      "source", "attachment"})


def elide(text: str, limit: int = 28) -> str:
    """A tab title (record text): control characters visible, shortened."""
    text = shown(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class Workspace(QWidget):
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

    # -- records ------------------------------------------------------------------------
    def new_record(self, kind: str | None = None, defaults: dict[str, Any] | None = None) -> None:
        kind = kind or self.current_kind() or "case"
        if kind not in EDITABLE:
            kind = "case"
        defaults = dict(defaults or {})
        # Filed under a case only if the monitor chose it: "New hearing" in a case's timeline, or
        # New while that timeline is the current tab; never the case some list happened to select.
        widget = self.tabs.currentWidget()
        case_id = widget.case_id if isinstance(widget, CaseView) else None
        if case_id and not defaults:
            if kind == "hearing":
                defaults["case_id"] = case_id
            elif kind == "detention":
                defaults["related_case_id"] = case_id
        self._new_counter += 1
        self._open_editor(f"new-{self._new_counter}", kind, None, defaults, labels.new_label(kind))

    def edit_record(self, record_id: str, kind: str) -> None:
        if not record_id:
            return
        key = f"edit-{record_id}"
        if key in self.editors:
            self.tabs.setCurrentWidget(self.editors[key])
            return
        self._open_editor(key, kind, record_id, None, self.record_title(record_id, kind))

    def record_title(self, record_id: str, kind: str) -> str:
        """A tab's title for a record (shortened); the kind's name if it cannot be read."""
        try:
            return elide(detail.display_title(detail.load(self.session.records, record_id)))
        except FieldDocError:
            return labels.singular(kind)

    def _open_editor(self, key: str, kind: str, record_id: str | None, defaults: dict[str, Any] | None,
                     title: str) -> None:
        try:
            from fielddoc.gui.forms import create_editor
        except ImportError:
            QMessageBox.information(self, self.tr("Editing"),
                                    self.tr("The editing forms are not part of this build yet."))
            return
        try:
            editor = create_editor(kind, self.session.vault, self.session.records, self.session.runner,
                                   record_id=record_id, defaults=defaults, parent=self)
        except FieldDocError as exc:
            show_error(self, exc)
            return
        self._add_editor(key, kind, editor, title)

    def _add_editor(self, key: str, kind: str, editor: QWidget, title: str) -> None:
        editor.saved.connect(lambda rid, k=kind: self._saved(k, rid))
        pause = getattr(editor, "lock_pause_requested", None)
        if pause is not None:
            pause.connect(self.lock_pause_requested)
        editor.saved.connect(lambda rid, e=editor, k=kind: self._retitle_saved(e, k, rid))
        editor.closed.connect(lambda e=editor: self._remove_tab(e))
        self.editors[key] = editor
        editor.setProperty("editor_key", key)
        index = self.tabs.addTab(editor, title)
        self.tabs.setCurrentIndex(index)

    # -- drafts of forms left unsaved (crash, power loss, lock) ----------------------------
    def offer_drafts(self) -> int:
        """Show the banner if forms were left unsaved; returns how many."""
        return resume_tabs.offer_drafts(self)

    def reopen_drafts(self) -> None:
        resume_tabs.reopen_drafts(self)

    def _saved(self, kind: str, record_id: str) -> None:
        self.refresh_all(kinds={kind})
        self.status.emit(self.tr("Saved."))
        if kind == "case":
            self.current_case_id = record_id

    def delete_record(self, record_id: str, kind: str) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete"),
            self.tr("Delete this record ({kind})? It disappears from lists and search; its history "
                    "is kept and the deletion is recorded.").format(kind=labels.singular(kind).lower()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.records.delete(record_id)
        except FieldDocError as exc:
            show_error(self, exc)
            return
        editor = self.editors.get(f"edit-{record_id}")
        if editor is not None:
            self._remove_tab(editor)
        self.refresh_all()
        self.status.emit(self.tr("Deleted. The record stays in its history."))

    def show_history(self, record_id: str) -> None:
        try:
            from fielddoc.gui.history import HistoryDialog
        except ImportError:
            QMessageBox.information(self, self.tr("History"),
                                    self.tr("The history view is not part of this build yet."))
            return
        try:
            dialog = HistoryDialog(self.session.records, record_id, self)
        except FieldDocError as exc:
            show_error(self, exc)
            return
        dialog.exec()
        dialog.deleteLater()

    def open_case(self, case_id: str, *, wait: bool = False) -> CaseView:
        view = self.cases.get(case_id)
        if view is None:
            view = CaseView(self.session, case_id)
            view.edit_requested.connect(self.edit_record)
            view.history_requested.connect(self.show_history)
            view.delete_requested.connect(self.delete_record)
            view.new_requested.connect(self.new_record)
            view.error.connect(self._error)
            view.titled.connect(lambda title, v=view: self._retitle(v, title))
            self.cases[case_id] = view
            self.tabs.addTab(view, self.tr("Case timeline"))
            view.load(wait=wait)
        self.current_case_id = case_id
        self.tabs.setCurrentWidget(view)
        return view

    def _retitle(self, widget: QWidget, title: str) -> None:
        index = self.tabs.indexOf(widget)
        if index > 0:
            self.tabs.setTabText(index, elide(title))

    def refresh_all(self, kinds: set[str] | None = None) -> None:
        for kind, lst in self.lists.items():
            if kinds is None or kind is None or kind in kinds:
                lst.refresh()
        for view in self.cases.values():
            view.load()
        if self.stats is not None:
            self.stats.refresh()
        self.update_counts()

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
