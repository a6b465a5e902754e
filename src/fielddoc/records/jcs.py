"""Canonical JSON: RFC 8785 (JCS), and the legacy encoding of FieldDoc 0.1.0.

Specified in docs/spec/canonical-json.md; keep both in step (tests/test_spec_vectors.py
checks this module against the vectors in tests/data/vectors/canonical-json/).

* :func:`encode` is JCS: object members sorted by the UTF-16 code units of their names,
  no insignificant white space, strings escaped as ECMAScript's JSON.stringify does,
  numbers serialised as ECMAScript's Number::toString of the IEEE 754 double.
  Refused (:class:`CanonicalJSONError`): NaN and infinities, integers outside
  ±(2**53 - 1) (they have no exact double, so two different values would share
  bytes), lone surrogates, object names that are not strings, and any other type.
* :func:`encode_v1` is the legacy encoding (``json.dumps(value, sort_keys=True,
  separators=(",", ":"), ensure_ascii=False, allow_nan=False)`` in UTF-8) that
  revision and audit hashes with ``"v": 1`` were computed over; kept so old data
  still verifies.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

#: The largest integer a JCS document may hold exactly (ECMAScript Number.MAX_SAFE_INTEGER).
MAX_SAFE_INTEGER = (1 << 53) - 1


class CanonicalJSONError(ValueError):
    """The value has no canonical JSON form (NaN, a huge integer, a lone surrogate, a non-JSON type)."""


_V1 = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)

#: JSON.stringify's string escaping is exactly Python's for ensure_ascii=False:
#: \" \\ \b \f \n \r \t, other code points below U+0020 as \u00xx (lower case hex),
#: everything else (U+007F, U+2028, non-ASCII) as itself.
_quote = json.encoder.encode_basestring


def encode_v1(value: Any) -> bytes:
    """The legacy (FieldDoc 0.1.0) canonical JSON, UTF-8."""
    try:
        return _V1.encode(value).encode("utf-8")
    except UnicodeEncodeError:
        raise CanonicalJSONError("a string holds a lone surrogate") from None


def number(value: int | float) -> str:
    """ECMAScript Number::toString (ECMA-262 Number::toString, radix 10) of an int or a float."""
    if isinstance(value, int):
        if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            return int.__repr__(value)
        raise CanonicalJSONError("an integer is outside ±(2**53 - 1)")
    if not math.isfinite(value):
        raise CanonicalJSONError("NaN and infinities have no JSON form")
    if value == 0:
        return "0"  # also -0.0
    sign = "-" if value < 0 else ""
    # repr() gives the shortest digit string that round-trips (and, among those, the
    # nearest to the value), which is what ECMAScript requires of s and k.
    mantissa, _, exp = repr(abs(value)).partition("e")
    whole, _, frac = mantissa.partition(".")
    digits = (whole + frac).lstrip("0")
    # value = 0.digits * 10**n (n as in ECMA-262: the position of the decimal point)
    n = len(whole) + (int(exp) if exp else 0)
    if whole == "0":  # 0.000ddd: the leading zeros of frac move the point left
        n = -(len(frac) - len(frac.lstrip("0")))
    digits = digits.rstrip("0") or "0"
    k = len(digits)
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * (-n) + digits
    e = n - 1
    exp_text = ("+" if e >= 0 else "-") + str(abs(e))
    if k == 1:
        return sign + digits + "e" + exp_text
    return sign + digits[0] + "." + digits[1:] + "e" + exp_text


def _utf16_key(name: str) -> bytes:
    return name.encode("utf-16-be", "surrogatepass")


def _encode(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append(_quote(value))
    elif isinstance(value, int | float):
        out.append(number(value))
    elif isinstance(value, dict):
        for k in value:
            if not isinstance(k, str):
                raise CanonicalJSONError("an object member name is not a string")
        out.append("{")
        first = True
        for k in sorted(value, key=_utf16_key):
            if not first:
                out.append(",")
            first = False
            out.append(_quote(k))
            out.append(":")
            _encode(value[k], out)
        out.append("}")
    elif isinstance(value, list | tuple):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _encode(item, out)
        out.append("]")
    else:
        raise CanonicalJSONError(f"a {type(value).__name__} is not a JSON value")


#: Output of Python's encoder that may differ from JCS: a number token with a fraction or
#: an exponent, a run of 16 digits (an integer that may exceed 2**53 - 1), or a code point
#: at or above U+E000 (where code point and UTF-16 order part). A match inside a string
#: (a time such as "09:15,1.5]" would do) only costs the slow path.
_MAYBE_DIFFERENT = re.compile(
    "[:\\[,]-?[0-9]+(?:\\.[0-9]+(?:[eE][+-]?[0-9]+)?|[eE][+-]?[0-9]+)[,\\]}]"
    "|[0-9]{16}|[\ue000-\U0010ffff]"
)


def _quick_table() -> bytes:
    """UTF-8 bytes -> digits as "0", "." and "e" kept, lead bytes of U+E000.. as "H", else " "."""
    table = bytearray(b" " * 256)
    for c in b"0123456789":
        table[c] = ord("0")
    table[ord(".")] = ord(".")
    table[ord("e")] = table[ord("E")] = ord("e")
    for c in range(0xEE, 0xF5):
        table[c] = ord("H")
    return bytes(table)


_QUICK = _quick_table()


def _surely_canonical(raw: bytes) -> bool:
    """A cheap test (C speed) that Python's output holds none of what _MAYBE_DIFFERENT looks for."""
    t = raw.translate(_QUICK)
    return not (b"H" in t or b"0000000000000000" in t or b"0." in t or b"0e" in t)


def _not_json(value: Any) -> Any:
    raise CanonicalJSONError(f"a {type(value).__name__} is not a JSON value")


_FAST = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_not_json
)


def encode(value: Any) -> bytes:
    """RFC 8785 canonical JSON of a JSON value (dict, list, str, int, float, bool, None), UTF-8.

    Object keys must be str (as in any JSON value). For the usual value (no float, no
    integer of 16 digits, no code point from U+E000) Python's C encoder already writes
    the JCS bytes; anything else takes the encoder below.
    """
    try:
        text = _FAST.encode(value)
    except (TypeError, ValueError, RecursionError):
        text = None  # NaN, a non-JSON type, ...: the slow path names the problem
    if text is not None:
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError:
            raise CanonicalJSONError("a string holds a lone surrogate") from None
        if _surely_canonical(raw) or not _MAYBE_DIFFERENT.search(text):
            return raw
    out: list[str] = []
    try:
        _encode(value, out)
    except RecursionError:
        raise CanonicalJSONError("nested too deeply") from None
    try:
        return "".join(out).encode("utf-8")
    except UnicodeEncodeError:
        raise CanonicalJSONError("a string holds a lone surrogate") from None
