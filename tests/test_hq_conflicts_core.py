"""Review helpers of hq.conflicts: the competing versions with their documents, the fields
that differ, a field-by-field merge."""

from __future__ import annotations

import pytest

from fielddoc.bundle.writer import export_bundle
from fielddoc.errors import RecordNotFound, ValidationError
from fielddoc.hq import conflicts
from fielddoc.hq.importer import import_bundle
from fielddoc.records import interchange
from fielddoc.records.service import Records
from tests.test_bundle_support import *  # noqa: F403
from tests.test_bundle_support import link

BASE = {"id": "case-shared", "title": "Shared case", "case_type": "criminal", "confidentiality": "public"}


def _conflict(tmp_path, hq, field, field2):
    for v in (field, field2):
        interchange.import_dataset(Records(v), {"cases": [BASE]})
        link(v, hq)
    Records(field).update("case-shared", {**BASE, "title": "Edited by A", "stage": "trial"})
    Records(field2).update("case-shared", {**BASE, "title": "Edited by B", "confidentiality": "restricted",
                                           "notes": "from B"})
    for v, name in ((field, "a"), (field2, "b")):
        out = tmp_path / name
        out.mkdir()
        res = export_bundle(v, out)
        assert res is not None
        import_bundle(hq, res.path)


def test_differing_fields_and_merge_are_plain_functions():
    a = {"id": "x", "title": "A", "n": 1, "same": [1, {"k": "v"}], "only_a": True}
    b = {"id": "x", "title": "B", "n": True, "same": [1, {"k": "v"}], "only_b": None}
    assert conflicts.differing_fields([a, b]) == ["title", "n", "only_a", "only_b"]
    assert conflicts.differing_fields([a, dict(a)]) == []
    merged = conflicts.merge_versions([a, b], {"title": 1, "only_a": 1, "only_b": 1})
    assert merged == {"id": "x", "title": "B", "n": 1, "same": [1, {"k": "v"}], "only_b": None}
    merged["same"][1]["k"] = "changed"
    assert a["same"][1]["k"] == "v"  # a deep copy: the versions are never modified
    assert conflicts.merge_versions([a, b], {}, base=1) == b
    with pytest.raises(ValueError):
        conflicts.merge_versions([a, b], {"title": 2})


def test_versions_carry_documents_devices_and_authors(tmp_path, hq, field, field2):
    _conflict(tmp_path, hq, field, field2)
    vs = conflicts.versions(hq, "case-shared")
    assert len(vs) == 2
    by_dev = {v.device_id: v for v in vs}
    a, b = by_dev[field.device_id], by_dev[field2.device_id]
    assert a.doc["title"] == "Edited by A" and a.author == "monitor-a" and a.op == "update"
    assert b.doc["notes"] == "from B" and b.author == "monitor-b" and b.revision == 2
    assert a.device_label and b.device_label  # the enrolment's label
    assert conflicts.device_labels(hq, [field.device_id, "nope"]) == {field.device_id: a.device_label}
    # same order as list_conflicts (the version shown first)
    assert [v.hash for v in vs] == [h["hash"] for h in conflicts.list_conflicts(hq)[0]["heads"]]
    differing = set(conflicts.differing_fields([v.doc for v in vs]))
    assert differing == {"title", "stage", "confidentiality", "notes"}
    with pytest.raises(RecordNotFound):
        conflicts.versions(hq, "case-missing")


def test_a_merged_version_resolves_and_an_invalid_one_changes_nothing(tmp_path, hq, field, field2):
    _conflict(tmp_path, hq, field, field2)
    vs = conflicts.versions(hq, "case-shared")
    docs = [v.doc for v in vs]
    ia = next(i for i, v in enumerate(vs) if v.device_id == field.device_id)
    ib = 1 - ia
    bad = conflicts.merge_versions(docs, {"confidentiality": ib, "tlp": ia}, base=ia)
    bad["tlp"] = "CLEAR"  # restricted is TLP:RED
    with pytest.raises(ValidationError):
        conflicts.resolve(hq, "case-shared", doc=bad)
    assert len(conflicts.list_conflicts(hq)) == 1
    merged = conflicts.merge_versions(docs, {"stage": ia, "notes": ib, "title": ib}, base=ia)
    conflicts.resolve(hq, "case-shared", doc=merged)
    assert conflicts.list_conflicts(hq) == []
    got = Records(hq).get("case-shared")
    assert got["title"] == "Edited by B" and got["stage"] == "trial" and got["notes"] == "from B"
    assert got["confidentiality"] == "public"
    assert conflicts.versions(hq, "case-shared")[0].op == "resolve"


def test_keeping_a_deletion_keeps_the_record_deleted(tmp_path, hq, field, field2):
    for v in (field, field2):
        interchange.import_dataset(Records(v), {"cases": [BASE]})
        link(v, hq)
    Records(field).delete("case-shared")
    Records(field2).update("case-shared", {**BASE, "title": "Edited by B"})
    for v, name in ((field, "a"), (field2, "b")):
        (tmp_path / name).mkdir()
        import_bundle(hq, export_bundle(v, tmp_path / name).path)
    vs = conflicts.versions(hq, "case-shared")
    deletion = next(v for v in vs if v.op == "delete")
    conflicts.resolve(hq, "case-shared", take=deletion.hash)
    assert conflicts.list_conflicts(hq) == []
    with pytest.raises(RecordNotFound):
        Records(hq).get("case-shared")
    assert Records(hq).history("case-shared")[-1].op == "delete"
