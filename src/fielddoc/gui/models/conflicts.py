"""What the conflict review screen shows: the records in conflict (a table model), the
competing versions of one of them, and their values as readable, translated text.

Loading (``load_list``, ``load_review``) runs on the task runner; everything
else here works on data already loaded. Field names come from
``field_names`` and vocabulary codes are shown with their labels in the
interface language, as in the detail pane.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from sqlalchemy import select

from fielddoc.gui.models import field_names, labels
from fielddoc.gui.models.detail import t as detail_text
from fielddoc.gui.models.pages import docs_of, titles
from fielddoc.gui.widgets.common import EMPTY
from fielddoc.gui.widgets.plain import plain_tip, shown_lines
from fielddoc.hq import conflicts
from fielddoc.hq.store import HQStore
from fielddoc.records import schema, vocab
from fielddoc.records.schema_fields import COMMON, FIELDS
from fielddoc.store.schema import records

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CTX = "Conflicts"

# Fields not compared (the same in every version by construction).
NOT_COMPARED = frozenset({"id"})

OPS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("Conflicts", "created"),
    "update": QT_TRANSLATE_NOOP("Conflicts", "edited"),
    "delete": QT_TRANSLATE_NOOP("Conflicts", "deleted"),
    "import": QT_TRANSLATE_NOOP("Conflicts", "imported"),
    "resolve": QT_TRANSLATE_NOOP("Conflicts", "conflict resolved"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def op_label(op: str) -> str:
    source = OPS.get(op)
    return tr(source) if source else op


def device_name(device_id: str, label: str) -> str:
    """A device as people know it: its enrolment label, with the start of its id."""
    short = str(device_id)[:12]
    return f"{label} ({short})" if label else short


# -- the list -------------------------------------------------------------------------------
@dataclass(frozen=True)
class ConflictRow:
    id: str
    kind: str
    title: str
    versions: int
    devices: tuple[str, ...]  # enrolment labels (or the start of the id), in the order of the versions
    device_names: tuple[str, ...] = ()  # label and id, for the tooltip
    hearing: tuple[str | None, object, object] | None = None  # (date, type, instance): named at display


def load_list(hq: HQStore) -> list[ConflictRow]:
    """Every record in conflict (task runner)."""
    found = conflicts.list_conflicts(hq)
    names = conflicts.device_labels(hq, [h["device_id"] for c in found for h in c["heads"]])
    docs = docs_of(hq, [str(c["id"]) for c in found if c["kind"] == "hearing"])
    out = []
    for c in found:
        devs: list[str] = []
        full: list[str] = []
        for h in c["heads"]:
            name = device_name(h["device_id"], names.get(h["device_id"], ""))
            if name not in full:
                full.append(name)
                devs.append(names.get(h["device_id"]) or str(h["device_id"])[:12])
        doc = docs.get(str(c["id"]))
        hearing = (doc.get("date"), doc.get("hearing_type"), doc.get("instance")) if doc else None
        out.append(ConflictRow(str(c["id"]), str(c["kind"]), str(c["title"] or ""), len(c["heads"]),
                               tuple(devs), tuple(full), hearing))
    return out


class ConflictListModel(QAbstractTableModel):
    """The records in conflict: type, title, number of versions, devices."""

    HEADERS: tuple[str, ...] = (
        QT_TRANSLATE_NOOP("Conflicts", "Type"),
        QT_TRANSLATE_NOOP("Conflicts", "Title"),
        QT_TRANSLATE_NOOP("Conflicts", "Versions"),
        QT_TRANSLATE_NOOP("Conflicts", "Devices"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ConflictRow] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, col, role)
            if text is None or role == Qt.ItemDataRole.DisplayRole:
                return shown_lines(text) if text is not None else None
            return plain_tip(text)  # a tooltip would read record text as markup
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _text(row: ConflictRow, col: int, role: int) -> str | None:
        """A cell's text or tooltip, before it is made safe to show (record text, device names)."""
        if col == 0:
            return labels.singular(row.kind)
        if col == 1:
            named = labels.hearing_title(*row.hearing) if row.hearing else ""
            return named or row.title or row.id
        if col == 2:
            return str(row.versions) if role == Qt.ItemDataRole.DisplayRole else None
        if col == 3:
            if role == Qt.ItemDataRole.DisplayRole:
                return ", ".join(row.devices)
            return "\n".join(row.device_names or row.devices)
        return None

    def set_rows(self, rows: list[ConflictRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == record_id), -1)

    def remove(self, record_id: str) -> int:
        """Drop a resolved record; returns the row it had (-1: not listed)."""
        i = self.row_of(record_id)
        if i >= 0:
            self.beginRemoveRows(QModelIndex(), i, i)
            del self.rows[i]
            self.endRemoveRows()
        return i

    def clear(self) -> None:
        """Forget everything (lock)."""
        self.set_rows([])


# -- one record -----------------------------------------------------------------------------
@dataclass
class Review:
    """A record's competing versions, gathered off the GUI thread."""

    id: str
    kind: str
    title: str
    versions: list[conflicts.Version]
    refs: dict[str, str] = field(default_factory=dict)

    @property
    def docs(self) -> list[dict[str, Any]]:
        return [v.doc for v in self.versions]

    def differing(self) -> list[str]:
        return conflicts.differing_fields(self.docs)

    def fields(self) -> list[str]:
        """Every field any version has, in the order of the forms (then the others)."""
        present: list[str] = []
        for d in self.docs:
            present += [k for k in d if k not in present and k not in NOT_COMPARED]
        order = [k for k in (*FIELDS.get(self.kind, {}), *COMMON) if k in present]
        return order + [k for k in present if k not in order]


def load_review(hq: HQStore, record_id: str) -> Review:
    """The versions of one record, with the titles of the records they refer to (task runner)."""
    vs = conflicts.versions(hq, record_id)
    kind = title = ""
    with hq.engine.connect() as conn:
        row = conn.execute(select(records.c.kind, records.c.title).where(records.c.id == record_id)).first()
        if row is not None:
            kind, title = str(row[0]), str(row[1] or "")
    wanted = {ref for v in vs for _path, ref in schema.references(kind, v.doc)}
    refs = titles(hq, wanted) if wanted else {}
    return Review(record_id, kind, title, vs, refs)


# -- values as text ---------------------------------------------------------------------------
def value_text(parent: str, key: str, value: Any, refs: dict[str, str] | None = None,
               depth: int = 0) -> str:
    """A field's value as readable text: labels instead of codes, one line per nested field."""
    refs = refs or {}
    if value is EMPTY:
        return "—"
    if value is None:
        return detail_text("unknown")
    if isinstance(value, bool):
        return detail_text("yes") if value else detail_text("no")
    if isinstance(value, dict):
        if "value" in value and set(value) <= {"value", "precision", "is_estimate"}:
            text = str(value.get("value"))
            return text + (f" ({detail_text('estimate')})" if value.get("is_estimate") else "")
        if "code" in value and set(value) <= {"code", "scheme"}:
            return value_text(parent, key, value.get("code"), refs, depth)
        if key == "fair_trial" or ("item" in value and "answer" in value):
            return _observation(value)
        lines = []
        for k, v in value.items():
            inner = value_text(key, k, v, refs, depth + 1)
            if "\n" in inner:
                lines.append(f"{field_names.name(k)}:")
                lines += ["    " + line for line in inner.split("\n")]
            else:
                lines.append(f"{field_names.name(k)}: {inner}")
        return "\n".join(lines) or "—"
    if isinstance(value, list):
        if not value:
            return "—"
        if all(not isinstance(x, dict | list) for x in value):
            return ", ".join(value_text(parent, key, x, refs, depth) for x in value)
        items = []
        for x in value:
            lines = value_text(key, key, x, refs, depth + 1).split("\n")
            items.append("\n".join(["• " + lines[0], *("   " + line for line in lines[1:])]))
        return "\n".join(items)
    if isinstance(value, str):
        if key.endswith("_id") or key.endswith("_ids"):
            title = refs.get(value)
            return f"{title} ({value})" if title else value
        vname = field_names.vocab_for(parent, key)
        if vname:
            return vocab.label(vname, value, labels.lang())
    return str(value)


def _observation(obs: dict[str, Any]) -> str:
    """One fair-trial observation on a line: item, answer, assessment (then its note)."""
    lang = labels.lang()
    item = vocab.FAIR_TRIAL_BY_ID.get(str(obs.get("item")))
    name = item.label(lang) if item else str(obs.get("item", ""))
    parts = [name]
    if obs.get("answer"):
        parts.append(vocab.label("ft_answer", str(obs["answer"]), lang))
    if obs.get("assessment"):
        parts.append(vocab.label("ft_assessment", str(obs["assessment"]), lang))
    text = " · ".join(parts)
    rest = {k: v for k, v in obs.items() if k not in ("item", "answer", "assessment")}
    for k, v in rest.items():
        text += f"\n    {field_names.name(k)}: {value_text('fair_trial', k, v)}"
    return text
