"""One tokenizer for every search index of FieldDoc (docs/search.md).

The vault's encrypted FTS5 index uses it now; a keyed token index (HMAC of the
same tokens, for HQ on PostgreSQL) can use it later: the same text gives the
same tokens, and the same query the same alternatives, on every store.

- :mod:`.normalise`  NFKC, case folding, ё→е; splitting into words
- :mod:`.stem`       word forms: Snowball for Russian, a small suffix stripper for Kazakh
- :mod:`.translit`   a Latin "skeleton" of a word, so Актау and Aktau meet
- :mod:`.tokens`     what goes into an index row, and what a typed query becomes

Pure Python, no Qt, no database.
"""

from fielddoc.records.search.normalise import normalise, words
from fielddoc.records.search.stem import stem
from fielddoc.records.search.tokens import (
    IndexRow,
    QueryTerm,
    index_row,
    kind_token,
    link_token,
    name_key,
    parse_query,
)
from fielddoc.records.search.translit import skeleton

__all__ = [
    "IndexRow", "QueryTerm", "index_row", "kind_token", "link_token", "name_key", "normalise", "parse_query",
    "skeleton", "stem",
    "words",
]
