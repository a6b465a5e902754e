"""SQLAlchemy engines: SQLCipher for vaults, any URL (PostgreSQL) for HQ stores.

The SQLCipher engine keys every new connection before anything else runs
(``connect`` event inserted first), then reads the schema so a wrong key
fails at once, then applies the settings of docs/vault-format.md. There is
no code path that opens the file without a key, so nothing can ever create
a plaintext database.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import QueuePool

from fielddoc.errors import VaultReadOnly
from fielddoc.store import fts_merge

SQLCIPHER_PRAGMAS = (
    "PRAGMA cipher_memory_security = OFF",  # see docs/threat-model.md
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 10000",
    "PRAGMA cache_size = -65536",
)


class _HintingCompiler(SQLiteCompiler):
    """Passes ``select().with_hint(table, "INDEXED BY ix", "sqlite")`` through to SQLite
    (the stock SQLite compiler drops table hints). Used where the planner cannot know
    that a full-text match is rare (see ``records.query.list_records``)."""

    def get_from_hint_text(self, table: Any, text: str | None) -> str | None:
        return text


def _connector(db_path: Path, read_only: bool) -> Callable[[], Any]:
    """Opens the file itself: the path never passes through a URL, so '%', '?' or '#' in a
    folder name cannot send the database elsewhere (``sqlite:///a%20b?c/vault.db`` is the
    file ``a b``). Read-only opens use SQLite's own URI form with the path percent-encoded."""
    if read_only:
        posix = Path(db_path).resolve().as_posix()  # C:/Users/... on Windows: file:///C:/Users/...
        uri = "file://" + ("" if posix.startswith("/") else "/") + quote(posix, safe="/:") + "?mode=ro"
        wal = Path(str(db_path) + "-wal")
        if not wal.exists() or wal.stat().st_size == 0:  # closed cleanly: nothing but the file to read,
            uri += "&immutable=1"  # so SQLite makes no -wal or -shm beside it
        return lambda: sqlcipher3.dbapi2.connect(uri, uri=True, check_same_thread=False)
    name = os.fspath(db_path)
    return lambda: sqlcipher3.dbapi2.connect(name, check_same_thread=False)


def sqlcipher_engine(db_path: Path, raw_key: bytes, *, read_only: bool = False) -> Engine:
    """An engine whose every connection is keyed with ``raw_key`` (32 bytes)."""
    if len(raw_key) != 32:
        raise ValueError("SQLCipher raw key must be 32 bytes")
    key_pragma = "PRAGMA key = \"x'" + raw_key.hex() + "'\""

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=_connector(db_path, read_only),
        poolclass=QueuePool,  # as for a file URL ("sqlite://" alone would mean one in-memory database)
        pool_pre_ping=False,
    )
    engine.dialect.statement_compiler = _HintingCompiler

    @event.listens_for(engine, "connect", insert=True)
    def _key(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _begin)
        cur = dbapi_conn.cursor()
        try:
            cur.execute("PRAGMA cipher_log_level = NONE")
            cur.execute(key_pragma)
            # Fails with "file is not a database" if the key is wrong.
            cur.execute("SELECT count(*) FROM sqlite_master").fetchall()
            for pragma in SQLCIPHER_PRAGMAS:
                if read_only and "journal_mode" in pragma:
                    continue  # changing it would write; the vault is already in WAL mode
                cur.execute(pragma).fetchall()
            version = cur.execute("PRAGMA cipher_version").fetchone()
            if not version or not version[0]:
                raise RuntimeError("SQLCipher is not active: refusing a plaintext database")
        finally:
            cur.close()

    if read_only:
        @event.listens_for(engine, "handle_error")
        def _read_only(context: Any) -> None:
            if "readonly" in str(context.original_exception).replace("read-only", "readonly"):
                raise VaultReadOnly(path=str(Path(db_path).parent)) from None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def url_engine(url: str) -> Engine:
    """An engine for an HQ store at any SQLAlchemy URL (e.g. postgresql+psycopg://)."""
    return create_engine(url, pool_pre_ping=True)


#: After an import that wrote at least this many records, the planner's statistics are refreshed.
ANALYSE_AFTER = 1000


def refresh_statistics(engine: Engine, changed: int) -> None:
    """Refresh the query planner's statistics after an import that changed ``changed`` records.

    PostgreSQL: ``VACUUM (ANALYZE)`` of the records and ``ANALYZE`` of the search index, so
    lists and searches pick their indexes (and deep pages scan them index-only) at once rather
    than after autovacuum gets to it.
    SQLite: ``PRAGMA optimize`` (analyses only what changed enough), and the full-text index
    merged into one segment when the import wrote a large share of it (store/fts_merge.py).
    """
    if changed < ANALYSE_AFTER:
        return
    if engine.dialect.name == "postgresql":
        # VACUUM marks the new pages all-visible, so deep list pages are index-only (records.query).
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE) records")
            conn.exec_driver_sql("ANALYZE search_tokens")
        return
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA optimize")
    fts_merge.merge_after_import(engine, changed)


#: SQLite's page cache during a bulk import, KiB (the usual one is SQLCIPHER_PRAGMAS' 64 MiB). The
#: index pages of a large import stop fitting in 64 MiB near 1M records (measured in issue 14: a
#: 1 GiB cache cut a 1M import from 189 s to 121 s); 256 MiB keeps the import's peak under 1 GiB.
#: The cache fills only as far as the database needs it.
IMPORT_CACHE_KIB = 256 << 10


@contextmanager
def import_cache(conn: Connection) -> Iterator[None]:
    """A larger SQLite page cache on ``conn`` for one bulk import, the previous one restored after
    (on that pooled connection, whatever happened). Use it around the transaction, so that the
    commit still has the large cache. No effect on other databases."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    conn.commit()  # the statement began a transaction (autobegin); the caller begins its own
    if before < 0 and -before >= IMPORT_CACHE_KIB:
        yield
        return
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    conn.commit()
    try:
        yield
    finally:
        if conn.in_transaction():  # pragma: no cover - the caller's transaction ended in its block
            conn.rollback()
        conn.exec_driver_sql(f"PRAGMA cache_size = {before}")
        conn.commit()


@contextmanager
def driver_errors(conn: Connection) -> Iterator[None]:
    """Work on the raw driver connection (COPY) fails as SQLAlchemy's own statements do.

    A driver error becomes :class:`sqlalchemy.exc.DBAPIError` (so HQ's translation, hq/dberrors.py,
    tells the analyst "not reachable; nothing was saved" instead of an internal error), and a
    connection the driver lost is invalidated, so it is never handed out again.
    """
    from sqlalchemy.exc import DBAPIError

    dbapi = conn.dialect.loaded_dbapi
    try:
        yield
    except dbapi.Error as exc:
        gone = conn.dialect.is_disconnect(exc, conn.connection.dbapi_connection, None)
        if gone:
            conn.invalidate(exc)
        raise DBAPIError.instance(None, None, exc, dbapi.Error, connection_invalidated=gone,
                                  dialect=conn.dialect) from exc
