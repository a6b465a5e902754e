"""Conflicts at HQ: list them, and resolve one with a revision whose parents are all heads."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from fielddoc.bundle.errors import NoConflict, NotAHead
from fielddoc.errors import Problem, RecordNotFound, ValidationError
from fielddoc.hq import merge
from fielddoc.hq.store import HQStore
from fielddoc.records import schema
from fielddoc.records.audit import AuditWriter
from fielddoc.records.service import Records
from fielddoc.store.schema import records, revisions


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


def resolve(
    hq: HQStore,
    record_id: str,
    *,
    take: str | None = None,
    doc: dict[str, Any] | None = None,
    author: str | None = None,
) -> str:
    """Resolve a conflict: ``take`` one head's document, or give a merged ``doc``. Returns the new hash."""
    rec = Records(hq, author=author)
    with hq.engine.begin() as conn:
        row = conn.execute(select(records).where(records.c.id == record_id)).mappings().first()
        if row is None:
            raise RecordNotFound(record_id=record_id)
        hs = merge.record_heads(conn, record_id)
        if len(hs) < 2:
            raise NoConflict(record_id=record_id)
        if take is not None:
            match = [h for h in hs if h.hash.startswith(take.lower())] if len(take) >= 8 else []
            if len(match) != 1:
                raise NotAHead(hash=take[:64], record_id=record_id)
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
            op="resolve",
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
