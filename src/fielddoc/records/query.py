"""Lists, filters and full-text search over the records of a store.

Lists are paged (``offset``/``limit``) so a view of 100k records only ever
loads one screenful. Full-text search uses the FTS5 index inside the
encrypted database (on PostgreSQL the token index, records/token_index.py);
a user's query is turned into quoted prefix terms (or token keys), so no
character they type can break the query syntax.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import and_, func, literal, select, text
from sqlalchemy.sql import ColumnElement, Select

from fielddoc.errors import (
    BadFilterDate,
    DateRangeReversed,
    NotACase,
    NothingToSearch,
    UnknownCode,
    UnknownConfidentiality,
    UnknownRecordType,
    UnknownSortKey,
)
from fielddoc.records import dates, huridocs, legal_codes, probe, schema, title_order, token_index, vocab
from fielddoc.records.fts import docid
from fielddoc.records.search import kind_token, name_key, parse_query
from fielddoc.records.search.snippet import snippet
from fielddoc.records.service import Store
from fielddoc.store import fts_merge
from fielddoc.store.schema import links, records
from fielddoc.store.sealing import sealer_of

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
MAX_TERMS = 16
#: Up to this many full-text hits, a list page probes the hits through the covering
#: ``ix_records_search`` index instead of walking the list's sort index: SQLite cannot
#: estimate an FTS subquery, and for a rare term it walked all 100k dated rows (300 ms
#: instead of 0.4 ms, bench/bench_gui_list.py). 10,000: a word in 1% of a million records
#: (at 5,000 it took 0.2-0.3 s, walking the sort index; 24-61 ms so, bench/bench_keystroke.py).
RARE_HITS = 10_000
#: From this many hits on, a word is common: its hits are estimated from the first COMMON_HITS
#: (records/probe.estimate), and a list page may walk its sort's index and probe the full-text
#: index for each row instead of collecting every hit first (records/probe.py, bench/bench_keystroke.py).
COMMON_HITS = 20_000
#: From this offset on, a PostgreSQL list page first finds its ids in the sort's index alone (an
#: index-only scan of the partial indexes of migration 0010), then reads those rows: skipping
#: 50,000 rows through the heap took ~1 s at 1M records.
DEEP_OFFSET = 1000


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
    lang: str | None = None  # the searcher's interface language (word forms of Kazakh in "kk")
    # fields of a case (issue 12): records without the field do not match
    tag: str | None = None  # one of case.tags[]
    monitoring_status: str | None = None  # HURIDOCS list 43 code
    priority: str | None = None  # case_priority code
    selection_criterion: str | None = None  # one of case.selection_criteria[]
    offence_family: str | None = None  # a family of legal_codes: a charge under any of its articles
    extremist: bool = False  # a charge under an article of a family flagged extremist (legal_codes)


#: What the CLI calls each filter, for messages.
OPTIONS = {"kind": "--type", "date_from": "--from", "date_to": "--to", "case_id": "--case",
           "confidentiality": "--confidentiality", "sort": "--sort", "priority": "--priority",
           "selection_criterion": "--selection-criterion", "monitoring_status": "--monitoring-status",
           "offence_family": "--offence-family"}


def check_date(value: str | None, option: str) -> None:
    """A filter date: YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date."""
    if value is not None and dates.check_plain_date(value) is not None:
        raise BadFilterDate(option=option, value=value[:40])


def check_range(date_from: str | None, date_to: str | None, options: dict[str, str] = OPTIONS) -> None:
    check_date(date_from, options["date_from"])
    check_date(date_to, options["date_to"])
    if date_from and date_to and date_from[: len(date_to)] > date_to:
        raise DateRangeReversed(date_from=date_from, date_to=date_to)


def check_filter(flt: Filter, store: Store | None = None, *, sort: str | None = None,
                 options: dict[str, str] = OPTIONS) -> None:
    """Refuse a filter that can only match nothing or the wrong records, naming what is accepted.

    With ``store``, ``case_id`` must be the id of a case in it.
    """
    if flt.kind is not None and flt.kind not in schema.KEYS:
        raise UnknownRecordType(option=options["kind"], value=flt.kind[:40], allowed=", ".join(schema.KEYS))
    check_range(flt.date_from, flt.date_to, options)
    levels = tuple(vocab.CONFIDENTIALITY_TLP)
    for level in flt.confidentiality:
        if level not in levels:
            raise UnknownConfidentiality(option=options["confidentiality"], value=level[:40],
                                         allowed=", ".join(levels))
    if sort is not None and sort not in SORTABLE:
        raise UnknownSortKey(option=options["sort"], value=sort[:40], allowed=", ".join(SORTABLE))
    for key, name in (("priority", "case_priority"), ("selection_criterion", "selection_criterion")):
        value = getattr(flt, key)
        if value is not None and not vocab.is_code(name, value):
            raise UnknownCode(option=options.get(key, key), value=value[:40],
                              allowed=", ".join(vocab.VOCABS[name]))
    if flt.monitoring_status is not None and not huridocs.is_member("43", flt.monitoring_status):
        raise UnknownCode(option=options.get("monitoring_status", "monitoring_status"),
                          value=flt.monitoring_status[:40],
                          allowed=", ".join(t.code for t in huridocs.lists()["43"].terms))
    if flt.offence_family is not None and flt.offence_family not in legal_codes.families():
        raise UnknownCode(option=options.get("offence_family", "offence_family"),
                          value=flt.offence_family[:40], allowed=", ".join(legal_codes.families()))
    if flt.text is not None and fts_query(flt.text) is None:
        raise NothingToSearch(value=flt.text[:80])
    if flt.case_id is not None and store is not None:
        with store.engine.connect() as conn:
            kind = conn.execute(select(records.c.kind).where(records.c.id == flt.case_id)).scalar()
        if kind != "case":
            raise NotACase(option=options["case_id"], value=flt.case_id[:80])


def fts_query(user_text: str, lang: str | None = None,
              expand: Callable[[str], list[str] | None] | None = None) -> str | None:
    """Turn what a user typed into a safe FTS5 query (docs/search.md).

    Every term must match; a term matches a word that starts with its stem (any
    column: text, linked names) or a name whose Latin skeleton starts with the
    skeleton of the stem (the ``terms`` column). Terms are quoted, so no
    character typed can break the query syntax. ``expand`` (records/probe.py) may
    give, for a prefix, the index's words that start with it: the same records match.
    """
    parts = []
    for t in parse_query(user_text or "", lang):
        alt = [_quoted(t.stem, expand)]
        if t.skeleton and t.skeleton != t.stem:
            alt.append("terms : " + _quoted(t.skeleton, expand))
        parts.append("(" + " OR ".join(alt) + ")")
    return " AND ".join(parts) or None


def _quoted(term: str, expand: Callable[[str], list[str] | None] | None = None) -> str:
    term = term.replace('"', "")
    words = expand(term) if expand is not None else None
    if words is None:
        return '"' + term + '"*'
    # no word starts with it: the prefix as a whole word, which the index does not hold either
    return "(" + " OR ".join('"' + w.replace('"', "") + '"' for w in words or [term]) + ")"


def _only_text(flt: Filter) -> bool:
    """True when the filter is at most a type and a search (the index alone can answer it)."""
    return not (flt.case_id or flt.confidentiality or flt.date_from or flt.date_to or flt.include_deleted
                or flt.drafts_only or flt.conflicts_only or _case_fields(flt))


def _fts_only(flt: Filter, expand: Callable[[str], list[str] | None] | None = None) -> str | None:
    """The full-text query that alone answers ``flt`` (text, and the kind as its index token), or None."""
    q = fts_query(flt.text or "", flt.lang, expand)
    if q is None or not _only_text(flt):
        return None
    return f'({q}) AND terms : "{kind_token(flt.kind)}"' if flt.kind else q


def _case_fields(flt: Filter) -> bool:
    return flt.extremist or any(v is not None for v in (
        flt.tag, flt.monitoring_status, flt.priority, flt.selection_criterion, flt.offence_family))


def _doc_conditions(flt: Filter, dialect: str) -> list[ColumnElement[bool]]:
    """Conditions on fields inside the document (a case's tags, status, priority, criteria)."""
    cond: list[Any] = []
    for n, (field_name, value, many) in enumerate((
        ("tags", flt.tag, True), ("monitoring_status", flt.monitoring_status, False),
        ("priority", flt.priority, False), ("selection_criteria", flt.selection_criterion, True),
    )):
        if value is None:
            continue
        param = f"doc_filter_{n}"
        if dialect == "sqlite":
            sql = (f"EXISTS (SELECT 1 FROM json_each(records.doc, '$.{field_name}') WHERE value = :{param})"
                   if many else f"json_extract(records.doc, '$.{field_name}') = :{param}")
        else:  # PostgreSQL (HQ): the document is text holding JSON
            sql = (f"jsonb_exists(CAST(records.doc AS jsonb) -> '{field_name}', :{param})" if many
                   else f"(CAST(records.doc AS jsonb) ->> '{field_name}') = :{param}")
        cond.append(text(sql).bindparams(**{param: value}))
    if flt.offence_family is not None:
        cond.append(_charge_condition(flt.offence_family, dialect))
    if flt.extremist:
        pairs = tuple(p for fam in legal_codes.families().values() if fam.extremist for p in fam.pairs())
        cond.append(_pairs_condition(pairs, dialect, "ext"))
    return cond


def _charge_condition(family_id: str, dialect: str) -> ColumnElement[bool]:
    """A case with a charge under any article (of any code) of the offence family."""
    family = legal_codes.families().get(family_id)
    return _pairs_condition(family.pairs() if family else (), dialect, "fam")


def _pairs_condition(pairs: tuple[tuple[str, str], ...], dialect: str, prefix: str) -> ColumnElement[bool]:
    """A case with a charge under any of the (code, article) pairs."""
    if not pairs:
        return text("1 = 0")  # type: ignore[return-value]  # a boolean SQL fragment
    params: dict[str, str] = {}
    if dialect == "sqlite":
        alts = []
        for n, (code, article) in enumerate(pairs):
            params[f"{prefix}_code_{n}"], params[f"{prefix}_art_{n}"] = code, article
            alts.append(f"(json_extract(value, '$.code') = :{prefix}_code_{n} "
                        f"AND json_extract(value, '$.article') = :{prefix}_art_{n})")
        sql = (f"EXISTS (SELECT 1 FROM json_each(records.doc, '$.charges') WHERE {' OR '.join(alts)})")
    else:  # PostgreSQL: containment of one charge object with that code and article
        alts = []
        for n, (code, article) in enumerate(pairs):
            params[f"{prefix}_{n}"] = json.dumps([{"code": code, "article": article}])
            alts.append(f"(CAST(records.doc AS jsonb) -> 'charges') @> CAST(:{prefix}_{n} AS jsonb)")
        sql = "(" + " OR ".join(alts) + ")"
    return text(sql).bindparams(**params)  # type: ignore[return-value]  # a boolean SQL fragment


def _case_test(flt: Filter) -> Any:
    """The case-field conditions of ``flt`` as a test of an opened document (a sealed HQ)."""
    family = legal_codes.families().get(flt.offence_family) if flt.offence_family is not None else None
    pairs = set(family.pairs()) if family else set()
    extremist = {p for fam in legal_codes.families().values() if fam.extremist for p in fam.pairs()}

    def charged(doc: dict[str, Any], under: set[tuple[str, str]]) -> bool:
        charges = doc.get("charges")
        return isinstance(charges, list) and any(
            isinstance(c, dict) and (c.get("code"), c.get("article")) in under for c in charges)

    def test(doc: dict[str, Any]) -> bool:
        for name, value, many in (("tags", flt.tag, True),
                                  ("monitoring_status", flt.monitoring_status, False),
                                  ("priority", flt.priority, False),
                                  ("selection_criteria", flt.selection_criterion, True)):
            got = doc.get(name)
            if value is not None and not (value in got if many and isinstance(got, list) else got == value):
                return False
        if flt.offence_family is not None and not charged(doc, pairs):
            return False
        return not flt.extremist or charged(doc, extremist)

    return test


def _sealed_case_condition(flt: Filter, engine: Any) -> ColumnElement[bool]:
    """A sealed HQ (store/sealing.py): PostgreSQL cannot read the documents, so the cases are tested here."""
    base = select(records.c.id, records.c.doc).where(records.c.kind == "case")
    if not flt.include_deleted:
        base = base.where(records.c.deleted_at.is_(None))
    with engine.connect() as conn:
        ids = title_order.matching_cases(conn, base, _case_test(flt))
    return records.c.id.in_(ids)


def _conditions(flt: Filter, dialect: str, engine: Any = None,
                expand: Callable[[str], list[str] | None] | None = None,
                conn: Any = None) -> list[ColumnElement[bool]]:
    if engine is not None and sealer_of(engine) is not None and _case_fields(flt):
        cond: list[ColumnElement[bool]] = [_sealed_case_condition(flt, engine)]
    else:
        cond = _doc_conditions(flt, dialect)
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
        q = fts_query(flt.text, flt.lang, expand)
        if q is not None:
            if dialect == "sqlite":
                cond.append(
                    records.c.docid.in_(
                        text("SELECT rowid FROM fts_index WHERE fts_index MATCH :q").bindparams(q=q)
                    )
                )
            else:  # HQ on PostgreSQL: its token index (the values, never the JSON keys)
                # the vocabulary read on the caller's connection, if any (one round trip less)
                cond.append(records.c.docid.in_(token_index.docids(conn or engine, flt.text, flt.lang)))
    return cond


def _select(store: Store, flt: Filter, *cols: Any,
            expand: Callable[[str], list[str] | None] | None = None, conn: Any = None) -> Select[Any]:
    dialect = store.engine.dialect.name
    stmt = select(*cols)
    cond = _conditions(flt, dialect, store.engine, expand, conn)
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
    if descending and col is records.c.date_sort:  # PostgreSQL: undated last, as a vault (migration 0015)
        order[0] = col.desc().nulls_last()
    with store.engine.connect() as conn:
        _planner(conn, flt)
        if col is records.c.title and sealer_of(conn.engine) is not None:
            # a sealed HQ: titles are ordered here, never in PostgreSQL (records/title_order.py)
            ids = title_order.page_ids(conn, _select(store, flt, records.c.id, records.c.head_hash),
                                       descending=descending, offset=offset, limit=limit)
            got = {r["id"]: dict(r) for r in conn.execute(
                select(*SUMMARY_COLUMNS).where(records.c.id.in_(ids))).mappings()}
            return [got[i] for i in ids if i in got]
        if conn.dialect.name == "sqlite":
            return _sqlite_page(conn, store, flt, col, descending, offset, limit)
        if conn.dialect.name == "postgresql" and (offset >= DEEP_OFFSET or flt.text):
            # Skip the first rows in the sort's index alone (index-only), then read one page of rows.
            # A search too: the hits of a rare word are ordered in the covering ix_records_search
            # (index-only), not by reading every hit's row (10,000 rows for a word in 1% of 1M).
            inner = order
            kind = flt.kind if _only_text(flt) else None
            if flt.text and token_index.few_hits(conn, flt.text, flt.lang, kind):
                # the same order, which no index serves: the hits collected, never a walk of the list
                key = col.op("||")(literal(""))
                inner = [key.desc().nulls_last() if descending and col is records.c.date_sort
                         else key.desc() if descending else key.asc(), order[1]]
            page = _select(store, flt, records.c.id, conn=conn).order_by(*inner).offset(offset).limit(limit)
            rows = select(*SUMMARY_COLUMNS).where(records.c.id.in_(page.scalar_subquery())).order_by(*order)
            return [dict(r) for r in conn.execute(rows).mappings()]
        stmt = _select(store, flt, *SUMMARY_COLUMNS, conn=conn).order_by(*order).offset(offset).limit(limit)
        return [dict(r) for r in conn.execute(stmt).mappings()]


def _sqlite_page(conn: Any, store: Store, flt: Filter, col: Any, descending: bool, offset: int,
                 limit: int) -> list[dict[str, Any]]:
    """One page of a vault's list. Undated records come after the dated ones in either direction of
    the date order (as on PostgreSQL ascending): the dated part is read first, then the undated by id,
    so that an ascending walk never starts with every undated record."""
    expand = probe.expander(conn) if flt.text else None
    hits = _hits(conn, flt, expand)
    if col is records.c.date_sort and not descending:
        segments: list[tuple[Any, list[Any]]] = [
            (records.c.date_sort.isnot(None), [col.asc(), records.c.id.asc()]),
            (records.c.date_sort.is_(None), [records.c.id.asc()])]
    else:
        order = [col.desc(), records.c.id.desc()] if descending else [col.asc(), records.c.id.asc()]
        segments = [(None, order)]
    rows: list[dict[str, Any]] = []
    skip = offset
    for extra, order in segments:
        got = _segment_page(conn, store, flt, col, extra, order, skip, limit - len(rows), hits, expand)
        rows += got
        if len(rows) >= limit or extra is None:
            break
        if got:
            skip = 0
        elif skip:  # the page starts further on: skip the rows of this part that matched
            part = _select(store, flt, records.c.id).where(extra).limit(skip).subquery()
            skip -= int(conn.execute(select(func.count()).select_from(part)).scalar_one())
    return rows


def _segment_page(conn: Any, store: Store, flt: Filter, col: Any, extra: Any, order: list[Any],
                  offset: int, limit: int, hits: int | None,
                  expand: Callable[[str], list[str] | None] | None) -> list[dict[str, Any]]:
    """The rows ``offset, limit`` of ``flt`` (and ``extra``) in ``order``, by the plan the search asks for:

    - no search: the sort's index;
    - a rare word (at most RARE_HITS hits): the hits, through the covering ``ix_records_search``;
    - a common word (COMMON_HITS hits or more), at most a type besides: the sort's index walked
      and each row probed (records/probe.py), within a budget of rows examined that grows with
      the word's hits (what collecting them would cost);
    - when the walk's budget runs out: the hits collected (one query), and the sort's index walked
      testing each row against them, unless the walk met so few matches that sorting the hits
      costs less (probe.SCAN_RATIO);
    - otherwise: the hits collected and sorted (SQLite's plan).

    Every plan gives the same rows in the same order (the id breaks every tie).
    """
    index = probe.SORT_INDEX.get((col.name, flt.kind is not None)) if _only_text(flt) else None
    budget = (probe.budget(hits, fts_merge.segments(conn)) if hits is not None and hits >= COMMON_HITS
              else 0)
    walk_index = hits is not None and hits >= COMMON_HITS and index is not None
    if index is not None and budget and budget >= offset + limit:
        q = fts_query(flt.text or "", flt.lang, expand)
        ordered = _select(store, replace(flt, text=None), records.c.id).order_by(*order)
        if extra is not None:
            ordered = ordered.where(extra)
        walked = probe.walk(conn, ordered.with_hint(records, f"INDEXED BY {index}", "sqlite"), q or "",
                            offset, limit, budget)
        if walked.ids is not None:
            got = {r["id"]: dict(r) for r in conn.execute(
                select(*SUMMARY_COLUMNS).where(records.c.id.in_(walked.ids))).mappings()}
            return [got[i] for i in walked.ids if i in got]
        walk_index = walked.rows_needed(offset + limit) <= probe.SCAN_RATIO * (hits or 0)
    stmt = _select(store, flt, *SUMMARY_COLUMNS, expand=expand)
    if extra is not None:
        stmt = stmt.where(extra)
    stmt = stmt.order_by(*order).offset(offset).limit(limit)
    if hits is not None and hits <= RARE_HITS:
        stmt = stmt.with_hint(records, "INDEXED BY ix_records_search", "sqlite")
    elif walk_index:  # the hits collected once, the sort's index walked testing each row against them
        stmt = stmt.with_hint(records, f"INDEXED BY {index}", "sqlite")
    return [dict(r) for r in conn.execute(stmt).mappings()]


def _planner(conn: Any, flt: Filter) -> None:
    """PostgreSQL, searching: no sequential scans in this read's transaction.

    The planner prices ``tokens && ARRAY[...]`` like any operator, not as what it is on a
    sequential scan: every row's token array read from TOAST and compared (measured 30 us a
    row), so on a table of a few thousand records it preferred reading them all (65 ms) to
    the GIN index (under 1 ms). The token index, and an index for every sort, always exist.
    """
    if flt.text and conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")


def _hits(conn: Any, flt: Filter, expand: Callable[[str], list[str] | None] | None = None) -> int | None:
    """About how many records the search of ``flt`` matches (None: no search), from the index's
    postings alone: exact up to COMMON_HITS, estimated beyond (records/probe.estimate).

    The type is part of the count when nothing else filters (its index token)."""
    q = _fts_only(flt, expand) or fts_query(flt.text or "", flt.lang, expand)
    if q is None:
        return None
    return probe.estimate(conn, q, COMMON_HITS)


def count(store: Store, flt: Filter | None = None, *, cap: int | None = None) -> int:
    """How many records ``flt`` lists; with ``cap``, counted only up to ``cap`` (shown as "cap-1+")."""
    flt = flt or Filter()
    limit = f" LIMIT {int(cap)}" if cap else ""
    with store.engine.connect() as conn:
        _planner(conn, flt)
        dialect = conn.dialect.name
        q = _fts_only(flt, probe.expander(conn)) if dialect == "sqlite" and flt.text else None
        if q is not None:  # the index holds exactly the live records: no join with the table
            return int(conn.execute(text(
                f"SELECT count(*) FROM (SELECT rowid FROM fts_index WHERE fts_index MATCH :q{limit})"),
                {"q": q}).scalar_one())
        if dialect == "postgresql" and flt.text and _only_text(flt):  # so does the token index
            inner: Select[Any] = token_index.docids(conn, flt.text, flt.lang, flt.kind)
        else:
            inner = _select(store, flt, records.c.id, conn=conn)
        if cap:
            inner = inner.limit(cap)
        return int(conn.execute(select(func.count()).select_from(inner.subquery())).scalar_one())


def search(store: Store, query: str, flt: Filter | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """Full-text search; ``flt`` adds the type, date, case and confidentiality filters."""
    flt = flt or Filter()
    flt = Filter(**{**flt.__dict__, "text": query})
    return list_records(store, flt, sort="date_sort", descending=True, limit=limit)


def snippets(store: Store, record_ids: list[str], user_text: str,
             lang: str | None = None) -> dict[str, list[tuple[str, bool]]]:
    """For each record: a piece of its text (or of its linked names) around what ``user_text`` matched.

    (segment, matched) pairs of plain text (records.search.snippet); empty where
    nothing in the text shows the match. SQLite stores only; {} elsewhere.
    """
    terms = parse_query(user_text or "", lang)
    if not terms or not record_ids:
        return {}
    by_docid = {docid(r): r for r in record_ids}
    out: dict[str, list[tuple[str, bool]]] = {}
    with store.engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            return {}
        rows = conn.execute(
            text("SELECT rowid, text, names FROM fts_index "
                 "WHERE rowid IN (SELECT value FROM json_each(:ids))"),
            {"ids": json.dumps(list(by_docid))},
        ).all()
    memo: dict[str, bool] = {}  # word -> matches, for this page only (record text: never kept)
    for d, body, names in rows:
        rid = by_docid.get(int(d))
        if rid is not None:
            out[rid] = snippet(body or "", terms, memo=memo) or snippet(names or "", terms, memo=memo)
    return out


def likely_duplicates(store: Store, kind: str, name: str, *, exclude: str | None = None,
                      limit: int = 5) -> list[dict[str, Any]]:
    """Live records of ``kind`` whose title is another spelling of ``name`` (search.name_key)."""
    key = name_key(name)
    if not key:
        return []
    rows = list_records(store, Filter(kind=kind, text=name), sort="title", limit=200)
    return [r for r in rows if r["id"] != exclude and name_key(str(r["title"] or "")) == key][:limit]


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
