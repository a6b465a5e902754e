"""Giving every attachment file written by 0.1.0 its own random key.

0.1.0 derived a file's key from the data key, so a deleted file carved from
the disk still decrypted. Since format 0.2 each file has a random key, wrapped
in its ``attachment_files`` row (``crypto.keys.wrap_file_key``). Migration
0005 adds the column; :func:`upgrade` (run on every unlock, a no-op once done)
re-encrypts each old file, one at a time, crash-safely and resumably:

1. decrypt ``<id>.fda`` (checking its SHA-256) into ``<id>.fdnew`` under a new
   random key; written atomically (temp file, fsync, rename, fsync folder);
2. one transaction stores the wrapped new key in the row (the commit point);
3. ``<id>.fdnew`` replaces ``<id>.fda`` (rename, fsync folder).

A crash before 2 leaves a ``.fdnew`` whose row has no key: it is deleted and
the file converted again. A crash between 2 and 3 leaves a ``.fdnew`` whose row
has a key: the rename is finished. The file id (and so the file name, the
attachment's ``encryption.key_id`` and what HQ acknowledged) never changes.
A missing or damaged file is left as it is (``verify`` reports it).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.engine import Engine

from fielddoc.crypto import stream
from fielddoc.crypto.keys import random_key, wrap_file_key
from fielddoc.errors import IntegrityError
from fielddoc.fsutil import atomic_writer, fsync_dir, replace
from fielddoc.store.schema import attachment_files

SUFFIX = ".fda"
PENDING_SUFFIX = ".fdnew"


class _ChunkReader:
    """A ``read(n)`` view of an iterator of byte chunks (feeds encrypt_file)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = bytearray()
        self._done = False

    def read(self, n: int = -1) -> bytes:
        while not self._done and (n < 0 or len(self._buf) < n):
            try:
                self._buf += next(self._chunks)
            except StopIteration:
                self._done = True
        if n < 0:
            n = len(self._buf)
        out = bytes(self._buf[:n])
        del self._buf[:n]
        return out


def finish_pending(engine: Engine, folder: Path) -> None:
    """Complete or undo a conversion a crash interrupted (steps 2/3 above)."""
    if not folder.is_dir():
        return
    pending = [p for p in folder.iterdir() if p.name.endswith(PENDING_SUFFIX)]
    if not pending:
        return
    with engine.connect() as conn:
        keyed = {
            r[0]
            for r in conn.execute(
                select(attachment_files.c.file_id).where(attachment_files.c.wrapped_key.is_not(None))
            )
        }
    for p in pending:
        fid = p.name.removesuffix(PENDING_SUFFIX)
        if fid in keyed:
            replace(p, folder / f"{fid}{SUFFIX}")
        else:
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
    fsync_dir(folder)


def upgrade(engine: Engine, folder: Path, data_key: bytes) -> int:
    """Re-encrypt every file whose row has no key yet; returns how many were converted."""
    finish_pending(engine, folder)
    with engine.connect() as conn:
        rows = conn.execute(
            select(attachment_files.c.file_id, attachment_files.c.sha256).where(
                attachment_files.c.wrapped_key.is_(None)
            )
        ).all()
    done = 0
    for fid, sha256 in rows:
        path = folder / f"{fid}{SUFFIX}"
        pending = folder / f"{fid}{PENDING_SUFFIX}"
        file_id = bytes.fromhex(fid)
        key = random_key()
        try:
            with open(path, "rb") as src, atomic_writer(pending) as dst:
                plain = stream.iter_decrypt(data_key, src, expected_sha256=sha256, expected_file_id=file_id)
                stream.encrypt_file(None, _ChunkReader(plain), dst, file_id=file_id, file_key=key)  # type: ignore[arg-type]
        except (FileNotFoundError, IntegrityError):
            continue  # missing or damaged: left for verify to report
        with engine.begin() as conn:
            stored = conn.execute(
                update(attachment_files)
                .where(attachment_files.c.file_id == fid, attachment_files.c.wrapped_key.is_(None))
                .values(wrapped_key=wrap_file_key(data_key, file_id, key))
            ).rowcount
        if stored != 1:  # another process converted (or purged) it meanwhile
            with contextlib.suppress(FileNotFoundError):
                pending.unlink()
            continue
        replace(pending, path)
        fsync_dir(folder)
        done += 1
    return done
