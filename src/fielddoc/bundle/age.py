"""A strict, Qt-free reader and writer of age v1 files (https://age-encryption.org/v1).

FieldDoc bundles are encrypted to headquarters' X25519 keys. This module
decrypts them itself, with :mod:`cryptography` (X25519, HKDF-SHA-256,
HMAC-SHA-256, ChaCha20-Poly1305), following C2SP ``age.md`` to the letter, and
is tested against all of the C2SP CCTV age vectors. It encrypts with pyrage
(the Rust ``age`` crate), whose output the Debian ``age`` CLI decrypts.

Only X25519 recipients are supported. Each failure class has its own
exception (all subclasses of :class:`AgeError`, itself a ``BundleError``):

========================  ===================================================
AgeArmorError             the ASCII armor is malformed
AgeHeaderError            the header is malformed, or the payload nonce is
                          missing (as the C2SP vectors classify it)
AgeUnsupportedRecipient   no X25519 stanza opens with these keys, and the file
                          has no X25519 stanza at all or has stanzas of a type
                          FieldDoc does not use (scrypt passphrase, ML-KEM
                          post-quantum, hardware tags): never tried, never scrypt
AgeNoMatch                X25519 stanzas (and perhaps unknown "grease" types),
                          but none opens with these keys
AgeHeaderMacError         the header was altered after encryption
AgePayloadError           the encrypted contents are corrupted or truncated
AgeKeyError               an identity or recipient string is invalid
========================  ===================================================

**Streaming and commit discipline.** :func:`decrypt_iter` and
:func:`decrypt_stream` release plaintext one authenticated 64 KiB chunk at a
time, in constant memory. Every released chunk is authentic, but the *end*
of the file (the last-chunk flag, the absence of trailing data) is only known
when the iteration finishes: a truncated or extended file yields good chunks
and then raises. Callers MUST treat everything received as provisional (write
it to a temporary file or a rolled-back transaction) and commit nothing until
the iterator is exhausted without an exception.

Errors from the underlying file object (``OSError``) propagate unchanged.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO

import pyrage
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fielddoc.bundle.age_armor import WHITESPACE, ArmorReader
from fielddoc.bundle.age_errors import (
    AgeArmorError,
    AgeError,
    AgeHeaderError,
    AgeHeaderMacError,
    AgeKeyError,
    AgeNoMatch,
    AgePayloadError,
    AgeUnsupportedRecipient,
)
from fielddoc.bundle.age_format import (
    UNSUPPORTED_TYPES,
    Header,
    Source,
    Stanza,
    b64decode_canonical,
    parse_header,
    read_header,
)
from fielddoc.bundle.age_keys import (
    format_recipient,
    generate_identity,
    parse_identity,
    parse_recipient,
    recipient_of,
)

__all__ = [
    "CHUNK_SIZE",
    "AgeArmorError",
    "AgeError",
    "AgeHeaderError",
    "AgeHeaderMacError",
    "AgeKeyError",
    "AgeNoMatch",
    "AgePayloadError",
    "AgeUnsupportedRecipient",
    "Header",
    "Identity",
    "Stanza",
    "decrypt_bytes",
    "decrypt_iter",
    "decrypt_stream",
    "encrypt_bytes",
    "encrypt_stream",
    "generate_identity",
    "parse_header",
    "parse_identity",
    "parse_recipient",
    "recipient_of",
]

Identity = str | X25519PrivateKey

CHUNK_SIZE = 64 * 1024
_TAG_SIZE = 16
_ENC_CHUNK_SIZE = CHUNK_SIZE + _TAG_SIZE
_NONCE_SIZE = 16
_FILE_KEY_SIZE = 16
_X25519_INFO = b"age-encryption.org/v1/X25519"


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


# --- decryption --------------------------------------------------------------
def _load_identities(identities: Identity | Sequence[Identity]) -> list[X25519PrivateKey]:
    if isinstance(identities, str | X25519PrivateKey):
        identities = [identities]
    return [parse_identity(i) for i in identities]


def _unwrap(header: Header, keys: list[X25519PrivateKey]) -> bytes:
    """The file key from the first X25519 stanza that opens with one of ``keys``."""
    pairs = [(k, k.public_key().public_bytes_raw()) for k in keys]
    x25519 = [s for s in header.stanzas if s.type == "X25519"]
    for stanza in x25519:
        share = b64decode_canonical(stanza.args[0].encode("ascii"))  # validated by the parser
        peer = X25519PublicKey.from_public_bytes(share)
        for key, public in pairs:
            try:
                shared = key.exchange(peer)
            except ValueError:  # all-zero shared secret (parse_header already refuses these)
                raise AgeHeaderError(detail="an X25519 stanza has a low-order share") from None
            wrap_key = _hkdf(shared, share + public, _X25519_INFO)
            try:
                file_key = ChaCha20Poly1305(wrap_key).decrypt(bytes(12), stanza.body, None)
            except InvalidTag:
                continue
            if len(file_key) != _FILE_KEY_SIZE:  # pragma: no cover - body is 32 bytes
                raise AgeHeaderError(detail="the wrapped file key has the wrong length")
            return file_key
    others = [s.type for s in header.stanzas if s.type != "X25519"]
    known = [t for t in others if t in UNSUPPORTED_TYPES]
    if known:
        raise AgeUnsupportedRecipient(type=known[0])
    if not x25519:
        raise AgeUnsupportedRecipient(type=others[0])
    raise AgeNoMatch()


def _verify_mac(header: Header, file_key: bytes) -> None:
    mac = hmac.HMAC(_hkdf(file_key, b"", b"header"), hashes.SHA256())
    mac.update(header.mac_input)
    try:
        mac.verify(header.mac)
    except InvalidSignature:
        raise AgeHeaderMacError() from None


def _open(src: BinaryIO, armored: bool | None) -> Source:
    source = Source(src)
    if armored is None:
        first = source.peek(1)
        armored = first == b"-" or (first != b"" and first in WHITESPACE)
    return Source(ArmorReader(source)) if armored else source


def decrypt_iter(
    src: BinaryIO,
    identities: Identity | Sequence[Identity],
    *,
    armored: bool | None = None,
) -> Iterator[bytes]:
    """Open an age file; return an iterator over its authenticated plaintext chunks.

    The header is read, unwrapped and MAC-checked before this returns (raising
    AgeKeyError, AgeArmorError, AgeHeaderError, AgeUnsupportedRecipient,
    AgeNoMatch or AgeHeaderMacError). The iterator then yields chunks of at
    most 64 KiB as each is verified and raises AgePayloadError (or
    AgeArmorError) on corruption, truncation or trailing data.

    **Commit nothing until the iterator has finished without an exception**:
    whether the file ends where it should is only known at the very end.

    ``armored``: True for ASCII armor only, False for binary only, None to
    detect (armor starts with ``-`` or whitespace; binary with ``age-``).
    ``identities``: ``AGE-SECRET-KEY-1...`` strings or X25519PrivateKey objects.
    """
    keys = _load_identities(identities)
    source = _open(src, armored)
    header = read_header(source)
    file_key = _unwrap(header, keys)
    _verify_mac(header, file_key)
    nonce = source.read_exact(_NONCE_SIZE)
    if len(nonce) != _NONCE_SIZE:
        raise AgeHeaderError(detail="the file ends before the payload nonce")
    return _payload_chunks(source, ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload")))


def _payload_chunks(source: Source, aead: ChaCha20Poly1305) -> Iterator[bytes]:
    counter = 0
    chunk = source.read_exact(_ENC_CHUNK_SIZE)
    while True:
        following = source.read_exact(1) if len(chunk) == _ENC_CHUNK_SIZE else b""
        last = not following
        if not chunk:
            raise AgePayloadError(
                detail="the payload has no chunks" if counter == 0 else "the final chunk is missing"
            )
        prefix = counter.to_bytes(11, "big")
        try:
            plain = aead.decrypt(prefix + (b"\x01" if last else b"\x00"), chunk, None)
        except InvalidTag:
            if len(chunk) != _ENC_CHUNK_SIZE:
                raise AgePayloadError(detail=f"chunk {counter} failed authentication") from None
            # A full chunk that only opens with the other last-chunk flag is genuine
            # but misplaced: a truncated file (not-last chunk at the end) or data
            # appended after the final chunk. Like the reference implementation,
            # release it, then fail.
            try:
                plain = aead.decrypt(prefix + (b"\x00" if last else b"\x01"), chunk, None)
            except InvalidTag:
                raise AgePayloadError(detail=f"chunk {counter} failed authentication") from None
            if plain:
                yield plain
            raise AgePayloadError(
                detail="the file is truncated (its final chunk is missing)"
                if last
                else "there is unexpected data after the final chunk"
            ) from None
        if last:
            if not plain and counter:
                raise AgePayloadError(detail="the final chunk is empty")
            if plain:
                yield plain
            return
        yield plain
        counter += 1
        chunk = following + source.read_exact(_ENC_CHUNK_SIZE - 1)


def decrypt_stream(
    src: BinaryIO,
    identities: Identity | Sequence[Identity],
    sink: Callable[[bytes], object],
    *,
    armored: bool | None = None,
) -> int:
    """Decrypt ``src`` into ``sink`` chunk by chunk; return the plaintext length.

    Same errors and the same rule as :func:`decrypt_iter`: whatever ``sink``
    received is provisional until this function returns normally.
    """
    total = 0
    for chunk in decrypt_iter(src, identities, armored=armored):
        sink(chunk)
        total += len(chunk)
    return total


def decrypt_bytes(
    data: bytes,
    identities: Identity | Sequence[Identity],
    *,
    armored: bool | None = None,
) -> bytes:
    """Decrypt a whole age file held in memory (binary or armored)."""
    return b"".join(decrypt_iter(io.BytesIO(data), identities, armored=armored))


# --- encryption --------------------------------------------------------------
def _pyrage_recipients(recipients: str | Sequence[str]) -> list[pyrage.x25519.Recipient]:
    if isinstance(recipients, str):
        recipients = [recipients]
    if not recipients:
        raise AgeKeyError(kind="recipient list", detail="it is empty")
    canonical = [format_recipient(parse_recipient(r)) for r in recipients]
    try:
        return [pyrage.x25519.Recipient.from_str(r) for r in canonical]
    except pyrage.RecipientError:  # pragma: no cover - parse_recipient accepted it
        raise AgeKeyError(kind="recipient key", detail="rejected by the encryption library")


class _CheckedIO:
    """Adapter between pyrage and Python files that never lets an error go unseen.

    pyrage 1.4 ignores an exception raised by the *last* ``write`` of a small
    file (its final flush), which would report success for an incomplete
    bundle; it also accepts ``str`` from a text file. This adapter records
    the first error so :func:`encrypt_stream` can raise it afterwards.
    """

    def __init__(self, src: BinaryIO, dst: BinaryIO) -> None:
        self._src = src
        self._dst = dst
        self.error: BaseException | None = None

    def read(self, size: int = -1, /) -> bytes:
        try:
            data = self._src.read(size)
            if not isinstance(data, bytes | bytearray | memoryview):
                raise TypeError("encrypt_stream needs a binary input file")
        except BaseException as exc:
            self.error = self.error or exc
            raise
        return bytes(data)

    def write(self, data: bytes) -> int:
        try:
            written = self._dst.write(data)
        except BaseException as exc:
            self.error = self.error or exc
            raise
        return len(data) if written is None else written


def encrypt_stream(src: BinaryIO, dst: BinaryIO, recipients: str | Sequence[str]) -> None:
    """Encrypt everything readable from ``src`` to ``dst`` (binary age format).

    ``recipients``: ``age1...`` X25519 recipient strings (HQ public keys).
    Streams in constant memory. ``dst`` is written, neither flushed nor
    closed. On an exception (AgeKeyError, AgeUnsupportedRecipient, OSError
    from either file, AgeError) the output is incomplete and must be discarded.
    """
    prepared = _pyrage_recipients(recipients)
    checked = _CheckedIO(src, dst)
    try:
        pyrage.encrypt_io(checked, checked, prepared)
    except pyrage.EncryptError as exc:
        if checked.error is not None:
            raise checked.error from None
        raise AgeError(detail="encryption failed") from exc
    if checked.error is not None:
        raise checked.error


def encrypt_bytes(data: bytes, recipients: str | Sequence[str]) -> bytes:
    """Encrypt ``data`` held in memory; returns the binary age file."""
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(data), out, recipients)
    return out.getvalue()
