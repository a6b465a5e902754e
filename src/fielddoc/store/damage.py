"""Damage to a vault's database, described in the user's language.

``fielddoc verify`` must list what is wrong with a damaged vault and never end
in "internal error": every check runs through :func:`checked`, which turns a
database error met on the way (a page that fails its HMAC, a malformed b-tree,
a missing table) into one more problem line, and the checks go on.
:func:`describe_db_error` turns SQLite's and SQLCipher's messages into
sentences a monitor can act on; the raw message is kept only where nothing
better is known (it never carries record text: SQLite names pages and tables).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import sqlcipher3
from sqlalchemy import select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import StatementError

from fielddoc.i18n import translate
from fielddoc.store.schema import secrets_table, settings

#: Errors a damaged database raises (SQLAlchemy wraps the driver's).
DB_ERRORS: tuple[type[BaseException], ...] = (SADatabaseError, StatementError, sqlcipher3.dbapi2.Error)
MAX_LINES = 20

_PAGE = re.compile(r"(?:pgno|page)\s*=?\s*(\d+)", re.IGNORECASE)
_TABLE = re.compile(r"no such (?:table|column): ([\w.]+)")


def from_sqlite(exc: BaseException) -> bool:
    """True if the error comes from SQLite/SQLCipher (the vault's own database)."""
    return isinstance(getattr(exc, "orig", None) or exc, sqlcipher3.dbapi2.Error)


def raw_message(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return (text.splitlines() or [""])[0][:200]


def describe_db_error(exc: BaseException) -> str:
    """What a database error means for the user, translated."""
    msg = raw_message(exc)
    low = msg.lower()
    if "file is not a database" in low:
        return translate("the database cannot be decrypted: its first page is damaged, or the file is not "
                         "this vault's database")
    if "malformed" in low:
        return translate("the database's structure is damaged")
    if "hmac" in low or "integrity" in low:
        page = _PAGE.search(msg)
        if page:
            return translate("page {page} of the database was altered or damaged").format(page=page.group(1))
        return translate("a page of the database was altered or damaged")
    table = _TABLE.search(msg)
    if table:
        return translate("the database has lost its table {table}").format(table=table.group(1))
    if "unable to open" in low or "disk i/o" in low:
        return translate("the database file cannot be opened or read")
    if "locked" in low or "busy" in low:
        return translate("the database is in use by another FieldDoc process")
    return translate("the database could not be read ({reason})").format(reason=msg)


def checked(what: str, check: Callable[[], list[str]]) -> list[str]:
    """Run one check; a database error on the way becomes a problem naming what could not be checked."""
    try:
        return check()
    except DB_ERRORS as exc:
        return [translate("{what} could not be checked: {reason}.").format(what=what,
                                                                          reason=describe_db_error(exc))]


def _page_problem(row: str) -> str:
    page = _PAGE.search(row)
    if page:
        return translate("Page {page} of the database was altered or damaged.").format(page=page.group(1))
    return translate("The database failed its integrity check ({detail}).").format(detail=row[:200])


def _cipher_check(conn: Any) -> list[str]:
    rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
    return [_page_problem(r) for r in rows[:MAX_LINES]]


def _structure_check(conn: Any) -> list[str]:
    rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
    if rows == ["ok"]:
        return []
    out = []
    for r in rows[:MAX_LINES]:
        if "fts5" in r.lower():
            out.append(translate("The full-text search index is damaged ({detail}).").format(detail=r[:200]))
        else:
            out.append(translate("The database structure is damaged ({detail}).").format(detail=r[:200]))
    return out


def _fts_check(conn: Any) -> list[str]:
    has = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'fts_index'").first()
    if has is None:
        return [translate("The full-text search index is missing.")]
    try:
        conn.exec_driver_sql("INSERT INTO fts_index(fts_index) VALUES('integrity-check')")
    except DB_ERRORS as exc:
        return [translate("The full-text search index does not match the records ({reason}).").format(
            reason=raw_message(exc))]
    return []


def _identity_check(conn: Any, vault_id: str) -> list[str]:
    values = {r[0]: r[1] for r in conn.execute(select(settings.c.key, settings.c.value))}
    out = []
    if not values.get("device_id"):
        out.append(translate("The database has lost this device's id (setting device_id)."))
    if values.get("vault_id") not in (None, vault_id):
        out.append(translate("The database belongs to another vault ({found}, the header says {expected})."
                             ).format(found=str(values.get("vault_id"))[:40], expected=vault_id))
    name = secrets_table.c.name
    key = conn.execute(select(name).where(name == "device_signing_key")).first()
    if key is None:
        out.append(translate("The database has lost this device's signing key."))
    return out


def database_problems(engine: Any, vault_id: str | None = None) -> list[str]:
    """SQLCipher page HMACs, SQLite structure, the FTS index and the vault's identity."""
    problems: list[str] = []
    try:
        with engine.connect() as conn:
            problems += checked(translate("The pages of the database"), lambda: _cipher_check(conn))
            problems += checked(translate("The database structure"), lambda: _structure_check(conn))
            problems += checked(translate("The full-text search index"), lambda: _fts_check(conn))
            if vault_id is not None:
                problems += checked(translate("The vault's identity"),
                                    lambda: _identity_check(conn, vault_id))
            conn.rollback()  # the FTS check writes nothing, but leave no transaction behind
    except DB_ERRORS as exc:
        reason = describe_db_error(exc)
        problems.append(translate("The database cannot be read: {reason}.").format(reason=reason))
    return problems
