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


def before_0014(conn: Any) -> None:
    """Take away migration 0014 (records.facet_keys; on PostgreSQL stat_facets' levels, its policies
    and the keyed trigger) and set the revision back to 0013."""
    from fielddoc.records import facets

    if conn.dialect.name == "postgresql":
        for policy in ("fd_capped", "fd_full"):
            conn.exec_driver_sql(f"DROP POLICY IF EXISTS {policy} ON stat_facets")
        conn.exec_driver_sql("ALTER TABLE stat_facets DISABLE ROW LEVEL SECURITY")
        conn.exec_driver_sql(facets.pg_function(keyed=False))
        conn.exec_driver_sql("DELETE FROM stat_facets")
        conn.exec_driver_sql("ALTER TABLE stat_facets DROP CONSTRAINT stat_facets_pkey")
        conn.exec_driver_sql("ALTER TABLE stat_facets DROP COLUMN conf")
        conn.exec_driver_sql("ALTER TABLE stat_facets ADD PRIMARY KEY (facet, date_sort, v1, v2, v3)")
        conn.exec_driver_sql("ALTER TABLE records DROP COLUMN facet_keys")
        conn.exec_driver_sql(facets._pg_apply(facets._pg_source("records", 1, keyed=False), keyed=False))
        conn.exec_driver_sql("DELETE FROM settings WHERE key = 'hq_facets_stale'")
    else:
        conn.exec_driver_sql("ALTER TABLE records DROP COLUMN facet_keys")
    conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0013'")
