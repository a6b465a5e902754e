"""The vault: a folder holding the header, the SQLCipher database and the
encrypted attachment files.

    <vault>/vault.hdr        header (docs/vault-format.md)
    <vault>/vault.db         SQLCipher 4 database (+ -wal, -shm)
    <vault>/attachments/     encrypted attachment files, random names
    <vault>/header.ok        SHA-256 of the last header that unlocked (store/header_io.py)
    <vault>/failures         failed-unlock counter (only when wipe is enabled)
    <vault>/vault.db.rekey, vault.hdr.new   only while ``fielddoc rekey`` runs
                             (store/rekey.py; finished or undone on the next open)

``Vault.create`` and ``Vault.open`` return an unlocked vault. ``lock()``
disposes the engine and drops the key; anything used afterwards raises
:class:`~fielddoc.errors.Locked`.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from alembic.util.exc import CommandError as AlembicError
from sqlalchemy import select
from sqlalchemy.engine import Engine

from fielddoc.crypto import kdf, signing
from fielddoc.crypto.keys import derive_key, random_key
from fielddoc.errors import (
    DatabaseCorrupt,
    Locked,
    PassphraseMismatch,
    VaultExists,
    VaultReadOnly,
    WeakPassphrase,
)
from fielddoc.fsutil import (
    TMP_SUFFIX,
    fsync_dir,
    is_read_only,
    missing_folders,
    private_dir,
    remove_created,
    remove_stale_temps,
)
from fielddoc.i18n import translate
from fielddoc.store import damage, file_keys, header_io, migrate
from fielddoc.store import header as hdr
from fielddoc.store.engine import sqlcipher_engine
from fielddoc.store.header_io import (  # noqa: F401 - FAILURES, LAST_GOOD, WIPED_MARK: re-exported
    FAILURES,
    HEADER_NAME,
    LAST_GOOD,
    WIPED_MARK,
    read_header,
    write_header,
)
from fielddoc.store.idle_clock import IDLE_CLOCK
from fielddoc.store.schema import attachment_files, secrets_table, settings

DB_NAME = "vault.db"
REKEY_DB = "vault.db.rekey"
REKEY_HEADER = "vault.hdr.new"
ATTACHMENTS = "attachments"
MIN_CHARS = 12
MIN_WORDS = 5
DEFAULT_IDLE_SECONDS = 300
ATTACHMENT_SUFFIX = ".fda"
ORPHAN_GRACE_SECONDS = 600


def check_passphrase_policy(passphrase: str, repeat: str | None = None) -> None:
    """At least 12 characters or 5 words; raise with the reason otherwise."""
    if repeat is not None and passphrase != repeat:
        raise PassphraseMismatch()
    if len(passphrase.strip()) >= MIN_CHARS or len(passphrase.split()) >= MIN_WORDS:
        return
    raise WeakPassphrase()


def _undo_create(path: Path, made: list[Path]) -> None:
    """Remove what a failed ``create`` wrote: its files, then the folders it made (if empty)."""
    names = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal", HEADER_NAME)
    remove_created(path, names, [path / ATTACHMENTS, *reversed(made)])


def is_vault(path: Path) -> bool:
    return (Path(path) / HEADER_NAME).is_file()


class Vault:
    """An unlocked vault. Construct with :meth:`create` or :meth:`open`."""

    def __init__(
        self,
        path: Path,
        header: hdr.VaultHeader,
        data_key: bytes,
        *,
        clock: Callable[[], float] = IDLE_CLOCK,
        read_only: bool = False,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only  # opened to look (read-only media): every write is refused
        self.header = header
        self._data_key: bytearray | None = bytearray(data_key)
        self._engine: Engine | None = None
        self.clock = clock
        self._last_activity = clock()
        self.idle_timeout: float | None = DEFAULT_IDLE_SECONDS
        self._on_lock: list[Callable[[], None]] = []

    # -- paths -----------------------------------------------------------------
    @property
    def header_path(self) -> Path:
        return self.path / HEADER_NAME

    @property
    def db_path(self) -> Path:
        return self.path / DB_NAME

    @property
    def attachments_dir(self) -> Path:
        return self.path / ATTACHMENTS

    # -- creation and unlocking -----------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        params: kdf.KdfParams | None = None,
        wipe_after: int | None = None,
        author: str = "monitor",
        clock: Callable[[], float] = IDLE_CLOCK,
    ) -> Vault:
        """Create a new vault in ``path`` (an empty or absent folder).

        ``params`` default to a calibration on this machine; tests pass cheap
        ones explicitly.
        """
        path = Path(path)
        check_passphrase_policy(passphrase)
        if (path / HEADER_NAME).exists() or (path / DB_NAME).exists():
            raise VaultExists(path=str(path))
        if wipe_after is not None and wipe_after < 3:
            raise ValueError("wipe_after must be at least 3")
        made = missing_folders(path)
        try:
            return cls._create(path, passphrase, params, wipe_after, author, clock)
        except BaseException:
            _undo_create(path, made)  # a full disk must not leave a half vault that init calls a vault
            raise

    @classmethod
    def _create(cls, path: Path, passphrase: str, params: kdf.KdfParams | None, wipe_after: int | None,
                author: str, clock: Callable[[], float]) -> Vault:
        private_dir(path)
        private_dir(path / ATTACHMENTS)
        data_key = random_key()
        header = hdr.wrap(data_key, passphrase, params or kdf.calibrate(), wipe_after=wipe_after)
        vault = cls(path, header, data_key, clock=clock)
        # Database first, header last: a crash before the header is written
        # leaves no vault (and a database nobody can open is simply discarded).
        try:
            with vault.engine.begin() as conn:
                migrate.upgrade(conn)
                private_key, public_key = signing.generate()
                conn.execute(secrets_table.insert().values(name="device_signing_key", value=private_key))
                conn.execute(
                    settings.insert(),
                    [
                        {"key": "device_id", "value": signing.key_id(public_key)},
                        {"key": "author", "value": author},
                        {"key": "vault_id", "value": header.vault_id},
                    ],
                )
            vault.close_engine()
            _restrict(vault.db_path)
            write_header(path, header)
        except BaseException:
            vault.lock()
            raise
        return vault

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        clock: Callable[[], float] = IDLE_CLOCK,
        read_only: bool = False,
    ) -> Vault:
        """Unlock the vault in ``path``. Raises a VaultError subclass on any problem.

        A vault on read-only media raises :class:`VaultReadOnly` (not "damaged") unless
        ``read_only``: then it opens for looking, nothing in its folder is written, and
        every change is refused with :class:`VaultReadOnly`.
        """
        path = Path(path)
        if not read_only and path.is_dir() and is_read_only(path):
            raise VaultReadOnly(path=str(path))
        if not read_only:
            recover_rekey(path)
        header, data_key = header_io.unlock(path, passphrase, read_only=read_only)
        vault = cls(path, header, data_key, clock=clock, read_only=read_only)
        if read_only:
            return vault._open_read_only()
        if not vault.db_path.exists():
            raise DatabaseCorrupt(detail=translate("the database file is missing"))
        try:
            with vault.engine.begin() as conn:
                revision = migrate.current_revision(conn)
                if revision is None:  # an empty or replaced file: never make a new database here
                    raise DatabaseCorrupt(detail=translate("the database file holds no vault (it is empty "
                                                           "or was replaced)"))
                if revision != migrate.HEAD:
                    migrate.upgrade(conn)
            remove_stale_temps(path)
            try:
                file_keys.upgrade(vault.engine, vault.attachments_dir, vault.data_key)
            except OSError:
                pass  # read-only media: 0.1.0 files stay readable under their derived keys
            vault.clean_orphan_attachments()
        except damage.DB_ERRORS as exc:
            vault.lock()
            raise DatabaseCorrupt(detail=damage.describe_db_error(exc)) from None
        except AlembicError:
            vault.lock()
            raise DatabaseCorrupt(detail=translate("the database's schema version is unknown: it was made by "
                                                   "a newer FieldDoc, or it is damaged")) from None
        except DatabaseCorrupt:
            vault.lock()
            raise
        return vault

    def _open_read_only(self) -> Vault:
        try:
            if not self.db_path.exists():
                raise DatabaseCorrupt(detail=translate("the database file is missing"))
            with self.engine.connect() as conn:
                revision = migrate.current_revision(conn)
            if revision != migrate.HEAD:  # bringing it up to date would write
                raise VaultReadOnly(path=str(self.path))
        except damage.DB_ERRORS as exc:
            self.lock()
            raise DatabaseCorrupt(detail=damage.describe_db_error(exc)) from None
        except BaseException:
            self.lock()
            raise
        return self

    # -- key and engine ----------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._data_key is None

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise Locked()
        return bytes(self._data_key)

    @property
    def engine(self) -> Engine:
        if self._data_key is None:
            raise Locked()
        self.check_idle()
        if self._engine is None:
            self._engine = sqlcipher_engine(self.db_path, derive_key(self.data_key, "sqlcipher"),
                                            read_only=self.read_only)
        return self._engine

    def connect(self) -> Any:
        """A transaction context (``with vault.begin() as conn``)."""
        return self.engine.begin()

    begin = connect

    def close_engine(self) -> None:
        """Close every database connection (the key stays; the next use reconnects)."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def switch_key(self, data_key: bytes, header: hdr.VaultHeader) -> None:
        """After ``rekey``: use the new data key and header; the old key is zeroed.

        A vault locked meanwhile (idle lock during a long rekey) stays locked.
        """
        self.close_engine()
        self.header = header
        if self._data_key is None:
            return
        for i in range(len(self._data_key)):
            self._data_key[i] = 0
        self._data_key = bytearray(data_key)

    def on_lock(self, callback: Callable[[], None]) -> None:
        self._on_lock.append(callback)

    def lock(self) -> None:
        """Close the database and forget the key. Safe to call twice."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self._data_key is not None:
            for i in range(len(self._data_key)):
                self._data_key[i] = 0
            self._data_key = None
        callbacks, self._on_lock = self._on_lock, []
        for cb in callbacks:
            with contextlib.suppress(Exception):
                cb()

    # -- idle lock (clock injectable for tests) ----------------------------------
    def touch(self) -> None:
        self._last_activity = self.clock()

    def idle_seconds(self) -> float:
        return self.clock() - self._last_activity

    def check_idle(self) -> None:
        """Lock and raise Locked if idle longer than ``idle_timeout``."""
        if self.idle_timeout is not None and self.idle_seconds() > self.idle_timeout:
            self.lock()
            raise Locked()

    # -- passphrase change ---------------------------------------------------------
    def change_passphrase(
        self, old: str, new: str, *, params: kdf.KdfParams | None = None
    ) -> None:
        change_passphrase(self.path, old, new, params=params)
        self.header = read_header(self.path)

    def kdf_below_floor(self) -> bool:
        """Whether the header's Argon2id parameters are weaker than the floor (64 MiB, t=3)."""
        return self.header.params.below_floor()

    def kdf_floor_warning(self) -> str | None:
        """The translated warning every front end shows when the vault is below the floor."""
        if not self.kdf_below_floor():
            return None
        from fielddoc.i18n import translate

        return translate(
            "WARNING: this vault's passphrase hardening ({kdf}) is below the minimum of 64 MiB and "
            "3 iterations: a stolen copy can be guessed at much faster. Run 'fielddoc passwd' to "
            "re-wrap its key with parameters calibrated for this computer."
        ).format(kdf=kdf.describe(self.header.params))

    # -- settings ------------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(settings.c.value).where(settings.c.key == key)).first()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(settings.delete().where(settings.c.key == key))
            conn.execute(settings.insert().values(key=key, value=value))

    @property
    def device_id(self) -> str:
        value = self.get_setting("device_id")
        if value is None:
            raise DatabaseCorrupt(detail=translate("the database has lost this device's id"))
        return value

    def signing_key(self) -> bytes:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(secrets_table.c.value).where(secrets_table.c.name == "device_signing_key")
            ).first()
        if row is None:
            raise DatabaseCorrupt(detail=translate("the device key is missing"))
        return bytes(row[0])

    @contextlib.contextmanager
    def open_file(self, file_id: str) -> Iterator[BinaryIO]:
        """The encrypted stream of stored attachment file ``file_id``; FileNotFoundError if absent.

        One way to read a stored file, whatever holds it (an HQ team keeps them in PostgreSQL:
        ``HQStore.open_file``)."""
        with open(self.attachments_dir / f"{file_id}{ATTACHMENT_SUFFIX}", "rb") as fh:
            yield fh

    def clean_orphan_attachments(self, grace_seconds: float = ORPHAN_GRACE_SECONDS) -> int:
        """Remove encrypted files no row refers to (left by a crash mid-attach).

        Files younger than ``grace_seconds`` are kept: another FieldDoc process
        may be writing one right now and about to commit its row.
        """
        folder = self.attachments_dir
        if not folder.is_dir():
            return 0
        with self.engine.connect() as conn:
            known = {r[0] for r in conn.execute(select(attachment_files.c.file_id))}
        now = time.time()
        removed = 0
        for p in folder.iterdir():
            if p.name.endswith(ATTACHMENT_SUFFIX):
                if p.name.removesuffix(ATTACHMENT_SUFFIX) in known:
                    continue
            elif not p.name.endswith(TMP_SUFFIX):
                continue
            try:
                if now - p.stat().st_mtime < grace_seconds:
                    continue
                p.unlink()
                removed += 1
            except FileNotFoundError:
                continue
        return removed

    def checkpoint(self) -> None:
        """Copy the WAL into the database and truncate it (after erasing something).

        ``secure_delete`` zeroes deleted cells in the database pages, but older
        page images stay in the WAL until it is overwritten; a TRUNCATE checkpoint
        ends that. (Blocks the file system freed may still hold them, encrypted
        under the SQLCipher key; after ``rekey`` they need the old key.)
        """
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    # -- checks --------------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        """SQLCipher page HMACs, SQLite structure, the FTS index and the vault's identity (translated
        sentences, see :mod:`fielddoc.store.damage`); empty when all is well."""
        return damage.database_problems(self.engine, self.header.vault_id)

    def status(self) -> dict[str, Any]:
        p = self.header.params
        return {
            "path": str(self.path),
            "vault_id": self.header.vault_id,
            "format": f"{self.header.major}.{self.header.minor}",
            "created_at": self.header.created_at,
            "kdf": kdf.describe(p),
            "kdf_below_floor": p.below_floor(),
            "wipe_after": self.header.wipe_after,
            "device_id": self.device_id,
            "locked": self.is_locked,
        }


# -- an interrupted rekey (store/rekey.py) -------------------------------------------------
def recover_rekey(path: Path) -> str | None:
    """Finish or undo a ``rekey`` a crash interrupted (see store/rekey.py).

    The commit point of a rekey is the rename of ``vault.db.rekey`` over
    ``vault.db``. So: ``vault.hdr.new`` without ``vault.db.rekey`` means the
    database is already under the new key, and the new header is installed
    ("finished"); any other leftover is removed, header first ("undone"), and the
    vault stays under its old key. Needs no passphrase. Returns what was done.
    """
    path = Path(path)
    new_header = path / REKEY_HEADER
    new_db = path / REKEY_DB
    if new_header.exists() and not new_db.exists():
        # Complete (written atomically) unless tampered with; decode checks it.
        install_header(path, hdr.decode(new_header.read_bytes(), new_header))
        return "finished"
    undone = False
    if new_header.exists():
        new_header.unlink()  # first: a crash below must not look committed
        fsync_dir(path)
        undone = True
    for name in (REKEY_DB, REKEY_DB + "-journal", REKEY_DB + "-wal", REKEY_DB + "-shm"):
        with contextlib.suppress(FileNotFoundError):
            (path / name).unlink()
            undone = True
    if undone:
        fsync_dir(path)
    return "undone" if undone else None


def install_header(path: Path, header: hdr.VaultHeader) -> None:
    """Rekey's last step: ``header`` becomes the vault's header (``write_header``:
    remembered as the good one, the old header overwritten in place), then
    ``vault.hdr.new`` is dropped. A crash in between repeats this on the next open."""
    write_header(path, header)
    with contextlib.suppress(FileNotFoundError):
        (path / REKEY_HEADER).unlink()
    fsync_dir(path)


# -- passphrase change ------------------------------------------------------------------------
def change_passphrase(
    path: Path, old: str, new: str, *, params: kdf.KdfParams | None = None
) -> None:
    """Re-wrap the data key under ``new``; the database is not re-encrypted.

    The old passphrase is tried like any unlock (it counts toward wipe-after-N).
    ``params`` default to a new calibration on this machine (never below the
    floor), so a vault made with weaker parameters is lifted. The new header
    replaces the old one through :func:`header_io.write_header`: a crash leaves
    exactly one of the old or the new passphrase working, and the old header's
    bytes are overwritten in place.
    """
    check_passphrase_policy(new)
    path = Path(path)
    recover_rekey(path)
    header, data_key = header_io.unlock(path, old)
    new_header = hdr.wrap(
        data_key,
        new,
        params or kdf.calibrate(),
        vault_id=header.vault_id,
        created_at=header.created_at,
        wipe_after=header.wipe_after,
    )
    write_header(path, new_header)


def _restrict(p: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(p, 0o600)
