"""A page's snippets test each distinct word once, and only the words up to the piece shown
(issue 14: normalising every word of 100 records' text cost ~50 ms a keystroke at 1M records).
Counted as calls of the word test, never seconds; the pieces are those of the plain rule."""

from __future__ import annotations

import random
import unicodedata

from fielddoc.records import query
from fielddoc.records.interchange import import_dataset
from fielddoc.records.search import parse_query
from fielddoc.records.search import snippet as snippet_mod
from tests.test_search_plans import _dataset


def _plain(text: str, terms: list, width: int = 90) -> list[tuple[str, bool]]:
    """The rule written plainly: every word tested, the piece around the first match."""
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    spans = [(m.start(), m.end()) for m in snippet_mod._WORD.finditer(text)
             if snippet_mod.matches(m.group(), terms)]
    if not spans:
        return []
    first = spans[0][0]
    start = max(0, first - width // 3)
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > spans[0][1] else end
    out: list[tuple[str, bool]] = [("…", False)] if start > 0 else []
    pos = start
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
        out.append(("…", False))
    return out


def test_snippets_are_the_pieces_of_the_plain_rule() -> None:
    rng = random.Random(7)
    vocab = "court Суд journalist журналист Zhanaozen Жаңаөзен witness police, strike.\n worker".split(" ")
    for typed in ("journ", "суд", "zhan", "police strike", "nothing"):
        terms = parse_query(typed)
        memo: dict[str, bool] = {}
        for _ in range(200):
            text = " ".join(rng.choice(vocab) for _ in range(rng.randrange(0, 80)))
            assert snippet_mod.snippet(text, terms, memo=memo) == _plain(text, terms), (typed, text)
            assert snippet_mod.snippet(text, terms) == _plain(text, terms)
    # edges of the piece inside a word: no spaces at all, a long word across its end
    terms = parse_query("journ")
    for text in ("abc," * 30 + "journalist" + ",journalistic" * 40, "journalist " + "journalists" * 20,
                 "journalistjournalist" * 9 + " journalist" + "x" * 200, "ab" * 40 + ",journ,ab" + "c" * 120):
        assert snippet_mod.snippet(text, terms) == _plain(text, terms), text


def test_a_pages_snippets_test_each_word_once(rec, monkeypatch) -> None:
    import_dataset(rec, _dataset())
    flt = query.Filter(text="journalist")
    ids = [r["id"] for r in query.list_records(rec.store, flt, limit=100)]
    assert len(ids) == 100
    calls: list[str] = []
    real = snippet_mod.matches

    def counted(word: str, terms: list) -> bool:
        calls.append(word)
        return real(word, terms)

    monkeypatch.setattr(snippet_mod, "matches", counted)
    got = query.snippets(rec.store, ids, "journalist")
    assert sum(1 for pieces in got.values() if any(m for _, m in pieces)) >= 90
    assert len(calls) == len(set(calls)) and len(calls) < 40, len(calls)  # the text holds ~1,300 words
