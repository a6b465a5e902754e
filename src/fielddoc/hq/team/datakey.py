"""HQ's data key K, the importer key KI, and how they are wrapped.

* K (32 random bytes) wraps every HQ attachment file's key (and is meant to wrap record
  documents, revisions and audit entries at the next stage).
* KI (32 random bytes) encrypts the *escrow*: HQ's age identities and Ed25519 signing keys.
  Only members whose role may sign (admin, importer) receive KI.
* A member's *key blob* (``{"k", "ki", "generation"}``) is age-encrypted to that member's own
  X25519 recipient; a pending invitation holds it under AES-256-GCM with a key derived from the
  invitation's one-time secret, bound to the member id.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fielddoc.bundle import age
from fielddoc.errors import IntegrityError

INVITE_INFO = b"fielddoc/v1/hq-invite"
ESCROW_AD = b"fielddoc/v1/hq-escrow\x00"


@dataclass(frozen=True)
class KeyBlob:
    k: bytes
    ki: bytes | None
    generation: int

    def encode(self) -> bytes:
        return json.dumps(
            {"k": self.k.hex(), "ki": self.ki.hex() if self.ki else None, "generation": self.generation},
            sort_keys=True,
        ).encode("ascii")

    @classmethod
    def decode(cls, raw: bytes) -> KeyBlob:
        try:
            d = json.loads(raw)
            k = bytes.fromhex(d["k"])
            ki = bytes.fromhex(d["ki"]) if d.get("ki") else None
            gen = int(d["generation"])
        except (ValueError, KeyError, TypeError):
            raise IntegrityError(detail="a member's key blob is malformed") from None
        if len(k) != 32 or (ki is not None and len(ki) != 32):
            raise IntegrityError(detail="a member's key blob is malformed")
        return cls(k, ki, gen)


def new_key() -> bytes:
    return secrets.token_bytes(32)


def wrap_to_member(blob: KeyBlob, recipient: str) -> bytes:
    return age.encrypt_bytes(blob.encode(), recipient)


def unwrap_as_member(wrapped: bytes, identity: str) -> KeyBlob:
    try:
        return KeyBlob.decode(age.decrypt_bytes(bytes(wrapped), identity))
    except IntegrityError:
        raise
    except Exception:  # noqa: BLE001 - any age failure: this credential does not open it
        raise IntegrityError(detail="this member's key does not open its HQ key wrap") from None


def _invite_key(secret: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=INVITE_INFO).derive(secret)


def wrap_for_invitation(blob: KeyBlob, secret: bytes, member_id: str) -> bytes:
    nonce = secrets.token_bytes(12)
    return nonce + AESGCM(_invite_key(secret)).encrypt(nonce, blob.encode(), member_id.encode("ascii"))


def unwrap_invitation(wrapped: bytes, secret: bytes, member_id: str) -> KeyBlob:
    raw = bytes(wrapped)
    try:
        plain = AESGCM(_invite_key(secret)).decrypt(raw[:12], raw[12:], member_id.encode("ascii"))
    except (InvalidTag, ValueError):
        raise IntegrityError(detail="the invitation's secret does not open its key wrap") from None
    return KeyBlob.decode(plain)


def seal_escrow(ki: bytes, hq_id: str, escrow: dict[str, Any]) -> bytes:
    nonce = secrets.token_bytes(12)
    body = json.dumps(escrow, sort_keys=True).encode("ascii")
    return nonce + AESGCM(ki).encrypt(nonce, body, ESCROW_AD + hq_id.encode("ascii"))


def open_escrow(ki: bytes, hq_id: str, sealed: bytes) -> dict[str, Any]:
    raw = bytes(sealed)
    try:
        body = AESGCM(ki).decrypt(raw[:12], raw[12:], ESCROW_AD + hq_id.encode("ascii"))
    except (InvalidTag, ValueError):
        raise IntegrityError(detail="HQ's key escrow does not open with this importer key") from None
    data = json.loads(body)
    if not isinstance(data, dict):
        raise IntegrityError(detail="HQ's key escrow is malformed")
    return data
