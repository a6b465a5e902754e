"""Issue 15 §4: HQ's audit log filtered by confidentiality (PostgreSQL row-level security).

Before, ``audit`` was not filtered: a member capped at a level read the time, actor, action and
id of every change to records above it. Now their own PostgreSQL login reads only entries of
records they see (and entries of no record); they still append after the chain's real head, the
chain stays whole for everyone, and their ``hq verify`` says (clean, translated) what it could
not check instead of reporting damage. Briefing chains (hearing ids) are hidden from them too."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from fielddoc.bundle.writer import export_bundle
from fielddoc.cli.main import main
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.team.invite import invite, join_hq
from fielddoc.hq.verify import verify_hq
from fielddoc.records.service import Records
from fielddoc.store.schema import audit
from tests.test_bundle_support import NO_PG, PASSPHRASE, PG_URL, link, make_field, team_admin

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=NO_PG)]


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
    link(field, admin)
    (tmp_path / "b").mkdir()
    res = export_bundle(field, tmp_path / "b")
    assert res is not None
    import_bundle(admin, res.path)
    Records(admin).update("case-secret", {"id": "case-secret", "title": "Protected witness case, assessed",
                                          "confidentiality": "restricted"})
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


def _audited(hq) -> set[str | None]:
    with hq.engine.connect() as conn:
        return {r[0] for r in conn.execute(select(audit.c.record_id))}


def test_a_capped_member_reads_no_audit_entry_of_a_record_above_their_level(team):
    admin, capped, dana, _tmp = team
    Records(dana).update("case-open", {"id": "case-open", "title": "Open case, assessed",
                                        "confidentiality": "public"}, expected_revision=1)
    assert "case-secret" in _audited(admin) and "case-secret" in _audited(dana)  # uncapped: all
    seen = _audited(capped)
    assert "case-open" in seen and "case-secret" not in seen
    from fielddoc.hq.team.schema import hq_briefings

    with pytest.raises(DBAPIError), capped.engine.connect() as conn:  # hearing ids sent to devices
        conn.execute(select(hq_briefings)).all()


def test_a_capped_member_appends_after_the_real_head_and_the_chain_stays_whole(team):
    from fielddoc.hq.errors import AuditPartlyHidden

    admin, capped, dana, _tmp = team
    # the newest entry (the administrator's edit of case-secret) is hidden from the capped member
    Records(capped).update("case-open", {"id": "case-open", "title": "Open case, assessed",
                                          "confidentiality": "public"}, expected_revision=1)
    Records(dana).update("case-secret", {"id": "case-secret", "title": "Assessed again",
                                          "confidentiality": "restricted"}, expected_revision=2)
    Records(capped).update("case-open", {"id": "case-open", "title": "Open case, assessed twice",
                                          "confidentiality": "public"}, expected_revision=2)
    assert verify_hq(admin) == [] and verify_hq(dana) == []  # uncapped: every entry recomputed
    notes: list = []
    assert verify_hq(capped, notes=notes) == []  # no false alarm for what the limit hides
    audit_notes = [n for n in notes if isinstance(n, AuditPartlyHidden)]
    assert len(audit_notes) == 1  # (and one about the bundles: tests/test_hq_team_manifest_rls.py)
    assert int(audit_notes[0].params["hidden"]) >= 2


def test_hq_verify_tells_a_capped_member_what_it_could_not_check(team, monkeypatch, capsys):
    _admin, _capped, _dana, tmp_path = team
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDDOC_LANG", "ru")
    assert main(["hq", "verify", "--vault", str(tmp_path / "Capped")]) == 0
    said = capsys.readouterr().out
    assert "NOTE: Записей журнала аудита о записях выше вашего уровня конфиденциальности" in said
    assert "PROBLEM" not in said
