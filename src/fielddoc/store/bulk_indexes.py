"""A bulk import's secondary indexes of ``records`` and ``revisions`` rebuilt once instead of updated
row by row (SQLite stores only; core, no Qt).

``records`` has a dozen secondary indexes (store/schema.py: one per list order, live and per
type, and the covering search index). A row inserted updates each of them at a place its key
decides (a title, a date, a random id), so once those indexes outgrow the page cache (a few
hundred thousand records with the import's 256 MiB) nearly every insert reads and rewrites pages
of each: a 1M-record import fell from ~3,100 to ~800 records/s near its end (bench/README.md,
"The streamed import at 1M"). Building an index afterwards sorts its keys once.

:func:`deferred` drops them at the start of the caller's transaction and creates them again, with
the SQL SQLite keeps for each (``sqlite_master.sql``, so exactly what the migrations made), at its
end, before the commit: a failure or a crash rolls back both, and other connections see the
indexes all along (their snapshot predates the drop; the commit brings the rebuilt ones). Kept:
the primary keys and unique constraints (``revisions.hash``), ``ix_records_docid`` (the full-text
rows of linked records are found by docid during the import) and every index of ``links`` (the
links of a record updated are deleted by source).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection

#: The tables whose secondary indexes are rebuilt.
TABLES = ("records", "revisions")
#: Indexes the import itself reads while it writes: kept.
KEEP = frozenset({"ix_records_docid"})
#: The import rebuilds the indexes when it brings at least this many records (estimated) ...
AFTER = 200_000
#: ... and at least as many as the store holds (rebuilding costs what the whole table holds).
SHARE = 1.0


def worth_it(conn: Connection, incoming: int) -> bool:
    """Whether an import of about ``incoming`` records should rebuild the indexes (AFTER, SHARE)."""
    if conn.dialect.name != "sqlite" or incoming < AFTER:
        return False
    held = int(conn.exec_driver_sql("SELECT count(*) FROM records").scalar() or 0)
    return incoming >= SHARE * held


@contextmanager
def deferred(conn: Connection, tables: tuple[str, ...] = TABLES) -> Iterator[list[str]]:
    """Inside the caller's transaction on ``conn``: drop the secondary indexes of ``tables`` (not
    KEEP, not those of constraints), yield their names, create them again with the same SQL."""
    saved = [(str(name), str(sql)) for table in tables for name, sql in conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
        "ORDER BY name", (table,)) if name not in KEEP]
    for name, _sql in saved:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield [name for name, _sql in saved]
    for _name, sql in saved:
        conn.exec_driver_sql(sql)
