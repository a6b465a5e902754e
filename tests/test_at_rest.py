"""At rest: canary sweep, deleted text gone from the file, tampered pages and
attachments detected (security tests 2, 5, 10)."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from fielddoc import errors
from fielddoc.attachments import service as att
from fielddoc.crypto.keys import derive_key
from fielddoc.records.service import Records
from fielddoc.store.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
CANARY = "QzCanary7f3a9cWx"


def canary_forms(word: str) -> list[bytes]:
    a = word.encode()
    return [a, word.encode("utf-16-le"), word.encode("utf-16-be"), base64.b64encode(a),
            base64.b64encode(a)[:12], word.lower().encode()]


def sweep(folders: list[Path], word: str = CANARY) -> list[str]:
    hits = []
    forms = canary_forms(word)
    for folder in folders:
        for p in folder.rglob("*"):
            if p.is_file():
                data = p.read_bytes()
                hits += [f"{p} contains {f!r}" for f in forms if f in data]
    return hits


def _cli(args: list[str], env: dict[str, str], stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tests.helpers.cheap_cli", *args], cwd=ROOT, env=env,
                          input=stdin, capture_output=True, timeout=120)


def test_canary_sweep_cli_workflow(tmp_path):
    home, tmp, vault, inbox = (tmp_path / n for n in ("home", "tmp", "vault", "inbox"))
    for d in (home, tmp, inbox):
        d.mkdir()
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(tmp), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CACHE_HOME": str(home / ".cache"), "XDG_DATA_HOME": str(home / ".local/share"),
           "FIELDDOC_PASSPHRASE": PASSPHRASE}
    base = ["--vault", str(vault)]
    r = _cli(["init", *base], env)  # cheap Argon2id: tests/helpers/cheap_cli.py
    assert r.returncode == 0, r.stderr
    # Import a file (the user's own plaintext input stays in the inbox, outside the sweep).
    data = {"persons": [{"id": "per-c", "name": f"Name {CANARY}", "occupation": CANARY.lower()}],
            "cases": [{"id": "case-c", "title": f"Case {CANARY}",
                       "outcome_summary": base64.b64encode(CANARY.encode()).decode()}]}
    (inbox / "in.json").write_text(json.dumps(data), "utf-8")
    assert _cli(["import-json", *base, str(inbox / "in.json")], env).returncode == 0
    (inbox / "rec.json").write_text(json.dumps({"name": f"Second {CANARY}"}), "utf-8")
    assert _cli(["add", *base, "person", str(inbox / "rec.json")], env).returncode == 0
    (inbox / "edit.json").write_text(json.dumps({"name": f"Edited {CANARY}"}), "utf-8")
    assert _cli(["edit", *base, "per-c", str(inbox / "edit.json")], env).returncode == 0
    r = _cli(["search", *base, CANARY], env)
    assert r.returncode == 0 and b"per-c" in r.stdout
    (inbox / "photo.txt").write_bytes((CANARY + "\n").encode() * 50000)
    r = _cli(["attach", *base, "per-c", str(inbox / "photo.txt")], env)
    assert r.returncode == 0, r.stderr
    assert _cli(["verify", *base], env).returncode == 0
    assert _cli(["list", *base], env).returncode == 0
    assert _cli(["history", *base, "per-c"], env).returncode == 0
    hits = sweep([vault, tmp, home])
    assert hits == []
    assert not list(home.rglob("*.log"))


def _decrypt_pages(db: Path, raw_key: bytes, page_size: int = 4096, reserve: int = 80) -> bytes:
    """Decrypt every SQLCipher 4 page (AES-256-CBC, IV in the reserve area)."""
    data = db.read_bytes()
    out = []
    for i in range(0, len(data), page_size):
        page = data[i:i + page_size]
        if len(page) < page_size:
            break
        start = 16 if i == 0 else 0
        iv = page[page_size - reserve:page_size - reserve + 16]
        dec = Cipher(algorithms.AES(raw_key), modes.CBC(iv)).decryptor()
        out.append(dec.update(page[start:page_size - reserve]) + dec.finalize())
    return b"".join(out)


def _checkpoint(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def test_purged_text_is_gone_from_the_file(vault, rec):
    raw_key = derive_key(vault.data_key, "sqlcipher")
    word = "PurgeMe9q8w7e6r"
    for i in range(30):
        rec.create("person", {"id": f"per-{i}", "name": f"filler {i}" * 20})
    rid = rec.create("person", {"name": f"Secret {word}", "occupation": word})
    rec.update(rid, {"name": f"Secret {word} edited"})
    _checkpoint(vault)
    plain = _decrypt_pages(vault.db_path, raw_key)
    assert word.encode() in plain  # positive control: the decryption works
    rec.purge(rid)
    _checkpoint(vault)
    plain = _decrypt_pages(vault.db_path, raw_key)
    assert word.encode() not in plain
    assert word.lower().encode() not in plain  # nor in the FTS index
    wal = vault.db_path.with_name("vault.db-wal")
    assert not wal.exists() or word.encode() not in wal.read_bytes()


def test_flipped_bit_in_database_detected(vault_dir):
    v = Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS)
    r = Records(v)
    for i in range(200):
        r.create("person", {"id": f"per-{i}", "name": f"Person number {i}" * 5})
    _checkpoint(v)
    v.lock()
    db = vault_dir / "vault.db"
    raw = bytearray(db.read_bytes())
    pos = len(raw) // 2 + 100
    raw[pos] ^= 0x04
    db.write_bytes(bytes(raw))
    try:
        v = Vault.open(vault_dir, PASSPHRASE)
    except errors.DatabaseCorrupt:
        return  # detected at open
    problems = v.integrity_problems()
    v.lock()
    assert problems, "a flipped bit in a database page went unnoticed"


def test_flipped_bit_on_first_page_is_damage_not_wrong_passphrase(vault_dir):
    Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS).lock()
    db = vault_dir / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[200] ^= 0x01
    db.write_bytes(bytes(raw))
    with pytest.raises(errors.DatabaseCorrupt):
        Vault.open(vault_dir, PASSPHRASE)


def test_flipped_bit_in_attachment_detected(vault, rec, tmp_path):
    src = tmp_path / "a.bin"
    src.write_bytes(os.urandom(200_000))
    rid = rec.create("person", {"name": "X"})
    res = att.attach(vault, rec, src, related_ids=[rid])
    path = vault.attachments_dir / f"{res.file_id}.fda"
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x10
    path.write_bytes(bytes(raw))
    with pytest.raises(errors.IntegrityError):
        att.verify(vault, res.attachment_id)
    assert att.verify_all(vault)
    out = tmp_path / "out.bin"
    with pytest.raises(errors.IntegrityError):
        att.extract(vault, rec, res.attachment_id, out)
    assert not out.exists()


def test_attachment_round_trip_and_custody(vault, rec, tmp_path):
    src = tmp_path / "photo.jpg"
    payload = os.urandom(3 * 65536 + 5)
    src.write_bytes(payload)
    rid = rec.create("person", {"name": "X"})
    res = att.attach(vault, rec, src, related_ids=[rid])
    names = [p.name for p in vault.attachments_dir.iterdir()]
    assert all("photo" not in n for n in names)
    out = tmp_path / "copy.jpg"
    att.extract(vault, rec, res.attachment_id, out)
    assert out.read_bytes() == payload
    doc = rec.get(res.attachment_id)
    assert [e["action"] for e in doc["custody_events"]] == ["collected", "hashed", "copied"]
    assert doc["files"][0]["file_name"] == "photo.jpg"


def test_orphan_files_cleaned(vault, rec):
    vault.attachments_dir.mkdir(exist_ok=True)
    orphan = vault.attachments_dir / ("ab" * 16 + ".fda")
    orphan.write_bytes(b"x" * 100)
    assert att.clean_orphans(vault, grace_seconds=0) == 1
    assert not orphan.exists()


from fielddoc.crypto.kdf import TEST_PARAMS  # noqa: E402
