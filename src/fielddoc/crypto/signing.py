"""Ed25519 device and HQ signing keys."""

from __future__ import annotations

import base64
import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

_RAW = serialization.Encoding.Raw


def generate() -> tuple[bytes, bytes]:
    """A new key pair as raw bytes (private 32, public 32)."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return private, public_of(private)


def public_of(private: bytes) -> bytes:
    key = Ed25519PrivateKey.from_private_bytes(private)
    return key.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)


def sign(private: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(message)


def verify(public: bytes, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def key_id(public: bytes) -> str:
    """A short, stable id for a public key: ``dev-`` + 20 base32 characters."""
    digest = hashlib.sha256(b"fielddoc/v1/key-id\x00" + public).digest()[:12]
    return "dev-" + base64.b32encode(digest).decode("ascii").rstrip("=").lower()


def fingerprint(public: bytes) -> str:
    """A human-comparable fingerprint: 8 groups of 4 base32 characters."""
    digest = hashlib.sha256(b"fielddoc/v1/fingerprint\x00" + public).digest()[:20]
    s = base64.b32encode(digest).decode("ascii")
    return " ".join(s[i : i + 4] for i in range(0, 32, 4))
