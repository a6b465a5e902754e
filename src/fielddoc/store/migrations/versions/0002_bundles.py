"""Bundle sync: recipients, exports, HQ device registry and bundle log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Tables mirror ``fielddoc.store.schema_sync`` (docs/bundle-format.md).
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_recipients",
        sa.Column("fingerprint", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("age_recipient", sa.Text, nullable=False),
        sa.Column("signing_key", sa.LargeBinary, nullable=False),
        sa.Column("card", sa.Text, nullable=False),
        sa.Column("added_at", sa.String(40), nullable=False),
        sa.Column("last_ack_sequence", sa.Integer),
        sa.Column("last_ack_at", sa.String(40)),
    )
    op.create_table(
        "sync_exports",
        sa.Column("bundle_id", sa.String(64), primary_key=True),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("bundle_hash", sa.String(64)),
        sa.Column("previous", sa.String(64)),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("recipients", sa.Text, nullable=False),
        sa.Column("tlp_ceiling", sa.String(16), nullable=False),
        sa.Column("revisions", sa.Integer, nullable=False),
        sa.Column("files", sa.Integer, nullable=False),
        sa.Column("max_seq", sa.Integer),
        sa.Column("more", sa.Boolean, nullable=False),
        sa.Column("tmp_path", sa.Text),
        sa.Column("out_path", sa.Text),
        sa.Column("acked_at", sa.String(40)),
        sa.Column("receipt_id", sa.String(64)),
        sa.UniqueConstraint("sequence", name="uq_sync_exports_sequence"),
    )
    op.create_table(
        "sync_export_items",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("bundle_id", sa.String(64), nullable=False),
        sa.Column("item_type", sa.String(8), nullable=False),
        sa.Column("ref", sa.String(64), nullable=False),
    )
    op.create_index("ix_sync_export_items_bundle", "sync_export_items", ["bundle_id"])
    op.create_table(
        "sync_files",
        sa.Column("file_id", sa.String(32), primary_key=True),
        sa.Column("acked_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "hq_devices",
        sa.Column("device_id", sa.String(128), primary_key=True),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("age_recipient", sa.Text),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("enrolled_at", sa.String(40), nullable=False),
        sa.Column("enrolled_via", sa.String(16), nullable=False),
        sa.Column("revoked_at", sa.String(40)),
        sa.Column("revoke_reason", sa.Text),
        sa.Column("last_import_at", sa.String(40)),
    )
    op.create_table(
        "hq_bundles",
        sa.Column("bundle_hash", sa.String(64), primary_key=True),
        sa.Column("bundle_id", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(128), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("previous", sa.String(64)),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("received_at", sa.String(40), nullable=False),
        sa.Column("revisions", sa.Integer, nullable=False),
        sa.Column("new_revisions", sa.Integer, nullable=False),
        sa.Column("files", sa.Integer, nullable=False),
        sa.Column("abandoned", sa.Text, nullable=False),
        sa.Column("manifest", sa.Text, nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.Column("receipted_at", sa.String(40)),
        sa.UniqueConstraint("device_id", "sequence", name="uq_hq_bundles_device_sequence"),
    )
    op.create_table(
        "hq_revisions",
        sa.Column("hash", sa.String(64), primary_key=True),
        sa.Column("bundle_hash", sa.String(64)),
        sa.Column("received_at", sa.String(40), nullable=False),
        sa.Column("draft", sa.Boolean, nullable=False),
        sa.Column("id_generated", sa.Boolean, nullable=False),
    )
    op.create_table(
        "hq_parents",
        sa.Column("child_hash", sa.String(64), primary_key=True),
        sa.Column("parent_hash", sa.String(64), primary_key=True),
    )
    op.create_index("ix_hq_parents_parent", "hq_parents", ["parent_hash"])


def downgrade() -> None:
    raise NotImplementedError("FieldDoc never downgrades a vault")
