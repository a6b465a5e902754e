"""Durable, atomic file writes, and safe reads of files from outside.

A file is written to a temporary sibling created with mode 0600 *before* any
byte is written, fsynced, moved over the target with ``os.replace`` and the
folder fsynced, so a crash at any moment leaves either the old file or the
complete new one. Temporary names are random and say nothing about content.

Every file a user or another party hands us (import files, cards, enrolment
files, bundles, receipts, attachments to encrypt, passphrase files) is opened
with :func:`open_outside` or read with :func:`read_outside`: after following
symlinks it must be an ordinary file (no device such as ``/dev/zero``, no FIFO
that would block, no folder or socket), checked again on the opened descriptor,
and reads of small files are capped.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from fielddoc.errors import InputFileError, InputTooLarge, NotAFile

TMP_SUFFIX = ".fdtmp"


def fsync_dir(path: Path) -> None:
    """fsync a directory so a rename inside it is durable (no-op where unsupported)."""
    if os.name == "nt":  # pragma: no cover - Windows cannot open directories
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed, readable only by the owner."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700)
    return path


def new_private_dirs(path: Path) -> Path:
    """Create ``path`` and its missing parents for plaintext output, each readable only by the
    owner (0700) whatever the umask. Folders that already exist are the user's: left as they are."""
    path = Path(path)
    missing: list[Path] = []
    p = path
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made meanwhile by someone else: not ours to change
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)
    return path


def _open_private_tmp(folder: Path) -> tuple[Path, int]:
    for _ in range(16):
        tmp = folder / f".{secrets.token_hex(8)}{TMP_SUFFIX}"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:  # pragma: no cover - 64 random bits
            continue
        return tmp, fd
    raise OSError("could not create a temporary file")  # pragma: no cover


@contextlib.contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """Stream into ``target`` atomically: on success the whole file appears, else nothing."""
    target = Path(target)
    tmp, fd = _open_private_tmp(target.parent)
    ok = False
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
        ok = True
    finally:
        if not ok:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)


def atomic_write(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically and durably."""
    with atomic_writer(target) as fh:
        fh.write(data)


def remove_stale_temps(folder: Path) -> int:
    """Delete temp files left by a crash mid-write. Returns how many were removed."""
    n = 0
    if not folder.is_dir():
        return 0
    for p in folder.glob(f".*{TMP_SUFFIX}"):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
            n += 1
    return n


# -- files from outside -----------------------------------------------------------------------
def size_text(n: int) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:g} {unit}"
        n //= 1024
    return f"{n} GiB"  # pragma: no cover


def _unreadable(path: Path, exc: OSError) -> InputFileError:
    if isinstance(exc, FileNotFoundError):
        return InputFileError(path=str(path), reason="no such file")
    if isinstance(exc, IsADirectoryError):
        return NotAFile(path=str(path))
    return InputFileError(path=str(path), reason=exc.strerror or "cannot read it")


def open_outside(path: Path | str, *, limit: int | None = None, allow_pipe: bool = False) -> BinaryIO:
    """Open a file from outside for reading; refuse anything but an ordinary file.

    Symlinks are followed, then the target must be a regular file; it is opened with
    ``O_NONBLOCK`` (so a FIFO swapped in meanwhile cannot block) and checked again with
    ``fstat``. ``limit`` refuses larger files before anything is read. ``allow_pipe``
    (passphrase files only) also accepts a pipe or character device such as
    ``/dev/stdin``, whose reads the caller must cap with :func:`read_outside`.
    """
    path = Path(path)
    try:
        before = os.stat(path)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if not _acceptable(before.st_mode, allow_pipe):
        raise NotAFile(path=str(path))
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    if not allow_pipe:
        flags |= getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    try:
        st = os.fstat(fd)
        if not _acceptable(st.st_mode, allow_pipe):
            raise NotAFile(path=str(path))
        if limit is not None and stat.S_ISREG(st.st_mode) and st.st_size > limit:
            raise InputTooLarge(path=str(path), limit=size_text(limit))
        if flags & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _acceptable(mode: int, allow_pipe: bool) -> bool:
    return stat.S_ISREG(mode) or (allow_pipe and (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)))


def read_capped(fh: BinaryIO, limit: int, where: str) -> bytes:
    """Read at most ``limit`` bytes; refuse a source that holds more."""
    data = fh.read(limit + 1)
    if len(data) > limit:
        raise InputTooLarge(path=where, limit=size_text(limit))
    return data


def read_outside(path: Path | str, limit: int, *, allow_pipe: bool = False) -> bytes:
    """The whole of a small file from outside (see :func:`open_outside`), at most ``limit`` bytes."""
    with open_outside(path, limit=limit, allow_pipe=allow_pipe) as fh:
        return read_capped(fh, limit, str(path))
