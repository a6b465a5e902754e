"""A streaming reader of interchange files: one record at a time, memory independent of the file size.

:func:`iter_interchange` walks the top-level object of an import file and
yields each entry of a top-level record list on its own (``meta``, unknown
keys and anything that is not a list come whole), so a caller can validate
and write records in batches without holding the file, its text or all its
documents at once.

The strictness rules are those of :func:`interchange.parse_json_bytes`, with
the same errors: the size limit, UTF-8 (checked over the whole file first, so
a bad byte anywhere refuses it before any record is yielded, as before), no
duplicate keys, no NaN/Infinity, bounded nesting, and integers of more than
``MAX_INT_DIGITS`` digits refused with the record and field named (after the
rest of the file parsed, as before). An error inside a value carries the line
and column of the whole file. A file whose top-level skeleton is malformed
(or whose top level is not an object) is handed, on that error path only, to
the whole-file parser, so its message is exactly the one the whole-file
parser gives.

Records are yielded before the file has been read to its end: a caller must
treat them as provisional until the iterator finishes without an error (the
import does all of its writing in one transaction that it rolls back then).
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from json.decoder import scanstring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

from fielddoc.errors import InputFileError, NumberTooLong, Problem, ValidationError
from fielddoc.fsutil import open_outside, read_capped
from fielddoc.records import schema
from fielddoc.records.interchange import (
    MAX_FILE_BYTES,
    MAX_INT_DIGITS,
    _int_or_marker,
    _LongNumber,
    _no_constants,
    _no_dupes,
    _path_of,
    _Strict,
    parse_json_bytes,
)

CHUNK = 1 << 18  # characters read at a time
_WS = " \t\n\r"
#: An error this far before the end of the window cannot be an artefact of the window's end.
_SLACK = 64
_BOM = codecs.BOM_UTF8


@dataclass(frozen=True)
class Entry:
    """One item of the file: ``index`` is the position in a top-level list, or None for a whole value."""

    key: str
    index: int | None
    value: Any


class _Skeleton(Exception):
    """The top-level structure is not what an interchange file has: let the whole-file parser say why."""


def check_utf8(fh: io.BufferedIOBase | Any, where: str) -> None:
    """Refuse ``fh`` unless it is UTF-8 throughout, naming the byte as the whole-file parser does."""
    dec = codecs.getincrementaldecoder("utf-8")()
    offset = 0  # bytes consumed, after the optional byte-order mark
    head = fh.read(len(_BOM))
    chunk = fh.read(CHUNK) if head == _BOM else head
    while True:
        pending = len(dec.getstate()[0])
        final = not chunk
        try:
            dec.decode(chunk, final)
        except UnicodeDecodeError as exc:
            byte = offset - pending + exc.start
            raise InputFileError(path=where, reason=f"not UTF-8 text (byte {byte})") from None
        if final:
            return
        offset += len(chunk)
        chunk = fh.read(CHUNK)


class _Reader:
    def __init__(self, text: io.TextIOBase, where: str) -> None:
        self.fh, self.where = text, where
        self.buf, self.pos, self.eof = "", 0, False
        self.base = 0  # characters discarded before buf
        self.lines = 0  # newlines among them
        self.last_nl = -1  # absolute index of the last of them
        self.long: list[_LongNumber] = []
        #: (key, index, value) of the first value that held a too-long integer; a top-level "id".
        self.first_long: tuple[str, int | None, Any] | None = None
        self.top_id: Any = None
        self.dec = json.JSONDecoder(object_pairs_hook=_no_dupes, parse_constant=_no_constants,
                                    parse_int=_int_or_marker(self.long))

    def fill(self) -> bool:
        """Read more (at least as much again as is held); False at the end of the file."""
        if self.eof:
            return False
        done = self.buf[:self.pos]
        n = done.count("\n")
        if n:
            self.lines += n
            self.last_nl = self.base + done.rfind("\n")
        self.base += self.pos
        held = self.buf[self.pos:]
        try:
            more = self.fh.read(max(CHUNK, len(held)))
        except UnicodeDecodeError:  # checked before: the file changed while it was read
            reason = "not UTF-8 text (it changed while it was read)"
            raise InputFileError(path=self.where, reason=reason) from None
        if not more:
            self.eof = True
        self.buf, self.pos = held + more, 0
        return bool(more)

    def peek(self) -> str:
        """The next character that is not white space ('' at the end of the file)."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WS:
                self.pos += 1
            if self.pos < len(self.buf) or not self.fill():
                return self.buf[self.pos:self.pos + 1]

    def expect(self, chars: str) -> str:
        c = self.peek()
        if not c or c not in chars:
            raise _Skeleton
        self.pos += 1
        return c

    def _error(self, msg: str, p: int) -> InputFileError:
        line = self.lines + self.buf.count("\n", 0, p) + 1
        nl = self.buf.rfind("\n", 0, p)
        col = p - nl if nl >= 0 else self.base + p - self.last_nl
        return InputFileError(path=self.where, reason=f"not valid JSON ({msg}, line {line} column {col})")

    def _decode(self, fn: Any) -> Any:
        self.peek()
        while True:
            try:
                obj, end = fn(self.buf, self.pos)
            except _Strict as exc:
                raise InputFileError(path=self.where, reason=str(exc)) from None
            except json.JSONDecodeError as exc:
                error = self._error(exc.msg, exc.pos)  # before fill() moves the window
                unsure = exc.msg.startswith("Unterminated string") or exc.pos + _SLACK >= len(self.buf)
                if unsure and self.fill():
                    continue
                raise error from None
            except RecursionError:
                raise InputFileError(path=self.where, reason="nested too deeply") from None
            # A value that ends the window may go on (a number, a truncated literal): read on.
            if end >= len(self.buf) and self.fill():
                continue
            self.pos = end
            return obj

    def note_long(self, key: str, index: int | None, value: Any) -> None:
        if self.long and self.first_long is None:
            self.first_long = (key, index, value)

    def value(self) -> Any:
        return self._decode(self.dec.raw_decode)

    def key(self) -> str:
        if self.peek() != '"':
            raise _Skeleton
        self.pos += 1
        return str(self._decode(lambda s, i: scanstring(s, i, True)))


def _entries(r: _Reader) -> Iterator[Entry]:
    r.expect("{")
    seen: set[str] = set()
    if r.peek() == "}":
        r.pos += 1
    else:
        while True:
            key = r.key()
            if key in seen:
                raise InputFileError(path=r.where, reason=str(_dupe(key)))
            seen.add(key)
            r.expect(":")
            if key in schema.KINDS and r.peek() == "[":
                r.pos += 1
                yield from _items(r, key)
            else:
                value = r.value()
                if key == "id":
                    r.top_id = value
                r.note_long(key, None, value)
                yield Entry(key, None, value)
            if r.expect(",}") == "}":
                break
    if r.peek():
        raise _Skeleton  # "Extra data"


def _items(r: _Reader, key: str) -> Iterator[Entry]:
    if r.peek() == "]":
        r.pos += 1
        return
    i = 0
    while True:
        doc = r.value()
        r.note_long(key, i, doc)
        yield Entry(key, i, doc)
        i += 1
        if r.expect(",]") == "]":
            return


def _dupe(key: str) -> _Strict:
    try:
        _no_dupes([(key, None), (key, None)])
    except _Strict as exc:
        return exc
    raise AssertionError  # pragma: no cover


def _too_long(r: _Reader) -> NumberTooLong:
    """The error :func:`interchange._too_long` gives for the same file."""
    assert r.first_long is not None
    key, i, value = r.first_long
    path: list[str | int] = _path_of(value, r.long[0]) or []
    record_id = "-"
    if i is not None:
        record_id = str((value.get("id") if isinstance(value, dict) else None) or f"{key}[{i}]")[:80]
        rest = path
    else:
        rest = [key, *path]
        if isinstance(r.top_id, str):
            record_id = r.top_id[:80]
    field = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in rest).lstrip(".") or "-"
    return NumberTooLong(path=r.where, record_id=record_id, field=field[:120], limit=MAX_INT_DIGITS)


def iter_interchange(path: Path | str, limit: int = MAX_FILE_BYTES) -> Iterator[Entry]:
    """Each top-level entry of the import file ``path``, list items one at a time (see the module)."""
    where = str(path)
    with open_outside(path, limit=min(limit, MAX_FILE_BYTES)) as fh:
        check_utf8(fh, where)
        fh.seek(0)
        text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
        r = _Reader(text, where)
        try:
            if r.peek() != "{":
                raise _Skeleton
            yield from _entries(r)
        except _Skeleton:
            # The error path only: the whole-file parser names the fault exactly as before.
            text.detach()
            fh.seek(0)
            data = parse_json_bytes(read_capped(fh, min(limit, MAX_FILE_BYTES), where), where)
            if not isinstance(data, dict):  # what import_dataset says of such a file
                problem = Problem("-", "(file)", "the top level must be a JSON object")
                raise ValidationError([problem]) from None
            raise InputFileError(path=where, reason="not valid JSON") from None
        if r.long:
            raise _too_long(r)
