"""Re-keying a vault: a new data key, the database re-encrypted, every wrapped key re-wrapped.

``passwd`` only re-wraps the data key, so anything that ever held the old key
(a carved old header plus the old passphrase, a carved database page, a carved
attachment file whose row was purged) stays readable with it. ``rekey`` makes
all of that useless: after it, the data key is new, the SQLCipher database is a
new file under a new key, every attachment file key is wrapped under the new
key, and the new header wraps the new key under the same passphrase. The
attachment files themselves are not rewritten (their keys are random and only
ever stored wrapped, see store/file_keys.py).

On disk (docs/vault-format.md, "Re-keying"):

1. ``vault.db.rekey``: ``sqlcipher_export`` of the database under the new
   SQLCipher key, with every ``attachment_files.wrapped_key`` re-wrapped, in one
   transaction that holds the write lock on the old database; then fsynced.
2. ``vault.hdr.new``: the new header (written atomically).
3. The old database is checkpointed and closed (its WAL must be empty).
4. **Commit point**: ``vault.db.rekey`` is renamed over ``vault.db``.
5. ``vault.hdr.new`` is installed as ``vault.hdr`` (``header_io.write_header``:
   remembered as the good header, the old one overwritten in place) and removed.

A crash before 4 leaves the old database and header: the leftovers are removed
on the next open (``vault.recover_rekey``). A crash after 4 leaves
``vault.hdr.new`` without ``vault.db.rekey``: the next open installs it. Either
way the passphrase opens a vault with all its data, under one key, never a mix.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable

from fielddoc.crypto import kdf
from fielddoc.crypto.keys import constant_time_eq, derive_key, file_key_of, random_key, wrap_file_key
from fielddoc.errors import RekeyUnsupported, VaultChanged
from fielddoc.fsutil import atomic_write, fsync_dir, full_fsync, replace
from fielddoc.store import header as hdr
from fielddoc.store import header_io
from fielddoc.store.vault import REKEY_DB, REKEY_HEADER, Vault, install_header, recover_rekey

#: The setting that says an HQ keeps its records (and file keys) in PostgreSQL (hq/store.py).
_EXTERNAL_DB_SETTING = "hq_db_url"


def _fsync_file(path: os.PathLike[str] | str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        full_fsync(fd)
    finally:
        os.close(fd)


def _export(vault: Vault, old_key: bytes, new_key: bytes) -> None:
    """Step 1: the whole database, re-encrypted and with re-wrapped file keys, as vault.db.rekey."""
    target = vault.path / REKEY_DB
    raw = derive_key(new_key, "sqlcipher")
    with vault.engine.connect() as conn:
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        cur = dbapi.cursor()
        try:
            cur.execute("BEGIN IMMEDIATE")  # nobody writes to the old database meanwhile
            cur.execute("ATTACH DATABASE ? AS rekey KEY \"x'" + raw.hex() + "'\"", (str(target),))
            try:
                cur.execute("SELECT sqlcipher_export('rekey')").fetchall()
                rows = cur.execute("SELECT file_id, wrapped_key FROM main.attachment_files").fetchall()
                for fid, wrapped in rows:
                    key = file_key_of(old_key, fid, None if wrapped is None else bytes(wrapped))
                    cur.execute(
                        "UPDATE rekey.attachment_files SET wrapped_key = ? WHERE file_id = ?",
                        (wrap_file_key(new_key, bytes.fromhex(fid), key), fid),
                    )
                cur.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(Exception):
                    cur.execute("ROLLBACK")
                raise
            finally:
                with contextlib.suppress(Exception):
                    cur.execute("DETACH DATABASE rekey")
        finally:
            cur.close()
    _fsync_file(target)
    fsync_dir(vault.path)


def _close_old_database(vault: Vault) -> None:
    """Step 3: checkpoint and close; refuse if another process still has the database open."""
    with vault.engine.connect() as conn:
        busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    vault.close_engine()
    wal = vault.db_path.with_name(vault.db_path.name + "-wal")
    if (busy and busy[0]) or (wal.exists() and wal.stat().st_size > 0):
        raise VaultChanged()
    for name in (wal, vault.db_path.with_name(vault.db_path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            name.unlink()


def rekey(
    vault: Vault,
    passphrase: str,
    *,
    params: kdf.KdfParams | None = None,
    stage: Callable[[str], None] | None = None,
) -> None:
    """Give ``vault`` (unlocked) a new data key; ``passphrase`` is its current one and stays.

    ``stage`` is called with the name of each step done (tests kill the process
    there). Raises WrongPassphrase (counted like any unlock), RekeyUnsupported for
    an HQ in PostgreSQL, VaultChanged if another process uses the vault.
    """
    mark = stage or (lambda _name: None)
    path = vault.path
    if vault.get_setting(_EXTERNAL_DB_SETTING):
        raise RekeyUnsupported()
    recover_rekey(path)  # leftovers of an earlier, interrupted attempt
    header, old_key = header_io.unlock(path, passphrase)  # a wrong passphrase counts, as anywhere
    if not constant_time_eq(old_key, vault.data_key):
        raise VaultChanged()  # re-keyed elsewhere since this vault was opened
    new_key = random_key()
    try:
        _export(vault, old_key, new_key)
        mark("exported")
        new_header = hdr.wrap(
            new_key,
            passphrase,
            params or header.params,
            vault_id=header.vault_id,
            created_at=header.created_at,
            wipe_after=header.wipe_after,
        )
        atomic_write(path / REKEY_HEADER, new_header.encode())
        mark("prepared")
        _close_old_database(vault)
        mark("closed")
    except BaseException:
        recover_rekey(path)  # not committed: back to the old key, nothing lost
        raise
    replace(path / REKEY_DB, vault.db_path)  # the commit point
    fsync_dir(path)
    vault.switch_key(new_key, new_header)  # from here on only the new key opens the database
    mark("committed")
    install_header(path, new_header)  # if this fails, the next open installs vault.hdr.new
    mark("installed")
