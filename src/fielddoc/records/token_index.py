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

import weakref
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import and_, any_, bindparam, delete, func, select
from sqlalchemy.dialects.postgresql import ARRAY, array
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.types import Text

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

_KEYS: weakref.WeakKeyDictionary[Engine, bytes] = weakref.WeakKeyDictionary()
_BATCH = 1000
_VOCAB_BATCH = 50_000


def set_key(engine: Engine, key: bytes | None) -> None:
    """Tokens written and searched through ``engine`` are HMAC-SHA256 under ``key`` (None: plain)."""
    if key is None:
        _KEYS.pop(engine, None)
    else:
        _KEYS[engine] = bytes(key)


def key_of(conn: Connection | Engine) -> bytes | None:
    return _KEYS.get(conn if isinstance(conn, Engine) else conn.engine)


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
    """The condition on ``search_tokens.tokens`` for what a user typed (and the type), or None."""
    key = key_of(conn)
    cond: list[ColumnElement[bool]] = []
    for term in parse_query(user_text or "", lang):
        for group in query_alternatives(term):
            keys = _array([token_key(t, key) for t in group])
            long = [token_key(t, key) for t in group if not is_short(t)]
            if long:  # and the words the vocabulary knows to start with them
                words = (select(func.array_agg(search_prefixes.c.token))
                         .where(search_prefixes.c.prefix == any_(_array(long))).scalar_subquery())
                keys = func.array_cat(keys, words, type_=ARRAY(Text))
            cond.append(search_tokens.c.tokens.overlap(keys))
    if not cond:
        return None
    if kind:
        cond.append(search_tokens.c.tokens.contains(_array([token_key(kind_key_token(kind), key)])))
    return and_(*cond)


def docids(conn: Connection | Engine, user_text: str, lang: str | None = None,
           kind: str | None = None) -> Select[Any]:
    """``SELECT docid`` of the records that match (for ``records.docid IN (...)``)."""
    cond = match(conn, user_text, lang, kind)
    stmt = select(search_tokens.c.docid)
    return stmt.where(cond) if cond is not None else stmt
