"""F16 (issue 9): the receipt's `hq` field, the bundle's `reply_to`, and re-enrolment of a
revoked device. Key rotation itself is in tests/test_key_rotation.py."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from fielddoc.bundle import age
from fielddoc.bundle import format as fmt
from fielddoc.bundle.cards import RecipientCard
from fielddoc.bundle.device import device_age_identity, enrolment
from fielddoc.bundle.errors import MalformedContent, ReceiptRejected, RevokedEnrolment
from fielddoc.bundle.receipt import import_receipt
from fielddoc.bundle.writer import export_bundle
from fielddoc.crypto import signing
from fielddoc.hq import devices
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.receipts import make_receipt
from fielddoc.records.service import Records
from fielddoc.store.schema import revisions
from tests.test_bundle_support import *  # noqa: F403
from tests.test_bundle_support import entry, link, raw_manifest, raw_plaintext, seal, snapshot


def _exported(field, hq, tmp_path):
    link(field, hq)
    Records(field).create("person", {"id": "per-1", "name": "One"})
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    res = export_bundle(field, out)
    import_bundle(hq, res.path)
    return res


def _delivered(field) -> int:
    with field.engine.connect() as conn:
        return sum(1 for r in conn.execute(select(revisions.c.delivered)) if r[0])


def _receipt(hq, field, res, hq_field: str, path):
    manifest = {
        "format": fmt.FORMAT_NAME,
        "version": 1,
        "type": "receipt",
        "receipt_id": "01900000-0000-7000-8000-000000000001",
        "hq": hq_field,
        "device": field.device_id,
        "created_at": "2026-01-01T00:00:00.000+00:00",
        "bundles": [{"bundle_id": res.bundle_id, "sequence": res.sequence, "hash": res.bundle_hash}],
    }
    raw = fmt.canonical_bytes(manifest)
    sig = fmt.sign_manifest(fmt.KIND_RECEIPT, hq.vault.signing_key(), raw)
    plain = fmt.encode_preamble(fmt.KIND_RECEIPT, hq.signing_public(), sig, len(raw)) + raw
    plain += fmt.frame_header(fmt.F_END, 0)
    path.write_bytes(age.encrypt_bytes(plain, [device_age_identity(field)[1]]))
    return path


def test_receipt_naming_another_hq_card_is_rejected(field, hq, tmp_path):
    res = _exported(field, hq, tmp_path)
    other = RecipientCard.make("Other HQ", age.generate_identity()[1], signing.generate()[0])
    with pytest.raises(ReceiptRejected) as exc:
        import_receipt(field, _receipt(hq, field, res, other.fingerprint, tmp_path / "r.age"))
    assert "card" in str(exc.value)
    assert _delivered(field) == 0
    ok = import_receipt(field, _receipt(hq, field, res, hq.fingerprint(), tmp_path / "r2.age"))
    assert ok.hq == hq.fingerprint() and ok.hq_name == "HQ Test" and _delivered(field) == 1


def test_receipt_after_an_age_key_rotation_names_the_card_the_device_holds(field, hq, tmp_path):
    res = _exported(field, hq, tmp_path)
    old = hq.fingerprint()
    hq.rotate_age_key()  # the device has not replaced its card yet
    got = import_receipt(field, make_receipt(hq, field.device_id, tmp_path / "r.age").path)
    assert got.hq == old and got.bundles == 1
    assert res.sequence == 1


def _raw_bundle(field, hq, tmp_path, reply_to):
    key = field.signing_key()
    body, h = entry(key, "per-9", {"name": "Nine"})
    m = raw_manifest(key, [hq.fingerprint()], [(body, h)], reply_to=reply_to)
    path = tmp_path / "raw.age"
    path.write_bytes(seal(raw_plaintext(key, m, [body]), [age.recipient_of(hq.identities()[0])]))
    return path


def _registered_reply_key(hq, device_id):
    with hq.engine.connect() as conn:
        return devices.get_device(conn, device_id).age_recipient


def test_reply_to_that_is_not_a_valid_age_recipient_is_refused(field, hq, tmp_path):
    link(field, hq)
    good = age.generate_identity()[1]
    last = good[-1]
    bad = good[:-1] + ("q" if last != "q" else "p")  # right alphabet and length, wrong checksum
    before = snapshot(hq)
    with pytest.raises(MalformedContent) as exc:
        import_bundle(hq, _raw_bundle(field, hq, tmp_path, bad))
    assert "reply_to" in str(exc.value)
    assert snapshot(hq) == before


def test_a_bundle_does_not_replace_the_registered_receipt_key(field, hq, tmp_path):
    link(field, hq)
    registered = _registered_reply_key(hq, field.device_id)
    assert registered == device_age_identity(field)[1]
    other = age.generate_identity()[1]
    res = import_bundle(hq, _raw_bundle(field, hq, tmp_path, other))
    assert res.status == "imported" and res.reply_to_ignored
    assert "receipt key" in res.summary()
    assert _registered_reply_key(hq, field.device_id) == registered


def test_enrolling_a_revoked_device_again_is_refused(field, hq, tmp_path):
    link(field, hq)
    devices.revoke(hq, field.device_id, "laptop seized")
    e = enrolment(field)
    before = snapshot(hq)
    with pytest.raises(RevokedEnrolment) as exc:
        devices.enrol(hq, e, e.fingerprint)
    assert field.device_id in str(exc.value) and "new key" in str(exc.value)
    assert snapshot(hq) == before
    with hq.engine.connect() as conn:
        assert devices.get_device(conn, field.device_id).revoked
