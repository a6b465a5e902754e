"""The token index's vocabulary on PostgreSQL; an index of the revisions not delivered yet.

HQ on PostgreSQL: a record's token row no longer holds every prefix.

0010 stored in each record's ``search_tokens`` row every prefix (1-12
characters) of every word: ~500 keys for a record of ~60 words, which made HQ
import on PostgreSQL three to four times slower (the COPY and the GIN index
of those keys). A row now holds its words and their prefixes of up to
records.search.keys.SHORT_MAX characters; the longer prefixes go, once per
distinct (prefix, word), to ``search_prefixes``, which a query reads to widen
its keys (records/token_index.py). The index is rebuilt here from the live
records.

Both stores: a partial index of the revisions not delivered yet
(``ix_revisions_undelivered``), so an export finds the records it has something
to send from without reading the whole history (bundle/walk.py).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    undelivered = "NOT delivered" if bind.dialect.name == "postgresql" else "delivered = 0"
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_revisions_undelivered ON revisions (seq) WHERE {undelivered}")
    if bind.dialect.name != "postgresql":
        return
    from fielddoc.records.fts import rebuild_all

    op.execute("CREATE TABLE search_prefixes (prefix TEXT NOT NULL, token TEXT NOT NULL, "
               "PRIMARY KEY (prefix, token))")
    rebuild_all(bind)
    op.execute("ANALYZE search_prefixes")
    op.execute("ANALYZE search_tokens")


def downgrade() -> None:
    raise NotImplementedError("FieldDoc never downgrades a vault")
