"""`hq backup` / `hq restore` of a TEAM HQ (issue 15): the team's tables (hq_team, hq_members,
hq_file_chunks) live outside the Alembic chain; a restore into an empty database brings them back,
the administrator's own credential opens it, and a member who joined before can work again."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import create_engine as new_engine
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from fielddoc.attachments import service as att
from fielddoc.bundle.writer import export_bundle
from fielddoc.cli.main import main
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.hq.backup import BackupNeedsAdministrator, RestoreNeedsFreshOpen, backup, restore
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.store import EXTERNAL_FILES, open_hq
from fielddoc.hq.team.errors import NotAMember
from fielddoc.hq.team.invite import invite, join_hq
from fielddoc.hq.team.members import list_members
from fielddoc.hq.team.schema import hq_file_chunks, hq_team, present
from fielddoc.hq.verify import verify_hq
from fielddoc.records.service import Records
from tests.test_bundle_support import (
    NO_PG,
    PASSPHRASE,
    PG_URL,
    link,
    make_field,
    new_pg_database,
    snapshot,
    team_admin,
)

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=NO_PG)]
PAYLOAD = bytes(range(256)) * 300 + b"team evidence"


@pytest.fixture
def team(tmp_path):
    cleanups: list = []
    admin, url = team_admin(tmp_path, cleanups)
    inv = invite(admin, "Dana", "analyst")
    (tmp_path / "dana.inv").write_text(inv.invitation.to_json())
    analyst = join_hq(tmp_path / "dana", f"{PASSPHRASE} Dana", tmp_path / "dana.inv", url, params=TEST_PARAMS)
    cleanups.insert(0, analyst.lock)
    field = make_field(tmp_path / "field", "monitor-a")
    rec = Records(field)
    rec.create("case", {"id": "case-1", "title": "Team case"})
    src = tmp_path / "photo.jpg"
    src.write_bytes(PAYLOAD)
    att.attach(field, rec, src, related_ids=["case-1"])
    link(field, admin)
    (tmp_path / "out").mkdir()
    res = export_bundle(field, tmp_path / "out")
    assert res is not None
    import_bundle(admin, res.path)
    field.lock()
    Records(analyst).update("case-1", {"id": "case-1", "title": "Assessed by Dana"}, expected_revision=1)
    yield admin, analyst, tmp_path, cleanups
    for fn in cleanups:
        fn()


def test_a_team_hq_restores_into_an_empty_database_with_its_members_and_files(team):
    admin, analyst, tmp_path, cleanups = team
    with pytest.raises(BackupNeedsAdministrator):  # an analyst may not see every row: no partial backup
        backup(analyst, tmp_path / "partial.backup")
    before = snapshot(admin)
    with admin.engine.connect() as conn:
        chunks = conn.execute(select(func.count()).select_from(hq_file_chunks)).scalar()
    assert chunks
    members_before = list_members_of(admin)
    out = backup(admin, tmp_path / "team.backup")
    assert b"Assessed by Dana" not in out.read_bytes()

    shutil.copytree(tmp_path / "admin", tmp_path / "admin2", ignore=shutil.ignore_patterns(EXTERNAL_FILES))
    url, drop = new_pg_database()
    cleanups.append(drop)
    # opened as a member, an empty database would get a new team: refused, the vault's credential kept
    hq2 = open_hq(tmp_path / "admin2", PASSPHRASE, db_url=url, team=False)
    cleanups.insert(0, hq2.lock)
    assert restore(hq2, out) > 5
    assert hq2.team is not None and hq2.team.member_id == admin.team.member_id and hq2.team.role == "admin"
    assert snapshot(hq2) == before
    assert list_members_of(hq2) == members_before
    assert verify_hq(hq2, files=True) == []  # the attachment, in PostgreSQL, opens under the restored K
    hq2.lock()
    # the administrator opens the restored HQ as usual; a restore into it again is refused cleanly
    again = open_hq(tmp_path / "admin2", PASSPHRASE)
    cleanups.insert(0, again.lock)
    with pytest.raises(RestoreNeedsFreshOpen):
        restore(again, out)
    assert Records(again).get("case-1")["title"] == "Assessed by Dana"
    # Dana (same PostgreSQL server, her own login) works on the restored database
    dana_url = make_url(url).set(username=analyst.engine.url.username).render_as_string(hide_password=False)
    analyst.lock()
    dana = open_hq(tmp_path / "dana", f"{PASSPHRASE} Dana", db_url=dana_url)
    cleanups.insert(0, dana.lock)
    assert dana.team is not None and dana.team.name == "Dana"
    assert verify_hq(dana, files=True) == []
    Records(dana).update("case-1", {"id": "case-1", "title": "Dana after the restore"}, expected_revision=2)


def list_members_of(hq):
    with hq.engine.connect() as conn:
        return [(m["member_id"], m["name"], m["role"], m["state"]) for m in list_members(conn)]


def test_restore_command_of_a_team_hq(team, monkeypatch, capsys):
    admin, _analyst, tmp_path, cleanups = team
    out = backup(admin, tmp_path / "team.backup")
    shutil.copytree(tmp_path / "admin", tmp_path / "admin3", ignore=shutil.ignore_patterns(EXTERNAL_FILES))
    url, drop = new_pg_database()
    cleanups.append(drop)
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    assert main(["hq", "restore", "--vault", str(tmp_path / "admin3"), "--db-url", url, str(out)]) == 0
    assert "Restored" in capsys.readouterr().out
    hq3 = open_hq(tmp_path / "admin3", PASSPHRASE)
    cleanups.insert(0, hq3.lock)
    assert hq3.team is not None and verify_hq(hq3, files=True) == []


def test_the_administrator_opened_against_an_empty_database_keeps_its_credential(team):
    """Before: the creator's vault silently made a new team there and replaced its own credential,
    so it could no longer open its real HQ."""
    admin, _analyst, tmp_path, cleanups = team
    admin.lock()
    url, drop = new_pg_database()
    cleanups.append(drop)
    with pytest.raises(NotAMember):
        open_hq(tmp_path / "admin", PASSPHRASE, db_url=url)
    with new_engine(url).connect() as conn:
        assert not present(conn) or conn.execute(select(hq_team.c.id)).first() is None
    real = open_hq(tmp_path / "admin", PASSPHRASE)  # the saved address: its own HQ, as before
    cleanups.insert(0, real.lock)
    assert real.team is not None and real.team.role == "admin"
