"""A bundle too large for one file, cut into volumes (docs/spec/bundle.md §10).

The bundle stays ONE signed, age-encrypted file: its bytes are cut into consecutive parts and
each part is written as a volume file, a fixed header before it. The header names the set (a
random id), the volume's place (index, count, offset) and the SHA-256 of the part and of the
whole encrypted bundle, so HQ finds a missing, duplicated, reordered, cut or altered volume
before it decrypts anything, and says which one. Nothing here is secret: the header holds
nothing the encrypted bundle does not already show (its size).

Writing (:class:`VolumeWriter`) streams age's output into the parts inside a hidden staging
folder; the headers are completed when the end is reached; the caller publishes the set
(:func:`publish`) only after every volume is written and fsynced. Reading
(:func:`open_set`) checks every header and hash, then hands out the whole as one stream.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from fielddoc import fsutil
from fielddoc.bundle.errors import BundleFailure
from fielddoc.errors import FieldDocError
from fielddoc.fsutil import fsync_dir, full_fsync, open_outside, replace

MAGIC = b"FDVOLUME"
VERSION = 1
#: magic, version, flags, index, count, reserved, set id, whole size, offset, part length,
#: SHA-256 of the whole, SHA-256 of the part
HEADER = struct.Struct(">8sBBHHH16sQQQ32s32s")
HEADER_SIZE = HEADER.size  # 120
MAX_VOLUMES = 9999
#: The smallest volume a user may ask for (a test's volumes are this small).
MIN_VOLUME_SIZE = 1024
SUFFIX = ".age"
_BLOCK = 1 << 20


class TooManyVolumes(BundleFailure):
    code = "too_many_volumes"
    msgid = ("This bundle would need {count} volumes of {size}; at most {most} are allowed. Nothing "
             "was written. Choose a larger volume size.")


class OutputExistsForVolume(BundleFailure):
    code = "output_exists"
    msgid = ("{path} already exists, so a volume of this bundle could not take its name; it was kept "
             "for the next export to finish. Move that file away and export again.")


class VolumeMissing(BundleFailure):
    code = "volume_missing"
    msgid = ("Not every volume of this bundle is in {folder}: missing {missing} of {count}. Nothing was "
             "imported. Copy every volume of the bundle into the same folder and import again.")


class VolumeDuplicated(BundleFailure):
    code = "volume_duplicated"
    msgid = ("Two files in {folder} are volume {index} of this bundle: {first} and {second}. Nothing "
             "was imported. Keep only one of them (the one copied from the device) and import again.")


class VolumeDamaged(BundleFailure):
    code = "volume_damaged"
    msgid = ("Volume {index} of {count} ({path}) is damaged or was altered: {detail}. Nothing was "
             "imported. Copy that volume again from the device's drive, or export again.")


class VolumeHeaderDamaged(BundleFailure):
    code = "volume_damaged"
    msgid = ("{path} is a volume of a bundle, but its header cannot be read: {detail}. Nothing was "
             "imported. Copy that volume again from the device's drive, or export again.")


class VolumesDoNotMatch(BundleFailure):
    code = "volumes_do_not_match"
    msgid = ("The volumes of this bundle in {folder} do not fit together: {detail}. Nothing was "
             "imported. Copy every volume again from the device's drive, or export again.")


@dataclass(frozen=True)
class VolumeHeader:
    index: int
    count: int
    set_id: bytes
    whole_size: int
    offset: int
    part_size: int
    whole_sha256: bytes
    part_sha256: bytes

    def encode(self) -> bytes:
        return HEADER.pack(MAGIC, VERSION, 0, self.index, self.count, 0, self.set_id, self.whole_size,
                           self.offset, self.part_size, self.whole_sha256, self.part_sha256)


def decode_header(raw: bytes) -> VolumeHeader | None:
    """The header of a volume, or None when ``raw`` does not start like one (another file).

    A file that starts with the magic but breaks a rule raises :class:`ValueError` (its detail)."""
    if len(raw) < len(MAGIC) or raw[: len(MAGIC)] != MAGIC:
        return None
    if len(raw) < HEADER_SIZE:
        raise ValueError("it ends inside its volume header")
    magic, version, flags, index, count, reserved, set_id, whole, offset, part, wsha, psha = (
        HEADER.unpack(raw[:HEADER_SIZE]))
    if version != VERSION:
        raise ValueError(f"volume format version {version} is not supported")
    if flags or reserved:
        raise ValueError("its header has reserved bits set")
    if not 1 <= count <= MAX_VOLUMES or not 1 <= index <= count:
        raise ValueError(f"its header says volume {index} of {count}")
    if part < 1 or offset + part > whole:
        raise ValueError("its header places the part outside the bundle")
    return VolumeHeader(index, count, set_id, whole, offset, part, wsha, psha)


def read_header(path: Path) -> VolumeHeader | None:
    """The volume header of an ordinary file, or None if it is not a volume (or unreadable)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return None
        with open_outside(path) as fh:  # non-blocking: a FIFO swapped in cannot hang the reader
            raw = fh.read(HEADER_SIZE)
    except (OSError, FieldDocError):
        return None
    try:
        return decode_header(raw)
    except ValueError:
        return None


def is_volume(path: Path | str) -> bool:
    """Does ``path`` start with the volume magic (a volume, maybe a damaged one)?"""
    try:
        with open_outside(path) as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except (OSError, FieldDocError):
        return False


def volume_names(stem: str, count: int) -> list[str]:
    """The file names of a set of ``count`` volumes: ``stem.001-of-003.age`` ... (no meaning)."""
    width = max(3, len(str(count)))
    return [f"{stem}.{i:0{width}d}-of-{count:0{width}d}{SUFFIX}" for i in range(1, count + 1)]


def count_for(size: int, volume_size: int) -> int:
    """How many volumes of at most ``volume_size`` bytes hold ``size`` bytes of bundle."""
    return max(1, -(-size // (volume_size - HEADER_SIZE)))


# -- writing ------------------------------------------------------------------------------
class VolumeWriter:
    """A write-only file that cuts what is written into volumes of ``volume_size`` bytes.

    The volumes are created (0600, exclusively) in ``staging`` as ``part-N``; :meth:`finish`
    completes and fsyncs their headers and renames them to their final names there."""

    def __init__(self, staging: Path, volume_size: int, set_id: bytes) -> None:
        if volume_size < MIN_VOLUME_SIZE:
            raise ValueError("volume size too small")
        self._dir = staging
        self._part_max = volume_size - HEADER_SIZE
        self._set_id = set_id
        self._whole = hashlib.sha256()
        self._parts: list[tuple[Path, int, Any]] = []
        self._fh: BinaryIO | None = None
        self._left = 0
        self.size = 0

    def _next(self) -> None:
        self._close_current()
        path = self._dir / f"part-{len(self._parts) + 1}"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        self._fh = os.fdopen(fd, "wb")
        self._fh.write(bytes(HEADER_SIZE))  # completed by finish()
        self._parts.append((path, 0, hashlib.sha256()))
        self._left = self._part_max

    def _close_current(self) -> None:
        if self._fh is not None:
            self._fh.flush()
            full_fsync(self._fh.fileno())
            self._fh.close()
            self._fh = None

    def write(self, data: bytes | bytearray | memoryview) -> int:
        view = memoryview(data)
        while view:
            if self._fh is None or self._left == 0:
                self._next()
            assert self._fh is not None
            take = view[: self._left]
            self._fh.write(take)
            path, n, sha = self._parts[-1]
            sha.update(take)
            self._parts[-1] = (path, n + len(take), sha)
            self._whole.update(take)
            self._left -= len(take)
            self.size += len(take)
            view = view[len(take):]
        return len(data)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            if self._fh is not None:
                self._fh.close()
        self._fh = None

    def finish(self, stem: str) -> list[str]:
        """Complete every header, fsync, and name the volumes; returns their names, in order."""
        self._close_current()
        if not self._parts:
            self._next()
            self._close_current()
        whole = self._whole.digest()
        names = volume_names(stem, len(self._parts))
        offset = 0
        for i, ((path, n, sha), name) in enumerate(zip(self._parts, names, strict=True), 1):
            head = VolumeHeader(i, len(self._parts), self._set_id, self.size, offset, n, whole, sha.digest())
            fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
            with os.fdopen(fd, "r+b") as fh:
                fh.write(head.encode())
                fh.flush()
                full_fsync(fh.fileno())
            fsutil.replace(path, self._dir / name)  # retried if a scanner holds the new file
            offset += n
        fsync_dir(self._dir)
        return names


def publish(staging: Path, folder: Path) -> list[Path]:
    """Move every volume out of ``staging`` into ``folder`` (none already there is replaced),
    then remove ``staging``. A crash in the middle is finished by calling it again (the volumes
    already moved are no longer in ``staging``). Returns the volumes it moved."""
    done: list[Path] = []
    for name in sorted(os.listdir(staging)) if staging.is_dir() else []:
        if name.startswith("part-"):
            continue  # never completed: not part of a written set
        target = folder / name
        if target.exists():  # another file took the name meanwhile: keep ours, for the next try
            raise OutputExistsForVolume(path=str(target))
        replace(staging / name, target)
        done.append(target)
    fsync_dir(folder)
    discard(staging)
    return done


def discard(staging: Path) -> None:
    """Remove a staging folder FieldDoc made (its files are volumes, never anything else)."""
    with contextlib.suppress(OSError):
        for name in os.listdir(staging):
            with contextlib.suppress(OSError):
                (staging / name).unlink()
    with contextlib.suppress(OSError):
        staging.rmdir()


# -- reading ------------------------------------------------------------------------------
@dataclass
class VolumeSet:
    """The checked volumes of one bundle, in order; :meth:`open` reads the whole bundle."""

    paths: list[Path]
    headers: list[VolumeHeader]

    @property
    def size(self) -> int:
        return self.headers[0].whole_size

    def open(self) -> JoinedReader:
        return JoinedReader(self.paths)


class JoinedReader:
    """The parts of a volume set read one after the other, as one binary file."""

    def __init__(self, paths: list[Path]) -> None:
        self._paths = list(paths)
        self._fh: BinaryIO | None = None
        self._pos = 0

    def _advance(self) -> bool:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        if not self._paths:
            return False
        self._fh = open_outside(self._paths.pop(0))
        self._fh.seek(HEADER_SIZE)
        return True

    def read(self, n: int = -1) -> bytes:
        """Up to ``n`` bytes (fewer at the end of a part); everything left if ``n`` < 0."""
        if n is None or n < 0:
            return b"".join(iter(lambda: self.read(_BLOCK), b""))
        while True:
            if self._fh is None and not self._advance():
                return b""
            assert self._fh is not None
            data = self._fh.read(min(n, _BLOCK))
            if data:
                self._pos += len(data)
                return data
            if not self._advance():
                return b""

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
        self._fh = None
        self._paths = []

    def __enter__(self) -> JoinedReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _show(path: Path) -> str:
    return path.name


def _candidates(given: list[Path]) -> list[Path]:
    out: dict[str, Path] = {}
    for path in given:
        out.setdefault(os.path.realpath(path), path)
    for folder in {p.parent for p in given}:
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for name in names:
            out.setdefault(os.path.realpath(folder / name), folder / name)
    return list(out.values())


def _header_of(path: Path) -> VolumeHeader | None:
    """The header of a given file; None if it is not a volume; a damaged one raises."""
    with open_outside(path) as fh:
        raw = fh.read(HEADER_SIZE)
    try:
        return decode_header(raw)
    except ValueError as exc:
        raise VolumeHeaderDamaged(path=_show(path), detail=str(exc)) from None


def open_set(given: Path | list[Path]) -> VolumeSet:
    """Find and check the whole set of volumes ``given`` belongs to (its siblings in the same
    folder), before anything is decrypted; raises a :class:`BundleFailure` naming the volume."""
    paths = [Path(p) for p in ([given] if isinstance(given, str | Path) else given)]
    first = paths[0]
    head = _header_of(first)
    if head is None:
        raise VolumesDoNotMatch(folder=str(first.parent), detail=f"{_show(first)} is not a volume")
    folder = str(first.parent)
    found: dict[int, tuple[Path, VolumeHeader]] = {}
    damaged: list[Path] = []  # volumes whose header cannot be read: maybe the missing ones
    for path in _candidates(paths):
        h = read_header(path)
        if h is None:
            if is_volume(path):
                if path in paths:
                    _header_of(path)  # raises what is wrong with it
                damaged.append(path)
            continue
        if h.set_id != head.set_id:
            continue
        if (h.count, h.whole_size, h.whole_sha256) != (head.count, head.whole_size, head.whole_sha256):
            raise VolumesDoNotMatch(folder=folder, detail=f"{_show(path)} and {_show(first)} describe "
                                    "different bundles under the same set id")
        if h.index in found:
            a, b = sorted([_show(found[h.index][0]), _show(path)])
            raise VolumeDuplicated(folder=folder, index=h.index, first=a, second=b)
        found[h.index] = (path, h)
    missing = [i for i in range(1, head.count + 1) if i not in found]
    if missing and damaged:
        _header_of(damaged[0])
    if missing:
        shown = ", ".join(str(i) for i in missing[:20]) + (" ..." if len(missing) > 20 else "")
        raise VolumeMissing(missing=shown, count=head.count, folder=folder)
    ordered = [found[i] for i in range(1, head.count + 1)]
    whole = hashlib.sha256()
    offset = 0
    for path, h in ordered:
        if h.offset != offset:
            raise VolumeDamaged(index=h.index, count=h.count, path=_show(path),
                                detail="its place in the bundle does not follow the volume before it")
        part = hashlib.sha256()
        with open_outside(path) as fh:
            if os.fstat(fh.fileno()).st_size != HEADER_SIZE + h.part_size:
                raise VolumeDamaged(index=h.index, count=h.count, path=_show(path),
                                    detail="its size is not the size its header gives (cut off or extended)")
            fh.seek(HEADER_SIZE)
            while block := fh.read(_BLOCK):
                part.update(block)
                whole.update(block)
        if part.digest() != h.part_sha256:
            raise VolumeDamaged(index=h.index, count=h.count, path=_show(path),
                                detail="its content does not match its SHA-256")
        offset += h.part_size
    if offset != head.whole_size:
        raise VolumesDoNotMatch(folder=folder, detail="the volumes do not add up to the bundle's size")
    if whole.digest() != head.whole_sha256:
        raise VolumesDoNotMatch(folder=folder, detail="together they are not the bundle they were cut from "
                                "(a volume was altered along with its header)")
    return VolumeSet([p for p, _ in ordered], [h for _, h in ordered])


def same_sets(paths: list[Path]) -> list[list[Path]]:
    """``paths`` grouped: each volume set once (by its set id), every other file on its own."""
    groups: dict[bytes, list[Path]] = {}
    out: list[list[Path]] = []
    for p in paths:
        h = read_header(Path(p))
        if h is None:
            out.append([Path(p)])
        elif h.set_id in groups:
            groups[h.set_id].append(Path(p))
        else:
            groups[h.set_id] = [Path(p)]
            out.append(groups[h.set_id])
    return out
