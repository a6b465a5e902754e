"""Small checkers the manifest and entry parsers share; each refusal is a MalformedContent naming
the field."""

from __future__ import annotations

import re
from typing import Any

from fielddoc.bundle import age_keys
from fielddoc.bundle.age_errors import AgeError
from fielddoc.bundle.errors import MalformedContent

_HEX64 = re.compile(r"\A[0-9a-f]{64}\Z")
_FPR = re.compile(r"\A[A-Z2-7]{4}( [A-Z2-7]{4}){7}\Z")
_DEVICE = re.compile(r"\Adev-[a-z2-7]{20}\Z")
_AGE_RECIPIENT = re.compile(r"\Aage1[02-9ac-hj-np-z]{58}\Z")
_UUID = re.compile(r"\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_ISO = re.compile(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]{5,18}(Z|[+-][0-9]{2}:[0-9]{2})\Z")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


# -- small checkers ---------------------------------------------------------------
def _bad(field: str, problem: str, record_id: str = "-") -> MalformedContent:
    return MalformedContent(record_id=record_id, field=field, problem=problem)


def _age_recipient(value: Any, field: str) -> str:
    """An ``age1…`` X25519 recipient: Bech32 checksum, 32-byte key, not a low-order point."""
    text_ = _text(value, field, 62, pattern=_AGE_RECIPIENT)
    try:
        age_keys.parse_recipient(text_)
    except (AgeError, ValueError):
        raise _bad(field, "is not a valid age X25519 recipient (Bech32 checksum or key)") from None
    return text_


def _want(value: Any, kind: type, field: str, record_id: str = "-") -> Any:
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise _bad(field, "has the wrong type", record_id)
    return value


def _text(
    value: Any, field: str, max_len: int, record_id: str = "-", pattern: re.Pattern[str] | None = None
) -> str:
    _want(value, str, field, record_id)
    if not value or len(value) > max_len or _CONTROL.search(value):
        raise _bad(field, f"must be 1..{max_len} characters without control characters", record_id)
    if pattern is not None and not pattern.match(value):
        raise _bad(field, "is not in the expected format", record_id)
    return str(value)


def _int(value: Any, field: str, lo: int, hi: int, record_id: str = "-") -> int:
    _want(value, int, field, record_id)
    if not lo <= value <= hi:
        raise _bad(field, f"must be between {lo} and {hi}", record_id)
    return int(value)


def _keys(obj: dict[str, Any], required: set[str], optional: set[str], where: str) -> None:
    missing = required - obj.keys()
    if missing:
        raise _bad(f"{where}.{sorted(missing)[0]}", "is missing")
    extra = obj.keys() - required - optional
    if extra:
        raise _bad(f"{where}.{sorted(extra)[0][:40]}", "is not allowed in this format version")


def _hex64(value: Any, field: str) -> str:
    return _text(value, field, 64, pattern=_HEX64)
