"""Torture allegations counted by the court's response (issue 12): the core, the period report in
both editions, and ``fielddoc allegations`` / ``fielddoc hq allegations``."""

from __future__ import annotations

import json

import pytest

from fielddoc.errors import FieldDocError
from fielddoc.records.allegation_counts import allegation_counts, count_allegations
from fielddoc.reports import content
from fielddoc.reports.model import Table
from tests.conftest import PASSPHRASE


def _setup(rec):
    for pid, name in (("p-a", "Aidos"), ("p-b", "Bolat"), ("p-c", "Dana")):
        rec.create("person", {"id": pid, "name": name, "confidentiality": "public", "tlp": "CLEAR"})
    rec.create("case", {"id": "case-1", "title": "Case one", "confidentiality": "public", "tlp": "CLEAR"})
    rec.create("case", {"id": "case-2", "title": "Case two", "confidentiality": "public", "tlp": "CLEAR"})
    hearings = [
        {"id": "h1", "case_id": "case-1", "date": "2012-03-01", "confidentiality": "public", "tlp": "CLEAR",
         "torture_allegations": [
             {"person_id": "p-a", "role": "defendant", "court_response": "not_addressed"},
             {"person_id": "p-b", "role": "defendant", "court_response": "refused_to_examine"}]},
        # p-a again, again not addressed: 2 allegations, 1 person
        {"id": "h2", "case_id": "case-1", "date": "2012-03-15", "confidentiality": "public", "tlp": "CLEAR",
         "torture_allegations": [
             {"person_id": "p-a", "role": "defendant", "court_response": "not_addressed"},
             {"role": "witness"}]},  # no person, no response recorded
        # a hearing without allegations still counts as a hearing
        {"id": "h3", "case_id": "case-1", "date": "2012-04-02", "confidentiality": "public", "tlp": "CLEAR"},
        # another case, marked above CLEAR: the public edition leaves it out
        {"id": "h4", "case_id": "case-2", "date": "2012-03-20", "confidentiality": "restricted",
         "torture_allegations": [{"person_id": "p-c", "role": "witness", "court_response": "ordered_check"}]},
    ]
    for h in hearings:
        rec.create("hearing", h)


def test_counts_per_response_allegations_and_persons(rec):
    _setup(rec)
    c = allegation_counts(rec)
    assert c.row("not_addressed").allegations == 2 and c.row("not_addressed").persons == 1
    assert (c.row("refused_to_examine").allegations, c.row("refused_to_examine").persons) == (1, 1)
    assert (c.row("ordered_check").allegations, c.row("ordered_check").persons) == (1, 1)
    assert c.row("evidence_excluded").allegations == 0
    assert (c.row("").allegations, c.row("").persons) == (1, 0)  # not recorded
    assert (c.allegations, c.persons, c.hearings, c.hearings_with) == (5, 3, 4, 3)
    assert [r.response for r in c.rows[:6]] == ["not_addressed", "refused_to_examine", "ordered_check",
                                                 "referred_to_prosecutor", "evidence_excluded", "other"]


def test_filters_by_case_and_period(rec):
    _setup(rec)
    c = allegation_counts(rec, case_id="case-2")
    assert (c.allegations, c.persons, c.hearings) == (1, 1, 1)
    c = allegation_counts(rec, date_from="2012-03-10", date_to="2012-03-31")
    assert (c.allegations, c.hearings) == (3, 2)  # h2 and h4
    assert c.row("not_addressed").allegations == 1
    c = allegation_counts(rec, case_id="case-1", date_from="2012-04")
    assert (c.allegations, c.hearings, c.hearings_with) == (0, 1, 0)


def test_bad_filters_are_refused_cleanly(rec):
    _setup(rec)
    with pytest.raises(FieldDocError):
        allegation_counts(rec, case_id="case-nope")
    with pytest.raises(FieldDocError):
        allegation_counts(rec, date_from="2012-13")
    with pytest.raises(FieldDocError):
        allegation_counts(rec, date_from="2013", date_to="2012")


def test_an_unknown_response_code_counts_as_other():
    c = count_allegations([{"torture_allegations": [{"person_id": "x", "court_response": "later_code"}]}])
    assert c.row("other").allegations == 1 and c.allegations == 1


def _allegation_table(report, first: str) -> Table:
    return next(b for b in report.blocks if isinstance(b, Table) and b.columns[0] == first)


def test_period_report_internal_counts_with_denominators(rec):
    _setup(rec)
    r = content.period_report(rec, "2012-03-01", "2012-03-31", "en")
    t = _allegation_table(r, "Court response")
    rows = {row[0]: row[1:] for row in t.rows}
    assert rows["Not addressed by the court"][:2] == ("2", "1")
    assert rows["Court ordered a check"][:2] == ("1", "1")
    assert rows["Not recorded"][:2] == ("1", "0")
    assert "of 5 allegations" in rows["Not addressed by the court"][2]
    total = rows["All allegations"]
    assert total[:2] == ("5", "3") and "in 3 of 3 hearings" in total[2]


def test_period_report_public_edition_counts_only_what_it_admits(rec):
    _setup(rec)
    r = content.period_report(rec, "2012-03-01", "2012-03-31", "en", edition="public")
    rows = {row[0]: row[1:] for row in _allegation_table(r, "Court response").rows}
    assert rows["Court ordered a check"][:2] == ("0", "0")  # h4 is above CLEAR
    assert rows["All allegations"][:2] == ("4", "2") and "in 2 of 2 hearings" in rows["All allegations"][2]


@pytest.mark.parametrize(("lang", "words"), [
    ("ru", ("Ответ суда", "Суд не отреагировал", "Все заявления")),
    ("kk", ("Соттың жауабы", "Сот назар аудармады", "Барлық арыздар")),
])
def test_period_report_allegations_translated(rec, lang, words):
    _setup(rec)
    text = content.period_report(rec, "2012-03-01", "2012-03-31", lang).text()
    for w in words:
        assert w in text
    assert "not_addressed" not in text


def test_cli_allegations_vault_and_hq(tmp_path, monkeypatch, capsys):
    from fielddoc.cli.main import main
    from fielddoc.records.service import Records
    from fielddoc.store.vault import Vault
    from tests.conftest import TEST_PARAMS
    from tests.test_bundle_support import make_hq

    v = Vault.create(tmp_path / "v", PASSPHRASE, params=TEST_PARAMS)
    _setup(Records(v))
    v.lock()
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    assert main(["allegations", "--vault", str(tmp_path / "v"), "--case", "case-1", "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "Not addressed by the court: allegations 2, persons 1" in text
    assert "All allegations: allegations 4, persons 2 (in 2 of 3 hearings)" in text
    assert main(["allegations", "--vault", str(tmp_path / "v"), "--from", "2012-03-16", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["allegations"] == 1
    assert data["by_response"]["ordered_check"] == {"allegations": 1, "persons": 1}
    assert main(["allegations", "--vault", str(tmp_path / "v"), "--lang", "ru"]) == 0
    assert "Суд отказался проверять: заявлений 1, лиц 1" in capsys.readouterr().out
    assert main(["allegations", "--vault", str(tmp_path / "v"), "--case", "nope"]) == 2

    cleanups: list = []
    hq = make_hq(tmp_path / "hq", "sqlcipher", cleanups)
    _setup(Records(hq))
    path = hq.vault.path
    hq.lock()
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", "correct horse battery staple")
    assert main(["hq", "allegations", "--vault", str(path), "--lang", "en", "--to", "2012-03-15"]) == 0
    assert "All allegations: allegations 4, persons 2" in capsys.readouterr().out
