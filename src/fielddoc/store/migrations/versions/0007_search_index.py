"""Search that finds word forms, both scripts and linked names: the FTS index is rebuilt.

``fts_index`` had one column, the record's text. It now has three (see
fielddoc.records.search.tokens): ``text``, ``names`` (the titles of the
records it links to) and ``terms`` (Latin skeletons of names, and a token per
linked record, and one for the record's kind). The table is recreated with
FTS5 ``secure-delete`` on, as in 0003, with prefix indexes for 2 to 6
characters (a typed prefix reads one doclist instead of merging every word
that starts with it: 5-8x faster, the index about twice the size; see
docs/search.md), and filled from the live records. ``ix_records_live_date``
lets "All records" walk the live records newest first while it probes the
index for a common word. Vaults and HQ stores on SQLCipher
both run it; HQ on PostgreSQL has no FTS table and only records the revision.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_records_live_date", "records", ["deleted_at", "date_sort", "id"])
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    from fielddoc.records.fts import rebuild_all

    op.execute("DROP TABLE IF EXISTS fts_index")
    op.execute(
        "CREATE VIRTUAL TABLE fts_index USING fts5("
        "text, names, terms, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6')"
    )
    op.execute("INSERT INTO fts_index(fts_index, rank) VALUES('secure-delete', 1)")
    rebuild_all(bind)
    op.execute("INSERT INTO fts_index(fts_index) VALUES('optimize')")


def downgrade() -> None:
    raise NotImplementedError("FieldDoc never downgrades a vault")
