"""Read-only view of one record, beside every list.

Links to other records open them in the pane (with Back); buttons ask the
workspace to edit, show the history, open the case timeline or delete.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fielddoc.errors import FieldDocError
from fielddoc.gui import a11y
from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models import detail
from fielddoc.gui.models.session import alive
from fielddoc.gui.tasks import TaskRunner
from fielddoc.records.service import Records


class DetailPane(QWidget):
    edit_requested = Signal(str, str)  # id, kind
    history_requested = Signal(str)
    case_requested = Signal(str)
    delete_requested = Signal(str, str)

    def __init__(self, records: Records | None, parent: QWidget | None = None, *,
                 case_button: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self._case_button = case_button
        self._records = records
        self._view: detail.RecordView | None = None
        self._trail: list[str] = []
        self._ticket = 0  # the latest request: a record read on the worker for an older one is dropped
        self.pending: str | None = None  # the record being read on the worker
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.placeholder = role_label(role="muted")
        self.placeholder.setObjectName("detailPlaceholder")
        self.stack = QStackedWidget()
        holder = QWidget()
        hl = QVBoxLayout(holder)
        hl.addStretch(1)
        hl.addWidget(self.placeholder)
        hl.addStretch(2)
        self.stack.addWidget(holder)
        self.stack.addWidget(self.browser)
        self.back = QPushButton()
        self.back.clicked.connect(self.go_back)
        self.edit = QPushButton()
        self.edit.setProperty("primary", True)
        self.edit.clicked.connect(self._edit)
        self.history = QPushButton()
        self.history.clicked.connect(lambda: self._view and self.history_requested.emit(self._view.id))
        # Less frequent actions sit in a menu, so the pane stays narrow in long languages.
        self.more = QToolButton()
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.more.setProperty("button", True)
        self.more_menu = QMenu(self)
        self.case = self.more_menu.addAction("")
        self.case.triggered.connect(self._case)
        self.delete = self.more_menu.addAction("")
        self.delete.triggered.connect(self._delete)
        self.more.setMenu(self.more_menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        for b in (self.more, self.history, self.edit):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.show_record(None)

    def retranslate(self) -> None:
        self.placeholder.setText(self.tr("Select a record to see it here."))
        a11y.name(self.browser, self.tr("Record details"),
                  self.tr("Tab moves between its links; Enter opens the selected link."))
        self.back.setText(self.tr("Back"))
        self.edit.setText(self.tr("Edit"))
        self.history.setText(self.tr("History"))
        self.case.setText(self.tr("Case timeline"))
        self.delete.setText(self.tr("Delete…"))
        self.more.setText(self.tr("More"))
        if self._view is not None:
            self.browser.setHtml(detail.render(self._view))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def bind(self, records: Records) -> None:
        """The records of a pane built before the vault was open."""
        self._records = records

    @property
    def current(self) -> detail.RecordView | None:
        return self._view

    def show_record(self, record_id: str | None, *, keep_trail: bool = False) -> None:
        if not keep_trail:
            self._trail = []
        self._ticket += 1
        self.pending = None
        self._view = None
        if record_id and self._records is not None:
            try:
                self._view = detail.load(self._records, record_id)
            except FieldDocError as exc:
                self._show_error(exc)
                return
        self._show_view()

    def show_record_later(self, record_id: str, runner: TaskRunner) -> None:
        """Reads the record on the worker (the first row after a list's first page, so unlocking reads
        no record on the GUI thread). Shown when read, unless another record was asked for meanwhile."""
        records = self._records
        if records is None:
            return
        self._trail = []
        self._ticket += 1
        ticket = self._ticket
        self.pending = record_id

        def arrived(result: object) -> None:
            if ticket != self._ticket or self._records is None:
                return  # the monitor picked another record meanwhile, or the vault was locked
            self.pending = None
            if isinstance(result, detail.RecordView):
                self._view = result
                self._show_view()
            elif isinstance(result, FieldDocError):
                self._view = None
                self._show_error(result)
            else:
                self.show_record(record_id)  # not a FieldDocError: read it here, as a click would

        runner.submit(lambda _p: detail.load(records, record_id), on_success=alive(self, arrived),
                      on_failure=alive(self, arrived))

    def _show_error(self, exc: FieldDocError) -> None:
        self.browser.setPlainText(message_for(exc))
        self.stack.setCurrentIndex(1)
        self._buttons()

    def _show_view(self) -> None:
        if self._view is None:
            self.browser.clear()
            self.stack.setCurrentIndex(0)
        else:
            self.browser.setHtml(detail.render(self._view))
            self.stack.setCurrentIndex(1)
        self._buttons()

    def _buttons(self) -> None:
        v = self._view
        has = v is not None
        deleted = bool(v and v.meta.get("deleted_at"))
        self.edit.setEnabled(has and not deleted)
        self.history.setEnabled(has)
        self.delete.setEnabled(has and not deleted)
        self.case.setVisible(self._case_button and bool(v and self._case_id()))
        self.back.setVisible(bool(self._trail))
        for b in (self.edit, self.history, self.more):
            b.setVisible(has)

    def _case_id(self) -> str | None:
        v = self._view
        if v is None:
            return None
        if v.kind == "case":
            return v.id
        cid = v.doc.get("case_id") or v.doc.get("related_case_id")
        return cid if isinstance(cid, str) else None

    def _link(self, url: QUrl) -> None:
        if url.scheme() != "record":
            return
        target = url.path() or url.toString().removeprefix("record:")
        if self._view is not None:
            self._trail.append(self._view.id)
        self.show_record(target, keep_trail=True)

    def go_back(self) -> None:
        if self._trail:
            previous = self._trail.pop()
            self.show_record(previous, keep_trail=True)

    def _edit(self) -> None:
        if self._view is not None:
            self.edit_requested.emit(self._view.id, self._view.kind)

    def _case(self) -> None:
        cid = self._case_id()
        if cid:
            self.case_requested.emit(cid)

    def _delete(self) -> None:
        if self._view is not None:
            self.delete_requested.emit(self._view.id, self._view.kind)

    def reload(self) -> None:
        if self._view is not None:
            self.show_record(self._view.id, keep_trail=True)

    def clear(self) -> None:
        self._ticket += 1
        self.pending = None
        self._records = None
        self._view = None
        self._trail = []
        self.browser.clear()
        self.browser.document().clearUndoRedoStacks()
        self.stack.setCurrentIndex(0)
