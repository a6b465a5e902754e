"""Key rotation: HQ's registry keeps every key a device signed with; a device records
which HQ acknowledged which bundle.

``hq_device_keys`` holds one row per key a device rotated away from (its
``until_sequence`` is the first bundle number it no longer signs) and one per key
it rotated to (its ``from_sequence`` is the first bundle number it signs, and
``statement`` the signed rotation statement, verbatim). See docs/bundle-format.md §1.
``sync_acks`` (device side) holds one row per bundle and HQ signing key that
acknowledged it: what a bundle carried counts as delivered only when every HQ it
was addressed to (and whose card the device still holds) acknowledged it (§2).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_device_keys",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("device_id", sa.String(128), nullable=False),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("age_recipient", sa.Text),
        sa.Column("from_sequence", sa.Integer),
        sa.Column("until_sequence", sa.Integer),
        sa.Column("added_at", sa.String(40), nullable=False),
        sa.Column("statement", sa.Text),
    )
    op.create_index("ix_hq_device_keys_device", "hq_device_keys", ["device_id"])
    op.create_table(
        "sync_acks",
        sa.Column("bundle_id", sa.String(64), primary_key=True),
        sa.Column("signing_key", sa.String(64), primary_key=True),
        sa.Column("receipt_id", sa.String(64), nullable=False),
        sa.Column("acked_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("FieldDoc never downgrades a vault")
