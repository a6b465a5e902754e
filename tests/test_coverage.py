"""Coverage of a monitoring programme: hearings held vs monitored per case, court and month;
each monitor's workload (fielddoc.hq.coverage, ``fielddoc hq coverage``)."""

from __future__ import annotations

import json

from fielddoc.hq.coverage import coverage


def _setup(rec):
    rec.create("organisation", {"id": "org-a", "name": "Aktau city court"})
    rec.create("organisation", {"id": "org-z", "name": "Zhanaozen court"})
    rec.create("person", {"id": "p-1", "name": "Aigerim"})
    rec.create("person", {"id": "p-2", "name": "Bolat"})
    rec.create("case", {"id": "case-1", "title": "Case one"})
    rec.create("case", {"id": "case-2", "title": "Case two"})
    hearings = [
        # held and monitored (monitors[]), assignment attended
        {"id": "h1", "case_id": "case-1", "court_id": "org-a", "date": "2026-03-02", "status": "held",
         "monitors": [{"person_id": "p-1", "admission": "admitted"}],
         "assignments": [{"monitor_id": "p-1", "mode": "in_person", "status": "attended"}]},
        # held, the monitor was refused entry: not monitored; assignment missed
        {"id": "h2", "case_id": "case-1", "court_id": "org-a", "date": "2026-03-09", "status": "held",
         "monitors": [{"person_id": "p-2", "admission": "denied"}],
         "assignments": [{"monitor_id": "p-2", "mode": "in_person", "status": "missed"}]},
        # no status recorded (older data): counts as held; monitored by a description only
        {"id": "h3", "case_id": "case-2", "court_id": "org-z", "date": "2026-04-01",
         "monitors": [{"description": "a colleague"}]},
        # cancelled: not held
        {"id": "h4", "case_id": "case-2", "court_id": "org-z", "date": "2026-04-08", "status": "cancelled"},
        # scheduled, assigned to p-1 and declined by p-2
        {"id": "h5", "case_id": "case-2", "court_id": "org-z", "date": "2026-05-04", "status": "scheduled",
         "scheduled_start": "2026-05-04T10:00:00+05:00",
         "assignments": [{"monitor_id": "p-1", "mode": "online", "status": "confirmed"},
                         {"monitor_id": "p-2", "mode": "online", "status": "declined"}]},
    ]
    for h in hearings:
        rec.create("hearing", h)


def test_coverage_by_case_court_and_month(rec):
    _setup(rec)
    by_case = coverage(rec.store, "case")
    rows = {r.key: r for r in by_case.rows}
    one, two = rows["case-1"], rows["case-2"]
    assert one.label == "Case one" and (one.hearings, one.held, one.monitored) == (2, 2, 1)
    assert one.share == 0.5
    assert (two.hearings, two.held, two.monitored, two.scheduled, two.assigned) == (3, 1, 1, 1, 1)
    t = by_case.total
    assert (t.hearings, t.held, t.monitored, t.scheduled, t.assigned) == (5, 3, 2, 1, 3)
    courts = {r.label: r for r in coverage(rec.store, "court").rows}
    assert courts["Aktau city court"].monitored == 1 and courts["Zhanaozen court"].held == 1
    months = [(r.key, r.held, r.monitored) for r in coverage(rec.store, "month").rows]
    assert months == [("2026-03", 2, 1), ("2026-04", 1, 1), ("2026-05", 0, 0)]


def test_monitor_workload(rec):
    _setup(rec)
    loads = {w.monitor_id: w for w in coverage(rec.store).workload}
    a, b = loads["p-1"], loads["p-2"]
    assert a.name == "Aigerim" and a.by_status["attended"] == 1 and a.by_status["confirmed"] == 1
    assert a.attended_held == 1 and a.upcoming == 1
    assert b.by_status == {"assigned": 0, "confirmed": 0, "declined": 1, "attended": 0, "missed": 1}
    assert b.attended_held == 0 and b.upcoming == 0


def test_cli_coverage(tmp_path, monkeypatch, capsys):
    from fielddoc.cli.main import main
    from fielddoc.records.service import Records
    from tests.test_bundle_support import PASSPHRASE, make_hq

    cleanups: list = []
    hq = make_hq(tmp_path / "hq", "sqlcipher", cleanups)
    _setup(Records(hq))
    path = hq.vault.path
    hq.lock()
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    assert main(["hq", "coverage", "--vault", str(path), "--by", "court"]) == 0
    text = capsys.readouterr().out
    assert "Aktau city court: held 2, monitored 1 (50%)" in text
    assert "TOTAL: held 3, monitored 2 (67%)" in text
    assert "Aigerim (p-1):" in text and "upcoming 1" in text
    assert main(["hq", "coverage", "--vault", str(path), "--by", "month", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["key"] for r in data["rows"]] == ["2026-03", "2026-04", "2026-05"]
