"""Strict, streaming reader of the age ASCII armor (PEM "AGE ENCRYPTED FILE").

Accepted, per the spec (RFC 7468 strict encoding) and the C2SP test vectors:

* optional whitespace before the BEGIN line (ending at a line end) and after
  the END line, at most 1 KiB each;
* ``-----BEGIN AGE ENCRYPTED FILE-----`` then LF or CRLF; that line ending
  is then required on every line (the END line may lack it at end of file);
* no PEM headers, no blank lines; every base64 line has exactly 64 columns
  except the last one, which has 4 to 64 columns and may carry ``=`` padding;
  base64 must be canonical; zero data lines is allowed (empty content);
* ``-----END AGE ENCRYPTED FILE-----``.

Anything else raises :class:`AgeArmorError`. Memory use is bounded: text is
decoded in blocks of at most ~66 KiB as the consumer reads.
"""

from __future__ import annotations

import binascii

from fielddoc.bundle.age_errors import AgeArmorError
from fielddoc.bundle.age_format import COLUMNS, Source

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
WHITESPACE = b" \t\r\n\v\f"
MAX_WHITESPACE = 1024
_LINES_PER_BLOCK = 1024

_BEFORE, _DATA, _AFTER_FINAL, _DONE = range(4)


def _fail(detail: str) -> AgeArmorError:
    return AgeArmorError(detail=detail)


class ArmorReader:
    """File-like ``read(n)`` over the decoded content of an armored age file."""

    def __init__(self, source: Source) -> None:
        self._src = source
        self._text = b""
        self._pos = 0  # start of the unread text (slow path)
        self._text_eof = False
        self._out = bytearray()
        self._state = _BEFORE
        self._eol = b"\n"
        self._block = (COLUMNS + 2) * _LINES_PER_BLOCK

    def read(self, size: int = -1, /) -> bytes:
        while (size < 0 or len(self._out) < size) and self._state != _DONE:
            if self._state == _BEFORE:
                self._begin()
            else:
                self._step()
        if size < 0:
            size = len(self._out)
        out = bytes(self._out[:size])
        del self._out[:size]
        return out

    def _fill(self) -> None:
        if self._pos:
            self._text = self._text[self._pos :]
            self._pos = 0
        if not self._text_eof and len(self._text) < self._block:
            more = self._src.read_exact(self._block)
            if len(more) < self._block:
                self._text_eof = True
            self._text += more

    def _begin(self) -> None:
        head = self._src.peek(MAX_WHITESPACE + len(BEGIN) + 2)
        skip = len(head) - len(head.lstrip(WHITESPACE))
        if skip > MAX_WHITESPACE:
            raise _fail("too much whitespace before the BEGIN line")
        if skip and head[skip - 1 : skip] != b"\n":
            raise _fail("unexpected text before the BEGIN line")
        rest = head[skip:]
        if rest.startswith(BEGIN + b"\r\n"):
            self._eol = b"\r\n"
        elif rest.startswith(BEGIN + b"\n"):
            self._eol = b"\n"
        else:
            raise _fail("the BEGIN line is missing or malformed")
        self._src.read_exact(skip + len(BEGIN) + len(self._eol))
        self._state = _DATA

    def _step(self) -> None:
        self._fill()
        if self._state == _DATA and self._fast_path():
            return
        # Slow path, line by line, over what is buffered: in a valid file only the
        # last block (short final line, END line) gets here.
        self._one_line()
        while self._state != _DONE and self._text.find(b"\n", self._pos) >= 0:
            self._one_line()

    def _fast_path(self) -> bool:
        """Decode a run of full 64-column lines at once; False if the run is not clean."""
        eol = self._eol
        width = COLUMNS + len(eol)
        count = len(self._text) // width
        if count == 0:
            return False
        region = self._text[: count * width]
        if region[COLUMNS::width] != eol[:1] * count or region.count(b"\n") != count:
            return False
        if len(eol) == 2:
            if region[COLUMNS + 1 :: width] != b"\n" * count or region.count(b"\r") != count:
                return False
        text = region.replace(eol, b"")
        if b"=" in text:
            return False  # a padded 64-column line is a final line: slow path
        try:
            self._out += binascii.a2b_base64(text, strict_mode=True)
        except binascii.Error:
            return False
        self._pos = count * width
        return True

    def _one_line(self) -> None:
        text, pos = self._text, self._pos
        newline = text.find(b"\n", pos)
        if newline < 0:
            if not self._text_eof:
                raise _fail("a line is too long")
            if pos >= len(text):
                raise _fail("the END line is missing")
            line, self._pos, ended = text[pos:], len(text), False
        else:
            line, self._pos, ended = text[pos : newline + 1], newline + 1, True
        if ended:
            if not line.endswith(self._eol):
                raise _fail("inconsistent line endings")
            line = line[: -len(self._eol)]
        if b"\r" in line:
            raise _fail("inconsistent line endings")
        if line == END:
            self._end()
            return
        if not ended:
            raise _fail("the END line is missing")
        if self._state == _AFTER_FINAL:
            raise _fail("a short line is not followed by the END line")
        if len(line) == COLUMNS and b"=" not in line:
            self._out += self._decode(line)
        elif 4 <= len(line) <= COLUMNS and len(line) % 4 == 0:
            raw = self._decode(line)
            if binascii.b2a_base64(raw, newline=False) != line:
                raise _fail("the base64 is not canonical")
            self._out += raw
            self._state = _AFTER_FINAL
        elif not line:
            raise _fail("unexpected empty line")
        elif len(line) > COLUMNS:
            raise _fail("a line is longer than 64 columns")
        else:
            raise _fail("a line has a bad length (missing padding?)")

    @staticmethod
    def _decode(line: bytes) -> bytes:
        try:
            return binascii.a2b_base64(line, strict_mode=True)
        except binascii.Error:
            raise _fail("invalid base64 character or padding") from None

    def _end(self) -> None:
        rest = self._text[self._pos :]
        if len(rest) <= MAX_WHITESPACE:
            rest += self._src.read_exact(MAX_WHITESPACE + 1 - len(rest))
        if rest.strip(WHITESPACE):
            raise _fail("unexpected data after the END line")
        if len(rest) > MAX_WHITESPACE:
            raise _fail("too much whitespace after the END line")
        self._text = b""
        self._pos = 0
        self._state = _DONE
