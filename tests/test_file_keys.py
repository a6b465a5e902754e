"""F6: every attachment file has its own random key, wrapped in its database row;
old vaults are converted on open (crash-safely); purge erases files cryptographically."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import select

from fielddoc import errors
from fielddoc.attachments import service as att
from fielddoc.crypto import keys, stream
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.crypto.keys import derive_key
from fielddoc.records.service import Records
from fielddoc.store.schema import attachment_files, secrets_table
from fielddoc.store.vault import Vault
from tests.test_bundle_support import *  # noqa: F403 - the field, hq and backend fixtures

WRAPPED = 12 + 32 + 16  # nonce, file key, GCM tag
OLD = Path(__file__).parent / "data" / "vaults" / "0.1.0"


def _rows(vault: Vault) -> list[dict]:
    with vault.engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(attachment_files)).mappings()]


def _decrypts(path: Path, sha256: str, key: bytes) -> bool:
    try:
        stream.verify_file(None, path, sha256, file_key=key)
    except errors.IntegrityError:
        return False
    return True


def _legacy_key(vault: Vault, fid: str) -> bytes:
    return derive_key(vault.data_key, "attachment", bytes.fromhex(fid))


def test_new_attachment_has_a_random_wrapped_key(vault, rec, tmp_path):
    src = tmp_path / "photo.jpg"
    src.write_bytes(os.urandom(70_000))
    a = att.attach(vault, rec, src)
    (row,) = _rows(vault)
    assert row["wrapped_key"] is not None and len(row["wrapped_key"]) == WRAPPED
    path = vault.attachments_dir / f"{a.file_id}.fda"
    key = keys.unwrap_file_key(vault.data_key, bytes.fromhex(a.file_id), row["wrapped_key"])
    assert _decrypts(path, a.sha256, key)
    # Not the 0.1.0 derivation: the data key alone no longer opens the file.
    assert not _decrypts(path, a.sha256, _legacy_key(vault, a.file_id))
    assert att.verify(vault, a.attachment_id) == a.sha256
    assert att.read_bytes(vault, a.attachment_id) == src.read_bytes()
    # The wrapped key is bound to its file id.
    with pytest.raises(errors.IntegrityError):
        keys.unwrap_file_key(vault.data_key, os.urandom(16), row["wrapped_key"])


def _old_vault(tmp_path: Path) -> tuple[Path, dict]:
    expected = json.loads((OLD / "expected.json").read_text("utf-8"))
    folder = tmp_path / "old"
    shutil.copytree(OLD / "vault", folder)
    return folder, expected


def test_old_vault_files_get_random_keys_when_opened(tmp_path):
    folder, expected = _old_vault(tmp_path)
    names_before = sorted(p.name for p in (folder / "attachments").iterdir())
    v = Vault.open(folder, expected["passphrase"])
    v.idle_timeout = None
    try:
        rows = _rows(v)
        assert rows and all(r["wrapped_key"] is not None for r in rows)
        assert sorted(p.name for p in v.attachments_dir.iterdir()) == names_before  # ids kept
        for r in rows:
            path = v.attachments_dir / f"{r['file_id']}.fda"
            assert not _decrypts(path, r["sha256"], _legacy_key(v, r["file_id"]))
        assert att.verify(v, expected["attachment_id"]) == expected["attachment_sha256"]
        assert att.verify_all(v) == []
    finally:
        v.lock()
    # A second open has nothing left to convert.
    from fielddoc.store import file_keys

    v = Vault.open(folder, expected["passphrase"])
    try:
        assert file_keys.upgrade(v.engine, v.attachments_dir, v.data_key) == 0
    finally:
        v.lock()


class _Crash(BaseException):
    pass


@pytest.mark.parametrize("where", ["before_commit", "after_commit"])
def test_interrupted_conversion_is_finished_on_the_next_open(tmp_path, monkeypatch, where):
    from fielddoc.store import file_keys

    folder, expected = _old_vault(tmp_path)
    real_replace = os.replace

    def crash_wrap(*a, **k):
        raise _Crash()

    def crash_rename(src, dst):
        if str(src).endswith(file_keys.PENDING_SUFFIX):
            raise _Crash()
        return real_replace(src, dst)

    if where == "before_commit":
        monkeypatch.setattr(file_keys, "wrap_file_key", crash_wrap)
    else:
        monkeypatch.setattr(os, "replace", crash_rename)  # fsutil.replace renames through it
    with pytest.raises(_Crash):
        Vault.open(folder, expected["passphrase"])
    assert list((folder / "attachments").glob("*.fdnew"))  # the crash left a half-done conversion
    monkeypatch.undo()
    v = Vault.open(folder, expected["passphrase"])
    try:
        assert not list(v.attachments_dir.glob("*.fdnew"))
        assert all(r["wrapped_key"] is not None for r in _rows(v))
        assert att.verify(v, expected["attachment_id"]) == expected["attachment_sha256"]
        assert att.verify_all(v) == []
    finally:
        v.lock()


# -- purge: a carved copy of a purged file has no key left anywhere ----------------------------
def _sqlcipher_pages(raw_key: bytes, data: bytes, page_size: int = 4096, skip: int = 0) -> bytes:
    """Decrypt every SQLCipher 4 page image in ``data`` (AES-256-CBC, 80 reserved bytes)."""
    out = bytearray()
    for off in range(skip, len(data) - page_size + 1, page_size):
        page = data[off : off + page_size]
        start = 16 if off == 0 else 0  # page 1 begins with the cleartext salt
        iv = page[page_size - 80 : page_size - 64]
        dec = Cipher(algorithms.AES(raw_key), modes.CBC(iv)).decryptor()
        out += dec.update(page[start : page_size - 80]) + dec.finalize()
    return bytes(out)


def _wal_pages(raw_key: bytes, wal: bytes, page_size: int = 4096) -> bytes:
    out = bytearray()
    off = 32
    while off + 24 + page_size <= len(wal):
        page = wal[off + 24 : off + 24 + page_size]
        iv = page[page_size - 80 : page_size - 64]
        dec = Cipher(algorithms.AES(raw_key), modes.CBC(iv)).decryptor()
        out += dec.update(page[: page_size - 80]) + dec.finalize()
        off += 24 + page_size
    return bytes(out)


def test_purged_file_cannot_be_decrypted_with_anything_left_in_the_vault(field, hq, tmp_path, backend):
    from fielddoc.bundle.receipt import import_receipt, purge_delivered, purge_plan
    from fielddoc.hq.importer import import_bundle
    from fielddoc.hq.receipts import make_receipt
    from tests.test_bundle_support import link
    from tests.test_hq_import import _export

    # (run with either HQ backend: the receipt that makes the file purgeable comes from HQ)
    rec = Records(field)
    rec.create("case", {"id": "case-1", "title": "Case"})
    src = tmp_path / "witness.jpg"
    src.write_bytes(os.urandom(200_000))
    a = att.attach(field, rec, src, related_ids=["case-1"])
    (row,) = _rows(field)
    wrapped = bytes(row["wrapped_key"])
    path = field.attachments_dir / f"{a.file_id}.fda"
    carved = tmp_path / "carved.fda"
    shutil.copyfile(path, carved)  # what a forensic tool recovers from free blocks later

    link(field, hq)
    import_bundle(hq, _export(field, tmp_path).path)
    import_receipt(field, make_receipt(hq, field.device_id, tmp_path / "r.age").path)
    plan = purge_plan(field)
    assert a.attachment_id in plan.record_ids
    purge_delivered(field, plan)
    assert not path.exists() and _rows(field) == []

    # Every key the vault can still produce with the data key fails on the carved copy.
    candidates = [_legacy_key(field, a.file_id), derive_key(field.data_key, "attachment-wrap")]
    with field.engine.connect() as conn:
        for r in conn.execute(select(attachment_files)).mappings():
            fid = bytes.fromhex(r["file_id"])
            candidates.append(keys.unwrap_file_key(field.data_key, fid, r["wrapped_key"]))
        candidates += [bytes(v)[:32] for (v,) in conn.execute(select(secrets_table.c.value))]
    assert not any(_decrypts(carved, a.sha256, k) for k in candidates)
    with pytest.raises(errors.IntegrityError):
        keys.unwrap_file_key(field.data_key, bytes.fromhex(a.file_id), b"\0" * WRAPPED)

    # And the wrapped key is in no page of the database or its WAL, live or free.
    raw = derive_key(field.data_key, "sqlcipher")
    db = field.db_path.read_bytes()
    pages = _sqlcipher_pages(raw, db)
    wal = field.db_path.with_name(field.db_path.name + "-wal")
    if wal.exists():
        pages += _wal_pages(raw, wal.read_bytes())
    assert b"attachment_files" in pages  # the decryption above really reads the pages
    assert wrapped not in pages and wrapped[12:40] not in pages


# -- kill -9 during the conversion of 0.1.0 files ------------------------------------------------
def _make_legacy(vault_dir: Path) -> int:
    """Turn every file of the vault back into a 0.1.0 file (key derived from the data key)."""
    from sqlalchemy import update

    from tests.helpers.crash_worker import A

    v = Vault.open(vault_dir, A)
    try:
        for r in _rows(v):
            if r["wrapped_key"] is None:
                continue
            fid = bytes.fromhex(r["file_id"])
            path = v.attachments_dir / f"{r['file_id']}.fda"
            plain = io.BytesIO()
            with open(path, "rb") as fh:
                stream.decrypt_file(None, fh, plain.write, file_key=keys.unwrap_file_key(v.data_key, fid,
                                                                                         r["wrapped_key"]))
            plain.seek(0)
            with open(path, "wb") as fh:
                stream.encrypt_file(v.data_key, plain, fh, file_id=fid)
            with v.engine.begin() as conn:
                conn.execute(update(attachment_files).where(attachment_files.c.file_id == r["file_id"])
                             .values(wrapped_key=None))
        return len(_rows(v))
    finally:
        v.lock()


def _state(vault_dir: Path, data_key: bytes) -> tuple[int, int]:
    """(rows still without a key, .fdnew files) as the crash left them, read without converting."""
    from sqlalchemy import func

    from fielddoc.store.engine import sqlcipher_engine

    engine = sqlcipher_engine(vault_dir / "vault.db", derive_key(data_key, "sqlcipher"))
    try:
        with engine.connect() as conn:
            legacy = conn.execute(select(func.count()).select_from(attachment_files)
                                  .where(attachment_files.c.wrapped_key.is_(None))).scalar_one()
    finally:
        engine.dispose()
    return legacy, len(list((vault_dir / "attachments").glob("*.fdnew")))


@pytest.mark.slow
def test_conversion_killed_at_random_moments_loses_no_file(tmp_path):
    import random
    import signal
    import subprocess
    import sys
    import time

    from tests.helpers.crash_worker import A

    rng = random.Random(23)
    vault_dir = tmp_path / "v"
    v = Vault.create(vault_dir, A, params=TEST_PARAMS)
    rec = Records(v)
    expected = {}
    for i in range(40):
        a = att.attach(v, rec, io.BytesIO(os.urandom(150_000 + i)), file_name=f"{i}.bin")
        expected[a.attachment_id] = a.sha256
    data_key = v.data_key
    v.lock()
    total = _make_legacy(vault_dir)
    started = time.monotonic()
    v = Vault.open(vault_dir, A)  # how long a whole conversion takes here
    spent = time.monotonic() - started
    v.lock()
    partial = 0
    for run in range(30):
        _make_legacy(vault_dir)
        proc = subprocess.Popen([sys.executable, "-m", "tests.helpers.crash_worker", "open", str(vault_dir)],
                                cwd=Path(__file__).resolve().parent.parent, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "opening"
        time.sleep(rng.uniform(0, spent * 1.5))
        proc.send_signal(signal.SIGKILL)
        _out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err[-2000:]
        legacy, pending = _state(vault_dir, data_key)
        partial += 0 < legacy < total or pending > 0
        v = Vault.open(vault_dir, A)  # finishes the conversion
        try:
            assert not list(v.attachments_dir.glob("*.fdnew"))
            assert all(r["wrapped_key"] is not None for r in _rows(v))
            for aid, sha in expected.items():
                assert att.verify(v, aid) == sha
            assert att.verify_all(v) == [] and v.integrity_problems() == []
        finally:
            v.lock()
        if run >= 7 and partial >= 3:
            break
    assert partial >= 3, "the kills never landed inside a conversion"


def _unseal(hq, conn) -> None:
    """Record text back in clear, as an HQ before teams and sealing kept it."""
    from sqlalchemy import text

    from fielddoc.hq.team import sealing
    from fielddoc.store.sealing import SEALED_COLUMNS, Sealer

    old = Sealer.of(hq.team.key, hq.team.generation)
    sealing.forget(hq.engine)
    for table, column in SEALED_COLUMNS:
        sealing._rewrite(conn, table, column, lambda v, r, t=table, c=column: old.open(t, c, v))
    sealing._settings(conn, lambda v, key: old.open("settings", key, v))
    conn.execute(text("DELETE FROM settings WHERE key = 'hq_sealed'"))
    hq.vault.set_setting(sealing.SEALED_KEY, "")


def test_hq_files_stored_before_per_file_keys_get_their_own(field, hq, tmp_path, backend):
    """HQ keeps imported files under its own keys: files it stored with 0.1.0 are converted too
    (in attachments/ with the vault database, in hq-files/ with PostgreSQL)."""
    from sqlalchemy import update

    from fielddoc.hq.importer import import_bundle
    from fielddoc.hq.store import open_hq
    from fielddoc.hq.verify import verify_hq
    from tests.test_bundle_support import PASSPHRASE as HQ_PASSPHRASE
    from tests.test_bundle_support import link
    from tests.test_hq_import import _export

    rec = Records(field)
    rec.create("case", {"id": "case-1", "title": "Case"})
    src = tmp_path / "photo.jpg"
    src.write_bytes(os.urandom(120_000))
    a = att.attach(field, rec, src, related_ids=["case-1"])
    link(field, hq)
    assert import_bundle(hq, _export(field, tmp_path).path).new_files == 1
    with hq.engine.begin() as conn:  # make it a file HQ stored with 0.1.0
        r = conn.execute(select(attachment_files)).mappings().one()
        fid = bytes.fromhex(r["file_id"])
        path = hq.attachments_dir / f"{r['file_id']}.fda"
        if hq.team is not None:  # a team keeps it in PostgreSQL: back to 0.1.0's hq-files/, no team
            from sqlalchemy import text

            from fielddoc.hq.team.files import ChunkReader

            path.parent.mkdir(exist_ok=True)
            path.write_bytes(ChunkReader(conn, r["file_id"]).read())
            conn.execute(text("DROP TABLE hq_file_chunks, hq_members, hq_team"))
            _unseal(hq, conn)  # 0.1.0 kept record text in clear (docs/spec/hq-sealing.md)
        with open(path, "rb") as fh:
            plain = io.BytesIO()
            stream.decrypt_file(None, fh, plain.write,
                                file_key=keys.unwrap_file_key(hq.data_key, fid, r["wrapped_key"]))
        plain.seek(0)
        with open(path, "wb") as fh:
            stream.encrypt_file(hq.vault.data_key, plain, fh, file_id=fid)  # 0.1.0: the vault's key
        conn.execute(update(attachment_files).values(wrapped_key=None))
    url = hq.vault.get_setting("hq_db_url")
    hq.lock()
    again = open_hq(hq.vault.path, HQ_PASSPHRASE, db_url=url)
    try:
        with again.engine.connect() as conn:
            r = conn.execute(select(attachment_files)).mappings().one()
        assert r["wrapped_key"] is not None
        assert not _decrypts(path, a.sha256, derive_key(again.vault.data_key, "attachment", fid))
        assert verify_hq(again) == []
        if again.team is not None:  # and the file moved into PostgreSQL
            assert not path.exists()
    finally:
        again.lock()
