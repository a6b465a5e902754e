"""Durable, atomic file writes.

A file is written to a temporary sibling created with mode 0600 *before* any
byte is written, fsynced, moved over the target with ``os.replace`` and the
folder fsynced, so a crash at any moment leaves either the old file or the
complete new one. Temporary names are random and say nothing about content.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

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
