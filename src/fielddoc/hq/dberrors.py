"""What a PostgreSQL failure means to the analyst: never an IntegrityError or OperationalError on screen.

A write at HQ is one transaction, so whatever failed left nothing partial behind.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from fielddoc.errors import FieldDocError
from fielddoc.hq.errors import HQCollided, HQRefused, HQUnreachable

#: SQLSTATE classes of a connection that is gone or a server that is shutting down
_GONE_CLASSES = ("08", "57")
_GONE_WORDS = (
    "server closed the connection", "connection refused", "terminating connection", "could not connect",
    "connection is closed", "the connection is lost", "consuming input failed",
    "no connection to the server", "connection timed out", "ssl syscall", "eof detected",
)


def is_postgres(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", None) or exc
    return type(orig).__module__.split(".")[0] in ("psycopg", "psycopg2")


def unreachable(exc: BaseException) -> bool:
    """The server or the connection went away (not a refusal of this change)."""
    orig = getattr(exc, "orig", None) or exc
    state = str(getattr(orig, "sqlstate", "") or "")
    if state[:2] in _GONE_CLASSES:
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    text = str(orig).lower()
    if any(w in text for w in _GONE_WORDS):
        return True
    # the driver's own connection failures carry no SQLSTATE (the server never answered)
    return not state and type(orig).__name__ in ("OperationalError", "InterfaceError")


def translated(exc: BaseException) -> FieldDocError | None:
    """The FieldDocError to show for a PostgreSQL failure (None: not one of HQ's database)."""
    if not isinstance(exc, SQLAlchemyError) or not is_postgres(exc):
        return None
    if unreachable(exc):
        return HQUnreachable()
    orig = getattr(exc, "orig", None) or exc
    state = str(getattr(orig, "sqlstate", "") or "")
    if state[:2] == "40":  # serialization failure, deadlock: nothing was written, a retry works
        return HQCollided()
    return HQRefused(reason=f"SQLSTATE {state or '?'}")
