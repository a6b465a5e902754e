"""Statistics of a sealed team HQ and of capped members from ``stat_facets`` (docs/statistics.md).

``records.facet_keys`` holds, on a sealed HQ, the record's facet rows with every value keyed
(HMAC under a key derived from HQ's data key, records/facet_keys.py), written by the member who
seals the document; the PostgreSQL trigger sums them as it sums a plain document's. Each row of
``stat_facets`` on PostgreSQL also carries its records' confidentiality level (``conf``, part of
the key), so row-level security (hq/team/pgroles.py) lets a capped member sum only the levels they
see. The rows are counted again; a sealed HQ's records wait for a member holding K (setting
``hq_facets_stale``, hq/team/sealing.py). On SQLite only the (empty) column is added.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from fielddoc.records import facets

    facets.add_keyed(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("FieldDoc never downgrades a vault")
