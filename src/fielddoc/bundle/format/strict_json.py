"""Strict JSON for manifests and record entries: UTF-8, no duplicate keys, no NaN or Infinity, no
lone surrogates, bounded nesting."""

from __future__ import annotations

import json
import re
from typing import Any

from fielddoc.bundle.errors import MalformedContent, NotUnicode


# -- strict JSON ----------------------------------------------------------------
class _Dup(Exception):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):  # a key appeared twice: name the first one repeated
        seen: set[str] = set()
        for k, _ in pairs:
            if k in seen:
                raise _Dup(k)
            seen.add(k)
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


#: What json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constant) builds on every call.
_DECODER = json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=_no_constant)


#: A JSON escape of a UTF-16 surrogate: the only way JSON text can carry a lone one.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_PLAIN_KEY = re.compile(r"[a-z_]{1,40}")


def _lone_surrogate_at(value: Any) -> str | None:
    """Where ``value`` holds a lone surrogate: "" (the value itself), a top-level key, or None."""
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        node, top = stack.pop()
        if isinstance(node, str):
            if _SURROGATE.search(node):
                return top
        elif isinstance(node, dict):
            for k, v in node.items():
                here = top or (k if isinstance(k, str) and _PLAIN_KEY.fullmatch(k) else "")
                if _SURROGATE.search(k):
                    return here
                stack.append((v, here))
        elif isinstance(node, list):
            stack.extend((v, top) for v in node)
    return None


def parse_json(raw: bytes, record_id: str, field: str) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN/Infinity, no lone surrogates; bounded nesting."""
    value = _parse_json(raw, record_id, field)
    if _SURROGATE_ESCAPE.search(raw):  # rare: honest writers put characters, not escapes
        at = _lone_surrogate_at(value)
        if at is not None:
            raise NotUnicode(record_id=record_id, field=f"{field}.{at}" if at else field)
    return value


def _parse_json(raw: bytes, record_id: str, field: str) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedContent(
            record_id=record_id, field=field, problem=f"not valid UTF-8 (byte {exc.start})"
        ) from None
    try:
        return _DECODER.decode(text)
    except _Dup as exc:
        raise MalformedContent(
            record_id=record_id, field=field, problem=f"the key '{str(exc)[:40]}' appears twice in one object"
        ) from None
    except RecursionError:
        raise MalformedContent(record_id=record_id, field=field, problem="nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError and parse_constant
        msg = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        raise MalformedContent(
            record_id=record_id, field=field, problem=f"not valid JSON ({msg[:80]})"
        ) from None
