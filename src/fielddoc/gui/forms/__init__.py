"""Editing forms for every record type.

The shell opens a form with :func:`create_editor`; a form is a
:class:`~fielddoc.gui.forms.base.RecordEditor` (a QWidget) with the signals
``saved(str)`` and ``closed()``. Unsaved work left by a crash is listed by
:func:`pending_drafts` and reopened with :func:`open_draft` (a form also offers
its own draft back when the same record is opened again).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from fielddoc.gui.forms.base import RecordEditor
from fielddoc.gui.forms.case import CaseEditor
from fielddoc.gui.forms.detention import DetentionEditor
from fielddoc.gui.forms.evidence import AttachmentEditor, SourceEditor
from fielddoc.gui.forms.hearing import HearingEditor
from fielddoc.gui.forms.incident import IncidentEditor
from fielddoc.gui.forms.links import InterventionEditor, InvolvementEditor, RelationEditor
from fielddoc.gui.forms.people import LocationEditor, OrganisationEditor, PersonEditor
from fielddoc.gui.tasks import TaskRunner

EDITORS: dict[str, type[RecordEditor]] = {
    cls.kind: cls
    for cls in (
        CaseEditor, HearingEditor, IncidentEditor, DetentionEditor, PersonEditor, OrganisationEditor,
        LocationEditor, SourceEditor, AttachmentEditor, InvolvementEditor, RelationEditor,
        InterventionEditor,
    )
}
KINDS = tuple(EDITORS)


def create_editor(
    kind: str,
    vault: Any,
    records: Any,
    runner: TaskRunner,
    record_id: str | None = None,
    defaults: dict[str, Any] | None = None,
    parent: QWidget | None = None,
    *,
    draft_id: str | None = None,
) -> RecordEditor:
    """A form for a new record of ``kind`` (``record_id`` None) or for an existing one.

    ``defaults`` pre-fill a new record (e.g. ``{"case_id": current_case}``);
    ``draft_id`` reopens a draft listed by :func:`pending_drafts`.
    """
    try:
        cls = EDITORS[kind]
    except KeyError:
        raise ValueError(f"no form for record type {kind!r}") from None
    return cls(vault, records, runner, record_id=record_id, defaults=defaults, parent=parent,
               draft_id=draft_id)


def pending_drafts(records: Any) -> list[dict[str, Any]]:
    """Drafts of unsaved forms kept in the vault: ``draft_id, kind, record_id, saved_at``."""
    return [{k: d[k] for k in ("draft_id", "kind", "record_id", "saved_at")} for d in records.form_drafts()]


def open_draft(draft_id: str, vault: Any, records: Any, runner: TaskRunner,
               parent: QWidget | None = None) -> RecordEditor:
    """Reopen a kept draft in its form, with the draft's values restored (still unsaved)."""
    for d in records.form_drafts():
        if d["draft_id"] == draft_id:
            editor = create_editor(str(d["kind"]), vault, records, runner, record_id=d.get("record_id"),
                                   parent=parent, draft_id=draft_id)
            editor.restore_draft()
            return editor
    raise KeyError(draft_id)


__all__ = ["EDITORS", "KINDS", "RecordEditor", "create_editor", "open_draft", "pending_drafts"]
