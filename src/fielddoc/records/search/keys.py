"""Token keys: the search index of a store without FTS5 (HQ on PostgreSQL), from the same tokenizer.

The vault's FTS5 index matches a typed word's stem as a prefix (``"stem"*``) in
any column (the record's text, its linked titles, the ``terms``), and the Latin
skeleton of the stem as a prefix of a ``terms`` token (:mod:`.tokens`). A
token index can only look tokens up. A record's *set of keys* holds, of every
word it could match (cut to :data:`PREFIX_MAX` characters), the word itself and
its prefixes of 1 to :data:`SHORT_MAX` characters:

``w<word>``
    every word of the text, the linked titles and the terms;
``t<word>``
    every ``terms`` token (skeletons of names, link and kind tokens);
``k<kind>``
    the record's type, so a list of one type counts its hits in the index alone.

The longer prefixes of a word (SHORT_MAX+1 up to its length - 1) are not in the
record's set but in a vocabulary shared by all records (``search_prefixes``:
prefix -> the words that start with it), one row per distinct (prefix, word)
whatever the number of records: a record of ~60 words holds ~150 keys instead
of ~500 (every prefix), which is what HQ import writes and GIN indexes.

A query term becomes one key per alternative (``w`` + the stem, ``t`` + its
skeleton, each cut to PREFIX_MAX), widened, for a key longer than SHORT_MAX,
with the words the vocabulary lists for it: a record matches the term if its
set holds any of them, and the query if it matches every term. A stem longer than
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
#: Prefixes of up to this many characters are keys of the record's row; longer ones are found
#: through the vocabulary (``search_prefixes``: prefix -> the words that start with it).
SHORT_MAX = 3
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


def _prefixes(tag: str, word: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """A word's keys in the record's row, and its (prefix, word) pairs for the vocabulary."""
    word = word[:PREFIX_MAX]
    whole = tag + word
    short = tuple(tag + word[:n] for n in range(1, min(len(word) - 1, SHORT_MAX) + 1))
    pairs = tuple((tag + word[:n], whole) for n in range(SHORT_MAX + 1, len(word)))
    return (*short, whole), pairs


@lru_cache(maxsize=1 << 17)
def _word_entries(word: str, tags: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The keys and vocabulary pairs of one normalised word under each of ``tags`` (cached: words repeat)."""
    keys: list[str] = []
    pairs: list[tuple[str, str]] = []
    for p in fold(word):
        for tag in tags:
            k, v = _prefixes(tag, p)
            keys.extend(k)
            pairs.extend(v)
    return tuple(keys), tuple(pairs)


def index_entries(text: str, linked_titles: Iterable[str] = (), linked_ids: Iterable[str] = (),
                  kind: str | None = None) -> tuple[set[str], set[tuple[str, str]]]:
    """A record's tokens (before :func:`token_key`) and its words' vocabulary pairs.

    What :func:`.tokens.index_row` holds: every word of the text and the names (``w``), every
    ``terms`` token (``w`` and ``t``), each as its short prefixes and itself (cut to PREFIX_MAX);
    the longer prefixes go to the vocabulary as ``(prefix, word)``.
    """
    row = index_row(text, linked_titles, linked_ids, kind)
    keys: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for w in set(words(row.text) + words(row.names)):
        k, v = _word_entries(w, "w")
        keys.update(k)
        pairs.update(v)
    for t in set(row.terms.split()):
        k, v = _word_entries(t, "wt")
        keys.update(k)
        pairs.update(v)
    if kind:
        keys.add(kind_key_token(kind))
    return keys, pairs


def index_tokens(text: str, linked_titles: Iterable[str] = (), linked_ids: Iterable[str] = (),
                 kind: str | None = None) -> set[str]:
    """The tokens of a record's row (see :func:`index_entries`)."""
    return index_entries(text, linked_titles, linked_ids, kind)[0]


def index_keys(text: str, linked_titles: Iterable[str] = (), linked_ids: Iterable[str] = (),
               kind: str | None = None, key: bytes | None = None,
               memo: dict[str, str] | None = None,
               vocabulary: set[tuple[str, str]] | None = None) -> list[str]:
    """The stored keys of a record's row, in no particular order (see :func:`index_entries`).

    ``vocabulary``, if given, receives the ``(prefix, word)`` pairs of its words NOT yet keyed: a
    writer gathers the pairs of all its records (most repeat) and keys each distinct pair once,
    with :func:`keyed_pairs`. ``memo`` (token -> key, for one writer under one key) spares
    recomputing the HMAC of a token other records of the same write already hold; it is the
    caller's, and goes with it.
    """
    tokens, pairs = index_entries(text, linked_titles, linked_ids, kind)
    if vocabulary is not None:
        vocabulary.update(pairs)
    if key is None:
        return list(tokens)
    memo = {} if memo is None else memo
    for t in [t for t in tokens if t not in memo]:
        memo[t] = token_key(t, key)
    return [memo[t] for t in tokens]


def keyed_pairs(pairs: Iterable[tuple[str, str]], key: bytes | None,
                memo: dict[str, str] | None = None) -> set[tuple[str, str]]:
    """The stored form of vocabulary pairs (see :func:`index_keys`): each side keyed like a token."""
    if key is None:
        return set(pairs)
    memo = {} if memo is None else memo

    def hashed(t: str) -> str:
        k = memo.get(t)
        if k is None:
            k = memo[t] = token_key(t, key)
        return k

    return {(hashed(p), hashed(w)) for p, w in pairs}


def is_short(token: str) -> bool:
    """True for a query key every record holding it stores itself (no vocabulary look-up needed)."""
    return len(token) - 1 <= SHORT_MAX


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
