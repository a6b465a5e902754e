"""Where the monitor was when the vault locked, and how to put her back there.

On every lock and quit path, while the key is still there, each open form is
flushed: unsaved changes go into its encrypted draft at once (not 3 s later),
and :func:`place` notes which form it is, its tab, the focused field and the
cursor position. The workspace keeps that list inside the vault (a setting,
encrypted like everything else) and, after the next unlock, reopens the forms
with their drafts and calls :func:`restore_place` on each.

Nothing here is kept in memory while locked: only record ids, draft ids,
field paths and numbers, and only inside the encrypted vault.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def _cursor(widget: QWidget) -> int | None:
    if isinstance(widget, QLineEdit):
        return widget.cursorPosition()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textCursor().position()
    return None


def _set_cursor(widget: QWidget, position: int) -> None:
    if isinstance(widget, QLineEdit):
        widget.setCursorPosition(position)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(min(position, len(widget.toPlainText())))
        widget.setTextCursor(cursor)


def _focus_of(editor: Any) -> dict[str, Any] | None:
    """The focused field (path, which of its widgets) and the cursor position in it."""
    fw = editor.focusWidget()
    if fw is None or not editor.isAncestorOf(fw):
        return None
    for f in editor.fields:
        w = f.widget
        if w is fw or (isinstance(w, QWidget) and w.isAncestorOf(fw)):
            children = w.findChildren(QWidget) if w is not fw else []
            return {"path": f.path, "child": children.index(fw) if fw in children else -1,
                    "cursor": _cursor(fw)}
    return None


def place(editor: Any) -> dict[str, Any] | None:
    """Flush ``editor`` (draft written now, synchronously) and say where its user was.

    Returns None for a form that cannot come back (already wiped).
    """
    if editor._wiped:
        return None
    editor._draft_timer.stop()
    mode = getattr(editor, "hearing", None)
    live = bool(mode is not None and mode.active)
    if live:
        mode.flush_quote()  # words typed into an open Quote dialog are kept too
        mode.autosave(force=True)  # hearing mode: the record itself, not only its draft
    entry: dict[str, Any] = {"kind": editor.kind, "record_id": editor.record_id,
                             "tab": editor.tabs.currentIndex(), "focus": _focus_of(editor)}
    if live:
        entry["hearing_mode"] = True
    if editor.has_unsaved_changes():
        editor.records.save_form_draft(editor.draft_id, editor.kind, editor.draft_payload(),
                                       editor.record_id)
        editor._draft_saved = True
        entry["draft_id"] = editor.draft_id
    elif editor.record_id is None:
        entry["defaults"] = editor.collect()  # a new form with nothing typed, maybe pre-filled
    return entry


def restore_place(editor: Any, entry: dict[str, Any]) -> None:
    """Back to the tab (or the hearing mode), field and cursor position noted by :func:`place`."""
    mode = getattr(editor, "hearing", None)
    if entry.get("hearing_mode") is True and mode is not None:
        mode.set_active(True)  # the idle-lock pause is not: that takes her explicit choice again
    tab = entry.get("tab")
    if isinstance(tab, int) and 0 <= tab < editor.tabs.count():
        editor.tabs.setCurrentIndex(tab)
    focus = entry.get("focus")
    if not isinstance(focus, dict):
        return
    try:
        field = editor.field(str(focus.get("path")))
    except KeyError:
        return
    widget = field.widget
    child = focus.get("child")
    if isinstance(child, int) and child >= 0:
        children = widget.findChildren(QWidget)
        widget = children[child] if child < len(children) else widget
    editor._focused_once = True  # not the first field: this one

    def apply() -> None:
        if editor._wiped:
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = focus.get("cursor")
        if isinstance(cursor, int):
            _set_cursor(widget, cursor)

    apply()
    QTimer.singleShot(0, editor, apply)  # again once the window is shown and active
