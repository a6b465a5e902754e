"""The vault's full-text index kept in few segments (SQLite stores only).

FTS5 writes its index as segments: every transaction adds one, and its automatic merging keeps
about three per level, so a vault of a million records holds a dozen or more (13 after the bench's
1M import). A search that asks the index about one record (records/probe.py: ``rowid = docid AND
MATCH``) seeks the word in every segment: at 1M records such a probe cost 0.6-0.9 ms with 13
segments and 0.07 ms with one (bench/README.md, "Search keystroke in every sort"), and a list page
of a common word makes a few hundred to a thousand of them.

:func:`merge` merges the segments into one, in steps (FTS5's ``merge`` command with a negative
page count: an incremental ``optimize``), each step its own transaction, so it can stop between two
steps (``stop``) and a crash loses at most a step. After an import that wrote a large share of the
index (:func:`merge_after_import`) it runs to the end.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

#: Pages of the index (4 KiB each) one step of the merge writes, about 0.2-0.5 s of work.
STEP_PAGES = 2000
#: How long a merge step waits for another connection's write before it stops, ms.
BUSY_MS = 200
#: An import merges the index when it changed at least this many records ...
MERGE_AFTER = 10_000
#: ... and at least this share of the live records (a merge rewrites the whole index: its cost is
#: then at most a few times what the import itself wrote into it).
MERGE_SHARE = 0.25


def _varint(block: bytes, i: int) -> tuple[int, int]:
    """SQLite's varint at ``block[i:]`` and the offset after it."""
    value = 0
    for k in range(9):
        byte = block[i]
        i += 1
        if k == 8:
            return (value << 8) | byte, i
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, i
    raise AssertionError("unreachable")  # pragma: no cover


def segments(conn: Connection) -> int:
    """How many segments the FTS5 index has: read from its structure record (rowid 10 of
    ``fts_index_data``: a 4-byte cookie, then the varints level count, segment count, ...)."""
    block = conn.exec_driver_sql("SELECT block FROM fts_index_data WHERE id = 10").scalar()
    if not block:
        return 0
    _levels, i = _varint(bytes(block), 4)
    count, _ = _varint(bytes(block), i)
    return count


def merge(engine: Engine, *, pages: int = STEP_PAGES, stop: Callable[[], bool] | None = None) -> int:
    """Merge the index's segments into one, ``pages`` pages a step, each step committed; stop early
    when ``stop()`` says so between two steps, or when another connection is writing (a step waits
    at most BUSY_MS for it: the merge only makes searches faster, it never holds anyone up).
    Returns the segments left.

    FTS5 reports no progress: a step that changed fewer than two rows found nothing left to merge
    (its documentation's test, ``sqlite3_total_changes``)."""
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        waited = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
        conn.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_MS}")
        conn.commit()
        try:
            if segments(conn) > 1:
                while not (stop is not None and stop()):
                    before = raw.total_changes  # type: ignore[union-attr]
                    conn.exec_driver_sql(
                        f"INSERT INTO fts_index(fts_index, rank) VALUES('merge', {-int(pages)})")
                    conn.commit()
                    if raw.total_changes - before < 2:  # type: ignore[union-attr]
                        break
        except OperationalError as exc:
            if "locked" not in str(exc.orig) and "busy" not in str(exc.orig):
                raise
            conn.rollback()  # another writer: the steps committed so far stay, the rest waits
        finally:
            conn.exec_driver_sql(f"PRAGMA busy_timeout = {int(waited or 0)}")
            conn.commit()
        left = segments(conn)
        conn.commit()
    return left


def merge_after_import(engine: Engine, changed: int) -> None:
    """After an import that changed ``changed`` records: merge the index when they are many, and a
    large share of the live records (MERGE_AFTER, MERGE_SHARE)."""
    if engine.dialect.name != "sqlite" or changed < MERGE_AFTER:
        return
    with engine.connect() as conn:
        live = conn.exec_driver_sql("SELECT count(*) FROM records WHERE deleted_at IS NULL").scalar()
    if changed >= MERGE_SHARE * int(live or 0):
        merge(engine)
