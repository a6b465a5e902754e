"""The analyst's conflict review at HQ: records edited on more than one device are
compared version by version and resolved, by keeping one version or by merging
them field by field.

Every resolution is a new revision whose parents are all the competing versions
(``hq.conflicts.resolve``): nothing is deleted, every version stays in the
record's history. Loading and saving run on the task runner; the core's
validation errors are shown in the interface language, never as a traceback.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fielddoc.gui import a11y
from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.models import labels
from fielddoc.gui.models.conflicts import (
    ID_ROLE,
    ConflictListModel,
    Review,
    load_list,
    load_review,
)
from fielddoc.gui.models.detail import RecordView, display_title
from fielddoc.gui.models.session import Session, alive
from fielddoc.gui.views.conflicts_compare import KEY_ROLE, VersionComparison  # noqa: F401 - KEY_ROLE for tests
from fielddoc.gui.widgets.plain import message_box, plain, plain_label, shown
from fielddoc.hq import conflicts
from fielddoc.hq.errors import ChangedMeanwhile

CARDS_PER_ROW = 3


class ConflictsDialog(VersionComparison, QDialog):
    """Review the records in conflict and resolve them one by one."""

    changed = Signal()  # after each resolution

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.review: Review | None = None
        self.merge_combos: dict[str, QComboBox] = {}
        self.keep_buttons: list[QPushButton] = []
        self._token = 0
        self._loaded_for: str | None = None
        self._busy = False
        self._stale: BaseException | None = None  # a compare-and-set refusal, shown after the reload
        self._closed = False
        self.setWindowTitle(self.tr("Conflicting versions"))
        self.setSizeGripEnabled(True)
        self.setMinimumSize(960, 520)  # a 1024x600 screen
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None and screen.width() > 1200:
            self.resize(min(1440, int(screen.width() * 0.92)), min(920, int(screen.height() * 0.9)))
            self.setMaximumSize(screen.size())
        else:
            self.resize(1280, 800)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "These records were changed on more than one device before the changes met at HQ. "
            "Compare the versions, then keep one of them or merge them field by field. "
            "Nothing is deleted: every version stays in the record's history."), self)
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        layout.addWidget(intro)

        self.stack = QStackedWidget(self)
        self.loading = QLabel(self.tr("Loading…"), self.stack)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty = plain(QLabel(self.tr("No conflicts: every record has one current version"), self.stack))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "subheading")
        self.stack.addWidget(self.loading)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_main())
        layout.addWidget(self.stack, 1)

        bottom = QHBoxLayout()
        self.status = plain_label(parent=self)
        self.status.setProperty("sensitive", True)
        bottom.addWidget(self.status, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        self._resize_rows = QTimer(self)
        self._resize_rows.setSingleShot(True)
        self._resize_rows.setInterval(50)
        self._resize_rows.timeout.connect(self.compare.resizeRowsToContents)
        self.reload()

    # -- layout ---------------------------------------------------------------------------------
    def _build_main(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Horizontal, self.stack)
        left = QWidget(split)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel(left)
        self.count_label.setProperty("role", "subheading")
        lv.addWidget(self.count_label)
        self.list_model = ConflictListModel(self)
        self.list_view = QTableView(left)
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setWordWrap(False)
        self.list_view.verticalHeader().hide()
        self.list_view.setAlternatingRowColors(True)
        a11y.name(self.list_view, self.tr("Records in conflict"))
        head = self.list_view.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        head.setStretchLastSection(False)
        head.resizeSection(3, 120)
        self.list_view.selectionModel().currentRowChanged.connect(self._row_changed)
        lv.addWidget(self.list_view, 1)
        left.setMinimumWidth(360)

        right = QWidget(split)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 0, 0, 0)
        self.record_heading = QLabel(right)
        self.record_heading.setProperty("role", "heading")
        self.record_heading.setProperty("sensitive", True)
        self.record_heading.setWordWrap(True)
        self.record_heading.setTextFormat(Qt.TextFormat.PlainText)
        rv.addWidget(self.record_heading)
        self.record_sub = plain(QLabel(right))
        self.record_sub.setProperty("role", "muted")
        self.record_sub.setProperty("sensitive", True)
        self.record_sub.setWordWrap(True)
        rv.addWidget(self.record_sub)

        self.cards = QWidget(right)
        self.cards_layout = QGridLayout(self.cards)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.cards)

        self.tabs = QTabWidget(right)
        compare_page = QWidget(self.tabs)
        cv = QVBoxLayout(compare_page)
        self.merge_hint = QLabel(self.tr(
            "To merge: for each field that differs (marked ≠), choose the version whose value to keep, "
            "preview the merged version, then save it."), compare_page)
        self.merge_hint.setWordWrap(True)
        self.merge_hint.setProperty("role", "muted")
        cv.addWidget(self.merge_hint)
        self.only_differing = QCheckBox(self.tr("Show only the fields that differ"), compare_page)
        self.only_differing.toggled.connect(lambda _on: self._fill_compare())
        cv.addWidget(self.only_differing)
        self.compare = QTableWidget(0, 0, compare_page)
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compare.setWordWrap(True)
        self.compare.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.compare.verticalHeader().hide()
        a11y.name(self.compare, self.tr("The versions side by side"))
        self.compare.horizontalHeader().sectionResized.connect(lambda *_: self._resize_rows.start())
        cv.addWidget(self.compare, 1)
        self.tabs.addTab(compare_page, self.tr("Compare and merge"))

        preview_page = QWidget(self.tabs)
        pv = QVBoxLayout(preview_page)
        self.preview_problems = plain_label(parent=preview_page)
        self.preview_problems.setProperty("role", "error")
        self.preview_problems.setProperty("sensitive", True)
        self.preview_problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_problems.hide()
        pv.addWidget(self.preview_problems)
        self.preview = QTextBrowser(preview_page)
        self.preview.setOpenLinks(False)
        pv.addWidget(self.preview, 1)
        self.tabs.addTab(preview_page, self.tr("Merged version"))
        rv.addWidget(self.tabs, 1)

        self.error = plain_label(parent=right)
        self.error.setProperty("role", "error")
        self.error.setProperty("sensitive", True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        rv.addWidget(self.error)

        actions = QHBoxLayout()
        actions.addStretch(1)
        self.preview_btn = QPushButton(self.tr("&Preview merged version"), right)
        self.preview_btn.setAutoDefault(False)
        self.preview_btn.clicked.connect(self.show_preview)
        actions.addWidget(self.preview_btn)
        self.save_btn = QPushButton(self.tr("&Save merged version…"), right)
        self.save_btn.setProperty("primary", True)
        self.save_btn.setAutoDefault(False)
        self.save_btn.clicked.connect(self.save_merged)
        actions.addWidget(self.save_btn)
        rv.addLayout(actions)

        split.addWidget(left)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 860])
        self.main = split
        return split

    # -- the list -------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Load the records in conflict (task runner); select ``select`` or the first."""
        hq = self.session.hq
        if hq is None:
            self._show_rows([], None)
            return
        self.stack.setCurrentWidget(self.loading)
        self.session.runner.submit(
            lambda _p: load_list(hq),
            on_success=alive(self, lambda rows: self._show_rows(rows, select)),
            on_failure=alive(self, self._list_failed),
        )

    def _list_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.empty.setText(message_for(exc))
        self.stack.setCurrentWidget(self.empty)

    def _show_rows(self, rows: list[Any], select: str | None) -> None:
        if self._closed:
            return
        self.list_model.set_rows(rows)
        self._update_count()
        if not rows:
            self._clear_detail()
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.main)
        row = self.list_model.row_of(select) if select else -1
        self._select_row(max(row, 0))

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n record(s) in conflict", "", len(self.list_model.rows)))

    def _select_row(self, row: int) -> None:
        index = self.list_model.index(row, 0)
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.list_view.scrollTo(index)

    def current_id(self) -> str | None:
        index = self.list_view.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._clear_detail()
            return
        self.load_record(str(current.data(ID_ROLE)))

    # -- one record -----------------------------------------------------------------------------
    def load_record(self, record_id: str) -> None:
        hq = self.session.hq
        if hq is None:
            return
        self._token += 1
        token = self._token
        self._loaded_for = record_id
        self._clear_detail()
        self.record_sub.setText(self.tr("Loading…"))

        def done(review: Review) -> None:
            if token == self._token and not self._closed:
                self._show_review(review)
                if self._stale is not None:  # someone changed it first: say so over the new state
                    self._show_error(self._stale)
                    self._stale = None

        def failed(exc: BaseException) -> None:
            if token == self._token and not self._closed:
                self._show_error(exc)

        self.session.runner.submit(lambda _p: load_review(hq, record_id),
                                   on_success=alive(self, done), on_failure=alive(self, failed))

    def _clear_detail(self) -> None:
        self.review = None
        self.record_heading.clear()
        self.record_sub.clear()
        self._clear_cards()
        self.merge_combos = {}
        self.compare.clear()
        self.compare.setRowCount(0)
        self.compare.setColumnCount(0)
        self.preview.clear()
        self.preview_problems.hide()
        self.preview_problems.clear()
        self.error.hide()
        self.error.clear()
        self._set_actions_enabled(False)

    def _clear_cards(self) -> None:
        self.keep_buttons = []
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            w = item.widget()
            if w is not None:
                w.hide()
                w.deleteLater()

    def _set_actions_enabled(self, on: bool) -> None:
        on = on and not self._busy and self.review is not None
        for b in (*self.keep_buttons, self.preview_btn, self.save_btn):
            b.setEnabled(on)
        for c in self.merge_combos.values():
            c.setEnabled(on)

    def _show_review(self, review: Review) -> None:
        self._clear_detail()
        self.review = review
        n = len(review.versions)
        self.record_heading.setText(self._title(review))
        if n < 2:
            self.record_sub.setText(self.tr(
                "This record no longer has competing versions (it was resolved elsewhere)."))
            return
        self.record_sub.setText(self.tr("{kind} · %n competing version(s)", "", n).format(
            kind=labels.singular(review.kind)))
        per_row = min(n, CARDS_PER_ROW)
        for i, v in enumerate(review.versions):
            self.cards_layout.addWidget(self._card(i, v), i // per_row, i % per_row)
        for c in range(CARDS_PER_ROW):
            self.cards_layout.setColumnStretch(c, 1 if c < per_row else 0)
        self._fill_compare()
        self._set_actions_enabled(True)
        self.tabs.setCurrentIndex(0)

    def _title(self, review: Review) -> str:
        doc = review.docs[0] if review.versions else {}
        view = RecordView(review.id, review.kind, doc, {"title": review.title}, review.refs)
        return shown(display_title(view))  # record text: one line, control characters visible

    # -- resolving ------------------------------------------------------------------------------
    def _confirm(self, title: str, text: str, action: str) -> bool:
        box = message_box(self, QMessageBox.Icon.Question, title, text, self.tr(
            "The other versions are not deleted: they stay in the record's history."))
        ok = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def keep_version(self, index: int) -> None:
        review = self.review
        if review is None or not 0 <= index < len(review.versions) or self._busy:
            return
        v = review.versions[index]
        title = self._title(review)
        text = self.tr("Keep {version} (from {device}) as the current version of “{title}”?").format(
            version=self.version_name(index), device=shown(v.device_label or v.device_id[:12]), title=title)
        if not self._confirm(self.tr("Keep this version"), text, self.tr("Keep this version")):
            return
        self._resolve(review, take=v.hash)

    def save_merged(self) -> None:
        review = self.review
        if review is None or len(review.versions) < 2 or self._busy:
            return
        doc = self.merged()
        title = self._title(review)
        text = self.tr("Save the merged version as the current version of “{title}”?").format(title=title)
        if not self._confirm(self.tr("Save merged version"), text, self.tr("Save merged version")):
            return
        self._resolve(review, doc=doc)

    def _resolve(self, review: Review, *, take: str | None = None, doc: dict[str, Any] | None = None) -> None:
        hq = self.session.hq
        if hq is None:
            return
        self._busy = True
        self._set_actions_enabled(False)
        self.error.hide()
        record_id = review.id
        title = self._title(review)
        seen = [v.hash for v in review.versions]  # compare-and-set: the versions the analyst reviewed
        self.session.runner.submit(
            lambda _p: conflicts.resolve(hq, record_id, take=take, doc=doc, based_on=seen),
            on_success=alive(self, lambda _h: self._resolved(record_id, title)),
            on_failure=alive(self, self._resolve_failed),
            label=self.tr("Saving the resolution…"),
            parent_widget=self,
            cancellable=False,
        )

    def _resolved(self, record_id: str, title: str) -> None:
        self._busy = False
        if self._closed:
            return
        self.changed.emit()
        self.status.setText(self.tr("Resolved “{title}”. Every version stays in its history.").format(
            title=title))
        row = self.list_model.remove(record_id)
        self._update_count()
        if not self.list_model.rows:
            self._clear_detail()
            self.stack.setCurrentWidget(self.empty)
            return
        self._select_row(min(max(row, 0), len(self.list_model.rows) - 1))
        # removing the current row may already have moved the current index (and loaded it)
        cur = self.current_id()
        if cur and cur != self._loaded_for:
            self.load_record(cur)

    def _resolve_failed(self, exc: BaseException) -> None:
        self._busy = False
        if self._closed:
            return
        if isinstance(exc, ChangedMeanwhile) and self.review is not None:
            self._stale = exc  # shown once the record is shown again as it is now
            self.load_record(self.review.id)
            return
        self._show_error(exc)
        self._set_actions_enabled(True)

    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(self.tr("Not saved: {reason}").format(reason=message_for(exc)))
        self.error.show()

    # -- closing --------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        """Closing (or locking) forgets every piece of record text the dialog holds."""
        self._closed = True
        self._token += 1
        self._clear_detail()
        self.list_model.clear()
        self.status.clear()
        super().done(result)
