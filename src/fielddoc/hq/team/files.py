"""HQ attachment files in PostgreSQL: each file's FDAT stream (crypto/stream.py) in ordered pieces.

The FDAT format already authenticates every 64 KiB chunk with AES-256-GCM under the file's own
key, its nonce carrying the chunk's index and its associated data the header with the file id;
the file key is wrapped under HQ's data key K in ``attachment_files.wrapped_key``. The pieces are
written in the same transaction as the file's row, so a crash leaves neither, and every member
reads them from any machine.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from fielddoc.crypto import stream
from fielddoc.crypto.keys import file_key_of
from fielddoc.errors import IntegrityError
from fielddoc.hq.team.errors import KeysChanged
from fielddoc.hq.team.schema import hq_file_chunks, hq_team
from fielddoc.store.schema import attachment_files
from fielddoc.store.vault import ATTACHMENT_SUFFIX

PIECE = 1 << 20  # bytes of the encrypted stream per row
KEY_LOCK = 4242000016  # advisory lock: K is being replaced (members.remove)


class ChunkSink:
    """A binary sink that stores what is written as pieces of ``file_id`` on ``conn``."""

    def __init__(self, conn: Connection, file_id: str) -> None:
        self._conn, self._file_id = conn, file_id
        self._buf = bytearray()
        self._seq = 0

    def write(self, data: bytes) -> int:
        self._buf += data
        while len(self._buf) >= PIECE:
            self._emit(bytes(self._buf[:PIECE]))
            del self._buf[:PIECE]
        return len(data)

    def _emit(self, piece: bytes) -> None:
        self._conn.execute(hq_file_chunks.insert().values(file_id=self._file_id, seq=self._seq, data=piece))
        self._seq += 1

    def close(self) -> None:
        if self._buf or self._seq == 0:
            self._emit(bytes(self._buf))
            self._buf.clear()

    def __enter__(self) -> ChunkSink:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.close()


class ChunkReader(io.RawIOBase):
    """Reads a stored file's pieces in order, one at a time (constant memory)."""

    def __init__(self, conn: Connection, file_id: str) -> None:
        super().__init__()
        self._conn, self._file_id = conn, file_id
        self._seq = 0
        self._buf = b""
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not self._buf and not self._done:
            row = self._conn.execute(select(hq_file_chunks.c.data).where(
                hq_file_chunks.c.file_id == self._file_id, hq_file_chunks.c.seq == self._seq)).first()
            if row is None:
                self._done = True
                break
            self._buf = bytes(row[0])
            self._seq += 1
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def check_generation(conn: Connection, generation: int) -> None:
    """Inside a writing transaction: K is still the one this session holds (no removal meanwhile)."""
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock_shared({KEY_LOCK})")  # removal takes it exclusively
    row = conn.execute(select(hq_team.c.generation).where(hq_team.c.id == 1)).first()
    if row is None or int(row[0]) != generation:
        raise KeysChanged()


def has_pieces(conn: Connection, file_id: str) -> bool:
    return bool(conn.execute(select(func.count()).select_from(hq_file_chunks)
                             .where(hq_file_chunks.c.file_id == file_id)).scalar())


def verify(conn: Connection, row: Any, key: bytes) -> None:
    """Decrypt a stored file without writing anything; IntegrityError if missing or damaged."""
    fid = row["file_id"]
    if not has_pieces(conn, fid):
        raise IntegrityError(detail="the encrypted file is missing")
    src = io.BufferedReader(ChunkReader(conn, fid))
    for _chunk in stream.iter_decrypt(None, src, expected_sha256=row["sha256"],
                                      expected_file_id=bytes.fromhex(fid),
                                      file_key=file_key_of(key, fid, row["wrapped_key"])):
        pass


def extract(conn: Connection, file_id: str, key: bytes, out: Path) -> str:
    """Decrypt a stored file to ``out`` (atomically; nothing is left on failure). Returns its SHA-256."""
    from fielddoc.fsutil import atomic_writer

    row = conn.execute(select(attachment_files).where(attachment_files.c.file_id == file_id)).mappings().one()
    src = io.BufferedReader(ChunkReader(conn, file_id))
    with atomic_writer(out) as dst:
        for chunk in stream.iter_decrypt(None, src, expected_sha256=row["sha256"],
                                         expected_file_id=bytes.fromhex(file_id),
                                         file_key=file_key_of(key, file_id, row["wrapped_key"])):
            dst.write(chunk)
    return str(row["sha256"])


def migrate_folder(conn: Connection, folder: Path) -> list[Path]:
    """Store every file of a per-laptop ``hq-files/`` folder that PostgreSQL lacks; returns them.

    The encrypted bytes are copied as they are (their keys are wrapped in the rows); the caller
    removes the local copies once the transaction committed.
    """
    done: list[Path] = []
    if not folder.is_dir():
        return done
    known = {r[0] for r in conn.execute(select(attachment_files.c.file_id))}
    for p in sorted(folder.iterdir()):
        fid = p.name.removesuffix(ATTACHMENT_SUFFIX)
        if not p.name.endswith(ATTACHMENT_SUFFIX) or fid not in known:
            continue
        if not has_pieces(conn, fid):
            with open(p, "rb") as src, ChunkSink(conn, fid) as sink:
                while piece := src.read(PIECE):
                    sink.write(piece)
        done.append(p)
    return done


def remove_local(paths: list[Path]) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()
