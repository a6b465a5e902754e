"""age v1 wire format: canonical base64, the strict header parser, buffered input.

Grammar (C2SP age.md, "ABNF definition of file header")::

    header    = v1-line 1*stanza end
    v1-line   = "age-encryption.org/v1" LF
    end       = "--- " 43base64char LF
    stanza    = arg-line *full-line final-line
    arg-line  = "-> " argument *(SP argument) LF      ; argument = 1*VCHAR
    full-line = 64base64char LF
    final-line = *63base64char LF                      ; MAY be empty, MUST exist

On top of the grammar, stanzas of the recipient types the spec defines are
checked the way any identity of that type would check them (argument count,
canonical base64 and length of every argument, 32-byte body, scrypt alone in
the header, no low-order X25519 share), so a header that every implementation
would refuse is a header error here too, whichever identities are given.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass
from typing import NoReturn, Protocol

from fielddoc.bundle.age_errors import AgeHeaderError
from fielddoc.bundle.age_keys import is_low_order

MAX_HEADER_SIZE = 64 * 1024
MAX_STANZAS = 64
VERSION_LINE = b"age-encryption.org/v1"
_VERSION_PREFIX = b"age-encryption.org/"
COLUMNS = 64
_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_VCHAR = bytes(range(0x21, 0x7F))

#: Lengths of the base64 arguments (after the type) of the spec's recipient types.
_ARG_LENGTHS: dict[str, tuple[int, ...]] = {
    "X25519": (32,),
    "mlkem768x25519": (1120,),
    "p256tag": (4, 65),
    "mlkem768p256tag": (4, 1153),
}
#: Types defined by the spec that FieldDoc recognises but does not decrypt.
UNSUPPORTED_TYPES = frozenset({"scrypt", "mlkem768x25519", "p256tag", "mlkem768p256tag"})
_SCRYPT_MAX_LOG_N = 22  # the reference implementation's limit; we never run scrypt anyway
_SCRYPT_WORK_FACTOR = re.compile(rb"[1-9][0-9]?")


class RawReader(Protocol):
    def read(self, size: int = -1, /) -> bytes | None: ...


def b64decode_canonical(text: bytes) -> bytes:
    """Decode unpadded standard base64, refusing anything non-canonical (ValueError)."""
    if len(text) % 4 == 1 or text.translate(None, _B64_ALPHABET):
        raise ValueError("not unpadded base64")
    padded = text + b"=" * (-len(text) % 4)
    raw = binascii.a2b_base64(padded, strict_mode=True)
    if binascii.b2a_base64(raw, newline=False).rstrip(b"=") != text:
        raise ValueError("non-canonical base64")
    return raw


def b64encode_raw(data: bytes) -> bytes:
    return binascii.b2a_base64(data, newline=False).rstrip(b"=")


@dataclass(frozen=True, slots=True)
class Stanza:
    """One recipient stanza: ``-> type args...`` and its decoded body."""

    type: str
    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True, slots=True)
class Header:
    """A parsed and structurally validated age v1 header."""

    stanzas: tuple[Stanza, ...]
    mac: bytes
    #: The bytes the MAC covers: the header up to and including ``---``.
    mac_input: bytes
    #: Length of the header in bytes, including the MAC line's LF.
    size: int


def _fail(detail: str) -> NoReturn:
    raise AgeHeaderError(detail=detail)


class _Lines:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def next(self) -> bytes:
        end = self.data.find(b"\n", self.pos, MAX_HEADER_SIZE)
        if end < 0:
            if len(self.data) >= MAX_HEADER_SIZE:
                _fail("the header is larger than 64 KiB")
            _fail("the file ends inside the header")
        line = self.data[self.pos : end]
        self.pos = end + 1
        if b"\r" in line:
            _fail("a header line contains a carriage return (CRLF line ends are not allowed)")
        return line


def parse_header(data: bytes) -> Header:
    """Parse the age v1 header at the start of ``data`` (which may go on with the payload).

    Strict: anything the grammar above does not allow, or that the spec says an
    identity must reject, raises :class:`AgeHeaderError`.
    """
    data = bytes(data[: MAX_HEADER_SIZE + 1])
    if not data:
        _fail("the file is empty")
    if not data.startswith(_VERSION_PREFIX):
        _fail("this is not an age encrypted file")
    lines = _Lines(data)
    if lines.next() != VERSION_LINE:
        _fail("unsupported format version (only age-encryption.org/v1 is supported)")
    stanzas: list[Stanza] = []
    while True:
        start = lines.pos
        line = lines.next()
        if line.startswith(b"---"):
            break
        if not line.startswith(b"->"):
            _fail("unexpected line in the header")
        if len(stanzas) >= MAX_STANZAS:
            _fail(f"the header has more than {MAX_STANZAS} recipient stanzas")
        stanzas.append(_parse_stanza(line, lines))
    if line[3:4] != b" " or len(line) != 4 + 43:
        _fail("the MAC line is malformed")
    try:
        mac = b64decode_canonical(line[4:])
    except ValueError:
        _fail("the MAC is not canonical base64")
    if not stanzas:
        _fail("the header has no recipient stanza")
    _check_known_stanzas(stanzas)
    return Header(tuple(stanzas), mac, data[: start + 3], lines.pos)


def _parse_stanza(line: bytes, lines: _Lines) -> Stanza:
    if not line.startswith(b"-> "):
        _fail("a recipient stanza line is malformed")
    parts = line[3:].split(b" ")
    for part in parts:
        if not part or part.translate(None, _VCHAR):
            _fail("a recipient stanza has an empty or invalid argument")
    body = bytearray()
    while True:
        body_line = lines.next()
        if body_line.startswith(b"-"):
            _fail("a recipient stanza is missing its final short body line")
        if len(body_line) > COLUMNS:
            _fail("a recipient stanza body line is longer than 64 columns")
        try:
            body += b64decode_canonical(body_line)
        except ValueError:
            _fail("a recipient stanza body is not canonical unpadded base64")
        if len(body_line) < COLUMNS:
            break
    text = [p.decode("ascii") for p in parts]
    return Stanza(text[0], tuple(text[1:]), bytes(body))


def _check_known_stanzas(stanzas: list[Stanza]) -> None:
    for stanza in stanzas:
        kind = stanza.type
        if kind == "scrypt":
            _check_scrypt(stanza)
            if len(stanzas) != 1:
                _fail("a passphrase (scrypt) stanza must be the only stanza in the header")
            continue
        lengths = _ARG_LENGTHS.get(kind)
        if lengths is None:
            continue  # unknown types are ignored, as the spec requires
        if len(stanza.args) != len(lengths):
            _fail(f"a {kind} stanza has the wrong number of arguments")
        decoded = [_decode_arg(kind, arg, n) for arg, n in zip(stanza.args, lengths, strict=True)]
        if len(stanza.body) != 32:
            _fail(f"a {kind} stanza body is not 32 bytes long")
        if kind == "X25519":
            _check_share(kind, decoded[0])
        elif kind == "mlkem768x25519":
            _check_share(kind, decoded[0][-32:])


def _decode_arg(kind: str, arg: str, length: int) -> bytes:
    try:
        raw = b64decode_canonical(arg.encode("ascii"))
    except ValueError:
        _fail(f"a {kind} stanza argument is not canonical base64")
    if len(raw) != length:
        _fail(f"a {kind} stanza argument has the wrong length")
    return raw


def _check_share(kind: str, share: bytes) -> None:
    if is_low_order(share):
        _fail(f"a {kind} stanza has a low-order X25519 share")


def _check_scrypt(stanza: Stanza) -> None:
    if len(stanza.args) != 2:
        _fail("a scrypt stanza has the wrong number of arguments")
    _decode_arg("scrypt", stanza.args[0], 16)
    if not _SCRYPT_WORK_FACTOR.fullmatch(stanza.args[1].encode("ascii")):
        _fail("a scrypt stanza work factor is malformed or too large")
    if int(stanza.args[1]) > _SCRYPT_MAX_LOG_N:
        _fail("a scrypt stanza work factor is too large")
    if len(stanza.body) != 32:
        _fail("a scrypt stanza body is not 32 bytes long")


class Source:
    """Buffered reader: peek, exact reads, and extraction of the header bytes."""

    def __init__(self, raw: RawReader) -> None:
        self._raw = raw
        self._buf = b""
        self._eof = False

    def _read_raw(self, size: int) -> bytes:
        if self._eof:
            return b""
        data = self._raw.read(size)
        if not data:
            self._eof = True
            return b""
        return bytes(data)

    def peek(self, size: int) -> bytes:
        while len(self._buf) < size:
            more = self._read_raw(max(size - len(self._buf), 4096))
            if not more:
                break
            self._buf += more
        return self._buf[:size]

    def read_exact(self, size: int) -> bytes:
        """``size`` bytes, or fewer only at end of input."""
        if len(self._buf) >= size:
            out, self._buf = self._buf[:size], self._buf[size:]
            return out
        parts = [self._buf]
        have = len(self._buf)
        self._buf = b""
        while have < size:
            more = self._read_raw(size - have)
            if not more:
                break
            parts.append(more)
            have += len(more)
        out = b"".join(parts)
        if len(out) > size:  # a reader returned more than asked: keep the excess
            out, self._buf = out[:size], out[size:]
        return out

    def take_header(self) -> bytes:
        """Consume the bytes up to the end of the first line starting with ``---``.

        Stops early (returning what it has, which the parser then rejects) at end
        of input or once more than MAX_HEADER_SIZE bytes were buffered.
        """
        scan = 0
        while True:
            newline = self._buf.find(b"\n", scan)
            while newline >= 0:
                if self._buf.startswith(b"---", scan):
                    out, self._buf = self._buf[: newline + 1], self._buf[newline + 1 :]
                    return out
                scan = newline + 1
                newline = self._buf.find(b"\n", scan)
            if len(self._buf) > MAX_HEADER_SIZE:
                return self._buf[: MAX_HEADER_SIZE + 1]
            more = self._read_raw(4096)
            if not more:
                return self._buf
            self._buf += more


def read_header(source: Source) -> Header:
    data = source.take_header()
    header = parse_header(data)
    if header.size != len(data):  # pragma: no cover - parse_header stops at the same line
        _fail("internal error: header size mismatch")
    return header
