"""Every attachment file gets its own random key, kept wrapped in its row.

0.1.0 derived each file's key from the data key, so a deleted (purged) file
carved from the disk still decrypted. The key now lives, wrapped under the
data key, in ``attachment_files.wrapped_key``: deleting the row (secure_delete)
erases the file cryptographically. This migration only adds the column (NULL
for existing files); re-encrypting the existing files needs the data key and
runs right after, when the vault is opened (``store.file_keys.upgrade``).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("attachment_files", sa.Column("wrapped_key", sa.LargeBinary, nullable=True))


def downgrade() -> None:
    raise NotImplementedError("FieldDoc never downgrades a vault")
