"""The workspace's form tabs: rebuilt after a language switch, renamed once saved.

:func:`relabel_editors` runs after a language switch (every widget has had its
``LanguageChange``): each open form is rebuilt in the new language with its
record, unsaved values, draft, page, field and cursor (``forms.relabel``).
:func:`retitle_saved` names a new record's tab after the record once it is saved
("New hearing" becomes the hearing), and files the form under the record's id so
that opening the record again shows this tab.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from fielddoc import i18n
from fielddoc.errors import FieldDocError
from fielddoc.gui.models import labels


def relabel_editors(ws: Any) -> None:
    from fielddoc.gui.forms.relabel import place_of, put_back, rebuilt

    current = ws.tabs.currentWidget()
    lang = i18n.language()
    for key, old in list(ws.editors.items()):
        index = ws.tabs.indexOf(old)
        if index < 0 or getattr(old, "_wiped", False) or getattr(old, "lang", lang) == lang:
            continue  # gone, wiped, or already in this language (translators are reinstalled at unlock)
        place = place_of(old)
        try:
            new = rebuilt(old, ws)
        except FieldDocError:
            continue  # the record is gone or the vault locked: the old form stays as it is
        kind = old.kind
        title = ws.record_title(old.record_id, kind) if old.record_id else labels.new_label(kind)
        ws.tabs.blockSignals(True)
        ws.tabs.removeTab(index)
        ws.tabs.insertTab(index, new, title)
        ws.tabs.blockSignals(False)
        new.saved.connect(lambda rid, k=kind: ws._saved(k, rid))
        new.saved.connect(lambda rid, e=new, k=kind: ws._retitle_saved(e, k, rid))
        new.closed.connect(lambda e=new: ws._remove_tab(e))
        new.setProperty("editor_key", key)
        ws.editors[key] = new
        old.setParent(None)
        old.deleteLater()
        if old is current:
            ws.tabs.setCurrentWidget(new)
            put_back(new, place)


def retitle_saved(ws: Any, editor: QWidget, kind: str, record_id: str) -> None:
    ws._retitle(editor, ws.record_title(record_id, kind))
    key = str(editor.property("editor_key") or "")
    if key.startswith("new-") or key.startswith("draft-"):
        ws.editors.pop(key, None)
        ws.editors[f"edit-{record_id}"] = editor
        editor.setProperty("editor_key", f"edit-{record_id}")
