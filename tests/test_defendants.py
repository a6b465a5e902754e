"""Every defendant of a case across its hearings; who was detained on a day (issue 12 part 2)."""

from __future__ import annotations

import json

import pytest

from fielddoc.records.defendants import case_defendants, detained_on
from fielddoc.reports import content
from fielddoc.reports.model import Table
from tests.test_cli import cli_vault, no_traceback, run  # noqa: F401 - the module fixture

CASE = "case-zhanaozen-37"


def _add_second_hearing(rec):
    rec.create("hearing", {
        "id": "hrg-zh-extra", "case_id": CASE, "date": "2012-04-20",
        "defendants": [{"person_id": "per-tuletayeva", "presence": "absent", "in_custody": "no"}],
        "defence_counsel": [{"person_id": "per-kozlov", "client_ids": ["per-tuletayeva"]},
                            {"description": "a state-appointed lawyer", "client_ids": ["per-tuletayeva"]}],
        "torture_allegations": [{"person_id": "per-tuletayeva", "role": "defendant",
                                 "court_response": "refused_to_examine"}],
    })


def test_case_defendants_follows_each_defendant(loaded):
    _add_second_hearing(loaded)
    rows = {d.person_id: d for d in case_defendants(loaded, CASE)}
    t = rows["per-tuletayeva"]
    assert [h[0] for h in t.hearings] == ["hrg-zh-2012-04-16", "hrg-zh-extra"]  # in date order
    assert t.presence_counts() == {"present": 1, "absent": 1}
    assert t.custody == "no"  # at the latest hearing that says
    assert t.counsel_ids == ["per-kozlov"] and t.counsel_descriptions == ["a state-appointed lawyer"]
    assert [a.get("court_response") for a in t.allegations] == [None, "refused_to_examine"]
    assert t.verdict is not None and t.verdict["result"] == "guilty"
    assert rows["per-oilworkers-37"].charges  # a defendant known from the charges


def test_case_report_has_the_per_defendant_table(loaded):
    _add_second_hearing(loaded)
    for lang, header, refused in (("en", "Torture allegations", "Court refused to examine it"),
                                  ("ru", "Заявления о пытках", "Суд отказался проверять")):
        report = content.case_summary(loaded, CASE, lang)
        table = next(b for b in report.blocks if isinstance(b, Table) and header in b.columns)
        row = next(r for r in table.rows if r[0].startswith(("Roza", "Роза")))
        assert row[table.columns.index(header)] == f"2: {refused}"
        assert "hrg-zh-extra" in report.record_ids


def test_device_only_hearing_stays_out_of_the_table(loaded):
    _add_second_hearing(loaded)
    doc = loaded.get("hrg-zh-extra")
    loaded.update("hrg-zh-extra", {**doc, "confidentiality": "device_only", "tlp": "RED"})
    report = content.case_summary(loaded, CASE, "en")
    table = next(b for b in report.blocks if isinstance(b, Table) and "Torture allegations" in b.columns)
    row = next(r for r in table.rows if r[0].startswith("Roza"))
    assert row[table.columns.index("Torture allegations")] == "1"


@pytest.mark.parametrize(("day", "expected"), [
    ("2012-03-01", {"det-sokolova-2011", "det-kozlov-2012", "det-kuramshin-2012-01", "det-kosanov-2012-01"}),
    ("2011-01-01", set()),
])
def test_detained_on(loaded, day, expected):
    assert {d["id"] for d in detained_on(loaded, day)} == expected


def test_detained_on_respects_release(loaded):
    from fielddoc.records import dates

    release = dates.sort_key(loaded.get("det-sokolova-2011")["release"]["date"])[:10]
    assert release == "2012-03-07"  # held until 7 March 2012
    assert "det-sokolova-2011" in {d["id"] for d in detained_on(loaded, "2012-03-07")}
    assert "det-sokolova-2011" not in {d["id"] for d in detained_on(loaded, "2012-03-08")}


def test_cli_case_defendants_and_detained(cli_vault):  # noqa: F811
    r = run("case", "defendants", "--vault", str(cli_vault), "--json", CASE)
    assert r.returncode == 0, r.stderr
    rows = {x["person_id"]: x for x in json.loads(r.stdout)}
    assert rows["per-tuletayeva"]["torture_allegations"] == 1
    assert rows["per-tuletayeva"]["verdict"] == "guilty"
    r = run("case", "defendants", "--vault", str(cli_vault), CASE)
    assert "Roza Tuletayeva" in r.stdout and "torture allegations: 1" in r.stdout
    r = run("detained", "--vault", str(cli_vault), "--on", "2012-03-01")
    assert r.returncode == 0 and "(4 detained on 2012-03-01)" in r.stdout
    r = run("detained", "--vault", str(cli_vault), "--on", "2012-3", env={"FIELDDOC_LANG": "ru"})
    assert r.returncode != 0 and "не дата" in r.stderr
    no_traceback(r)
    r = run("case", "defendants", "--vault", str(cli_vault), "case-nope")
    assert r.returncode != 0
    no_traceback(r)
