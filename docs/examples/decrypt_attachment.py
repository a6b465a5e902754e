#!/usr/bin/env python3
"""Decrypt one FieldDoc attachment file (FDAT v1) without FieldDoc (docs/recovery.md §4).

Needs only Python 3.11+ and the ``cryptography`` package.

usage: decrypt_attachment.py FILE.fda WRAPPED_KEY_HEX SHA256_HEX OUT
       (the data key, 64 hex characters, is read from standard input)

FILE.fda is ``attachments/<file_id>.fda`` (``hq-files/`` at an HQ with PostgreSQL);
WRAPPED_KEY_HEX and SHA256_HEX come from that file's ``attachment_files`` row
(columns ``wrapped_key`` and ``sha256``). Format: docs/attachment-format.md.
Writes OUT (mode 0600) only if every chunk authenticates and the SHA-256 matches;
exits 1 with ``FAILED: reason`` otherwise. Every check is explicit (no ``assert``).
"""

from __future__ import annotations

import hashlib
import os
import struct
import sys

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

HEADER = 33
TAG = 16


class Failed(Exception):
    pass


def hkdf(data_key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(data_key)


def file_key(data_key: bytes, file_id: bytes, wrapped: bytes | None) -> bytes:
    if wrapped is None:  # a file written by FieldDoc 0.1.0, not yet re-encrypted
        return hkdf(data_key, b"fielddoc/v1/attachment\x00" + file_id)
    if len(wrapped) != 60:
        raise Failed("the wrapped key must be 60 bytes")
    k_wrap = hkdf(data_key, b"fielddoc/v1/attachment-wrap\x00")
    try:
        return AESGCM(k_wrap).decrypt(wrapped[:12], wrapped[12:], b"fielddoc/v1/attachment-key\x00" + file_id)
    except InvalidTag:
        raise Failed("the wrapped key does not open with this data key and file id") from None


def decrypt(data: bytes, data_key: bytes, wrapped: bytes | None) -> bytes:
    if len(data) < HEADER + TAG or data[:4] != b"FDAT" or data[4] != 1 or data[5] != 1:
        raise Failed("not an FDAT version 1 AES-256-GCM file")
    (chunk,) = struct.unpack(">I", data[6:10])
    if chunk < 1024 or chunk > 1 << 20 or chunk & (chunk - 1):
        raise Failed("invalid chunk size")
    header, file_id, prefix = data[:HEADER], data[10:26], data[26:33]
    aead = AESGCM(file_key(data_key, file_id, wrapped))
    body, out, i, pos = data[HEADER:], bytearray(), 0, 0
    while True:
        piece = body[pos : pos + chunk + TAG]
        pos += len(piece)
        last = pos >= len(body)
        if len(piece) < TAG or (last and i > 0 and len(piece) == TAG):
            raise Failed(f"chunk {i} is truncated or empty")
        nonce = prefix + struct.pack(">I", i) + (b"\x01" if last else b"\x00")
        try:
            out += aead.decrypt(nonce, piece, header)
        except InvalidTag:
            raise Failed(f"chunk {i} failed authentication") from None
        if last:
            return bytes(out)
        i += 1


def main(argv: list[str]) -> int:
    if len(argv) != 5:
        sys.stderr.write(__doc__ or "")
        return 2
    path, wrapped_hex, sha_hex, out = argv[1:]
    try:
        data_key = bytes.fromhex(sys.stdin.readline().strip())
        wrapped = None if wrapped_hex in ("", "-", "NULL") else bytes.fromhex(wrapped_hex)
        if len(data_key) != 32:
            raise Failed("the data key must be 32 bytes (64 hex characters)")
        with open(path, "rb") as fh:
            plain = decrypt(fh.read(), data_key, wrapped)
        if hashlib.sha256(plain).hexdigest() != sha_hex.lower():
            raise Failed("the SHA-256 of the plaintext is not the recorded one")
    except (Failed, ValueError, OSError) as exc:
        print(f"FAILED: {exc}")
        return 1
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(plain)
    print(f"OK {len(plain)} bytes, SHA-256 {sha_hex.lower()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
