"""An HQ write whose COMMIT was cut: learn from the server whether it was saved, never guess.

When the connection to PostgreSQL is lost while a statement of a transaction runs, the server
rolls the transaction back: "nothing was saved" is true. When it is lost *during COMMIT*, the
server may have committed and only the answer was lost (a restart with ``-m fast`` ends the
session right after the commit; a crash can come after the commit record reached the disk). To
tell the analyst "nothing was saved" then would be false, and an import would delete the
attachment files of records it did save.

So every HQ write transaction on PostgreSQL (:func:`transaction`) learns its transaction id
(``txid_current()``) and its server process just before COMMIT. If COMMIT fails because the
server or the connection went away, it connects again (the server may be restarting: for up to
:data:`SETTLE_SECONDS`) and asks ``txid_status`` (PostgreSQL 10+), which the server answers from
its commit log, crash recovery included:

* ``committed``: the write is saved; the caller goes on as if COMMIT had answered;
* ``aborted`` (or unknown): nothing was saved; the original error is raised (HQUnreachable);
* ``in progress``: the old session still holds the transaction (its connection died but the
  server has not noticed); that session is ended (``pg_terminate_backend``, only if it still runs
  that very transaction), which settles it one way or the other, and the question is asked again.

If the server cannot be asked within the time, :class:`CommitInDoubt` says so plainly: the
change may or may not be saved, look before doing it again (importing a bundle again is safe).
On SQLite (an HQ vault) a transaction is local and none of this applies.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from fielddoc.hq.dberrors import unreachable
from fielddoc.hq.errors import CommitInDoubt

#: how long to wait for the server to come back and say whether a cut COMMIT was saved
SETTLE_SECONDS = 60.0


@contextlib.contextmanager
def begin(engine: Engine) -> Iterator[Connection]:
    """Like ``engine.begin()``, with a cut COMMIT settled from the server's own record."""
    with engine.connect() as conn, transaction(conn):
        yield conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """Like ``conn.begin()`` on an open connection, with a cut COMMIT settled (see the module)."""
    if conn.dialect.name != "postgresql":
        with conn.begin():
            yield conn
        return
    trans = conn.begin()
    try:
        yield conn
        xid, pid = conn.execute(text("SELECT txid_current(), pg_backend_pid()")).one()
    except BaseException:
        if trans.is_active:
            with contextlib.suppress(SQLAlchemyError):
                trans.rollback()
        raise
    try:
        trans.commit()
    except SQLAlchemyError as exc:
        if not unreachable(exc):
            raise
        if not settled(conn.engine, int(xid), int(pid)):
            raise


def settled(engine: Engine, xid: int, pid: int, within: float | None = None) -> bool:
    """True if transaction ``xid`` (run by server process ``pid``) committed; False if it did not.

    Raises :class:`CommitInDoubt` if the server could not say within ``within`` seconds.
    """
    end = time.monotonic() + (SETTLE_SECONDS if within is None else within)
    pause = 0.1
    while True:
        try:
            with engine.connect() as conn:
                state = conn.execute(text("SELECT txid_status(:x)"), {"x": xid}).scalar()
                if state != "in progress":
                    return state == "committed"
                # the cut session still holds it: end that session (only while it runs this transaction)
                conn.execute(
                    text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE pid = :p AND backend_xid::text = :x32"),
                    {"p": pid, "x32": str(xid & 0xFFFFFFFF)},
                )
        except SQLAlchemyError as exc:
            if not unreachable(exc):
                raise CommitInDoubt() from None
        if time.monotonic() >= end:
            raise CommitInDoubt()
        time.sleep(pause)
        pause = min(pause * 2, 2.0)
