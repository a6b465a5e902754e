"""HQ's PostgreSQL address: never a password on the command line, never one in plaintext.

The address is saved in the HQ vault without its password (setting ``hq_db_url``).
A password that came inside the address (only from a ``--db-url-file``, never from
argv) is kept as a vault secret (``hq_db_password``, inside the encrypted database
like HQ's keys). Without one, libpq finds the password itself, as every PostgreSQL
client does: ``PGPASSWORD``, then ``~/.pgpass`` (or ``PGPASSFILE``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from fielddoc.bundle.errors import HQDatabaseUnavailable

T = TypeVar("T")


def parse(url: str) -> URL:
    try:
        return make_url(url.strip())
    except (ArgumentError, ValueError, TypeError):
        raise HQDatabaseUnavailable(where="(given address)", reason="it is not a database address") from None


def split_password(url: str) -> tuple[str, str | None]:
    """(the address without any password, the password or None)."""
    u = parse(url)
    password = u.password
    query = dict(u.query)
    if "password" in query:
        value = query.pop("password")
        password = password or (value if isinstance(value, str) else value[0])
        u = u.set(query=query)
    bare = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query)
    return bare.render_as_string(hide_password=False), (str(password) if password else None)


def has_password(url: str) -> bool:
    return split_password(url)[1] is not None


def with_password(url: str, password: str | None) -> str:
    if not password:
        return url
    return parse(url).set(password=password).render_as_string(hide_password=False)


def shown(url: str) -> str:
    """The address as it may be shown: never its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError, TypeError):
        return "(given address)"


def guarded(url: str, password: str | None, action: Callable[[], T]) -> T:
    """Run ``action``; a connection or driver failure becomes HQDatabaseUnavailable."""
    try:
        return action()
    except (SQLAlchemyError, NoSuchModuleError, OSError, ImportError) as exc:
        orig = getattr(exc, "orig", None) or exc
        # the server's words (SQLSTATE 28000; psycopg gives no code for a refused connection)
        if "is not permitted to log in" in str(orig):
            from fielddoc.hq.team.errors import LoginClosed  # a removed member (hq/team/members.py)

            raise LoginClosed(where=shown(url)) from None
        lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
        reason = (lines[0] if lines else type(orig).__name__)[:300]
        if password:
            reason = reason.replace(password, "***")
        raise HQDatabaseUnavailable(where=shown(url), reason=reason) from None
