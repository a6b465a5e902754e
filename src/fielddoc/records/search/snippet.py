"""A short piece of a record's text around the words a query matched.

Returned as (segment, matched) pairs of plain text: whoever shows it decides
how to mark a match, and must escape the text first (record text is never
markup). The same matching rule as the index: a word matches a query term if
its normalised form starts with the term's stem, or its Latin skeleton starts
with the term's skeleton.
"""

from __future__ import annotations

import re
import unicodedata

from fielddoc.records.search.normalise import normalise
from fielddoc.records.search.tokens import QueryTerm
from fielddoc.records.search.translit import skeleton

_WORD = re.compile(r"\w+", re.UNICODE)
ELLIPSIS = "…"


def matches(word: str, terms: list[QueryTerm]) -> bool:
    w = normalise(word)
    for t in terms:
        if w.startswith(t.stem) or (t.skeleton and skeleton(w).startswith(t.skeleton)):
            return True
    return False


def snippet(text: str, terms: list[QueryTerm], width: int = 90,
            memo: dict[str, bool] | None = None) -> list[tuple[str, bool]]:
    """About ``width`` characters of ``text`` (one line) around its first match, matches marked.

    Only the words up to the first match and those in the piece shown are tested, each distinct
    word once (``memo``: word -> matches, shared by the records of one page, held by the caller for
    that call only): normalising every word of every record's text cost ~50 ms a page at 1M records."""
    text = " ".join(unicodedata.normalize("NFKC", text).split())  # one line: no newlines, no tabs
    known: dict[str, bool] = {} if memo is None else memo

    def hit(word: str) -> bool:
        got = known.get(word)
        if got is None:
            got = known[word] = matches(word, terms)
        return got

    first_match = next((m for m in _WORD.finditer(text) if hit(m.group())), None)
    if first_match is None:
        return []
    first, first_end = first_match.span()
    start = max(0, first - width // 3)
    if start > 0:  # start at a word boundary
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first_end else end
    # the words inside the piece only: a word cut by either edge of it is not shown as a match
    spans = [m.span() for m in _WORD.finditer(text, start, end)
             if not (m.start() == start and start > 0 and _WORD.match(text, start - 1))
             and not (m.end() == end and end < len(text) and _WORD.match(text, end))
             and hit(m.group())]
    out: list[tuple[str, bool]] = []
    pos = start
    if start > 0:
        out.append((ELLIPSIS, False))
    for a, b in spans:
        if a < start or b > end:
            continue
        if a > pos:
            out.append((text[pos:a], False))
        out.append((text[a:b], True))
        pos = b
    if pos < end:
        out.append((text[pos:end], False))
    if end < len(text):
        out.append((ELLIPSIS, False))
    return out
