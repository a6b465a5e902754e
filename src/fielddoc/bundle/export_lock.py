"""The export lock: one export (or recovery) at a time per vault, the same on every OS."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator

from fielddoc.bundle.errors import BundleFailure
from fielddoc.store.vault import Vault

LOCK_NAME = ".export.lock"
#: How long an export waits for another export from the same vault before saying so.
EXPORT_LOCK_WAIT = 10.0


class ExportRunning(BundleFailure):
    code = "export_running"
    msgid = ("Another export from this vault is running (in another FieldDoc window or a "
             "'fielddoc export'). Wait for it to finish, then try again; nothing was written.")


def _try_lock(fd: int, platform: str = sys.platform) -> bool:
    """Take the export lock without waiting: True if taken, False if another process holds it."""
    if platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextlib.contextmanager
def export_lock(vault: Vault, *, wait: float = EXPORT_LOCK_WAIT,
                clock: Callable[[], float] = time.monotonic,
                sleep: Callable[[float], None] = time.sleep,
                platform: str = sys.platform) -> Iterator[None]:
    """One export (or recovery) at a time per vault, across processes.

    Every OS behaves the same: the lock is tried without blocking, again every
    quarter second for ``wait`` seconds, and then :class:`ExportRunning` says so
    (Windows' own ``msvcrt.locking`` gave up after ten tries with an OS error,
    POSIX ``flock`` waited forever).
    """
    path = vault.path / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        deadline = clock() + wait
        while not _try_lock(fd, platform):
            if clock() >= deadline:
                raise ExportRunning()
            sleep(0.25)
        yield
    finally:
        os.close(fd)  # closing releases the lock
