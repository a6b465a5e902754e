"""The token index's arrays stored without compression (HQ on PostgreSQL; nothing on SQLite).

A record's ``search_tokens.tokens`` is some 110 keys of 32 hex characters (HMACs, ~3.8 KB):
over PostgreSQL's 2 KB threshold, so every row went through pglz, which hex text leaves at its
size (a 100,000-record import stored 429 MB either way) after costing the server about half of
a bare COPY's time (bench/README.md, "HQ import toward 20,000 records/s"). ``STORAGE EXTERNAL``
keeps such values out of line, uncompressed. The values are the same; rows written before keep
their form until rewritten.

Revision ID: 0018
Revises: 0013
Create Date: 2026-12-07
"""

from alembic import op

revision = "0018"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE search_tokens ALTER COLUMN tokens SET STORAGE EXTERNAL")


def downgrade() -> None:
    raise NotImplementedError("FieldDoc never downgrades a vault")
