"""case.tags[], monitoring_status (HURIDOCS 43), priority, selection_criteria[], and filters (issue 12)."""

from __future__ import annotations

from functools import partial

import pytest

from fielddoc import i18n
from fielddoc.errors import UnknownCode
from fielddoc.records import query, schema
from tests.test_cli import cli_vault, run  # noqa: F401 - the module fixture

ACTIVE, PENDING = "010000000000", "020000000000"


def _tag(rec):
    doc = rec.get("case-zhanaozen-37")
    rec.update("case-zhanaozen-37", {**doc, "tags": ["zhanaozen", "mass trial"], "monitoring_status": ACTIVE,
                                     "priority": "high",
                                     "selection_criteria": ["mass_trial", "labour_rights"]})
    doc = rec.get("case-kozlov")
    rec.update("case-kozlov", {**doc, "tags": ["zhanaozen"], "monitoring_status": PENDING,
                               "priority": "medium",
                               "selection_criteria": ["political_opposition"]})


def test_case_fields_validate():
    doc = {"id": "c", "title": "t", "tags": ["a"], "monitoring_status": ACTIVE, "priority": "low",
           "selection_criteria": ["hrd_defendant"]}
    assert schema.validate_record("case", doc) == []


@pytest.mark.parametrize(("field", "value", "path", "ru"), [
    ("monitoring_status", "990000000000", "monitoring_status", "не код из списка HURIDOCS № 43"),
    ("priority", "urgent", "priority", "не одно из допустимых значений"),
    ("selection_criteria", ["famous"], "selection_criteria[0]", "не одно из допустимых значений"),
])
def test_bad_case_values_refused_in_russian(field, value, path, ru):
    problems = {p.field: p for p in schema.validate_record("case", {"id": "c", "title": "t", field: value})}
    assert ru in problems[path].render(partial(i18n.translate, lang="ru"))


@pytest.mark.parametrize(("flt", "expected"), [
    (query.Filter(kind="case", tag="zhanaozen"), {"case-zhanaozen-37", "case-kozlov"}),
    (query.Filter(kind="case", tag="mass trial"), {"case-zhanaozen-37"}),
    (query.Filter(kind="case", monitoring_status=PENDING), {"case-kozlov"}),
    (query.Filter(kind="case", priority="high"), {"case-zhanaozen-37"}),
    (query.Filter(kind="case", selection_criterion="political_opposition"), {"case-kozlov"}),
    (query.Filter(kind="case", tag="zhanaozen", priority="medium"), {"case-kozlov"}),
    (query.Filter(kind="case", text="Kozlov", tag="zhanaozen"), {"case-kozlov"}),
])
def test_filters(loaded, flt, expected):
    _tag(loaded)
    assert {r["id"] for r in query.list_records(loaded.store, flt)} == expected
    assert query.count(loaded.store, flt) == len(expected)


def test_bad_filter_codes_are_refused():
    with pytest.raises(UnknownCode):
        query.check_filter(query.Filter(priority="urgent"))
    with pytest.raises(UnknownCode):
        query.check_filter(query.Filter(monitoring_status="999999999999"))


def test_cli_list_and_search_filter_cases(cli_vault):  # noqa: F811
    r = run("list", "--vault", str(cli_vault), "--type", "case", "--priority", "urgent")
    assert r.returncode != 0 and "urgent" in r.stderr and "Traceback" not in r.stderr
    r = run("list", "--vault", str(cli_vault), "--type", "case", "--tag", "nothing-has-this")
    assert r.returncode == 0 and "(0 of 0)" in r.stdout
    r = run("search", "--vault", str(cli_vault), "Kozlov", "--selection-criterion", "mass_trial")
    assert r.returncode == 0 and "(0 found)" in r.stdout
