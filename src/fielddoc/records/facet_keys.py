"""Keyed statistics facets of a sealed team HQ (docs/statistics.md, docs/spec/hq-sealing.md §9).

A sealed HQ's documents are envelopes: the PostgreSQL trigger that keeps ``stat_facets``
(records/facets.py) cannot read them. So the writer, which holds the document, puts the record's
facet rows in ``records.facet_keys`` (migration 0014) with every value *keyed*: HMAC-SHA256 under
``Kfacet = HKDF(K, "fielddoc/v1/hq-facets")``, cut to 16 bytes, in hex, of the facet, the value's
slot and its JSON text. The trigger sums those rows as it sums a plain document's (the record's
kind, main date and confidentiality are plain columns already), so every path that writes a
``records`` row (a save, an import's COPY, a merge, a resolution, a purge, a restore) keeps the
figures in its own statement. The reader maps the keys back through the finite vocabularies
(:func:`plain_values`); a value outside them (a draft's, an older version's) cannot be named
and is read as an unknown value.

Core code (no Qt). The key is registered per engine (:func:`set_key`) by hq/team/sealing.py, next
to the search key; without one (every vault, an unsealed HQ) ``facet_keys`` stays NULL.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from functools import lru_cache
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.engine import Connection, Engine

from fielddoc.records import vocab
from fielddoc.records.engine_keys import EngineKeys
from fielddoc.store.schema import records, settings

FACET_INFO = b"fielddoc/v1/hq-facets"
KEY_BYTES = 16
STALE_KEY = "hq_facets_stale"  # setting: records.facet_keys wait for a member's facet key (0014)
#: (facet, slot) -> the vocabulary whose codes the slot holds (as JSON text, or the text itself)
SLOTS = {("fair_trial", 1): "fair_trial_item", ("fair_trial", 2): "ft_assessment",
         ("fair_trial", 3): "ft_answer", ("procedure", 1): "procedure", ("facility", 1): "facility_type"}
_JSON_SLOTS = {("fair_trial", 1), ("fair_trial", 2), ("fair_trial", 3), ("procedure", 1)}
_BATCH = 2000

_KEYS = EngineKeys()


def set_key(engine: Engine, key: bytes | None) -> None:
    """Facet values written and read through ``engine`` are keyed with ``key`` (None: plain)."""
    _KEYS.set(engine, key)


def key_of(conn: Connection | Engine) -> bytes | None:
    return _KEYS.of(conn)


@lru_cache(maxsize=4096)
def value_key(key: bytes, facet: str, slot: int, value: str) -> str:
    """HMAC-SHA256(Kfacet, facet 0x00 slot 0x00 value), first KEY_BYTES bytes, hex."""
    msg = f"{facet}\x00{slot}\x00{value}".encode()
    return hmac.new(key, msg, hashlib.sha256).digest()[:KEY_BYTES].hex()


def _json(value: Any) -> str:
    """A value as the plain trigger stores it (PostgreSQL's jsonb text; ``null`` when absent)."""
    return "null" if value is None else json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


_MEMO: dict[tuple[bytes, str, int, Any], str] = {}  # (key, facet, slot, plain value) -> stored key
_MEMO_MAX = 1 << 16


def _keyed_value(key: bytes, facet: str, slot: int, value: Any) -> str:
    """The stored key of a document's value (a JSON slot) or string (``facility``), memoised: a
    vocabulary's values repeat across records (an HQ import keys each once)."""
    memo_key = (key, facet, slot, value) if value is None or isinstance(value, str) else None
    if memo_key is not None:
        hit = _MEMO.get(memo_key)
        if hit is not None:
            return hit
    out = value_key(key, facet, slot, value if facet == "facility" else _json(value))
    if memo_key is not None:
        if len(_MEMO) >= _MEMO_MAX:
            _MEMO.clear()
        _MEMO[memo_key] = out
    return out


def keyed(key: bytes, kind: str, doc: Any) -> str:
    """``records.facet_keys`` of a record: a JSON array of ``[facet, k1, k2, k3]`` (``''`` for an
    unused slot), ``[]`` when it has none: the rows records/facets.py's PostgreSQL trigger makes
    of a plain document (one per fair-trial observation; a detention's procedure and each distinct
    facility type), their values keyed (docs/spec/hq-sealing.md §9)."""
    if not isinstance(doc, dict):
        return "[]"
    rows: list[str] = []
    if kind in ("hearing", "case"):
        items = doc.get("fair_trial")
        for o in items if isinstance(items, list) else ():
            if isinstance(o, dict):
                rows.append(f'["fair_trial","{_keyed_value(key, "fair_trial", 1, o.get("item"))}",'
                            f'"{_keyed_value(key, "fair_trial", 2, o.get("assessment"))}",'
                            f'"{_keyed_value(key, "fair_trial", 3, o.get("answer"))}"]')
    elif kind == "detention":
        rows.append(f'["procedure","{_keyed_value(key, "procedure", 1, doc.get("procedure"))}","",""]')
        segments = doc.get("custody_segments")
        types = {s["facility_type"] for s in (segments if isinstance(segments, list) else ())
                 if isinstance(s, dict) and isinstance(s.get("facility_type"), str)}
        rows.extend(f'["facility","{_keyed_value(key, "facility", 1, t)}","",""]' for t in sorted(types))
    return "[" + ",".join(rows) + "]"


def for_record(conn: Connection, kind: str, doc: Any) -> str | None:
    """What a writer stores in ``records.facet_keys``: None without a facet key (not sealed)."""
    key = key_of(conn)
    return None if key is None or kind not in ("hearing", "case", "detention") else keyed(key, kind, doc)


def plain_values(key: bytes) -> dict[tuple[str, int, str], str]:
    """(facet, slot, stored key) -> the value's plain text, for every vocabulary value (and
    ``null``, an absent value, in the JSON slots)."""
    out: dict[tuple[str, int, str], str] = {}
    for (facet, slot), name in SLOTS.items():
        codes = list(vocab.FAIR_TRIAL_BY_ID if name == "fair_trial_item" else vocab.VOCABS.get(name, ()))
        json_slot = (facet, slot) in _JSON_SLOTS
        for plain in [_json(c) for c in codes] + ["null"] if json_slot else codes:
            out[(facet, slot, value_key(key, facet, slot, plain))] = plain
    return out


def rebuild(conn: Connection, batch: int = _BATCH) -> int:
    """Write every counted record's ``facet_keys`` under this engine's facet key (sealing an HQ,
    a removal's new K, a migration's stale flag): the trigger takes the old rows away and adds the
    new. Needs the key and the sealer (the documents are opened here); how many records."""
    key = key_of(conn)
    if key is None:
        return 0
    c = records.c
    n = 0
    last: str | None = None
    while True:
        stmt = select(c.id, c.kind, c.doc).where(c.kind.in_(("hearing", "case", "detention")))
        if last is not None:
            stmt = stmt.where(c.id > last)
        chunk = conn.execute(stmt.order_by(c.id).limit(batch)).all()
        if not chunk:
            break
        ids, values = [], []
        for rid, kind, doc_json in chunk:
            try:
                doc = json.loads(doc_json)
            except ValueError:
                doc = None
            ids.append(rid)
            values.append(keyed(key, kind, doc))
        conn.execute(text("UPDATE records AS r SET facet_keys = v.fk FROM (SELECT unnest(CAST(:ids AS "
                          "text[])) AS id, unnest(CAST(:fks AS text[])) AS fk) AS v WHERE r.id = v.id "
                          "AND r.facet_keys IS DISTINCT FROM v.fk"), {"ids": ids, "fks": values})
        n += len(chunk)
        last = chunk[-1][0]
    conn.execute(settings.delete().where(settings.c.key == STALE_KEY))
    return n


def stale(conn: Connection) -> bool:
    """Migration 0014 left a sealed HQ's facet keys to be written by a member holding K."""
    return conn.execute(select(settings.c.key).where(settings.c.key == STALE_KEY)).first() is not None
