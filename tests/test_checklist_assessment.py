"""The checklist of issue 12 part 3: the analyst's record of judgement, fixed items, old answers kept."""

from __future__ import annotations

from functools import partial

import pytest

from fielddoc import i18n
from fielddoc.records import schema, vocab
from fielddoc.records.upgrade import upgrade_doc
from fielddoc.reports.blocks import tone as _tone


def test_compelled_confession_is_informational_and_not_a_concern():
    item = vocab.FAIR_TRIAL_BY_ID["ft.poi.compelled_confession_alleged"]
    assert item.expected is None
    assert _tone(item, {"item": item.id, "answer": "yes"}) is None  # "yes" no longer inflates concerns


def test_compound_items_are_split_and_retired():
    for old, new in (
        ("ft.presence.dock_cage", ("ft.presence.cage_or_glass_box", "ft.presence.restraints_without_reason")),
        ("ft.fair.adequate_time_facilities", ("ft.fair.adequate_time", "ft.fair.adequate_facilities")),
        ("ft.interp.needed_provided", ("ft.interp.provided",)),
    ):
        assert vocab.FAIR_TRIAL_BY_ID[old].replaced_by == new
        assert old not in {i.id for i in vocab.FAIR_TRIAL_ITEMS}  # no longer asked
        assert vocab.is_code("fair_trial_item", old)  # but still readable
        assert all(n in {i.id for i in vocab.FAIR_TRIAL_ITEMS} for n in new)
    assert vocab.FAIR_TRIAL_BY_ID["ft.interp.needed"].expected is None


def test_new_items_and_case_level_items():
    ids = {i.id for i in vocab.FAIR_TRIAL_ITEMS}
    for new in ("ft.fair.informed_of_charge", "ft.fair.rights_explained", "ft.fair.last_word",
                "ft.public.audible",
                "ft.public.court_recording", "ft.eoa.witness_intimidation_or_retraction",
                "ft.eoa.expert_evidence_challengeable", "ft.torture.ruling_on_evidence"):
        assert new in ids
    assert "14(3)(a)" in vocab.FAIR_TRIAL_BY_ID["ft.fair.informed_of_charge"].right
    assert "CAT 15" in vocab.FAIR_TRIAL_BY_ID["ft.torture.ruling_on_evidence"].right
    hearing = {i.id for i in vocab.fair_trial_items("hearing")}
    case = {i.id for i in vocab.fair_trial_items("case")}
    assert {"ft.dt.medical_exam", "ft.delay.undue", "ft.counsel.access_from_arrest",
            "ft.tribunal.external_communication_to_judge"} <= case
    assert not hearing & case


def test_standards_shown_are_iccpr_and_general_comments_not_echr():
    for g in vocab.FT_GROUPS.values():
        assert "ECHR" not in g.right and "ICCPR" in g.right and "HRC GC" in g.right, g.code
    for i in vocab.FAIR_TRIAL_ITEMS:
        assert "ECHR" not in i.right


def test_assessment_fields_validate():
    doc = {"id": "h", "case_id": "c", "fair_trial": [{
        "item": "ft.fair.adequate_time", "answer": "no", "answer_basis": "stated_in_court",
        "assessment": "concern", "assessment_note": "two days for 40 volumes", "standards": ["ICCPR 14(3)(b)",
                                                                                              "HRC GC32 §33"],
        "assessed_by": "analyst", "assessed_at": "2026-12-06T10:00:00Z", "assessment_status": "final"}]}
    assert schema.validate_record("hearing", doc) == []
    assert "two days for 40 volumes" in schema.text_of("hearing", doc)


@pytest.mark.parametrize(("field", "value"), [("answer_basis", "rumour"), ("assessment_status", "done")])
def test_bad_assessment_values_are_refused_in_kazakh(field, value):
    doc = {"id": "h", "case_id": "c", "fair_trial": [{"item": "ft.fair.adequate_time", field: value}]}
    problems = {p.field: p for p in schema.validate_record("hearing", doc)}
    text = problems[f"fair_trial[0].{field}"].render(partial(i18n.translate, lang="kk"))
    assert value in text and "рұқсат етілген мәндердің бірі емес" in text


@pytest.mark.parametrize(("old", "answer", "expected_items"), [
    ("ft.presence.dock_cage", "no",
     ["ft.presence.cage_or_glass_box", "ft.presence.restraints_without_reason"]),
    ("ft.presence.dock_cage", "yes", ["ft.presence.dock_cage"]),  # which of the two? kept as it was
    ("ft.fair.adequate_time_facilities", "yes", ["ft.fair.adequate_time", "ft.fair.adequate_facilities"]),
    ("ft.fair.adequate_time_facilities", "no", ["ft.fair.adequate_time_facilities"]),
    ("ft.interp.needed_provided", "no", ["ft.interp.provided"]),
])
def test_old_answers_upgrade(old, answer, expected_items):
    obs = {"item": old, "answer": answer, "note": "n", "assessment": "concern"}
    for kind in ("hearing", "case"):
        doc = {"id": "x", "fair_trial": [{"item": "ft.counsel.present", "answer": "yes"}, obs]}
        new = upgrade_doc(kind, doc)
        assert [o["item"] for o in new["fair_trial"][1:]] == expected_items
        assert all(o["answer"] == answer and o["note"] == "n" for o in new["fair_trial"][1:])
        assert doc["fair_trial"][1] == obs  # the input is left alone
        assert schema.validate_record(kind, {**new, "title": "t", "case_id": "c"}) == []
