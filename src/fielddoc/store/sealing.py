"""Record text sealed in the HQ's PostgreSQL database (docs/spec/hq-sealing.md).

Every column holding record text (``SEALED_COLUMNS``) has the type :class:`SealedText`. Through
an engine with a :class:`Sealer` registered (:func:`register`; a team HQ on PostgreSQL, after
``hq/team/sealing.py`` sealed it) a value is written as an envelope (AES-256-GCM under a key
derived from HQ's data key K, naming K's generation, bound to its table and column) and opened
when read. Where the row has a record id, the SELECT carries it next to the envelope (a column
expression) and the opened text must belong to that record: an envelope moved to another row, a
plaintext value planted by whoever holds the server, a flipped byte all give
:class:`~fielddoc.errors.SealedValueRefused`, never a traceback and never a plaintext fallback.
Through an engine without a sealer (every SQLite vault) the type is plain ``Text``: nothing changes.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import struct
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Text, type_coerce
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import TypeDecorator

from fielddoc.errors import SealedValueRefused, SealedWithoutKey

SEAL_INFO = b"fielddoc/v1/hq-seal"
SEARCH_INFO = b"fielddoc/v1/hq-search"
AD_PREFIX = b"fielddoc/v1/hq-sealed\x00"
MAGIC = b"FDS\x01"  # "FDS" and the envelope's version
HEADER = struct.Struct(">4sI")  # magic, generation of K
NONCE = 12
ENVELOPE_TEXT = "RkRTAQ"  # how every stored envelope begins (base64 of "FDS" 0x01, generation < 2^24)
SEP = "\x1f"  # between the row's record id and the envelope in what a SELECT returns
SEALED_KEY = "hq_sealed"  # setting: this HQ database is sealed (hq/team/sealing.py)
INDEX_STALE_KEY = "hq_index_stale"  # setting: the token index waits for a member's search key


def subkey(k: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(k)


def associated_data(generation: int, table: str, column: str) -> bytes:
    return AD_PREFIX + HEADER.pack(MAGIC, generation) + f"{table}\x00{column}".encode("ascii")


@dataclass(frozen=True)
class Sealer:
    """Seals and opens values under HQ's data key K of one generation."""

    key: bytes  # HKDF-SHA256(K, info SEAL_INFO)
    generation: int

    @classmethod
    def of(cls, k: bytes, generation: int) -> Sealer:
        return cls(subkey(k, SEAL_INFO), generation)

    def seal(self, table: str, column: str, plain: str, nonce: bytes | None = None) -> str:
        nonce = nonce if nonce is not None else secrets.token_bytes(NONCE)
        ad = associated_data(self.generation, table, column)
        body = AESGCM(self.key).encrypt(nonce, plain.encode("utf-8"), ad)
        return base64.b64encode(HEADER.pack(MAGIC, self.generation) + nonce + body).decode("ascii")

    def open(self, table: str, column: str, stored: str, record: str | None = None) -> str:
        """The plaintext of an envelope; SealedValueRefused if it is none of this table and column's."""
        refused = SealedValueRefused(table=table, column=column, record=record or "-")
        try:
            raw = base64.b64decode(stored.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError, ValueError):
            raise refused from None  # plaintext (or damage) where an envelope belongs
        if len(raw) < HEADER.size + NONCE + 16:
            raise refused
        magic, generation = HEADER.unpack_from(raw)
        if magic != MAGIC or generation != self.generation:
            raise refused
        nonce, body = raw[HEADER.size : HEADER.size + NONCE], raw[HEADER.size + NONCE :]
        try:
            plain = AESGCM(self.key).decrypt(nonce, body, associated_data(generation, table, column))
            return plain.decode("utf-8")
        except (InvalidTag, UnicodeDecodeError):
            raise refused from None

    def is_envelope(self, table: str, column: str, stored: str) -> bool:
        try:
            self.open(table, column, stored)
        except SealedValueRefused:
            return False
        return True


_SEALERS: weakref.WeakKeyDictionary[Dialect, Sealer] = weakref.WeakKeyDictionary()


def register(engine: Engine, sealer: Sealer | None) -> None:
    """Values written and read through ``engine`` are sealed by ``sealer`` (None: plain text)."""
    if sealer is None:
        _SEALERS.pop(engine.dialect, None)
    else:
        _SEALERS[engine.dialect] = sealer


def sealer_of(engine_or_dialect: Engine | Dialect) -> Sealer | None:
    d = engine_or_dialect.dialect if isinstance(engine_or_dialect, Engine) else engine_or_dialect
    return _SEALERS.get(d)


def _doc_of(record: str, plain: str) -> bool:
    """A record document (or a revision's snapshot) that belongs to record ``record``."""
    try:
        doc = json.loads(plain)
    except ValueError:
        return False
    return isinstance(doc, dict) and doc.get("id") == record


#: Per table and column: the column of the row's record id and how the opened text must agree
#: with it (None: the value is bound to its table and column only; see the spec).
ROW_CHECKS: dict[tuple[str, str], tuple[str, Callable[[str, str], bool]]] = {
    ("records", "doc"): ("id", _doc_of),
    ("revisions", "doc"): ("record_id", _doc_of),
}


#: A revision's snapshot is also bound to its revision: the row's header fields (these columns, in
#: this order) come with it, and the opened text must hash to the row's hash under them
#: (docs/spec/hashes.md). The check is registered by the code that knows revision hashes
#: (hq/team/sealing.py, :func:`register_revision_check`), which is also what registers a sealer.
REVISION_HEADER = ("record_id", "kind", "revision", "parent_hash", "op", "device_id", "author", "at", "hash")
_REVISION_CHECK: list[Callable[[list[Any], str], bool]] = []


def register_revision_check(check: Callable[[list[Any], str], bool]) -> None:
    _REVISION_CHECK[:] = [check]


class _WithRecord(ColumnElement[str]):
    """``record_id || SEP || value`` on PostgreSQL (so the row's id reaches the result processor);
    for a revision, ``json_build_array(<REVISION_HEADER>)::text || SEP || value``."""

    inherit_cache = True
    _traverse_internals = [("value", InternalTraversal.dp_clauseelement),
                           ("record", InternalTraversal.dp_clauseelement_list)]

    def __init__(self, value: Any, record: list[Any]) -> None:
        self.value, self.record = value, tuple(record)
        self.type = value.type


@compiles(_WithRecord)
def _plain(element: _WithRecord, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.value, **kw))


@compiles(_WithRecord, "postgresql")
def _pg(element: _WithRecord, compiler: Any, **kw: Any) -> str:
    cols = [compiler.process(c, **kw) for c in element.record]
    head = cols[0] if len(cols) == 1 else f"json_build_array({', '.join(cols)})::text"
    return f"({head} || chr(31) || {compiler.process(element.value, **kw)})"


def unbound(column: Any) -> Any:
    """``column`` read without its row binding (§5): only for a check that compares the opened
    text with its row itself and reports a mismatch as damage (``hq verify``), instead of refusing."""
    return type_coerce(column, column.type).label(column.name)


class SealedText(TypeDecorator[str]):
    """``Text`` that is sealed through an engine with a registered :class:`Sealer`."""

    impl = Text
    cache_ok = True

    def __init__(self, table: str, column: str) -> None:
        super().__init__()
        self.table, self.column = table, column

    def column_expression(self, colexpr: Any) -> Any:
        check = ROW_CHECKS.get((self.table, self.column))
        if check is None or getattr(colexpr, "table", None) is None:
            return colexpr
        names = REVISION_HEADER if (self.table, self.column) == ("revisions", "doc") else (check[0],)
        try:
            record = [colexpr.table.c[n] for n in names]
        except KeyError:
            return colexpr
        return _WithRecord(colexpr, record)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        sealer = _SEALERS.get(dialect)
        if sealer is None or value is None:
            return value
        return sealer.seal(self.table, self.column, str(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        record = None
        header: list[Any] | None = None
        check = ROW_CHECKS.get((self.table, self.column))
        if check is not None and dialect.name == "postgresql" and SEP in str(value):
            # (no separator: selected from a subquery without the record id; never in an envelope,
            # nor in JSON text, which escapes control characters)
            record, _, value = str(value).partition(SEP)
            if (self.table, self.column) == ("revisions", "doc"):
                try:
                    header = json.loads(record)
                    record = str(header[0])
                except (ValueError, TypeError, IndexError, KeyError):
                    raise SealedValueRefused(table=self.table, column=self.column, record="-") from None
        sealer = _SEALERS.get(dialect)
        if sealer is None:
            if dialect.name == "postgresql" and str(value).startswith(ENVELOPE_TEXT):
                raise SealedWithoutKey()  # sealed by another member since this session opened
            return value
        plain = sealer.open(self.table, self.column, value, record)
        if check is not None and record is not None and not check[1](record, plain):
            raise SealedValueRefused(table=self.table, column=self.column, record=record)
        if header is not None and not all(c(header, plain) for c in _REVISION_CHECK):
            raise SealedValueRefused(table=self.table, column=self.column, record=record or "-")
        return plain


#: Settings that hold outside text (the interchange file's "meta": notes, dataset names).
SEALED_SETTINGS = ("interchange_meta",)


def seal_setting(engine: Engine, key: str, value: str) -> str:
    """The stored form of setting ``key`` (sealed as table ``settings``, column ``key``)."""
    sealer = _SEALERS.get(engine.dialect)
    return value if sealer is None or key not in SEALED_SETTINGS else sealer.seal("settings", key, value)


def open_setting(engine: Engine, key: str, stored: str) -> str:
    sealer = _SEALERS.get(engine.dialect)
    return stored if sealer is None or key not in SEALED_SETTINGS else sealer.open("settings", key, stored)


#: Every column that holds record text: sealed at a team HQ (docs/spec/hq-sealing.md).
SEALED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("records", "title"),
    ("records", "doc"),
    ("revisions", "doc"),
    ("audit", "detail"),
    ("drafts", "doc"),
    ("custody", "detail"),
    ("hq_bundles", "manifest"),  # custody chains and file names travel in it
)
