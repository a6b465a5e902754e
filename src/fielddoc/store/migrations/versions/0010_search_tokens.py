"""HQ on PostgreSQL searches an index of values; every list sort has an index on both stores.

PostgreSQL: ``search_tokens`` (per live record the keys of its tokens, from the
same tokenizer as the vault's FTS5 index, records/search/keys.py) under a GIN
index, filled here from the live records; the ``ILIKE`` over the JSON text,
which matched field names ("status" found every hearing), is gone. Partial
indexes ``WHERE deleted_at IS NULL`` serve every sort of the lists (date,
title, type, confidentiality, last change), for "All records" and per type.

SQLite (vaults, and HQ in its vault): the same sorts get covering indexes that
start with ``deleted_at`` (the live records) or ``kind, deleted_at``, ending
with ``id`` (the tie-breaker of every sort); they replace ``(kind, title)``
and ``(kind, deleted_at, confidentiality)``.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

#: The sort columns of the lists (records.query.SORTABLE as the GUI offers them).
SORTS = ("date_sort", "title", "kind", "confidentiality", "updated_at")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _postgresql(bind)
        return
    op.drop_index("ix_records_kind_title", "records")
    op.drop_index("ix_records_kind_conf", "records")
    op.create_index("ix_records_kind_title", "records", ["kind", "deleted_at", "title", "id"])
    op.create_index("ix_records_kind_conf", "records", ["kind", "deleted_at", "confidentiality", "id"])
    op.create_index("ix_records_kind_updated", "records", ["kind", "deleted_at", "updated_at", "id"])
    for col in SORTS[1:]:  # ix_records_live_date exists (0007)
        op.create_index(f"ix_records_live_{col.split('_')[0]}", "records", ["deleted_at", col, "id"])


def _postgresql(bind) -> None:  # type: ignore[no-untyped-def]
    op.execute("CREATE TABLE search_tokens (docid BIGINT PRIMARY KEY, tokens TEXT[] NOT NULL)")
    op.execute("CREATE INDEX ix_search_tokens ON search_tokens USING gin (tokens)")
    for col in SORTS:
        short = col.split("_")[0]
        op.execute(f"CREATE INDEX ix_records_pg_live_{short} ON records ({col}, id) WHERE deleted_at IS NULL")
        if col != "kind":
            op.execute(f"CREATE INDEX ix_records_pg_kind_{short} ON records (kind, {col}, id) "
                       "WHERE deleted_at IS NULL")
    # filled by 0011, with its vocabulary (records.fts.rebuild_all writes both)
    op.execute("ANALYZE records")


def downgrade() -> None:
    raise NotImplementedError("FieldDoc never downgrades a vault")
