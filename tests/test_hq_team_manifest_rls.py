"""A capped member cannot read the bundle manifests (files, custody chains) at a team HQ.

Before, ``hq_bundles`` was not filtered by level: an analyst capped at "partners" read, from the
sealed manifest of every bundle (the sealing key is every member's), the attachment id, SHA-256,
size, collection time, collector and custody chain of a file of a "restricted" case, and the
bundle's TLP ceiling: enough to confirm a guess of the file's content by its hash. Now only members
without a limit (and the administrator and import station) read ``hq_bundles``; a capped member's
``hq verify`` says, translated, how many bundles only an uncapped member can check, and reports no
false damage; the devices page still shows them each device's bundle count and gaps."""

from __future__ import annotations

import hashlib
import io

import pytest
from sqlalchemy import func, select

from fielddoc.attachments.service import attach
from fielddoc.bundle.writer import export_bundle
from fielddoc.cli.main import main
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.team.invite import invite, join_hq
from fielddoc.hq.verify import verify_hq
from fielddoc.records.service import Records
from fielddoc.store.schema_sync import hq_bundles
from tests.test_bundle_support import NO_PG, PASSPHRASE, PG_URL, link, make_field, team_admin

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=NO_PG)]

SECRET = b"%PDF-1.4 statement of the protected witness"
SECRET_SHA = hashlib.sha256(SECRET).hexdigest()


@pytest.fixture
def team(tmp_path):
    cleanups: list = []
    admin, url = team_admin(tmp_path, cleanups)
    field = make_field(tmp_path / "field", "monitor-a")
    cleanups.insert(0, field.lock)
    rec = Records(field)
    rec.create("case", {"id": "case-open", "title": "Open case", "confidentiality": "public"})
    rec.create("case", {"id": "case-secret", "title": "Protected witness case",
                        "confidentiality": "restricted"})
    attach(field, rec, io.BytesIO(SECRET), related_ids=["case-secret"],
           file_name="statement.pdf", confidentiality="restricted")
    link(field, admin)
    (tmp_path / "b").mkdir()
    res = export_bundle(field, tmp_path / "b")
    assert res is not None
    import_bundle(admin, res.path)
    joined = {}
    for name, role, level in (("Capped", "analyst", "partners"), ("Dana", "analyst", None)):
        inv = invite(admin, name, role, max_level=level)
        (tmp_path / f"{name}.inv").write_text(inv.invitation.to_json())
        joined[name] = join_hq(tmp_path / name, PASSPHRASE, tmp_path / f"{name}.inv", url,
                               params=TEST_PARAMS)
        cleanups.insert(0, joined[name].lock)
    yield admin, joined["Capped"], joined["Dana"], tmp_path
    for fn in cleanups:
        fn()


def _manifests(hq) -> list[str]:
    with hq.engine.connect() as conn:
        return [r[0] for r in conn.execute(select(hq_bundles.c.manifest))]


def test_a_capped_member_reads_no_bundle_manifest(team):
    admin, capped, dana, _tmp = team
    assert any(SECRET_SHA in m for m in _manifests(admin))  # the file's hash travels in the manifest
    assert any(SECRET_SHA in m for m in _manifests(dana))  # an analyst without a limit reads it
    assert _manifests(capped) == []
    with capped.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(hq_bundles)).scalar_one() == 0


def test_a_capped_members_verify_is_clean_and_says_what_it_could_not_check(team, monkeypatch, capsys):
    from fielddoc.hq.errors import BundlesHidden

    admin, capped, dana, tmp_path = team
    assert verify_hq(admin) == [] and verify_hq(dana) == []
    notes: list = []
    assert verify_hq(capped, notes=notes) == []  # no false alarm about custody entries it cannot match
    hidden = [n for n in notes if isinstance(n, BundlesHidden)]
    assert len(hidden) == 1 and int(hidden[0].params["hidden"]) == 1
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDDOC_LANG", "kk")
    assert main(["hq", "verify", "--vault", str(tmp_path / "Capped")]) == 0
    said = capsys.readouterr().out
    assert "PROBLEM" not in said
    assert "NOTE: Тек құпиялылық шегі жоқ мүшелер оқи алатын импортталған пакеттер: 1." in said


def test_a_capped_member_still_sees_each_devices_bundle_count_and_gaps(team):
    from fielddoc.hq.devices import list_devices

    admin, capped, _dana, _tmp = team
    theirs = {d["device"]: (d["bundles"], d["last_sequence"], d["gaps"]) for d in list_devices(capped)}
    ours = {d["device"]: (d["bundles"], d["last_sequence"], d["gaps"]) for d in list_devices(admin)}
    assert theirs == ours and sorted(v[0] for v in ours.values()) == [1]


def test_a_team_made_by_an_older_version_gets_the_policy_at_the_administrators_next_open(team):
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from fielddoc.hq.store import open_hq

    admin, capped, _dana, tmp_path = team
    owner = create_engine(make_url(PG_URL).set(database=admin.engine.url.database))
    with owner.begin() as conn:  # the grants and policies of the version before this one
        conn.execute(text("DROP POLICY fd_full ON hq_bundles; DROP POLICY fd_capped ON hq_bundles; "
                          "ALTER TABLE hq_bundles DISABLE ROW LEVEL SECURITY; "
                          "DROP FUNCTION fd_bundles_total(); DROP FUNCTION fd_bundle_sequences(); "
                          "DROP FUNCTION fd_uncapped()"))
    owner.dispose()
    assert any(SECRET_SHA in m for m in _manifests(capped))  # what an older team let them read
    admin.lock()
    again = open_hq(tmp_path / "admin", PASSPHRASE)
    try:
        assert _manifests(capped) == []
        assert verify_hq(again) == []
    finally:
        again.lock()
