"""Vault creation, unlock, header tamper, passphrase policy, locking (security tests 1, 3, 4, 9)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from fielddoc import errors
from fielddoc.crypto.kdf import TEST_PARAMS, KdfParams
from fielddoc.store import header as hdr
from fielddoc.store.vault import Vault, change_passphrase, check_passphrase_policy, read_header
from tests.conftest import PASSPHRASE


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_database_is_not_plain_sqlite(vault, rec):
    rec.create("person", {"id": "per-1", "name": "Canary Person"})
    for name in ("vault.db", "vault.db-wal"):
        p = vault.path / name
        if p.exists() and p.stat().st_size:
            assert not p.read_bytes().startswith(b"SQLite format 3")
    vault.lock()
    con = sqlite3.connect(vault.path / "vault.db")
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("select * from sqlite_master").fetchall()
    con.close()
    # SQLCipher itself, without the key, fails closed too.
    con = sqlcipher3.connect(str(vault.path / "vault.db"))
    with pytest.raises(sqlcipher3.DatabaseError):
        con.execute("select * from sqlite_master").fetchall()
    con.close()


def test_header_has_no_plaintext_key_and_magic(vault):
    raw = (vault.path / "vault.hdr").read_bytes()
    assert raw.startswith(hdr.MAGIC)
    assert vault.data_key not in raw


def test_wrong_passphrase_changes_nothing(vault_dir):
    v = Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS)
    v.lock()
    before = _hashes(vault_dir)
    with pytest.raises(errors.WrongPassphrase) as exc:
        Vault.open(vault_dir, "not the passphrase at all")
    assert "Wrong passphrase" in str(exc.value)
    assert _hashes(vault_dir) == before
    Vault.open(vault_dir, PASSPHRASE).lock()


@pytest.mark.parametrize("offset_frac", [i / 40 for i in range(40)])
def test_any_changed_header_byte_is_detected(vault_dir, offset_frac):
    Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS).lock()
    hp = vault_dir / "vault.hdr"
    raw = bytearray(hp.read_bytes())
    pos = int(offset_frac * len(raw))
    raw[pos] ^= 0x01
    hp.write_bytes(bytes(raw))
    with pytest.raises((errors.HeaderCorrupt, errors.UnsupportedVersion)):
        Vault.open(vault_dir, PASSPHRASE)


def test_every_header_byte_flip_detected_without_kdf(vault_dir):
    Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS).lock()
    raw = (vault_dir / "vault.hdr").read_bytes()
    for pos in range(len(raw)):
        bad = bytearray(raw)
        bad[pos] ^= 0x80
        with pytest.raises((errors.HeaderCorrupt, errors.UnsupportedVersion)):
            hdr.decode(bytes(bad))


def test_tampered_header_with_recomputed_checksum_is_not_called_wrong_passphrase(vault_dir):
    Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS).lock()
    h = read_header(vault_dir)
    # An attacker changes an option (wipe_after) and fixes up the checksum.
    forged = hdr.VaultHeader(**{**h.__dict__, "wipe_after": 99})
    (vault_dir / "vault.hdr").write_bytes(forged.encode())
    with pytest.raises(errors.HeaderCorrupt):
        Vault.open(vault_dir, PASSPHRASE)


def test_unknown_major_version_refused(vault_dir):
    Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS).lock()
    h = read_header(vault_dir)
    newer = hdr.VaultHeader(**{**h.__dict__, "major": 2})
    (vault_dir / "vault.hdr").write_bytes(newer.encode())
    with pytest.raises(errors.UnsupportedVersion):
        Vault.open(vault_dir, PASSPHRASE)


def test_missing_vault(tmp_path):
    with pytest.raises(errors.VaultNotFound):
        Vault.open(tmp_path / "nope", PASSPHRASE)


def test_create_refuses_existing(vault_dir):
    Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS).lock()
    with pytest.raises(errors.VaultExists):
        Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS)


@pytest.mark.parametrize("weak", ["short", "eleven char", "a b c d", "            ", ""])
def test_weak_passphrases_refused(weak):
    with pytest.raises(errors.WeakPassphrase) as exc:
        check_passphrase_policy(weak)
    assert "12 characters or 5 words" in str(exc.value)


@pytest.mark.parametrize("ok", ["twelve chars", "a b c d e", "пароль из двенадцати", "құпия сөз ұзын"])
def test_good_passphrases_accepted(ok):
    check_passphrase_policy(ok)


def test_passphrase_mismatch():
    with pytest.raises(errors.PassphraseMismatch):
        check_passphrase_policy("twelve chars", "twelve charz")


def test_change_passphrase_rewraps_only(vault, rec):
    rec.create("person", {"id": "per-1", "name": "X"})
    db_before = (vault.path / "vault.db").stat().st_mtime_ns
    vault.lock()
    change_passphrase(vault.path, PASSPHRASE, "a brand new passphrase")
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(vault.path, PASSPHRASE)
    v = Vault.open(vault.path, "a brand new passphrase")
    from fielddoc.records.service import Records

    assert Records(v).get("per-1")["name"] == "X"
    v.lock()
    assert (vault.path / "vault.db").stat().st_mtime_ns >= db_before


def test_lock_drops_key_and_engine(vault, rec):
    rec.create("person", {"id": "per-1", "name": "X"})
    vault.lock()
    with pytest.raises(errors.Locked):
        rec.get("per-1")
    with pytest.raises(errors.Locked):
        _ = vault.data_key


def test_idle_timeout_with_injected_clock(vault_dir):
    now = [1000.0]
    v = Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS, clock=lambda: now[0])
    from fielddoc.records.service import Records

    r = Records(v)
    v.idle_timeout = 300
    r.create("person", {"id": "per-1", "name": "X"})
    now[0] += 299
    assert r.get("per-1")
    v.touch()
    now[0] += 301
    with pytest.raises(errors.Locked):
        r.get("per-1")
    assert v.is_locked


def test_wipe_after_n_failures(vault_dir):
    v = Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS, wipe_after=3)
    v.lock()
    for _ in range(2):
        with pytest.raises(errors.WrongPassphrase):
            Vault.open(vault_dir, "wrong passphrase here")
    with pytest.raises(errors.VaultWiped):
        Vault.open(vault_dir, "wrong passphrase here")
    with pytest.raises(errors.VaultWiped):
        Vault.open(vault_dir, PASSPHRASE)


def test_wipe_counter_resets_on_success(vault_dir):
    Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS, wipe_after=3).lock()
    for _ in range(2):
        with pytest.raises(errors.WrongPassphrase):
            Vault.open(vault_dir, "wrong passphrase here")
    Vault.open(vault_dir, PASSPHRASE).lock()
    for _ in range(2):
        with pytest.raises(errors.WrongPassphrase):
            Vault.open(vault_dir, "wrong passphrase here")
    Vault.open(vault_dir, PASSPHRASE).lock()


def test_kdf_params_stored_and_authenticated(vault_dir):
    params = KdfParams(memory_kib=128, iterations=2, lanes=1)
    Vault.create(vault_dir, PASSPHRASE, params=params).lock()
    assert read_header(vault_dir).params == params


def test_production_default_not_weakened():
    from fielddoc.crypto import kdf

    assert KdfParams() == KdfParams(256 * 1024, 3, 4)
    assert not KdfParams().below_floor()
    assert kdf.FLOOR_MEMORY_KIB == 64 * 1024 and kdf.FLOOR_ITERATIONS == 3


def test_sqlcipher_settings(vault):
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
