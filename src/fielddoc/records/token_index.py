"""The search index of HQ on PostgreSQL: per live record the keys of its tokens, under GIN.

The counterpart of the vault's FTS5 table (records/fts.py dispatches here when
the connection is not SQLite): one ``search_tokens`` row per live record
(``docid`` as in ``records``) holding :func:`fielddoc.records.search.keys.index_keys`
of its text, linked titles and names, never of the JSON document (its keys
are no tokens), and ``search_prefixes``, the vocabulary of the longer prefixes
of those words (prefix -> word, shared by all records). A typed query is one
``tokens && ARRAY[...]`` per term and group (records.search.keys.query_alternatives),
all of them required, the array widened with the vocabulary's words for its longer keys.

Keyed-ready: :func:`set_key` gives an engine a search key; every token written
or looked up through it is then an HMAC (records.search.keys.token_key). No
key, no HMAC (the default for now).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import and_, any_, bindparam, delete, func, select
from sqlalchemy.dialects.postgresql import ARRAY, array
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.types import Text

from fielddoc.records.engine_keys import EngineKeys
from fielddoc.records.search import parse_query
from fielddoc.records.search.keys import (
    index_keys,
    is_short,
    keyed_pairs,
    kind_key_token,
    query_alternatives,
    token_key,
)
from fielddoc.store.engine import driver_errors
from fielddoc.store.schema import links, records, search_prefixes, search_tokens

_KEYS = EngineKeys()
_BATCH = 1000
#: A search whose token condition the planner estimates at fewer rows is counted first (few_hits);
#: at this many or more it is a word the column's statistics know as common.
WALK_ESTIMATE = 100_000
#: Up to this many hits a search page collects its hits (GIN, then index-only ordering): few_hits.
COLLECT_HITS = 20_000
_VOCAB_BATCH = 50_000


def set_key(engine: Engine, key: bytes | None) -> None:
    """Tokens written and searched through ``engine`` are HMAC-SHA256 under ``key`` (None: plain)."""
    _KEYS.set(engine, key)


def key_of(conn: Connection | Engine) -> bytes | None:
    return _KEYS.of(conn)


def write(conn: Connection, rows: Iterable[tuple[int, str, str, Sequence[str], Sequence[str]]]) -> None:
    """Insert the index rows ``(docid, kind, text, linked titles, linked ids)`` (none exists yet).

    With COPY, each array sent as its literal (``{"a","b"}``): psycopg's list adapter cost more
    than making the tokens (0.7 ms a record of ~500 keys).
    """
    key = key_of(conn)
    memo: dict[str, str] = {}  # token -> HMAC, for this write only
    vocabulary: set[tuple[str, str]] = set()  # plain pairs of every record, keyed once each at the end
    raw = conn.connection.driver_connection
    if conn.exec_driver_sql("SELECT row_security_active('search_tokens')").scalar():
        # an HQ member's own login under row-level security (hq/team/pgroles.py): COPY is refused
        batch = [{"docid": d, "tokens": list(index_keys(body, names, refs, kind, key, memo, vocabulary))}
                 for d, kind, body, names, refs in rows]
        if batch:
            conn.execute(search_tokens.insert(), batch)
        with driver_errors(conn), raw.cursor() as cur:  # type: ignore[union-attr]
            _write_vocabulary(cur, keyed_pairs(vocabulary, key, memo))
        return
    with driver_errors(conn), raw.cursor() as cur:  # type: ignore[union-attr]
        with cur.copy("COPY search_tokens (docid, tokens) FROM STDIN") as copy:
            for d, kind, body, names, refs in rows:
                copy.write_row((d, array_literal(index_keys(body, names, refs, kind, key, memo, vocabulary))))
        _write_vocabulary(cur, keyed_pairs(vocabulary, key, memo))


def _write_vocabulary(cur: Any, vocabulary: set[tuple[str, str]]) -> None:
    """The (prefix, word) pairs of longer prefixes, once each (search_prefixes)."""
    pairs = sorted(vocabulary)
    for i in range(0, len(pairs), _VOCAB_BATCH):
        chunk = pairs[i : i + _VOCAB_BATCH]
        cur.execute(
            "INSERT INTO search_prefixes (prefix, token) SELECT * FROM unnest(%s::text[], %s::text[]) "
            "ON CONFLICT DO NOTHING",
            ([p for p, _ in chunk], [w for _, w in chunk]),
        )


def array_literal(values: Sequence[str]) -> str:
    """The PostgreSQL array literal of these strings, every element quoted (so "null" is a word)."""
    whole = "".join(values)
    if '"' in whole or "\\" in whole:  # never from the tokenizer (word characters only)
        values = [v.replace("\\", "\\\\").replace('"', '\\"') for v in values]
    joined = '","'.join(values)
    return '{"' + joined + '"}' if values else "{}"


def remove(conn: Connection, docids: Sequence[int]) -> None:
    for i in range(0, len(docids), _BATCH):
        chunk = list(docids[i : i + _BATCH])
        conn.execute(delete(search_tokens).where(search_tokens.c.docid.in_(chunk)))


def forget(conn: Connection, docids: Sequence[int]) -> None:
    """Remove these rows (records being purged) and the vocabulary's words no other row holds."""
    held: set[str] = set()
    for i in range(0, len(docids), _BATCH):
        chunk = list(docids[i : i + _BATCH])
        for (tokens,) in conn.execute(select(search_tokens.c.tokens).where(search_tokens.c.docid.in_(chunk))):
            held.update(tokens)
    remove(conn, docids)
    if held:  # a word another record holds stays (found through the GIN index)
        conn.execute(
            delete(search_prefixes).where(
                search_prefixes.c.token == any_(_array(sorted(held))),
                ~select(search_tokens.c.docid)
                .where(search_tokens.c.tokens.contains(array([search_prefixes.c.token])))
                .exists(),
            )
        )


def linking(conn: Connection, target_ids: Iterable[str]) -> set[int]:
    """Docids of the live records whose current document refers to any of ``target_ids`` (``links``)."""
    wanted = sorted(set(target_ids))
    found: set[int] = set()
    for i in range(0, len(wanted), _BATCH):
        chunk = wanted[i : i + _BATCH]
        found.update(int(r[0]) for r in conn.execute(
            select(records.c.docid)
            .select_from(links.join(records, records.c.id == links.c.source_id))
            .where(links.c.target_id.in_(chunk), records.c.deleted_at.is_(None))
        ))
    return found


def _array(values: list[str]) -> Any:
    return bindparam(None, values, type_=ARRAY(Text))


def match(conn: Connection | Engine, user_text: str, lang: str | None = None,
          kind: str | None = None) -> ColumnElement[bool] | None:
    """The condition on ``search_tokens.tokens`` for what a user typed (and the type), or None.

    Each array is a constant: the vocabulary's words for the longer keys are read first (one
    query), so that PostgreSQL estimates each ``&&`` from the column's statistics (its most
    common elements, ``ANALYZE``) and walks a list's sort index for a word in most records
    instead of sorting every hit; an array built in the query was estimated at 0.5% of the rows.
    """
    key = key_of(conn)
    groups: list[tuple[list[str], list[str]]] = []
    for term in parse_query(user_text or "", lang):
        for group in query_alternatives(term):
            keys = [token_key(t, key) for t in group]
            groups.append((keys, [k for t, k in zip(group, keys, strict=True) if not is_short(t)]))
    if not groups:
        return None
    words = _vocabulary(conn, sorted({k for _, long in groups for k in long}))
    cond: list[ColumnElement[bool]] = []
    for keys, long in groups:  # a key, and the words the vocabulary knows to start with it
        wide = sorted(set(keys).union(*(words.get(k, ()) for k in long)))
        cond.append(search_tokens.c.tokens.overlap(_array(wide)))
    if kind:
        cond.append(search_tokens.c.tokens.contains(_array([token_key(kind_key_token(kind), key)])))
    return and_(*cond)


def _vocabulary(conn: Connection | Engine, prefixes: list[str]) -> dict[str, list[str]]:
    """prefix -> the words of ``search_prefixes`` that start with it (one query)."""
    if not prefixes:
        return {}
    stmt = select(search_prefixes.c.prefix, search_prefixes.c.token).where(
        search_prefixes.c.prefix == any_(_array(prefixes)))
    if isinstance(conn, Engine):
        with conn.connect() as c:
            rows = c.execute(stmt).all()
    else:
        rows = conn.execute(stmt).all()
    out: dict[str, list[str]] = {}
    for prefix, token in rows:
        out.setdefault(prefix, []).append(token)
    return out


def docids(conn: Connection | Engine, user_text: str, lang: str | None = None,
           kind: str | None = None) -> Select[Any]:
    """``SELECT docid`` of the records that match (for ``records.docid IN (...)``)."""
    cond = match(conn, user_text, lang, kind)
    stmt = select(search_tokens.c.docid)
    return stmt.where(cond) if cond is not None else stmt


def few_hits(conn: Connection, user_text: str, lang: str | None = None, kind: str | None = None) -> bool:
    """True for a search with at most COLLECT_HITS hits: its list page should collect the hits (GIN)
    and order them in the covering ``ix_records_search`` (index-only), never walk the list's index.

    The planner estimates a word outside the column's most common elements at about 1% of the
    records and then walks the list's index, probing row after row: 85,000 probes (3.3 s) for a
    word in 0.2% of a million records. Where its estimate is below WALK_ESTIMATE, the hits are
    counted (capped, cheap for such a word); records.query then orders the page by an expression
    no index serves (``col || ''``, the same order), so the planner cannot walk.
    """
    stmt = docids(conn, user_text, lang, kind)
    compiled = stmt.compile(dialect=conn.dialect)
    got: Any = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + str(compiled), compiled.params).scalar()
    plan = json.loads(got) if isinstance(got, str) else got
    if float(plan[0]["Plan"]["Plan Rows"]) >= WALK_ESTIMATE:
        return False  # common by the column's statistics: the planner walks the sort's index
    hits = conn.execute(select(func.count()).select_from(stmt.limit(COLLECT_HITS + 1).subquery()))
    return int(hits.scalar_one()) <= COLLECT_HITS
