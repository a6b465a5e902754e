"""A strict, Qt-free reader and writer of age v1 files (https://age-encryption.org/v1).

FieldDoc bundles are encrypted to headquarters' X25519 keys. This module
decrypts and encrypts them itself, with :mod:`cryptography` (X25519,
HKDF-SHA-256, HMAC-SHA-256, ChaCha20-Poly1305), following C2SP ``age.md`` to the
letter. The reader is tested against all of the C2SP CCTV age vectors; what the
writer produces must decrypt with pyrage (the Rust ``age`` crate) and with the
Debian ``age`` CLI (tests/test_age.py, tests/test_bundle_interop.py).

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
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import BinaryIO

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
    b64encode_raw,
    parse_header,
    read_header,
)
from fielddoc.bundle.age_keys import (
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
    "encrypt_pieces",
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
# The writer mirrors the reader above, with the same primitives. It used pyrage until
# 2026-11: pyrage's ChaCha20-Poly1305 ran at 1 GiB/s against OpenSSL's 4.5 GiB/s here
# and pulled its input through 8 KiB Python read() calls, so a bundle export reached
# only 0.4-0.5x the age CLI's speed. pyrage (the Rust age crate) and the age CLI stay
# in the tests as independent implementations that must decrypt what this writes.
_HEADER_LINE = b"age-encryption.org/v1\n"
_BODY_COLUMNS = 64


def _recipient_keys(recipients: str | Sequence[str]) -> list[X25519PublicKey]:
    if isinstance(recipients, str):
        recipients = [recipients]
    if not recipients:
        raise AgeKeyError(kind="recipient list", detail="it is empty")
    return [parse_recipient(r) for r in recipients]


def _stanza_lines(kind_and_args: bytes, body: bytes) -> bytes:
    """``-> args`` and the body in base64 lines of 64 columns; the last line is always
    shorter than 64 (empty when the encoding fills whole lines), as age.md requires."""
    encoded = b64encode_raw(body)
    lines = [encoded[i : i + _BODY_COLUMNS] for i in range(0, len(encoded), _BODY_COLUMNS)]
    if not lines or len(lines[-1]) == _BODY_COLUMNS:
        lines.append(b"")
    return b"-> " + kind_and_args + b"\n" + b"\n".join(lines) + b"\n"


def _x25519_stanza(file_key: bytes, recipient: X25519PublicKey) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    share = ephemeral.public_key().public_bytes_raw()
    try:
        shared = ephemeral.exchange(recipient)
    except ValueError:  # an all-zero secret: parse_recipient refuses low-order points already
        raise AgeKeyError(kind="recipient key", detail="it is a low-order point") from None
    wrap_key = _hkdf(shared, share + recipient.public_bytes_raw(), _X25519_INFO)
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    return _stanza_lines(b"X25519 " + b64encode_raw(share), body)


def _header(file_key: bytes, recipients: list[X25519PublicKey]) -> bytes:
    head = _HEADER_LINE + b"".join(_x25519_stanza(file_key, r) for r in recipients) + b"---"
    mac = hmac.HMAC(_hkdf(file_key, b"", b"header"), hashes.SHA256())
    mac.update(head)
    return head + b" " + b64encode_raw(mac.finalize()) + b"\n"


def encrypt_pieces(pieces: Iterable[bytes], dst: BinaryIO, recipients: str | Sequence[str]) -> int:
    """Encrypt the concatenation of ``pieces`` to ``dst`` (binary age v1, X25519 recipients).

    Constant memory (at most two 64 KiB chunks are held), one ``dst.write`` per chunk;
    ``dst`` is neither flushed nor closed. Returns the bytes written. An exception from
    ``pieces`` (a Cancel) or from ``dst`` propagates and leaves an incomplete file, which
    the caller discards. A fresh random file key and payload nonce every time.
    """
    keys = _recipient_keys(recipients)
    file_key = secrets.token_bytes(_FILE_KEY_SIZE)
    nonce = secrets.token_bytes(_NONCE_SIZE)
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    written = dst.write(_header(file_key, keys) + nonce) or 0
    counter = 0
    buf = bytearray()
    for piece in pieces:
        buf += piece
        # A chunk is known not to be the last only once data follows it.
        while len(buf) > CHUNK_SIZE:
            chunk = bytes(buf[:CHUNK_SIZE])
            del buf[:CHUNK_SIZE]
            written += dst.write(aead.encrypt(counter.to_bytes(11, "big") + b"\x00", chunk, None)) or 0
            counter += 1
    # The final chunk: what is left (a full 64 KiB, or less; empty only for an empty payload).
    written += dst.write(aead.encrypt(counter.to_bytes(11, "big") + b"\x01", bytes(buf), None)) or 0
    return written


def encrypt_stream(src: BinaryIO, dst: BinaryIO, recipients: str | Sequence[str]) -> None:
    """Encrypt everything readable from ``src`` to ``dst`` (binary age format).

    ``recipients``: ``age1...`` X25519 recipient strings (HQ public keys).
    Streams in constant memory. ``dst`` is written, neither flushed nor
    closed. On an exception (AgeKeyError, OSError from either file) the output
    is incomplete and must be discarded.
    """

    def pieces() -> Iterator[bytes]:
        while True:
            block = src.read(16 * CHUNK_SIZE)
            if not isinstance(block, bytes | bytearray | memoryview):
                raise TypeError("encrypt_stream needs a binary input file")
            if not block:
                return
            yield bytes(block)

    encrypt_pieces(pieces(), dst, recipients)


def encrypt_bytes(data: bytes, recipients: str | Sequence[str]) -> bytes:
    """Encrypt ``data`` held in memory; returns the binary age file."""
    out = io.BytesIO()
    encrypt_pieces([data], out, recipients)
    return out.getvalue()
