"""Token keys: the search index of a store without FTS5 (HQ on PostgreSQL), from the same tokenizer.

The vault's FTS5 index matches a typed word's stem as a prefix (``"stem"*``) in
any column (the record's text, its linked titles, the ``terms``), and the Latin
skeleton of the stem as a prefix of a ``terms`` token (:mod:`.tokens`). A
token index can only look tokens up, so a record's *set of keys* holds every
prefix (1 to :data:`PREFIX_MAX` characters) of every word it could match:

``w<prefix>``
    prefixes of every word of the text, the linked titles and the terms;
``t<prefix>``
    prefixes of every ``terms`` token (skeletons of names, link and kind tokens);
``k<kind>``
    the record's type, so a list of one type counts its hits in the index alone.

A query term becomes one key per alternative (``w`` + the stem, ``t`` + its
skeleton, each cut to PREFIX_MAX): a record matches the term if its set holds
any of them, and the query if it matches every term. A stem longer than
PREFIX_MAX is matched on its first PREFIX_MAX characters (a little more is
found, never less).

Words are folded as the vault's FTS5 tokenizer folds them (``unicode61
remove_diacritics 2``: Latin diacritics dropped, split at ``_``), on top of
:func:`.normalise.normalise`.

Only the keys of the words are stored, never JSON field names. With a
``key`` (bytes), every token is stored as HMAC-SHA256(key, token) cut to
:data:`KEY_BYTES` bytes, in hex: the index then tells nothing about the words
without the key (a later stage encrypts the documents at HQ and derives this
key from HQ's data key).
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from fielddoc.records.search.normalise import words
from fielddoc.records.search.tokens import QueryTerm, index_row

#: Prefixes of up to this many characters are indexed.
PREFIX_MAX = 12
#: Bytes of HMAC-SHA256 kept per keyed token.
KEY_BYTES = 16


def _is_latin(ch: str) -> bool:
    return ch < "\u0250" or "\u1e00" <= ch <= "\u1eff"


@lru_cache(maxsize=65536)
def fold(word: str) -> list[str]:
    """A normalised word as the vault's FTS5 tokenizer indexes it: Latin diacritics off, split at ``_``."""
    if word.isascii():
        return [p for p in word.split("_") if p]
    out: list[str] = []
    base = ""
    for ch in unicodedata.normalize("NFD", word):
        if unicodedata.combining(ch) and base and _is_latin(base):
            continue
        base = ch if not unicodedata.combining(ch) else base
        out.append(ch)
    return [p for p in unicodedata.normalize("NFC", "".join(out)).split("_") if p]


def token_key(token: str, key: bytes | None = None) -> str:
    """The stored form of ``token``: itself, or with a ``key`` its HMAC-SHA256 cut to KEY_BYTES (hex)."""
    if key is None:
        return token
    return hmac.new(key, token.encode("utf-8"), hashlib.sha256).digest()[:KEY_BYTES].hex()


def _prefixes(tag: str, word: str, out: set[str]) -> None:
    out.update([tag + word[:n] for n in range(1, min(len(word), PREFIX_MAX) + 1)])


def index_tokens(text: str, linked_titles: Iterable[str] = (), linked_ids: Iterable[str] = (),
                 kind: str | None = None) -> set[str]:
    """A record's tokens (before :func:`token_key`): what :func:`.tokens.index_row` holds, as prefixes."""
    row = index_row(text, linked_titles, linked_ids, kind)
    out: set[str] = set()
    for w in dict.fromkeys(words(row.text) + words(row.names)):
        for p in fold(w):
            _prefixes("w", p, out)
    for t in row.terms.split():
        for p in fold(t):
            _prefixes("w", p, out)
            _prefixes("t", p, out)
    if kind:
        out.add(kind_key_token(kind))
    return out


def index_keys(text: str, linked_titles: Iterable[str] = (), linked_ids: Iterable[str] = (),
               kind: str | None = None, key: bytes | None = None) -> list[str]:
    """The stored keys of a record, in no particular order (see :func:`index_tokens`)."""
    tokens = index_tokens(text, linked_titles, linked_ids, kind)
    if key is None:
        return list(tokens)
    return list({token_key(t, key) for t in tokens})


def kind_key_token(kind: str) -> str:
    return "k" + kind


def query_alternatives(term: QueryTerm) -> list[list[str]]:
    """The tokens of one typed term as groups: every group must match, by any of its tokens.

    Usually one group: the stem in any column, or its skeleton in the terms. A stem the
    tokenizer splits (``a_b``) gives a group per part (the vault searches them as a phrase).
    """
    parts = fold(term.stem)
    if len(parts) != 1:
        return [["w" + p[:PREFIX_MAX]] for p in parts]
    group = ["w" + parts[0][:PREFIX_MAX]]
    skel = fold(term.skeleton) if term.skeleton and term.skeleton != term.stem else []
    if len(skel) == 1:
        group.append("t" + skel[0][:PREFIX_MAX])
    return [group]
