"""Statistics maintained on write: ``stat_facets`` and the triggers that keep it (docs/statistics.md).

One row per (facet, main date, values) of the live records, with how many there are: the
hearings and detentions (``kind``), each fair-trial observation of a hearing or case
(``fair_trial``: item, assessment, answer as JSON text), each detention's procedure
(``procedure``, JSON text) and its distinct facility types (``facility``). The statistics page
(gui/models/stats.py) sums these rows instead of reading every document: a few thousand rows
for a million records, with the same date-range rule as before (the main date is kept).

Triggers in the database, not code in each write path, keep it: every statement that inserts,
changes or deletes a ``records`` row (a save, a delete or purge, a JSON import, an HQ bundle
import with COPY, a merge, a conflict's resolution, a backup's restore) adds and takes away its
rows in the same transaction, so the figures can never drift from the documents. On SQLite a
row trigger; on PostgreSQL statement triggers over the transition tables (one grouped upsert
per statement, so a COPY of 200,000 records runs it once). A document that is not plain JSON
(a sealed HQ's envelopes, store/sealing.py) adds nothing: sealing an HQ empties the table, and
the statistics of a sealed HQ are counted from the opened documents as before. Rows that reach
zero are deleted, so no value stays behind its records.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from fielddoc.records import facets

    facets.create(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("FieldDoc never downgrades a vault")
