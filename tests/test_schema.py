"""Record validation in the interchange schema (fielddoc.records.schema)."""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fielddoc.errors import Problem
from fielddoc.records import schema, schema_checks
from fielddoc.records.schema_checks import MAX_DEPTH, MAX_ITEMS, MAX_STRING_BYTES

Data = dict[str, Any]


def where(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.record_id, p.field) for p in problems]


def find(data: Data, rid: str) -> dict[str, Any]:
    for key in schema.KINDS:
        for doc in data.get(key) or []:
            if doc.get("id") == rid:
                return doc
    raise KeyError(rid)


def one_problem(data: Data) -> Problem:
    problems = schema.validate_dataset(data)
    assert len(problems) == 1, problems
    return problems[0]


# -- the acceptance set --------------------------------------------------------------


def test_acceptance_set_validates_with_zero_problems(acceptance: Data) -> None:
    assert schema.validate_dataset(acceptance) == []
    counts = {k: len(v) for k, v in acceptance.items() if isinstance(v, list)}
    assert sum(counts.values()) == 107


def test_every_acceptance_record_validates_alone(acceptance: Data) -> None:
    for key, kind in schema.KINDS.items():
        for doc in acceptance.get(key, []):
            assert schema.validate_record(kind, doc) == [], doc.get("id")


def test_validation_does_not_change_the_data(acceptance: Data) -> None:
    before = copy.deepcopy(acceptance)
    schema.validate_dataset(acceptance)
    for key, kind in schema.KINDS.items():
        for doc in acceptance.get(key, []):
            schema.text_of(kind, doc)
            schema.summary_columns(kind, doc)
            schema.references(kind, doc)
    assert acceptance == before


def test_kinds_mapping() -> None:
    assert schema.KINDS["organisations"] == "organisation"
    assert schema.KINDS["involvements"] == "involvement"
    assert schema.KEYS["relation"] == "relations"
    assert list(schema.KINDS)[:11] == [
        "organisations",
        "locations",
        "persons",
        "cases",
        "hearings",
        "incidents",
        "detentions",
        "sources",
        "attachments",
        "involvements",
        "relations",
    ]
    assert {schema.KINDS[k]: k for k in schema.KINDS} == schema.KEYS


def test_unknown_fields_are_accepted_and_reported(acceptance: Data) -> None:
    assert schema.unknown_fields("person", find(acceptance, "per-tuletayeva")) == ["age_reported"]
    assert schema.unknown_fields("hearing", find(acceptance, "hrg-zh-2012-03-28")) == [
        "public_access.notes",
        "media.notes",
    ]
    assert schema.unknown_fields("relation", acceptance["relations"][0]) == ["label"]
    doc = {"id": "per-x", "name": "X", "from_other_system": {"a": [1, 2, {"b": None}]}, "score": 1.5}
    assert schema.validate_record("person", doc) == []
    assert schema.unknown_fields("person", doc) == ["from_other_system", "score"]


# -- one test per class of invalid input ---------------------------------------------


def test_wrong_vocabulary_value(acceptance: Data) -> None:
    find(acceptance, "hrg-zh-2012-03-28")["defendants"][0]["dock"] = "aquarium"
    p = one_problem(acceptance)
    assert (p.record_id, p.field) == ("hrg-zh-2012-03-28", "defendants[0].dock")
    assert p.params["value"] == "aquarium" and "glass_box" in p.params["allowed"]
    assert "is not one of" in p.render()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("status", "finished"),
        ("instance", "First_instance"),
        ("hearing_type", "trial"),
        ("confidentiality", "secret"),
        ("tlp", "WHITE"),
        ("tlp", "amber"),
    ],
)
def test_closed_vocabularies_reject_anything_else(acceptance: Data, field: str, value: str) -> None:
    find(acceptance, "hrg-zh-2012-04-16")[field] = value
    assert where(schema.validate_dataset(acceptance)) == [("hrg-zh-2012-04-16", field)]


def test_tlp_must_agree_with_confidentiality(acceptance: Data) -> None:
    find(acceptance, "inc-attempted-abduction-abroad")["tlp"] = "AMBER"
    p = one_problem(acceptance)
    assert (p.record_id, p.field) == ("inc-attempted-abduction-abroad", "tlp")
    assert p.params == {"tlp": "AMBER", "confidentiality": "device_only", "expected": "RED"}


@pytest.mark.parametrize(
    ("confidentiality", "tlp"),
    [
        ("public", "CLEAR"),
        ("partners", "GREEN"),
        ("organisation", "AMBER"),
        ("restricted", "AMBER+STRICT"),
        ("device_only", "RED"),
        (None, "RED"),
        ("partners", None),
        (None, None),
    ],
)
def test_tlp_table_and_either_alone(confidentiality: str | None, tlp: str | None) -> None:
    doc: dict[str, Any] = {"id": "per-x", "name": "X"}
    if confidentiality:
        doc["confidentiality"] = confidentiality
    if tlp:
        doc["tlp"] = tlp
    assert schema.validate_record("person", doc) == []


def test_effective_confidentiality() -> None:
    assert schema.effective_confidentiality({"tlp": "AMBER+STRICT"}) == "restricted"
    assert schema.effective_confidentiality({"confidentiality": "public", "tlp": "CLEAR"}) == "public"
    assert schema.effective_confidentiality({}) == schema.DEFAULT_CONFIDENTIALITY == "organisation"
    assert schema.effective_confidentiality({"tlp": "bogus"}) == "organisation"


def test_bad_date_precision(acceptance: Data) -> None:
    find(acceptance, "inc-zhanaozen-2011-12-16")["start"] = {"value": "2011-12", "precision": "day"}
    p = one_problem(acceptance)
    assert (p.record_id, p.field) == ("inc-zhanaozen-2011-12-16", "start.value")
    assert p.params["precision"] == "day"


def test_unknown_precision(acceptance: Data) -> None:
    find(acceptance, "inc-zhanaozen-2011-12-16")["end"]["precision"] = "week"
    assert where(schema.validate_dataset(acceptance)) == [("inc-zhanaozen-2011-12-16", "end.precision")]


@pytest.mark.parametrize("value", ["2011-02-30", "2011-02-29", "2012-13-01"])
def test_impossible_date(acceptance: Data, value: str) -> None:
    find(acceptance, "per-kozlov")["date_of_birth"] = {"value": value, "precision": "day"}
    p = one_problem(acceptance)
    assert (p.record_id, p.field) == ("per-kozlov", "date_of_birth.value")
    assert p.params["value"] == value


def test_impossible_plain_date(acceptance: Data) -> None:
    find(acceptance, "hrg-zh-appeal-2012-08-02")["adjourned_to"] = "2012-02-30"
    assert where(schema.validate_dataset(acceptance)) == [("hrg-zh-appeal-2012-08-02", "adjourned_to")]


def test_datetime_needs_an_offset(acceptance: Data) -> None:
    find(acceptance, "hrg-zh-2012-03-28")["actual_start"] = "2012-03-28T10:00"
    assert where(schema.validate_dataset(acceptance)) == [("hrg-zh-2012-03-28", "actual_start")]


@pytest.mark.parametrize("value", ["unknown", "Unknown", "yes", 1, 0, "true"])
def test_string_or_number_for_a_boolean(acceptance: Data, value: object) -> None:
    find(acceptance, "per-anon-001")["pseudonym"] = value
    p = one_problem(acceptance)
    assert (p.record_id, p.field) == ("per-anon-001", "pseudonym")
    if value in ("unknown", "Unknown"):
        assert "null" in p.problem and "unknown" in p.problem


def test_nested_boolean(acceptance: Data) -> None:
    find(acceptance, "src-anon-witness-001")["consent"]["scopes"]["record"] = "unknown"
    assert where(schema.validate_dataset(acceptance)) == [("src-anon-witness-001", "consent.scopes.record")]


@pytest.mark.parametrize("bad_id", [5, None, ["per-x"], "", "has space", "per/x", "x" * 129, "пер-1"])
def test_bad_record_id(acceptance: Data, bad_id: object) -> None:
    acceptance["persons"].append({"id": bad_id, "name": "X"})
    p = one_problem(acceptance)
    assert (p.record_id, p.field) == (f"persons[{len(acceptance['persons']) - 1}]", "id")


def test_missing_id(acceptance: Data) -> None:
    acceptance["sources"].append({"title": "no id"})
    p = one_problem(acceptance)
    assert (p.record_id, p.field, p.problem) == ("sources[17]", "id", "is required")


def test_non_string_reference(acceptance: Data) -> None:
    find(acceptance, "hrg-zh-2012-04-16")["case_id"] = 17
    assert where(schema.validate_dataset(acceptance)) == [("hrg-zh-2012-04-16", "case_id")]


def test_duplicate_id(acceptance: Data) -> None:
    acceptance["sources"].append({"id": "per-kozlov", "title": "clash"})
    p = one_problem(acceptance)
    assert (p.record_id, p.field) == ("per-kozlov", "id")
    assert p.params == {"id": "per-kozlov", "other": "persons[0]"}


def test_duplicate_nested_act_id(acceptance: Data) -> None:
    inc = find(acceptance, "inc-stantv-attack-2011-10-26")
    inc["acts"][0]["id"] = "act-1"
    inc["acts"][1]["id"] = "act-1"
    p = one_problem(acceptance)
    assert (p.record_id, p.field) == ("inc-stantv-attack-2011-10-26", "acts[1].id")


def test_dangling_reference(acceptance: Data) -> None:
    find(acceptance, "hrg-zh-2012-03-28")["defendants"][0]["person_id"] = "per-nobody"
    p = one_problem(acceptance)
    assert (p.record_id, p.field) == ("hrg-zh-2012-03-28", "defendants[0].person_id")
    assert p.params == {"ref": "per-nobody"}


@pytest.mark.parametrize(
    ("rid", "mutate", "field"),
    [
        ("case-kozlov", lambda d: d["charges"][2].update(defendant_id="per-x"), "charges[2].defendant_id"),
        (
            "case-kozlov",
            lambda d: d["fair_trial"][1].update(source_ids=["src-x"]),
            "fair_trial[1].source_ids[0]",
        ),
        ("inc-zhanaozen-2011-12-16", lambda d: d["acts"][0].update(victim_id="per-x"), "acts[0].victim_id"),
        (
            "inc-zhanaozen-2011-12-16",
            lambda d: d["acts"][0]["perpetrator_ids"].append("org-x"),
            "acts[0].perpetrator_ids[1]",
        ),
        (
            "det-kozlov-2012",
            lambda d: d["custody_segments"][3].update(location_id="loc-x"),
            "custody_segments[3].location_id",
        ),
        (
            "det-kozlov-2012",
            lambda d: d["apprehension"].update(authority_id="org-x"),
            "apprehension.authority_id",
        ),
        ("att-photo-armand", lambda d: d["related_ids"].append("hrg-x"), "related_ids[1]"),
        ("att-rsf-capture", lambda d: d.update(source_id="src-x"), "source_id"),
        (
            "att-rsf-capture",
            lambda d: d["custody_events"][0].update(actor_id="per-x"),
            "custody_events[0].actor_id",
        ),
        (
            "src-anon-witness-001",
            lambda d: d["interview"].update(interviewer_id="per-x"),
            "interview.interviewer_id",
        ),
        (
            "hrg-kozlov-2012-10-08",
            lambda d: d["defence_counsel"][0]["client_ids"].append("per-x"),
            "defence_counsel[0].client_ids[1]",
        ),
    ],
)
def test_nested_dangling_references(
    acceptance: Data, rid: str, mutate: Callable[[dict[str, Any]], None], field: str
) -> None:
    mutate(find(acceptance, rid))
    assert where(schema.validate_dataset(acceptance)) == [(rid, field)]


def test_dangling_reference_in_link_records(acceptance: Data) -> None:
    acceptance["involvements"][0]["object_id"] = "case-x"
    acceptance["relations"][2]["to_id"] = "case-y"
    assert where(schema.validate_dataset(acceptance)) == [
        ("involvements[0]", "object_id"),
        ("relations[2]", "to_id"),
    ]


def test_known_ids_satisfy_references(acceptance: Data) -> None:
    find(acceptance, "hrg-zh-2012-03-28")["defendants"][0]["person_id"] = "per-in-vault"
    assert where(schema.validate_dataset(acceptance)) == [("hrg-zh-2012-03-28", "defendants[0].person_id")]
    assert schema.validate_dataset(acceptance, known_ids={"per-in-vault"}) == []
    assert schema.validate_dataset(acceptance, known_ids={"per-in-vault": "person"}) == []
    p = schema.validate_dataset(acceptance, known_ids={"per-in-vault": "source"})
    assert where(p) == [("hrg-zh-2012-03-28", "defendants[0].person_id")]


def test_reference_to_the_wrong_kind(acceptance: Data) -> None:
    find(acceptance, "hrg-zh-2012-04-16")["court_id"] = "per-kozlov"
    p = one_problem(acceptance)
    assert (p.record_id, p.field) == ("hrg-zh-2012-04-16", "court_id")
    assert p.params == {"ref": "per-kozlov", "actual": "a person", "expected": "an organisation"}


def test_involvement_may_point_to_a_nested_act(acceptance: Data) -> None:
    find(acceptance, "inc-zhanaozen-2011-12-16")["acts"][0]["id"] = "act-zh-1"
    acceptance["involvements"].append(
        {"subject_id": "org-police-mangystau", "object_id": "act-zh-1", "role": "alleged_perpetrator"}
    )
    assert schema.validate_dataset(acceptance) == []
    assert schema.nested_ids("incident", find(acceptance, "inc-zhanaozen-2011-12-16")) == [
        ("acts[0].id", "act-zh-1", "act")
    ]


@pytest.mark.parametrize("text", ["a\x00b", "\x00"])
def test_nul_in_string(acceptance: Data, text: str) -> None:
    find(acceptance, "case-sokolova")["procedural_history"][1]["event"] = text
    p = one_problem(acceptance)
    assert (p.record_id, p.field) == ("case-sokolova", "procedural_history[1].event")
    assert "NUL" in p.problem


def test_nul_in_unknown_field_and_key(acceptance: Data) -> None:
    find(acceptance, "per-tuletayeva")["age_reported"]["as_of"] = "x\x00"
    find(acceptance, "per-kozlov")["bad\x00key"] = 1
    assert where(schema.validate_dataset(acceptance)) == [
        ("per-kozlov", "(record)"),
        ("per-tuletayeva", "age_reported.as_of"),
    ]


def test_lone_surrogate(acceptance: Data) -> None:
    find(acceptance, "per-kozlov")["other_names"][1] = "Влади\ud800мир"
    assert where(schema.validate_dataset(acceptance)) == [("per-kozlov", "other_names[1]")]


def test_too_deep_nesting(acceptance: Data) -> None:
    deep: Any = "bottom"
    for _ in range(MAX_DEPTH):
        deep = {"x": deep}
    find(acceptance, "per-tuletayeva")["age_reported"] = deep  # record = level 1, so 17 levels in all
    p = one_problem(acceptance)
    assert p.record_id == "per-tuletayeva" and p.field.startswith("age_reported.x.x")
    assert p.params == {"max": MAX_DEPTH}
    find(acceptance, "per-tuletayeva")["age_reported"] = deep["x"]
    assert schema.validate_dataset(acceptance) == []


def test_absurdly_deep_nesting_does_not_recurse_forever() -> None:
    deep: Any = 1
    for _ in range(100_000):
        deep = [deep]
    problems = schema.validate_record("person", {"id": "per-x", "name": "X", "x": deep})
    assert where(problems) == [("per-x", "x" + "[0]" * (MAX_DEPTH - 1))]


def test_too_long_array(acceptance: Data) -> None:
    find(acceptance, "per-kozlov")["other_names"] = ["x"] * (MAX_ITEMS + 1)
    p = one_problem(acceptance)
    assert (p.record_id, p.field) == ("per-kozlov", "other_names")
    assert p.params == {"count": MAX_ITEMS + 1, "max": MAX_ITEMS}
    find(acceptance, "per-kozlov")["other_names"] = ["x"] * MAX_ITEMS
    assert schema.validate_dataset(acceptance) == []


def test_too_long_string(acceptance: Data) -> None:
    find(acceptance, "hrg-zh-2012-06-04")["narrative"] = "ж" * (MAX_STRING_BYTES // 2 + 1)
    p = one_problem(acceptance)
    assert (p.record_id, p.field) == ("hrg-zh-2012-06-04", "narrative")
    assert p.params["size"] == MAX_STRING_BYTES + 2


@pytest.mark.parametrize("data", [[], "text", 42, None, True, [{"persons": []}]])
def test_wrong_type_at_top_level(data: Any) -> None:
    p = schema.validate_dataset(data)
    assert where(p) == [("-", "(file)")]
    assert "JSON object" in p[0].render()


def test_unknown_top_level_key(acceptance: Data) -> None:
    acceptance["people"] = []
    p = one_problem(acceptance)
    assert (p.record_id, p.field) == ("-", "people")
    assert "persons" in p.params["allowed"]


def test_top_level_values_of_the_wrong_type(acceptance: Data) -> None:
    acceptance["meta"] = "v1"
    acceptance["relations"] = {"a": 1}
    acceptance["persons"].append("per-x")
    assert where(schema.validate_dataset(acceptance)) == [
        ("-", "meta"),
        ("persons[17]", "(record)"),
        ("-", "relations"),
    ]
    assert schema.validate_dataset({"persons": None, "meta": {}}) == []


@pytest.mark.parametrize("sha", ["abc", "z" * 64, "a" * 63, "a" * 65, "", 123])
def test_bad_sha256(acceptance: Data, sha: object) -> None:
    find(acceptance, "att-rsf-capture")["files"][1]["sha256"] = sha
    assert where(schema.validate_dataset(acceptance)) == [("att-rsf-capture", "files[1].sha256")]


def test_sha256_required_per_file(acceptance: Data) -> None:
    del find(acceptance, "att-photo-armand")["files"][0]["sha256"]
    p = one_problem(acceptance)
    assert (p.record_id, p.field, p.problem) == ("att-photo-armand", "files[0].sha256", "is required")


@pytest.mark.parametrize("code", ["12345", "0101000000000", "01010000000O", 10100000000, "0101-0000-0000"])
def test_bad_huridocs_code_shape(acceptance: Data, code: object) -> None:
    find(acceptance, "inc-zhanaozen-2011-12-16")["rights_affected"][1] = code
    assert where(schema.validate_dataset(acceptance)) == [("inc-zhanaozen-2011-12-16", "rights_affected[1]")]


def test_huridocs_codes_are_members_of_their_list_where_fielddoc_ships_it(acceptance: Data) -> None:
    """issue 12 §4: a field with a shipped list (violation_status: list 41) takes only its members;
    one without (relation type) stays open to any 12-digit code."""
    find(acceptance, "inc-zhanaozen-2011-12-16")["violation_status"] = "999999999999"
    assert where(schema.validate_dataset(acceptance)) == [("inc-zhanaozen-2011-12-16", "violation_status")]
    find(acceptance, "inc-zhanaozen-2011-12-16")["violation_status"] = "010000000000"
    acceptance["relations"][0]["type"] = "220000000000"
    assert schema.validate_dataset(acceptance) == []
    acceptance["relations"][0]["type"] = "causes"
    assert where(schema.validate_dataset(acceptance)) == [("relations[0]", "type")]


@pytest.mark.parametrize("tz", ["Asia/Nowhere", "UTC+5", "asia/aqtau", 5])
def test_bad_time_zone(acceptance: Data, tz: object) -> None:
    find(acceptance, "loc-aktau")["tz"] = tz
    assert where(schema.validate_dataset(acceptance)) == [("loc-aktau", "tz")]


@pytest.mark.parametrize(("field", "value"), [("lat", 90.5), ("lat", -91), ("lon", 180.01), ("lon", -200)])
def test_coordinates_out_of_range(acceptance: Data, field: str, value: float) -> None:
    find(acceptance, "loc-taraz")[field] = value
    assert where(schema.validate_dataset(acceptance)) == [("loc-taraz", field)]


def test_capture_geo_out_of_range(acceptance: Data) -> None:
    find(acceptance, "att-photo-armand")["capture"]["geo"]["lat"] = 143.65
    assert where(schema.validate_dataset(acceptance)) == [("att-photo-armand", "capture.geo.lat")]


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_numbers_must_be_finite(acceptance: Data, value: float) -> None:
    find(acceptance, "loc-taraz")["lat"] = value
    find(acceptance, "per-tuletayeva")["age_reported"]["value"] = value
    assert where(schema.validate_dataset(acceptance)) == [
        ("loc-taraz", "lat"),
        ("per-tuletayeva", "age_reported.value"),
    ]


@pytest.mark.parametrize("value", [True, -1, 2.5, "37", 2**64])
def test_counts_are_non_negative_ints_not_bools(acceptance: Data, value: object) -> None:
    find(acceptance, "per-oilworkers-37")["group_size"] = value
    assert where(schema.validate_dataset(acceptance)) == [("per-oilworkers-37", "group_size")]


def test_casualty_minimum_above_maximum(acceptance: Data) -> None:
    find(acceptance, "inc-zhanaozen-2011-12-16")["casualties"]["killed"]["min"] = 20
    assert where(schema.validate_dataset(acceptance)) == [
        ("inc-zhanaozen-2011-12-16", "casualties.killed.min")
    ]


def test_fair_trial_item_needs_its_prefix(acceptance: Data) -> None:
    find(acceptance, "case-kozlov")["fair_trial"][0]["item"] = "eoa.evidence_examined_in_court"
    p = one_problem(acceptance)
    assert (p.record_id, p.field) == ("case-kozlov", "fair_trial[0].item")
    assert "ft.public.public_admitted" in p.problem


def test_fair_trial_answer_and_assessment(acceptance: Data) -> None:
    ft = find(acceptance, "hrg-zh-2012-06-04")["fair_trial"]
    ft[0]["answer"] = "maybe"
    ft[1]["assessment"] = "violation"
    ft.append({"answer": "yes"})
    assert where(schema.validate_dataset(acceptance)) == [
        ("hrg-zh-2012-06-04", "fair_trial[0].answer"),
        ("hrg-zh-2012-06-04", "fair_trial[1].assessment"),
        ("hrg-zh-2012-06-04", "fair_trial[2].item"),
    ]


def test_admiralty_grades_are_strings(acceptance: Data) -> None:
    src = find(acceptance, "src-bbc-abuse")
    src["credibility"] = 2
    src["reliability"] = "G"
    assert where(schema.validate_dataset(acceptance)) == [
        ("src-bbc-abuse", "reliability"),
        ("src-bbc-abuse", "credibility"),
    ]


def test_link_records_need_their_fields() -> None:
    assert where(schema.validate_record("relation", {"from_id": "a"})) == [
        ("(relation)", "to_id"),
        ("(relation)", "type"),
    ]
    problems = schema.validate_record(
        "involvement", {"subject_id": "a", "object_id": "b", "role": "hero"}, record_label="involvements[4]"
    )
    assert where(problems) == [("involvements[4]", "role")]


def test_wrong_types_for_objects_and_lists(acceptance: Data) -> None:
    hrg = find(acceptance, "hrg-zh-2012-03-28")
    hrg["public_access"] = "restricted"
    hrg["monitors"] = {"person_id": "per-monitor-m01"}
    hrg["language"] = "ru"
    assert where(schema.validate_dataset(acceptance)) == [
        ("hrg-zh-2012-03-28", "language"),
        ("hrg-zh-2012-03-28", "public_access"),
        ("hrg-zh-2012-03-28", "monitors"),
    ]


def test_unknown_kind_and_non_object_record() -> None:
    assert where(schema.validate_record("monster", {"id": "m"})) == [("m", "(record)")]
    assert where(schema.validate_record("person", ["per-x"])) == [("(person)", "(record)")]


def test_problem_params_are_short(acceptance: Data) -> None:
    long_text = "секретное показание свидетеля " * 20
    hrg = find(acceptance, "hrg-zh-2012-03-28")
    hrg["status"] = long_text
    hrg["case_id"] = long_text
    hrg["date"] = long_text
    hrg["tlp"] = long_text
    find(acceptance, "loc-aktau")["tz"] = long_text
    problems = schema.validate_dataset(acceptance)
    assert len(problems) >= 5
    for p in problems:
        for value in p.params.values():
            if isinstance(value, str) and "," not in value:
                assert len(value) <= 40, (p, value)
        assert long_text not in p.render()


def test_problem_count_is_bounded() -> None:
    data = {"persons": [{"id": f"p{i}", "sex": "?"} for i in range(5000)]}
    problems = schema.validate_dataset(data)
    assert 1000 <= len(problems) <= 1001
    assert problems[-1].field == "(file)"


# -- hard valid inputs --------------------------------------------------------------------


def test_kazakh_arabic_and_emoji_text(acceptance: Data) -> None:
    per = find(acceptance, "per-kozlov")
    per["other_names"] += [
        "Владимир Козлов — Қазақстан, Өскемен, Ұлытау, Үржар, Һ, Ғ, Ң, Ә, І",
        "فلاديمير كوزلوف",
        "🕊️ 👩🏽‍⚖️ 🇰🇿",
    ]
    per["names_i18n"] = {"kk": "Владимир Козлов", "ar": "فلاديمير كوزلوف", "kk-Cyrl-KZ": "Қозлов"}
    find(acceptance, "hrg-zh-2012-06-04")["narrative"] = "Сот үкімі 3 сағатқа созылды 🙁 — الحكم"
    assert schema.validate_dataset(acceptance) == []
    assert "فلاديمير كوزلوف" in schema.text_of("person", per)


def _examined(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every string the validator scans (string_ok: its characters and length), in order."""
    seen: list[str] = []
    real = schema_checks.string_ok

    def counting(s: str, *args: Any, **kwargs: Any) -> bool:
        seen.append(s)
        return real(s, *args, **kwargs)

    monkeypatch.setattr(schema_checks, "string_ok", counting)
    return seen


def _string_chars(value: Any) -> int:
    """The characters of every string and object key in ``value``: what one scan of each reads."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        return sum(len(k) + _string_chars(v) for k, v in value.items())
    if isinstance(value, list):
        return sum(_string_chars(v) for v in value)
    return 0


def test_500_kb_narrative(acceptance: Data, monkeypatch: pytest.MonkeyPatch) -> None:
    hrg = find(acceptance, "hrg-zh-2012-06-04")
    hrg["narrative"] = ("Сот отырысы. Судья үкімді оқыды. " * 20_000)[:500_000]
    assert len(hrg["narrative"].encode()) > 500_000
    examined = _examined(monkeypatch)
    assert schema.validate_dataset(acceptance) == []
    # Bounded work, not seconds: the narrative is scanned once, and no text more than once in all.
    assert sum(1 for s in examined if s is hrg["narrative"]) == 1
    assert sum(map(len, examined)) <= _string_chars(acceptance)
    assert hrg["narrative"] in schema.text_of("hearing", hrg)


@pytest.mark.parametrize(
    "value",
    [
        {"value": "2012", "precision": "year"},
        {"value": "2012-06", "precision": "month", "is_estimate": True},
        {"value": "2012-06-01", "precision": "day", "is_estimate": False},
        {"value": "2012-06-01T09", "precision": "hour"},
        {"value": "2012-06-01T09:00+06:00", "precision": "hour"},
        {"value": "2012-06-01T09:45+06:00", "precision": "minute"},
        {"value": "2012-06-01"},
        "2012",
        "2012-06",
        "2012-06-01",
        "2012-06-01T09:45+06:00",
        "2012-06-01T09:45:30.25Z",
    ],
)
def test_every_date_precision_in_records(acceptance: Data, value: Any) -> None:
    find(acceptance, "inc-golos-search-2012-12")["start"] = value
    find(acceptance, "det-kozlov-2012")["apprehension"]["datetime"] = value
    find(acceptance, "det-kozlov-2012")["release"]["date"] = value
    assert schema.validate_dataset(acceptance) == []


def test_detention_without_release_is_ongoing(acceptance: Data) -> None:
    det = find(acceptance, "det-kozlov-2012")
    del det["release"]
    det["custody_segments"][-1]["to"] = None
    assert schema.validate_dataset(acceptance) == []
    det["release"] = None
    assert schema.validate_dataset(acceptance) == []


def test_full_detention_record_with_every_documented_field(acceptance: Data) -> None:
    acceptance["detentions"].append(
        {
            "id": "det-full",
            "person_id": "per-aminov",
            "case_id": "case-kozlov",
            "procedure": "criminal",
            "detention_type": "030000000000",
            "apprehension": {
                "datetime": "2012-01-23T06:30+06:00",
                "location_id": "loc-almaty",
                "authority_id": "org-knb",
                "officers": ["Captain N.", {"person_id": "per-plugov"}],
                "plainclothes": True,
                "force_used": False,
                "circumstances": "at home",
                "informed_of_reasons": None,
                "rights_explained": False,
                "protocol_no": "17/2012",
                "protocol_time": "2012-01-23T11:00+06:00",
            },
            "legal_basis": {
                "code": "KG-CC-1997",
                "article": "164",
                "part": "2",
                "paragraph": "a",
                "decided_by_id": "per-judge-abidov",
                "decision_date": "2012-01-25",
            },
            "sentence_days": 0,
            "first_judicial_appearance": "2012-01-25T10:00+06:00",
            "hours_to_judge": 51.5,
            "judicial_reviews": [{"date": "2012-03-20", "outcome": "extended by 2 months"}],
            "custody_segments": [
                {
                    "facility": "IVS",
                    "facility_type": "temporary_detention_isolator",
                    "location_id": "loc-almaty",
                    "from": "2012-01-23T06:30+06:00",
                    "to": {"value": "2012-01-26", "precision": "day"},
                    "whereabouts": "010100000000",
                }
            ],
            "access": {
                "lawyer": {"status": "delayed", "first_at": "2012-01-27T09:00+06:00", "note": "3 days"},
                "family_notified": {"status": "no"},
                "medical_exam": {"status": "unknown"},
                "consular": {"status": "yes", "first_at": "2012-01-24"},
                "monitors": None,
                "legal_counsel": "010000000000",
            },
            "ill_treatment": {
                "alleged": True,
                "methods": ["030100000000"],
                "phase": "interrogation",
                "perpetrator_ids": ["org-knb"],
                "medical_evidence": "bruises documented",
                "complaint": {"date": "2012-02-01", "body": "prosecutor", "outcome": "refused"},
                "statements_signed": "020000000000",
            },
            "conditions": "overcrowded",
            "disciplinary": [],
            "notes": "n",
            "release": {"date": None, "type": "unknown"},
            "liberty_status": "020100000000",
            "wgad_assessment": {"categories": ["I", "III"], "status": "final"},
            "created_at": "2012-01-24T08:00:00.000+00:00",
            "created_by": "m01",
            "updated_at": "2012-01-25T08:00Z",
            "updated_by": "m01",
            "revision": 3,
            "device_id": "dev-01",
            "confidentiality": "restricted",
            "tlp": "AMBER+STRICT",
            "deleted_at": None,
            "export_batch_ids": ["exp-1"],
            "draft": True,
            "_illustrative": ["whole record"],
        }
    )
    assert schema.validate_dataset(acceptance) == []


def test_full_hearing_source_and_attachment(acceptance: Data) -> None:
    acceptance["hearings"].append(
        {
            "id": "hrg-full",
            "case_id": "case-kozlov",
            "date": "2012-09-10",
            "instance": "first_instance",
            "hearing_type": "main_trial_session",
            "status": "held_partly_closed",
            "scheduled_start": "2012-09-10T10:00+05:00",
            "actual_start": "2012-09-10T10:40+05:00",
            "courtroom": "Hall 3",
            "language": ["ru", "kk-Cyrl"],
            "panel_ids": ["per-judge-abidov"],
            "jury": 10,
            "prosecutor_ids": [],
            "witnesses": [
                {"code": "W-07", "called_by": "prosecution", "anonymous": True, "remote": True},
                {"person_id": "per-sokolova", "called_by": "defence", "anonymous": False},
            ],
            "interpreter": {"needed": True, "provided": False, "languages": ["kk", "ru"], "adequate": None},
            "public_access": {
                "status": "open",
                "pass_required": True,
                "capacity_seats": 40,
                "attendance_est": 35,
                "overflow_room": False,
                "denied_count": 0,
            },
            "media": {"present": False, "recording_allowed": "yes"},
            "procedural_events": [
                {"time": "11:05", "type": "recess", "by_person_id": "per-judge-abidov", "summary": "recess"}
            ],
            "motions": [{"by": "defence", "subject": "recusal", "ruling": "rejected", "reason_given": False}],
            "torture_allegations": [{"person_id": "per-aminov", "role": "defendant", "phase": "arrest",
                                     "court_response": "not_addressed"}],
            "verdicts": [{"defendant_id": "per-aminov", "result": "acquitted"}],
            "defendants": [
                {
                    "person_id": "per-aminov",
                    "presence": "video_link",
                    "in_custody": "no",
                    "dock": "none",
                    "restraints": True,
                }
            ],
        }
    )
    acceptance["hearings"][0]["jury"] = False
    acceptance["sources"].append(
        {
            "id": "src-full",
            "source_kind": "interview",
            "title": "Interview",
            "person_id": "per-anon-001",
            "date": {"value": "2012-07", "precision": "month"},
            "language": "kk",
            "reliability": "A",
            "credibility": "6",
            "protection_risk": "medium",
            "handling": "via_intermediary",
            "consent": {
                "given": True,
                "method": "written",
                "date": "2012-07-02",
                "taken_by": "M-01",
                "scopes": {
                    "record": True,
                    "store_identity": False,
                    "share_with_hq": True,
                    "share_with_partners": False,
                    "publish": "no",
                    "share_with_un_osce": True,
                    "recontact": False,
                },
                "withdrawn_at": "2013-01-01T00:00Z",
            },
        }
    )
    acceptance["attachments"].append(
        {
            "id": "att-full",
            "files": [
                {
                    "role": "screenshot",
                    "file_name": "x.png",
                    "mime_type": "image/png",
                    "size_bytes": 0,
                    "sha256": "A" * 64,
                    "sha512": "b" * 128,
                    "derivative_of": "IMG_0412.JPG",
                    "transformations": ["crop", {"op": "blur"}],
                }
            ],
            "capture": {
                "captured_at": "2012-03-28T04:41:05Z",
                "local_offset": "+05:00",
                "geo": {"lat": -90, "lon": 180, "accuracy_m": 0.5, "geo_source": "gps"},
                "embedded_metadata": {"Make": "X"},
            },
            "encryption": {"algo": "age", "key_id": "k1"},
            "verification": {"status": "verified", "by": "hq", "at": "2012-04-01T10:00+06:00", "notes": "ok"},
        }
    )
    assert schema.validate_dataset(acceptance) == []


def test_vocabulary_values_as_scheme_code_objects(acceptance: Data) -> None:
    find(acceptance, "src-bbc-abuse")["reliability"] = {"scheme": "admiralty", "code": "B"}
    find(acceptance, "inc-golos-search-2012-12")["violation_status"] = {
        "scheme": "huridocs:41",
        "code": "030000000000",
    }
    assert schema.validate_dataset(acceptance) == []
    find(acceptance, "src-bbc-abuse")["reliability"] = {"scheme": "admiralty", "code": "Z"}
    assert where(schema.validate_dataset(acceptance)) == [("src-bbc-abuse", "reliability.code")]


def test_open_values_are_accepted(acceptance: Data) -> None:
    case = find(acceptance, "case-kosanov-admin")
    case["charges"][0]["code"] = "KZ-CoAO-2014"
    case["charges"].append({"defendant_id": "per-kosanov", "code": "BY-CC-1999", "article": "342"})
    find(acceptance, "src-bbc-abuse")["language"] = "kk-Cyrl-KZ"
    find(acceptance, "att-photo-armand")["capture"]["method"] = "drone_photo"
    find(acceptance, "hrg-zh-appeal-2012-08-02")["motions"][0]["ruling"] = "partly granted"
    assert schema.validate_dataset(acceptance) == []


def test_involvement_and_relation_without_id(acceptance: Data) -> None:
    assert all("id" not in r for r in acceptance["involvements"] + acceptance["relations"])
    acceptance["relations"].append(
        {"from_id": "case-kozlov", "to_id": "case-kozlov", "type": "same_as", "id": "rel-1"}
    )
    assert schema.validate_dataset(acceptance) == []


# -- references, text, list columns ------------------------------------------------------------


def test_references_include_nested_paths(acceptance: Data) -> None:
    refs = schema.references("hearing", find(acceptance, "hrg-kozlov-2012-10-08"))
    assert ("defendants[0].person_id", "per-kozlov") in refs
    assert ("defence_counsel[0].client_ids[0]", "per-kozlov") in refs
    assert ("verdicts[2].defendant_id", "per-sapargali") in refs
    assert ("source_ids[0]", "src-fh-kozlov") in refs
    assert ("case_id", "case-kozlov") in refs
    refs = schema.references("incident", find(acceptance, "inc-golos-search-2012-12"))
    assert ("acts[1].perpetrator_ids[0]", "org-knb") in refs
    assert schema.references("involvement", acceptance["involvements"][3]) == [
        ("subject_id", "per-plugov"),
        ("object_id", "case-kozlov"),
        ("for_ids[0]", "per-kozlov"),
    ]


def test_references_skip_nulls_and_non_references(acceptance: Data) -> None:
    det = find(acceptance, "det-kosanov-2012-01")
    det["export_batch_ids"] = ["exp-1"]
    det["device_id"] = "dev-1"
    refs = dict(schema.references("detention", det))
    assert "apprehension.authority_id" not in refs  # null
    assert "export_batch_ids[0]" not in refs and "device_id" not in refs
    att = find(acceptance, "att-rsf-capture")
    assert ("custody_events[1].to", "org-csp") not in schema.references("attachment", att)


def test_text_of(acceptance: Data) -> None:
    text = schema.text_of("hearing", find(acceptance, "hrg-zh-2012-03-28"))
    assert "Not enough seats" in text  # public_access.notes: an unknown field, kept and indexed
    assert "two NGO-delegated observers" in text
    assert "Defendants stood for over three hours" in text
    assert "per-monitor-m01" not in text and "restricted" not in text
    per = dict(find(acceptance, "per-kozlov"), contact={"phone": "+7 701 000 0000"})
    text = schema.text_of("person", per)
    assert text.splitlines()[:3] == ["Vladimir Kozlov", "Vladimir Ivanovich Kozlov", "Владимир Козлов"]
    assert "+7 701" not in text  # contact details never go to the index
    assert schema.text_of("case", find(acceptance, "case-sokolova")).count("\n") >= 4


def test_summary_columns(acceptance: Data) -> None:
    cols = {
        d.get("id"): schema.summary_columns(k, d)
        for key, k in schema.KINDS.items()
        for d in acceptance.get(key, [])
        if d.get("id")
    }
    assert cols["hrg-zh-2012-03-28"] == {
        "title": "2012-03-28 · Main trial session · First instance",
        "date_sort": "2012-03-28",
        "case_id": "case-zhanaozen-37",
    }
    assert (
        cols["case-kozlov"]["date_sort"] == "2012-08-16" and cols["case-kozlov"]["case_id"] == "case-kozlov"
    )
    assert cols["case-kosanov-admin"]["date_sort"] is None
    assert cols["inc-attempted-abduction-abroad"]["date_sort"] == "2012-06"
    assert cols["inc-stantv-attack-2011-10-26"]["date_sort"] == "2011-10-26T14"
    assert cols["det-kozlov-2012"] == {
        "title": "per-kozlov · criminal",
        "date_sort": "2012-01-23",
        "case_id": "case-kozlov",
    }
    assert cols["att-photo-armand"]["date_sort"] == "2012-03-28T09:41:05"
    assert cols["src-anon-witness-001"]["date_sort"] == "2012-07-02"
    assert cols["per-kozlov"] == {"title": "Vladimir Kozlov", "date_sort": None, "case_id": None}
    inv = schema.summary_columns("involvement", acceptance["involvements"][4])
    assert inv == {"title": "per-kozlov · leader · org-alga", "date_sort": "2007", "case_id": None}
    for value in (None, [], "x", {"date": 5, "title": ["x"], "case_id": {"a": 1}}):
        assert schema.summary_columns("hearing", value)["date_sort"] is None


# -- properties: never an exception, bounded time ---------------------------------------------

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(["unknown", "2012-02-30", "per-kozlov", "030000000000", "RED", "\x00", "\ud800", ""]),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=40,
)
FIELD_NAMES = st.sampled_from(
    sorted({f for spec in schema.FIELDS.values() for f in spec} | set(schema.COMMON))
)
RECORDISH = st.dictionaries(FIELD_NAMES, JSON, max_size=8)


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(JSON)
def test_arbitrary_json_to_validate_dataset(data: Any) -> None:
    problems = schema.validate_dataset(data)
    assert all(isinstance(p, Problem) for p in problems)
    for p in problems:
        p.render()


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.sampled_from([*schema.KINDS, "meta", "x"]),
        st.lists(RECORDISH | JSON, max_size=4) | JSON,
        max_size=4,
    )
)
def test_arbitrary_datasets(data: Any) -> None:
    for p in schema.validate_dataset(data, known_ids={"per-kozlov": "person"}):
        assert isinstance(p, Problem)
        p.render()


@settings(max_examples=400, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(schema.KEYS)), RECORDISH | JSON)
def test_arbitrary_records(kind: str, doc: Any) -> None:
    problems = schema.validate_record(kind, doc)
    assert all(isinstance(p, Problem) for p in problems)
    schema.references(kind, doc)
    schema.text_of(kind, doc)
    cols = schema.summary_columns(kind, doc)
    assert set(cols) == {"title", "date_sort", "case_id"}
    assert isinstance(cols["title"], str)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


@settings(max_examples=400, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_acceptance_records(
    acceptance_records: list[tuple[str, dict[str, Any]]], data: st.DataObject
) -> None:
    kind, original = data.draw(st.sampled_from(acceptance_records))
    doc = copy.deepcopy(original)
    path = data.draw(st.sampled_from(_paths(doc)))
    action = data.draw(st.sampled_from(["replace", "delete", "insert"]))
    new = data.draw(JSON)
    if not path:
        doc = new if action == "replace" else doc
    else:
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        if action == "replace":
            parent[last] = new
        elif action == "delete":
            del parent[last]
        elif isinstance(parent[last], dict):
            parent[last][data.draw(st.text(max_size=10))] = new
        elif isinstance(parent[last], list):
            parent[last].append(new)
    problems = schema.validate_record(kind, doc)
    assert all(isinstance(p, Problem) and isinstance(p.field, str) for p in problems)
    for p in problems:
        p.render()
    schema.references(kind, doc)
    schema.text_of(kind, doc)
    schema.summary_columns(kind, doc)


@pytest.fixture(scope="module")
def acceptance_records() -> list[tuple[str, dict[str, Any]]]:
    path = Path(__file__).parent / "data" / "zhanaozen-2011-2012.json"
    data = json.loads(path.read_text("utf-8"))
    return [(kind, doc) for key, kind in schema.KINDS.items() for doc in data.get(key, [])]


def test_a_large_dataset_with_bounded_work(acceptance: Data, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fifty copies of the acceptance set cost at most fifty times its scanning: no step grows
    with the square of the file (counted work, not seconds)."""
    big: Data = {"meta": acceptance["meta"]}
    for key in schema.KINDS:
        big[key] = [
            dict(copy.deepcopy(d), id=f"{d['id']}-{i}") if "id" in d else copy.deepcopy(d)
            for i in range(50)
            for d in acceptance.get(key, [])
        ]
    examined = _examined(monkeypatch)
    assert schema.validate_dataset(acceptance) == []
    once = (len(examined), sum(map(len, examined)))
    examined.clear()
    problems = schema.validate_dataset(big)
    assert problems  # references now dangle (ids were renamed), but nothing raised
    assert len(examined) <= 50 * once[0]
    assert sum(map(len, examined)) <= 50 * once[1]


# -- quotes (hearing mode): words said in court, verbatim ----------------------------------


def test_hearing_quotes_are_schema_fields(acceptance: Data) -> None:
    hearing = find(acceptance, "hrg-kozlov-2012-10-08")
    hearing["quotes"] = [{"time": "10:42", "speaker_id": "per-kozlov", "language": "ru",
                          "text": "Я не признаю вину", "note": "after the charge was read"}]
    assert schema.validate_dataset(acceptance) == []
    assert "quotes" not in " ".join(schema.unknown_fields("hearing", hearing))
    assert "Я не признаю вину" in schema.text_of("hearing", hearing)  # searchable as the narrative is
    hearing["quotes"][0]["speaker_id"] = "org-court-aktau-city"
    p = one_problem(acceptance)
    assert (p.record_id, p.field) == ("hrg-kozlov-2012-10-08", "quotes[0].speaker_id")
    hearing["quotes"][0].update(speaker_id="per-kozlov", language="Russian")
    assert one_problem(acceptance).field == "quotes[0].language"
    hearing["quotes"][0].update(language="ru", time="25:99")
    assert one_problem(acceptance).field == "quotes[0].time"
