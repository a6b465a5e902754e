"""HQ's write lock on PostgreSQL: one writer at a time, with a limit, a holder record, and no dead holder.

Every HQ write (an import, a resolution, an edit at HQ) appends to the one hash-chained
audit log, so writes are serialised by one transaction-scoped advisory lock
(:data:`WRITE_LOCK`), taken first in the transaction (so there is one lock order and
no deadlock). The holder announces itself in its session's ``application_name``
(``fielddoc|<since>|<purpose>|<host>|<who>``, host and who in base64, which every role can read in
``pg_stat_activity``), so a waiter is told who holds the lock, on which computer and
since when. A waiter waits at most :data:`WAIT_SECONDS` (``lock_timeout``).

A holder whose computer went to sleep or lost its network does not block forever:
every HQ session sets ``idle_in_transaction_session_timeout`` (the server ends a
session idle inside a transaction, which releases its locks) and TCP keepalives (the
server notices a peer that went away). See docs/hq-team.md.
"""

from __future__ import annotations

import base64
import binascii
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from fielddoc.hq.errors import LOCK_BUSY, LockBusy
from fielddoc.records.audit import AUDIT_LOCK

WRITE_LOCK = AUDIT_LOCK  # the audit chain's lock: every HQ write appends to it
WAIT_SECONDS = 30.0
#: server-side limits of every HQ session (seconds)
IDLE_IN_TRANSACTION_SECONDS = 600
KEEPALIVE_IDLE, KEEPALIVE_INTERVAL, KEEPALIVE_COUNT = 30, 10, 3
LOCK_NOT_AVAILABLE = "55P03"
NAMEDATALEN = 63  # application_name keeps at most this many bytes
#: a holder's purpose (the writers' own words, at most 8 letters) -> what the waiter is told it does
KINDS = {
    "import": "import", "resolve": "resolve", "rotation": "rotation",
    "create": "edit", "update": "edit", "delete": "edit", "purge": "edit", "edit": "edit",
}


@dataclass(frozen=True)
class Holder:
    who: str
    host: str
    since: str
    purpose: str

    @property
    def kind(self) -> str:
        """import, resolve, edit, rotation or other (hq/errors.py LOCK_BUSY)."""
        return KINDS.get(self.purpose, "other")


def configure(engine: Engine) -> None:
    """Give every PostgreSQL session of ``engine`` the limits above (idempotent)."""
    if engine.dialect.name != "postgresql" or getattr(engine, "_fielddoc_limits", False):
        return

    @event.listens_for(engine, "connect")
    def _limits(dbapi_conn: Any, _record: Any) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute(f"SET idle_in_transaction_session_timeout = '{int(IDLE_IN_TRANSACTION_SECONDS)}s'")
            cur.execute(f"SET tcp_keepalives_idle = {int(KEEPALIVE_IDLE)}")
            cur.execute(f"SET tcp_keepalives_interval = {int(KEEPALIVE_INTERVAL)}")
            cur.execute(f"SET tcp_keepalives_count = {int(KEEPALIVE_COUNT)}")
        dbapi_conn.commit()

    engine._fielddoc_limits = True  # type: ignore[attr-defined]


def _b64(text: str, room: int) -> str:
    """``text`` as unpadded URL-safe base64 of at most ``room`` characters (cut at a whole letter)."""
    raw = text.encode("utf-8")[: max(0, room) * 3 // 4]
    raw = raw.decode("utf-8", errors="ignore").encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> str:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode("utf-8", errors="replace")
    except (ValueError, binascii.Error):
        return "?"


def tag(purpose: str, who: str, since: datetime | None = None) -> str:
    """The holder record put in ``application_name`` (printable ASCII, at most 63 bytes)."""
    at = (since or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    head = f"fielddoc|{at}|{purpose[:8]}|{_b64(socket.gethostname(), 12)}|"
    return head + _b64(who, NAMEDATALEN - len(head))


def parse_tag(name: str | None) -> Holder | None:
    parts = (name or "").split("|")
    if len(parts) != 5 or parts[0] != "fielddoc":
        return None
    _, since, purpose, host, who = parts
    return Holder(_unb64(who), _unb64(host), since, purpose)


def holder(conn: Connection, key: int = WRITE_LOCK) -> Holder | None:
    """Who holds advisory lock ``key`` now (None: nobody, or not a FieldDoc session)."""
    row = conn.exec_driver_sql(
        "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %(hi)s AND l.objid = %(lo)s "
        "AND l.objsubid = 1 AND l.pid <> pg_backend_pid() LIMIT 1",
        {"hi": key >> 32, "lo": key & 0xFFFFFFFF},
    ).first()
    if row is None:
        return None
    return parse_tag(row[0]) or Holder("?", "?", "?", "?")


def _busy(engine: Engine, key: int) -> LockBusy:
    try:
        with engine.connect() as other:
            h = holder(other, key)
    except DBAPIError:
        h = None
    h = h or Holder("?", "?", "?", "?")
    return LOCK_BUSY[h.kind](who=h.who, host=h.host, since=h.since)


def acquire(
    conn: Connection,
    purpose: str,
    who: str,
    *,
    wait: float | None = None,
    on_wait: Callable[[Holder], None] | None = None,
    key: int = WRITE_LOCK,
) -> None:
    """Take HQ's write lock for the rest of ``conn``'s transaction, or raise LockBusy after ``wait`` s."""
    if conn.dialect.name != "postgresql":
        return  # SQLite: the vault database has one writer at a time by itself
    conn.exec_driver_sql("SELECT set_config('application_name', %(t)s, true)", {"t": tag(purpose, who)})
    if conn.exec_driver_sql("SELECT pg_try_advisory_xact_lock(%(k)s)", {"k": key}).scalar():
        return
    if on_wait is not None:
        h = holder(conn, key)
        on_wait(h or Holder("?", "?", "?", "?"))
    limit = WAIT_SECONDS if wait is None else wait
    conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{max(1, int(limit * 1000))}ms'")
    try:
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%(k)s)", {"k": key})
    except DBAPIError as exc:
        if getattr(getattr(exc, "orig", None), "sqlstate", None) == LOCK_NOT_AVAILABLE:
            raise _busy(conn.engine, key) from None
        raise
    conn.exec_driver_sql("SET LOCAL lock_timeout = 0")
