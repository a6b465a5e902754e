"""HURIDOCS codes are checked for membership in THEIR list (issue 12 §4), not only for 12 digits.

Old stored data and revisions that travel in bundles stay readable (docs/data-model.md §1.2).
"""

from __future__ import annotations

import json
from functools import partial

import pytest
from sqlalchemy import update

from fielddoc import i18n
from fielddoc.bundle import format as bundle_format
from fielddoc.errors import ValidationError
from fielddoc.records import huridocs, schema
from fielddoc.records.interchange import import_dataset
from fielddoc.store.schema import records

NOT_MEMBER = "970000000000"  # 12 digits, in no list FieldDoc ships


def _first(list_no: str) -> str:
    return huridocs.lists()[list_no].terms[0].code


#: (kind, document with the value at ``path``, path, list)
CASES = [
    ("incident", lambda v: {"acts": [{"type_of_act": v}]}, "acts[0].type_of_act", "4"),
    ("incident", lambda v: {"acts": [{"methods_of_violence": [v]}]}, "acts[0].methods_of_violence[0]", "5"),
    ("incident", lambda v: {"acts": [{"attribution": v}]}, "acts[0].attribution", "28"),
    ("incident", lambda v: {"acts": [{"status_at_end": v}]}, "acts[0].status_at_end", "25"),
    ("incident", lambda v: {"rights_affected": [v]}, "rights_affected[0]", "3"),
    ("incident", lambda v: {"violation_status": v}, "violation_status", "41"),
    ("incident", lambda v: {"monitoring_status": v}, "monitoring_status", "43"),
    ("detention", lambda v: {"detention_type": v}, "detention_type", "29"),
    ("detention", lambda v: {"liberty_status": v}, "liberty_status", "25"),
    ("detention", lambda v: {"ill_treatment": {"methods": [v]}}, "ill_treatment.methods[0]", "5"),
    ("detention", lambda v: {"ill_treatment": {"statements_signed": v}},
     "ill_treatment.statements_signed", "36"),
    ("detention", lambda v: {"ill_treatment": {"medical_attention": v}},
     "ill_treatment.medical_attention", "37"),
    ("detention", lambda v: {"access": {"legal_counsel": v}}, "access.legal_counsel", "31"),
    ("involvement", lambda v: {"degree_of_involvement": v}, "degree_of_involvement", "18"),
    ("involvement", lambda v: {"perpetrator_type": v}, "perpetrator_type", "24"),
    ("case", lambda v: {"monitoring_status": v}, "monitoring_status", "43"),
]


def _problems(kind, doc):
    return {p.field: p for p in schema.validate_record(kind, {"id": "r-1", **doc}, draft=True)}


@pytest.mark.parametrize(("kind", "make", "path", "list_no"), CASES, ids=[c[2] + "/" + c[0] for c in CASES])
def test_a_code_outside_its_list_is_refused_naming_field_value_and_list(kind, make, path, list_no):
    assert path not in _problems(kind, make(_first(list_no)))
    problem = _problems(kind, make(NOT_MEMBER)).get(path)
    assert problem is not None, f"{path}: a 12-digit code outside list {list_no} was accepted"
    text = problem.render()
    assert path in text and NOT_MEMBER in text and f"HURIDOCS list {list_no}" in text
    assert f"HURIDOCS № {list_no}" in problem.render(partial(i18n.translate, lang="ru"))
    assert f"HURIDOCS {list_no}-тізімінің" in problem.render(partial(i18n.translate, lang="kk"))


def test_a_code_of_another_list_is_refused():
    """A member of list 5 (methods) is not a type of act (list 4)."""
    method = next(t.code for t in huridocs.lists()["5"].terms if not huridocs.is_member("4", t.code))
    assert "acts[0].type_of_act" in _problems("incident", {"acts": [{"type_of_act": method}]})


def test_fields_without_a_shipped_list_stay_open_but_need_12_digits():
    assert "location_type" not in _problems("location", {"name": "x", "location_type": NOT_MEMBER})
    assert "location_type" in _problems("location", {"name": "x", "location_type": "12"})


def test_old_stored_data_with_a_non_member_stays_readable_and_is_refused_on_save(rec):
    rid = rec.create("detention", {"person_id": rec.create("person", {"name": "A"}),
                                   "detention_type": _first("29")}, draft=True)
    old = dict(rec.get(rid), detention_type=NOT_MEMBER)
    with rec.store.engine.begin() as conn:  # as an older version (12 digits only) stored it
        conn.execute(update(records).where(records.c.id == rid).values(doc=json.dumps(old)))
    assert rec.get(rid)["detention_type"] == NOT_MEMBER
    with pytest.raises(ValidationError) as err:
        rec.update(rid, dict(old, notes="edited"))
    assert [p.field for p in err.value.problems] == ["detention_type"]
    rec.update(rid, dict(old, detention_type=_first("29"), notes="edited"))
    assert rec.get(rid)["detention_type"] == _first("29")


def test_interchange_import_refuses_a_non_member(rec):
    data = {"incidents": [{"id": "inc-1", "draft": True, "acts": [{"type_of_act": NOT_MEMBER}]}]}
    with pytest.raises(ValidationError) as err:
        import_dataset(rec, data)
    assert any(p.field == "acts[0].type_of_act" for p in err.value.problems)


def test_bundles_carry_a_signed_non_member_as_it_was_written():
    """A signed revision cannot change: refusing it would block the device's exports for good."""
    doc = {"id": "inc-1", "acts": [{"type_of_act": NOT_MEMBER}]}
    assert bundle_format.analyse("incident", doc, "inc-1").problems == []
    bad = {"id": "inc-1", "acts": [{"type_of_act": "12"}]}
    assert bundle_format.analyse("incident", bad, "inc-1").problems != []
