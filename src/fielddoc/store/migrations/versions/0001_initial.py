"""First schema (FieldDoc 0.1).

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "records",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("date_sort", sa.String(40)),
        sa.Column("case_id", sa.String(128)),
        sa.Column("confidentiality", sa.String(32)),
        sa.Column("tlp", sa.String(16)),
        sa.Column("draft", sa.Boolean, nullable=False),
        sa.Column("deleted_at", sa.String(40)),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("head_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("device_id", sa.String(128)),
        sa.Column("id_generated", sa.Boolean, nullable=False),
        sa.Column("conflict", sa.Boolean, nullable=False),
        sa.Column("doc", sa.Text, nullable=False),
    )
    op.create_index("ix_records_kind_date", "records", ["kind", "date_sort"])
    op.create_index("ix_records_kind_title", "records", ["kind", "title"])
    op.create_index("ix_records_case", "records", ["case_id"])
    op.create_index("ix_records_kind_conf", "records", ["kind", "confidentiality"])
    op.create_table(
        "revisions",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("record_id", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("parent_hash", sa.String(64)),
        sa.Column("op", sa.String(16), nullable=False),
        sa.Column("device_id", sa.String(128), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("doc", sa.Text, nullable=False),
        sa.Column("delivered", sa.Boolean, nullable=False),
        sa.UniqueConstraint("hash", name="uq_revisions_hash"),
    )
    op.create_index("ix_revisions_record", "revisions", ["record_id", "revision"])
    op.create_table(
        "audit",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("device_id", sa.String(128), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(128)),
        sa.Column("revision_hash", sa.String(64)),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "attachment_files",
        sa.Column("file_id", sa.String(32), primary_key=True),
        sa.Column("attachment_id", sa.String(128), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("size_bytes", sa.BigInteger, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_attachment_files_att", "attachment_files", ["attachment_id"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "secrets",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("value", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "drafts",
        sa.Column("draft_id", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(128)),
        sa.Column("saved_at", sa.String(40), nullable=False),
        sa.Column("doc", sa.Text, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE fts USING fts5("
            "record_id UNINDEXED, kind UNINDEXED, text, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
        # Deleted or replaced text is removed from the index pages, not just hidden.
        op.execute("INSERT INTO fts(fts, rank) VALUES('secure-delete', 1)")


def downgrade() -> None:
    raise NotImplementedError("FieldDoc never downgrades a vault")
