"""Word forms: the stem of a Russian or Kazakh word.

Russian: the Snowball stemmer (``snowballstemmer``, pure Python). Kazakh has no
Snowball stemmer; :func:`kazakh_stem` strips the regular noun endings only, and
conservatively: at most one case ending, one third-person possessive and one
plural, in that order from the end, and never below three letters. Verb forms and irregular
stems are left alone (a prefix search still finds the longer forms).

Both only remove endings, so a stem is always a prefix of its word: a search
for a stem's prefix finds every form that shares it.

Which language a word is: a Cyrillic word with a letter only Kazakh uses
(ә ғ қ ң ө ұ ү һ і) is Kazakh; any other Cyrillic word is Russian, unless the
caller says the searcher works in Kazakh (``lang="kk"``), when it is stripped
as Kazakh too. Latin and other words are not stemmed.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

KAZAKH_LETTERS = frozenset("әғқңөұүһі")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
MIN_STEM = 3

# Endings in the order they are stripped from the end of a word (longest first in each group).
_CASE = sorted(
    """
    ның нің дың дің тың тің
    ны ні ды ді ты ті ын ін
    ға ге қа ке на не ына іне
    нда нде да де та те
    ндан нден нан нен дан ден тан тен
    менен бенен пенен мен бен пен
    """.split(),
    key=len, reverse=True,
)
# Third person only: "my"/"your" forms are rare in records, and their endings (-ым, -ің) are
# too often the end of a root (шешім, "decision").
_POSSESSIVE = sorted("сы сі ы і".split(), key=len, reverse=True)
_PLURAL = sorted("лар лер дар дер тар тер".split(), key=len, reverse=True)

_russian = snowballstemmer.stemmer("russian")


def _strip(word: str, endings: list[str]) -> str:
    for e in endings:
        if word.endswith(e) and len(word) - len(e) >= MIN_STEM:
            return word[: -len(e)]
    return word


@lru_cache(maxsize=65536)
def kazakh_stem(word: str) -> str:
    """``word`` (normalised) without its regular case, possessive and plural endings."""
    w = _strip(word, _CASE)
    w = _strip(w, _POSSESSIVE)
    return _strip(w, _PLURAL)


@lru_cache(maxsize=65536)
def russian_stem(word: str) -> str:
    """The Snowball stem of a (normalised) Russian word."""
    s: str = _russian.stemWord(word)
    return s if word.startswith(s) else word


def is_kazakh(word: str) -> bool:
    return not KAZAKH_LETTERS.isdisjoint(word)


def stem(word: str, lang: str | None = None) -> str:
    """The stem of a normalised word: a prefix of it, at least MIN_STEM letters (or the word)."""
    if len(word) <= MIN_STEM or not _CYRILLIC.search(word):
        return word
    if is_kazakh(word) or lang == "kk":
        s = kazakh_stem(word)
        if lang == "kk" and s == word and not is_kazakh(word):
            s = russian_stem(word)  # a Russian word typed in a Kazakh interface
    else:
        s = russian_stem(word)
    return s if len(s) >= MIN_STEM else word
