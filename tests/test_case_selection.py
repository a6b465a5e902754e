"""Case filters in reports and CSV, and the extremist-offence filter (issue 12): records.case_selection,
``fielddoc list --extremist``, ``fielddoc report period --tag …`` and ``fielddoc export-csv --extremist``."""

from __future__ import annotations

import csv

import pytest

from fielddoc.errors import FieldDocError
from fielddoc.records import query
from fielddoc.records.case_selection import CaseSelection, restrict_dataset, selected_cases
from fielddoc.records.csv_export import export_csv
from fielddoc.records.interchange import export_dataset
from fielddoc.reports import content
from fielddoc.reports.model import Paragraph, Table
from tests.conftest import PASSPHRASE

#: charged under KZ-CC-1997 164 (incitement of discord, flagged extremist) or 170
EXTREMIST = {"case-kozlov", "case-sokolova"}


def _tag(rec, case_id, *tags, priority=None):
    doc = rec.get(case_id)
    doc["tags"] = list(tags)
    if priority:
        doc["priority"] = priority
    rec.update(case_id, doc)


def test_extremist_filter_in_the_query(loaded):
    flt = query.Filter(kind="case", extremist=True)
    assert {r["id"] for r in query.list_records(loaded.store, flt)} == EXTREMIST
    assert query.count(loaded.store, flt) == 2
    # with an offence family that is not extremist, nothing
    flt = query.Filter(kind="case", extremist=True, offence_family="mass_riots")
    assert query.count(loaded.store, flt) == 0


def test_unknown_codes_are_refused_naming_the_option():
    with pytest.raises(FieldDocError) as e:
        CaseSelection(priority="urgent").check()
    assert "--priority" in str(e.value.render(lambda m: m)) and "high" in e.value.render(lambda m: m)
    with pytest.raises(FieldDocError):
        CaseSelection(offence_family="jaywalking").check()
    with pytest.raises(FieldDocError):
        CaseSelection(selection_criterion="famous").check()
    CaseSelection(tag="anything", extremist=True).check()  # a tag is free text


def test_period_report_keeps_only_the_selected_cases(loaded):
    _tag(loaded, "case-kozlov", "oil", priority="high")
    whole = content.period_report(loaded, "2011-01-01", "2012-12-31", "en")
    sel = content.period_report(loaded, "2011-01-01", "2012-12-31", "en", selection=CaseSelection(tag="oil"))
    hearings = next(b for b in sel.blocks if isinstance(b, Table) and b.columns[:2] == ("Date", "Case"))
    assert {row[1] for row in hearings.rows} == {loaded.get("case-kozlov")["title"]}
    stats = {row[0]: row[1] for row in next(b for b in sel.blocks if isinstance(b, Table)
                                            and b.columns[0] == "Type").rows}
    assert stats["Hearings"] == "1" and stats["Incidents"] == "0"
    whole_stats = {row[0]: row[1] for row in next(b for b in whole.blocks if isinstance(b, Table)
                                                  and b.columns[0] == "Type").rows}
    assert int(whole_stats["Hearings"]) > 1 and int(whole_stats["Incidents"]) > 0
    said = [b.text for b in sel.blocks if isinstance(b, Paragraph) and "Only the cases" in b.text]
    assert said == ['Only the cases selected by tag «oil» (1 cases); records of no case, such as incidents, '
                    'are left out.']


def test_period_report_extremist_in_russian(loaded):
    r = content.period_report(loaded, "2011-01-01", "2012-12-31", "ru",
                              selection=CaseSelection(extremist=True))
    text = r.text()
    assert "обвинение по статье об экстремистском преступлении" in text and "(дел: 2)" in text
    assert loaded.get("case-zhanaozen-37")["title"] not in text


def test_period_report_detentions_follow_the_selection(loaded):
    def detained(report) -> list[str]:
        det = next(b for b in report.blocks if isinstance(b, Table) and "Release" in b.columns)
        return sorted(row[1] for row in det.rows)

    whole = content.period_report(loaded, "2011-01-01", "2012-12-31", "en")
    sel = content.period_report(loaded, "2011-01-01", "2012-12-31", "en",
                                selection=CaseSelection(offence_family="incitement_of_discord"))
    assert len(detained(whole)) == 4
    assert detained(sel) == sorted([loaded.get("per-kozlov")["name"], loaded.get("per-sokolova")["name"]])


def test_restrict_dataset_keeps_cases_their_records_and_what_they_name(loaded):
    data = export_dataset(loaded)
    out, left = restrict_dataset(data, selected_cases(loaded.store, CaseSelection(extremist=True)))
    assert {c["id"] for c in out["cases"]} == EXTREMIST
    assert {h["case_id"] for h in out["hearings"]} <= EXTREMIST and out["hearings"]
    assert out["incidents"] == []
    people = {p["id"] for p in out["persons"]}
    assert "per-kozlov" in people and "per-sokolova" in people
    ids = {d.get("id") for docs in out.values() if isinstance(docs, list)
           for d in docs if isinstance(d, dict)}
    for inv in out.get("involvements", []):
        assert inv["subject_id"] in ids and inv["object_id"] in ids
    assert left > 0


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_export_with_a_selection(loaded, tmp_path):
    _tag(loaded, "case-sokolova", "assembly")
    export_csv(loaded, tmp_path / "all")
    export_csv(loaded, tmp_path / "some", selection=CaseSelection(tag="assembly", extremist=True))
    assert {r["id"] for r in _rows(tmp_path / "some" / "cases.csv")} == {"case-sokolova"}
    assert len(_rows(tmp_path / "all" / "cases.csv")) > 1
    hearings = _rows(tmp_path / "some" / "hearings.csv")
    assert all(r["case_id"] == "case-sokolova" for r in hearings)
    incidents = tmp_path / "some" / "incidents.csv"
    assert not incidents.exists() or not _rows(incidents)
    with pytest.raises(FieldDocError):
        export_csv(loaded, tmp_path / "bad", selection=CaseSelection(priority="urgent"))
    assert not (tmp_path / "bad").exists()


def test_cli_filters(loaded, vault, tmp_path, monkeypatch, capsys):
    from fielddoc.cli.main import main

    path = vault.path
    vault.lock()
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    assert main(["list", "--vault", str(path), "--type", "case", "--extremist", "--json"]) == 0
    out = capsys.readouterr().out
    assert "case-kozlov" in out and "case-sokolova" in out and "case-zhanaozen-37" not in out
    assert main(["export-csv", "--vault", str(path), str(tmp_path / "csv"), "--extremist"]) == 0
    capsys.readouterr()
    assert {r["id"] for r in _rows(tmp_path / "csv" / "cases.csv")} == EXTREMIST
    # a bad code is refused before the passphrase, naming the option and what is accepted
    monkeypatch.delenv("FIELDDOC_PASSPHRASE")
    assert main(["report", "period", "--vault", str(path), "--from", "2012", "--out",
                 str(tmp_path / "r.pdf"), "--priority", "urgent"]) == 2
    err = capsys.readouterr().err
    assert "--priority" in err and "high, medium, low" in err and "Traceback" not in err
    assert main(["export-csv", "--vault", str(path), str(tmp_path / "csv2"), "--offence-family", "x"]) == 2
    assert "--offence-family" in capsys.readouterr().err
    assert not (tmp_path / "csv2").exists()


def test_extremist_filter_and_allegation_counts_on_postgresql(tmp_path, acceptance):
    from fielddoc.records.allegation_counts import allegation_counts
    from fielddoc.records.interchange import import_dataset
    from fielddoc.records.service import Records
    from tests.test_bundle_support import NO_PG, PG_URL, make_hq

    if not PG_URL:
        pytest.skip(NO_PG)
    cleanups: list = []
    hq = Records(make_hq(tmp_path / "hq", "postgres", cleanups))
    try:
        import_dataset(hq, acceptance)
        flt = query.Filter(kind="case", extremist=True)
        assert {r["id"] for r in query.list_records(hq.store, flt)} == EXTREMIST
        assert query.count(hq.store, flt) == 2
        assert selected_cases(hq.store, CaseSelection(extremist=True, tag="none")) == set()
        h = hq.get("hrg-zh-2012-04-16")
        h["torture_allegations"] = [{"person_id": "per-tuletayeva", "court_response": "refused_to_examine"}]
        hq.update("hrg-zh-2012-04-16", h)
        c = allegation_counts(hq, case_id="case-zhanaozen-37", date_from="2012-04")
        assert c.row("refused_to_examine").allegations == 1 and c.persons == 1
    finally:
        hq.store.lock()
        for fn in cleanups:
            fn()
