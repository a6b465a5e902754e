"""Counting the expensive work a refusal does (tests count work, never seconds).

``count_age_work(monkeypatch)`` wraps the age decryptor's primitives: scrypt (FieldDoc never runs
it), the X25519 key agreements tried on a header's stanzas, and every ChaCha20-Poly1305 opening
(stanza bodies and payload chunks); it also notes the headers the decryptor parsed.
``CryptoWork.within(keys, size)`` says whether that work stayed within what one honest pass over a
file of ``size`` bytes needs: its header read once, no scrypt, at most one key agreement per
(X25519 stanza, key), and at most two openings per 64 KiB payload chunk (a misplaced last-chunk
flag is tried both ways).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf import scrypt as crypto_scrypt

from fielddoc.bundle import age


@dataclass
class CryptoWork:
    scrypt: int = 0
    unwraps: int = 0  # X25519 key agreements (one HKDF each)
    openings: int = 0  # ChaCha20-Poly1305 decryptions
    headers: int = 0  # headers read by the decryptor
    x25519_stanzas: int = 0  # X25519 stanzas in those headers

    def bound(self, keys: int, size: int) -> int:
        """The most openings one honest pass over a file of ``size`` bytes needs."""
        chunks = size // age.CHUNK_SIZE + 1
        return self.x25519_stanzas * keys + 2 * chunks

    def within(self, keys: int, size: int) -> bool:
        return (self.scrypt == 0 and self.headers <= 1 and self.unwraps <= self.x25519_stanzas * keys
                and self.openings <= self.bound(keys, size))


def count_age_work(monkeypatch: Any) -> CryptoWork:
    work = CryptoWork()
    real_aead, real_hkdf, real_read_header = age.ChaCha20Poly1305, age._hkdf, age.read_header
    real_hashlib_scrypt, real_scrypt = hashlib.scrypt, crypto_scrypt.Scrypt

    class CountingAEAD:
        def __init__(self, key: bytes) -> None:
            self._inner = real_aead(key)

        def decrypt(self, nonce: bytes, data: bytes, aad: bytes | None) -> bytes:
            work.openings += 1
            return self._inner.decrypt(nonce, data, aad)

        def encrypt(self, nonce: bytes, data: bytes, aad: bytes | None) -> bytes:
            return self._inner.encrypt(nonce, data, aad)

    def hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
        if info == age._X25519_INFO:
            work.unwraps += 1
        return real_hkdf(ikm, salt, info)

    def read_header(source: Any) -> Any:
        header = real_read_header(source)
        work.headers += 1
        work.x25519_stanzas += sum(1 for s in header.stanzas if s.type == "X25519")
        return header

    def hashlib_scrypt(*args: Any, **kwargs: Any) -> bytes:
        work.scrypt += 1
        return real_hashlib_scrypt(*args, **kwargs)

    def scrypt_kdf(*args: Any, **kwargs: Any) -> Any:
        work.scrypt += 1
        return real_scrypt(*args, **kwargs)

    monkeypatch.setattr(age, "ChaCha20Poly1305", CountingAEAD)
    monkeypatch.setattr(age, "_hkdf", hkdf)
    monkeypatch.setattr(age, "read_header", read_header)
    monkeypatch.setattr(hashlib, "scrypt", hashlib_scrypt)
    monkeypatch.setattr(crypto_scrypt, "Scrypt", scrypt_kdf)
    return work
