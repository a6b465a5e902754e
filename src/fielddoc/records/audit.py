"""The append-only, hash-chained audit log and its verification."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from fielddoc.records.canonical import GENESIS, audit_hash, audit_version
from fielddoc.records.ids import now_iso
from fielddoc.store.schema import audit

#: PostgreSQL advisory lock of the audit chain, which is also HQ's write lock (hq/locks.py)
AUDIT_LOCK = 4242000002


@dataclass
class AuditWriter:
    """Appends entries inside the caller's transaction, keeping the chain head in memory."""

    conn: Connection
    device_id: str
    actor: str
    _seq: int | None = None
    _prev: str | None = None

    def _load_head(self) -> None:
        if self.conn.dialect.name == "postgresql":
            # One chain, many writers (HQ's analysts): appends are serialised, so no two read the
            # same head. Re-entrant: HQ's writes hold this lock already (hq/locks.py).
            self.conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%(k)s)", {"k": AUDIT_LOCK})
        if has_links(self.conn):  # a team HQ: the real head, whatever this member may read
            row = self.conn.exec_driver_sql("SELECT seq, hash FROM fd_audit_head()").first()
        else:
            row = self.conn.execute(
                select(audit.c.seq, audit.c.hash).order_by(audit.c.seq.desc()).limit(1)
            ).first()
        self._seq, self._prev = (row[0], row[1]) if row else (0, GENESIS)

    def entry(
        self,
        action: str,
        record_id: str | None = None,
        revision_hash: str | None = None,
        detail: str = "",
        at: str | None = None,
    ) -> dict[str, object]:
        if self._seq is None:
            self._load_head()
        assert self._seq is not None and self._prev is not None
        seq = self._seq + 1
        at = at or now_iso()
        h = audit_hash(
            prev_hash=self._prev,
            seq=seq,
            at=at,
            device_id=self.device_id,
            actor=self.actor,
            action=action,
            record_id=record_id,
            revision_hash=revision_hash,
            detail=detail,
        )
        row: dict[str, object] = {
            "seq": seq,
            "at": at,
            "device_id": self.device_id,
            "actor": self.actor,
            "action": action,
            "record_id": record_id,
            "revision_hash": revision_hash,
            "detail": detail,
            "prev_hash": self._prev,
            "hash": h,
        }
        self._seq, self._prev = seq, h
        return row

    def append(self, *args: str | None, **kwargs: str | None) -> None:
        self.conn.execute(audit.insert().values(**self.entry(*args, **kwargs)))  # type: ignore[arg-type]


def has_links(conn: Connection) -> bool:
    """True on a team HQ's PostgreSQL, whose audit is filtered by level (hq/team/pgroles.py): the
    chain's head and links come from ``fd_audit_head()`` / ``fd_audit_links()``, which see every entry."""
    if conn.dialect.name != "postgresql":
        return False
    return bool(conn.exec_driver_sql("SELECT to_regprocedure('fd_audit_links()') IS NOT NULL").scalar())


def verify_chain(conn: Connection) -> list[str]:
    """Recompute every entry's hash and link; name the first entries that fail."""
    return verify_chain_seen(conn)[0]


def verify_chain_seen(conn: Connection) -> tuple[list[str], int]:
    """(problems, entries this connection may not read). On a team HQ every entry's link is checked
    and every entry the member may read is recomputed; the others (records above a member's
    confidentiality limit) only a member without a limit can recompute."""
    if not has_links(conn):
        return _verify_rows(conn.execute(select(audit).order_by(audit.c.seq)).mappings()), 0
    links = conn.exec_driver_sql("SELECT seq, prev_hash, hash FROM fd_audit_links()").all()
    seen = {r["seq"]: r for r in conn.execute(select(audit).order_by(audit.c.seq)).mappings()}
    problems = _verify_rows(seen.get(seq) or {"seq": seq, "prev_hash": p, "hash": h, "hidden": True}
                            for seq, p, h in links)
    return problems, sum(1 for seq, _p, _h in links if seq not in seen)


def _verify_rows(rows: Iterable[Any]) -> list[str]:
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    newest = 1
    for row in rows:
        if row["seq"] != expected_seq:
            problems.append(f"audit entry {expected_seq} is missing (next is {row['seq']})")
        if row["prev_hash"] != prev:
            problems.append(f"audit entry {row['seq']} does not link to the entry before it")
        if row.get("hidden"):  # its link is checked; its content is for a member who may read it
            prev = row["hash"]
            expected_seq = row["seq"] + 1
            continue
        v = audit_version(
            row["hash"],
            prev_hash=row["prev_hash"],
            seq=row["seq"],
            at=row["at"],
            device_id=row["device_id"],
            actor=row["actor"],
            action=row["action"],
            record_id=row["record_id"],
            revision_hash=row["revision_hash"],
            detail=row["detail"],
        )
        if v is None:
            problems.append(f"audit entry {row['seq']} was altered (hash mismatch)")
        elif v < newest:
            # Entries since FieldDoc 0.2 are version 2; an older version after one of them
            # is an entry rewritten by someone, not an entry from before the upgrade.
            problems.append(f"audit entry {row['seq']} has an older hash version than the entry before it")
        else:
            newest = v
        prev = row["hash"]
        expected_seq = row["seq"] + 1
        if len(problems) > 20:
            break
    return problems
