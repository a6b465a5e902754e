"""Pickers of linked records: search as you type over the store, create new inline.

A :class:`RecordPicker` holds one record id. Typing searches the encrypted
store's full-text index (``records.query.search``) and offers matches, an
exact match (case and spacing aside) first; the last entry, "+ New …", makes a
new person / organisation / location / source with the typed name, unless one
with exactly that name was found. The new record is only staged in the form's
:class:`RecordContext`: it is created when the form is saved, in the same
transaction, and never if the form is discarded. A :class:`MultiRecordPicker`
holds a list of ids.

Keys: Down opens the list and enters it; Up from the first entry goes back to
the typed text (it never wraps round to "+ New …"); Esc closes the list only.
"""

from __future__ import annotations

import copy
import unicodedata
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fielddoc import i18n as core_i18n
from fielddoc.errors import FieldDocError
from fielddoc.gui.widgets.common import EMPTY
from fielddoc.gui.widgets.kinds import kind_name, new_kind_name
from fielddoc.gui.widgets.plain import plain_tip, shown
from fielddoc.records import query
from fielddoc.records.ids import uuid7
from fielddoc.records.search import name_key
from fielddoc.records.vocab import CONFIDENTIALITY_TLP

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CREATE_ROLE = Qt.ItemDataRole.UserRole + 2
#: What the line edit shows while an entry is highlighted: the record's name, or the typed text.
NAME_ROLE = Qt.ItemDataRole.UserRole + 3
CREATABLE = ("person", "organisation", "location", "source")
_NAME_FIELD = {"source": "title"}


def same_name(a: str, b: str) -> bool:
    """Equal names, case, Unicode form and spacing aside."""
    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return norm(a) == norm(b)


class RecordContext:
    """What pickers need: the record service (and through it the store)."""

    def __init__(self, records: Any) -> None:
        self.records = records
        #: New records named inline, not stored yet: id -> (kind, document).
        self.staged: dict[str, tuple[str, dict[str, Any]]] = {}

    @property
    def store(self) -> Any:
        return self.records.store

    def title(self, record_id: str) -> tuple[str, str | None]:
        """(title, kind) of a record, or (id, None) if it does not exist."""
        if record_id in self.staged:
            kind, doc = self.staged[record_id]
            return str(doc.get(_NAME_FIELD.get(kind, "name")) or record_id), kind
        try:
            meta = self.records.meta(record_id)
        except FieldDocError:
            return record_id, None
        title = str(meta.get("title") or "") or record_id
        return title, str(meta.get("kind"))

    def search(self, text: str, kinds: tuple[str, ...] | None, limit: int = 12) -> list[dict[str, Any]]:
        text = text.strip()
        if not text:
            return []
        out: list[dict[str, Any]] = []
        seen: set[str] = set()
        try:
            for kind in kinds or (None,):
                flt = query.Filter(kind=kind, lang=core_i18n.language())  # Kazakh word forms in kk
                for row in query.search(self.store, text, flt, limit=limit):
                    if row["id"] not in seen:
                        seen.add(row["id"])
                        out.append(row)
        except FieldDocError:
            return out
        return out[: limit * 2]

    def stage(self, kind: str, name: str, confidentiality: str = "organisation") -> str:
        """A new record of ``kind`` named ``name``, kept here until the form is saved; its id."""
        rid = uuid7()
        doc: dict[str, Any] = {
            "id": rid,
            _NAME_FIELD.get(kind, "name"): name.strip(),
            "confidentiality": confidentiality,
            "tlp": CONFIDENTIALITY_TLP[confidentiality],
        }
        if kind == "person":
            doc["counting_unit"] = "individual"
        self.staged[rid] = (kind, doc)
        return rid

    def linked(self, doc: Any) -> list[tuple[str, dict[str, Any]]]:
        """The staged records ``doc`` refers to (to be created with it)."""
        found: list[str] = []

        def walk(v: Any) -> None:
            if isinstance(v, str):
                if v in self.staged and v not in found:
                    found.append(v)
            elif isinstance(v, dict):
                for x in v.values():
                    walk(x)
            elif isinstance(v, list):
                for x in v:
                    walk(x)

        walk(doc)
        return [(self.staged[rid][0], copy.deepcopy(self.staged[rid][1])) for rid in found]

    def stored(self, ids: list[str]) -> None:
        """These staged records were created (with the form)."""
        for rid in ids:
            self.staged.pop(rid, None)


class _PickerKeys(QObject):
    """Keys of a picker's line edit and suggestion list (see the module's docstring)."""

    def __init__(self, picker: RecordPicker) -> None:
        super().__init__(picker)
        self.picker = picker

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) \
                or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        p = self.picker
        if not plain or key not in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Escape):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            if p.popup_visible() or (key == Qt.Key.Key_Down and watched is p.edit):
                event.accept()  # a key for the list, not the form's shortcut (Esc closes the form)
                return True
            return False
        if watched is p.edit:
            if key == Qt.Key.Key_Down and not p.popup_visible():
                p.enter_list()
                return True
            return False
        if key == Qt.Key.Key_Escape:
            p.completer.popup().hide()
        else:
            p.step(1 if key == Qt.Key.Key_Down else -1)
        return True


class RecordPicker(QWidget):
    """One linked record: a search box with completion, and "+" to create a new one."""

    changed = Signal()
    created = Signal(str, str)  # kind, id
    typed = Signal()  # text typed but not (yet) linked: a change of the form

    def __init__(self, ctx: RecordContext, kinds: tuple[str, ...] | None, parent: QWidget | None = None,
                 create: bool = True, placeholder: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kinds = kinds
        self.creatable = tuple(k for k in (kinds or ()) if k in CREATABLE) if create else ()
        self._id: Any = EMPTY
        self._title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        names = " / ".join(kind_name(k).lower() for k in (kinds or ())) if kinds else self.tr("any record")
        self.edit.setPlaceholderText(placeholder or self.tr("Type to search ({kinds})…").format(kinds=names))
        layout.addWidget(self.edit, 1)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionRole(NAME_ROLE)
        self.completer.setWrapAround(False)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._activated)
        self._query = ""
        self._edits = 0
        self._keys = _PickerKeys(self)
        self.completer.popup().installEventFilter(self._keys)  # after the completer's own filter
        self.edit.installEventFilter(self._keys)
        self.create_button: QToolButton | None = None
        if self.creatable:
            b = QToolButton(self)
            b.setText("+")
            b.setToolTip(self.tr("Create a new record with the typed name"))
            b.setAccessibleName(self.tr("Create new"))
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.clicked.connect(self._create_from_button)
            layout.addWidget(b)
            self.create_button = b
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.edit.textEdited.connect(self._typed)
        self.setFocusProxy(self.edit)

    # -- searching ----------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self._edits += 1  # a title shown later (select's deferred call) must not undo typing
        self.typed.emit()
        if self.model.rowCount() and text != self._query:
            self.model.clear()  # results of an older text must not be shown, nor chosen with Enter
        if not text.strip():
            self._timer.stop()
            self.model.clear()
            if self._id is not EMPTY:
                self._id = EMPTY
                self._title = ""
                self.changed.emit()
            return
        self._timer.start()

    def popup_visible(self) -> bool:
        return self.completer.popup().isVisible()

    def enter_list(self) -> None:
        """Down in the line edit: open the list (searching first if needed) on its first entry."""
        self._timer.stop()
        if self.model.rowCount() == 0 or self.edit.text() != self._query:
            self.refresh()
        if self.model.rowCount():
            self.completer.complete()
            self.step(1)

    def step(self, delta: int) -> None:
        """Move in the open list; Up from the first entry returns to the typed text (no wrap)."""
        popup = self.completer.popup()
        current = popup.currentIndex()
        inside = current.isValid() and popup.selectionModel().isSelected(current)
        rows = popup.model().rowCount()
        if not inside:
            row = 0 if delta > 0 else None
        else:
            row = current.row() + delta
            if row >= rows:
                row = rows - 1
        if row is None or row < 0:
            popup.setCurrentIndex(QModelIndex())
            popup.clearSelection()
            self.edit.setText(self._query)
            return
        popup.setCurrentIndex(popup.model().index(row, 0))

    def refresh(self) -> None:
        """Search the store for what was typed and show the matches (an exact one first)."""
        text = self.edit.text()
        self._query = text
        self.model.clear()
        rows = self.ctx.search(text, self.kinds)
        exact = [r for r in rows if same_name(str(r.get("title") or ""), text)]
        # Another spelling of the typed name (Aktau / Актау): listed first, and named on "+ New".
        key = name_key(text)
        similar = [r for r in rows if r not in exact and key and name_key(str(r.get("title") or "")) == key]
        rows = exact + similar + [r for r in rows if r not in exact and r not in similar]
        for row in rows:
            title = str(row.get("title") or row["id"])
            item = QStandardItem(f"{shown(title)}  ·  {kind_name(str(row['kind']))}")
            item.setData(row["id"], ID_ROLE)
            item.setData(title, NAME_ROLE)
            item.setData(plain_tip(title), Qt.ItemDataRole.ToolTipRole)
            self.model.appendRow(item)
        have = {str(r["kind"]) for r in exact}
        for kind in self.creatable:
            if text.strip() and kind not in have:
                label = self.tr("+ {new}: “{name}”").format(new=new_kind_name(kind), name=shown(text.strip()))
                twin = next((r for r in similar if r["kind"] == kind), None)
                if twin is not None:
                    label += "  " + self.tr("(similar to “{other}”, already here)").format(
                        other=shown(str(twin.get("title") or "")))
                item = QStandardItem(label)
                item.setData(kind, CREATE_ROLE)
                item.setData(text, NAME_ROLE)
                self.model.appendRow(item)
        if self.model.rowCount() and self.edit.hasFocus():
            self.completer.complete()
        elif self.popup_visible():
            self.completer.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        kind = index.data(CREATE_ROLE)
        if kind:
            # the typed name, not the entry's label (which the completer may have put in the edit)
            self.create_new(str(kind), str(index.data(NAME_ROLE) or self._query))
            return
        rid = index.data(ID_ROLE)
        if rid:
            self.select(str(rid), user=True)

    # -- creating -------------------------------------------------------------------------
    def _create_from_button(self) -> None:
        name = self.edit.text().strip()
        if not name or self._id is not EMPTY and name == self._title:
            self.edit.setFocus()
            self.edit.selectAll()
            self.edit.setPlaceholderText(self.tr("Type the name first, then press +"))
            return
        self.create_new(self.creatable[0], name)

    def create_new(self, kind: str, name: str) -> str | None:
        """Stage a minimal record of ``kind`` named ``name`` (created with the form) and select it."""
        name = name.strip()
        if not name:
            return None
        rid = self.ctx.stage(kind, name)
        self.created.emit(kind, rid)
        self.select(rid, user=True)
        return rid

    # -- value protocol ----------------------------------------------------------------------
    def select(self, record_id: str, user: bool = False) -> None:
        self._id = record_id
        title, _kind = self.ctx.title(record_id)
        self._title = title
        edits = self._edits
        QTimer.singleShot(0, self, lambda: self._show_title(title, edits))
        self._show_title(title)
        if user:
            self.changed.emit()

    def _show_title(self, title: str, edits: int | None = None) -> None:
        if edits is not None and edits != self._edits:
            return  # typed since: the typing stays
        if self._id is not EMPTY and self._title == title:
            self.edit.setText(title)
            self.edit.setCursorPosition(0)

    def value(self) -> Any:
        return self._id

    def set_value(self, v: Any) -> None:
        self.model.clear()
        if isinstance(v, str) and v:
            self.select(v)
        else:
            self._id = v if v is None else EMPTY
            self._title = ""
            self.edit.setText("")

    def pending_text(self) -> str | None:
        """Typed text that was not turned into a link (None if there is none)."""
        text = self.edit.text().strip()
        if text and (self._id is EMPTY or self._id is None or text != self._title):
            return text
        return None


class MultiRecordPicker(QWidget):
    """A list of linked records: picked ones are listed; Delete removes the selected one."""

    changed = Signal()

    def __init__(self, ctx: RecordContext, kinds: tuple[str, ...] | None, parent: QWidget | None = None,
                 create: bool = True, rows: int = 3) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._raw: Any = EMPTY
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * rows + 10)
        self.list.setAlternatingRowColors(True)
        self.list.hide()
        layout.addWidget(self.list)
        bottom = QHBoxLayout()
        bottom.setSpacing(2)
        self.picker = RecordPicker(ctx, kinds, self, create=create,
                                   placeholder=self.tr("Type to search and add…"))
        self.picker.changed.connect(self._picked)
        self.typed = self.picker.typed
        bottom.addWidget(self.picker, 1)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("−")
        self.remove_button.setToolTip(self.tr("Remove the selected entry (Delete)"))
        self.remove_button.setAccessibleName(self.tr("Remove"))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button.clicked.connect(self.remove_selected)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.setFocusProxy(self.picker)

    def _picked(self) -> None:
        rid = self.picker.value()
        if isinstance(rid, str) and rid:
            if rid not in self.ids():
                self._add_item(rid)
                self.changed.emit()
            self.picker.set_value(EMPTY)

    def _add_item(self, rid: str) -> None:
        title, kind = self.ctx.title(rid)
        text = title if kind else self.tr("{id} (not found)").format(id=rid)
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, rid)
        self.list.addItem(item)
        self.list.setVisible(True)

    def add(self, rid: str) -> None:
        if rid not in self.ids():
            self._add_item(rid)
            self.changed.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.list.setVisible(self.list.count() > 0)
            self.changed.emit()

    def ids(self) -> list[str]:
        return [str(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())]

    def value(self) -> Any:
        ids = self.ids()
        if not ids:
            return [] if isinstance(self._raw, list) and not self._raw else EMPTY
        return ids

    def set_value(self, v: Any) -> None:
        self._raw = v
        self.list.clear()
        if isinstance(v, list):
            for rid in v:
                if isinstance(rid, str):
                    self._add_item(rid)
        self.list.setVisible(self.list.count() > 0)
        self.picker.set_value(EMPTY)

    def pending_text(self) -> str | None:
        return self.picker.pending_text()

    def show_problem(self, rest: tuple[Any, ...], text: str) -> QWidget | None:
        if rest and isinstance(rest[0], int) and rest[0] < self.list.count():
            self.list.setCurrentRow(rest[0])
        return None
