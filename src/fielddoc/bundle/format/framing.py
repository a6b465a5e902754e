"""Bundle framing: magic, kinds, limits, the signed preamble, frame headers and the manifest hash
(docs/bundle-format.md §1-§3)."""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from typing import Any

from fielddoc.bundle.errors import MalformedContent, NotABundle, SignatureInvalid
from fielddoc.crypto import signing
from fielddoc.records.canonical import canonical

MAGIC = b"FDBUNDLE"
VERSION = 1
KIND_EXPORT = 1
KIND_RECEIPT = 2
KIND_BRIEFING = 3  # HQ -> device (docs/spec/briefing.md)
KIND_NAMES = {KIND_EXPORT: "export", KIND_RECEIPT: "receipt", KIND_BRIEFING: "briefing"}
FORMAT_NAME = "fielddoc-bundle"

#: magic, version, kind, signer public key, signature, manifest length
PREAMBLE = struct.Struct(">8sBB32s64sI")
PREAMBLE_SIZE = PREAMBLE.size  # 110
FRAME = struct.Struct(">BQ")
FRAME_SIZE = FRAME.size  # 9
F_RECORD = 0x01
F_FILE = 0x02
F_END = 0x03

CONTEXTS = {
    KIND_EXPORT: b"FieldDoc bundle manifest v1\x00",
    KIND_RECEIPT: b"FieldDoc receipt manifest v1\x00",
    KIND_BRIEFING: b"FieldDoc briefing manifest v1\x00",
}

# -- limits (docs/bundle-format.md §3) ------------------------------------------
MAX_MANIFEST_BYTES = 32 << 20
MAX_REVISIONS = 200_000
MAX_FILES = 100_000
MAX_RECORD_FRAME = 8 << 20
MAX_FILE_SIZE = 1 << 40
MAX_RECIPIENTS = 32
MAX_ABANDONED = 10_000
MAX_RECEIPT_BUNDLES = 100_000
MAX_FILE_NAME_BYTES = 255
MAX_META_BYTES = 1 << 20


# -- hashing and signatures -----------------------------------------------------
def canonical_bytes(value: Any) -> bytes:
    """Canonical JSON (docs/bundle-format.md §2)."""
    return canonical(value)


def bundle_hash(manifest_bytes: bytes) -> str:
    """The bundle hash: SHA-256 of the manifest bytes, hex."""
    return hashlib.sha256(manifest_bytes).hexdigest()


def sign_message(kind: int, manifest_bytes: bytes) -> bytes:
    return CONTEXTS[kind] + hashlib.sha256(manifest_bytes).digest()


def sign_manifest(kind: int, private_key: bytes, manifest_bytes: bytes) -> bytes:
    return signing.sign(private_key, sign_message(kind, manifest_bytes))


def verify_manifest_signature(kind: int, public_key: bytes, signature: bytes, manifest_bytes: bytes) -> None:
    if not signing.verify(public_key, signature, sign_message(kind, manifest_bytes)):
        raise SignatureInvalid(detail="the signature does not match the manifest and the signer's key")


def encode_preamble(kind: int, public_key: bytes, signature: bytes, manifest_len: int) -> bytes:
    return PREAMBLE.pack(MAGIC, VERSION, kind, public_key, signature, manifest_len)


@dataclass(frozen=True)
class Preamble:
    kind: int
    public_key: bytes
    signature: bytes
    manifest_len: int

    @property
    def device_id(self) -> str:
        return signing.key_id(self.public_key)


def decode_preamble(raw: bytes) -> Preamble:
    """Parse the fixed 110-byte preamble; raises NotABundle / MalformedContent."""
    magic, version, kind, public, signature, length = PREAMBLE.unpack(raw)
    if magic != MAGIC:
        raise NotABundle(detail="it does not start with the FieldDoc bundle signature")
    if version != VERSION:
        raise NotABundle(detail=f"format version {version}")
    if kind not in KIND_NAMES:
        raise NotABundle(detail=f"unknown bundle kind {kind}")
    if length == 0 or length > MAX_MANIFEST_BYTES:
        raise MalformedContent(
            record_id="-",
            field="manifest",
            problem=f"its length {length} is outside 1..{MAX_MANIFEST_BYTES} bytes",
        )
    return Preamble(kind, public, signature, length)


def frame_header(ftype: int, length: int) -> bytes:
    return FRAME.pack(ftype, length)
