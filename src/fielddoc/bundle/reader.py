"""Reading bundles: a bounded state machine over age's authenticated plaintext.

``open_bundle`` decrypts the age header and reads the fixed preamble and the
manifest bytes; nothing is parsed before the caller has looked up the
signer's key and verified the signature (:meth:`Opened.verify`). Then
:class:`BodyReader` walks the frames in the only order the format allows
(records, files, END, end of the age stream), checking every length against
the limits and the manifest before reading, and every hash as it goes.

Everything handed out before :meth:`BodyReader.finish` returned is
provisional: age authenticates chunk by chunk, and only its final chunk
proves that nothing was cut off. Callers stage it (an open transaction,
encrypted pending files) and commit after ``finish``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO, Protocol

from fielddoc.bundle import age
from fielddoc.bundle import format as fmt
from fielddoc.bundle.errors import (
    BundleCorrupt,
    ContentMismatch,
    NotABundle,
    NotForThisHQ,
    UnsupportedEncryption,
)


def map_age_error(exc: age.AgeError) -> Exception:
    """Our error for an age failure (each keeps its own message and code)."""
    if isinstance(exc, age.AgeNoMatch):
        return NotForThisHQ()
    if isinstance(exc, age.AgeUnsupportedRecipient):
        kind = str(exc.params.get("type", "?"))
        return UnsupportedEncryption(kind="a passphrase (scrypt)" if kind == "scrypt" else f"'{kind}' keys")
    if isinstance(exc, age.AgeHeaderMacError):
        return BundleCorrupt(detail="its encryption header was altered")
    if isinstance(exc, age.AgeHeaderError | age.AgeArmorError):
        detail = str(exc.params.get("detail", "malformed encryption header"))
        if "not an age" in detail or "version" in detail:
            return NotABundle(detail="it is not an age-encrypted file")
        return BundleCorrupt(detail=f"encryption header: {detail}")
    if isinstance(exc, age.AgePayloadError):
        return BundleCorrupt(detail=str(exc.params.get("detail", "the encrypted payload is damaged")))
    return BundleCorrupt(detail="it could not be decrypted")


class PlainStream:
    """Reads exact byte counts from age's iterator of authenticated chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = b""
        self._pos = 0
        self._eof = False
        self.consumed = 0

    def _pull(self) -> bool:
        if self._eof:
            return False
        try:
            chunk = next(self._chunks)
        except StopIteration:
            self._eof = True
            return False
        except age.AgeError as exc:
            raise map_age_error(exc) from None
        self._buf = self._buf[self._pos :] + chunk if self._pos < len(self._buf) else chunk
        self._pos = 0
        return True

    def read_exact(self, n: int, what: str = "data") -> bytes:
        """Exactly ``n`` bytes (``n`` is already bounded by the caller)."""
        avail = len(self._buf) - self._pos
        if avail >= n:
            out = self._buf[self._pos : self._pos + n]
            self._pos += n
            self.consumed += n
            return out
        parts = [self._buf[self._pos :]]
        have = avail
        self._buf, self._pos = b"", 0
        while have < n:
            if not self._pull():
                raise BundleCorrupt(detail=f"the bundle ends inside its {what}")
            take = min(n - have, len(self._buf))
            parts.append(self._buf[:take])
            self._pos = take
            have += take
        self.consumed += n
        return b"".join(parts)

    def read_upto(self, n: int) -> bytes:
        """Between 1 and ``n`` bytes, or b"" at the end of the stream."""
        if self._pos >= len(self._buf) and not self._pull():
            return b""
        out = self._buf[self._pos : self._pos + n]
        self._pos += len(out)
        self.consumed += len(out)
        return out

    def expect_eof(self) -> None:
        """Drain age to its verified end; any byte left is an error."""
        if self._pos < len(self._buf) or self._pull():
            raise BundleCorrupt(detail="there is data after the end of the bundle")


@dataclass
class Opened:
    """An age-decrypted bundle whose preamble and manifest bytes were read, not yet trusted."""

    stream: PlainStream
    preamble: fmt.Preamble
    manifest_bytes: bytes

    @property
    def kind(self) -> int:
        return self.preamble.kind

    @property
    def signer_key(self) -> bytes:
        return self.preamble.public_key

    @property
    def signer_id(self) -> str:
        return self.preamble.device_id

    @property
    def bundle_hash(self) -> str:
        return fmt.bundle_hash(self.manifest_bytes)

    def verify(self) -> None:
        """Check the signature of the manifest with the preamble's key (raises SignatureInvalid)."""
        fmt.verify_manifest_signature(
            self.kind, self.signer_key, self.preamble.signature, self.manifest_bytes
        )


def open_bundle(src: BinaryIO, identities: Sequence[str] | str) -> Opened:
    """Decrypt the age header with ``identities`` and read the preamble and manifest bytes."""
    try:
        chunks = age.decrypt_iter(src, identities)
    except age.AgeError as exc:
        raise map_age_error(exc) from None
    stream = PlainStream(chunks)
    first = stream.read_upto(fmt.PREAMBLE_SIZE)
    if not first.startswith(fmt.MAGIC[: len(first)]) or not first:
        raise NotABundle(detail="it does not start with the FieldDoc bundle signature")
    head = first + (
        stream.read_exact(fmt.PREAMBLE_SIZE - len(first), "preamble")
        if len(first) < fmt.PREAMBLE_SIZE
        else b""
    )
    preamble = fmt.decode_preamble(head)
    manifest = stream.read_exact(preamble.manifest_len, "manifest")
    return Opened(stream, preamble, manifest)


class FileBody:
    """The plaintext of one FILE frame as a bounded, hashing file-like reader."""

    def __init__(
        self,
        stream: PlainStream,
        index: int,
        entry: fmt.FileEntry,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        self._stream = stream
        self.index = index
        self.entry = entry
        self.remaining = entry.size
        self._sha = hashlib.sha256()
        self._progress = progress

    def read(self, n: int = -1) -> bytes:
        if self.remaining <= 0:
            return b""
        want = self.remaining if n is None or n < 0 else min(n, self.remaining)
        want = min(want, 1 << 20)
        data = self._stream.read_upto(want)
        if not data:
            raise BundleCorrupt(detail=f"the bundle ends inside file {self.index + 1}")
        self.remaining -= len(data)
        self._sha.update(data)
        if self._progress is not None:
            self._progress(len(data))
        return data

    def drain(self) -> None:
        while self.remaining > 0:
            self.read(1 << 20)

    def check(self) -> None:
        """After the whole body was read: its SHA-256 must be the manifest's."""
        self.drain()
        if self._sha.hexdigest() != self.entry.sha256:
            raise ContentMismatch(
                detail=f"file {self.index + 1} of attachment {self.entry.attachment_id} does not match "
                "its SHA-256 in the manifest"
            )


class Listing(Protocol):
    """What a manifest lists of the frames that follow it (an export's, a briefing's)."""

    @property
    def revisions(self) -> tuple[str, ...]: ...

    @property
    def files(self) -> tuple[fmt.FileEntry, ...]: ...

    @property
    def records_sha256(self) -> str: ...


class BodyReader:
    """Walks RECORD frames, then FILE frames, then END, checking every count and length."""

    def __init__(
        self, opened: Opened, manifest: Listing, progress: Callable[[int], None] | None = None
    ) -> None:
        self._s = opened.stream
        self.manifest = manifest
        self._records_sha = hashlib.sha256()
        self._next_record = 0
        self._next_file = 0
        self._pending: tuple[int, int] | None = None
        self._progress = progress

    def _header(self) -> tuple[int, int]:
        if self._pending is not None:
            head, self._pending = self._pending, None
            return head
        raw = self._s.read_exact(fmt.FRAME_SIZE, "frame header")
        ftype, length = fmt.FRAME.unpack(raw)
        return ftype, length

    def records(self) -> Iterator[tuple[int, bytes]]:
        """(index, body) of every RECORD frame; the body is hashed into records_sha256."""
        n = len(self.manifest.revisions)
        while True:
            ftype, length = self._header()
            if ftype != fmt.F_RECORD:
                if self._next_record < n:
                    raise ContentMismatch(
                        detail=f"the bundle holds {self._next_record} records, the manifest lists {n}"
                    )
                self._pending = (ftype, length)
                return
            if self._next_record >= n:
                raise ContentMismatch(detail=f"the bundle holds more records than the {n} its manifest lists")
            if length > fmt.MAX_RECORD_FRAME:
                raise BundleCorrupt(
                    detail=f"record frame {self._next_record + 1} claims {length} bytes, "
                    f"more than the {fmt.MAX_RECORD_FRAME} allowed"
                )
            body = self._s.read_exact(length, "records")
            self._records_sha.update(fmt.frame_header(fmt.F_RECORD, length))
            self._records_sha.update(body)
            if self._progress is not None:
                self._progress(length + fmt.FRAME_SIZE)
            index = self._next_record
            self._next_record += 1
            yield index, body

    def skip_records(self) -> None:
        for _ in self.records():
            pass

    def files(self) -> Iterator[FileBody]:
        """One :class:`FileBody` per FILE frame; call its ``check`` (or let this do it) before the next."""
        if self._next_record < len(self.manifest.revisions):
            self.skip_records()
        n = len(self.manifest.files)
        while True:
            ftype, length = self._header()
            if ftype != fmt.F_FILE:
                if self._next_file < n:
                    raise ContentMismatch(
                        detail=f"the bundle holds {self._next_file} files, the manifest lists {n}"
                    )
                self._pending = (ftype, length)
                return
            if self._next_file >= n:
                raise ContentMismatch(detail=f"the bundle holds more files than the {n} its manifest lists")
            entry = self.manifest.files[self._next_file]
            if length != entry.size:
                raise ContentMismatch(
                    detail=f"file {self._next_file + 1} is {length} bytes, its manifest says {entry.size}"
                )
            body = FileBody(self._s, self._next_file, entry, self._progress)
            self._next_file += 1
            yield body
            body.check()

    def finish(self) -> None:
        """END frame, then the verified end of the age stream, then records_sha256."""
        if self._next_file < len(self.manifest.files) or self._next_record < len(self.manifest.revisions):
            for body in self.files():
                body.check()
        ftype, length = self._header()
        if ftype != fmt.F_END:
            raise BundleCorrupt(detail=f"unexpected frame type {ftype} where the end frame belongs")
        if length != 0:
            raise BundleCorrupt(detail="the end frame is not empty")
        self._s.expect_eof()
        if self._records_sha.hexdigest() != self.manifest.records_sha256:
            raise ContentMismatch(detail="the record frames do not match records_sha256")


def finish_receipt(opened: Opened) -> None:
    """A receipt has no RECORD or FILE frame: END, then the end of the stream."""
    ftype, length = fmt.FRAME.unpack(opened.stream.read_exact(fmt.FRAME_SIZE, "frame header"))
    if ftype != fmt.F_END or length != 0:
        raise BundleCorrupt(detail="a receipt must end right after its manifest")
    opened.stream.expect_eof()
