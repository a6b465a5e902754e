"""A Latin "skeleton" of a word, the same for its Cyrillic and Latin spellings.

Names and places are written both ways: Актау / Aktau / Aqtau, Козлов / Kozlov,
Жаңаөзен / Zhanaozen / Janaozen, Евгений / Yevgeny / Evgeniy. The skeleton is
not a transliteration for reading; it is a matching key:

1. Cyrillic letters (Russian and Kazakh) become Latin by the table below,
   close to the usual passport spelling (ж→zh, х→kh, ц→ts, ш→sh, ю→yu, я→ya).
   Kazakh letters go to the nearest plain letter: ә→a, ғ→g, қ→k, ң→n, ө→o,
   ұ→u, ү→u, һ→h, і→i.
2. Latin diacritics are dropped (ä→a, ö→o, ş→sh, ç→ch, ğ→g, ñ→n, ı→i), so the
   Kazakh Latin alphabets (2018, 2021) meet the Cyrillic form too.
3. Spelling variants are folded: "ye" at the start → "e", kh→h, q→k, w→v,
   x→ks, c→k except in ch, j→zh (the 2018 Kazakh Latin wrote ж as j), y→i, and
   a doubled letter is written once.

Two spellings that differ only in these ways get the same skeleton. It is
deliberately lossy (Евгений and Евгения differ; Ivan and Iwan do not).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # Ukrainian and Belarusian letters that turn up in names
    "є": "ye", "ї": "yi", "ґ": "g", "ў": "u",
}
_LATIN = {"ı": "i", "ş": "sh", "ç": "ch", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l"}
# Applied in order, after the letters are Latin.
_FOLDS = (("shch", "shh"), ("kh", "h"), ("q", "k"), ("w", "v"), ("x", "ks"), ("ch", "\x01"), ("c", "k"),
          ("\x01", "ch"), ("j", "zh"), ("y", "i"))


def _latin(word: str) -> str:
    out = []
    for ch in word:
        if ch in _CYR:
            out.append(_CYR[ch])
        elif ch in _LATIN:
            out.append(_LATIN[ch])
        else:
            out.append(ch)
    text = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The matching key of a normalised word (see the module's docstring)."""
    s = _latin(word)
    if s.startswith("ye"):
        s = s[1:]
    for a, b in _FOLDS:
        if a in s:
            s = s.replace(a, b)
    out: list[str] = []
    for ch in s:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)
