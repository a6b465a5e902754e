"""Stored records in today's shape: hearing.torture_allegations[] (and the checklist's new items).

The current document of every record (``records.doc``) is rewritten by
:func:`fielddoc.records.upgrade.upgrade_doc` (docs/record-upgrades.md). The
revision history is left as it was signed: ``revisions.doc`` keeps the shape each
revision had, and its hashes still verify; readers upgrade on read, so a revision
shown from the history reads the same way. The list columns and the full-text
index follow from the same words and need no change.

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-06
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from fielddoc.records.canonical import dumps
    from fielddoc.records.upgrade import upgrade_doc

    bind = op.get_bind()
    changed: list[dict[str, str]] = []
    for rid, kind, doc in bind.execute(sa.text("SELECT id, kind, doc FROM records")).fetchall():
        try:
            old = json.loads(doc)
        except ValueError:
            continue
        new = upgrade_doc(kind, old)
        if new is not old:
            changed.append({"id": rid, "doc": dumps(new)})
    for start in range(0, len(changed), 1000):
        bind.execute(sa.text("UPDATE records SET doc = :doc WHERE id = :id"), changed[start:start + 1000])


def downgrade() -> None:
    raise NotImplementedError("FieldDoc never downgrades a vault")
