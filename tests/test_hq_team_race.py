"""A TEAM HQ at the same instant (issue 15): two analysts, each with their own member credential,
vault folder and PostgreSQL login (as tests/test_hq_team.py sets them up), resolve the same conflict
at once: exactly one wins and the other is told who; and the import station imports while an
analyst edits: both land. ROUNDS rounds each, every process its own, against a real PostgreSQL."""

from __future__ import annotations

import time

import pytest

from fielddoc.bundle.writer import export_bundle
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.hq import conflicts
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.team.invite import invite, join_hq
from fielddoc.hq.verify import verify_hq
from fielddoc.records import interchange
from fielddoc.records.service import Records
from tests.test_bundle_support import PASSPHRASE, PG_URL, link, make_field, team_admin
from tests.test_hq_race import Analyst

pytestmark = [pytest.mark.postgres, pytest.mark.slow,
              pytest.mark.skipif(not PG_URL, reason="FIELDDOC_TEST_PG_URL is not set")]

ROUNDS = 20
FIGURES: dict[str, list[int]] = {}


def _case(i: int, title: str = "Shared") -> dict:
    return {"id": f"case-{i:03d}", "title": f"{title} {i}", "case_type": "criminal",
            "confidentiality": "public"}


@pytest.fixture
def team(tmp_path):
    cleanups: list = []
    admin, url = team_admin(tmp_path, cleanups)
    for name, role in (("Station", "importer"), ("Dana", "analyst"), ("Erlan", "analyst")):
        inv = invite(admin, name, role)
        (tmp_path / f"{name}.inv").write_text(inv.invitation.to_json())
        join_hq(tmp_path / name, PASSPHRASE, tmp_path / f"{name}.inv", url, params=TEST_PARAMS).lock()
    fa, fb, fc = (make_field(tmp_path / f"f{x}", f"monitor-{x}") for x in "abc")
    for v, who in ((fa, "A"), (fb, "B")):  # ROUNDS records in conflict, ROUNDS plain ones
        interchange.import_dataset(Records(v), {"cases": [_case(i) for i in range(ROUNDS)]})
        link(v, admin)
        for i in range(ROUNDS):
            Records(v).update(f"case-{i:03d}", _case(i, f"Edited by {who}"))
        (tmp_path / f"out-{who}").mkdir()
        res = export_bundle(v, tmp_path / f"out-{who}")
        assert res is not None
        import_bundle(admin, res.path)
        v.lock()
    rec = Records(admin)
    for i in range(ROUNDS):
        rec.create("case", _case(500 + i, "Plain"))
    link(fc, admin)  # one bundle per round for the import station, each a new record
    bundles = []
    for r in range(ROUNDS):
        Records(fc).create("case", _case(700 + r, "From the field"))
        out = tmp_path / f"out-c{r}"
        out.mkdir()
        res = export_bundle(fc, out)
        assert res is not None
        bundles.append(res.path)
    fc.lock()
    yield admin, tmp_path, bundles
    for fn in cleanups:
        fn()


def test_two_analysts_and_the_import_station_at_once(team):
    admin, tmp_path, bundles = team
    dana, erlan = Analyst(tmp_path / "Dana", "Dana"), Analyst(tmp_path / "Erlan", "Erlan")
    station = Analyst(tmp_path / "Station", "Station")
    same, both = [0, 0], [0, 0]  # rounds, failures
    try:
        for r in range(ROUNDS):  # the same conflict, resolved differently by two members at once
            rid = f"case-{r:03d}"
            h = [v.hash for v in conflicts.versions(admin, rid)]
            at = time.time() + 0.3
            dana.send(op="resolve", rid=rid, take=h[0], based_on=h, at=at)
            erlan.send(op="resolve", rid=rid, take=h[1], based_on=h, at=at)
            ans = [dana.answer(), erlan.answer()]
            same[0] += 1
            oks = [x["ok"] for x in ans]
            if sorted(oks) != [False, True]:
                same[1] += 1
            assert sorted(oks) == [False, True], ans
            winner, loser, chosen = ("Dana", ans[1], h[0]) if oks[0] else ("Erlan", ans[0], h[1])
            assert loser["code"] == "ChangedMeanwhile" and winner in loser["message"], loser
            vs = conflicts.versions(admin, rid)
            kept = [v for v in Records(admin).history(rid) if v.hash == chosen]
            assert len(vs) == 1 and kept and vs[0].doc == kept[0].doc  # the winner's choice
            assert Records(admin).history(rid)[-1].author == winner  # under the member's own name
        for r in range(ROUNDS):  # the station imports while an analyst edits another record
            rid = f"case-{500 + r:03d}"
            rev = int(Records(admin).meta(rid)["revision"])
            at = time.time() + 0.3
            station.send(op="import", path=str(bundles[r]), at=at)
            dana.send(op="edit", rid=rid, doc=_case(500 + r, "Dana's"), expected=rev, at=at)
            ans = [station.answer(), dana.answer()]
            both[0] += 1
            if not all(x["ok"] for x in ans):
                both[1] += 1
            assert all(x["ok"] for x in ans), ans
            assert Records(admin).get(rid)["title"] == f"Dana's {500 + r}"
            assert Records(admin).get(f"case-{700 + r:03d}")["title"] == f"From the field {700 + r}"
    finally:
        for p in (dana, erlan, station):
            p.close()
        FIGURES.update(same_conflict=same, import_while_editing=both)
        print(f"\nteam race figures (rounds, failures): {FIGURES}")
    assert verify_hq(admin) == []
