"""Title order and case-field filters on a sealed HQ, served on the client (docs/hq-members.md).

At a team HQ the title and the document are sealed (store/sealing.py): PostgreSQL can neither
order by title nor look inside a document, and no order-leaking sort key is stored (the lead's
decision). So a list sorted by title asks PostgreSQL only for the ids (and head hashes) of the
records that match the rest of the filter, and sorts them here by an in-memory index
``id -> (head hash, title)``, per engine, filled by decrypting the titles the first time (on the
list's worker thread) and refreshed for every row whose head hash changed since. The ordered ids
of a filter are kept until HQ's audit chain grows (every change of a record, by any member,
appends to it), so paging through an unchanged list reads only its page. Case-field filters
(tags, status, priority, criteria, offence family) are evaluated on the opened documents of the
cases the same way.
"""

from __future__ import annotations

import bisect
import json
import threading
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql import Select

from fielddoc.store.schema import audit, records

_BATCH = 1000
_WHOLE = 5000  # more stale titles than this: read them all in one pass
_ORDERS = 16  # filters whose order is kept
_PATCH = 200  # up to this many new audit entries naming records: the kept order is patched


class TitleIndex:
    def __init__(self) -> None:
        self.titles: dict[str, tuple[str, str]] = {}  # id -> (head hash, title)
        self.orders: dict[tuple[str, str], tuple[Any, list[str]]] = {}  # filter -> (stamp, ids ascending)
        self.lock = threading.Lock()

    def refresh(self, conn: Connection, heads: Sequence[tuple[str, str]]) -> None:
        """Decrypt the titles of the rows not yet known at their head (one query per batch)."""
        with self.lock:
            stale = [rid for rid, head in heads if self.titles.get(rid, ("",))[0] != head]
        if len(stale) > _WHOLE:  # the first build: one pass over the table, not id lists
            got = conn.execute(select(records.c.id, records.c.head_hash, records.c.title)).all()
            with self.lock:
                for rid, head, title in got:
                    self.titles[rid] = (head, title or "")
            return
        for i in range(0, len(stale), _BATCH):
            chunk = stale[i : i + _BATCH]
            got = conn.execute(select(records.c.id, records.c.head_hash, records.c.title)
                               .where(records.c.id.in_(chunk))).all()
            with self.lock:
                for rid, head, title in got:
                    self.titles[rid] = (head, title or "")

    def order(self, ids: Sequence[str], descending: bool) -> list[str]:
        with self.lock:
            t = self.titles
            return sorted(ids, key=lambda rid: (t.get(rid, ("", ""))[1], rid), reverse=descending)


_INDEXES: weakref.WeakKeyDictionary[Engine, TitleIndex] = weakref.WeakKeyDictionary()


def index_of(engine: Engine) -> TitleIndex:
    idx = _INDEXES.get(engine)
    if idx is None:
        idx = _INDEXES.setdefault(engine, TitleIndex())
    return idx


def page_ids(conn: Connection, matching: Select[Any], *, descending: bool, offset: int,
             limit: int) -> list[str]:
    """One page of the ids of ``matching`` (``SELECT id, head_hash ...``) in title order.

    The ordered ids of a filter are kept until the audit chain grows (every change of a record
    appends to it, by any member): paging through an unchanged list reads no rows but its page.
    """
    idx = index_of(conn.engine)
    compiled = matching.compile(conn.engine)
    key = (str(compiled), repr(sorted(compiled.params.items())))
    stamp = conn.execute(select(func.max(audit.c.seq))).scalar()
    with idx.lock:
        cached = idx.orders.get(key)
    if cached is not None and cached[0] != stamp:
        cached = _patched(conn, idx, matching, cached, stamp)
    if cached is None or cached[0] != stamp:
        heads = [(str(r[0]), str(r[1])) for r in conn.execute(matching)]
        idx.refresh(conn, heads)
        cached = (stamp, idx.order([h[0] for h in heads], False))
        with idx.lock:
            if len(idx.orders) >= _ORDERS:
                idx.orders.pop(next(iter(idx.orders)))
            idx.orders[key] = cached
    ids = cached[1]
    if descending:
        end = len(ids) - offset
        return ids[max(0, end - limit) : max(0, end)][::-1]
    return ids[offset : offset + limit]


def _patched(conn: Connection, idx: TitleIndex, matching: Select[Any], cached: tuple[Any, list[str]],
             stamp: Any) -> tuple[Any, list[str]] | None:
    """The kept order with the records the new audit entries name re-placed (None: build it again).

    An entry that names no record (a bundle import, a file import) or too many entries: None.
    """
    if cached[0] is None or stamp is None:
        return None
    named = conn.execute(select(audit.c.record_id).where(audit.c.seq > cached[0], audit.c.seq <= stamp)
                         .limit(_PATCH + 1)).scalars().all()
    if len(named) > _PATCH or any(r is None for r in named):
        return None
    touched = set(named)
    heads = [(str(r[0]), str(r[1])) for r in conn.execute(matching.where(records.c.id.in_(sorted(touched))))]
    idx.refresh(conn, heads)
    ids = [i for i in cached[1] if i not in touched]
    with idx.lock:
        t = idx.titles

        def key(rid: str) -> tuple[str, str]:
            return (t.get(rid, ("", ""))[1], rid)

        for rid, _head in heads:
            ids.insert(bisect.bisect_left(ids, key(rid), key=key), rid)
    return (stamp, ids)


def matching_cases(conn: Connection, base: Select[Any], test: Callable[[dict[str, Any]], bool]) -> list[str]:
    """Ids of ``base`` (``SELECT id, doc ...``) whose opened document passes ``test``."""
    out = []
    for rid, doc_json in conn.execute(base):
        try:
            doc = json.loads(doc_json)
        except ValueError:
            continue
        if isinstance(doc, dict) and test(doc):
            out.append(str(rid))
    return out
