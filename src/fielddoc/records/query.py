"""Lists, filters and full-text search over the records of a store.

Lists are paged (``offset``/``limit``) so a view of 100k records only ever
loads one screenful. Full-text search uses the FTS5 index inside the
encrypted database; a user's query is turned into quoted prefix terms, so
no character they type can break the query syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, literal, select, text
from sqlalchemy.sql import ColumnElement, Select

from fielddoc.records.service import Store
from fielddoc.store.schema import links, records

SUMMARY_COLUMNS = (
    records.c.id,
    records.c.kind,
    records.c.title,
    records.c.date_sort,
    records.c.case_id,
    records.c.confidentiality,
    records.c.tlp,
    records.c.draft,
    records.c.conflict,
    records.c.revision,
    records.c.updated_at,
    records.c.deleted_at,
)
SORTABLE = {c.name: c for c in SUMMARY_COLUMNS}
_TERM = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 16
#: Up to this many full-text hits, a list page probes the hits through the covering
#: ``ix_records_search`` index instead of walking the list's sort index: SQLite cannot
#: estimate an FTS subquery, and for a rare term it walked all 100k dated rows (300 ms
#: instead of 0.4 ms, bench/bench_gui_list.py).
RARE_HITS = 5000


@dataclass
class Filter:
    kind: str | None = None
    text: str | None = None
    date_from: str | None = None  # ISO date or prefix (2012, 2012-03, 2012-03-28)
    date_to: str | None = None
    case_id: str | None = None
    confidentiality: tuple[str, ...] = field(default_factory=tuple)
    include_deleted: bool = False
    drafts_only: bool = False
    conflicts_only: bool = False


def fts_query(user_text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query (all terms, prefix match)."""
    terms = _TERM.findall(user_text or "")[:MAX_TERMS]
    if not terms:
        return None
    return " AND ".join('"' + t.replace('"', "") + '"*' for t in terms)


def _conditions(flt: Filter, dialect: str) -> list[ColumnElement[bool]]:
    cond: list[ColumnElement[bool]] = []
    if flt.kind:
        cond.append(records.c.kind == flt.kind)
    if not flt.include_deleted:
        cond.append(records.c.deleted_at.is_(None))
    if flt.case_id:
        cond.append(records.c.case_id == flt.case_id)
    if flt.confidentiality:
        cond.append(records.c.confidentiality.in_(flt.confidentiality))
    if flt.drafts_only:
        cond.append(records.c.draft.is_(True))
    if flt.conflicts_only:
        cond.append(records.c.conflict.is_(True))
    # A partial date ("2012-03") overlaps the range if any day of it does.
    if flt.date_from:
        cond.append(records.c.date_sort.isnot(None))
        cond.append(func.coalesce(records.c.date_sort, "") + literal("~") >= flt.date_from)
    if flt.date_to:
        cond.append(records.c.date_sort.isnot(None))
        cond.append(records.c.date_sort <= flt.date_to + "~")
    if flt.text:
        q = fts_query(flt.text)
        if q is not None:
            if dialect == "sqlite":
                cond.append(
                    records.c.docid.in_(
                        text("SELECT rowid FROM fts_index WHERE fts_index MATCH :q").bindparams(q=q)
                    )
                )
            else:  # HQ on PostgreSQL: case-insensitive match on the stored text
                for term in _TERM.findall(flt.text)[:MAX_TERMS]:
                    cond.append(records.c.doc.ilike(f"%{term}%"))
    return cond


def _select(store: Store, flt: Filter, *cols: Any) -> Select[Any]:
    dialect = store.engine.dialect.name
    stmt = select(*cols)
    cond = _conditions(flt, dialect)
    if cond:
        stmt = stmt.where(and_(*cond))
    return stmt


def list_records(
    store: Store,
    flt: Filter | None = None,
    *,
    sort: str = "date_sort",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[dict[str, Any]]:
    """One page of record summaries (no documents)."""
    flt = flt or Filter()
    col = SORTABLE.get(sort, records.c.date_sort)
    # The tie-breaker runs in the same direction as the sort key, so the
    # (kind, deleted_at, date_sort, id) index serves the whole ORDER BY: no temp
    # b-tree, and a page deep in a 100k list costs ~2 ms instead of ~150 ms.
    order = [col.desc(), records.c.id.desc()] if descending else [col.asc(), records.c.id.asc()]
    stmt = _select(store, flt, *SUMMARY_COLUMNS).order_by(*order).offset(offset).limit(limit)
    with store.engine.connect() as conn:
        if conn.dialect.name == "sqlite" and _rare(conn, flt.text):
            stmt = stmt.with_hint(records, "INDEXED BY ix_records_search", "sqlite")
        return [dict(r) for r in conn.execute(stmt).mappings()]


def _rare(conn: Any, user_text: str | None) -> bool:
    """True when the full-text query matches at most RARE_HITS records (counted with a cap)."""
    q = fts_query(user_text or "")
    if q is None:
        return False
    hits = conn.execute(
        text("SELECT count(*) FROM (SELECT rowid FROM fts_index WHERE fts_index MATCH :q LIMIT :cap)"),
        {"q": q, "cap": RARE_HITS + 1},
    ).scalar_one()
    return int(hits) <= RARE_HITS


def count(store: Store, flt: Filter | None = None) -> int:
    stmt = _select(store, flt or Filter(), func.count())
    with store.engine.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


def search(store: Store, query: str, flt: Filter | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """Full-text search; ``flt`` adds the type, date, case and confidentiality filters."""
    flt = flt or Filter()
    flt = Filter(**{**flt.__dict__, "text": query})
    return list_records(store, flt, sort="date_sort", descending=True, limit=limit)


def referrers(store: Store, record_id: str, limit: int = 500) -> list[dict[str, Any]]:
    """Records whose current document refers to ``record_id`` (``id, kind, title, date_sort``),
    by kind, newest first; deleted records left out. Read from the ``links`` index, not the documents."""
    q = (
        select(records.c.id, records.c.kind, records.c.title, records.c.date_sort)
        .select_from(links.join(records, records.c.id == links.c.source_id))
        .where(links.c.target_id == record_id, records.c.deleted_at.is_(None))
        .order_by(records.c.kind, records.c.date_sort.desc(), records.c.id)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]
