"""Scheduled hearings, assignments (the plan) and adjourned_to linking the next hearing."""

from __future__ import annotations

import pytest

from fielddoc import i18n
from fielddoc.errors import ValidationError
from fielddoc.records import schema, vocab

CASE = {"id": "case-1", "title": "Case", "confidentiality": "organisation"}


def _hearing(**kw):
    return {"id": "h-1", "case_id": "case-1", **kw}


def _fields(problems):
    return {p.field for p in problems}


def test_scheduled_is_a_status_with_assignment_vocabularies():
    assert vocab.is_code("hearing_status", "scheduled")
    assert vocab.VOCABS["assignment_mode"] == ("in_person", "online")
    assert vocab.VOCABS["assignment_status"] == ("assigned", "confirmed", "declined", "attended", "missed")
    assert vocab.label("hearing_status", "scheduled", "ru") == "Назначено"


def test_a_scheduled_hearing_needs_its_date_and_scheduled_start():
    problems = schema.validate_record("hearing", _hearing(status="scheduled"))
    assert {"date", "scheduled_start"} <= _fields(problems)
    ok = _hearing(status="scheduled", date="2026-05-04", scheduled_start="2026-05-04T10:00:00+05:00")
    assert schema.validate_record("hearing", ok) == []
    # a draft may still lack them, and a held hearing never needed scheduled_start
    assert schema.validate_record("hearing", _hearing(status="scheduled"), draft=True) == []
    assert schema.validate_record("hearing", _hearing(status="held", date="2026-05-04")) == []


def test_assignments_are_checked_and_referenced():
    doc = _hearing(
        status="scheduled", date="2026-05-04", scheduled_start="2026-05-04T10:00:00+05:00",
        assignments=[
            {"monitor_id": "p-mon", "organisation_id": "org-1", "mode": "in_person", "status": "assigned"},
            {"monitor_id": "p-mon2", "mode": "by_pigeon", "status": "maybe"},
            {"mode": "online", "status": "assigned"},
            {"monitor_id": "p-mon", "mode": "online", "status": "confirmed"},
        ],
    )
    problems = schema.validate_record("hearing", doc)
    fields = _fields(problems)
    assert "assignments[1].mode" in fields and "assignments[1].status" in fields
    assert "assignments[2].monitor_id" in fields  # who is assigned is the point of an assignment
    assert "assignments[3].monitor_id" in fields  # the same monitor twice
    refs = dict(schema.references("hearing", doc))
    assert refs["assignments[0].monitor_id"] == "p-mon"
    assert refs["assignments[0].organisation_id"] == "org-1"


def test_attended_or_missed_only_once_the_hearing_is_not_scheduled_any_more():
    doc = _hearing(status="scheduled", date="2026-05-04", scheduled_start="2026-05-04T10:00:00+05:00",
                   assignments=[{"monitor_id": "p-mon", "mode": "in_person", "status": "attended"}])
    assert "assignments[0].status" in _fields(schema.validate_record("hearing", doc))
    doc["status"] = "held"
    assert schema.validate_record("hearing", doc) == []


def test_adjourned_to_is_a_date_or_the_next_hearing():
    assert schema.validate_record("hearing", _hearing(status="adjourned", adjourned_to="2026-06-01")) == []
    doc = _hearing(status="adjourned", adjourned_to="h-2")
    assert schema.validate_record("hearing", doc) == []
    assert ("adjourned_to", "h-2") in schema.references("hearing", doc)
    assert "adjourned_to" in _fields(schema.validate_record("hearing", _hearing(adjourned_to="h-1")))


def test_the_messages_are_translated(rec):
    rec.create("case", CASE)
    with pytest.raises(ValidationError) as err:
        rec.create("hearing", _hearing(status="scheduled"))
    by_field = {p.field: p for p in err.value.problems}
    ru = by_field["scheduled_start"].render(lambda m: i18n.translate(m, "ru"))
    kk = by_field["scheduled_start"].render(lambda m: i18n.translate(m, "kk"))
    assert "назначенного заседания" in ru and "тағайындалған отырыс" in kk
    doc = _hearing(status="held", assignments=[{"monitor_id": "p", "mode": "online", "status": "assigned"},
                                               {"monitor_id": "p", "mode": "online", "status": "assigned"}])
    dup = schema.validate_record("hearing", doc)[0]
    assert "дважды" in dup.render(lambda m: i18n.translate(m, "ru"))
    assert "екі рет" in dup.render(lambda m: i18n.translate(m, "kk"))


def test_csv_codebook_lists_assignments():
    from fielddoc.records import csv_export

    assert "assignments[].monitor_id" in csv_export.SPEC["hearing"]
