"""A list page of a search for a common word: walk the list's sort index, probe each row (vault only).

For a word in most records, collecting every hit and sorting them costs what the word's
postings cost (a second at 1M records). The first page of such a word is found much sooner
in the list's own order: walk the sort index from the top and ask the FTS5 index, row by row,
whether the row matches (``rowid = docid AND MATCH``), until the page is full. The walk has a
budget of rows examined; if the word is common in the index but rare at the top of this order,
the budget runs out and the caller falls back to collecting the hits (records/query.py), so the
walk never costs more than its budget on top of that.

A probe of a prefix longer than the FTS5 prefix index (migration 0007: 2 to 6 characters) makes
FTS5 merge the postings of every word with that prefix, for each probe (5 ms a probe at 100k
records). :func:`expander` turns such a prefix into the index's own words that start with it
(read from an ``fts5vocab`` table over the index), so each probe seeks exact words.
"""

from __future__ import annotations

import json
import unicodedata
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.sql import Select

from fielddoc.records.fts import docid

#: What a probe costs against what one hit costs when the hits are collected (the other plan), on an
#: index of one segment (store/fts_merge.py): a probe is an FTS5 query of its own (0.07-0.13 ms at 1M
#: records, 2 cores under load), a hit of the other plan about 0.7 us (collected, then looked up while
#: the sort's index is walked: 450-620 ms for 695k hits). The walk's budget is the estimated hits
#: over this ratio: it examines at most as many rows as cost what collecting the hits would, so the
#: fallback at most doubles the cost.
PROBE_RATIO = 200
#: What each further segment of the index adds to that ratio: a probe seeks the word in every segment
#: (at 1M records 0.6-0.9 ms with 13 segments, bench/README.md), so a fragmented index gets a smaller budget.
SEGMENT_RATIO = 70
#: What a row of the sort's index costs when walked against the collected hits (a lookup of its
#: docid) against what a hit costs when the hits are sorted instead (a lookup of its row, and the
#: sort): where the walk met so few matches that the page needs more than this many rows per hit,
#: the hits are sorted (a word common in the index and absent from the top of this order).
SCAN_RATIO = 3
#: The longest prefix the FTS5 table indexes (prefix = '2 3 4 5 6').
INDEXED_PREFIX = 6
#: A longer prefix is replaced by the index's words starting with it when there are at most this many.
MAX_WORDS = 64

#: engine -> (the FTS5 index's structure record, prefix -> the index's words with it): see expander.
_WORDS: weakref.WeakKeyDictionary[Any, tuple[Any, dict[str, list[str] | None]]] = weakref.WeakKeyDictionary()

#: Called with the number of rows of the sort index each walk step examined (tests count them).
HOOK: Callable[[int], None] | None = None

#: The sort indexes a walk reads: (sort column, list of one type?) -> index (store/schema.py).
SORT_INDEX = {
    ("date_sort", False): "ix_records_live_date", ("date_sort", True): "ix_records_kind_date",
    ("title", False): "ix_records_live_title", ("title", True): "ix_records_kind_title",
    ("kind", False): "ix_records_live_kind", ("kind", True): "ix_records_live_kind",
    ("confidentiality", False): "ix_records_live_confidentiality",
    ("confidentiality", True): "ix_records_kind_conf",
    ("updated_at", False): "ix_records_live_updated", ("updated_at", True): "ix_records_kind_updated",
}

_PROBE = text(
    "SELECT key FROM json_each(:docids) WHERE EXISTS "
    "(SELECT 1 FROM fts_index WHERE fts_index MATCH :q AND fts_index.rowid = value) LIMIT :need"
)


def budget(hits: int, segments: int = 1) -> int:
    """Rows a walk may examine for a word with about ``hits`` hits in an index of ``segments``
    segments (see PROBE_RATIO, SEGMENT_RATIO)."""
    return hits // (PROBE_RATIO + SEGMENT_RATIO * max(0, segments - 1))


def estimate(conn: Any, q: str, cap: int) -> int:
    """About how many records the FTS5 query ``q`` matches, from its first ``cap`` hits at most.

    Exact below ``cap``. Beyond, the docids are 63 bits of SHA-256 (records/fts.docid), spread
    evenly, and FTS5 returns hits in docid order: the first ``cap`` hits ending at docid ``d``
    cover ``d / 2**63`` of all docids, so there are about ``cap * 2**63 / d`` hits in all.
    """
    n, last = conn.execute(text(
        "SELECT count(*), max(rowid) FROM (SELECT rowid FROM fts_index WHERE fts_index MATCH :q LIMIT :cap)"),
        {"q": q, "cap": cap}).one()
    if n < cap or not last or last <= 0:
        return int(n)
    return max(int(n), int(n * (2**63 / last)))


@dataclass
class Walk:
    """What a walk found: the page's ids (None: the budget ran out first), and how many rows it
    examined and found matching on the way."""

    ids: list[str] | None
    examined: int
    found: int

    def rows_needed(self, wanted: int) -> float:
        """About how many rows of the order hold the first ``wanted`` matches, at the density met."""
        return self.examined * wanted / self.found if self.found else float("inf")


def walk(conn: Any, ordered: Select[Any], q: str, offset: int, limit: int, budget: int) -> Walk:
    """The ids of the page ``offset, limit`` of ``ordered`` (``SELECT id`` of the sort index, in order)
    that match the FTS5 query ``q``; no ids when ``budget`` rows were examined before the page was
    full, or when, at the density met so far, the page would not be full within the budget."""
    wanted = offset + limit
    found: list[str] = []
    examined = 0
    chunk = min(budget, wanted)  # enough if every row matches; the density met then decides
    while examined < budget:
        n = min(chunk, budget - examined)
        ids = [r[0] for r in conn.execute(ordered.offset(examined).limit(n))]
        keys = [r[0] for r in conn.execute(_PROBE, {
            "docids": json.dumps([docid(i) for i in ids]), "q": q, "need": wanted - len(found)})]
        # every row up to the last match was probed; all of them when the page is not full yet
        step = keys[-1] + 1 if len(found) + len(keys) >= wanted else len(ids)
        if HOOK is not None:
            HOOK(step)
        examined += step
        found += [ids[k] for k in keys]
        if len(found) >= wanted or len(ids) < n:  # the page is full, or the whole order was walked
            return Walk(found[offset:wanted], examined, len(found))
        if examined * wanted > budget * len(found):
            break  # at this density the page will not be found within the budget
        chunk *= 2
    return Walk(None, examined, len(found))


def _plain(prefix: str) -> bool:
    """True when FTS5's tokenizer (unicode61, remove_diacritics 2) keeps ``prefix`` as it is, so the
    index's words starting with it are the words whose text starts with it: Latin and Russian
    lower-case letters without diacritics, and digits."""
    return all(("a" <= c <= "z" or "0" <= c <= "9" or ("а" <= c <= "я" and c != "й"))
               and unicodedata.normalize("NFD", c) == c for c in prefix)


def expander(conn: Any) -> Callable[[str], list[str] | None]:
    """``prefix -> words``: the index's words starting with a prefix too long for the prefix index,
    or None where the prefix is better left as it is (short, many words, or not plain letters).

    Reading the words costs what the prefix's postings cost (fts5vocab counts them), so the words
    are kept per store while the index's structure record (rowid 10 of ``fts_index_data``, which
    every write of new rows changes) stays the same: the next letter typed filters the words of
    the previous prefix (the words of "journali" are those of "journal" that start with it). A
    word gone since (a deleted record) stays in the list and matches nothing.
    """
    made = False
    state = conn.exec_driver_sql("SELECT block FROM fts_index_data WHERE id = 10").scalar()
    held = _WORDS.get(conn.engine)
    if held is None or held[0] != state:
        held = (state, {})
        _WORDS[conn.engine] = held
    known = held[1]

    def expand(prefix: str) -> list[str] | None:
        nonlocal made
        if len(prefix) <= INDEXED_PREFIX or not _plain(prefix):
            return None
        if prefix in known:
            return known[prefix]
        shorter = [p for p, w in known.items() if w is not None and prefix.startswith(p)]
        if shorter:
            known[prefix] = [w for w in known[max(shorter, key=len)] or () if w.startswith(prefix)]
            return known[prefix]
        if not made:  # a temporary table: nothing written to the vault, gone with the connection
            conn.exec_driver_sql(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_words USING fts5vocab(main, fts_index, 'row')")
            made = True
        words = [r[0] for r in conn.exec_driver_sql(
            "SELECT term FROM temp.fts_words WHERE term >= ? AND term < ? LIMIT ?",
            (prefix, prefix + "\U0010ffff", MAX_WORDS + 1))]
        if len(known) > 256:
            known.clear()
        known[prefix] = None if len(words) > MAX_WORDS else words
        return known[prefix]

    return expand
