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

from sqlalchemy import Table, select, update
from sqlalchemy.engine import Connection

from fielddoc.bundle.format import Entry
from fielddoc.hq import merge
from fielddoc.records import schema
from fielddoc.records.service import FTS_DELETE, FTS_INSERT, docid
from fielddoc.store.schema import records, revisions
from fielddoc.store.schema_sync import hq_revisions

BATCH = 2000


def shas_of(doc: dict[str, Any]) -> set[str]:
    files = doc.get("files")
    if not isinstance(files, list):
        return set()
    return {f["sha256"].lower() for f in files if isinstance(f, dict) and isinstance(f.get("sha256"), str)}


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows fast: COPY on PostgreSQL, one prepared statement on SQLite."""
    if not rows:
        return
    cols = list(rows[0])
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        with raw.cursor() as cur, cur.copy(f"COPY {table.name} ({', '.join(cols)}) FROM STDIN") as copy:  # type: ignore[union-attr]
            for r in rows:
                copy.write_row(tuple(r[c] for c in cols))
    elif conn.dialect.name == "sqlite":
        sql = f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        conn.exec_driver_sql(sql, [tuple(r[c] for c in cols) for r in rows])
    else:  # pragma: no cover - other back ends
        conn.execute(table.insert(), rows)


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
        self.fts = conn.dialect.name == "sqlite"
        self.buffer: list[Entry] = []
        self.pending: dict[str, dict[str, Any]] = {}  # rows of new records, not inserted yet
        self.pending_text: dict[str, str | None] = {}
        self.inserted: dict[str, tuple[int, str]] = {}  # new record -> (head revision, created_at)
        self.refs: dict[str, list[str]] = {}  # new record -> references of its head
        self.general: set[str] = set()  # records HQ had: rebuilt at the end
        self.attachment_shas: dict[str, set[str]] = {}
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
                self.general.update(
                    r[0] for r in conn.execute(select(records.c.id).where(records.c.id.in_(ids[i : i + 500])))
                )
        rev_rows = []
        info_rows = []
        for e in self.buffer:
            rev_rows.append({
                "record_id": e.record_id, "kind": e.kind, "revision": e.revision, "hash": e.hash,
                "parent_hash": e.parent, "op": e.op, "device_id": e.device_id, "author": e.author,
                "at": e.at, "doc": e.doc_json, "delivered": False,
            })  # fmt: skip
            info_rows.append({
                "hash": e.hash, "bundle_hash": self.bundle_hash, "received_at": self.received_at,
                "draft": e.draft, "id_generated": e.id_generated,
            })  # fmt: skip
            if e.record_id not in self.general:
                self._stage_new(e)
        bulk_insert(conn, revisions, rev_rows)
        bulk_insert(conn, hq_revisions, info_rows)
        self.staged += len(rev_rows)
        if self.pending:
            bulk_insert(conn, records, list(self.pending.values()))
            if self.fts:
                fts_rows = [
                    (row["docid"], self.pending_text[rid])
                    for rid, row in self.pending.items()
                    if self.pending_text[rid] is not None
                ]
                if fts_rows:
                    conn.exec_driver_sql("INSERT INTO fts_index(rowid, text) VALUES (?, ?)", fts_rows)
            for rid, row in self.pending.items():
                self.inserted[rid] = (int(row["revision"]), str(row["created_at"]))
            self.pending.clear()
            self.pending_text.clear()
        self.buffer.clear()

    def _row(self, e: Entry, created_at: str) -> dict[str, Any]:
        cols = schema.summary_columns(e.kind, e.doc)
        return {
            "id": e.record_id, "kind": e.kind, "title": (cols.get("title") or "")[:500],
            "date_sort": cols.get("date_sort"), "case_id": cols.get("case_id"),
            "confidentiality": e.doc.get("confidentiality"), "tlp": e.doc.get("tlp"), "draft": e.draft,
            "deleted_at": e.at if e.op == "delete" else None, "revision": e.revision, "head_hash": e.hash,
            "created_at": created_at, "updated_at": e.at, "device_id": e.device_id,
            "id_generated": e.id_generated, "conflict": False, "doc": e.doc_json, "docid": docid(e.record_id),
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
            head, created = self.inserted[rid]
            created = min(created, e.at)
            if e.revision > head:
                row = self._row(e, created)
                del row["id"], row["docid"]
                self.conn.execute(update(records).where(records.c.id == rid).values(**row))
                if self.fts:
                    self.conn.execute(FTS_DELETE, {"d": docid(rid)})
                    if text is not None:
                        self.conn.execute(FTS_INSERT, {"d": docid(rid), "t": text})
                self.refs[rid] = [ref for _, ref in e.refs]
                head = e.revision
            else:
                self.conn.execute(update(records).where(records.c.id == rid).values(created_at=created))
            self.inserted[rid] = (head, created)
        else:
            self.pending[rid] = self._row(e, e.at)
            self.pending_text[rid] = text
            self.refs[rid] = [ref for _, ref in e.refs]

    # -- the end -----------------------------------------------------------------------
    def finish(self) -> StageStats:
        """After the whole bundle verified: rebuild the records HQ had, count dangling references."""
        self.flush()
        stats = StageStats(new_records=len(self.inserted))
        if self.general:
            rebuilt = merge.rebuild(self.conn, self.general)
            stats.new_records += rebuilt.new_records
            stats.changed_records = rebuilt.changed
            stats.conflicts = list(rebuilt.conflicts or [])
            stats.dangling = rebuilt.dangling
        known = self.inserted.keys() | self.general
        wanted = sorted({ref for refs in self.refs.values() for ref in refs if ref not in known})
        have: set[str] = set()
        for i in range(0, len(wanted), 500):
            have.update(
                r[0]
                for r in self.conn.execute(select(records.c.id).where(records.c.id.in_(wanted[i : i + 500])))
            )
        stats.dangling += sum(
            1 for refs in self.refs.values() for ref in refs if ref not in known and ref not in have
        )
        return stats
