"""A store as it was before a migration, for the tests that reopen one to see it upgraded.

Setting ``alembic_version`` back is not enough: the later migrations' tables and triggers must go
too, or running them again fails on what they already made.
"""

from __future__ import annotations

from typing import Any


def before_0013(conn: Any) -> None:
    """Take away migration 0013's statistics facets (records/facets.py): the table and its triggers."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP TABLE stat_facets")
        conn.exec_driver_sql("DROP FUNCTION fd_stat_facets() CASCADE")  # with the triggers on records
        return
    for event in ("insert", "delete", "update"):
        conn.exec_driver_sql(f"DROP TRIGGER stat_facets_{event}")
    conn.exec_driver_sql("DROP TABLE stat_facets")
    conn.exec_driver_sql("DROP TABLE stat_facets_hold")
