"""Source consent in bundles (issue 12 §5): what a source did not consent to never leaves the device."""

from __future__ import annotations

import pytest

from fielddoc.bundle import age
from fielddoc.bundle.writer import export_bundle
from fielddoc.hq.importer import import_bundle
from fielddoc.records.service import Records
from tests.test_bundle_support import *  # noqa: F403
from tests.test_bundle_support import link

NAME = "Aigerim Zhakupova"
PLACE = "Kurmangazy street 14"


def _source(consent: dict | None) -> dict:
    doc = {"id": "src-witness", "source_kind": "interview", "title": f"Interview with {NAME}",
           "notes": f"met at {PLACE}", "language": "ru",
           "interview": {"date": "2012-07-02", "method": "in_person"}}
    if consent is not None:
        doc["consent"] = consent
    return doc


def _consent(hq_ok: bool, withdrawn: str | None = None) -> dict:
    c: dict = {"given": True, "method": "oral_recorded", "taken_by": "Monitor Ivanova",
               "scopes": {"record": True, "share_with_hq": hq_ok, "publish": "no"}}
    if withdrawn:
        c["withdrawn_at"] = withdrawn
    return c


def _export(vault, tmp_path, name, **kw):
    out = tmp_path / name
    out.mkdir()
    res = export_bundle(vault, out, **kw)
    assert res is not None
    return res


def _plain(res, hq) -> bytes:
    return age.decrypt_bytes(res.path.read_bytes(), hq.identities())


def _setup(field, hq, consent):
    rec = Records(field)
    rec.create("source", _source(consent))
    rec.create("case", {"id": "case-1", "title": "Case one", "source_ids": ["src-witness"]})
    link(field, hq)
    return rec


@pytest.mark.parametrize("backend", ["sqlcipher"], indirect=True)
def test_unconsented_source_is_left_out_by_default(field, hq, tmp_path):
    _setup(field, hq, _consent(False))
    res = _export(field, tmp_path, "a")
    plain = _plain(res, hq)
    assert NAME.encode() not in plain and PLACE.encode() not in plain and b"Ivanova" not in plain
    assert res.revisions == 1  # the case only
    import_bundle(hq, res.path)
    got = Records(hq)
    assert got.get("case-1")["source_ids"] == ["src-witness"]  # the reference id only
    assert not got.exists({"src-witness"})


@pytest.mark.parametrize("backend", ["sqlcipher"], indirect=True)
def test_unconsented_source_leaves_as_a_stub_when_asked(field, hq, tmp_path):
    _setup(field, hq, _consent(False))
    res = _export(field, tmp_path, "a", redact_unconsented=True)
    plain = _plain(res, hq)
    assert NAME.encode() not in plain and PLACE.encode() not in plain and b"Ivanova" not in plain
    assert res.revisions == 2
    import_bundle(hq, res.path)
    stub = Records(hq).get("src-witness")
    assert stub["consent"]["scopes"]["share_with_hq"] is False and stub["source_kind"] == "interview"
    assert "title" not in stub and "notes" not in stub and "interview" not in stub


@pytest.mark.parametrize("backend", ["sqlcipher"], indirect=True)
def test_source_without_any_share_with_hq_scope_is_not_sent(field, hq, tmp_path):
    c = _consent(True)
    del c["scopes"]["share_with_hq"]
    _setup(field, hq, c)
    plain = _plain(_export(field, tmp_path, "a"), hq)
    assert NAME.encode() not in plain


@pytest.mark.parametrize("backend", ["sqlcipher"], indirect=True)
def test_withdrawal_reaches_hq_and_hq_keeps_only_the_stub(field, hq, tmp_path):
    rec = _setup(field, hq, _consent(True))
    first = _export(field, tmp_path, "a")
    assert NAME.encode() in _plain(first, hq)  # consented: sent in full
    import_bundle(hq, first.path)
    assert Records(hq).get("src-witness")["title"] == f"Interview with {NAME}"
    doc = rec.get("src-witness")
    doc["consent"]["withdrawn_at"] = "2012-08-01T10:00:00Z"
    rec.update("src-witness", doc)
    second = _export(field, tmp_path, "b", since_last=True)
    plain = _plain(second, hq)
    assert NAME.encode() not in plain and PLACE.encode() not in plain
    result = import_bundle(hq, second.path)
    assert not result.conflicts
    head = Records(hq).get("src-witness")
    assert head["consent"]["withdrawn_at"] == "2012-08-01T10:00:00Z"
    assert "title" not in head and "notes" not in head


@pytest.mark.parametrize("backend", ["sqlcipher"], indirect=True)
def test_consent_withdrawn_before_the_first_export_sends_nothing_of_the_source(field, hq, tmp_path):
    rec = _setup(field, hq, _consent(True))
    doc = rec.get("src-witness")
    doc["consent"]["withdrawn_at"] = "2012-08-01T10:00:00Z"
    rec.update("src-witness", doc)
    res = _export(field, tmp_path, "a")
    plain = _plain(res, hq)
    assert NAME.encode() not in plain and PLACE.encode() not in plain
    assert b"src-witness\"" not in plain.replace(b'"source_ids":["src-witness"]', b"")


@pytest.mark.parametrize("backend", ["sqlcipher"], indirect=True)
def test_the_recording_of_an_unconsented_source_stays_on_the_device(field, hq, tmp_path):
    import io

    from fielddoc.attachments import service as att

    rec = _setup(field, hq, _consent(False))
    a = att.attach(field, rec, io.BytesIO(b"RECORDED-VOICE-OF-THE-WITNESS"), related_ids=["case-1"],
                   file_name="zhakupova.ogg", title=f"Recording of {NAME}", confidentiality="organisation")
    doc = rec.get(a.attachment_id)
    doc["source_id"] = "src-witness"
    rec.update(a.attachment_id, doc)
    res = _export(field, tmp_path, "a", redact_unconsented=True)
    plain = _plain(res, hq)
    assert b"RECORDED-VOICE" not in plain and NAME.encode() not in plain and b"zhakupova.ogg" not in plain
    assert res.files == 0
