"""Every vault made by a released schema opens and upgrades losslessly (security test 11)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from fielddoc.attachments import service as att
from fielddoc.records.service import Records
from fielddoc.store import migrate
from fielddoc.store.vault import Vault

FIXTURES = Path(__file__).parent / "data" / "vaults"
VERSIONS = sorted(p.name for p in FIXTURES.iterdir() if (p / "expected.json").exists())


def test_there_is_a_fixture_for_the_first_release():
    assert "0.1.0" in VERSIONS


def test_head_constant_matches_the_scripts():
    assert migrate.HEAD == migrate.head_revision()


@pytest.mark.parametrize("version", VERSIONS)
def test_old_vault_opens_and_upgrades(tmp_path, version):
    expected = json.loads((FIXTURES / version / "expected.json").read_text("utf-8"))
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / version / "vault", folder)
    vault = Vault.open(folder, expected["passphrase"])
    vault.idle_timeout = None
    try:
        with vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            heads = {r[0]: r[1] for r in conn.execute(text("SELECT id, head_hash FROM records"))}
        rec = Records(vault)
        assert rec.counts() == expected["counts"]
        assert heads == expected["heads"]
        assert rec.verify_history() == []
        assert vault.integrity_problems() == []
        assert att.verify(vault, expected["attachment_id"]) == expected["attachment_sha256"]
        # And the upgraded vault keeps working.
        rid = rec.create("person", {"name": "Added after upgrade"})
        assert rec.get(rid)["name"] == "Added after upgrade"
    finally:
        vault.lock()
