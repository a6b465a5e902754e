"""Dotted field paths as the core writes them: ``defendants[0].person_id``."""

from __future__ import annotations

import re
from typing import Any

from fielddoc.gui.widgets.common import EMPTY

Key = str | int
_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def parse(path: str) -> tuple[Key, ...]:
    """'a.b[2].c' -> ('a', 'b', 2, 'c'); unparsable parts are dropped."""
    out: list[Key] = []
    for name, index in _TOKEN.findall(path or ""):
        out.append(int(index) if index else name)
    return tuple(out)


def render(keys: tuple[Key, ...]) -> str:
    text = ""
    for k in keys:
        if isinstance(k, int):
            text += f"[{k}]"
        else:
            text += f".{k}" if text else k
    return text


def get(doc: Any, keys: tuple[Key, ...], default: Any = EMPTY) -> Any:
    cur = doc
    for k in keys:
        if isinstance(k, int):
            if not isinstance(cur, list) or k >= len(cur):
                return default
            cur = cur[k]
        else:
            if not isinstance(cur, dict) or k not in cur:
                return default
            cur = cur[k]
    return cur


def put(doc: dict[str, Any], keys: tuple[Key, ...], value: Any) -> None:
    """Set ``value`` at ``keys`` (dict keys only below the top), creating objects on the way.

    ``EMPTY`` removes the key, and then any object it leaves empty that this
    call would otherwise have had to create.
    """
    if value is EMPTY:
        _remove(doc, keys)
        return
    cur: Any = doc
    for k in keys[:-1]:
        nxt = cur.get(k) if isinstance(cur, dict) else None
        if not isinstance(nxt, dict):
            nxt = {}
            cur[k] = nxt
        cur = nxt
    cur[keys[-1]] = value


def _remove(doc: dict[str, Any], keys: tuple[Key, ...]) -> None:
    trail: list[tuple[dict[str, Any], Key]] = []
    cur: Any = doc
    for k in keys[:-1]:
        if not isinstance(cur, dict) or not isinstance(cur.get(k), dict):
            return
        trail.append((cur, k))
        cur = cur[k]
    if isinstance(cur, dict):
        cur.pop(keys[-1], None)
    # Drop objects the removal left empty.
    while trail and isinstance(cur, dict) and not cur:
        parent, k = trail.pop()
        parent.pop(k, None)
        cur = parent


def is_prefix(prefix: tuple[Key, ...], keys: tuple[Key, ...]) -> bool:
    return len(prefix) <= len(keys) and keys[: len(prefix)] == prefix
