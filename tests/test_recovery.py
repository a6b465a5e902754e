"""Recovery without FieldDoc (docs/recovery.md, issue 11 §4): the recipe runs with the ``age`` CLI,
``sqlcipher3`` and ``cryptography`` only, and the identity export is confirmed, private and logged."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from fielddoc.attachments import service as att
from fielddoc.bundle.identity_export import IdentityFileExists, export_device_identity, export_hq_identity
from fielddoc.bundle.writer import export_bundle
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.receipts import make_receipt
from fielddoc.records.service import Records
from fielddoc.store.schema import audit
from tests.test_bundle_support import *  # noqa: F403
from tests.test_bundle_support import PASSPHRASE, link

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "docs" / "examples"
NEEDS_AGE = pytest.mark.skipif(shutil.which("age") is None, reason="the age CLI is not installed")

# Runs a docs/examples script with FieldDoc made unimportable: the recipe must not need it.
_BLOCKED = "import runpy, sys; sys.modules['fielddoc'] = None; sys.argv = sys.argv[1:]; " \
           "runpy.run_path(sys.argv[0], run_name='__main__')"


def _script(name: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([sys.executable, "-c", _BLOCKED, str(EXAMPLES / name), *args], input=stdin,
                          capture_output=True, text=True, env=env, cwd="/", timeout=120)


def test_examples_import_nothing_from_fielddoc():
    for name in ("open_vault.py", "decrypt_attachment.py"):
        text = (EXAMPLES / name).read_text()
        assert "import fielddoc" not in text and "from fielddoc" not in text


@NEEDS_AGE
def test_hq_identity_export_opens_a_real_bundle_with_the_age_cli(field, hq, tmp_path):
    link(field, hq)
    src = tmp_path / "photo.jpg"
    src.write_bytes(os.urandom(70_000))
    att.attach(field, Records(field), src)
    res = export_bundle(field, tmp_path)
    assert res is not None
    ident = tmp_path / "hq-identity.txt"
    recipients = export_hq_identity(hq, ident)
    assert stat.S_IMODE(ident.stat().st_mode) == 0o600
    assert recipients[0] == hq.card().age_recipient
    with hq.engine.connect() as conn:
        last = conn.execute(select(audit).order_by(audit.c.seq.desc()).limit(1)).mappings().one()
    assert last["action"] == "export-identity"
    plain = tmp_path / "bundle.plain"
    subprocess.run(["age", "-d", "-i", str(ident), "-o", str(plain), str(res.path)], check=True,
                   capture_output=True)
    assert plain.read_bytes()[:8] == b"FDBUNDLE"
    run = subprocess.run([sys.executable, "-I", str(EXAMPLES / "verify_bundle.py"), str(plain)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    with pytest.raises(IdentityFileExists):  # never over an existing file
        export_hq_identity(hq, ident)


@NEEDS_AGE
def test_device_identity_export_opens_a_receipt_with_the_age_cli(field, hq, tmp_path):
    link(field, hq)
    att.attach(field, Records(field), _file(tmp_path))
    res = export_bundle(field, tmp_path)
    assert res is not None
    import_bundle(hq, res.path)
    make_receipt(hq, field.device_id, tmp_path / "receipt.age")
    ident = tmp_path / "device-identity.txt"
    export_device_identity(field, ident)
    assert stat.S_IMODE(ident.stat().st_mode) == 0o600
    run = subprocess.run(["age", "-d", "-i", str(ident), str(tmp_path / "receipt.age")], capture_output=True)
    assert run.returncode == 0 and run.stdout[:8] == b"FDBUNDLE"
    with field.engine.connect() as conn:
        actions = [r[0] for r in conn.execute(select(audit.c.action))]
    assert "export-identity" in actions


def _file(tmp_path: Path) -> Path:
    src = tmp_path / "evidence.bin"
    src.write_bytes(os.urandom(150_000))  # three chunks
    return src


def test_vault_opens_and_attachment_decrypts_from_the_documented_recipe(vault, rec, tmp_path):
    src = _file(tmp_path)
    a = att.attach(vault, rec, src)
    vault.checkpoint()
    folder = str(vault.path)
    run = _script("open_vault.py", folder, "--data-key", stdin=PASSPHRASE + "\n")
    assert run.returncode == 0, run.stderr
    key = json.loads(run.stdout)["data_key"]
    assert key == vault.data_key.hex()
    run = _script("open_vault.py", folder, "--files", stdin=PASSPHRASE + "\n")
    assert run.returncode == 0, run.stderr
    (row,) = json.loads(run.stdout)
    assert row["attachment_id"] == a.attachment_id and row["file_id"] == a.file_id
    run = _script("open_vault.py", folder, stdin=PASSPHRASE + "\n")
    tables = set(json.loads(run.stdout))
    assert {"records", "revisions", "audit", "custody", "attachment_files", "secrets"} <= tables
    out = tmp_path / "recovered.bin"
    fda = vault.attachments_dir / f"{row['file_id']}.fda"
    run = _script("decrypt_attachment.py", str(fda), row["wrapped_key"], row["sha256"], str(out),
                  stdin=key + "\n")
    assert run.returncode == 0, run.stdout + run.stderr
    assert hashlib.sha256(out.read_bytes()).hexdigest() == a.sha256 and out.read_bytes() == src.read_bytes()
    # a changed byte is refused and nothing is written
    bad = tmp_path / "bad.fda"
    data = bytearray(fda.read_bytes())
    data[100] ^= 1
    bad.write_bytes(bytes(data))
    run = _script("decrypt_attachment.py", str(bad), row["wrapped_key"], row["sha256"], str(tmp_path / "x"),
                  stdin=key + "\n")
    assert run.returncode == 1 and "FAILED" in run.stdout and not (tmp_path / "x").exists()


def test_wrong_passphrase_is_refused_by_the_recipe(vault):
    run = _script("open_vault.py", str(vault.path), "--data-key", stdin="not the passphrase\n")
    assert run.returncode != 0 and "wrong passphrase" in (run.stdout + run.stderr)


def test_cli_export_identity_needs_confirmation(tmp_path):
    from tests.test_bundle_support import make_hq

    cleanups: list = []
    make_hq(tmp_path / "hq", "sqlcipher", cleanups)
    for fn in cleanups:
        fn()
    env = dict(os.environ, FIELDDOC_PASSPHRASE=PASSPHRASE)
    base = [sys.executable, "-m", "tests.helpers.cheap_cli", "hq", "export-identity",
            "--vault", str(tmp_path / "hq"), "--out", str(tmp_path / "id.txt")]
    run = subprocess.run(base, capture_output=True, text=True, env=env, cwd=ROOT, stdin=subprocess.DEVNULL)
    assert run.returncode != 0 and not (tmp_path / "id.txt").exists()
    run = subprocess.run([*base, "--yes"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "id.txt").read_text().count("AGE-SECRET-KEY-1") == 1
