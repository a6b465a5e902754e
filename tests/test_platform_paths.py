"""Vault folders with URL characters, read-only vaults, and an init that runs out of disk."""

from __future__ import annotations

import errno
import shutil

import pytest

from fielddoc.errors import VaultReadOnly
from fielddoc.records.service import Records
from fielddoc.store import migrate
from fielddoc.store.vault import DB_NAME, HEADER_NAME, Vault
from tests.conftest import PASSPHRASE, TEST_PARAMS


@pytest.mark.parametrize("name", ["a%20b?c", "50% скидка #1", "x?mode=memory"])
def test_url_characters_in_the_vault_folder(tmp_path, name):
    parent = tmp_path / name
    v = Vault.create(parent / "vault", PASSPHRASE, params=TEST_PARAMS)
    Records(v).create("person", {"name": "Ержан", "confidentiality": "public"})
    v.lock()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing written beside it
    assert (parent / "vault" / DB_NAME).stat().st_size > 0
    again = Vault.open(parent / "vault", PASSPHRASE)
    from fielddoc.records import query

    assert query.count(again, query.Filter(kind="person")) == 1
    again.lock()


def test_migrations_run_from_an_install_path_with_percent(tmp_path, monkeypatch):
    scripts = tmp_path / "C%3A Program Files %(x86)s" / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts)
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
    assert migrate.head_revision() == migrate.HEAD
    v = Vault.create(tmp_path / "v", PASSPHRASE, params=TEST_PARAMS)  # runs every migration
    v.lock()
    Vault.open(tmp_path / "v", PASSPHRASE).lock()


def test_a_failed_init_leaves_nothing_behind(tmp_path, monkeypatch):
    from fielddoc.store import vault as vault_mod

    def disk_full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(vault_mod, "write_header", disk_full)
    target = tmp_path / "new" / "vault"
    with pytest.raises(OSError):
        Vault.create(target, PASSPHRASE, params=TEST_PARAMS)
    assert not (tmp_path / "new").exists()  # the folders it made are gone too
    monkeypatch.undo()
    Vault.create(target, PASSPHRASE, params=TEST_PARAMS).lock()  # and init simply works again
    assert (target / HEADER_NAME).exists()


def test_a_failed_init_in_an_existing_empty_folder_keeps_the_folder(tmp_path, monkeypatch):
    from fielddoc.store import vault as vault_mod

    target = tmp_path / "stick"
    target.mkdir()

    def disk_full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(vault_mod, "write_header", disk_full)
    with pytest.raises(OSError):
        Vault.create(target, PASSPHRASE, params=TEST_PARAMS)
    assert target.is_dir() and list(target.iterdir()) == []


def test_a_read_only_vault_is_called_read_only_and_opens_read_only(tmp_path, monkeypatch):
    from fielddoc.store import vault as vault_mod

    v = Vault.create(tmp_path / "v", PASSPHRASE, params=TEST_PARAMS)
    Records(v).create("person", {"name": "Ержан", "confidentiality": "public"})
    v.lock()
    monkeypatch.setattr(vault_mod, "is_read_only", lambda _p: True)  # an NTFS stick on a Mac
    with pytest.raises(VaultReadOnly) as info:
        Vault.open(tmp_path / "v", PASSPHRASE)
    text = str(info.value)
    assert "read-only" in text and "backup" not in text and "damaged" not in text.replace("not damaged", "")
    ro = Vault.open(tmp_path / "v", PASSPHRASE, read_only=True)
    from fielddoc.records import query

    assert ro.read_only and query.count(ro, query.Filter(kind="person")) == 1
    with pytest.raises(VaultReadOnly):
        Records(ro).create("person", {"name": "X", "confidentiality": "public"})
    ro.lock()


def test_cli_lists_a_vault_read_only_without_touching_its_folder(tmp_path):
    import os
    import subprocess
    import sys

    from tests.test_platform_cli import ROOT

    v = Vault.create(tmp_path / "v", PASSPHRASE, params=TEST_PARAMS)
    Records(v).create("person", {"name": "Ержан Қожағұлов", "confidentiality": "public"})
    v.lock()
    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "v").rglob("*")}
    env = {**os.environ, "FIELDDOC_PASSPHRASE": PASSPHRASE, "FIELDDOC_LANG": "en"}
    r = subprocess.run([sys.executable, "-m", "tests.helpers.cheap_cli", "list", "--read-only", "--vault",
                        str(tmp_path / "v")], cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "Ержан Қожағұлов" in r.stdout.decode("utf-8")
    after = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "v").rglob("*")}
    assert after == before
