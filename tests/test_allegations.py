"""hearing.torture_allegations[] (issue 12): schema, upgrade of old documents, stored-record migration."""

from __future__ import annotations

import copy
import json
from functools import partial

import pytest
from sqlalchemy import text

from fielddoc import i18n
from fielddoc.records import schema
from fielddoc.records.interchange import export_dataset, import_dataset
from fielddoc.records.upgrade import upgrade_doc
from tests.conftest import PASSPHRASE
from tests.helpers.rewind import before_0013

METHOD = "010000000000"  # HURIDOCS list 5, a head term


def _hearing(**extra):
    return {"id": "hrg-1", "case_id": "case-1", "date": "2012-03-27", **extra}


def _problems(doc):
    return {p.field: p for p in schema.validate_record("hearing", doc)}


def test_allegations_validate():
    doc = _hearing(torture_allegations=[{
        "person_id": "per-a", "role": "defendant", "raised_by_person_id": "per-b", "phase": "police_custody",
        "methods": [METHOD], "perpetrator_description": "two officers", "court_response": "ordered_check",
        "detention_id": "det-a", "note": "n",
    }])
    assert schema.validate_record("hearing", doc) == []
    assert ("torture_allegations[0].detention_id", "det-a") in schema.references("hearing", doc)
    assert "two officers" in schema.text_of("hearing", doc)


@pytest.mark.parametrize(("field", "value", "ru_words"), [
    ("role", "victim", "не одно из допустимых значений"),
    ("phase", "interrogation", "не одно из допустимых значений"),
    ("court_response", "ignored", "не одно из допустимых значений"),
    ("methods", ["999999999999"], "не код из списка HURIDOCS № 5"),  # 12 digits, but not in list 5
])
def test_bad_allegation_values_are_refused_in_russian(field, value, ru_words):
    doc = _hearing(torture_allegations=[{"person_id": "per-a", field: value}])
    problems = _problems(doc)
    path = f"torture_allegations[0].{field}" + ("[0]" if isinstance(value, list) else "")
    assert path in problems
    assert ru_words in problems[path].render(partial(i18n.translate, lang="ru"))


def test_huridocs_membership_message_in_kazakh():
    problems = _problems(_hearing(torture_allegations=[{"methods": ["999999999999"]}]))
    text_kk = problems["torture_allegations[0].methods[0]"].render(partial(i18n.translate, lang="kk"))
    assert "HURIDOCS 5-тізімінің коды емес" in text_kk


def test_old_single_allegation_upgrades():
    old = _hearing(
        defendants=[{"person_id": "per-a"}],
        torture_allegation={"raised": True, "raised_by_person_id": "per-a", "raised_by": "the defendant",
                            "court_response": "The judge said it was not for this trial"},
        _illustrative=["torture_allegation.court_response"],
    )
    kept = copy.deepcopy(old)
    new = upgrade_doc("hearing", old)
    assert old == kept  # the input is not changed
    assert "torture_allegation" not in new
    assert new["torture_allegations"] == [{
        "raised_by_person_id": "per-a", "person_id": "per-a", "role": "defendant", "court_response": "other",
        "note": "the defendant\nThe judge said it was not for this trial",
    }]
    assert new["_illustrative"] == ["torture_allegations[0].court_response"]
    assert schema.validate_record("hearing", new) == []


@pytest.mark.parametrize(("old", "expected"), [
    ({"raised": False}, []),
    ({"raised": True, "court_response": "unknown"}, [{}]),
    ({"raised": True, "court_response": "ordered_check"}, [{"court_response": "ordered_check"}]),
    ({}, None),
])
def test_old_allegation_cases(old, expected):
    new = upgrade_doc("hearing", _hearing(torture_allegation=old))
    assert new.get("torture_allegations") == expected
    assert "torture_allegation" not in new


def test_import_of_an_old_file_stores_the_new_shape(rec, acceptance):
    hearing = next(h for h in acceptance["hearings"] if h["id"] == "hrg-zh-2012-04-16")
    hearing.pop("torture_allegations", None)
    hearing["torture_allegation"] = {"raised": True, "raised_by_person_id": "per-tuletayeva",
                                     "court_response": "unknown"}  # as FieldDoc 0.x wrote it
    import_dataset(rec, acceptance)
    stored = rec.get(hearing["id"])
    assert "torture_allegation" not in stored
    assert stored["torture_allegations"] == [
        {"raised_by_person_id": "per-tuletayeva", "person_id": "per-tuletayeva", "role": "defendant"}]
    exported = export_dataset(rec)
    again = next(h for h in exported["hearings"] if h["id"] == hearing["id"])
    assert "torture_allegation" not in again and again["torture_allegations"]


def test_migration_rewrites_stored_records(vault_dir):
    """A vault at revision 0011 (before 0012) holding an old-shape hearing is upgraded when it is opened."""
    from fielddoc.crypto.kdf import TEST_PARAMS
    from fielddoc.records.service import Records
    from fielddoc.store.vault import Vault

    v = Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS)
    v.idle_timeout = None
    rec = Records(v)
    rec.create("case", {"id": "case-1", "title": "C"})
    rec.create("hearing", _hearing())
    old = _hearing(torture_allegation={"raised": True, "court_response": "evidence_excluded"})
    with v.engine.begin() as conn:  # what a vault written before 0012 holds
        conn.execute(text("UPDATE records SET doc = :d WHERE id = 'hrg-1'"), {"d": json.dumps(old)})
        conn.execute(text("UPDATE alembic_version SET version_num = '0011'"))
        before_0013(conn)
    v.lock()
    v = Vault.open(vault_dir, PASSPHRASE)
    v.idle_timeout = None
    try:
        with v.engine.connect() as conn:
            raw = json.loads(conn.execute(text("SELECT doc FROM records WHERE id = 'hrg-1'")).scalar())
        assert "torture_allegation" not in raw
        assert raw["torture_allegations"] == [{"court_response": "evidence_excluded"}]
        assert Records(v).verify_history() == []
    finally:
        v.lock()
