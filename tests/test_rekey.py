"""F6: `rekey` gives a vault a new data key: database re-encrypted, file keys re-wrapped,
new header under the same passphrase; atomic and crash-safe (kill -9 at every step)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from fielddoc import errors
from fielddoc.attachments import service as att
from fielddoc.crypto import stream
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.crypto.keys import derive_key
from fielddoc.records import query
from fielddoc.records.service import Records
from fielddoc.store.engine import sqlcipher_engine
from fielddoc.store.schema import attachment_files
from fielddoc.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.helpers.crash_worker import A
from tests.test_bundle_support import *  # noqa: F403 - the field, hq and backend fixtures

ROOT = Path(__file__).resolve().parent.parent
KILLS = int(os.environ.get("FIELDDOC_CRASH_KILLS", "12"))


def _rekey(vault: Vault, passphrase: str = PASSPHRASE, **kw) -> None:
    from fielddoc.store.rekey import rekey

    rekey(vault, passphrase, params=TEST_PARAMS, **kw)


def _problems(vault: Vault) -> list[str]:
    """What `fielddoc verify` checks on a field device."""
    return vault.integrity_problems() + Records(vault).verify_history() + att.verify_all(vault)


def _fill(vault: Vault, rec: Records, tmp_path: Path) -> list[att.AttachedFile]:
    rec.create("person", {"id": "per-1", "name": "Witness from Zhanaozen"})
    rec.create("case", {"id": "case-1", "title": "Detention of strikers"})
    files = []
    for n in (0, 70_000, 200_001):
        src = tmp_path / f"f{n}.bin"
        src.write_bytes(os.urandom(n))
        files.append(att.attach(vault, rec, src, related_ids=["case-1"]))
    return files


def test_rekey_gives_a_new_key_and_keeps_everything(vault, rec, tmp_path):
    files = _fill(vault, rec, tmp_path)
    old_key = vault.data_key
    old_db = tmp_path / "old.db"
    shutil.copyfile(vault.db_path, old_db)
    with vault.engine.connect() as conn:
        old_wrapped = {r.file_id: bytes(r.wrapped_key) for r in conn.execute(select(attachment_files))}
    device_id, signing = vault.device_id, vault.signing_key()

    _rekey(vault)

    assert vault.data_key != old_key
    assert not (vault.path / "vault.hdr.new").exists() and not (vault.path / "vault.db.rekey").exists()
    for v in (vault, Vault.open(vault.path, PASSPHRASE)):  # in place, and after a fresh unlock
        v.idle_timeout = None
        assert v.data_key == vault.data_key
        assert Records(v).get("per-1")["name"] == "Witness from Zhanaozen"
        assert [r["id"] for r in query.search(v, "Zhanaozen")] == ["per-1"]  # FTS index copied
        for f in files:
            assert att.verify(v, f.attachment_id) == f.sha256
        assert (v.device_id, v.signing_key()) == (device_id, signing)
        assert _problems(v) == []
    # The old data key opens nothing any more: not the database, not a file key.
    engine = sqlcipher_engine(vault.db_path, derive_key(old_key, "sqlcipher"))
    with pytest.raises(Exception, match="not a database"):
        engine.connect()
    engine.dispose()
    with vault.engine.connect() as conn:
        rows = list(conn.execute(select(attachment_files)).mappings())
    from fielddoc.crypto.keys import unwrap_file_key

    for r in rows:
        assert bytes(r["wrapped_key"]) != old_wrapped[r["file_id"]]
        with pytest.raises(errors.IntegrityError):
            unwrap_file_key(old_key, bytes.fromhex(r["file_id"]), r["wrapped_key"])
    # ... and the new key does not open a copy of the old database.
    engine = sqlcipher_engine(old_db, derive_key(vault.data_key, "sqlcipher"))
    with pytest.raises(Exception, match="not a database"):
        engine.connect()
    engine.dispose()


def test_rekey_with_a_wrong_passphrase_changes_nothing_and_counts(tmp_path):
    v = Vault.create(tmp_path / "v", PASSPHRASE, params=TEST_PARAMS, wipe_after=5)
    v.idle_timeout = None
    key, header = v.data_key, (v.path / "vault.hdr").read_bytes()
    with pytest.raises(errors.WrongPassphrase):
        _rekey(v, "not the passphrase at all")
    assert (v.path / "failures").read_text() == "1"  # a guess through rekey counts like any unlock
    assert v.data_key == key and (v.path / "vault.hdr").read_bytes() == header
    assert not (v.path / "vault.hdr.new").exists() and not (v.path / "vault.db.rekey").exists()
    v.lock()


def test_rekey_is_refused_for_an_hq_in_postgresql(vault):
    vault.set_setting("hq_db_url", "postgresql+psycopg://hq@localhost/hq")  # what init_hq saves
    key = vault.data_key
    with pytest.raises(errors.RekeyUnsupported):
        _rekey(vault)
    assert vault.data_key == key and not (vault.path / "vault.hdr.new").exists()


def test_migrated_old_vault_can_be_rekeyed(tmp_path):
    import json

    old = Path(__file__).parent / "data" / "vaults" / "0.1.0"
    expected = json.loads((old / "expected.json").read_text("utf-8"))
    shutil.copytree(old / "vault", tmp_path / "v")
    v = Vault.open(tmp_path / "v", expected["passphrase"])
    v.idle_timeout = None
    _rekey(v, expected["passphrase"])
    v.lock()
    v = Vault.open(tmp_path / "v", expected["passphrase"])
    try:
        assert Records(v).counts() == expected["counts"]
        assert att.verify(v, expected["attachment_id"]) == expected["attachment_sha256"]
        assert _problems(v) == []
    finally:
        v.lock()


def test_hq_vault_rekey_rewraps_the_files_it_stores(field, hq, tmp_path, backend):
    from fielddoc.hq.importer import import_bundle
    from fielddoc.hq.verify import verify_hq
    from tests.test_bundle_support import link
    from tests.test_hq_import import _export

    rec = Records(field)
    rec.create("case", {"id": "case-1", "title": "Case"})
    src = tmp_path / "photo.jpg"
    src.write_bytes(os.urandom(100_000))
    att.attach(field, rec, src, related_ids=["case-1"])
    link(field, hq)
    assert import_bundle(hq, _export(field, tmp_path).path).new_files == 1
    old = hq.data_key
    if backend == "postgres":  # the file keys live in PostgreSQL: refused, nothing changed
        with pytest.raises(errors.RekeyUnsupported):
            _rekey(hq.vault)
        assert hq.data_key == old and verify_hq(hq) == []
        return
    _rekey(hq.vault)
    assert hq.data_key != old
    assert verify_hq(hq) == []
    with hq.engine.connect() as conn:
        row = conn.execute(select(attachment_files)).mappings().one()
    path = hq.attachments_dir / f"{row['file_id']}.fda"
    with pytest.raises(errors.IntegrityError):
        stream.verify_file(old, path, row["sha256"])


def test_cli_rekey_asks_and_verify_passes(tmp_path):
    vault_dir = tmp_path / "v"
    v = Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS)
    Records(v).create("person", {"id": "per-1", "name": "Someone"})
    key = v.data_key
    v.lock()
    env = dict(os.environ, FIELDDOC_PASSPHRASE=PASSPHRASE, PYTHONPATH=os.environ.get("PYTHONPATH", ""))

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "fielddoc", *args, "--vault", str(vault_dir)],
                              cwd=ROOT, env=env, text=True, capture_output=True, timeout=120,
                              stdin=subprocess.DEVNULL)

    r = run("rekey")
    assert r.returncode == 2 and "--yes" in r.stdout + r.stderr and "Traceback" not in r.stderr
    assert Vault.open(vault_dir, PASSPHRASE).data_key == key  # not confirmed: unchanged
    r = run("rekey", "--yes")
    assert r.returncode == 0, r.stderr
    assert "Re-keyed" in r.stdout
    assert Vault.open(vault_dir, PASSPHRASE).data_key != key
    r = run("verify")
    assert r.returncode == 0 and r.stdout.startswith("OK"), r.stdout + r.stderr


# -- kill -9 ---------------------------------------------------------------------------------------
STAGES = ["exported", "prepared", "closed", "committed", "installed"]


def _worker(vault_dir: Path, stage: str, source: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.crash_worker", "rekey", str(vault_dir), stage, str(source)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _crash_vault(tmp_path: Path) -> tuple[Path, Path]:
    vault_dir = tmp_path / "v"
    v = Vault.create(vault_dir, A, params=TEST_PARAMS)
    rec = Records(v)
    rec.create("person", {"id": "per-base", "name": "Base"})
    for i in range(150):
        rec.create("person", {"id": f"per-{i}", "name": f"Person {i} " + "x" * (i % 200)})
    src = tmp_path / "photo.bin"
    src.write_bytes(os.urandom(3 * 65536 + 17))
    att.attach(v, rec, src, related_ids=["per-base"])
    v.lock()
    return vault_dir, src


def _check(vault_dir: Path, acknowledged: list[str]) -> bytes:
    v = Vault.open(vault_dir, A)  # finishes or undoes an interrupted rekey
    v.idle_timeout = None
    try:
        assert not (vault_dir / "vault.hdr.new").exists() and not (vault_dir / "vault.db.rekey").exists()
        rec = Records(v)
        ids = [x for x in acknowledged if not x.startswith("att ")] + ["per-base", "per-149"]
        assert rec.exists(ids) == set(ids), "an acknowledged record was lost"
        for line in acknowledged:
            if line.startswith("att "):
                aid = line[4:]
                assert att.verify(v, aid) == rec.get(aid)["files"][0]["sha256"]
        assert _problems(v) == []
        return v.data_key
    finally:
        v.lock()


@pytest.mark.slow
@pytest.mark.parametrize("stage", STAGES)
def test_rekey_killed_at_each_step_keeps_one_working_key(tmp_path, stage):
    vault_dir, src = _crash_vault(tmp_path)
    before = _check(vault_dir, [])
    proc = _worker(vault_dir, stage, src)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL, err[-2000:]
    lines = [x for x in out.splitlines() if x]
    assert lines and lines[-1].startswith("per-rk-")  # killed inside the first rekey
    after = _check(vault_dir, lines)
    # Before the commit point the old key stays; from it on, the new key is the only one.
    assert (after == before) == (STAGES.index(stage) < STAGES.index("committed"))


@pytest.mark.slow
def test_rekey_killed_at_random_moments_loses_nothing(tmp_path):
    rng = random.Random(17)
    vault_dir, src = _crash_vault(tmp_path)
    acknowledged: list[str] = []
    keys = {_check(vault_dir, [])}
    for _ in range(KILLS):
        proc = _worker(vault_dir, "", src)
        import time

        time.sleep(rng.uniform(0.5, 2.0))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err[-2000:]
        acknowledged += [x for x in out.splitlines() if x and x != "rekeyed"]
        keys.add(_check(vault_dir, acknowledged))
    assert len(keys) > 2  # the worker really did re-key, several times
