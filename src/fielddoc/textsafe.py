"""Outside text shown to a person: control characters made visible, names checked.

Text that comes from outside (a recipient card's name, a device label, a file
name, record text) can carry characters that change what a terminal or a
window shows around it: ESC sequences move the cursor and erase lines, bidi
overrides reverse what follows, line separators start a fake new line. The CLI
and the GUI show such text only through :func:`escape_controls`, which writes
every such character as a visible ``\\uXXXX`` escape (the same escape JSON uses,
so a JSON text stays valid and means the same after it).

Names and labels (a card's name, an enrolment file's label, a label typed at
enrolment) are checked more strictly by :func:`name_problem`: control or format
characters and anything that looks like markup are refused where such a name
is read, not only escaped where it is shown.
"""

from __future__ import annotations

import re
import unicodedata

#: Characters never shown raw: C0 controls, DEL, C1 controls, the bidi marks, embeddings,
#: overrides and isolates, and the Unicode line and paragraph separators.
UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_UNSAFE_KEEP_NEWLINES = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)

#: Markup a rich-text renderer would act on: tags and character entities.
_MARKUP = re.compile(r"[<>]|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
#: Categories refused in names: controls, format characters (bidi, zero-width, tags),
#: line and paragraph separators, surrogates, private use.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co"})


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def escape_controls(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every control, bidi and line-separator character as a visible ``\\uXXXX``.

    ``keep_newlines`` keeps ``\\n`` (multi-line text such as a message or record text);
    a name or a file name is one line, so by default ``\\n`` is escaped as well.
    """
    pattern = _UNSAFE_KEEP_NEWLINES if keep_newlines else UNSAFE
    return pattern.sub(_escape, text)


def has_controls(text: str) -> bool:
    return UNSAFE.search(text) is not None


def char_name(char: str) -> str:
    """``U+202E`` for a character, as error messages name it (never the raw character)."""
    if char in "<>&":
        return f"“{char}”"
    return f"U+{ord(char):04X}"


def name_problem(text: str) -> str | None:
    """The first character that makes ``text`` unfit as a name or label (see :func:`char_name`),
    or None when it is fit: no control or format character, no line break, no markup."""
    for char in text:
        if unicodedata.category(char) in _REFUSED_CATEGORIES:
            return char_name(char)
    found = _MARKUP.search(text)
    if found is not None:
        return char_name(found.group()[0])
    return None


__all__ = ["UNSAFE", "char_name", "escape_controls", "has_controls", "name_problem"]
