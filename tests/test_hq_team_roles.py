"""Issue 15: what each role of a TEAM HQ may do with devices, HQ's keys and briefings.

Enrolling, revoking and renaming devices is for administrators and importers; a joined importer
(HQ's keys only in the escrow, none in its own vault) rotates HQ's keys and signs briefings that a
device accepts; analysts and readers are refused cleanly and sign nothing."""

from __future__ import annotations

import pytest

from fielddoc.bundle.briefing import import_briefing
from fielddoc.bundle.device import add_recipient, device_fingerprint, enrolment
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.hq import devices as hq_devices
from fielddoc.hq.briefing import make_briefing
from fielddoc.hq.team.errors import CannotSign, RoleRefused
from fielddoc.hq.team.invite import invite, join_hq
from fielddoc.records.service import Records
from tests.test_bundle_support import NO_PG, PASSPHRASE, PG_URL, make_field, team_admin

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=NO_PG)]


@pytest.fixture
def team(tmp_path):
    cleanups: list = []
    admin, url = team_admin(tmp_path, cleanups)
    joined = {}
    for name, role in (("Station", "importer"), ("Dana", "analyst"), ("Ruslan", "reader")):
        inv = invite(admin, name, role)
        path = tmp_path / f"{name}.inv"
        path.write_text(inv.invitation.to_json())
        joined[role] = join_hq(tmp_path / name, f"{PASSPHRASE} {name}", path, url, params=TEST_PARAMS)
        cleanups.insert(0, joined[role].lock)
    field = make_field(tmp_path / "field", "monitor-a")
    cleanups.insert(0, field.lock)
    yield admin, joined, field, tmp_path
    for fn in cleanups:
        fn()


def test_only_administrators_and_importers_enrol_revoke_and_rename_devices(team):
    _admin, joined, field, _tmp = team
    e = enrolment(field)
    for role in ("analyst", "reader"):
        with pytest.raises(RoleRefused) as refused:
            hq_devices.enrol(joined[role], e, device_fingerprint(field))
        assert "devices" in refused.value.render() and role in refused.value.render()
    dev = hq_devices.enrol(joined["importer"], e, device_fingerprint(field), label="Aigerim")
    for role in ("analyst", "reader"):
        with pytest.raises(RoleRefused):
            hq_devices.rename(joined[role], dev.device_id, "Someone else")
        with pytest.raises(RoleRefused):
            hq_devices.revoke(joined[role], dev.device_id, "not theirs to do")
    renamed = hq_devices.rename(joined["importer"], dev.device_id, "Aigerim K.")
    assert renamed.label == "Aigerim K." and not renamed.revoked


def test_a_joined_importer_rotates_hqs_keys_for_everyone(team):
    admin, joined, _field, _tmp = team
    importer = joined["importer"]
    old = importer.card()
    card = importer.rotate_signing_key()
    card = importer.rotate_age_key()
    assert card.fingerprint != old.fingerprint
    admin.lock()
    from fielddoc.hq.store import open_hq

    again = open_hq(_tmp / "admin", PASSPHRASE)  # the administrator sees the importer's new keys
    try:
        assert again.card().fingerprint == card.fingerprint
        assert old.fingerprint in again.fingerprints()  # the retired keys still open old bundles
    finally:
        again.lock()
    for role in ("analyst", "reader"):
        with pytest.raises(CannotSign):
            joined[role].rotate_signing_key()
        with pytest.raises(CannotSign):
            joined[role].rotate_age_key()


def test_a_joined_importers_briefing_is_accepted_and_a_reader_signs_none(team):
    _admin, joined, field, tmp_path = team
    importer = joined["importer"]
    card = importer.card()
    add_recipient(field, card, card.fingerprint)
    hq_devices.enrol(importer, enrolment(field), device_fingerprint(field), label="monitor-a")
    Records(importer).create("person", {"id": "p-mon", "name": "Aigerim"})
    out = tmp_path / "brief"
    out.mkdir()
    path = make_briefing(importer, field.device_id, out, monitor_id="p-mon").path
    import_briefing(field, path)  # the device checks HQ's signature: the escrow's key, not the vault's
    for role in ("analyst", "reader"):
        with pytest.raises(CannotSign):
            make_briefing(joined[role], field.device_id, out, monitor_id="p-mon")


def test_row_level_security_hides_the_files_custody_links_and_tokens_of_hidden_records(team, tmp_path):
    """Before: a capped member's own login read attachment rows, file chunks, custody, links and
    search tokens of records above their level (only records and revisions were filtered)."""
    from sqlalchemy import select

    from fielddoc.attachments import service as att
    from fielddoc.bundle.writer import export_bundle
    from fielddoc.hq.importer import import_bundle
    from fielddoc.hq.team.schema import hq_file_chunks
    from fielddoc.hq.verify import verify_hq
    from fielddoc.store.schema import attachment_files, custody, links, records, search_tokens
    from tests.test_bundle_support import link

    admin, _joined, field, _tmp = team
    rec = Records(field)
    rec.create("case", {"id": "case-open", "title": "Open case", "confidentiality": "public"})
    rec.create("case", {"id": "case-secret", "title": "Protected witness case",
                        "confidentiality": "restricted"})
    src = tmp_path / "f.bin"
    for cid, level in (("case-open", "public"), ("case-secret", "restricted")):
        src.write_bytes(level.encode() * 5000)
        att.attach(field, rec, src, related_ids=[cid], confidentiality=level)
    link(field, admin)
    (tmp_path / "b").mkdir()
    res = export_bundle(field, tmp_path / "b")
    assert res is not None
    import_bundle(admin, res.path)
    inv = invite(admin, "Capped", "analyst", max_level="partners")
    (tmp_path / "capped.inv").write_text(inv.invitation.to_json())
    capped = join_hq(tmp_path / "Capped", PASSPHRASE, tmp_path / "capped.inv", admin.engine.url
                     .render_as_string(hide_password=False), params=TEST_PARAMS)
    try:
        with admin.engine.connect() as conn:
            all_files = conn.execute(select(attachment_files.c.attachment_id)).all()
        assert len(all_files) == 2
        with capped.engine.connect() as conn:
            visible = {r[0] for r in conn.execute(select(records.c.id))}
            assert "case-secret" not in visible and "case-open" in visible
            atts = {r[0] for r in conn.execute(select(attachment_files.c.attachment_id))}
            assert len(atts) == 1 and atts <= visible
            chunks = {r[0] for r in conn.execute(select(hq_file_chunks.c.file_id))}
            files = {r[0] for r in conn.execute(select(attachment_files.c.file_id))}
            assert chunks == files
            assert {r[0] for r in conn.execute(select(custody.c.attachment_id))} <= visible
            assert {r[0] for r in conn.execute(select(links.c.source_id))} <= visible
            docids = {r[0] for r in conn.execute(select(records.c.docid))}
            assert {r[0] for r in conn.execute(select(search_tokens.c.docid))} <= docids
        assert verify_hq(capped, files=True) == []
        Records(capped).update("case-open", {"id": "case-open", "title": "Open case, assessed",
                                              "confidentiality": "public"}, expected_revision=1)
    finally:
        capped.lock()
