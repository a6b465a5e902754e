"""SQLAlchemy engines: SQLCipher for vaults, any URL (PostgreSQL) for HQ stores.

The SQLCipher engine keys every new connection before anything else runs
(``connect`` event inserted first), then reads the schema so a wrong key
fails at once, then applies the settings of docs/vault-format.md. There is
no code path that opens the file without a key, so nothing can ever create
a plaintext database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.engine import Engine

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


def sqlcipher_engine(db_path: Path, raw_key: bytes) -> Engine:
    """An engine whose every connection is keyed with ``raw_key`` (32 bytes)."""
    if len(raw_key) != 32:
        raise ValueError("SQLCipher raw key must be 32 bytes")
    key_pragma = "PRAGMA key = \"x'" + raw_key.hex() + "'\""

    engine = create_engine(
        f"sqlite:///{db_path}",
        module=sqlcipher3.dbapi2,
        connect_args={"check_same_thread": False},
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
                cur.execute(pragma).fetchall()
            version = cur.execute("PRAGMA cipher_version").fetchone()
            if not version or not version[0]:
                raise RuntimeError("SQLCipher is not active: refusing a plaintext database")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def url_engine(url: str) -> Engine:
    """An engine for an HQ store at any SQLAlchemy URL (e.g. postgresql+psycopg://)."""
    return create_engine(url, pool_pre_ping=True)
