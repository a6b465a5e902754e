"""Damage to the database's write-ahead log (``vault.db-wal``), found before SQLite opens it.

SQLite silently ignores a WAL frame whose checksum fails and every frame after
it, and a missing or cut-short WAL simply looks like an older database: the
last committed changes vanish without an error. And once a connection closes,
SQLite checkpoints and deletes the WAL, so the evidence is gone. ``fielddoc
verify`` therefore reads the WAL and the wal-index (``vault.db-shm``) itself
first, with the formats of https://sqlite.org/fileformat2.html#walformat:

* the wal-index header (when intact) says how many frames were committed
  (``mxFrame``) and how many of them are already copied into the database
  (``nBackfill``); if the WAL is missing, its header is damaged, or it holds
  fewer valid frames than that, committed changes are lost;
* without a usable wal-index: a WAL header whose checksum fails while frames
  follow, or a frame whose checksum fails followed by more frames of the same
  generation (a crash only ever tears the last frame), is damage.

A torn last frame (a crash while writing a change that was never committed) and
a missing ``-shm`` (SQLite rebuilds it) are not damage. Nothing here reads a
page's content: pages stay encrypted.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from fielddoc.i18n import translate

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
FRAME_HEADER = 24
SHM_HEADER = 48
MAX_FRAMES_READ = 1 << 22  # ~16 GiB of 4 KiB pages: a WAL is checkpointed long before


def _checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


class _Wal:
    """What the WAL file holds: a valid header, its salts, and its valid committed frames."""

    def __init__(self, path: Path) -> None:
        self.header_ok = False
        self.salts: tuple[int, int] | None = None
        self.committed = 0  # frames up to the last valid commit frame
        self.damaged_frame: int | None = None  # a bad frame followed by frames of its generation
        self.size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(WAL_HEADER)
            if len(head) < WAL_HEADER:
                return
            magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", head)
            if magic not in WAL_MAGIC or page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
                return
            big = bool(magic & 1)
            if _checksum(head[:24], big) != (c1, c2):
                return
            self.header_ok, self.salts = True, (salt1, salt2)
            self._frames(fh, big, page_size, (c1, c2))

    def _frames(self, fh: object, big: bool, page_size: int, seed: tuple[int, int]) -> None:
        s0, s1 = seed
        bad_at: int | None = None
        for n in range(1, MAX_FRAMES_READ + 1):
            frame = fh.read(FRAME_HEADER + page_size)  # type: ignore[attr-defined]
            if len(frame) < FRAME_HEADER + page_size:
                return
            _page, commit, salt1, salt2, c1, c2 = struct.unpack(">6I", frame[:FRAME_HEADER])
            if (salt1, salt2) != self.salts:
                continue  # a frame left from an earlier generation of the log
            if bad_at is not None:
                self.damaged_frame = bad_at  # a crash tears only the last frame: this is damage
                return
            s0, s1 = _checksum(frame[:8] + frame[FRAME_HEADER:], big, s0, s1)
            if (s0, s1) != (c1, c2):
                bad_at = n
                continue
            if commit:
                self.committed = n


def _shm_frames(path: Path) -> tuple[int, int, tuple[int, int]] | None:
    """(mxFrame, nBackfill, salts) from an intact wal-index header, else None."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(136)
    except OSError:
        return None
    if len(raw) < 136 or raw[:SHM_HEADER] != raw[SHM_HEADER : 2 * SHM_HEADER]:
        return None
    order = "<" if sys.byteorder == "little" else ">"
    is_init = raw[12]
    mx_frame = struct.unpack(order + "I", raw[16:20])[0]
    salts = struct.unpack(">2I", raw[32:40])  # copied byte for byte from the WAL header
    if not is_init or _checksum(raw[:40], order == ">") != struct.unpack(order + "2I", raw[40:48]):
        return None
    n_backfill = struct.unpack(order + "I", raw[96:100])[0]
    return mx_frame, n_backfill, salts


def wal_problems(db_path: Path) -> list[str]:
    """Damage to the WAL of ``db_path``, as translated sentences; empty when none is found."""
    wal = db_path.with_name(db_path.name + "-wal")
    shm = db_path.with_name(db_path.name + "-shm")
    index = _shm_frames(shm) if shm.is_file() else None
    pending = index is not None and index[0] > index[1]  # committed frames not yet in the database
    if not wal.is_file():
        if pending:
            return [translate("The write-ahead log (vault.db-wal) is missing: the last saved changes are "
                              "lost.")]
        return []
    try:
        log = _Wal(wal)
    except OSError as exc:
        return [translate("The write-ahead log (vault.db-wal) cannot be read: {reason}.").format(
            reason=exc.strerror or type(exc).__name__)]
    if not log.header_ok:
        if pending or log.size > WAL_HEADER:
            return [translate("The write-ahead log (vault.db-wal) is damaged at its start: the last saved "
                              "changes it held are lost.")]
        return []
    if log.damaged_frame is not None:
        return [translate("The write-ahead log (vault.db-wal) is damaged at change record {frame}: that "
                          "change and the ones after it are lost.").format(frame=log.damaged_frame)]
    if index is not None and pending and (index[2] != log.salts or log.committed < index[0]):
        return [translate("The write-ahead log (vault.db-wal) was cut short or altered: it holds {found} of "
                          "the {expected} change records saved, so the last saved changes are lost.").format(
                              found=log.committed if index[2] == log.salts else 0, expected=index[0])]
    return []
