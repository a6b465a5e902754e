"""Staging a bundle's revisions inside HQ's open import transaction.

Every revision goes into ``revisions`` (plus ``hq_revisions``: HQ receipt time
and record flags). For the usual case, a record HQ has never seen, its
``records`` row is written straight away from the revision being staged: all
of a new record's revisions in one bundle come from one device, so the merge
rule reduces to "the highest revision number" and nothing has to be read
back. Records HQ already had go through :func:`fielddoc.hq.merge.rebuild`
once every revision is staged. Nothing here commits: the caller does, after
the bundle has verified to its last byte.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Boolean, Table, bindparam, select, update
from sqlalchemy.engine import Connection

from fielddoc.bundle.format import Entry
from fielddoc.hq import merge
from fielddoc.records.facet_keys import for_record
from fielddoc.records.facets import insert_batch
from fielddoc.records.fts import docid, fts_bulk_insert, fts_delete, has_index
from fielddoc.records.service import links_replace, one_of, row_tuples
from fielddoc.store.engine import driver_errors
from fielddoc.store.schema import records, revisions
from fielddoc.store.schema_sync import hq_revisions

BATCH = 2000
#: Full-text rows wait in memory (to be written in one sorted pass) up to this many characters.
FTS_BUFFER_CHARS = 64 << 20


def shas_of(doc: dict[str, Any]) -> set[str]:
    files = doc.get("files")
    if not isinstance(files, list):
        return set()
    return {f["sha256"].lower() for f in files if isinstance(f, dict) and isinstance(f.get("sha256"), str)}


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows fast: see :func:`insert_tuples`."""
    if rows:
        cols = list(rows[0])
        insert_tuples(conn, table, cols, row_tuples(cols, rows))


#: How the HQ import writes its rows to PostgreSQL: "copy" (COPY of the values each column's type
#: made of them) or "executemany" (SQLAlchemy Core, pipelined by psycopg; the reference path of
#: bench/bench_hq_import.py --pg-write). Both apply every column's type to every value.
PG_WRITE = "copy"


def _row_security(conn: Connection, table: str) -> bool:
    return bool(conn.exec_driver_sql(f"SELECT row_security_active('{table}')").scalar())


def _copy_processors(conn: Connection, table: Table, cols: list[str]) -> list[tuple[int, Any]] | None:
    """(position, bind processor) of the columns whose type changes the value on the way to the
    database, as SQLAlchemy applies them to a statement's parameters; None when a column's type
    works in SQL (a bind expression), which only a statement can apply."""
    out = []
    for i, name in enumerate(cols):
        col_type = table.c[name].type
        if type(col_type) is Boolean:  # 0/1 or a bool: COPY's text form (0, 1, t, f) is boolean input
            continue
        impl = col_type.dialect_impl(conn.dialect)
        if impl._has_bind_expression:
            return None
        proc = impl.bind_processor(conn.dialect)
        if proc is not None:
            out.append((i, proc))
    return out


def insert_tuples(conn: Connection, table: Table, cols: list[str], rows: list[tuple[Any, ...]]) -> None:
    """Insert rows given as tuples of the values of ``cols``.

    On SQLite one prepared statement straight to the driver. On PostgreSQL every value goes
    through its column's type first, exactly as in a SQLAlchemy statement, so that a type that
    seals record text applies to every row: then COPY (the fastest, bench/README.md); a SQLAlchemy
    Core executemany when the role is under row-level security (COPY is refused there, see
    hq/team/pgroles.py) or a type works in SQL.
    """
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        sql = f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        conn.exec_driver_sql(sql, rows)
        return
    procs = _copy_processors(conn, table, cols) if conn.dialect.name == "postgresql" else None
    if procs is None or PG_WRITE != "copy" or _row_security(conn, table.name):
        conn.execute(table.insert(), [dict(zip(cols, r, strict=True)) for r in rows])
        return
    if procs:
        from fielddoc.hq.team.sealing import guard_copy

        guard_copy(conn)  # COPY bypasses the cursor events: K is still this session's (no removal meanwhile)
    raw = conn.connection.driver_connection
    sql = f"COPY {table.name} ({', '.join(cols)}) FROM STDIN"
    with driver_errors(conn), raw.cursor() as cur, cur.copy(sql) as copy:  # type: ignore[union-attr]
        for values in rows:
            if procs:
                row = list(values)
                for i, proc in procs:
                    row[i] = proc(row[i])
                values = tuple(row)
            copy.write_row(values)


_ROW_COLUMNS = ("kind", "title", "date_sort", "case_id", "confidentiality", "tlp", "draft", "deleted_at",
                "revision", "head_hash", "created_at", "updated_at", "device_id", "id_generated", "conflict",
                "doc", "facet_keys")
_UPDATE_ROW = (
    update(records).where(records.c.id == bindparam("rid")).values({c: bindparam(c) for c in _ROW_COLUMNS})
)
_UPDATE_CREATED = update(records).where(records.c.id == bindparam("rid")).values(created_at=bindparam("c"))

_REV_COLS = ["record_id", "kind", "revision", "hash", "parent_hash", "op", "device_id", "author", "at", "doc",
             "delivered"]
_INFO_COLS = ["hash", "bundle_hash", "received_at", "draft", "id_generated"]


@dataclass
class StageStats:
    new_records: int = 0
    changed_records: int = 0
    conflicts: list[str] = field(default_factory=list)
    dangling: int = 0


class Stager:
    def __init__(self, conn: Connection, bundle_hash: str, received_at: str) -> None:
        self.conn = conn
        self.bundle_hash = bundle_hash
        self.received_at = received_at
        self.fts = has_index(conn)  # FTS5 on SQLite, the token index on PostgreSQL
        self.buffer: list[Entry] = []
        self.pending: dict[str, dict[str, Any]] = {}  # rows of new records, not inserted yet
        self.pending_text: dict[str, str | None] = {}
        # Full-text rows of the new records (docid -> text), written in rowid order by finish(),
        # or before when they hold more than FTS_BUFFER_CHARS (see records.service.fts_bulk_insert);
        # a later revision of the record replaces its entry.
        self.fts_new: dict[int, tuple[str, str, list[str]]] = {}  # docid -> (kind, text, linked ids)
        self.fts_chars = 0
        self.inserted: dict[str, tuple[int, str]] = {}  # new record -> (head revision, created_at)
        self.refs: dict[str, list[str]] = {}  # new record -> references of its head
        self.general: set[str] = set()  # records HQ had: rebuilt at the end
        self.attachment_shas: dict[str, set[str]] = {}
        # records written by an earlier batch, changed by this one (written by _write_updates)
        self.updates: dict[str, dict[str, Any]] = {}  # record -> its new row (a later revision)
        self.created: dict[str, str] = {}  # record -> an earlier created_at (an older revision)
        self.fts_gone: list[int] = []  # their full-text rows already written, to delete
        self.staged = 0

    # -- staging ---------------------------------------------------------------------
    def add(self, e: Entry) -> None:
        self.buffer.append(e)
        if e.kind == "attachment":
            self.attachment_shas.setdefault(e.record_id, set()).update(shas_of(e.doc))
        if len(self.buffer) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.buffer:
            return
        conn = self.conn
        unknown = (
            {e.record_id for e in self.buffer} - self.pending.keys() - self.inserted.keys() - self.general
        )
        if unknown:
            ids = sorted(unknown)
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                self.general.update(
                    r[0] for r in conn.execute(select(records.c.id).where(one_of(conn, records.c.id, chunk)))
                )
        bundle_hash, received_at, general = self.bundle_hash, self.received_at, self.general
        rev_rows = []
        info_rows = []
        for e in self.buffer:  # values in the order of _REV_COLS and _INFO_COLS
            # booleans as 0/1 (SQLite binds a Python bool several times slower; SQLAlchemy's
            # Boolean turns them back into booleans on PostgreSQL)
            rev_rows.append((e.record_id, e.kind, e.revision, e.hash, e.parent, e.op, e.device_id, e.author,
                             e.at, e.doc_json, 0))
            info_rows.append((e.hash, bundle_hash, received_at, int(e.draft), int(e.id_generated)))
            if e.record_id not in general:
                self._stage_new(e)
        insert_tuples(conn, revisions, _REV_COLS, rev_rows)
        insert_tuples(conn, hq_revisions, _INFO_COLS, info_rows)
        self.staged += len(rev_rows)
        self._write_updates()
        if self.pending:
            rows = list(self.pending.values())  # their facets in one statement (records/facets.py)
            insert_batch(conn, lambda: bulk_insert(conn, records, rows), list(self.pending))
            if self.fts:
                for rid, row in self.pending.items():
                    text = self.pending_text[rid]
                    if text is not None:
                        self.fts_new[row["docid"]] = (str(row["kind"]), text, self.refs.get(rid, []))
                        self.fts_chars += len(text)
                if self.fts_chars > FTS_BUFFER_CHARS:
                    self._write_fts()
            for rid, row in self.pending.items():
                self.inserted[rid] = (int(row["revision"]), str(row["created_at"]))
            self.pending.clear()
            self.pending_text.clear()
        self.buffer.clear()

    def _row(self, e: Entry, created_at: str) -> dict[str, Any]:
        a = e.analysis  # list columns from the walk that validated the record
        return {
            "id": e.record_id, "kind": e.kind, "title": a.title[:500],
            "date_sort": a.date_sort, "case_id": a.case_id,
            "confidentiality": e.doc.get("confidentiality"), "tlp": e.doc.get("tlp"), "draft": int(e.draft),
            "deleted_at": e.at if e.op == "delete" else None, "revision": e.revision, "head_hash": e.hash,
            "created_at": created_at, "updated_at": e.at, "device_id": e.device_id,
            "id_generated": int(e.id_generated), "conflict": 0, "doc": e.doc_json,
            "docid": docid(e.record_id), "facet_keys": for_record(self.conn, e.kind, e.doc),
        }  # fmt: skip

    def _stage_new(self, e: Entry) -> None:
        rid = e.record_id
        text = None if e.op == "delete" else e.text
        if rid in self.pending:
            cur = self.pending[rid]
            created = min(str(cur["created_at"]), e.at)
            if e.revision > cur["revision"]:
                self.pending[rid] = self._row(e, created)
                self.pending_text[rid] = text
                self.refs[rid] = [ref for _, ref in e.refs]
            else:
                cur["created_at"] = created
        elif rid in self.inserted:
            # a record written by an earlier batch of this bundle: its row is updated with the
            # batch (flush), in one statement for all of them
            head, created = self.inserted[rid]
            created = min(created, e.at)
            if e.revision > head:
                row = self._row(e, created)
                del row["id"], row["docid"]
                self.updates[rid] = row
                if self.fts:
                    d = docid(rid)
                    if self.fts_new.pop(d, None) is None:  # already written (or there was none)
                        self.fts_gone.append(d)
                    if text is not None:
                        self.fts_new[d] = (e.kind, text, [ref for _, ref in e.refs])
                        self.fts_chars += len(text)
                self.refs[rid] = [ref for _, ref in e.refs]
                head = e.revision
            elif rid in self.updates:
                self.updates[rid]["created_at"] = created
            else:
                self.created[rid] = created
            self.inserted[rid] = (head, created)
        else:
            self.pending[rid] = self._row(e, e.at)
            self.pending_text[rid] = text
            self.refs[rid] = [ref for _, ref in e.refs]

    def _write_updates(self) -> None:
        """The rows of records written earlier in this bundle that this batch changed."""
        for rid in self.updates.keys() & self.created.keys():
            self.updates[rid]["created_at"] = min(self.updates[rid]["created_at"], self.created.pop(rid))
        if self.updates:
            self.conn.execute(_UPDATE_ROW, [{"rid": rid, **row} for rid, row in self.updates.items()])
        if self.created:
            self.conn.execute(_UPDATE_CREATED, [{"rid": rid, "c": c} for rid, c in self.created.items()])
        if self.fts_gone:
            fts_delete(self.conn, self.fts_gone)  # before their new rows are written (_write_fts)
        self.updates.clear()
        self.created.clear()
        self.fts_gone = []

    def _write_fts(self) -> None:
        fts_bulk_insert(self.conn, [(d, k, t, refs) for d, (k, t, refs) in self.fts_new.items()])
        self.fts_new.clear()
        self.fts_chars = 0

    # -- the end -----------------------------------------------------------------------
    def finish(self) -> StageStats:
        """After the whole bundle verified: rebuild the records HQ had, count dangling references."""
        self.flush()
        if self.fts:
            self._write_fts()
        stats = StageStats(new_records=len(self.inserted))
        if self.general:
            rebuilt = merge.rebuild(self.conn, self.general)
            stats.new_records += rebuilt.new_records
            stats.changed_records = rebuilt.changed
            stats.conflicts = list(rebuilt.conflicts or [])
            stats.dangling = rebuilt.dangling
        links_replace(self.conn, self.refs, new=True)  # the new records' (the rebuilt ones: merge)
        known = self.inserted.keys() | self.general
        wanted = sorted({ref for refs in self.refs.values() for ref in refs if ref not in known})
        have: set[str] = set()
        for i in range(0, len(wanted), 500):
            have.update(
                r[0]
                for r in self.conn.execute(
                    select(records.c.id).where(one_of(self.conn, records.c.id, wanted[i : i + 500]))
                )
            )
        stats.dangling += sum(
            1 for refs in self.refs.values() for ref in refs if ref not in known and ref not in have
        )
        return stats
