"""The vault header: everything needed to turn a passphrase into the data key.

Layout (all integers big-endian)::

    0   8  magic  b"FDVAULT\\0"
    8   2  major version   (an unknown major is refused)
    10  2  minor version   (newer minors are readable)
    12  4  body length N   (bounded)
    16  N  body: canonical JSON (algorithm ids, Argon2id parameters and salt,
           wrap nonce, passphrase check value, vault id, options)
    16+N 48  the 32-byte data key wrapped with AES-256-GCM (ciphertext||tag)
    64+N 32  SHA-256 of every byte before it

The key-encryption key (KEK) is Argon2id(passphrase, salt, params). The wrap
uses bytes 0..16+N as associated data, so any change to the algorithm ids,
parameters or options makes unwrapping fail. The trailing SHA-256 (no key)
catches accidental damage before the (slow) KDF runs; an edited header with a
recomputed checksum is caught by the associated data, the parameter caps of
:func:`decode` (before the KDF) and the last-good-header check of
:mod:`fielddoc.store.header_io`, which also reads and writes the file. The check value
``HMAC-SHA256(KEK, "fielddoc/v1/passphrase-check")[:16]`` tells a wrong
passphrase apart from a deliberately altered header: it gives an attacker no
shortcut, since testing a guess costs the same Argon2id run either way.
See docs/vault-format.md.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fielddoc.crypto import kdf
from fielddoc.errors import HeaderCorrupt, UnsupportedVersion, WrongPassphrase

MAGIC = b"FDVAULT\x00"
MAJOR = 1
MINOR = 0
MAX_BODY = 16 * 1024
WRAPPED_LEN = 32 + 16
DIGEST_LEN = 32
PREFIX = struct.Struct(">8sHHI")

KDF_ALG = "argon2id"
WRAP_ALG = "aes-256-gcm"
DB_ALG = "sqlcipher4-raw-key/hkdf-sha256"
ATTACHMENT_ALG = "fdat1/aes-256-gcm-stream"
_CHECK_LABEL = b"fielddoc/v1/passphrase-check"


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: Any, n: int) -> bytes:
    if not isinstance(s, str):
        raise ValueError("not a string")
    raw = base64.b64decode(s, validate=True)
    if len(raw) != n:
        raise ValueError("wrong length")
    return raw


@dataclass(frozen=True)
class VaultHeader:
    params: kdf.KdfParams
    salt: bytes
    nonce: bytes
    check: bytes
    wrapped_key: bytes
    vault_id: str
    created_at: str
    wipe_after: int | None = None
    major: int = MAJOR
    minor: int = MINOR
    extra: dict[str, Any] = field(default_factory=dict)

    # -- encoding -------------------------------------------------------------
    def body(self) -> bytes:
        doc = dict(self.extra)
        doc.update(
            {
                "kdf": {
                    "alg": KDF_ALG,
                    "memory_kib": self.params.memory_kib,
                    "iterations": self.params.iterations,
                    "lanes": self.params.lanes,
                    "salt": _b64(self.salt),
                },
                "wrap": {"alg": WRAP_ALG, "nonce": _b64(self.nonce)},
                "check": _b64(self.check),
                "db": DB_ALG,
                "attachments": ATTACHMENT_ALG,
                "vault_id": self.vault_id,
                "created_at": self.created_at,
                "wipe_after": self.wipe_after,
            }
        )
        return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def associated_data(self) -> bytes:
        body = self.body()
        return PREFIX.pack(MAGIC, self.major, self.minor, len(body)) + body

    def encode(self) -> bytes:
        head = self.associated_data() + self.wrapped_key
        return head + hashlib.sha256(head).digest()

    # -- key handling ---------------------------------------------------------
    def unwrap(self, passphrase: str) -> bytes:
        """Return the data key, or raise WrongPassphrase / HeaderCorrupt."""
        kek = kdf.derive(passphrase, self.salt, self.params)
        if not hmac.compare_digest(_check_value(kek), self.check):
            raise WrongPassphrase()
        try:
            return AESGCM(kek).decrypt(self.nonce, self.wrapped_key, self.associated_data())
        except InvalidTag:
            raise HeaderCorrupt(path="vault.hdr") from None


def _check_value(kek: bytes) -> bytes:
    return hmac.new(kek, _CHECK_LABEL, hashlib.sha256).digest()[:16]


def wrap(
    data_key: bytes,
    passphrase: str,
    params: kdf.KdfParams,
    *,
    vault_id: str | None = None,
    created_at: str | None = None,
    wipe_after: int | None = None,
) -> VaultHeader:
    """Build a header wrapping ``data_key`` under a fresh salt and nonce."""
    if not params.sane():
        raise ValueError("unreasonable KDF parameters")
    salt = kdf.new_salt()
    kek = kdf.derive(passphrase, salt, params)
    header = VaultHeader(
        params=params,
        salt=salt,
        nonce=os.urandom(12),
        check=_check_value(kek),
        wrapped_key=b"",
        vault_id=vault_id or str(uuid.uuid4()),
        created_at=created_at or datetime.now(UTC).isoformat(timespec="seconds"),
        wipe_after=wipe_after,
    )
    wrapped = AESGCM(kek).encrypt(header.nonce, data_key, header.associated_data())
    return replace(header, wrapped_key=wrapped)


def decode(raw: bytes, path: Path | str = "vault.hdr") -> VaultHeader:
    """Parse and check a header file's bytes (structure and checksum, not the key)."""
    where = str(path)
    if len(raw) < PREFIX.size + WRAPPED_LEN + DIGEST_LEN or not raw.startswith(MAGIC):
        raise HeaderCorrupt(path=where)
    magic, major, minor, body_len = PREFIX.unpack_from(raw)
    if body_len > MAX_BODY or len(raw) != PREFIX.size + body_len + WRAPPED_LEN + DIGEST_LEN:
        raise HeaderCorrupt(path=where)
    if not hmac.compare_digest(hashlib.sha256(raw[:-DIGEST_LEN]).digest(), raw[-DIGEST_LEN:]):
        raise HeaderCorrupt(path=where)
    if major != MAJOR:
        raise UnsupportedVersion(major=major, minor=minor)
    body = raw[PREFIX.size : PREFIX.size + body_len]
    try:
        doc = json.loads(body.decode("utf-8"), parse_constant=_not_json)
        k = doc.pop("kdf")
        w = doc.pop("wrap")
        if k.pop("alg") != KDF_ALG or w.pop("alg") != WRAP_ALG:
            raise ValueError("algorithm")
        if doc.pop("db") != DB_ALG or doc.pop("attachments") != ATTACHMENT_ALG:
            raise ValueError("algorithm")
        params = kdf.KdfParams(
            memory_kib=_int(k.pop("memory_kib")),
            iterations=_int(k.pop("iterations")),
            lanes=_int(k.pop("lanes")),
        )
        if not params.sane():
            raise ValueError("kdf parameters")
        wipe_after = doc.pop("wipe_after")
        if wipe_after is not None:
            wipe_after = _int(wipe_after)
        header = VaultHeader(
            params=params,
            salt=_unb64(k.pop("salt"), kdf.SALT_BYTES),
            nonce=_unb64(w.pop("nonce"), 12),
            check=_unb64(doc.pop("check"), 16),
            wrapped_key=raw[PREFIX.size + body_len : -DIGEST_LEN],
            vault_id=str(doc.pop("vault_id")),
            created_at=str(doc.pop("created_at")),
            wipe_after=wipe_after,
            major=major,
            minor=minor,
            extra=doc,
        )
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise HeaderCorrupt(path=where) from None
    if header.body() != body:  # not canonical: someone edited it
        raise HeaderCorrupt(path=where)
    return header


def _not_json(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # NaN, Infinity: Python's json reads them, the spec does not


def _int(v: Any) -> int:
    if not isinstance(v, int) or isinstance(v, bool):
        raise ValueError("not an integer")
    return v
