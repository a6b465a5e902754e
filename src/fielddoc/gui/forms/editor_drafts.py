"""A record form's unsaved changes kept as an ENCRYPTED draft inside the vault, and offered back
(``Records.save_form_draft``; on every lock and quit: ``forms.resume``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from fielddoc.errors import FieldDocError
from fielddoc.gui.widgets import paths
from fielddoc.gui.widgets.pickers import RecordPicker
from fielddoc.gui.widgets.taborder import fix_tab_order


class DraftKeeping:
    """Mixed into :class:`~fielddoc.gui.forms.base.RecordEditor`. Messages keep the
    ``RecordEditor`` context of the catalogue."""

    def save_draft(self) -> None:
        """Store the unsaved state as an encrypted draft inside the vault (through the runner)."""
        if self._wiped or not self.has_unsaved_changes():
            return
        try:
            payload = self.draft_payload()
        except Exception:  # noqa: BLE001 - a draft is best effort; the form still holds the data
            return
        records, draft_id, kind, rid = self.records, self.draft_id, self.kind, self.record_id
        self._draft_saved = True
        self.runner.submit(lambda _p: records.save_form_draft(draft_id, kind, payload, rid),
                           on_failure=lambda _exc: None)

    def draft_payload(self) -> dict[str, Any]:
        """What a draft keeps: the document as it would be saved now, the records named inline
        that it links to, and text typed into pickers but not linked yet."""
        doc = self.collect()
        return {"doc": doc, "linked": [[k, d] for k, d in self.ctx.linked(doc)],
                "typed": [[i, t] for i, t in self.typed_texts()]}

    def _discard_draft(self) -> None:
        """Drop this form's own draft (a recovered one that was not restored stays)."""
        if not self._draft_saved:
            return
        records, draft_id = self.records, self.draft_id
        self._draft_saved = False
        self.runner.submit(lambda _p: records.discard_form_draft(draft_id), on_failure=lambda _exc: None)

    def _offer_draft(self, draft_id: str | None) -> None:
        try:
            drafts = self.records.form_drafts()
        except FieldDocError:
            return
        mine = [d for d in drafts if d.get("kind") == self.kind and d.get("record_id") == self.record_id]
        if draft_id is not None:
            mine = [d for d in drafts if d.get("draft_id") == draft_id]
        if not mine:
            return
        draft = mine[-1]
        self._recovered = draft
        when = str(draft.get("saved_at") or "")[:16].replace("T", " ")
        self.draft_text.setText(QCoreApplication.translate(
            "RecordEditor", "Unsaved changes to this form from {when} UTC were kept as an "
            "encrypted draft. Restore them?").format(when=when))
        self.draft_bar.show()

    def restore_draft(self) -> None:
        """Put the recovered draft's values into the form (they count as unsaved changes)."""
        if self._recovered is None:
            return
        payload = self._recovered.get("doc") or {}
        doc = payload.get("doc") if isinstance(payload, dict) and "doc" in payload else payload
        extra = payload if isinstance(payload, dict) and "doc" in payload else {}
        for kind, linked in extra.get("linked") or []:
            if isinstance(linked, dict) and isinstance(linked.get("id"), str):
                self.ctx.staged[linked["id"]] = (str(kind), linked)
        if isinstance(doc, dict):
            for f in self.fields:
                f.widget.set_value(paths.get(doc, f.keys))
            self.advanced.set_from(doc, self._bound_paths())
        pickers = self.findChildren(RecordPicker)
        for index, text in extra.get("typed") or []:
            if isinstance(index, int) and 0 <= index < len(pickers) and isinstance(text, str):
                pickers[index].edit.setText(text)
        # From now on this form's draft is the recovered one: saving or closing removes it.
        self.draft_id = str(self._recovered["draft_id"])
        self._recovered = None
        self._draft_saved = True
        self.draft_bar.hide()
        fix_tab_order(self)
        self._on_changed()

    def discard_recovered_draft(self) -> None:
        if self._recovered is None:
            return
        records, draft_id = self.records, str(self._recovered["draft_id"])
        self._recovered = None
        self.runner.submit(lambda _p: records.discard_form_draft(draft_id), on_failure=lambda _exc: None)
        self.draft_bar.hide()
