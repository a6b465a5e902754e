"""F11: ``fielddoc verify`` on a damaged vault lists the damage in the user's language and exits 1;
every other command refuses cleanly (exit 2). Never "internal error" (exit 70), never a traceback.

The matrix damages copies of one vault (records, an attachment, a write-ahead log holding the
last committed change): truncations, flipped and zeroed bytes in the database, its write-ahead
log and the attachment, deleted files, lost tables, a damaged full-text index.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ACCEPTANCE, PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
PAGE = 4096


def run(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    e = {**os.environ, "FIELDDOC_PASSPHRASE": PASSPHRASE, "FIELDDOC_LANG": lang}
    e.pop("FIELDDOC_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "fielddoc", *args], cwd=ROOT, env=e, text=True,
                          capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def originals(tmp_path_factory) -> dict[str, Path]:
    """'plain': a closed vault; 'wal': a copy taken while a change sat in the write-ahead log."""
    from fielddoc.attachments import service as att
    from fielddoc.crypto.kdf import TEST_PARAMS
    from fielddoc.records.interchange import import_dataset, read_json_file
    from fielddoc.records.service import Records
    from fielddoc.store.vault import Vault

    root = tmp_path_factory.mktemp("damage")
    plain = root / "plain"
    v = Vault.create(plain, PASSPHRASE, params=TEST_PARAMS)
    rec = Records(v)
    import_dataset(rec, read_json_file(ACCEPTANCE))
    photo = root / "photo.bin"
    photo.write_bytes(os.urandom(150_000))
    att.attach(v, rec, photo, related_ids=["case-kozlov"])
    v.lock()
    v = Vault.open(plain, PASSPHRASE)
    rec = Records(v)
    rec.update("per-kozlov", {**rec.get("per-kozlov"), "occupation": "changed last"})
    shutil.copytree(plain, root / "wal")  # the process "crashes" here: WAL and -shm stay
    v.lock()
    assert (root / "wal" / "vault.db-wal").stat().st_size > PAGE
    return {"plain": plain, "wal": root / "wal"}


def flip(offset: int | Callable[[int], int], name: str = "vault.db", n: int = 16) -> Callable[[Path], None]:
    def damage(d: Path) -> None:
        p = d / name
        raw = bytearray(p.read_bytes())
        at = offset(len(raw)) if callable(offset) else offset
        for i in range(at, min(at + n, len(raw))):
            raw[i] ^= 0xA5
        p.write_bytes(bytes(raw))
    return damage


def truncate(size: Callable[[int], int], name: str = "vault.db") -> Callable[[Path], None]:
    def damage(d: Path) -> None:
        p = d / name
        with open(p, "r+b") as f:
            f.truncate(size(p.stat().st_size))
    return damage


def zero_page(page: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(d: Path) -> None:
        p = d / "vault.db"
        raw = bytearray(p.read_bytes())
        n = page(len(raw) // PAGE)
        raw[n * PAGE:(n + 1) * PAGE] = bytes(PAGE)
        p.write_bytes(bytes(raw))
    return damage


def attachment(d: Path) -> Path:
    return next((d / "attachments").glob("*.fda"))


def sql(statement: str) -> Callable[[Path], None]:
    def damage(d: Path) -> None:
        from fielddoc.store.vault import Vault

        v = Vault.open(d, PASSPHRASE)
        with v.engine.begin() as conn:
            conn.exec_driver_sql(statement)
        v.lock()
    return damage


def replace_db(d: Path) -> None:
    p = d / "vault.db"
    p.write_bytes(os.urandom(p.stat().st_size))


def db_folder(d: Path) -> None:
    (d / "vault.db").unlink()
    (d / "vault.db").mkdir()


#: name -> (which original, damage, words the English report must contain)
CASES: dict[str, tuple[str, Callable[[Path], None], str]] = {
    "db-empty": ("plain", truncate(lambda n: 0), "holds no vault"),
    "db-cut-in-first-page": ("plain", truncate(lambda n: 1024), "cannot be decrypted"),
    "db-one-page-left": ("plain", truncate(lambda n: PAGE), "structure is damaged"),
    "db-cut-in-half": ("plain", truncate(lambda n: n // 2 // PAGE * PAGE), "structure is damaged"),
    "db-cut-mid-page": ("plain", truncate(lambda n: n - 100), "damaged"),
    "db-salt-flipped": ("plain", flip(0), "cannot be decrypted"),
    "db-header-page-flipped": ("plain", flip(200), "cannot be decrypted"),
    "db-middle-flipped": ("plain", flip(lambda n: n // 2), "of the database was altered or damaged"),
    "db-end-flipped": ("plain", flip(lambda n: n - 60), "of the database was altered or damaged"),
    "db-first-page-zeroed": ("plain", zero_page(lambda n: 0), "cannot be decrypted"),
    "db-middle-page-zeroed": ("plain", zero_page(lambda n: n // 2), "database was altered or damaged"),
    "db-last-page-zeroed": ("plain", zero_page(lambda n: n - 1), "of the database was altered or damaged"),
    "db-deleted": ("plain", lambda d: (d / "vault.db").unlink(), "database file is missing"),
    "db-is-a-folder": ("plain", db_folder, "cannot be opened"),
    "db-replaced-by-noise": ("plain", replace_db, "cannot be decrypted"),
    "wal-frame-flipped": ("wal", flip(32 + 24 + 100, "vault.db-wal"), "is damaged at change record 1"),
    "wal-header-flipped": ("wal", flip(8, "vault.db-wal"), "vault.db-wal) is damaged at its start"),
    "wal-middle-flipped": ("wal", flip(lambda n: n // 2, "vault.db-wal"), "vault.db-wal)"),
    "wal-end-flipped": ("wal", flip(lambda n: n - 60, "vault.db-wal"), "was cut short or altered"),
    "wal-cut-short": ("wal", truncate(lambda n: n // 2, "vault.db-wal"), "vault.db-wal) was cut short"),
    "wal-deleted": ("wal", lambda d: (d / "vault.db-wal").unlink(), "vault.db-wal) is missing"),
    "wal-and-shm-deleted-db-flipped": ("wal", lambda d: ((d / "vault.db-wal").unlink(),
                                                         (d / "vault.db-shm").unlink(),
                                                         flip(lambda n: n // 2)(d)), "damaged"),
    "attachment-flipped": ("plain", lambda d: flip(5000, str(attachment(d).relative_to(d)))(d), "attachment"),
    "attachment-cut-short": ("plain", lambda d: truncate(lambda n: 1000,
                                                         str(attachment(d).relative_to(d)))(d), "attachment"),
    "attachment-deleted": ("plain", lambda d: attachment(d).unlink(), "is missing"),
    "attachments-folder-deleted": ("plain", lambda d: shutil.rmtree(d / "attachments"), "is missing"),
    "fts-damaged": ("plain", sql("DELETE FROM fts_index_data WHERE id > 10"), "full-text search index"),
    "fts-dropped": ("plain", sql("DROP TABLE fts_index"), "full-text search index is missing"),
    "revisions-dropped": ("plain", sql("DROP TABLE revisions"), "lost its table revisions"),
    "audit-dropped": ("plain", sql("DROP TABLE audit"), "lost its table audit"),
    "attachment-rows-dropped": ("plain", sql("DROP TABLE attachment_files"), "table attachment_files"),
    "settings-emptied": ("plain", sql("DELETE FROM settings"), "device's id"),
    "signing-key-deleted": ("plain", sql("DELETE FROM secrets"), "signing key"),
    "schema-version-unknown": ("plain", sql("UPDATE alembic_version SET version_num = 'zzzz'"),
                               "schema version is unknown"),
    "audit-entry-deleted": ("plain", sql("DELETE FROM audit WHERE seq = 3"), "audit entry 3"),
    "record-text-altered": ("plain", sql("UPDATE revisions SET doc = replace(doc, 'Kozlov', 'Koslov')"),
                            "was altered"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_verify_lists_the_damage_and_no_command_fails_with_internal_error(originals, tmp_path, case):
    source, damage, words = CASES[case]
    d = tmp_path / "vault"
    shutil.copytree(originals[source], d)
    damage(d)
    r = run("verify", "--vault", str(d))
    assert r.returncode == 1, (r.returncode, r.stdout[-800:], r.stderr[-800:])
    assert "Traceback" not in r.stderr + r.stdout and "internal error" not in r.stderr, r.stderr[-800:]
    assert "PROBLEM: " in r.stdout and words in r.stdout, r.stdout[-800:]
    for args in (["list", "--limit", "500"], ["search", "Kozlov"], ["status"],
                 ["export-json", str(tmp_path / "x")]):
        r = run(*args, "--vault", str(d))
        assert r.returncode in (0, 2), (args, r.returncode, r.stderr[-500:])
        assert "Traceback" not in r.stderr and "internal error" not in r.stderr, (args, r.stderr[-500:])


@pytest.mark.parametrize("case", ["db-middle-flipped", "wal-deleted", "db-empty"])
def test_the_damage_is_described_in_russian_and_kazakh(originals, tmp_path, case):
    source, damage, _words = CASES[case]
    for lang, word in (("ru", "ПРОБЛЕМА"), ("kk", "МӘСЕЛЕ")):
        d = tmp_path / lang
        shutil.copytree(originals[source], d)
        damage(d)
        r = run("verify", "--vault", str(d), lang=lang)
        assert r.returncode == 1 and word in r.stdout, r.stdout
        assert not any(english in r.stdout for english in ("damaged", "missing", "holds no vault")), r.stdout


@pytest.mark.parametrize("source", ["plain", "wal"])
def test_an_intact_vault_and_a_lost_shm_are_not_damage(originals, tmp_path, source):
    d = tmp_path / "vault"
    shutil.copytree(originals[source], d)
    if source == "wal":
        (d / "vault.db-shm").unlink()  # SQLite rebuilds it from the log: nothing is lost
    r = run("verify", "--vault", str(d))
    assert r.returncode == 0 and r.stdout.startswith("OK"), r.stdout + r.stderr
    if source == "wal":
        r = run("show", "per-kozlov", "--vault", str(d))
        assert "changed last" in r.stdout  # the committed change in the log was kept
