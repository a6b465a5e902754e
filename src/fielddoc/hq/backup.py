"""``fielddoc hq backup`` / ``restore``: HQ's PostgreSQL records database and its files, encrypted.

File format (docs/hq-safety.md §6): the 8 bytes ``FDHQBK1\\n``, then one encrypted
stream (crypto/stream.py, the attachment format) under a key derived from the HQ
vault's data key and a random file id, whose plaintext is a tar stream of

* ``manifest.json``: format, HQ id, schema revision, table names;
* ``tables/<table>/<n>.jsonl``: the rows, 2000 per entry; the first line is the list
  of columns, then one JSON list per row (bytes as ``{"b64": ...}``);
* ``files/<file_id>.fdatt``: the attachment files as they are (already encrypted).

Everything is read in one REPEATABLE READ snapshot; the tar is produced on a thread
into a pipe and encrypted as it comes, so no plaintext touches the disk, and the
backup file appears whole or not at all (``atomic_writer``). Restoring needs the
same HQ vault (its data key; the vault folder is backed up as docs/recovery.md
says) and an empty database; all rows go in one transaction.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import secrets
import tarfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import MetaData, func, select, text
from sqlalchemy.engine import Connection

from fielddoc.crypto import stream
from fielddoc.errors import InputFileError
from fielddoc.fsutil import atomic_write, atomic_writer, open_outside, private_dir
from fielddoc.hq import dburl, safety
from fielddoc.hq.errors import HQDatabaseTaken, HQError
from fielddoc.hq.store import DB_URL_KEY, HQStore
from fielddoc.hq.team import pgroles
from fielddoc.hq.team import schema as team_schema
from fielddoc.hq.team.errors import RoleRefused
from fielddoc.store import migrate
from fielddoc.store.schema import attachment_files, revisions
from fielddoc.store.vault import ATTACHMENT_SUFFIX

MAGIC = b"FDHQBK1\n"
FORMAT = "fielddoc-hq-backup"
ROWS_PER_ENTRY = 2000
BYTES_PER_ENTRY = 8 << 20  # an entry ends sooner when its rows are large (hq_file_chunks: 1 MiB each)
SKIP_TABLES = {"alembic_version", "stat_facets"}  # stat_facets: its triggers refill it (migration 0013)


class BackupNeedsPostgres(HQError):
    code = "backup_needs_postgres"
    msgid = (
        "This HQ keeps its records in its vault, not in PostgreSQL: back it up by copying the vault "
        "folder while FieldDoc is closed (docs/recovery.md)."
    )


class BackupNeedsAdministrator(RoleRefused):
    code = "backup_needs_admin"
    msgid = (
        "Only an HQ administrator backs up a team HQ (other roles may not see every row); your role is "
        "{role}. Nothing was written."
    )


class RestoreNeedsFreshOpen(HQDatabaseTaken):
    code = "restore_team_present"
    msgid = (
        "The database {where} already holds an HQ team, so a backup cannot be restored into it. Restore "
        "into an empty database with 'fielddoc hq restore'. Nothing was restored."
    )


class NotThisHQsBackup(HQError):
    code = "backup_other_hq"
    msgid = "{path} is not a backup of this HQ (or it is damaged). Nothing was restored."


def _value(v: Any) -> Any:
    if isinstance(v, bytes | bytearray | memoryview):
        return {"b64": base64.b64encode(bytes(v)).decode("ascii")}
    return v


def _unvalue(v: Any) -> Any:
    if isinstance(v, dict) and set(v) == {"b64"}:
        return base64.b64decode(v["b64"])
    return v


def _add(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def _tables(conn: Connection) -> list[Any]:
    meta = MetaData()
    meta.reflect(conn)
    return [t for t in meta.sorted_tables if t.name not in SKIP_TABLES]


def _write_tar(hq: HQStore, sink: BinaryIO) -> None:
    with hq.engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn, conn.begin():
        tables = _tables(conn)
        manifest = {
            "format": FORMAT,
            "version": 1,
            "hq_id": safety.database_id(conn),
            "schema": migrate.current_revision(conn),
            "tables": [t.name for t in tables],
        }
        with tarfile.open(fileobj=sink, mode="w|") as tar:
            _add(tar, "manifest.json", json.dumps(manifest).encode("utf-8"))
            for t in tables:
                cols = [c.name for c in t.columns]
                order = list(t.primary_key.columns) or list(t.columns)
                n, buf, size = 0, [json.dumps(cols)], 0
                for row in conn.execute(select(t).order_by(*order)).yield_per(100):
                    buf.append(json.dumps([_value(v) for v in row], ensure_ascii=False))
                    size += len(buf[-1])
                    if len(buf) > ROWS_PER_ENTRY or size > BYTES_PER_ENTRY:
                        _add(tar, f"tables/{t.name}/{n:06d}.jsonl", "\n".join(buf).encode("utf-8"))
                        n, buf, size = n + 1, [json.dumps(cols)], 0
                _add(tar, f"tables/{t.name}/{n:06d}.jsonl", "\n".join(buf).encode("utf-8"))
            fid = attachment_files.c.file_id
            for (file_id,) in conn.execute(select(fid).order_by(fid)):
                p = hq.attachments_dir / f"{file_id}{ATTACHMENT_SUFFIX}"
                with contextlib.suppress(FileNotFoundError), open(p, "rb") as fh:
                    info = tar.gettarinfo(fileobj=fh, arcname=f"files/{file_id}{ATTACHMENT_SUFFIX}")
                    info.mode, info.uid, info.gid, info.uname, info.gname = 0o600, 0, 0, "", ""
                    tar.addfile(info, fh)


def backup(hq: HQStore, out: Path) -> Path:
    """Write the encrypted backup of ``hq`` (PostgreSQL records and files) to ``out``, atomically."""
    if not hq.external:
        raise BackupNeedsPostgres()
    if hq.team is not None and hq.team.role != "admin":
        raise BackupNeedsAdministrator(role=hq.team.role)
    read_fd, write_fd = os.pipe()
    failure: list[BaseException] = []

    def produce() -> None:
        try:
            with os.fdopen(write_fd, "wb") as sink:
                _write_tar(hq, sink)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            failure.append(exc)

    worker = threading.Thread(target=produce, name="hq-backup", daemon=True)
    worker.start()
    try:
        with os.fdopen(read_fd, "rb") as source, atomic_writer(Path(out)) as dst:
            dst.write(MAGIC)
            # the vault's own key, not the team's K: a restore opens it before the team exists
            stream.encrypt_file(hq.vault.data_key, source, dst, file_id=secrets.token_bytes(16))
            worker.join()
            if failure:
                raise failure[0]
    finally:
        worker.join()
    return Path(out)


def _file_entry(name: str) -> bool:
    """``files/<name>.fdatt``, one level, no path tricks."""
    base = name[6:]
    return name.startswith("files/") and base.endswith(ATTACHMENT_SUFFIX) and "/" not in base \
        and "\\" not in base and not base.startswith(".")


class _Chunks(io.RawIOBase):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks, self._rest = chunks, b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not self._rest:
            nxt = next(self._chunks, None)
            if nxt is None:
                return 0
            self._rest = nxt
        n = min(len(b), len(self._rest))
        b[:n] = self._rest[:n]
        self._rest = self._rest[n:]
        return n


def restore(hq: HQStore, path: Path) -> int:
    """Load a backup of this HQ into ``hq``'s (empty) PostgreSQL database; returns the number of rows."""
    if not hq.external:
        raise BackupNeedsPostgres()
    where = dburl.shown(str(hq.engine.url))
    if hq.team is not None:  # opened as a member: the database has a team (open_hq(team=False) to restore)
        raise RestoreNeedsFreshOpen(where=where)
    fh = open_outside(Path(path))
    rows_done = 0
    files_dir = hq.attachments_dir
    private_dir(files_dir)
    try:
        with fh, hq.begin() as conn:
            if fh.read(len(MAGIC)) != MAGIC:
                raise NotThisHQsBackup(path=str(path))
            used = conn.execute(select(func.count()).select_from(revisions)).scalar()
            db_id = safety.database_id(conn)
            if used or (db_id is not None and db_id != hq.vault.get_setting(safety.HQ_ID_KEY)):
                raise HQDatabaseTaken(where=where)
            if team_schema.present(conn) and conn.execute(select(team_schema.hq_team.c.id)).first():
                raise RestoreNeedsFreshOpen(where=where)
            team_schema.ensure(conn)  # a team's tables are outside the Alembic chain
            tables = {t.name: t for t in _tables(conn)}
            raw = io.BufferedReader(_Chunks(stream.iter_decrypt(hq.vault.data_key, fh)), 1 << 16)
            with tarfile.open(fileobj=raw, mode="r|") as tar:
                manifest: dict[str, Any] | None = None
                for member in tar:
                    data = tar.extractfile(member)
                    if data is None:
                        continue
                    name = member.name
                    if name == "manifest.json":
                        manifest = json.loads(data.read())
                        if (
                            manifest.get("format") != FORMAT
                            or manifest.get("hq_id") != hq.vault.get_setting(safety.HQ_ID_KEY)
                            or manifest.get("schema") != migrate.current_revision(conn)
                        ):
                            raise NotThisHQsBackup(path=str(path))
                        for t in reversed(list(tables.values())):  # the fresh database's own rows
                            conn.execute(t.delete())
                        continue
                    if manifest is None:
                        raise NotThisHQsBackup(path=str(path))
                    if name.startswith("tables/"):
                        table = tables.get(name.split("/")[1])
                        if table is None:  # a table this FieldDoc does not know: never silently dropped
                            raise NotThisHQsBackup(path=str(path))
                        lines = data.read().decode("utf-8").split("\n")
                        cols = json.loads(lines[0])
                        batch = [
                            dict(zip(cols, map(_unvalue, json.loads(x)), strict=True)) for x in lines[1:]
                        ]
                        if batch:
                            conn.execute(table.insert(), batch)
                            rows_done += len(batch)
                    elif _file_entry(name):
                        atomic_write(files_dir / name[6:], data.read())
            while raw.read(1 << 16):  # to the end: the stream's last chunk proves nothing was cut off
                pass
            _reset_sequences(conn, list(tables.values()))
            team = conn.execute(select(team_schema.hq_team.c.id)).first() is not None
            if team:
                _regrant(conn)
    except (stream.IntegrityError, tarfile.TarError, ValueError, KeyError):
        # another HQ's key, a damaged or cut file: the transaction rolled back, nothing was restored
        raise NotThisHQsBackup(path=str(path)) from None
    except OSError as exc:
        raise InputFileError(path=str(path), reason=exc.strerror or "cannot be read") from None
    hq.same_hq = True
    hq.vault.set_setting(DB_URL_KEY, dburl.split_password(str(hq.engine.url.render_as_string(False)))[0])
    if team:  # this vault's own credential opens the restored team (its member row came back)
        from fielddoc.hq.team.attach import attach

        hq.team = attach(hq)
    return rows_done


def _regrant(conn: Connection) -> None:
    """The restored team's PostgreSQL roles for this database (names carry the database's tag).

    Group roles, grants and policies are made again when the connecting user may; each member's
    login that exists on this server joins its role's new group. Nothing is changed when not allowed
    (``hq.pending_sql`` of a later open does not cover it: see docs/hq-safety.md §6).
    """
    name = pgroles.dbname(conn)
    sql = pgroles.setup_sql(name)
    rows = conn.execute(select(team_schema.hq_members.c.pg_role, team_schema.hq_members.c.role).where(
        team_schema.hq_members.c.removed_at.is_(None), team_schema.hq_members.c.pg_role.is_not(None))).all()
    existing = {r for (r,) in conn.exec_driver_sql("SELECT rolname FROM pg_roles")}
    for login, role in rows:
        if login in existing:
            sql.append(f"GRANT {pgroles.quote(pgroles.group(name, role))} TO {pgroles.quote(login)}")
    pgroles.apply(conn, sql)


def _reset_sequences(conn: Connection, tables: list[Any]) -> None:
    """Serial columns continue after the restored rows."""
    for t in tables:
        for c in t.primary_key.columns:
            q = text("SELECT pg_get_serial_sequence(:t, :c)")
            seq = conn.execute(q, {"t": t.name, "c": c.name}).scalar()
            if seq:
                top = f'COALESCE((SELECT max("{c.name}") FROM "{t.name}"), 0) + 1'
                conn.execute(text(f"SELECT setval(:s, {top}, false)"), {"s": seq})


__all__ = ["backup", "restore"]
