"""Counting a list filtered by confidentiality reads the index alone.

``ix_records_kind_conf`` was (kind, confidentiality): every hit still had to be
looked up in the (wide) table row to test ``deleted_at IS NULL``, and with two
or more levels chosen SQLite walked the date index instead. At 100k records a
count of "public or partners" took 283 ms. The index now carries deleted_at
between the two, so the count is answered from the index.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_records_kind_conf", "records")
    op.create_index("ix_records_kind_conf", "records", ["kind", "deleted_at", "confidentiality"])


def downgrade() -> None:
    raise NotImplementedError("FieldDoc never downgrades a vault")
