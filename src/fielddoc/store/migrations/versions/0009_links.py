"""The links table: which record refers to which, for "what links here".

A person, organisation or place showed nothing that refers to it, because finding the
records whose documents mention an id meant reading every document. ``links`` holds one
row per (target, source) pair of the current documents, kept in the same transaction as
every save, import and HQ merge; the primary key (target_id, source_id) answers the
question from the index. Existing vaults are filled from their current documents here.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from fielddoc.records import schema

    op.create_table(
        "links",
        sa.Column("target_id", sa.String(128), primary_key=True),
        sa.Column("source_id", sa.String(128), primary_key=True),
    )
    op.create_index("ix_links_source", "links", ["source_id"])
    bind = op.get_bind()
    rows: list[dict[str, str]] = []
    for rid, kind, doc in bind.execute(sa.text("SELECT id, kind, doc FROM records")):
        try:
            refs = schema.references(kind, json.loads(doc))
        except ValueError:
            continue
        rows += [{"t": target, "s": rid} for target in sorted({t for _p, t in refs})]
        if len(rows) >= 5000:
            bind.execute(sa.text("INSERT INTO links (target_id, source_id) VALUES (:t, :s)"), rows)
            rows = []
    if rows:
        bind.execute(sa.text("INSERT INTO links (target_id, source_id) VALUES (:t, :s)"), rows)


def downgrade() -> None:
    raise NotImplementedError("FieldDoc never downgrades a vault")
