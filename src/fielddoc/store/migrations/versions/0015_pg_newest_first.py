"""PostgreSQL lists newest first with the undated records last, as a vault does, from an index.

PostgreSQL sorts NULL as the largest value, so ``date_sort DESC`` put every undated record
(people, cases, undated documents) at the top of a list newest first; a vault lists them last in
both directions (records/query._sqlite_page). The list now orders ``date_sort DESC NULLS LAST,
id DESC``; the ascending order (``NULLS LAST`` is PostgreSQL's default there) keeps the indexes of
0010. These partial indexes serve the descending order of the live records, of all types and of
one type, so a page newest first reads its 200 rows from the top of an index instead of sorting.
SQLite: nothing (its indexes serve both directions, NULL being the smallest value there).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE INDEX IF NOT EXISTS ix_records_pg_live_newest ON records "
               "(date_sort DESC NULLS LAST, id DESC) WHERE deleted_at IS NULL")
    op.execute("CREATE INDEX IF NOT EXISTS ix_records_pg_kind_newest ON records "
               "(kind, date_sort DESC NULLS LAST, id DESC) WHERE deleted_at IS NULL")
    op.execute("ANALYZE records")


def downgrade() -> None:
    raise NotImplementedError("FieldDoc never downgrades a vault")
