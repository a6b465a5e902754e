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

Windows refuses to replace, rename or delete a file another program holds open
without sharing it (a *sharing violation*: antivirus scanners, search indexers,
Excel, Acrobat). Every rename here goes through :func:`replace`, which retries
with a growing pause and then names the file and the likely cause
(:class:`~fielddoc.errors.FileInUse`) instead of an internal error. A set of
files that belong together (the CSV export) is written with
:func:`write_all_or_nothing`: staged in a hidden folder beside the targets,
then swapped in with a rollback, so a file held open leaves every file as it was.

On macOS ``fsync`` only reaches the drive's cache; :func:`full_fsync` asks for
``F_FULLFSYNC`` there (the drive writes its cache out) and falls back to
``fsync`` where the file system does not support it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TypeVar

from fielddoc.errors import FileInUse, InputFileError, InputTooLarge, NotAFile

TMP_SUFFIX = ".fdtmp"
STAGE_SUFFIX = ".fdstage"
T = TypeVar("T")

# -- Windows sharing violations -----------------------------------------------------------------
#: ERROR_ACCESS_DENIED (also what a rename over a file open without FILE_SHARE_DELETE gives),
#: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
SHARING_WINERRORS = frozenset({5, 32, 33})
#: Pauses between attempts, about 6 s in all: an antivirus scan or an indexer lets go within that.
RETRY_DELAYS: tuple[float, ...] = (0.05, 0.1, 0.2, 0.4, 0.8, 1.5, 2.5)
_sleep: Callable[[float], None] = time.sleep  # tests replace it: no real waiting


def is_sharing_violation(exc: BaseException) -> bool:
    """A Windows "in use by another process" refusal (retried), not a plain permission problem."""
    return isinstance(exc, PermissionError) and getattr(exc, "winerror", None) in SHARING_WINERRORS


def retry_sharing(action: Callable[[], T], path: Path | str) -> T:
    """Run ``action`` (a rename, open or delete of ``path``), retrying sharing violations.

    When the other program still holds the file after the last pause, :class:`FileInUse`
    names the file. Every other error passes through unchanged at once.
    """
    for delay in (*RETRY_DELAYS, None):
        try:
            return action()
        except PermissionError as exc:
            if not is_sharing_violation(exc):
                raise
            if delay is None:
                raise FileInUse(path=str(path)) from None
            _sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


def replace(src: Path | str, dst: Path | str) -> None:
    """``os.replace`` that waits out a file another program holds (see :func:`retry_sharing`)."""
    retry_sharing(lambda: os.replace(src, dst), dst)


def full_fsync(fd: int, *, platform: str = sys.platform) -> None:
    """Make a file's data durable: ``F_FULLFSYNC`` on macOS (fsync there stops at the drive's
    cache), ``fsync`` elsewhere or where the file system refuses ``F_FULLFSYNC``."""
    if platform == "darwin":
        import fcntl

        full = getattr(fcntl, "F_FULLFSYNC", None)
        if full is not None:
            try:
                fcntl.fcntl(fd, full)
                return
            except OSError:  # e.g. a network or FAT file system: plain fsync below
                pass
    os.fsync(fd)


def fsync_dir(path: Path) -> None:
    """fsync a directory so a rename inside it is durable (no-op where unsupported)."""
    if os.name == "nt":  # pragma: no cover - Windows cannot open directories
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_read_only(path: Path) -> bool:
    """The folder is on a read-only file system (or, on Windows, marked read-only)."""
    try:
        if hasattr(os, "statvfs"):
            if os.statvfs(path).f_flag & getattr(os, "ST_RDONLY", 1):
                return True
        return not os.access(path, os.W_OK)
    except OSError:
        return False


def missing_folders(path: Path) -> list[Path]:
    """``path`` and those of its parents that do not exist yet, outermost first."""
    missing: list[Path] = []
    p = Path(path).absolute()
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    return missing[::-1]


def remove_created(folder: Path, names: Iterable[str], folders: Iterable[Path]) -> None:
    """Undo a failed creation: remove the files ``names`` in ``folder``, then each of
    ``folders`` (innermost first) if it is empty. Nothing else is touched."""
    for name in names:
        with contextlib.suppress(OSError):
            (folder / name).unlink()
    for f in folders:
        with contextlib.suppress(OSError):
            f.rmdir()


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
            full_fsync(fh.fileno())
        replace(tmp, target)
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


def write_all_or_nothing(files: list[tuple[Path, bytes]],
                         progress: Callable[[int], None] = lambda _n: None) -> None:
    """Write files that belong together into one folder: all of them, or none changes.

    Each file is written and fsynced in a hidden staging folder beside the targets
    (``progress(n)`` after each; it may raise to cancel). Then the files they replace
    are moved aside into the staging folder (``old/``), and the new ones moved in;
    ``old/`` is renamed ``done/`` as the commit. If a rename fails (Windows: a file
    open in Excel), every move made so far is undone, so the folder holds exactly the
    old files, and :class:`FileInUse` names the file. A crash in between is undone the
    same way by :func:`recover_staged` on the next write into that folder.
    """
    if not files:
        return
    folder = files[0][0].parent
    recover_staged(folder)
    stage = folder / f".{secrets.token_hex(8)}{STAGE_SUFFIX}"
    stage.mkdir(mode=0o700)
    new = stage / "new"
    new.mkdir(mode=0o700)
    try:
        for n, (target, data) in enumerate(files, 1):
            fd = os.open(new / target.name,
                         os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                full_fsync(fh.fileno())
            progress(n)
        names = "\n".join(target.name for target, _ in files).encode("utf-8")
        atomic_write(stage / "names", names)
        (stage / "old").mkdir(mode=0o700)  # from here on a crash is rolled back
        fsync_dir(stage)
        try:
            for target, _ in files:  # every old file out of the way first: one held open stops all
                if os.path.lexists(target):
                    replace(target, stage / "old" / target.name)
            for target, _ in files:
                replace(new / target.name, target)
        except BaseException:
            _roll_back(stage, folder)
            raise
        os.replace(stage / "old", stage / "done")  # the commit
        fsync_dir(folder)
    finally:
        _remove_stage(stage)


def _roll_back(stage: Path, folder: Path) -> int:
    """Put back what an unfinished swap moved: old files over new ones, new files without
    an old one removed. Returns how many names were restored."""
    try:
        names = (stage / "names").read_text("utf-8").split("\n")
    except OSError:
        return 0
    n = 0
    for name in names:
        if not name or "/" in name or "\\" in name or name in (".", ".."):
            continue
        target, old, new = folder / name, stage / "old" / name, stage / "new" / name
        with contextlib.suppress(OSError):
            if old.exists():
                replace(old, target)
                n += 1
            elif not new.exists() and target.exists():  # placed, and there was none before
                target.unlink()
                n += 1
    fsync_dir(folder)
    return n


def _remove_stage(stage: Path) -> None:
    with contextlib.suppress(OSError):
        shutil.rmtree(stage)


def recover_staged(folder: Path) -> int:
    """After a crash inside :func:`write_all_or_nothing`: a swap that had begun but not
    committed is rolled back, then the staging folder goes. Returns the names restored."""
    n = 0
    if not folder.is_dir():
        return 0
    for stage in folder.glob(f".*{STAGE_SUFFIX}"):
        if (stage / "old").is_dir():
            n += _roll_back(stage, folder)
        _remove_stage(stage)
    return n


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
        fd = retry_sharing(lambda: os.open(path, flags), path)  # a file another program locks: wait
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
