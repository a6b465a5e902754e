"""The statistics page's facets (``stat_facets``, migration 0013; docs/statistics.md): the SQL of the
triggers on ``records`` that keep them, and the batched path of the bulk imports on SQLite.

Core code (no Qt). The migration creates the table and the triggers from here; the reader is
gui/models/stats.py. See the migration's docstring for what each row holds and why triggers.

SQLite runs a row trigger per inserted record (~150 µs a record in a JSON import). The bulk imports
(records/interchange.py, hq/staging.py) instead hold the insert trigger for one batch
(:func:`insert_batch`: a row in ``stat_facets_hold``, in the same transaction) and add the whole
batch's facets in one grouped statement before it ends; a crash rolls back both.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.engine import Connection

_KEY = "facet, date_sort, v1, v2, v3"
_TABLE = (
    "CREATE TABLE stat_facets (facet VARCHAR(16) NOT NULL, date_sort VARCHAR(40) NOT NULL, "
    "v1 TEXT NOT NULL, v2 TEXT NOT NULL, v3 TEXT NOT NULL, n {int} NOT NULL, "
    f"PRIMARY KEY ({_KEY}))"
)
_ZERO_INDEX = "CREATE INDEX ix_stat_facets_zero ON stat_facets (facet) WHERE n = 0"


def tiers(rows: str, conf: bool = False) -> str:
    """Each facet row of ``rows`` (facet, ds, v1, v2, v3[, conf], s) in the three tiers the page
    reads: by main date as it is (``fair_trial``); ``@all``, the whole period (date ``''``); ``@m``,
    by month (the date's first 7 characters; a year alone as it is), for dated rows. ``kind`` rows
    (few: one per day and kind) are kept by date only."""
    return (
        "SELECT CASE t.x WHEN 0 THEN r.facet WHEN 1 THEN r.facet || '@all' "
        "ELSE r.facet || '@m' END AS facet, "
        "CASE t.x WHEN 0 THEN r.ds WHEN 1 THEN '' ELSE substr(r.ds, 1, 7) END AS ds, "
        f"r.v1 AS v1, r.v2 AS v2, r.v3 AS v3, {'r.conf AS conf, ' if conf else ''}r.s AS s "
        f"FROM ({rows}) r, (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2) t "
        "WHERE t.x = 0 OR (r.facet <> 'kind' AND (t.x = 1 OR r.ds <> ''))"
    )


# -- SQLite: one trigger per event, each row's contribution with its sign -----------------------


def _sqlite_rows(r: str, sign: int, table: str = "", checked: bool = False) -> str:
    """The facet rows of the row ``r`` (NEW or OLD in a trigger; with ``table``, each row of it as
    ``r``), each with ``sign``, if it is live and plain JSON (``checked``: ``table`` holds only such
    rows). The kind is tested first: no other record's document is parsed."""
    live = "" if checked else (
        f" AND {r}.deleted_at IS NULL AND substr({r}.doc, 1, 1) = '{{' AND json_valid({r}.doc)")
    ds = f"coalesce({r}.date_sort, '')"
    whole = f" FROM {table} {r}" if table else ""
    each = f"{table} {r}, " if table else ""
    rid = f"{r}.id" if table else "0"
    return (
        f"SELECT 'kind' AS facet, {ds} AS ds, {r}.kind AS v1, '' AS v2, '' AS v3, {sign} AS s{whole} "
        f"WHERE {r}.kind IN ('hearing', 'detention'){live} "
        f"UNION ALL SELECT 'fair_trial', {ds}, coalesce(o.value -> '$.item', 'null'), "
        f"coalesce(o.value -> '$.assessment', 'null'), coalesce(o.value -> '$.answer', 'null'), {sign} "
        f"FROM {each}json_each(CASE WHEN {r}.kind IN ('hearing', 'case'){live} THEN {r}.doc "
        "ELSE '[]' END, '$.fair_trial') o WHERE typeof(o.key) = 'integer' AND o.type = 'object' "
        f"UNION ALL SELECT 'procedure', {ds}, coalesce({r}.doc -> '$.procedure', 'null'), '', '', {sign}"
        f"{whole} WHERE {r}.kind = 'detention'{live} "
        f"UNION ALL SELECT 'facility', ds, t, '', '', {sign} FROM (SELECT DISTINCT {rid} AS rid, {ds} AS ds, "
        f"json_extract(s.value, '$.facility_type') AS t "
        f"FROM {each}json_each(CASE WHEN {r}.kind = 'detention'{live} THEN {r}.doc ELSE '[]' END, "
        "'$.custody_segments') s WHERE typeof(s.key) = 'integer' AND s.type = 'object' "
        "AND json_type(s.value, '$.facility_type') = 'text')"
    )


def _sqlite_upsert(rows: str) -> str:
    return (
        f"INSERT INTO stat_facets ({_KEY}, n) SELECT * FROM ({tiers(rows)}) WHERE true "
        f"ON CONFLICT ({_KEY}) DO UPDATE SET n = n + excluded.n; "
        "DELETE FROM stat_facets WHERE n = 0;"
    )


_WATCHED = "kind, date_sort, deleted_at, doc"


def sqlite_triggers() -> list[str]:
    counted = "('hearing', 'case', 'detention')"
    return [
        f"CREATE TRIGGER stat_facets_insert AFTER INSERT ON records WHEN NEW.kind IN {counted} "
        "AND NOT EXISTS (SELECT 1 FROM stat_facets_hold) "
        f"BEGIN {_sqlite_upsert(_sqlite_rows('NEW', 1))} END",
        f"CREATE TRIGGER stat_facets_delete AFTER DELETE ON records WHEN OLD.kind IN {counted} "
        f"BEGIN {_sqlite_upsert(_sqlite_rows('OLD', -1))} END",
        f"CREATE TRIGGER stat_facets_update AFTER UPDATE OF {_WATCHED} ON records "
        f"WHEN (OLD.kind IN {counted} OR NEW.kind IN {counted}) AND (OLD.doc IS NOT NEW.doc "
        "OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.date_sort IS NOT NEW.date_sort "
        "OR OLD.kind IS NOT NEW.kind) "
        f"BEGIN {_sqlite_upsert(_sqlite_rows('OLD', -1) + ' UNION ALL ' + _sqlite_rows('NEW', 1))} END",
    ]


# -- PostgreSQL: statement triggers over the transition tables ----------------------------------
#
# Migration 0013 made the plain form (``keyed=False``). Migration 0014 (``keyed=True``) adds the
# row's confidentiality to each facet row (``conf``, in the key: row-level security lets a capped
# member sum only the levels they see) and the rows of a sealed HQ's records, whose document is an
# envelope: their facet rows come keyed in ``records.facet_keys`` (records/facet_keys.py), written
# by the member who sealed the document; the kind, main date and level are plain columns.

PG_KEY = f"{_KEY}, conf"


def _pg_source(table: str, sign: int, keyed: bool = True) -> str:
    if not keyed:
        return (
            f"SELECT id, kind, coalesce(date_sort, '') AS ds, doc::jsonb AS d, {sign} AS s FROM {table} "
            "WHERE deleted_at IS NULL AND kind IN ('hearing', 'case', 'detention') AND left(doc, 1) = '{'"
        )
    return (
        "SELECT id, kind, coalesce(date_sort, '') AS ds, coalesce(confidentiality, '') AS conf, "
        "CASE WHEN left(doc, 1) = '{' THEN doc::jsonb END AS d, "
        "CASE WHEN left(doc, 1) <> '{' THEN facet_keys::jsonb END AS fk, "
        f"{sign} AS s FROM {table} WHERE deleted_at IS NULL AND kind IN ('hearing', 'case', 'detention') "
        "AND (left(doc, 1) = '{' OR facet_keys IS NOT NULL)"
    )


def _pg_array(path: str, doc: str = "d") -> str:
    return f"CASE WHEN jsonb_typeof({doc}->'{path}') = 'array' THEN {doc}->'{path}' ELSE '[]'::jsonb END"


def _pg_apply(source: str, keyed: bool = True) -> str:
    """The grouped upsert of the facet rows of ``source`` (rows of id, kind, ds, [conf,] d, [fk,] s)."""
    conf = "conf, " if keyed else ""
    key = PG_KEY if keyed else _KEY
    columns = "1, 2, 3, 4, 5, 6" if keyed else "1, 2, 3, 4, 5"
    sealed = (
        "UNION ALL SELECT f->>0, ds, coalesce(f->>1, ''), coalesce(f->>2, ''), coalesce(f->>3, ''), "
        f"{conf}s FROM src "
        "CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(fk) = 'array' THEN fk "
        "ELSE '[]'::jsonb END) f WHERE jsonb_typeof(f) = 'array' "
        "AND f->>0 IN ('fair_trial', 'procedure', 'facility') "
        "AND coalesce(f->>1, '') || coalesce(f->>2, '') || coalesce(f->>3, '') ~ '^[0-9a-f]*$' "
    ) if keyed else ""
    return (
        f"WITH src AS ({source}), rows AS ("
        f"SELECT 'kind' AS facet, ds, kind AS v1, '' AS v2, '' AS v3, {conf}s FROM src "
        "WHERE kind IN ('hearing', 'detention') "
        "UNION ALL SELECT 'fair_trial', ds, coalesce((o->'item')::text, 'null'), "
        f"coalesce((o->'assessment')::text, 'null'), coalesce((o->'answer')::text, 'null'), {conf}s "
        f"FROM src CROSS JOIN LATERAL jsonb_array_elements({_pg_array('fair_trial')}) o "
        "WHERE kind IN ('hearing', 'case') AND jsonb_typeof(o) = 'object' "
        f"UNION ALL SELECT 'procedure', ds, coalesce((d->'procedure')::text, 'null'), '', '', {conf}s "
        "FROM src WHERE kind = 'detention' AND d IS NOT NULL "
        f"UNION ALL SELECT 'facility', ds, t, '', '', {conf}s FROM (SELECT DISTINCT id, ds, {conf}s, "
        "seg->>'facility_type' AS t FROM src "
        f"CROSS JOIN LATERAL jsonb_array_elements({_pg_array('custody_segments')}) "
        "seg WHERE kind = 'detention' AND jsonb_typeof(seg) = 'object' "
        f"AND jsonb_typeof(seg->'facility_type') = 'string') x {sealed}) "
        f"INSERT INTO stat_facets ({key}, n) SELECT facet, ds, v1, v2, v3, {conf}sum(s) "
        f"FROM ({tiers('SELECT * FROM rows', conf=keyed)}) e GROUP BY {columns} "
        f"HAVING sum(s) <> 0 ORDER BY {columns} "
        f"ON CONFLICT ({key}) DO UPDATE SET n = stat_facets.n + excluded.n"
    )


def pg_function(keyed: bool = True) -> str:
    changed = (
        f"{_pg_source('old_rows', -1, keyed)} UNION ALL {_pg_source('new_rows', 1, keyed)}"
    )
    if keyed:
        # An insert only adds: no row can reach 0. Otherwise the rows that did are deleted through
        # the partial index, planned for the table as it is now (EXECUTE): a plan cached while the
        # table was small scans all of it, once per statement (per row in an executemany).
        zero = "EXECUTE 'DELETE FROM stat_facets WHERE n = 0'"
        return (
            "CREATE OR REPLACE FUNCTION fd_stat_facets() RETURNS trigger LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path = public AS $$ BEGIN "
            f"IF TG_OP = 'INSERT' THEN {_pg_apply(_pg_source('new_rows', 1))}; "
            f"ELSIF TG_OP = 'DELETE' THEN {_pg_apply(_pg_source('old_rows', -1))}; {zero}; "
            f"ELSE {_pg_apply(changed)}; {zero}; END IF; RETURN NULL; END $$"
        )
    return (
        "CREATE OR REPLACE FUNCTION fd_stat_facets() RETURNS trigger LANGUAGE plpgsql "
        "SECURITY DEFINER SET search_path = public AS $$ BEGIN "
        f"IF TG_OP = 'INSERT' THEN {_pg_apply(_pg_source('new_rows', 1, keyed), keyed)}; "
        f"ELSIF TG_OP = 'DELETE' THEN {_pg_apply(_pg_source('old_rows', -1, keyed), keyed)}; "
        f"ELSE {_pg_apply(changed, keyed)}; END IF; "
        "DELETE FROM stat_facets WHERE n = 0; RETURN NULL; END $$"
    )


def pg_triggers(keyed: bool = True) -> list[str]:
    out = [pg_function(keyed)]
    for event, refs in (("INSERT", "NEW TABLE AS new_rows"), ("DELETE", "OLD TABLE AS old_rows"),
                        ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows")):
        out.append(f"CREATE TRIGGER stat_facets_{event.lower()} AFTER {event} ON records "
                   f"REFERENCING {refs} FOR EACH STATEMENT EXECUTE FUNCTION fd_stat_facets()")
    return out


HOLD_TABLE = "CREATE TABLE stat_facets_hold (held INTEGER NOT NULL)"


def _grouped(rows: str) -> str:
    return (f"INSERT INTO stat_facets ({_KEY}, n) SELECT facet, ds, v1, v2, v3, sum(s) FROM ({tiers(rows)}) "
            f"GROUP BY 1, 2, 3, 4, 5 HAVING sum(s) <> 0 "
            f"ON CONFLICT ({_KEY}) DO UPDATE SET n = n + excluded.n")


def create(conn: Connection) -> None:
    """The table, its triggers, and the rows of the records already stored (migration 0013)."""
    pg = conn.dialect.name == "postgresql"
    conn.exec_driver_sql(_TABLE.format(int="BIGINT" if pg else "INTEGER"))
    conn.exec_driver_sql(_ZERO_INDEX)
    if pg:
        for sql in pg_triggers(keyed=False):
            conn.exec_driver_sql(sql)
        # the existing records, as if inserted now (a sealed HQ's envelopes add nothing)
        conn.exec_driver_sql(_pg_apply(_pg_source("records", 1, keyed=False), keyed=False))
        conn.exec_driver_sql("ANALYZE stat_facets")
        return
    conn.exec_driver_sql(HOLD_TABLE)
    for sql in sqlite_triggers():
        conn.exec_driver_sql(sql)
    conn.exec_driver_sql(_grouped(_sqlite_rows("r", 1, "records")))


#: One batch's new records (ids as a JSON array), each document read and checked once.
_BATCH_SQL = "WITH b AS MATERIALIZED (SELECT id, kind, date_sort, doc FROM records " \
    "WHERE id IN (SELECT value FROM json_each(?1)) AND kind IN ('hearing', 'case', 'detention') " \
    "AND deleted_at IS NULL AND substr(doc, 1, 1) = '{' AND json_valid(doc)) " + _grouped(
        _sqlite_rows("r", 1, "b", checked=True))


def insert_batch(conn: Connection, insert: Callable[[], Any], ids: Sequence[str]) -> None:
    """Run ``insert`` (new ``records`` rows with these ids) and add their facets in one statement.

    On SQLite the insert trigger is held meanwhile (``stat_facets_hold``); elsewhere (PostgreSQL:
    one statement trigger per statement already) ``insert`` just runs."""
    if conn.dialect.name != "sqlite" or not ids:
        insert()
        return
    conn.exec_driver_sql("INSERT INTO stat_facets_hold (held) VALUES (1)")
    insert()
    conn.exec_driver_sql("DELETE FROM stat_facets_hold")
    conn.exec_driver_sql(_BATCH_SQL, (json.dumps(list(ids)),))
    conn.exec_driver_sql("DELETE FROM stat_facets WHERE n = 0")


def add_keyed(conn: Connection) -> None:
    """Migration 0014: ``records.facet_keys`` (a sealed HQ's keyed facet rows, records/facet_keys.py);
    on PostgreSQL the rows' level (``conf``, in the key), the trigger that reads both, and every row
    counted again (a sealed HQ's records add their facets once a member holding K wrote their keys:
    the setting ``hq_facets_stale`` asks for it)."""
    if conn.dialect.name != "postgresql":
        cols = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(records)")}
        if "facet_keys" not in cols:
            conn.exec_driver_sql("ALTER TABLE records ADD COLUMN facet_keys TEXT")
        return
    conn.exec_driver_sql("ALTER TABLE records ADD COLUMN IF NOT EXISTS facet_keys TEXT")
    conn.exec_driver_sql(
        "ALTER TABLE stat_facets ADD COLUMN IF NOT EXISTS conf VARCHAR(32) NOT NULL DEFAULT ''")
    conn.exec_driver_sql("ALTER TABLE stat_facets DROP CONSTRAINT IF EXISTS stat_facets_pkey")
    conn.exec_driver_sql(f"ALTER TABLE stat_facets ADD PRIMARY KEY ({PG_KEY})")
    conn.exec_driver_sql(pg_function(keyed=True))
    conn.exec_driver_sql("DELETE FROM stat_facets")
    conn.exec_driver_sql(_pg_apply(_pg_source("records", 1)))
    conn.exec_driver_sql("ANALYZE stat_facets")
    sealed = conn.exec_driver_sql("SELECT 1 FROM settings WHERE key = 'hq_sealed'").first()
    if sealed is not None:
        conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('hq_facets_stale', '1') "
                             "ON CONFLICT (key) DO NOTHING")
