"""`fielddoc hq backup` / `restore` (issue 15, part 5): an encrypted backup of HQ's PostgreSQL records
and files; restored into an empty database it gives back every record, revision, audit entry and file."""

from __future__ import annotations

import shutil

import pytest

from fielddoc.attachments import service as att
from fielddoc.bundle.writer import export_bundle
from fielddoc.cli.main import main
from fielddoc.hq.backup import NotThisHQsBackup, backup, restore
from fielddoc.hq.errors import HQDatabaseTaken
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.store import EXTERNAL_FILES, open_hq
from fielddoc.hq.verify import verify_hq
from fielddoc.records.service import Records
from tests.test_bundle_support import (
    NO_PG,
    PASSPHRASE,
    PG_URL,
    link,
    make_field,
    make_hq,
    new_pg_database,
    snapshot,
)

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=NO_PG)]
SECRET_TITLE = "Zhanaozen witness list"


@pytest.fixture
def source(tmp_path):
    cleanups: list = []
    hq = make_hq(tmp_path / "hq", "postgres", cleanups)
    field = make_field(tmp_path / "field", "monitor-a")
    rec = Records(field)
    rec.create("case", {"id": "case-1", "title": SECRET_TITLE})
    for i in range(30):
        rec.create("person", {"id": f"p-{i}", "name": f"Person {i}"})
    src = tmp_path / "photo.jpg"
    src.write_bytes(bytes(range(256)) * 500)
    att.attach(field, rec, src, related_ids=["case-1"])
    link(field, hq)
    (tmp_path / "out").mkdir()
    res = export_bundle(field, tmp_path / "out")
    assert res is not None
    import_bundle(hq, res.path)
    Records(hq, author="alice").update("p-3", {"id": "p-3", "name": "Person three"}, expected_revision=1)
    field.lock()
    yield hq, tmp_path, cleanups
    for fn in cleanups:
        fn()


def _files(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_backup_and_restore_into_an_empty_database_give_back_everything(source):
    hq, tmp_path, cleanups = source
    before, files = snapshot(hq), _files(hq.attachments_dir)
    out = backup(hq, tmp_path / "hq.backup")
    raw = out.read_bytes()
    assert SECRET_TITLE.encode() not in raw and b"Person three" not in raw and b"tables/" not in raw
    # a fresh machine: the HQ vault folder (backed up as docs/recovery.md says), an empty database
    shutil.copytree(tmp_path / "hq", tmp_path / "hq2", ignore=shutil.ignore_patterns(EXTERNAL_FILES))
    url, drop = new_pg_database()
    cleanups.append(drop)
    hq2 = open_hq(tmp_path / "hq2", PASSPHRASE, db_url=url, team=False)
    cleanups.insert(0, hq2.lock)
    assert restore(hq2, out) > 30
    assert snapshot(hq2) == before
    assert _files(hq2.attachments_dir) == files
    assert verify_hq(hq2) == []
    # the restored HQ goes on: sequences continue, the saved address is the new database
    Records(hq2, author="bob").update("p-4", {"id": "p-4", "name": "Person four"}, expected_revision=1)
    hq2.lock()
    again = open_hq(tmp_path / "hq2", PASSPHRASE)
    assert again.engine.url.database == url.rsplit("/", 1)[1]
    assert Records(again).get("p-4")["name"] == "Person four"
    again.lock()


def test_restore_refuses_a_used_database_and_another_hqs_backup(source):
    hq, tmp_path, cleanups = source
    out = backup(hq, tmp_path / "hq.backup")
    with pytest.raises(HQDatabaseTaken):
        restore(hq, out)  # its own database is not empty
    other = make_hq(tmp_path / "other", "postgres", cleanups)
    other.lock()
    url, drop = new_pg_database()
    cleanups.append(drop)
    other = open_hq(tmp_path / "other", PASSPHRASE, db_url=url, team=False)
    cleanups.insert(0, other.lock)
    with pytest.raises(NotThisHQsBackup):
        restore(other, out)
    damaged = tmp_path / "damaged.backup"
    damaged.write_bytes(out.read_bytes()[:-100])
    url, drop = new_pg_database()
    cleanups.append(drop)
    shutil.copytree(tmp_path / "hq", tmp_path / "hq3", ignore=shutil.ignore_patterns(EXTERNAL_FILES))
    hq3 = open_hq(tmp_path / "hq3", PASSPHRASE, db_url=url, team=False)
    cleanups.insert(0, hq3.lock)
    with pytest.raises(NotThisHQsBackup):
        restore(hq3, damaged)
    from sqlalchemy import func, select

    from fielddoc.store.schema import audit, revisions

    with hq3.engine.connect() as conn:  # nothing partial
        assert conn.execute(select(func.count()).select_from(revisions)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(audit)).scalar() == 0


def test_backup_command(source, monkeypatch, capsys):
    hq, tmp_path, _cleanups = source
    hq.lock()
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    assert main(["hq", "backup", "--vault", str(tmp_path / "hq"), "--out", str(tmp_path / "b.fdhq")]) == 0
    assert "Encrypted backup" in capsys.readouterr().out
    assert (tmp_path / "b.fdhq").stat().st_size > 1000
