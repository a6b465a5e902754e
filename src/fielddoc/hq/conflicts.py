"""Conflicts at HQ: list them, and resolve one with a revision whose parents are all heads."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from fielddoc.bundle.errors import NoConflict, NotAHead
from fielddoc.errors import Problem, RecordNotFound, ValidationError
from fielddoc.hq import merge
from fielddoc.hq.errors import ChangedMeanwhile
from fielddoc.hq.store import HQStore
from fielddoc.records import schema
from fielddoc.records.audit import AuditWriter
from fielddoc.records.service import Records
from fielddoc.store.schema import records, revisions
from fielddoc.store.schema_sync import hq_devices, hq_parents


@dataclass(frozen=True)
class Head:
    hash: str
    device_id: str
    revision: int
    at: str
    op: str


def list_conflicts(hq: HQStore, limit: int = 1000) -> list[dict[str, Any]]:
    with hq.engine.connect() as conn:
        rows = conn.execute(
            select(records.c.id, records.c.kind, records.c.title)
            .where(records.c.conflict.is_(True))
            .order_by(records.c.id)
            .limit(limit)
        ).all()
        return [
            {"id": r[0], "kind": r[1], "title": r[2], "heads": [h.__dict__ for h in heads_of(conn, r[0])]}
            for r in rows
        ]


def heads_of(conn: Any, record_id: str) -> list[Head]:
    return [Head(h.hash, h.device_id, h.revision, h.at, h.op) for h in merge.record_heads(conn, record_id)]


@dataclass(frozen=True)
class Version:
    """One competing head of a record in conflict, with its document (for review)."""

    hash: str
    device_id: str
    device_label: str
    revision: int
    at: str
    op: str
    author: str
    doc: dict[str, Any]


def device_labels(hq: HQStore, device_ids: Iterable[str]) -> dict[str, str]:
    """The registry's label of each of these devices (unknown devices are left out)."""
    wanted = sorted(set(device_ids))
    out: dict[str, str] = {}
    with hq.engine.connect() as conn:
        for i in range(0, len(wanted), merge.BATCH):
            for dev, label in conn.execute(
                select(hq_devices.c.device_id, hq_devices.c.label).where(
                    hq_devices.c.device_id.in_(wanted[i : i + merge.BATCH])
                )
            ):
                out[str(dev)] = str(label or "")
    return out


def versions(hq: HQStore, record_id: str) -> list[Version]:
    """The heads of ``record_id`` with their documents, the one shown first (one head: no conflict)."""
    with hq.engine.connect() as conn:
        if conn.execute(select(records.c.id).where(records.c.id == record_id)).first() is None:
            raise RecordNotFound(record_id=record_id)
        hs = merge.record_heads(conn, record_id)
        rows = {
            r[0]: (r[1], r[2])
            for r in conn.execute(
                select(revisions.c.hash, revisions.c.author, revisions.c.doc).where(
                    revisions.c.hash.in_([h.hash for h in hs])
                )
            )
        }
    names = device_labels(hq, [h.device_id for h in hs])
    return [
        Version(
            h.hash,
            h.device_id,
            names.get(h.device_id, ""),
            h.revision,
            h.at,
            h.op,
            str(rows[h.hash][0]),
            json.loads(rows[h.hash][1]),
        )
        for h in hs
    ]


def _resolved_at_hq(conn: Any, head: str) -> bool:
    """The head is an analyst's resolution (it has extra parents, or op ``resolve``)."""
    if conn.execute(select(hq_parents.c.child_hash).where(hq_parents.c.child_hash == head)).first():
        return True
    return conn.execute(select(revisions.c.op).where(revisions.c.hash == head)).scalar() == "resolve"


def _was_head(conn: Any, record_id: str, prefix: str) -> bool:
    """``prefix`` names a revision of this record (so it was a head the analyst saw, now superseded)."""
    return (
        conn.execute(
            select(revisions.c.hash).where(
                revisions.c.record_id == record_id, revisions.c.hash.startswith(prefix, autoescape=True)
            )
        ).first()
        is not None
    )


def _changed(conn: Any, record_id: str, seen: set[str]) -> ChangedMeanwhile:
    """ChangedMeanwhile naming the author and time of the newest revision the analyst did not see."""
    rows = conn.execute(
        select(revisions.c.hash, revisions.c.author, revisions.c.at)
        .where(revisions.c.record_id == record_id)
        .order_by(revisions.c.at.desc(), revisions.c.hash.desc())
    ).all()
    newest = next((r for r in rows if not any(r[0].startswith(p) for p in seen)), rows[0] if rows else None)
    who, at = (str(newest[1]), str(newest[2])) if newest is not None else ("?", "?")
    return ChangedMeanwhile(record_id=record_id, who=who, at=at)


def _canon(value: Any) -> str:
    # type-strict: true != 1, 7 != 7.0 (as written)
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def differing_fields(docs: Sequence[dict[str, Any]]) -> list[str]:
    """Top-level fields (not ``id``) whose value, or presence, is not the same in every document."""
    keys: list[str] = []
    for d in docs:
        keys += [k for k in d if k not in keys and k != "id"]
    missing = object()
    out = []
    for k in keys:
        values = {_canon(d[k]) if k in d else missing for d in docs}
        if len(values) > 1:
            out.append(k)
    return out


def merge_versions(
    docs: Sequence[dict[str, Any]], choice: Mapping[str, int], base: int = 0
) -> dict[str, Any]:
    """A merged document: ``docs[base]`` with each field of ``choice`` taken from ``docs[choice[field]]``.

    A field the chosen document does not have is left out of the result.
    """
    if not docs or not 0 <= base < len(docs):
        raise ValueError("no such version")
    out = copy.deepcopy(docs[base])
    for key, index in choice.items():
        if not 0 <= index < len(docs):
            raise ValueError("no such version")
        if key == "id":
            continue
        if key in docs[index]:
            out[key] = copy.deepcopy(docs[index][key])
        else:
            out.pop(key, None)
    return out


def resolve(
    hq: HQStore,
    record_id: str,
    *,
    take: str | None = None,
    doc: dict[str, Any] | None = None,
    author: str | None = None,
    based_on: Sequence[str] | None = None,
) -> str:
    """Resolve a conflict: ``take`` one head's document, or give a merged ``doc``. Returns the new hash.

    Taking a head that is a deletion keeps the record deleted (the new revision is a
    tombstone whose parents are all the heads); a merged ``doc`` is always a live record.

    Compare-and-set: ``based_on`` are the heads the analyst reviewed. Under HQ's write
    lock, if the heads are no longer exactly those (or, without ``based_on``, if the
    conflict is gone or ``take`` is no longer a head because someone resolved it),
    nothing is written and :class:`ChangedMeanwhile` names who changed it and when.
    """
    hq.require("write")
    rec = Records(hq, author=author)
    with hq.begin() as conn:
        hq.write_lock(conn, "resolve", rec.author)
        row = (
            conn.execute(select(records).where(records.c.id == record_id).with_for_update())
            .mappings()
            .first()
        )
        if row is None:
            raise RecordNotFound(record_id=record_id)
        hs = merge.record_heads(conn, record_id)
        now = {h.hash for h in hs}
        if based_on is not None:
            seen = {p.lower() for p in based_on if len(p) >= 8}
            if len(seen) != len(now) or not all(any(h.startswith(p) for p in seen) for h in now):
                raise _changed(conn, record_id, seen)
        if len(hs) < 2:
            if row["head_hash"] and _resolved_at_hq(conn, str(row["head_hash"])):
                raise _changed(conn, record_id, set())
            raise NoConflict(record_id=record_id)
        op = "resolve"
        if take is not None:
            match = [h for h in hs if h.hash.startswith(take.lower())] if len(take) >= 8 else []
            if len(match) != 1:
                if len(take) >= 8 and _was_head(conn, record_id, take.lower()):
                    raise _changed(conn, record_id, set())
                raise NotAHead(hash=take[:64], record_id=record_id)
            if match[0].op == "delete":
                op = "delete"
            raw = conn.execute(select(revisions.c.doc).where(revisions.c.hash == match[0].hash)).scalar_one()
            doc = json.loads(raw)
        if doc is None:
            raise ValueError("give take= or doc=")
        doc = copy.deepcopy(doc)
        doc.setdefault("id", record_id)
        if doc["id"] != record_id:
            raise ValidationError([Problem(record_id, "id", "the id of a record cannot change")])
        kind = hs[0].kind
        problems = schema.validate_record(kind, doc)
        if problems:
            raise ValidationError(problems)
        max_rev = max(
            int(r[0])
            for r in conn.execute(select(revisions.c.revision).where(revisions.c.record_id == record_id))
        )
        shown = hs[0]
        writer = AuditWriter(conn, hq.device_id, rec.author)
        rec._write(
            conn,
            writer,
            kind,
            doc,
            op=op,
            draft=bool(row["draft"]),
            previous={"revision": max_rev, "head_hash": shown.hash},
        )
        new_hash = str(
            conn.execute(select(records.c.head_hash).where(records.c.id == record_id)).scalar_one()
        )
        merge.add_parents(conn, new_hash, [h.hash for h in hs[1:]])
        writer.append("resolve", record_id, new_hash, detail="parents=" + ",".join(h.hash for h in hs))
        merge.rebuild(conn, [record_id], count_dangling=False)
    return new_hash
