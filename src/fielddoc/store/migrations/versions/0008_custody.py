"""The custody log: one hash chain per attachment and per vault (docs/spec/custody.md).

``custody`` holds one row per entry; ``carried`` (device side) says a written bundle
carried the entry's chain to HQ.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "custody",
        sa.Column("attachment_id", sa.String(128), primary_key=True),
        sa.Column("chain", sa.String(128), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("carried", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    raise NotImplementedError("FieldDoc never downgrades a vault")
