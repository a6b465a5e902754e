"""Encrypted-at-rest attachment files: a chunked AEAD "STREAM" construction.

Format ``FDAT`` version 1 (full description: ``docs/attachment-format.md``)::

    header (33 bytes, big-endian):
        magic "FDAT" | version 0x01 | algorithm 0x01 (AES-256-GCM) |
        chunk size u32 (65536) | file id (16 random bytes) | nonce prefix (7 random bytes)
    then chunks, each AES-256-GCM(ciphertext || 16-byte tag) of one plaintext chunk:
        every chunk but the last holds exactly ``chunk size`` plaintext bytes;
        the last holds 1..chunk size bytes (0 only when the whole file is empty).

    key   = the file's random 32-byte key, kept wrapped in its database row
            (``file_key=``); a file written by 0.1.0 has none and uses
            HKDF-SHA256(data key, info "fielddoc/v1/attachment" 0x00 file id)
    nonce = nonce prefix (7) || chunk counter u32 (4) || last flag (1: 0x01 on the final chunk)
    AD    = the 33 header bytes, for every chunk

This is the STREAM construction of Hoang, Reyhanitabar, Rogaway and Vizár
(nOAE, CRYPTO 2015), as used by age: each chunk is authenticated together with
its position and whether it is the last one, so reordering, dropping,
duplicating, truncating at a chunk boundary, appending, and splicing chunks
between files are all detected. The header is authenticated by every chunk.

Decryption is streaming: each chunk is authenticated before it is released, but
an error can still surface *after* earlier chunks were released (a later chunk
is damaged, the file is truncated, or the whole-file SHA-256 does not match).
**Callers must treat output produced before an error as garbage and discard
it**: write to a temporary file next to the target and rename only on success
(:func:`fielddoc.fsutil.atomic_writer` does exactly that), or collect in
memory. :func:`verify_file` decrypts without writing anything.

Every problem with the encrypted bytes raises :class:`~fielddoc.errors.IntegrityError`
(never ``InvalidTag``, ``struct.error`` or ``ValueError``). Memory use is
constant: a few chunk-sized buffers (current, read-ahead and output chunk).
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fielddoc.crypto.hashing import BackgroundSHA256
from fielddoc.crypto.keys import constant_time_eq, derive_key
from fielddoc.errors import AttachmentError, IntegrityError

MAGIC = b"FDAT"
VERSION = 1
ALG_AES_256_GCM = 1
CHUNK_SIZE = 64 * 1024
#: Chunk sizes a reader accepts (powers of two); writers use :data:`CHUNK_SIZE`.
MIN_CHUNK_SIZE = 1 << 10
MAX_CHUNK_SIZE = 1 << 20
FILE_ID_BYTES = 16
NONCE_PREFIX_BYTES = 7
TAG_BYTES = 16
#: The chunk counter is a u32 that must never wrap: at most 2**32 chunks
#: (counters 0 .. 2**32-1), i.e. 256 TiB at 64 KiB per chunk.
MAX_COUNTER = 2**32 - 1

_HEADER = struct.Struct(">4sBBI16s7s")
HEADER_SIZE = _HEADER.size  # 33
_NONCE_TAIL = struct.Struct(">IB")
_LAST = 1
_NOT_LAST = 0


@dataclass(frozen=True)
class StreamHeader:
    """The cleartext header of an encrypted attachment file (no secret in it)."""

    file_id: bytes
    nonce_prefix: bytes
    chunk_size: int = CHUNK_SIZE
    version: int = VERSION
    algorithm: int = ALG_AES_256_GCM

    def encode(self) -> bytes:
        """The 33 header bytes (also the associated data of every chunk)."""
        return _HEADER.pack(
            MAGIC, self.version, self.algorithm, self.chunk_size, self.file_id, self.nonce_prefix
        )

    @classmethod
    def decode(cls, raw: bytes) -> StreamHeader:
        """Parse and validate header bytes; raises :class:`IntegrityError`."""
        if len(raw) == 0:
            raise IntegrityError(detail="bad header: the file is empty")
        if len(raw) < HEADER_SIZE:
            raise IntegrityError(detail="bad header: the file is shorter than a header (truncated)")
        magic, version, algorithm, chunk_size, file_id, prefix = _HEADER.unpack(raw[:HEADER_SIZE])
        if magic != MAGIC:
            raise IntegrityError(detail="bad header: not a FieldDoc attachment file")
        if version != VERSION:
            raise IntegrityError(detail=f"bad header: unsupported format version {version}")
        if algorithm != ALG_AES_256_GCM:
            raise IntegrityError(detail=f"bad header: unknown algorithm {algorithm}")
        if not _valid_chunk_size(chunk_size):
            raise IntegrityError(detail="bad header: invalid chunk size")
        return cls(file_id=file_id, nonce_prefix=prefix, chunk_size=chunk_size,
                   version=version, algorithm=algorithm)

    @property
    def file_id_hex(self) -> str:
        return self.file_id.hex()


@dataclass(frozen=True)
class EncryptResult:
    """What :func:`encrypt_file` wrote: file id and the plaintext's size and hashes."""

    file_id: bytes
    size: int
    sha256: str
    sha512: str


@dataclass(frozen=True)
class DecryptResult:
    """What :func:`decrypt_file` released: file id, plaintext size and SHA-256."""

    file_id: bytes
    size: int
    sha256: str


def _valid_chunk_size(n: int) -> bool:
    return MIN_CHUNK_SIZE <= n <= MAX_CHUNK_SIZE and n & (n - 1) == 0


def _key(data_key: bytes | None, file_id: bytes, file_key: bytes | None) -> bytes:
    if file_key is not None:
        if len(file_key) != 32:
            raise ValueError("a file key is 32 bytes")
        return bytes(file_key)
    if data_key is None:
        raise ValueError("a file key or the data key is needed")
    return derive_key(data_key, "attachment", file_id)


def _nonce(prefix: bytes, counter: int, flag: int) -> bytes:
    return prefix + _NONCE_TAIL.pack(counter, flag)


def _read_full(src: BinaryIO, n: int) -> bytes:
    """Read exactly ``n`` bytes, or fewer only at end of file (copes with short reads)."""
    data = src.read(n)
    if data is None:
        raise BlockingIOError("the source is non-blocking and has no data ready")
    if len(data) == n or not data:
        return bytes(data)
    parts = [data]
    have = len(data)
    while have < n:
        piece = src.read(n - have)
        if piece is None:
            raise BlockingIOError("the source is non-blocking and has no data ready")
        if not piece:
            break
        parts.append(piece)
        have += len(piece)
    return b"".join(parts)


def _write_all(dst: BinaryIO, data: bytes) -> None:
    written = dst.write(data)
    if written is None or written >= len(data):  # buffered writers always write everything
        return
    view = memoryview(data)
    while written < len(data):
        n = dst.write(view[written:])
        if not n:
            raise OSError("the destination accepted no data")
        written += n


def _writer_of(dst: Any) -> Callable[[bytes], object]:
    write = getattr(dst, "write", None)
    if write is not None and callable(write):
        return write
    if callable(dst):
        return dst
    raise TypeError("dst_write must be a callable or a binary file")


# --------------------------------------------------------------------------- encrypt
def encrypt_file(
    data_key: bytes | None,
    src: BinaryIO,
    dst: BinaryIO,
    *,
    file_id: bytes | None = None,
    progress: Callable[[int], None] | None = None,
    chunk_size: int = CHUNK_SIZE,
    file_key: bytes | None = None,
) -> EncryptResult:
    """Encrypt everything readable from ``src`` into ``dst``; returns size and plaintext hashes.

    ``file_id`` (16 bytes) is generated randomly if not given; it selects the
    per-file key, so it must never be reused for different content (the random
    7-byte nonce prefix is a second line of defence if it is). ``progress`` is
    called after every chunk with the number of plaintext bytes done so far; an
    exception raised by it (e.g. a user's Cancel) aborts the encryption. ``dst``
    then holds a partial file that the caller must discard (``atomic_writer``
    does). ``chunk_size`` is for tests; leave the default. ``file_key``: the
    file's own random key (what the vault uses); without it the key is derived
    from ``data_key`` and the file id (the 0.1.0 scheme).

    Memory use is constant: one chunk of read-ahead (needed to know which chunk
    is the last one), the chunk being encrypted and its ciphertext. Raises
    :class:`~fielddoc.errors.AttachmentError` for a source above the format's
    limit (2**32 chunks, 256 TiB), ``OSError`` for I/O errors.
    """
    if file_id is None:
        file_id = os.urandom(FILE_ID_BYTES)
    if len(file_id) != FILE_ID_BYTES:
        raise ValueError("file_id must be 16 bytes")
    if not _valid_chunk_size(chunk_size):
        raise ValueError("chunk_size must be a power of two between 1 KiB and 1 MiB")
    header = StreamHeader(file_id=bytes(file_id), nonce_prefix=os.urandom(NONCE_PREFIX_BYTES),
                          chunk_size=chunk_size)
    aad = header.encode()
    aead = AESGCM(_key(data_key, header.file_id, file_key))
    prefix = header.nonce_prefix
    sha256 = hashlib.sha256()
    sha512 = hashlib.sha512()
    _write_all(dst, aad)

    size = 0
    counter = 0
    current = _read_full(src, chunk_size)
    while True:
        if len(current) == chunk_size:
            # Read ahead: a full chunk is the last one only if nothing follows it.
            following = _read_full(src, chunk_size)
            last = not following
        else:
            following = b""
            last = True
        if counter > MAX_COUNTER:
            raise AttachmentError(
                attachment_id="-", reason="the file is larger than the 256 TiB an attachment can hold"
            )
        sha256.update(current)
        sha512.update(current)
        _write_all(dst, aead.encrypt(_nonce(prefix, counter, _LAST if last else _NOT_LAST), current, aad))
        size += len(current)
        if progress is not None:
            progress(size)
        if last:
            break
        current = following
        counter += 1
    return EncryptResult(header.file_id, size, sha256.hexdigest(), sha512.hexdigest())


# --------------------------------------------------------------------------- decrypt
def read_header(src: BinaryIO) -> StreamHeader:
    """Read and validate the header at the current position of ``src`` (no key needed).

    Leaves ``src`` positioned at the first chunk. Raises :class:`IntegrityError`.
    """
    return StreamHeader.decode(_read_full(src, HEADER_SIZE))


class _Decryption:
    """One streaming decryption; ``chunks()`` yields authenticated plaintext chunks."""

    def __init__(
        self, data_key: bytes | None, src: BinaryIO, expected_file_id: bytes | None, *,
        hash_aside: bool = False, file_key: bytes | None = None,
    ) -> None:
        self.header = read_header(src)
        if expected_file_id is not None and not constant_time_eq(
            bytes(expected_file_id), self.header.file_id
        ):
            raise IntegrityError(detail="wrong file id: this is not the expected attachment file")
        self._src = src
        self._aad = self.header.encode()
        self._aead = AESGCM(_key(data_key, self.header.file_id, file_key))
        self.sha256: Any = BackgroundSHA256() if hash_aside else hashlib.sha256()
        self.size = 0

    def _open(self, counter: int, chunk: bytes, last: bool) -> bytes:
        flag = _LAST if last else _NOT_LAST
        return self._aead.decrypt(_nonce(self.header.nonce_prefix, counter, flag), chunk, self._aad)

    def _diagnose(self, counter: int, chunk: bytes, last: bool) -> IntegrityError:
        """Why did ``chunk`` fail? Tell truncation and trailing data apart from damage."""
        full = len(chunk) == self.header.chunk_size + TAG_BYTES
        if full:
            try:
                self._open(counter, chunk, not last)
            except InvalidTag:
                pass
            else:
                if last:
                    return IntegrityError(
                        detail=f"file truncated: it ends after chunk {counter}, which is not the final chunk"
                    )
                return IntegrityError(detail=f"trailing data after the final chunk {counter}")
        hint = " (wrong key, or a damaged file)" if counter == 0 else " (damaged or truncated file)"
        return IntegrityError(detail=f"chunk {counter} failed authentication{hint}")

    def chunks(self) -> Iterator[bytes]:
        enc_size = self.header.chunk_size + TAG_BYTES
        current = _read_full(self._src, enc_size)
        if not current:
            raise IntegrityError(detail="file truncated: no data after the header")
        counter = 0
        while True:
            if len(current) == enc_size:
                following = _read_full(self._src, enc_size)
                last = not following
            else:
                following = b""
                last = True
            if len(current) < TAG_BYTES:
                raise IntegrityError(detail=f"file truncated inside chunk {counter}")
            try:
                plain = self._open(counter, current, last)
            except InvalidTag:
                raise self._diagnose(counter, current, last) from None
            if last and not plain and counter > 0:  # not canonical: only an empty file ends empty
                raise IntegrityError(detail=f"chunk {counter}: empty final chunk")
            self.sha256.update(plain)
            self.size += len(plain)
            yield plain
            if last:
                return
            if counter >= MAX_COUNTER:
                raise IntegrityError(detail="the file has more chunks than the format allows")
            counter += 1
            current = following

    def check(self, expected_sha256: str | None) -> DecryptResult:
        digest = self.sha256.hexdigest()
        if expected_sha256 is not None and not constant_time_eq(digest, expected_sha256.strip().lower()):
            raise IntegrityError(detail="the decrypted content does not match its recorded SHA-256")
        return DecryptResult(self.header.file_id, self.size, digest)


def decrypt_file(
    data_key: bytes | None,
    src: BinaryIO,
    dst_write: Callable[[bytes], object] | BinaryIO,
    *,
    expected_sha256: str | None = None,
    expected_file_id: bytes | None = None,
    file_key: bytes | None = None,
) -> DecryptResult:
    """Decrypt ``src`` chunk by chunk into ``dst_write`` (a callable or a binary file).

    Raises :class:`IntegrityError` on any problem: bad header, wrong file id
    (when ``expected_file_id`` is given), a chunk that fails authentication
    (wrong key, damage, reordering, splicing), truncation, trailing data, or
    a plaintext whose SHA-256 differs from ``expected_sha256``.

    **Output written before an error must be discarded by the caller**: some
    chunks may already have been passed to ``dst_write`` when a later one
    fails, and the SHA-256 is only known at the end. Write to a temporary file
    (``atomic_writer``) or to memory.
    """
    write = _writer_of(dst_write)
    job = _Decryption(data_key, src, expected_file_id, file_key=file_key)
    for chunk in job.chunks():
        write(chunk)
    return job.check(expected_sha256)


def iter_decrypt(
    data_key: bytes | None,
    src: BinaryIO,
    *,
    expected_sha256: str | None = None,
    expected_file_id: bytes | None = None,
    hash_aside: bool = False,
    file_key: bytes | None = None,
) -> Iterator[bytes]:
    """Generator variant of :func:`decrypt_file`: yields plaintext chunks.

    Every yielded chunk is authenticated, but the whole file is only known good
    once the generator is exhausted without raising (the SHA-256 check happens
    last). Discard what was consumed if it raises :class:`IntegrityError`.
    The header is read when iteration starts. ``hash_aside``: compute the SHA-256
    on a helper thread (:mod:`fielddoc.crypto.hashing`) while the caller works.
    """
    job = _Decryption(data_key, src, expected_file_id, hash_aside=hash_aside, file_key=file_key)
    try:
        yield from job.chunks()
        job.check(expected_sha256)
    finally:
        if hash_aside:
            job.sha256.close()


def verify_file(
    data_key: bytes | None,
    path: Path | str,
    expected_sha256: str,
    *,
    expected_file_id: bytes | None = None,
    file_key: bytes | None = None,
) -> DecryptResult:
    """Decrypt the file at ``path`` without writing anything and check its SHA-256.

    Raises :class:`IntegrityError` if the file is missing, damaged, or its
    plaintext does not hash to ``expected_sha256``.
    """
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise IntegrityError(detail="the encrypted file is missing") from None
    with fh:
        job = _Decryption(data_key, fh, expected_file_id, file_key=file_key)
        for _chunk in job.chunks():
            pass
        return job.check(expected_sha256)
