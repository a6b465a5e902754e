"""Field vault -> bundle -> HQ, against both HQ back ends (SQLCipher vault and PostgreSQL).

Security tests 14, 15, 17 and 20, and the acceptance round trip of issue 4.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from fielddoc import errors
from fielddoc.attachments import service as att
from fielddoc.bundle import age
from fielddoc.bundle import format as fmt
from fielddoc.bundle.cards import RecipientCard
from fielddoc.bundle.device import add_recipient, device_fingerprint, enrolment, replace_recipient
from fielddoc.bundle.errors import (
    FingerprintMismatch,
    NotForThisHQ,
    ReplayError,
    RevokedDevice,
    SignatureInvalid,
    UnknownDevice,
    WrongRecipient,
)
from fielddoc.bundle.writer import export_bundle
from fielddoc.crypto import signing
from fielddoc.hq import conflicts, devices
from fielddoc.hq.importer import import_bundle, inspect_bundle
from fielddoc.records import interchange
from fielddoc.records.service import Records
from fielddoc.store.schema import attachment_files, records, revisions
from tests.test_bundle_support import *  # noqa: F403
from tests.test_bundle_support import (
    PASSPHRASE,
    link,
    make_field,
    raw_manifest,
    raw_plaintext,
    seal,
    snapshot,
)


def _export(vault, tmp_path, **kw):
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    res = export_bundle(vault, out, **kw)
    assert res is not None
    return res


def _plain(path, hq):
    return age.decrypt_bytes(path.read_bytes(), hq.identities())


# -- the acceptance round trip ---------------------------------------------------------------
def test_acceptance_round_trip(field, hq, tmp_path, acceptance):
    rec = Records(field)
    interchange.import_dataset(rec, acceptance)
    link(field, hq)
    res = _export(field, tmp_path)
    assert res.revisions == 104  # 107 records minus 3 device_only
    result = import_bundle(hq, res.path)
    assert result.status == "imported" and result.new_records == 104 and not result.conflicts
    want = interchange.export_dataset(rec, exclude_device_only=True, strip_contact=True)
    got = interchange.export_dataset(Records(hq))
    assert got == want
    device_only = {
        d["id"]
        for k, v in acceptance.items()
        if k != "meta"
        for d in v
        if d.get("confidentiality") == "device_only"
    }
    assert device_only and not Records(hq).exists(device_only)
    assert result.dangling > 0  # references to withheld device_only records are accepted and reported


def test_reimport_changes_nothing(field, hq, tmp_path, acceptance):
    interchange.import_dataset(Records(field), acceptance)
    link(field, hq)
    res = _export(field, tmp_path)
    import_bundle(hq, res.path)
    before = snapshot(hq)
    again = import_bundle(hq, res.path)
    assert again.status == "already_imported"
    assert "nothing changed" in again.summary()
    assert snapshot(hq) == before


def test_device_only_and_contact_never_in_a_bundle(field, hq, tmp_path):
    rec = Records(field)
    rec.create(
        "person", {"id": "per-secret", "name": "CANARY-DEVICE-ONLY-NAME", "confidentiality": "device_only"}
    )
    rec.create(
        "person",
        {"id": "per-open", "name": "Open", "contact": "CANARY-CONTACT-PHONE", "confidentiality": "public"},
    )
    rec.update(
        "per-open",
        {"id": "per-open", "name": "Open 2", "contact": "CANARY-CONTACT-2", "confidentiality": "public"},
    )
    link(field, hq)
    res = _export(field, tmp_path)
    plain = _plain(res.path, hq)
    for canary in (b"CANARY-DEVICE-ONLY-NAME", b"per-secret", b"CANARY-CONTACT", b"contact"):
        assert canary not in plain
    import_bundle(hq, res.path)
    doc = Records(hq).get("per-open")
    assert doc["name"] == "Open 2" and "contact" not in doc
    # the redacted chain is consistent at HQ: two revisions, linked
    hist = Records(hq).history("per-open")
    assert [h.revision for h in hist] == [1, 2] and hist[1].parent_hash == hist[0].hash
    with pytest.raises(Exception):  # noqa: B017
        Records(hq).get("per-secret")


def test_tlp_ceiling(field, hq, tmp_path):
    rec = Records(field)
    rec.create("person", {"id": "per-clear", "name": "A", "confidentiality": "public"})
    rec.create("person", {"id": "per-amber", "name": "B", "confidentiality": "organisation"})
    rec.create("person", {"id": "per-strict", "name": "C", "confidentiality": "restricted"})
    rec.create("person", {"id": "per-unmarked", "name": "D"})
    link(field, hq)
    res = _export(field, tmp_path, tlp_ceiling="GREEN")
    import_bundle(hq, res.path)
    assert set(Records(hq).exists(["per-clear", "per-amber", "per-strict", "per-unmarked"])) == {"per-clear"}
    res2 = _export(field, tmp_path, tlp_ceiling="AMBER")
    import_bundle(hq, res2.path)
    assert set(Records(hq).exists(["per-amber", "per-strict", "per-unmarked"])) == {
        "per-amber",
        "per-unmarked",
    }


def test_attachments_travel_encrypted_and_verified(field, hq, tmp_path):
    rec = Records(field)
    rec.create("case", {"id": "case-1", "title": "A case"})
    payload = bytes(range(256)) * 1000 + b"tail"
    src = tmp_path / "photo.jpg"
    src.write_bytes(payload)
    a = att.attach(field, rec, src, related_ids=["case-1"])
    link(field, hq)
    res = _export(field, tmp_path)
    assert res.files == 1
    result = import_bundle(hq, res.path)
    assert result.new_files == 1
    with hq.engine.connect() as conn:
        row = conn.execute(select(attachment_files)).mappings().one()
    assert row["sha256"] == a.sha256 and row["attachment_id"] == a.attachment_id
    stored = hq.attachments_dir / f"{row['file_id']}.fda"
    if hq.team is not None:  # PostgreSQL: the encrypted stream is in the database (hq/team/files.py)
        from fielddoc.hq.team.schema import hq_file_chunks

        assert not stored.exists()
        with hq.engine.connect() as conn:
            pieces = conn.execute(select(hq_file_chunks.c.data).where(
                hq_file_chunks.c.file_id == row["file_id"]).order_by(hq_file_chunks.c.seq)).scalars().all()
        stored = tmp_path / "from-postgresql.fda"
        stored.write_bytes(b"".join(pieces))
    assert stored.exists() and payload[:64] not in stored.read_bytes()
    from fielddoc.crypto import stream
    from fielddoc.crypto.keys import unwrap_file_key

    # HQ stores the file under its own random key, wrapped in the row (not derived).
    key = unwrap_file_key(hq.data_key, bytes.fromhex(row["file_id"]), row["wrapped_key"])
    assert stream.verify_file(None, stored, a.sha256, file_key=key).size == len(payload)
    with pytest.raises(errors.IntegrityError):
        stream.verify_file(hq.data_key, stored, a.sha256)


def test_second_export_after_receipt_sends_only_new(field, hq, tmp_path):
    from fielddoc.bundle.receipt import import_receipt
    from fielddoc.hq.receipts import make_receipt

    rec = Records(field)
    rec.create("person", {"id": "per-1", "name": "One"})
    link(field, hq)
    r1 = _export(field, tmp_path)
    import_bundle(hq, r1.path)
    receipt = make_receipt(hq, field.device_id, tmp_path / "receipt.age")
    got = import_receipt(field, receipt.path)
    assert got.bundles == 1 and got.revisions == 1
    assert export_bundle(field, tmp_path / "out") is None  # nothing unacknowledged
    rec.update("per-1", {"id": "per-1", "name": "One bis"})
    rec.create("person", {"id": "per-2", "name": "Two"})
    r2 = _export(field, tmp_path)
    assert r2.revisions == 2 and r2.sequence == 2
    res = import_bundle(hq, r2.path)
    assert res.new_revisions == 2 and not res.gaps and not res.conflicts
    assert Records(hq).get("per-1")["name"] == "One bis"


def test_unacknowledged_revisions_are_sent_again(field, hq, tmp_path):
    rec = Records(field)
    rec.create("person", {"id": "per-1", "name": "One"})
    link(field, hq)
    r1 = _export(field, tmp_path)  # lost in transit
    rec.create("person", {"id": "per-2", "name": "Two"})
    r2 = _export(field, tmp_path)
    assert r2.revisions == 2
    res = import_bundle(hq, r2.path)
    assert res.gaps == [1] and "Gap" in res.summary()
    late = import_bundle(hq, r1.path)  # the lost one turns up: fills the gap, adds nothing new
    assert late.status == "imported" and late.new_revisions == 0 and late.gaps == []


def test_since_last_and_gap(field, hq, tmp_path):
    rec = Records(field)
    link(field, hq)
    rec.create("person", {"id": "per-1", "name": "One"})
    _export(field, tmp_path)
    rec.create("person", {"id": "per-2", "name": "Two"})
    r2 = _export(field, tmp_path, since_last=True)
    rec.create("person", {"id": "per-3", "name": "Three"})
    r3 = _export(field, tmp_path, since_last=True)
    assert r2.revisions == 1 and r3.revisions == 1
    res = import_bundle(hq, r3.path)
    assert res.gaps == [1, 2]
    res = import_bundle(hq, r2.path)
    assert res.gaps == [1]
    assert {d["device"]: d["gaps"] for d in devices.list_devices(hq)}[field.device_id] == [1]


def test_unknown_device_refused_then_trusted_on_first_use(field, hq, tmp_path):
    Records(field).create("person", {"id": "per-1", "name": "One"})
    card = hq.card()
    add_recipient(field, card, card.fingerprint)
    res = _export(field, tmp_path)
    before = snapshot(hq)
    with pytest.raises(UnknownDevice) as exc:
        import_bundle(hq, res.path)
    assert device_fingerprint(field) in str(exc.value)
    assert snapshot(hq) == before
    with pytest.raises(FingerprintMismatch):
        import_bundle(hq, res.path, trust_device="AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA")
    assert snapshot(hq) == before
    asked = []
    with pytest.raises(UnknownDevice):
        import_bundle(hq, res.path, confirm=lambda d, f: asked.append(f) or False)
    assert asked == [device_fingerprint(field)]
    ok = import_bundle(hq, res.path, trust_device=device_fingerprint(field).lower().replace(" ", ""))
    assert ok.enrolled and ok.new_records == 1


def test_revoked_device_refused(field, hq, tmp_path):
    link(field, hq)
    Records(field).create("person", {"id": "per-1", "name": "One"})
    res = _export(field, tmp_path)
    devices.revoke(hq, field.device_id, "laptop seized")
    before = snapshot(hq)
    with pytest.raises(RevokedDevice) as exc:
        import_bundle(hq, res.path)
    assert field.device_id in str(exc.value)
    assert snapshot(hq) == before


def test_signature_by_another_key_refused(field, hq, tmp_path):
    link(field, hq)
    key = field.signing_key()
    other, _ = signing.generate()
    body, h = entry_(key)
    m = raw_manifest(key, [hq.fingerprint()], [(body, h)])
    plain = raw_plaintext(key, m, [body], sign_key=other)
    path = tmp_path / "forged.age"
    path.write_bytes(seal(plain, [age.recipient_of(hq.identities()[0])]))
    before = snapshot(hq)
    with pytest.raises(SignatureInvalid):
        import_bundle(hq, path)
    assert snapshot(hq) == before


def entry_(key, rid="per-x", **doc):
    from tests.test_bundle_support import entry

    return entry(key, rid, {"name": "X", **doc})


def test_wrong_recipient_in_manifest_refused(field, hq, tmp_path):
    """Surreptitious forwarding: a bundle signed for HQ A, re-encrypted to HQ B."""
    link(field, hq)
    key = field.signing_key()
    body, h = entry_(key)
    other_card = RecipientCard.make("Other HQ", age.generate_identity()[1], signing.generate()[0])
    m = raw_manifest(key, [other_card.fingerprint], [(body, h)])
    path = tmp_path / "fwd.age"
    path.write_bytes(seal(raw_plaintext(key, m, [body]), [age.recipient_of(hq.identities()[0])]))
    before = snapshot(hq)
    with pytest.raises(WrongRecipient):
        import_bundle(hq, path)
    assert snapshot(hq) == before


def test_not_for_this_hq(field, hq, tmp_path):
    link(field, hq)
    key = field.signing_key()
    body, h = entry_(key)
    m = raw_manifest(key, [hq.fingerprint()], [(body, h)])
    path = tmp_path / "other.age"
    path.write_bytes(seal(raw_plaintext(key, m, [body]), [age.generate_identity()[1]]))
    with pytest.raises(NotForThisHQ):
        import_bundle(hq, path)


def test_replay_of_a_sequence_number_refused(field, hq, tmp_path):
    link(field, hq)
    key = field.signing_key()
    b1 = entry_(key, "per-1")
    b2 = entry_(key, "per-2")
    for i, b in enumerate((b1, b2)):
        m = raw_manifest(key, [hq.fingerprint()], [b], sequence=1)
        (tmp_path / f"s{i}.age").write_bytes(
            seal(raw_plaintext(key, m, [b[0]]), [age.recipient_of(hq.identities()[0])])
        )
    import_bundle(hq, tmp_path / "s0.age")
    before = snapshot(hq)
    with pytest.raises(ReplayError) as exc:
        import_bundle(hq, tmp_path / "s1.age")
    assert "sequence" in str(exc.value)
    assert snapshot(hq) == before


def test_older_sequence_is_a_noop(field, hq, tmp_path):
    link(field, hq)
    rec = Records(field)
    rec.create("person", {"id": "per-1", "name": "One"})
    r1 = _export(field, tmp_path)
    rec.update("per-1", {"id": "per-1", "name": "One bis"})
    r2 = _export(field, tmp_path)  # cumulative: carries revision 1 too
    import_bundle(hq, r2.path)
    before = Records(hq).get("per-1")
    older = import_bundle(hq, r1.path)
    assert older.new_revisions == 0 and older.new_records == 0 and older.changed_records == 0
    assert Records(hq).get("per-1") == before


# -- merge ------------------------------------------------------------------------------------
def _two_devices_editing(tmp_path, hq, field, field2):
    base = {"id": "case-shared", "title": "Shared case", "case_type": "criminal"}
    for v in (field, field2):
        interchange.import_dataset(Records(v), {"cases": [base]})
        link(v, hq)
    Records(field).update("case-shared", {**base, "title": "Edited by A"})
    Records(field2).update("case-shared", {**base, "title": "Edited by B"})
    a = export_bundle(field, _mk(tmp_path / "a"))
    b = export_bundle(field2, _mk(tmp_path / "b"))
    return a, b


def _mk(p):
    p.mkdir(exist_ok=True)
    return p


def _state(hq):
    with hq.engine.connect() as conn:
        recs = sorted(
            tuple(r)
            for r in conn.execute(
                select(
                    records.c.id,
                    records.c.head_hash,
                    records.c.conflict,
                    records.c.revision,
                    records.c.doc,
                    records.c.deleted_at,
                    records.c.created_at,
                )
            )
        )
        revs = sorted(r[0] for r in conn.execute(select(revisions.c.hash)))
    return recs, revs


def test_concurrent_edits_kept_and_flagged(tmp_path, hq, field, field2):
    a, b = _two_devices_editing(tmp_path, hq, field, field2)
    import_bundle(hq, a.path)
    res = import_bundle(hq, b.path)
    assert res.conflicts == ["case-shared"]
    hist = Records(hq).history("case-shared")
    titles = {h.doc["title"] for h in hist}
    assert {"Edited by A", "Edited by B", "Shared case"} <= titles
    listed = conflicts.list_conflicts(hq)
    assert [c["id"] for c in listed] == ["case-shared"] and len(listed[0]["heads"]) == 2


def test_merge_is_order_independent(tmp_path, backend, field, field2):
    from tests.test_bundle_support import make_hq

    cleanups: list = []
    try:
        h1 = make_hq(tmp_path / "h1", backend, cleanups)
        h2 = make_hq(
            tmp_path / "h2",
            backend,
            cleanups,
            age_identity=h1.identities()[0],
            signing_key=h1.vault.signing_key(),
        )
        a, b = _two_devices_editing(tmp_path, h1, field, field2)
        for v in (field, field2):
            devices.enrol(h2, enrolment(v), device_fingerprint(v))
        import_bundle(h1, a.path)
        import_bundle(h1, b.path)
        import_bundle(h2, b.path)
        import_bundle(h2, a.path)
        assert _state(h1) == _state(h2)
        assert Records(h1).meta("case-shared")["conflict"]
    finally:
        for fn in cleanups:
            fn()


def test_only_one_device_edited_no_conflict(tmp_path, hq, field, field2):
    base = {"id": "case-shared", "title": "Shared case", "case_type": "criminal"}
    for v in (field, field2):
        interchange.import_dataset(Records(v), {"cases": [base]})
        link(v, hq)
    Records(field).update("case-shared", {**base, "title": "Edited by A"})
    import_bundle(hq, export_bundle(field, _mk(tmp_path / "a")).path)
    res = import_bundle(hq, export_bundle(field2, _mk(tmp_path / "b")).path)
    assert not res.conflicts
    assert Records(hq).get("case-shared")["title"] == "Edited by A"


def test_resolve_conflict(tmp_path, hq, field, field2):
    a, b = _two_devices_editing(tmp_path, hq, field, field2)
    import_bundle(hq, a.path)
    import_bundle(hq, b.path)
    heads = conflicts.list_conflicts(hq)[0]["heads"]
    pick = [h for h in heads if h["device_id"] == field2.device_id][0]
    new = conflicts.resolve(hq, "case-shared", take=pick["hash"][:12])
    meta = Records(hq).meta("case-shared")
    assert not meta["conflict"] and meta["head_hash"] == new
    assert Records(hq).get("case-shared")["title"] == "Edited by B"
    assert conflicts.list_conflicts(hq) == []
    # A edits again after the resolution, not knowing about it: a new conflict
    Records(field).update("case-shared", {"id": "case-shared", "title": "A again", "case_type": "criminal"})
    res = import_bundle(hq, export_bundle(field, _mk(tmp_path / "a2")).path)
    assert res.conflicts == ["case-shared"]


def test_withheld_middle_revision_does_not_split_history(field, hq, tmp_path):
    rec = Records(field)
    rec.create("person", {"id": "per-1", "name": "v1", "confidentiality": "public"})
    rec.update("per-1", {"id": "per-1", "name": "v2 secret", "confidentiality": "device_only"})
    rec.update("per-1", {"id": "per-1", "name": "v3", "confidentiality": "public"})
    link(field, hq)
    res = import_bundle(hq, _export(field, tmp_path).path)
    assert res.new_revisions == 2 and not res.conflicts
    assert Records(hq).get("per-1")["name"] == "v3"


def test_key_rotation(field, hq, tmp_path):
    link(field, hq)
    rec = Records(field)
    rec.create("person", {"id": "per-1", "name": "One"})
    old_bundle = _export(field, tmp_path)
    old_fp = hq.fingerprint()
    new_card = hq.rotate_age_key()
    assert new_card.fingerprint != old_fp
    replace_recipient(field, old_fp, new_card, new_card.fingerprint)
    rec.create("person", {"id": "per-2", "name": "Two"})
    new_bundle = _export(field, tmp_path)
    assert import_bundle(hq, old_bundle.path).status == "imported"  # the retired key still opens it
    assert import_bundle(hq, new_bundle.path).new_records == 1


def test_inspect_shows_verified_manifest_without_importing(field, hq, tmp_path):
    link(field, hq)
    Records(field).create("person", {"id": "per-1", "name": "One"})
    res = _export(field, tmp_path)
    before = snapshot(hq)
    info = inspect_bundle(hq, res.path)
    assert info.device == field.device_id and info.device_status == "enrolled"
    assert info.manifest["sequence"] == 1 and info.addressed_to_us and not info.already_imported
    assert snapshot(hq) == before


def test_bundle_file_name_says_nothing(field, hq, tmp_path):
    link(field, hq)
    Records(field).create("person", {"id": "per-1", "name": "One"})
    res = _export(field, tmp_path)
    stem = res.path.stem
    assert len(stem) == 32 and all(c in "0123456789abcdef" for c in stem)
    assert field.device_id not in res.path.name


def test_purge_after_receipt_keeps_what_is_referenced(field, hq, tmp_path):
    from fielddoc.bundle.receipt import import_receipt, purge_delivered, purge_plan
    from fielddoc.hq.receipts import make_receipt

    rec = Records(field)
    rec.create("person", {"id": "per-mon", "name": "Monitor", "confidentiality": "device_only"})
    rec.create("case", {"id": "case-1", "title": "Case"})
    rec.create("person", {"id": "per-2", "name": "Two", "confidentiality": "public"})
    link(field, hq)
    import_bundle(hq, _export(field, tmp_path).path)
    assert purge_plan(field).record_ids == []  # nothing acknowledged yet
    import_receipt(field, make_receipt(hq, field.device_id, tmp_path / "r.age").path)
    plan = purge_plan(field)
    assert set(plan.record_ids) == {"case-1", "per-2"}
    purge_delivered(field, plan)
    assert Records(field).exists(["per-mon", "case-1", "per-2"]) == {"per-mon"}
    assert not Records(field).verify_history()


def test_manifest_content_is_what_the_issue_lists(field, hq, tmp_path):
    link(field, hq)
    Records(field).create("person", {"id": "per-1", "name": "One"})
    res = _export(field, tmp_path)
    plain = _plain(res.path, hq)
    pre = fmt.decode_preamble(plain[: fmt.PREAMBLE_SIZE])
    m = json.loads(plain[fmt.PREAMBLE_SIZE : fmt.PREAMBLE_SIZE + pre.manifest_len])
    for key in (
        "version",
        "bundle_id",
        "device",
        "sequence",
        "previous",
        "recipients",
        "created_at",
        "revisions",
        "files",
    ):
        assert key in m
    assert m["recipients"] == [hq.fingerprint()] and m["device"] == field.device_id


def test_hq_cannot_be_opened_as_field_or_wrong_passphrase(tmp_path, hq):
    from fielddoc.errors import WrongPassphrase
    from fielddoc.hq.store import open_hq

    with pytest.raises(WrongPassphrase):
        open_hq(hq.vault.path, "not the passphrase at all")
    f = make_field(tmp_path / "plain")
    f.lock()
    from fielddoc.bundle.errors import NotAnHQ

    with pytest.raises(NotAnHQ):
        open_hq(tmp_path / "plain", PASSPHRASE)


def test_hq_verify_after_merge_and_detects_tampering(tmp_path, hq, field, field2):
    from sqlalchemy import update

    from fielddoc.hq.verify import verify_hq

    a, b = _two_devices_editing(tmp_path, hq, field, field2)
    import_bundle(hq, a.path)
    import_bundle(hq, b.path)
    assert verify_hq(hq) == []
    conflicts.resolve(hq, "case-shared", take=conflicts.list_conflicts(hq)[0]["heads"][0]["hash"])
    assert verify_hq(hq) == []
    with hq.engine.begin() as conn:
        h = conn.execute(select(revisions.c.hash).where(revisions.c.record_id == "case-shared")).first()[0]
        conn.execute(update(revisions).where(revisions.c.hash == h).values(doc='{"id":"case-shared"}'))
    assert any("was altered" in p for p in verify_hq(hq))


def test_cancelled_export_leaves_nothing_and_no_false_gap(field, hq, tmp_path):
    class Cancel(Exception):
        pass

    def cancel(done, total):
        if done > 200:
            raise Cancel()

    link(field, hq)
    Records(field).create("person", {"id": "per-1", "name": "One"})
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancel):
        export_bundle(field, out, progress=cancel)
    assert list(out.iterdir()) == []
    seen = []
    res = export_bundle(field, out, progress=lambda d, t: seen.append((d, t)))
    assert res.sequence == 2 and seen[-1][0] == seen[-1][1]
    got = import_bundle(hq, res.path)
    assert got.gaps == []  # sequence 1 was abandoned, and the manifest says so
    assert inspect_bundle(hq, res.path).manifest["abandoned"] == [1]
