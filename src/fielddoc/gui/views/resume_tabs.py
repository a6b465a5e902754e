"""Back where the monitor was after a lock: the workspace's open tabs.

:func:`suspend` runs while the key is still there (``LockController.before_lock``):
each open form is flushed into its encrypted draft at once and placed
(``forms.resume.place``: tab, focused field, cursor); the list of open tabs
is kept in the vault as a setting, encrypted like the records, never in
memory while locked. :func:`resume` runs after the next unlock (also after a
restart): it reopens the case timelines and the forms with their drafts, puts
each form back on its tab and field, and makes the same tab current again.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QWidget

from fielddoc.errors import FieldDocError
from fielddoc.gui.dialogs.errors import show_error
from fielddoc.gui.models import labels
from fielddoc.gui.views.case_view import CaseView

#: Vault setting naming the forms and tabs open at the last lock.
RESUME_KEY = "gui.resume"


def suspend(ws: Any) -> None:
    from fielddoc.gui.forms.resume import place

    tabs: list[dict[str, Any] | None] = []
    for i in range(1, ws.tabs.count()):
        widget = ws.tabs.widget(i)
        entry: dict[str, Any] | None = None
        if isinstance(widget, CaseView):
            entry = {"case": widget.case_id}
        elif widget.property("editor_key"):
            try:
                entry = place(widget)
            except Exception:  # noqa: BLE001 - one form must not stop the others from being kept
                entry = None
        tabs.append(entry)
    state = {"tabs": tabs, "current": ws.tabs.currentIndex() - 1}
    ws.session.vault.set_setting(RESUME_KEY, json.dumps(state))


def _reopen_editor(ws: Any, entry: dict[str, Any], drafts: set[str]) -> QWidget | None:
    from fielddoc.gui.forms import open_draft
    from fielddoc.gui.forms.resume import restore_place

    session = ws.session
    kind, rid, draft_id = str(entry["kind"]), entry.get("record_id"), entry.get("draft_id")
    if draft_id in drafts:
        editor = open_draft(str(draft_id), session.vault, session.records, session.runner, parent=ws)
        key = f"edit-{rid}" if rid else f"draft-{draft_id}"
        title = labels.new_label(kind) if not rid else ws.record_title(str(rid), kind)
        ws._add_editor(key, kind, editor, title)
    elif rid:
        ws.edit_record(str(rid), kind)
    else:
        ws._new_counter += 1
        ws._open_editor(f"new-{ws._new_counter}", kind, None, entry.get("defaults") or {},
                        labels.new_label(kind))
    widget = ws.tabs.currentWidget()
    if widget is not None and widget.property("editor_key"):
        restore_place(widget, entry)
        return widget
    return None


def resume(ws: Any) -> None:
    try:
        raw = ws.session.vault.get_setting(RESUME_KEY)
        if not raw:
            return
        ws.session.vault.set_setting(RESUME_KEY, "")
        state = json.loads(raw)
        drafts = {str(d["draft_id"]) for d in ws.session.records.form_drafts()}
    except (FieldDocError, ValueError, KeyError):
        return
    current: QWidget | None = None
    for i, entry in enumerate(state.get("tabs") or []):
        if not isinstance(entry, dict):
            continue
        try:
            if entry.get("case"):
                widget: QWidget | None = ws.open_case(str(entry["case"]))
            elif entry.get("kind"):
                widget = _reopen_editor(ws, entry, drafts)
            else:
                continue
        except (FieldDocError, KeyError, ValueError, TypeError):
            continue
        if i == state.get("current"):
            current = widget
    if current is not None:
        ws.tabs.setCurrentWidget(current)


# -- drafts of forms left unsaved (crash, power loss, lock): the workspace's banner ---------------
def offer_drafts(ws: Any) -> int:
    try:  # not through gui.forms: importing every form would hold up the window after unlock
        ws._drafts = [{k: d[k] for k in ("draft_id", "kind", "record_id", "saved_at")}
                      for d in ws.session.records.form_drafts()]
    except FieldDocError:
        ws._drafts = []
    open_drafts = {getattr(e, "draft_id", None) for e in ws.editors.values()}
    ws._drafts = [d for d in ws._drafts if d["draft_id"] not in open_drafts]
    ws.retranslate()
    ws.drafts_bar.setVisible(bool(ws._drafts))
    return len(ws._drafts)


def reopen_drafts(ws: Any) -> None:
    from fielddoc.gui.forms import open_draft

    ws.drafts_bar.hide()
    for d in ws._drafts:
        key = f"draft-{d['draft_id']}"
        if key in ws.editors:
            continue
        try:
            editor = open_draft(str(d["draft_id"]), ws.session.vault, ws.session.records,
                                ws.session.runner, parent=ws)
        except (FieldDocError, KeyError, ValueError) as exc:
            if isinstance(exc, FieldDocError):
                show_error(ws, exc)
            continue
        kind = str(d["kind"])
        title = labels.new_label(kind) if not d.get("record_id") else labels.singular(kind)
        ws._add_editor(key, kind, editor, title)
    ws._drafts = []
