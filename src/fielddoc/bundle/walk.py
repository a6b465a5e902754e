"""Which revisions an export reads: only the history of the records that have something to send.

An export sends the revisions of this device that are not delivered and come
after ``from_seq`` (the last bundle's watermark, ``sync_exports.max_seq``); to
chain export hashes through redacted or unsent revisions it must read the
whole history of each record it sends from (a revision's parent is always the
record's previous revision). It used to read the whole history of every record,
34 s at a million revisions to send 300 new ones. Now it first finds the
records with a revision to send, through the ``seq`` primary key (after a
watermark) or the partial index of undelivered revisions (migration 0011), and
reads only their revisions through ``ix_revisions_record``: the same rows, in the
same ``seq`` order, as the full walk yields for them, and no others.

When more than :data:`TARGETED_MAX` records have something to send (a first
export), the full walk in one streamed pass is cheaper and is used instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.engine import Connection

from fielddoc.records.service import iter_rows
from fielddoc.store.schema import revisions

#: Above this many records to send from, the export walks every revision in one pass.
TARGETED_MAX = 20_000
_CHUNK = 500

_COLS = (revisions.c.seq, revisions.c.hash, revisions.c.record_id, revisions.c.kind, revisions.c.revision,
         revisions.c.parent_hash, revisions.c.op, revisions.c.device_id, revisions.c.author, revisions.c.at,
         revisions.c.doc, revisions.c.delivered)


def touched_records(conn: Connection, device_id: str, from_seq: int) -> list[str] | None:
    """The records with a revision of this device to send (after ``from_seq``, not delivered), or
    None when there are more than TARGETED_MAX (then the full walk is used)."""
    undelivered = "delivered = 0" if conn.dialect.name == "sqlite" else "NOT delivered"
    stmt = (
        select(revisions.c.record_id)
        .where(text(undelivered), revisions.c.seq > from_seq, revisions.c.device_id == device_id)
        .distinct()
        .limit(TARGETED_MAX + 1)
    )
    found = [r[0] for r in conn.execute(stmt)]
    return None if len(found) > TARGETED_MAX else found


def revision_walk(conn: Connection, device_id: str, from_seq: int,
                  touched: list[str] | None = None) -> Iterator[Any]:
    """Rows of ``revisions`` (mappings) in ``seq`` order: every revision of the records that have
    one to send (``touched``, found here when not given), or of every record when they are many."""
    if touched is None:
        touched = touched_records(conn, device_id, from_seq)
    if touched is None:
        yield from iter_rows(conn, select(*_COLS).order_by(revisions.c.seq))
        return
    yield from sorted(_history(conn, touched), key=_seq)


def _history(conn: Connection, ids: list[str]) -> Iterable[Any]:
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        yield from conn.execute(select(*_COLS).where(revisions.c.record_id.in_(chunk))).mappings()


def _seq(row: Any) -> int:
    return int(row["seq"])
