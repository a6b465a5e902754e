"""Run the Alembic migrations on an open, keyed connection.

Alembic is imported only when a migration actually has to run: unlocking an
up-to-date vault compares the stored revision with :data:`HEAD` (kept equal
to the newest migration by ``tests/test_migrations.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest migration's revision id.
HEAD = "0013"


def _config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    # The option is read through ConfigParser interpolation: a '%' in the install path
    # (C:\\Users\\50%\\...) must be doubled or Alembic cannot find its scripts.
    cfg.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest revision according to the migration scripts themselves."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    try:
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    except DatabaseError as exc:
        if "no such table" in str(exc) or "does not exist" in str(exc):
            return None
        raise
    return str(row[0]) if row else None


def upgrade(connection: Connection) -> None:
    """Bring the schema to the newest revision (inside the caller's transaction)."""
    from alembic import command

    command.upgrade(_config(connection), "head")
