"""The workspace's records in tabs: new and opened forms, history, case timelines, deletion and
the drafts of forms left unsaved (mixed into :class:`~fielddoc.gui.views.workspace.Workspace`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from fielddoc.errors import FieldDocError
from fielddoc.gui.dialogs.errors import show_error
from fielddoc.gui.models import detail, labels
from fielddoc.gui.views import resume_tabs
from fielddoc.gui.views.case_view import CaseView
from fielddoc.gui.widgets.plain import shown

EDITABLE = frozenset({"case", "hearing", "incident", "detention", "person", "organisation", "location",
                      "source", "attachment"})


def elide(text: str, limit: int = 28) -> str:
    """A tab title (record text): control characters visible, shortened."""
    text = shown(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class RecordTabs:
    """Opens each record's form, history or case view in its own tab (one tab per record), and
    refreshes the lists after a change. Needs the workspace's tabs, lists and session."""

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
