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


def snippet(text: str, terms: list[QueryTerm], width: int = 90) -> list[tuple[str, bool]]:
    """About ``width`` characters of ``text`` (one line) around its first match, matches marked."""
    text = " ".join(unicodedata.normalize("NFKC", text).split())  # one line: no newlines, no tabs
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text) if matches(m.group(), terms)]
    if not spans:
        return []
    first = spans[0][0]
    start = max(0, first - width // 3)
    if start > 0:  # start at a word boundary
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > spans[0][1] else end
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
