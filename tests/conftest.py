"""Shared fixtures. Argon2id runs with cheap parameters passed explicitly;
the production default is never changed for tests."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fielddoc.crypto.kdf import TEST_PARAMS  # noqa: E402

DATA = Path(__file__).parent / "data"
ACCEPTANCE = DATA / "zhanaozen-2011-2012.json"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def acceptance() -> dict:
    return json.loads(ACCEPTANCE.read_text("utf-8"))


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path):
    from fielddoc.store.vault import Vault

    v = Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS)
    v.idle_timeout = None
    yield v
    v.lock()


@pytest.fixture
def rec(vault):
    from fielddoc.records.service import Records

    return Records(vault)


@pytest.fixture
def loaded(vault, rec, acceptance):
    from fielddoc.records.interchange import import_dataset

    import_dataset(rec, acceptance)
    return rec
