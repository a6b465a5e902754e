"""What goes into a record's index row, and what a typed query becomes.

An index row has three columns (the vault's FTS5 table ``fts_index``, migration
0007; a keyed token index would hash the same words):

``text``
    all human text of the record (names, titles, narratives, notes), as written;
``names``
    the titles of the records it links to (a hearing's defendants, court, venue),
    so a defendant's name finds her hearings;
``terms``
    the Latin skeletons (:mod:`.translit`) of the names among them: every word of
    the linked titles and every capitalised word of the text; and one
    :func:`link_token` per linked record, so the rows that link to a renamed
    record can be found and refreshed; and a :func:`kind_token`, so a list of
    one kind counts its hits in the index alone.

Word forms are handled at query time: stems only remove endings, so the prefix
``stem*`` finds every form of a word (давление, давлении, давлением) with no
extra tokens in the index (docs/search.md has the measurements behind this).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from fielddoc.records.search.normalise import raw_words, words
from fielddoc.records.search.stem import stem
from fielddoc.records.search.translit import skeleton

MAX_TERMS = 16
LINK_PREFIX = "lnk"
KIND_PREFIX = "knd"


@dataclass(frozen=True, slots=True)
class IndexRow:
    text: str
    names: str
    terms: str


@dataclass(frozen=True, slots=True)
class QueryTerm:
    """One typed word: its stem (searched as a prefix) and the Latin skeleton of the stem."""

    word: str
    stem: str
    skeleton: str


def link_token(record_id: str) -> str:
    """The index token that marks a link to ``record_id`` (no user types it by chance)."""
    return LINK_PREFIX + hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:16]


def kind_token(kind: str) -> str:
    """The index token of a record type ("knd" + the kind, letters only)."""
    return KIND_PREFIX + "".join(c for c in kind if c.isalnum())


def _name_words(text: str) -> Iterable[str]:
    """The capitalised words of ``text``, normalised: names of people and places, mostly."""
    for w in raw_words(text):
        if w[0].isupper():
            yield w.casefold().replace("ё", "е")  # already NFKC


def index_row(text: str, linked_titles: Iterable[str] = (), linked_ids: Iterable[str] = (),
              kind: str | None = None) -> IndexRow:
    """The index row of a ``kind`` record with ``text`` that links to records with these titles and ids."""
    titles = [t for t in linked_titles if t]
    names = "\n".join(titles)
    seen: dict[str, None] = {kind_token(kind): None} if kind else {}
    for w in _name_words(text):
        seen.setdefault(skeleton(w), None)
    for w in words(names):
        seen.setdefault(skeleton(w), None)
    for rid in linked_ids:
        seen.setdefault(link_token(rid), None)
    return IndexRow(text, names, " ".join(t for t in seen if t))


def parse_query(user_text: str, lang: str | None = None) -> list[QueryTerm]:
    """The terms of what a user typed (at most MAX_TERMS); ``lang`` is the interface language."""
    out: list[QueryTerm] = []
    for w in words(user_text or "")[:MAX_TERMS]:
        s = stem(w, lang)
        out.append(QueryTerm(w, s, skeleton(s)))
    return out


def name_key(name: str) -> str:
    """A key two spellings of one name share: word order, script and case aside.

    "Aktau" and "Актау", "Vladimir Kozlov" and "Козлов Владимир" have the same key (endings are
    not stripped: Козлова is another person);
    records with the same key and kind are likely duplicates.
    """
    return " ".join(sorted({skeleton(w) for w in words(name)}))
