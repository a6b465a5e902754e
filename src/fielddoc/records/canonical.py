"""Canonical JSON and the hashes that chain revisions and the audit log.

Specified in docs/spec/canonical-json.md and docs/spec/hashes.md (version 2, RFC 8785
canonical JSON, written since FieldDoc 0.2; version 1, the legacy encoding of 0.1.0,
still verifies). tests/test_spec_vectors.py checks this module against the vectors.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from fielddoc.records import jcs
from fielddoc.records.jcs import CanonicalJSONError

__all__ = [
    "GENESIS",
    "HASH_VERSIONS",
    "CanonicalJSONError",
    "audit_hash",
    "audit_version",
    "canonical",
    "canonical_v1",
    "dumps",
    "dumps_v1",
    "revision_hash",
    "revision_version",
    "sha256_hex",
]

#: Hash versions, newest first: 2 = RFC 8785 canonical JSON, 1 = legacy (FieldDoc 0.1.0).
HASH_VERSIONS = (2, 1)
CURRENT = 2


def canonical(value: Any) -> bytes:
    """RFC 8785 (JCS) canonical JSON, UTF-8 (docs/spec/canonical-json.md)."""
    return jcs.encode(value)


def canonical_v1(value: Any) -> bytes:
    """The legacy canonical JSON of FieldDoc 0.1.0 (docs/spec/canonical-json.md §Legacy)."""
    return jcs.encode_v1(value)


def dumps(value: Any) -> str:
    return canonical(value).decode("utf-8")


def dumps_v1(value: Any) -> str:
    return canonical_v1(value).decode("utf-8")


_ENCODERS: dict[int, Callable[[Any], bytes]] = {1: canonical_v1, 2: canonical}


def encoder(v: int) -> Callable[[Any], bytes]:
    """The canonical JSON encoding of hash version ``v``."""
    return _ENCODERS[v]


# JSON string literal of a str: identical in both versions (docs/spec/canonical-json.md).
_str = jcs._quote


def _s(value: str | None) -> str:
    return "null" if value is None else _str(value)


def _plain(*values: object) -> bool:
    """True if every value is exactly a str or None (the fast paths below encode only those)."""
    for v in values:
        if v is not None and type(v) is not str:
            return False
    return True


def _small(n: object) -> bool:
    return type(n) is int and -jcs.MAX_SAFE_INTEGER <= n <= jcs.MAX_SAFE_INTEGER


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


#: The prev_hash of the first audit entry: 64 ASCII zeros.
GENESIS = "0" * 64


def revision_header(
    *,
    record_id: str,
    kind: str,
    revision: int,
    parent_hash: str | None,
    op: str,
    device_id: str,
    author: str,
    at: str,
    v: int = CURRENT,
) -> bytes:
    """The header line of a revision hash: canonical JSON of the revision's fields and "v"."""
    if v in HASH_VERSIONS and _small(revision) and _plain(
        record_id, kind, parent_hash, op, device_id, author, at
    ):
        # Exactly canonical() / canonical_v1() of the dict below (ASCII keys, strings and a
        # safe integer encode identically in both), without building it.
        return (
            f'{{"at":{_str(at)},"author":{_str(author)},"device_id":{_str(device_id)},'
            f'"kind":{_str(kind)},"op":{_str(op)},"parent":{_s(parent_hash)},'
            f'"record_id":{_str(record_id)},"revision":{int.__repr__(revision)},"v":{v}}}'
        ).encode()
    return encoder(v)(
        {
            "v": v,
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
    v: int = CURRENT,
) -> str:
    """Hash of one revision; covers its parent, so each record's history is a chain.

    SHA-256(header ‖ 0x0A ‖ document bytes), where ``doc_json`` is the document's
    canonical JSON of the same version ``v`` (docs/spec/hashes.md §Revision hash).
    """
    head = revision_header(
        record_id=record_id, kind=kind, revision=revision, parent_hash=parent_hash, op=op,
        device_id=device_id, author=author, at=at, v=v,
    )
    return sha256_hex(head + b"\n" + doc_json.encode("utf-8"))


def revision_version(expected: str, *, doc_json: str, **fields: Any) -> int | None:
    """The hash version under which a stored revision (document text as stored) has ``expected``.

    None if neither version gives it (the revision was altered).
    """
    for v in HASH_VERSIONS:
        try:
            if revision_hash(doc_json=doc_json, v=v, **fields) == expected:
                return v
        except (CanonicalJSONError, UnicodeEncodeError):
            continue
    return None


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
    v: int = CURRENT,
) -> str:
    """Hash of one audit entry, chained to the previous entry's hash (docs/spec/hashes.md §Audit)."""
    if v in HASH_VERSIONS and _small(seq) and _plain(
        prev_hash, at, device_id, actor, action, record_id, revision_hash, detail
    ):
        # Exactly canonical() / canonical_v1() of the dict below, without building it.
        text = (
            f'{{"action":{_s(action)},"actor":{_s(actor)},"at":{_s(at)},"detail":{_s(detail)},'
            f'"device_id":{_s(device_id)},"prev":{_s(prev_hash)},"record_id":{_s(record_id)},'
            f'"revision_hash":{_s(revision_hash)},"seq":{int.__repr__(seq)},"v":{v}}}'
        )
        return sha256_hex(text.encode("utf-8"))
    return sha256_hex(
        encoder(v)(
            {
                "v": v,
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


def audit_version(expected: str, **fields: Any) -> int | None:
    """The hash version under which an audit entry has ``expected``; None if altered."""
    for v in HASH_VERSIONS:
        try:
            if audit_hash(v=v, **fields) == expected:
                return v
        except (CanonicalJSONError, UnicodeEncodeError):
            continue
    return None
