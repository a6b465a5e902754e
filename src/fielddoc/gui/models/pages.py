"""One page of list rows: summaries from ``records.query`` plus a few values from
each record's document (its type, status, the name of a referenced person...).

Qt-free so it can run on the task runner's worker thread. A page costs three
indexed queries (the summaries, the documents of those ids, the titles of the
records they refer to), whatever the size of the store.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from fielddoc.records import query, schema, vocab
from fielddoc.records.service import Store
from fielddoc.store.schema import records

#: Columns of each list (None: the list of every record type).
KIND_COLUMNS: dict[str | None, tuple[str, ...]] = {
    "case": ("title", "opened", "case_number", "case_type", "stage", "confidentiality"),
    "hearing": ("date", "case", "hearing_type", "status", "concerns", "confidentiality"),
    "incident": ("title", "start", "incident_type", "location", "confidentiality"),
    "detention": ("person", "apprehended", "procedure", "facility", "case", "confidentiality"),
    "person": ("name", "occupation", "confidentiality", "updated_at"),
    "organisation": ("name", "org_type", "confidentiality", "updated_at"),
    "location": ("name", "country", "tz", "confidentiality"),
    "source": ("title", "date", "source_kind", "grade", "confidentiality"),
    "attachment": ("title", "captured", "files", "sha256", "confidentiality"),
    None: ("title", "kind", "date", "confidentiality", "updated_at"),
}

#: Column -> SQL sort key of ``records.query.SORTABLE`` (columns not listed do not sort).
SORT_KEYS = {
    "title": "title", "name": "title", "person": "title", "kind": "kind",
    "date": "date_sort", "opened": "date_sort", "start": "date_sort", "apprehended": "date_sort",
    "captured": "date_sort", "confidentiality": "confidentiality", "updated_at": "updated_at",
}

#: Columns holding a vocabulary code, and the vocabulary.
VOCAB_COLUMNS = {
    "case_type": "case_type", "stage": "stage", "hearing_type": "hearing_type", "instance": "instance",
    "status": "hearing_status", "incident_type": "incident_type", "procedure": "procedure",
    "facility": "facility_type", "org_type": "org_type", "source_kind": "source_kind",
    "confidentiality": "confidentiality",
}

CONCERNS = frozenset({"concern", "apparent_violation"})


@dataclass
class Row:
    """What one line of a list shows; vocabulary values stay codes until display."""

    id: str
    kind: str
    title: str
    date_sort: str | None
    confidentiality: str
    tlp: str
    draft: bool
    conflict: bool
    updated_at: str
    values: dict[str, Any] = field(default_factory=dict)
    #: Where the search matched: (plain text, matched) pieces (records.query.snippets).
    snippet: list[tuple[str, bool]] = field(default_factory=list)


def docs_of(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The documents of these records (undecodable ones as {})."""
    if not ids:
        return {}
    rows = []
    with store.engine.connect() as conn:
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows += conn.execute(select(records.c.id, records.c.doc).where(records.c.id.in_(chunk))).all()
    out: dict[str, dict[str, Any]] = {}
    for rid, doc in rows:
        try:
            value = json.loads(doc)
        except ValueError:
            value = {}
        out[rid] = value if isinstance(value, dict) else {}
    return out


def titles(store: Store, ids: set[str]) -> dict[str, str]:
    """Titles of the records with these ids (missing ids are left out)."""
    wanted = [i for i in ids if isinstance(i, str)]
    out: dict[str, str] = {}
    with store.engine.connect() as conn:
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            for rid, title in conn.execute(
                select(records.c.id, records.c.title).where(records.c.id.in_(chunk))
            ):
                out[rid] = title
    return out


def _last_facility(doc: dict[str, Any]) -> str | None:
    segments = doc.get("custody_segments")
    if not isinstance(segments, list):
        return None
    for seg in reversed(segments):
        if isinstance(seg, dict) and isinstance(seg.get("facility_type"), str):
            return str(seg["facility_type"])
    return None


def concern_count(doc: dict[str, Any]) -> int:
    obs = doc.get("fair_trial")
    if not isinstance(obs, list):
        return 0
    return sum(1 for o in obs if isinstance(o, dict) and o.get("assessment") in CONCERNS)


def _s(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _values(kind: str, doc: dict[str, Any], refs: dict[str, str]) -> dict[str, Any]:
    """Per-kind values for the list columns, read from the document."""
    g = doc.get
    if kind == "case":
        return {"case_number": _s(g("official_case_number")), "case_type": g("case_type"),
                "stage": g("stage")}
    if kind == "hearing":
        return {"case": refs.get(_s(g("case_id")), ""), "hearing_type": g("hearing_type"),
                "instance": g("instance"), "status": g("status"), "concerns": concern_count(doc)}
    if kind == "incident":
        return {"incident_type": g("incident_type"), "location": refs.get(_s(g("location_id")), "")}
    if kind == "detention":
        case_id = _s(g("case_id")) or _s(g("related_case_id"))
        return {"person": refs.get(_s(g("person_id")), _s(g("person_id"))), "procedure": g("procedure"),
                "facility": _last_facility(doc), "case": refs.get(case_id, "")}
    if kind == "person":
        return {"occupation": _s(g("occupation"))}
    if kind == "organisation":
        return {"org_type": g("org_type")}
    if kind == "location":
        return {"country": _s(g("country")), "tz": _s(g("tz"))}
    if kind == "source":
        return {"source_kind": g("source_kind"), "grade": _s(g("reliability")) + _s(g("credibility"))}
    if kind == "involvement":
        return {"subject": refs.get(_s(g("subject_id")), _s(g("subject_id"))), "role": g("role"),
                "object": refs.get(_s(g("object_id")), _s(g("object_id")))}
    if kind == "relation":
        return {"subject": refs.get(_s(g("from_id")), _s(g("from_id"))),
                "object": refs.get(_s(g("to_id")), _s(g("to_id")))}
    if kind == "attachment":
        files = g("files") if isinstance(g("files"), list) else []
        first = files[0] if files and isinstance(files[0], dict) else {}
        return {"files": len(files), "sha256": _s(first.get("sha256"))[:16]}
    return {}


_REF_KEYS = ("case_id", "related_case_id", "location_id", "person_id", "subject_id", "object_id",
             "from_id", "to_id")


def fetch_page(
    store: Store,
    flt: query.Filter,
    *,
    sort: str = "date_sort",
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
) -> list[Row]:
    summaries = query.list_records(store, flt, sort=sort, descending=descending, offset=offset, limit=limit)
    docs = docs_of(store, [s["id"] for s in summaries])
    wanted = {
        _s(doc.get(k)) for doc in docs.values() for k in _REF_KEYS if _s(doc.get(k))
    }
    refs = titles(store, wanted) if wanted else {}
    found = query.snippets(store, [s["id"] for s in summaries], flt.text, flt.lang) if flt.text else {}
    rows: list[Row] = []
    for s in summaries:
        doc = docs.get(s["id"], {})
        conf = schema.effective_confidentiality(doc)
        rows.append(Row(
            id=s["id"], kind=s["kind"], title=s["title"] or "", date_sort=s["date_sort"],
            confidentiality=conf, tlp=vocab.CONFIDENTIALITY_TLP.get(conf, ""),
            draft=bool(s["draft"]), conflict=bool(s["conflict"]), updated_at=s["updated_at"] or "",
            values=_values(s["kind"], doc, refs), snippet=found.get(s["id"], []),
        ))
    return rows

