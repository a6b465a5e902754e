"""An open form after a language switch: rebuilt in the new language with its content intact.

A form's labels, hints and lists are built once, in the language of the moment.
When the interface language changes, :func:`rebuilt` makes the same form again
(same record, same unsaved values, same draft, same page) so that nothing typed
is lost and every word follows the new language.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtWidgets import QWidget

from fielddoc.gui.forms.base import RecordEditor
from fielddoc.gui.forms.resume import _focus_of, restore_place


def rebuilt(old: RecordEditor, parent: QWidget | None = None) -> RecordEditor:
    """A new form like ``old`` in the current language; ``old`` is left untouched (the caller
    replaces and deletes it)."""
    old._draft_timer.stop()
    dirty = old.has_unsaved_changes()
    payload: dict[str, Any] | None = old.draft_payload() if dirty else None
    recovered = old._recovered
    draft_id = str(recovered["draft_id"]) if recovered else old.draft_id
    new = type(old)(old.vault, old.records, old.runner, record_id=old.record_id, parent=parent,
                    draft_id=draft_id)
    if old.record_id is None:
        # a new record: the same starting point (pre-filled case, date …) as the old form
        new._doc = copy.deepcopy(old._doc)
        new.fields.load(new._doc)
        new.advanced.load(new._doc, new._bound_paths())
    new.ctx.staged.update(old.ctx.staged)
    if payload is not None:
        new._recovered = {"draft_id": old.draft_id, "doc": payload}
        new._draft_saved = old._draft_saved
        saved = old._draft_saved
        new.restore_draft()
        new._draft_saved = saved
    elif recovered is None:
        new.draft_bar.hide()
        new._recovered = None
    new._update_state()
    new.tabs.setCurrentIndex(old.tabs.currentIndex())
    return new


def place_of(old: RecordEditor) -> dict[str, Any]:
    """Where the user is in ``old`` (page, field, cursor), for :func:`put_back`."""
    return {"tab": old.tabs.currentIndex(), "focus": _focus_of(old)}


def put_back(new: RecordEditor, place: dict[str, Any]) -> None:
    """Once ``new`` is shown: the same page, field and cursor position."""
    restore_place(new, place)
