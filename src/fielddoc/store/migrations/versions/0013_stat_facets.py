"""Statistics maintained on write: ``stat_facets`` and the triggers that keep it (docs/statistics.md).

One row per (facet, main date, values) of the live records, with how many there are: the
hearings and detentions (``kind``), each fair-trial observation of a hearing or case
(``fair_trial``: item, assessment, answer as JSON text), each detention's procedure
(``procedure``, JSON text) and its distinct facility types (``facility``). The statistics page
(gui/models/stats.py) sums these rows instead of reading every document: a few thousand rows
for a million records, with the same date-range rule as before (the main date is kept).

Triggers in the database, not code in each write path, keep it: every statement that inserts,
changes or deletes a ``records`` row (a save, a delete or purge, a JSON import, an HQ bundle
import with COPY, a merge, a conflict's resolution, a backup's restore) adds and takes away its
rows in the same transaction, so the figures can never drift from the documents. On SQLite a
row trigger; on PostgreSQL statement triggers over the transition tables (one grouped upsert
per statement, so a COPY of 200,000 records runs it once). A document that is not plain JSON
(a sealed HQ's envelopes, store/sealing.py) adds nothing: sealing an HQ empties the table, and
the statistics of a sealed HQ are counted from the opened documents as before. Rows that reach
zero are deleted, so no value stays behind its records.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_KEY = "facet, date_sort, v1, v2, v3"
_TABLE = (
    "CREATE TABLE stat_facets (facet VARCHAR(16) NOT NULL, date_sort VARCHAR(40) NOT NULL, "
    "v1 TEXT NOT NULL, v2 TEXT NOT NULL, v3 TEXT NOT NULL, n {int} NOT NULL, "
    f"PRIMARY KEY ({_KEY}))"
)
_ZERO_INDEX = "CREATE INDEX ix_stat_facets_zero ON stat_facets (facet) WHERE n = 0"

# -- SQLite: one trigger per event, each row's contribution with its sign -----------------------


def _sqlite_rows(r: str, sign: int, table: str = "") -> str:
    """The facet rows of the row ``r`` (NEW or OLD in a trigger; with ``table``, each row of it as
    ``r``), each with ``sign``, if it is live and plain JSON."""
    live = f"{r}.deleted_at IS NULL AND substr({r}.doc, 1, 1) = '{{' AND json_valid({r}.doc)"
    ds = f"coalesce({r}.date_sort, '')"
    whole = f" FROM {table} {r}" if table else ""
    each = f"{table} {r}, " if table else ""
    rid = f"{r}.rowid" if table else "0"
    return (
        f"SELECT 'kind' AS facet, {ds} AS ds, {r}.kind AS v1, '' AS v2, '' AS v3, {sign} AS s{whole} "
        f"WHERE {live} AND {r}.kind IN ('hearing', 'detention') "
        f"UNION ALL SELECT 'fair_trial', {ds}, coalesce(o.value -> '$.item', 'null'), "
        f"coalesce(o.value -> '$.assessment', 'null'), coalesce(o.value -> '$.answer', 'null'), {sign} "
        f"FROM {each}json_each(CASE WHEN {live} AND {r}.kind IN ('hearing', 'case') THEN {r}.doc "
        "ELSE '[]' END, '$.fair_trial') o WHERE typeof(o.key) = 'integer' AND o.type = 'object' "
        f"UNION ALL SELECT 'procedure', {ds}, coalesce({r}.doc -> '$.procedure', 'null'), '', '', {sign}"
        f"{whole} WHERE {live} AND {r}.kind = 'detention' "
        f"UNION ALL SELECT 'facility', ds, t, '', '', {sign} FROM (SELECT DISTINCT {rid} AS rid, {ds} AS ds, "
        f"json_extract(s.value, '$.facility_type') AS t "
        f"FROM {each}json_each(CASE WHEN {live} AND {r}.kind = 'detention' THEN {r}.doc ELSE '[]' END, "
        "'$.custody_segments') s WHERE typeof(s.key) = 'integer' AND s.type = 'object' "
        "AND json_type(s.value, '$.facility_type') = 'text')"
    )


def _sqlite_upsert(rows: str) -> str:
    return (
        f"INSERT INTO stat_facets ({_KEY}, n) SELECT * FROM ({rows}) WHERE true "
        f"ON CONFLICT ({_KEY}) DO UPDATE SET n = n + excluded.n; "
        "DELETE FROM stat_facets WHERE n = 0;"
    )


_WATCHED = "kind, date_sort, deleted_at, doc"


def sqlite_triggers() -> list[str]:
    counted = "('hearing', 'case', 'detention')"
    return [
        f"CREATE TRIGGER stat_facets_insert AFTER INSERT ON records WHEN NEW.kind IN {counted} "
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


def _pg_source(table: str, sign: int) -> str:
    return (
        f"SELECT id, kind, coalesce(date_sort, '') AS ds, doc::jsonb AS d, {sign} AS s FROM {table} "
        "WHERE deleted_at IS NULL AND kind IN ('hearing', 'case', 'detention') AND left(doc, 1) = '{'"
    )


def _pg_array(path: str) -> str:
    return f"CASE WHEN jsonb_typeof(d->'{path}') = 'array' THEN d->'{path}' ELSE '[]'::jsonb END"


def _pg_apply(source: str) -> str:
    """The grouped upsert of the facet rows of ``source`` (rows of id, kind, ds, d, s)."""
    return (
        f"WITH src AS ({source}), rows AS ("
        "SELECT 'kind' AS f, ds, kind AS v1, '' AS v2, '' AS v3, s FROM src "
        "WHERE kind IN ('hearing', 'detention') "
        "UNION ALL SELECT 'fair_trial', ds, coalesce((o->'item')::text, 'null'), "
        "coalesce((o->'assessment')::text, 'null'), coalesce((o->'answer')::text, 'null'), s "
        f"FROM src CROSS JOIN LATERAL jsonb_array_elements({_pg_array('fair_trial')}) o "
        "WHERE kind IN ('hearing', 'case') AND jsonb_typeof(o) = 'object' "
        "UNION ALL SELECT 'procedure', ds, coalesce((d->'procedure')::text, 'null'), '', '', s FROM src "
        "WHERE kind = 'detention' "
        "UNION ALL SELECT 'facility', ds, t, '', '', s FROM (SELECT DISTINCT id, ds, s, "
        f"seg->>'facility_type' AS t FROM src CROSS JOIN LATERAL jsonb_array_elements({_pg_array('custody_segments')}) "
        "seg WHERE kind = 'detention' AND jsonb_typeof(seg) = 'object' "
        "AND jsonb_typeof(seg->'facility_type') = 'string') x) "
        f"INSERT INTO stat_facets ({_KEY}, n) SELECT f, ds, v1, v2, v3, sum(s) FROM rows "
        f"GROUP BY 1, 2, 3, 4, 5 HAVING sum(s) <> 0 ORDER BY 1, 2, 3, 4, 5 "
        f"ON CONFLICT ({_KEY}) DO UPDATE SET n = stat_facets.n + excluded.n"
    )


def pg_function() -> str:
    changed = (
        f"{_pg_source('old_rows', -1)} UNION ALL {_pg_source('new_rows', 1)}"
    )
    return (
        "CREATE OR REPLACE FUNCTION fd_stat_facets() RETURNS trigger LANGUAGE plpgsql "
        "SECURITY DEFINER SET search_path = public AS $$ BEGIN "
        f"IF TG_OP = 'INSERT' THEN {_pg_apply(_pg_source('new_rows', 1))}; "
        f"ELSIF TG_OP = 'DELETE' THEN {_pg_apply(_pg_source('old_rows', -1))}; "
        f"ELSE {_pg_apply(changed)}; END IF; "
        "DELETE FROM stat_facets WHERE n = 0; RETURN NULL; END $$"
    )


def pg_triggers() -> list[str]:
    out = [pg_function()]
    for event, refs in (("INSERT", "NEW TABLE AS new_rows"), ("DELETE", "OLD TABLE AS old_rows"),
                        ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows")):
        out.append(f"CREATE TRIGGER stat_facets_{event.lower()} AFTER {event} ON records "
                   f"REFERENCING {refs} FOR EACH STATEMENT EXECUTE FUNCTION fd_stat_facets()")
    return out


def upgrade() -> None:
    bind = op.get_bind()
    pg = bind.dialect.name == "postgresql"
    op.execute(_TABLE.format(int="BIGINT" if pg else "INTEGER"))
    op.execute(_ZERO_INDEX)
    if pg:
        for sql in pg_triggers():
            op.execute(sql)
        # the existing records, as if inserted now (a sealed HQ's envelopes add nothing)
        op.execute(_pg_apply(_pg_source("records", 1)))
        op.execute("ANALYZE stat_facets")
    else:
        for sql in sqlite_triggers():
            op.execute(sql)
        op.execute(
            f"INSERT INTO stat_facets ({_KEY}, n) SELECT facet, ds, v1, v2, v3, sum(s) FROM ("
            f"{_sqlite_rows('r', 1, 'records')}) GROUP BY 1, 2, 3, 4, 5"
        )


def downgrade() -> None:
    raise NotImplementedError("FieldDoc never downgrades a vault")
