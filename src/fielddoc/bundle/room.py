"""Before a bundle is written: will it fit on the drive, and can the drive's file system hold
a file that large? Both are said up front, before anything is written (a FAT32 stick holds no
file of 4 GiB or more; a full stick would fail partway)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fielddoc.bundle import age
from fielddoc.bundle import volumes as parts
from fielddoc.bundle.errors import BundleFailure
from fielddoc.platform import volumes

#: The age header: the intro and MAC lines, the payload nonce, and one stanza per recipient
#: (an X25519 stanza is about 100 bytes; this leaves room for larger kinds).
AGE_HEADER_ROOM = 1024
AGE_STANZA_ROOM = 2048
#: What the folder must keep free beyond the bundle (directory entries, the file system's own).
SPARE = 1 << 20


class NoRoomForBundle(BundleFailure):
    code = "no_space"
    msgid = ("There is not enough free space in {folder} for this bundle: it needs about {need} and "
             "{free} is free. Nothing was written. Free some space there or choose another drive.")


class BundleTooLargeForDrive(BundleFailure):
    code = "too_large_for_file_system"
    msgid = ("This bundle will be about {size}, but the drive holding {folder} is formatted {fs}, "
             "which cannot hold a file larger than {limit}. Nothing was written. Export to a drive "
             "formatted exFAT or NTFS, or to a folder on this computer, and carry the file over from "
             "there.")


def _size(n: int) -> str:
    """A size to one decimal (4.2 GiB is not "4 GiB" beside a 4 GiB limit)."""
    for unit, shift in (("GiB", 30), ("MiB", 20), ("KiB", 10)):
        if n >= 1 << shift:
            return f"{n / (1 << shift):.1f} {unit}"
    return f"{n} bytes"


def bundle_size(plaintext: int, recipients: int) -> int:
    """An upper bound of the size of the age file made from ``plaintext`` bytes."""
    chunks = max(1, -(-plaintext // age.CHUNK_SIZE))
    return plaintext + chunks * 16 + AGE_HEADER_ROOM + AGE_STANZA_ROOM * recipients


def check_room(folder: Path, size: int, *, volume_size: int | None = None, split: bool = False,
               fs_type: Callable[[Path], str | None] | None = None,
               free_space: Callable[[Path], int | None] | None = None) -> int | None:
    """Refuse (nothing written yet) a bundle of ``size`` bytes that ``folder`` cannot hold.

    With ``split``, a bundle larger than the file system's largest file (or than the
    ``volume_size`` the user chose) is not refused: the size of the volumes to cut it into is
    returned (None: one file), and the free space is checked for the whole set.
    The readers default to :mod:`fielddoc.platform.volumes`' (looked up at each call)."""
    fs = (fs_type or volumes.fs_type)(folder)
    limit = volumes.max_file_size(fs)
    cut = volume_size if split else None
    if limit is not None and size > limit and split:
        cut = min(cut or limit, limit)
    if limit is not None and size > limit and not split:
        raise BundleTooLargeForDrive(size=_size(size), folder=str(folder), fs=(fs or "").upper(),
                                     limit=_size(limit + 1))
    need = size
    if cut is not None and size > cut:
        count = parts.count_for(size, cut)
        if count > parts.MAX_VOLUMES:
            raise parts.TooManyVolumes(count=count, size=_size(cut), most=parts.MAX_VOLUMES)
        need += count * parts.HEADER_SIZE
    else:
        cut = None
    free = (free_space or volumes.free_space)(folder)
    if free is not None and need + SPARE > free:
        raise NoRoomForBundle(folder=str(folder), need=_size(need + SPARE), free=_size(free))
    return cut
