"""Canonical JSON and the hashes that chain revisions and the audit log."""

from __future__ import annotations

import hashlib
import json
from typing import Any

#: What ``json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
#: allow_nan=False)`` builds on every call, made once (it keeps no state between calls).
_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)


def canonical(value: Any) -> bytes:
    """Deterministic UTF-8 JSON: sorted keys, no spaces, no NaN."""
    return _ENCODER.encode(value).encode("utf-8")


def dumps(value: Any) -> str:
    return canonical(value).decode("utf-8")  # (raises on lone surrogates, as canonical() does)


# The string encoder canonical() uses (ensure_ascii=False): JSON string literal of a str.
_str = json.encoder.encode_basestring


def _s(value: str | None) -> str:
    return "null" if value is None else _str(value)


def _plain(*values: object) -> bool:
    """True if every value is exactly a str or None (the fast paths below encode only those)."""
    for v in values:
        if v is not None and type(v) is not str:
            return False
    return True


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
    if type(revision) is int and _plain(record_id, kind, parent_hash, op, device_id, author, at):
        # Exactly canonical() of the dict below (sorted keys), without building it.
        text = (
            f'{{"at":{_str(at)},"author":{_str(author)},"device_id":{_str(device_id)},'
            f'"kind":{_str(kind)},"op":{_str(op)},"parent":{_s(parent_hash)},'
            f'"record_id":{_str(record_id)},"revision":{int.__repr__(revision)},"v":1}}'
        )
        return sha256_hex(text.encode("utf-8") + b"\n" + doc_json.encode("utf-8"))
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
    if type(seq) is int and _plain(prev_hash, at, device_id, actor, action, record_id, revision_hash, detail):
        # Exactly canonical() of the dict below (sorted keys), without building it.
        text = (
            f'{{"action":{_s(action)},"actor":{_s(actor)},"at":{_s(at)},"detail":{_s(detail)},'
            f'"device_id":{_s(device_id)},"prev":{_s(prev_hash)},"record_id":{_s(record_id)},'
            f'"revision_hash":{_s(revision_hash)},"seq":{int.__repr__(seq)},"v":1}}'
        )
        return sha256_hex(text.encode("utf-8"))
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
