"""Normalising text before it is split into words.

NFKC (compatibility forms: full-width letters, ligatures), case folding, and
ё→е (Russian writes both for the same word). Diacritics of Latin letters are
kept here; :mod:`.translit` folds them for the Latin skeleton.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    """NFKC, case-folded, ё→е."""
    return unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")


def words(text: str) -> list[str]:
    """The normalised words of ``text``, in order (letters, digits and ``_``)."""
    return _WORD.findall(normalise(text))


def raw_words(text: str) -> list[str]:
    """The words of ``text`` as written (case kept), in order."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return _WORD.findall(text)
