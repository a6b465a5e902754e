"""Issue 15 §4: a reader of a TEAM HQ tries every write command of the real CLI (``main()``).

Each one is refused with a clean, translated message (Russian here), exit status 2, no internal
error, no traceback, and nothing changed at HQ (the records database is the same afterwards)."""

from __future__ import annotations

import json

import pytest

from fielddoc.bundle.writer import export_bundle
from fielddoc.cli.main import main
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.hq import conflicts
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.team.invite import invite, join_hq
from fielddoc.records import interchange
from fielddoc.records.service import Records
from tests.test_bundle_support import (
    NO_PG,
    PASSPHRASE,
    PG_URL,
    link,
    make_field,
    snapshot,
    team_admin,
)

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=NO_PG)]

CASE = {"id": "case-shared", "title": "Shared case", "case_type": "criminal", "confidentiality": "public"}


@pytest.fixture
def team(tmp_path):
    """An HQ with a conflict, an enrolled device, a monitor and an unimported bundle; a reader."""
    cleanups: list = []
    admin, url = team_admin(tmp_path, cleanups)
    inv = invite(admin, "Ruslan", "reader")
    (tmp_path / "reader.inv").write_text(inv.invitation.to_json())
    join_hq(tmp_path / "reader", PASSPHRASE, tmp_path / "reader.inv", url, params=TEST_PARAMS).lock()
    a, b = make_field(tmp_path / "fa", "monitor-a"), make_field(tmp_path / "fb", "monitor-b")
    for v, who in ((a, "A"), (b, "B")):
        interchange.import_dataset(Records(v), {"cases": [CASE]})
        link(v, admin)
        Records(v).update("case-shared", {**CASE, "title": f"Edited by {who}"})
        (tmp_path / f"out-{who}").mkdir()
        res = export_bundle(v, tmp_path / f"out-{who}")
        assert res is not None
        import_bundle(admin, res.path)
    Records(a).create("case", {**CASE, "id": "case-later", "title": "Not imported yet"})
    later = export_bundle(a, tmp_path / "out-A")
    assert later is not None
    Records(admin).create("person", {"id": "p-mon", "name": "Aigerim"})
    device = a.device_id
    a.lock()
    b.lock()
    yield admin, tmp_path, device, later.path
    for fn in cleanups:
        fn()


def test_a_reader_gets_a_clean_translated_refusal_from_every_write_command(team, monkeypatch, capsys):
    admin, tmp_path, device, bundle = team
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDDOC_LANG", "ru")
    heads = [v.hash for v in conflicts.versions(admin, "case-shared")]
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps({**CASE, "title": "Reader was here"}))
    (tmp_path / "outdir").mkdir()
    (tmp_path / "data.json").write_text(json.dumps({"cases": [{**CASE, "id": "case-new"}]}))
    before = snapshot(admin)
    r = ["--vault", str(tmp_path / "reader")]
    o = str(tmp_path / "outdir")
    commands = {
        "resolve": ["hq", "resolve", *r, "case-shared", "--take", heads[0][:16]],
        "resolve --doc": ["hq", "resolve", *r, "case-shared", "--doc", str(doc),
                          "--based-on", ",".join(heads)],
        "import": ["hq", "import", *r, str(bundle)],
        "brief": ["hq", "brief", *r, "--device", device, "--monitor", "p-mon", "--out", o],
        "receipt": ["hq", "receipt", *r, "--device", device, "--out", o],
        "evidence export --hq": ["evidence", "export", *r, "--hq", "--yes", "case-shared",
                                 "--out", str(tmp_path / "evidence")],
        "card --rotate": ["hq", "card", *r, "--rotate", "--out", str(tmp_path / "card.json")],
        "card --rotate-signing": ["hq", "card", *r, "--rotate-signing", "--out",
                                  str(tmp_path / "card2.json")],
        "backup": ["hq", "backup", *r, "--out", str(tmp_path / "backup.fdhq")],
        "devices revoke": ["hq", "devices", "revoke", *r, device, "--reason", "no"],
        "devices rename": ["hq", "devices", "rename", *r, device, "Someone"],
        "invite": ["hq", "invite", *r, "--name", "Other", "--role", "analyst",
                   "--out", str(tmp_path / "o.inv")],
        "remove": ["hq", "remove", *r, "Aigul"],
        "export-identity": ["hq", "export-identity", *r, "--yes", "--out", str(tmp_path / "id.txt")],
        "edit": ["edit", *r, "case-shared", str(doc)],
        "add": ["add", *r, "case", str(doc)],
        "delete": ["delete", *r, "case-shared"],
        "import-json": ["import-json", *r, str(tmp_path / "data.json")],
        "attach": ["attach", *r, "case-shared", str(doc)],
    }
    failures = {}
    for what, argv in commands.items():
        capsys.readouterr()
        rc = main(argv)
        got = capsys.readouterr()
        lines = [x for x in got.err.splitlines() if x.startswith("fielddoc: ")]  # (after a KDF warning)
        message = lines[-1] if lines else got.err.strip()
        clean = (rc == 2 and len(lines) == 1 and "internal error" not in message
                 and "Traceback" not in got.err + got.out and "Ничего не" in message)
        if not clean:
            failures[what] = (rc, message[-300:])
    assert failures == {}, "\n".join(f"{k}: {v}" for k, v in failures.items())
    assert snapshot(admin) == before  # nothing changed at HQ
    assert not list((tmp_path / "outdir").iterdir())
    assert not (tmp_path / "evidence").exists() or not list((tmp_path / "evidence").iterdir())
    for name in ("card.json", "card2.json", "backup.fdhq", "o.inv", "id.txt"):
        assert not (tmp_path / name).exists(), name


def test_edit_add_and_delete_on_a_team_members_vault_land_in_hqs_database(team, monkeypatch, capsys):
    """Before: ``fielddoc edit/add/delete --vault HQ-VAULT`` wrote to the HQ vault's own, unused
    database; HQ's records in PostgreSQL never changed while the command said it had."""
    admin, tmp_path, _device, _bundle = team
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps({"id": "p-mon", "name": "Aigerim B."}))
    assert main(["edit", "--vault", str(tmp_path / "admin"), "p-mon", str(doc), "--revision", "1"]) == 0
    doc.write_text(json.dumps({"id": "p-new", "name": "Nurlan"}))
    assert main(["add", "--vault", str(tmp_path / "admin"), "person", str(doc)]) == 0
    assert main(["delete", "--vault", str(tmp_path / "admin"), "p-new"]) == 0
    rec = Records(admin)
    assert rec.get("p-mon")["name"] == "Aigerim B."
    assert rec.history("p-mon")[-1].author == "Aigul"  # the member's own name
    assert rec.meta("p-new")["deleted_at"]
    assert main(["attach", "--vault", str(tmp_path / "admin"), "p-mon", str(doc)]) == 2
    assert "HQ vault" in capsys.readouterr().err


def test_read_commands_on_a_team_members_vault_read_hqs_database(team, monkeypatch, capsys):
    """Before: ``fielddoc list/show/search/history/report/case defendants --vault HQ-VAULT`` read
    the HQ vault's own database, which holds no records at a team HQ: an analyst saw nothing."""
    admin, tmp_path, _device, _bundle = team
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    folder = str(tmp_path / "admin")
    assert Records(admin).get("p-mon")  # in HQ's database (PostgreSQL)
    capsys.readouterr()
    assert main(["list", "--vault", folder]) == 0
    assert "p-mon" in capsys.readouterr().out
    assert main(["show", "--vault", folder, "p-mon"]) == 0
    assert "p-mon" in capsys.readouterr().out
    assert main(["history", "--vault", folder, "p-mon"]) == 0
    assert capsys.readouterr().out.strip()
    out_json = tmp_path / "all.json"
    assert main(["export-json", "--vault", folder, str(out_json)]) == 0
    assert "p-mon" in out_json.read_text(encoding="utf-8")
    assert main(["search", "--vault", folder, "Aigerim"]) == 0
    assert main(["report", "period", "--vault", folder, "--from", "2000-01-01", "--to", "2030-12-31",
                 "--out", str(tmp_path / "period.pdf")]) == 0
    assert (tmp_path / "period.pdf").stat().st_size > 1000
    assert main(["report", "period", "--vault", folder, "--from", "2000-01-01", "--to", "2030-12-31",
                 "--edition", "public", "--out", str(tmp_path / "public.pdf")]) == 0
