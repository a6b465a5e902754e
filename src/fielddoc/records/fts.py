"""The vault's full-text index: one FTS5 row per live record (SQLite stores only).

The row's columns come from :func:`fielddoc.records.search.index_row`: the
record's own text, the titles of the records it links to, and the Latin
skeletons of names plus one link token per linked record (migration 0007).
When a record is renamed or deleted, the rows of the records that link to it
are rebuilt (:func:`refresh_linking`), found through their link tokens.

HQ on PostgreSQL has no FTS5 table (``has_fts`` is False there): every function
here that writes the index writes its token index instead (records/token_index.py,
the same tokenizer), so every write path keeps both kinds of store searchable.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import ARRAY, String, any_, bindparam, func, select, text
from sqlalchemy.engine import Connection

from fielddoc.records import schema, token_index
from fielddoc.records.search import index_row, link_token
from fielddoc.store.schema import records, settings
from fielddoc.store.sealing import INDEX_STALE_KEY, SEALED_KEY, sealer_of

#: (docid, kind, text, ids of the linked records): what the bulk paths collect for one record.
FtsRow = tuple[int, str, str, Sequence[str]]

FTS_INSERT = text("INSERT INTO fts_index(rowid, text, names, terms) VALUES (:d, :t, :n, :k)")
FTS_DELETE = text("DELETE FROM fts_index WHERE rowid = :d")
_BATCH = 500


def has_fts(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def has_index(conn: Connection) -> bool:
    """True where a search index is kept: FTS5 on SQLite, the token index on PostgreSQL."""
    return conn.dialect.name in ("sqlite", "postgresql")


def fts_delete(conn: Connection, docids: Sequence[int]) -> None:
    """Remove the index rows of these docids (either kind of index)."""
    if not docids:
        return
    if has_fts(conn):
        conn.execute(FTS_DELETE, [{"d": d} for d in docids])
    elif has_index(conn):
        token_index.remove(conn, list(docids))


def fts_purge(conn: Connection, record_id: str) -> None:
    """Remove a purged record's entry; on PostgreSQL also the words of the token index's vocabulary
    that no other record holds (records/token_index.py)."""
    if conn.dialect.name == "postgresql":
        token_index.forget(conn, [docid(record_id)])
    fts_set(conn, record_id, None)


def docid(record_id: str) -> int:
    """The record's full-text index rowid: 63 bits of SHA-256 of its id."""
    return int.from_bytes(hashlib.sha256(record_id.encode("utf-8")).digest()[:8], "big") >> 1


def titles(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    """id -> title of the live records among ``ids``."""
    wanted = sorted(set(ids))
    out: dict[str, str] = {}
    for i in range(0, len(wanted), _BATCH):
        chunk = wanted[i : i + _BATCH]
        if conn.dialect.name == "postgresql":
            wanted_ids: Any = records.c.id == any_(bindparam(None, chunk, type_=ARRAY(String)))
        else:
            each = func.json_each(bindparam(None, json.dumps(chunk))).table_valued("value")
            wanted_ids = records.c.id.in_(select(each.c.value))
        for rid, title in conn.execute(
            select(records.c.id, records.c.title).where(wanted_ids, records.c.deleted_at.is_(None))
        ):
            if title:
                out[rid] = title
    return out


def _values(rows: Iterable[FtsRow], names: dict[str, str]) -> list[tuple[int, str, str, str]]:
    out = []
    for d, kind, body, refs in rows:
        refs = list(dict.fromkeys(refs))
        r = index_row(body, [names[x] for x in refs if x in names], refs, kind)
        out.append((d, r.text, r.names, r.terms))
    return out


def fts_set(conn: Connection, record_id: str, body: str | None, refs: Sequence[str] = (), *,
            kind: str = "", replace: bool = True) -> None:
    """Replace (or, with ``body=None``, remove) a record's full-text entry."""
    if not has_index(conn):
        return
    d = docid(record_id)
    if replace:
        fts_delete(conn, [d])
    if body is not None and not has_fts(conn):
        fts_bulk_insert(conn, [(d, kind, body, refs)])
    elif body is not None:
        ((_, t, n, k),) = _values([(d, kind, body, refs)], titles(conn, refs))
        conn.execute(FTS_INSERT, {"d": d, "t": t, "n": n, "k": k})


def fts_bulk_insert(conn: Connection, rows: list[FtsRow], known: Mapping[str, str] | None = None) -> None:
    """Add many rows to the full-text index (SQLite only); the linked records are already stored.

    ``known``: id -> title of live records the caller has just written (a bulk import), so that their
    titles are not read back; the others are read (:func:`titles`).

    In ascending rowid order: FTS5 flushes its in-memory term buffer to a new
    index segment whenever a rowid is not larger than the previous one, so
    random docids written in file order make a segment every row or two (and
    then merge them); sorted, one batch makes one segment.
    """
    if not rows:
        return
    if known:
        names: dict[str, str] = {}
        missing = []
        for x in {x for _, _, _, refs in rows for x in refs}:
            if x in known:
                names[x] = known[x]
            else:
                missing.append(x)
        if missing:
            names.update(titles(conn, missing))
    else:
        names = titles(conn, (x for _, _, _, refs in rows for x in refs))
    if not has_fts(conn):
        if has_index(conn):
            token_index.write(conn, (
                (d, kind, body, [names[x] for x in ids if x in names], ids)
                for d, kind, body, ids in ((d, k, b, list(dict.fromkeys(r))) for d, k, b, r in rows)
            ))
        return
    conn.exec_driver_sql(
        "INSERT INTO fts_index(rowid, text, names, terms) VALUES (?, ?, ?, ?)",
        sorted(_values(rows, names), key=_first),
    )


def _first(row: tuple[int, str, str, str]) -> int:
    return row[0]


def linking(conn: Connection, target_ids: Iterable[str]) -> set[int]:
    """Docids of the rows that link to any of ``target_ids``."""
    if not has_fts(conn):
        return token_index.linking(conn, target_ids)
    found: set[int] = set()
    for rid in set(target_ids):
        q = f'terms : "{link_token(rid)}"'
        found.update(r[0] for r in conn.execute(
            text("SELECT rowid FROM fts_index WHERE fts_index MATCH :q"), {"q": q}))
    return found


def refresh_linking(conn: Connection, target_ids: Iterable[str]) -> int:
    """Rebuild the rows of the records that link to ``target_ids`` (renamed or deleted); how many."""
    if not has_index(conn):
        return 0
    docids = sorted(linking(conn, target_ids))
    rows: list[FtsRow] = []
    for i in range(0, len(docids), _BATCH):
        chunk = docids[i : i + _BATCH]
        for rid, kind, doc_json in conn.execute(
            select(records.c.id, records.c.kind, records.c.doc).where(
                records.c.docid.in_(chunk), records.c.deleted_at.is_(None)
            )
        ):
            a = schema.analyse(kind, json.loads(doc_json), draft=True)
            rows.append((docid(rid), kind, a.text, [r for _, r in a.refs]))
    fts_delete(conn, docids)
    fts_bulk_insert(conn, rows)
    return len(rows)


def rebuild_all(conn: Connection, batch: int = 2000) -> int:
    """Rebuild the whole index from the live records (migrations 0007, 0010, and repairs); how many rows."""
    if has_fts(conn):
        conn.execute(text("DELETE FROM fts_index"))
    else:
        conn.execute(text("DELETE FROM search_tokens"))
        conn.execute(text("DELETE FROM search_prefixes"))  # the words of records gone go with them
        if sealer_of(conn.engine) is None and conn.execute(
                select(settings.c.key).where(settings.c.key == SEALED_KEY)).first() is not None:
            # a sealed HQ migrated before a member's keys are known: the member's open rebuilds it
            conn.execute(settings.delete().where(settings.c.key == INDEX_STALE_KEY))
            conn.execute(settings.insert().values(key=INDEX_STALE_KEY, value="1"))
            return 0
    n = 0
    last: Any = None
    while True:
        stmt = select(records.c.id, records.c.kind, records.c.doc).where(records.c.deleted_at.is_(None))
        if last is not None:
            stmt = stmt.where(records.c.id > last)
        chunk = conn.execute(stmt.order_by(records.c.id).limit(batch)).all()
        if not chunk:
            return n
        rows: list[FtsRow] = []
        for rid, kind, doc_json in chunk:
            a = schema.analyse(kind, json.loads(doc_json), draft=True)
            rows.append((docid(rid), kind, a.text, [r for _, r in a.refs]))
        fts_bulk_insert(conn, rows)
        n += len(rows)
        last = chunk[-1][0]
