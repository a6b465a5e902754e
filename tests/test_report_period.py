"""The period report (issue 12 §5): detentions by time in custody, case-level observations, denominators."""

from __future__ import annotations

from fielddoc.reports import content
from fielddoc.reports.model import Table


def _table(report, first_column: str) -> Table:
    return next(b for b in report.blocks if isinstance(b, Table) and b.columns[0] == first_column)


def test_q1_2012_includes_sokolova_held_until_7_march(loaded):
    r = content.period_report(loaded, "2012-01-01", "2012-03-31", "en")
    detained = _table(r, "Date")  # the first table led by a date is the hearings table, find detentions
    tables = [b for b in r.blocks if isinstance(b, Table) and "Release" in b.columns]
    assert tables, "no detention table"
    names = [row[1] for row in tables[0].rows]
    assert "Natalia Sokolova" in names
    assert detained is not None
    stats = {row[0]: row[1:] for row in _table(r, "Type").rows}
    assert int(stats["Detentions"][0]) == len(names)


def test_a_detention_after_the_period_is_not_counted(loaded):
    r = content.period_report(loaded, "2011-01-01", "2011-03-31", "en")
    assert "Natalia Sokolova" not in r.text()  # apprehended 24 May 2011


def test_case_level_observations_count(loaded):
    case = loaded.get("case-zhanaozen-37")
    case["fair_trial"] = [{"item": "ft.eoa.cross_examination_possible", "answer": "no",
                           "assessment": "apparent_violation"}]
    loaded.update("case-zhanaozen-37", case)
    before = content.period_report(loaded, "2012-03-01", "2012-03-31", "en")
    stats = {row[0]: row[1:] for row in _table(before, "Type").rows}
    hearing_obs = sum(len(loaded.get(h).get("fair_trial", [])) for h in ("hrg-zh-2012-03-28",))
    assert int(stats["Fair-trial observations"][0]) == hearing_obs + 1
    assert "for 1 cases as a whole" in stats["Fair-trial observations"][1]


def test_every_count_has_a_denominator(loaded):
    r = content.period_report(loaded, "2011-10-01", "2012-12-31", "en")
    stats = {row[0]: row[1:] for row in _table(r, "Type").rows}
    assert " of 6 hearings" in stats["Fair-trial observations"][1]
    assert stats["Of which of concern or apparent violations"][1].startswith("of ")
    by_right = _table(r, "Right")
    assert by_right.rows and all("hearings where applicable" in row[2] for row in by_right.rows)


def test_coded_values_and_cyrillic_names_in_russian(loaded):
    h = loaded.get("hrg-kozlov-2012-10-08")
    h["procedural_events"] = [{"time": "10:00", "type": "recess", "by_person_id": "per-kozlov"}]
    h["motions"] = [{"by": "defence", "subject": "Recusal", "ruling": "partly_granted"}]
    loaded.update("hrg-kozlov-2012-10-08", h)
    ru = content.hearing_report(loaded, "hrg-kozlov-2012-10-08", "ru").text()
    assert "перерыв" in ru and "защита" in ru and "удовлетворено частично" in ru
    assert "partly_granted" not in ru and "recess" not in ru
    assert "Владимир Козлов" in ru  # other_names holds the Cyrillic spelling
    en = content.hearing_report(loaded, "hrg-kozlov-2012-10-08", "en").text()
    assert "Vladimir Kozlov" in en and "partly granted" in en
