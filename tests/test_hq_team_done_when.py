"""Issue 15 "Done when", as one scenario on one PostgreSQL HQ, each person in their own vault folder
(their own machine) and, where they act at the same time, their own process:

an administrator (Aigul) invites an import station and two analysts (Dana, Erlan), who join; the
station imports the acceptance data and a conflicting bundle with the real ``fielddoc hq import``;
both analysts resolve the same conflict at the same instant (one wins, the other is told to review
again, naming the winner); the loser edits with ``fielddoc edit`` and both see it; an analyst runs
a period report; the administrator removes Erlan with ``fielddoc hq remove``: Erlan's ``fielddoc``
then gets a clean message and nothing else, and Erlan's PostgreSQL login is closed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from fielddoc.bundle.writer import export_bundle
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.hq import conflicts
from fielddoc.hq.store import init_hq, open_hq
from fielddoc.hq.team.invite import invite, join_hq
from fielddoc.hq.team.schema import hq_members
from fielddoc.hq.verify import verify_hq
from fielddoc.records import interchange
from fielddoc.records.service import Records
from tests.test_bundle_support import ACCEPTANCE, NO_PG, PASSPHRASE, PG_URL, link, make_field, new_pg_database
from tests.test_hq_race import Analyst

pytestmark = [pytest.mark.postgres, pytest.mark.slow, pytest.mark.skipif(not PG_URL, reason=NO_PG)]
ROOT = Path(__file__).resolve().parent.parent


def _cli(*argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
           "FIELDDOC_PASSPHRASE": PASSPHRASE, "FIELDDOC_LANG": "en"}
    return subprocess.run(  # noqa: S603 - our own CLI
        [sys.executable, "-m", "tests.helpers.cheap_cli", *argv], cwd=ROOT, env=env, capture_output=True,
        text=True, timeout=300, stdin=subprocess.DEVNULL,
    )


def _clean(res: subprocess.CompletedProcess) -> str:
    said = res.stdout + res.stderr
    assert "internal error" not in said and "Traceback" not in said, said
    return said


@pytest.fixture
def hq_db():
    if not PG_URL:
        pytest.skip(NO_PG)
    url, drop = new_pg_database()
    yield url
    drop()


def test_two_analysts_and_an_import_station_share_one_hq(tmp_path, hq_db):
    url = hq_db
    admin = init_hq(tmp_path / "Aigul", PASSPHRASE, params=TEST_PARAMS, db_url=url, author="Aigul")
    try:
        for name, role in (("Station", "importer"), ("Dana", "analyst"), ("Erlan", "analyst")):
            inv = invite(admin, name, role)
            (tmp_path / f"{name}.inv").write_text(inv.invitation.to_json())
            join_hq(tmp_path / name, PASSPHRASE, tmp_path / f"{name}.inv", url, params=TEST_PARAMS).lock()
    finally:
        admin.lock()
    # two monitors: the acceptance data, and another device's version of one of its cases
    data = json.loads(ACCEPTANCE.read_text("utf-8"))
    case = data["cases"][0]
    station = open_hq(tmp_path / "Station", PASSPHRASE)
    try:
        bundles = []
        aktau = {"id": case["id"], "title": "Seen differently in Aktau", "case_type": "criminal"}
        for who, dataset in (("a", data), ("b", {"cases": [aktau]})):
            v = make_field(tmp_path / f"field-{who}", f"monitor-{who}")
            interchange.import_dataset(Records(v), dataset)
            link(v, station)  # the import station enrols the devices
            (tmp_path / f"out-{who}").mkdir()
            res = export_bundle(v, tmp_path / f"out-{who}")
            assert res is not None
            bundles.append(str(res.path))
            v.lock()
    finally:
        station.lock()
    said = _clean(_cli("hq", "import", "--vault", str(tmp_path / "Station"), *bundles))
    assert said.count("imported") >= 2, said

    # both analysts resolve the same conflict at the same instant, each in their own process
    dana_hq = open_hq(tmp_path / "Dana", PASSPHRASE)
    try:
        heads = [v.hash for v in conflicts.versions(dana_hq, case["id"])]
        assert len(heads) == 2
    finally:
        dana_hq.lock()
    dana, erlan = Analyst(tmp_path / "Dana", "Dana"), Analyst(tmp_path / "Erlan", "Erlan")
    try:
        at = time.time() + 0.5
        dana.send(op="resolve", rid=case["id"], take=heads[0], based_on=heads, at=at)
        erlan.send(op="resolve", rid=case["id"], take=heads[1], based_on=heads, at=at)
        answers = {"Dana": dana.answer(), "Erlan": erlan.answer()}
    finally:
        dana.close()
        erlan.close()
    winners = [n for n, a in answers.items() if a["ok"]]
    assert len(winners) == 1, answers
    loser = "Erlan" if winners == ["Dana"] else "Dana"
    told = answers[loser]
    assert told["code"] == "ChangedMeanwhile" and winners[0] in told["message"], told
    assert "review it again" in told["message"]

    # the loser reviews again (resolved now), then edits with the real CLI, under their own name
    doc = tmp_path / "edit.json"
    doc.write_text(json.dumps({**case, "title": "Assessed at HQ"}))
    res = _cli("hq", "conflicts", "--vault", str(tmp_path / loser))
    assert res.returncode == 0 and case["id"] not in _clean(res)  # no longer in conflict
    res = _cli("edit", "--vault", str(tmp_path / loser), case["id"], str(doc))
    assert res.returncode == 0, _clean(res)
    other = open_hq(tmp_path / winners[0], PASSPHRASE)
    try:
        assert len(conflicts.versions(other, case["id"])) <= 1
        assert Records(other).get(case["id"])["title"] == "Assessed at HQ"
        assert Records(other).history(case["id"])[-1].author == loser
        # and a report of the period, from the winner's own folder
        from fielddoc.reports import content, pdf

        report = content.period_report(Records(other), "2011-01-01", "2012-12-31", "en")
        assert pdf.save_pdf(report, tmp_path / "period.pdf") > 1000
        assert verify_hq(other) == []
    finally:
        other.lock()

    # the administrator removes Erlan: Erlan reads nothing more, and Erlan's login is closed
    with create_engine(url).connect() as conn:
        role = conn.execute(select(hq_members.c.pg_role).where(hq_members.c.name == "Erlan")).scalar_one()
    assert role
    res = _cli("hq", "remove", "--vault", str(tmp_path / "Aigul"), "Erlan")
    assert res.returncode == 0, _clean(res)
    res = _cli("hq", "conflicts", "--vault", str(tmp_path / "Erlan"))
    said = _clean(res)
    assert res.returncode == 2 and "fielddoc: " in res.stderr, said
    assert "no longer lets your login in: an HQ administrator removed your membership" in res.stderr, said
    assert case["title"] not in said
    admin_engine = create_engine(url)
    try:
        with admin_engine.connect() as conn:
            can = conn.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :r"),
                               {"r": role}).scalar()
        assert not can  # closed (or gone)
    finally:
        admin_engine.dispose()
    with pytest.raises(OperationalError):
        create_engine(make_url(url).set(username=role, password="x")).connect()  # noqa: S106
