"""verdicts[].sentence as data (issue 12 part 4): schema, old sentences upgraded, words in reports."""

from __future__ import annotations

from functools import partial

import pytest

from fielddoc import i18n
from fielddoc.records import schema
from fielddoc.records.upgrade import upgrade_doc
from fielddoc.reports.allegations import sentence_text
from fielddoc.reports.context import Context

FULL = {"type": "imprisonment", "years": 7, "months": 6, "days": 0, "fine": {"amount": 500, "unit": "MCI"},
        "suspended": False, "probation_months": 0, "regime": "medium_security",
        "additional_penalties": [{"type": "ban_on_position", "years": 3, "description": "public office"}]}


def _hearing(sentence):
    verdict = {"defendant_id": "p", "result": "guilty", "sentence": sentence}
    return {"id": "h", "case_id": "c", "verdicts": [verdict]}


def test_full_sentence_validates():
    assert schema.validate_record("hearing", _hearing(FULL)) == []
    for kind in ("warning", "correctional_work", "public_works"):
        assert schema.validate_record("hearing", _hearing({"type": kind})) == []


@pytest.mark.parametrize(("sentence", "path", "ru"), [
    ({"years": 7.5}, "verdicts[0].sentence.years", "должно быть"),
    ({"fine": {"amount": 10, "unit": "RUB"}}, "verdicts[0].sentence.fine.unit", "не одно из допустимых"),
    ({"regime": "colony"}, "verdicts[0].sentence.regime", "не одно из допустимых"),
    ({"additional_penalties": [{"type": "flogging"}]}, "verdicts[0].sentence.additional_penalties[0].type",
     "не одно из допустимых"),
])
def test_bad_sentences_refused_in_russian(sentence, path, ru):
    problems = {p.field: p for p in schema.validate_record("hearing", _hearing(sentence))}
    assert ru in problems[path].render(partial(i18n.translate, lang="ru"))


@pytest.mark.parametrize(("old", "new"), [
    ({"type": "imprisonment", "years": 7.5, "confiscation": True},
     {"type": "imprisonment", "years": 7, "months": 6, "additional_penalties": [{"type": "confiscation"}]}),
    ({"type": "imprisonment", "years": 5, "suspended": True, "confiscation": False},
     {"type": "imprisonment", "years": 5, "suspended": True}),
    ({"type": "imprisonment", "years": 3.0}, {"type": "imprisonment", "years": 3}),
    ({"type": "imprisonment", "years": 2.99}, {"type": "imprisonment", "years": 3}),
])
def test_old_sentences_upgrade(old, new):
    doc = upgrade_doc("hearing", _hearing(old))
    assert doc["verdicts"][0]["sentence"] == new
    assert schema.validate_record("hearing", doc) == []


def test_sentence_in_words(rec):
    en = sentence_text(Context(rec, "en"), FULL)
    assert en == ("Imprisonment 7 years 6 months, fine of 500 Monthly calculation indices (MCI), "
                  "Medium security, "
                  "Ban on holding certain posts 3 years public office")
    kk = sentence_text(Context(rec, "kk"), {"type": "public_works", "days": 240})
    assert kk == "Қоғамдық жұмыстар 240 күн"
