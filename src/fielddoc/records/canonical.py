"""Canonical JSON and the hashes that chain revisions and the audit log."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical(value: Any) -> bytes:
    """Deterministic UTF-8 JSON: sorted keys, no spaces, no NaN."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def dumps(value: Any) -> str:
    return canonical(value).decode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


GENESIS = "0" * 64


def revision_hash(
    *,
    record_id: str,
    kind: str,
    revision: int,
    parent_hash: str | None,
    op: str,
    device_id: str,
    author: str,
    at: str,
    doc_json: str,
) -> str:
    """Hash of one revision; covers its parent, so each record's history is a chain."""
    head = canonical(
        {
            "v": 1,
            "record_id": record_id,
            "kind": kind,
            "revision": revision,
            "parent": parent_hash,
            "op": op,
            "device_id": device_id,
            "author": author,
            "at": at,
        }
    )
    return sha256_hex(head + b"\n" + doc_json.encode("utf-8"))


def audit_hash(
    *,
    prev_hash: str,
    seq: int,
    at: str,
    device_id: str,
    actor: str,
    action: str,
    record_id: str | None,
    revision_hash: str | None,
    detail: str,
) -> str:
    """Hash of one audit entry, chained to the previous entry's hash."""
    return sha256_hex(
        canonical(
            {
                "v": 1,
                "prev": prev_hash,
                "seq": seq,
                "at": at,
                "device_id": device_id,
                "actor": actor,
                "action": action,
                "record_id": record_id,
                "revision_hash": revision_hash,
                "detail": detail,
            }
        )
    )
