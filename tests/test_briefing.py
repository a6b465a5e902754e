"""HQ -> field briefings: scheduled hearings and assignments sent to a monitor's device.

docs/spec/briefing.md: signed by HQ's key, encrypted to the device, a numbered chain per device;
the device refuses anything else and never overwrites a record its monitor changed meanwhile.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, update

from fielddoc.bundle.briefing import import_briefing
from fielddoc.bundle.errors import (
    BriefingFork,
    BriefingNoMonitor,
    BriefingRejected,
    BriefingReplay,
    BundleCorrupt,
    BundleFailure,
)
from fielddoc.bundle.writer import export_bundle
from fielddoc.hq.briefing import STATE_PREFIX, make_briefing
from fielddoc.hq.importer import import_bundle
from fielddoc.records.service import Records
from fielddoc.store.schema import records, revisions
from fielddoc.store.schema_sync import hq_devices
from tests.test_bundle_support import *  # noqa: F403 - the backend fixture
from tests.test_bundle_support import link, make_field, make_hq

CASE = {"id": "case-1", "title": "Zhanaozen oil workers", "confidentiality": "organisation"}
COURT = {"id": "org-court", "name": "Aktau city court", "confidentiality": "organisation"}
MONITOR = {"id": "p-mon", "name": "Aigerim", "confidentiality": "organisation"}
OTHER = {"id": "p-other", "name": "Daniyar", "confidentiality": "organisation"}
SECRET = {"id": "p-secret", "name": "Protected witness", "confidentiality": "restricted"}


def _hearing(hid, monitor, day, **kw):
    return {
        "id": hid, "case_id": "case-1", "status": "scheduled", "date": f"2026-05-{day:02d}",
        "scheduled_start": f"2026-05-{day:02d}T10:00:00+05:00", "court_id": "org-court",
        "confidentiality": "organisation",
        "assignments": [{"monitor_id": monitor, "organisation_id": "org-court", "mode": "in_person",
                         "status": "assigned"}],
        **kw,
    }


@pytest.fixture
def sites(tmp_path, backend):
    cleanups: list = []
    hq = make_hq(tmp_path / "hq", backend, cleanups)
    field = make_field(tmp_path / "field", author="monitor-a")
    link(field, hq)
    rec = Records(hq)
    for kind, doc in (("organisation", COURT), ("person", MONITOR), ("person", OTHER),
                      ("person", SECRET), ("case", CASE)):
        rec.create(kind, doc)
    rec.create("hearing", _hearing("h-1", "p-mon", 4, witnesses=[{"person_id": "p-secret"}]))
    rec.create("hearing", _hearing("h-2", "p-mon", 6))
    rec.create("hearing", _hearing("h-3", "p-other", 7))  # another monitor's
    yield hq, field, rec
    field.lock()
    hq.lock()
    for c in cleanups:
        c()


def _brief(hq, field, tmp_path, name, **kw):
    out = tmp_path / name
    out.mkdir()
    return make_briefing(hq, field.device_id, out, **kw).path


def test_round_trip_shows_the_assignments_and_the_records_they_need(tmp_path, sites):
    hq, field, rec = sites
    path = _brief(hq, field, tmp_path, "b1", monitor_id="p-mon", tlp_ceiling="AMBER")
    res = import_briefing(field, path)
    assert [a.hearing_id for a in res.assignments] == ["h-1", "h-2"]
    assert all(a.new and a.mode == "in_person" and a.status == "assigned" for a in res.assignments)
    assert res.assignments[0].scheduled_start == "2026-05-04T10:00:00+05:00"
    dev = Records(field)
    assert dev.get("h-1")["status"] == "scheduled" and dev.get("case-1")["title"] == CASE["title"]
    assert dev.get("org-court")["name"] == COURT["name"] and dev.get("p-mon")["name"] == "Aigerim"
    assert dev.exists(["h-3", "p-other"]) == set()  # not this monitor's
    assert dev.exists(["p-secret"]) == set()  # restricted, above the ceiling asked for: stays at HQ
    assert dev.verify_history() == []
    # the monitor covers it; HQ gets a plain continuation of its own record, not a conflict
    doc = dev.get("h-1")
    doc.update(status="held", monitors=[{"person_id": "p-mon", "admission": "admitted"}])
    doc["assignments"][0]["status"] = "attended"
    dev.update("h-1", doc)
    out = tmp_path / "export"
    out.mkdir()
    exported = export_bundle(field, out)
    assert exported is not None and exported.revisions == 1  # only the monitor's own revision
    import_bundle(hq, exported.path)
    assert rec.get("h-1")["status"] == "held" and not rec.meta("h-1").get("conflict")
    # the next briefing numbers on, and a hearing no longer scheduled still reaches the device
    res2 = import_briefing(field, _brief(hq, field, tmp_path, "b2"))  # the monitor is remembered
    assert res2.sequence == 2 and res2.missing == 0 and res2.conflicts == []
    assert [(a.hearing_id, a.new) for a in res2.assignments] == [("h-1", False), ("h-2", False)]


def test_an_hq_change_reaches_an_unchanged_record(tmp_path, sites):
    hq, field, rec = sites
    import_briefing(field, _brief(hq, field, tmp_path, "b1", monitor_id="p-mon"))
    doc = rec.get("h-2")
    doc["scheduled_start"] = "2026-05-06T15:00:00+05:00"
    rec.update("h-2", doc)
    res = import_briefing(field, _brief(hq, field, tmp_path, "b2"))
    assert res.conflicts == []
    assert Records(field).get("h-2")["scheduled_start"] == "2026-05-06T15:00:00+05:00"
    assert [a.hearing_id for a in res.assignments if a.new] == ["h-2"]
    assert Records(field).verify_history() == []


def test_a_record_the_monitor_edited_is_kept_and_reported_as_a_conflict(tmp_path, sites):
    hq, field, rec = sites
    import_briefing(field, _brief(hq, field, tmp_path, "b1", monitor_id="p-mon"))
    dev = Records(field)
    mine = dev.get("h-1")
    mine["courtroom"] = "Room 3 (seen on the door)"
    dev.update("h-1", mine)
    theirs = rec.get("h-1")
    theirs["scheduled_start"] = "2026-05-04T11:30:00+05:00"
    rec.update("h-1", theirs)
    res = import_briefing(field, _brief(hq, field, tmp_path, "b2"))
    assert res.conflicts == ["h-1"]
    assert dev.meta("h-1")["conflict"]
    with field.engine.connect() as conn:
        docs = [json.loads(d) for (d,) in conn.execute(select(revisions.c.doc).where(
            revisions.c.record_id == "h-1"))]
    assert any(d.get("courtroom") == "Room 3 (seen on the door)" for d in docs)  # the monitor's, kept
    assert any(d.get("scheduled_start") == "2026-05-04T11:30:00+05:00" for d in docs)  # HQ's, kept
    assert dev.verify_history() == []
    # the monitor's version still goes to HQ, where the conflict is resolved
    out = tmp_path / "export"
    out.mkdir()
    exported = export_bundle(field, out)
    assert exported is not None
    import_bundle(hq, exported.path)
    assert rec.meta("h-1")["conflict"]


def test_a_tampered_briefing_is_refused_and_changes_nothing(tmp_path, sites):
    hq, field, _ = sites
    path = _brief(hq, field, tmp_path, "b1", monitor_id="p-mon")
    data = bytearray(path.read_bytes())
    data[-40] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(BundleCorrupt) as err:
        import_briefing(field, path)
    assert "Traceback" not in str(err.value)
    assert Records(field).exists(["h-1", "case-1"]) == set()


def test_a_briefing_signed_by_another_key_is_refused(tmp_path, sites):
    hq, field, _ = sites
    cleanups: list = []
    impostor = make_hq(tmp_path / "impostor", "sqlcipher", cleanups)
    from fielddoc.bundle.device import enrolment
    from fielddoc.hq import devices as hq_devices

    e = enrolment(field)
    hq_devices.enrol(impostor, e, e.fingerprint)
    Records(impostor).create("person", MONITOR)
    path = _brief(impostor, field, tmp_path, "fake", monitor_id="p-mon")
    impostor.lock()
    with pytest.raises(BriefingRejected, match="not signed by the key of any of your HQ recipient cards"):
        import_briefing(field, path)


def _chain(hq, device_id: str) -> dict:
    """The device's briefing chain: HQ's database for a team (hq/briefing_state.py), else the vault."""
    if hq.team is None:
        return json.loads(hq.vault.get_setting(STATE_PREFIX + device_id))
    from sqlalchemy import select

    from fielddoc.hq.team.schema import hq_briefings

    with hq.engine.connect() as conn:
        row = conn.execute(select(hq_briefings).where(hq_briefings.c.device_id == device_id)).mappings().one()
    return {"sequence": row["sequence"], "hash": row["hash"], "hearings": json.loads(row["hearings"])}


def _set_chain(hq, device_id: str, state: dict) -> None:
    if hq.team is None:
        hq.vault.set_setting(STATE_PREFIX + device_id, json.dumps(state))
        return
    from sqlalchemy import update

    from fielddoc.hq.team.schema import hq_briefings

    with hq.engine.begin() as conn:
        conn.execute(update(hq_briefings).where(hq_briefings.c.device_id == device_id).values(
            sequence=state["sequence"], hash=state["hash"], hearings=json.dumps(state["hearings"])))


def test_replays_and_forks_are_refused(tmp_path, sites):
    hq, field, _ = sites
    b1 = _brief(hq, field, tmp_path, "b1", monitor_id="p-mon")
    b2 = _brief(hq, field, tmp_path, "b2")
    import_briefing(field, b1)
    assert import_briefing(field, b1).already_imported  # the same file again: nothing changes
    import_briefing(field, b2)
    with pytest.raises(BriefingReplay) as err:
        import_briefing(field, b1)  # an older briefing replayed
    assert err.value.code == "replay" and "replayed" in str(err.value)
    # HQ restored from a backup taken before b2: its next briefing 2 is another one
    state = _chain(hq, field.device_id)
    _set_chain(hq, field.device_id, {**state, "sequence": 1})
    with pytest.raises(BriefingReplay):
        import_briefing(field, _brief(hq, field, tmp_path, "b2-again"))
    # a briefing 3 that does not name the briefing 2 this device holds
    _set_chain(hq, field.device_id, {**state, "hash": "0" * 64})
    with pytest.raises(BriefingFork, match="forked"):
        import_briefing(field, _brief(hq, field, tmp_path, "b3"))


def test_a_briefing_for_another_device_is_refused(tmp_path, sites):
    hq, field, _ = sites
    other = make_field(tmp_path / "field2", author="monitor-b")
    link(other, hq)
    path = _brief(hq, other, tmp_path, "b-other", monitor_id="p-other")
    with pytest.raises(BriefingRejected, match="not encrypted to this device"):
        import_briefing(field, path)
    # encrypted to this device's key but written for the other one (a registry mix-up, or forged)
    with hq.engine.begin() as conn:
        key = conn.execute(select(hq_devices.c.age_recipient).where(
            hq_devices.c.device_id == field.device_id)).scalar()
        conn.execute(update(hq_devices).where(hq_devices.c.device_id == other.device_id)
                     .values(age_recipient=key))
    path = _brief(hq, other, tmp_path, "b-mixed")
    with pytest.raises(BriefingRejected, match="written for another device"):
        import_briefing(field, path)
    with pytest.raises(BundleFailure):  # an export bundle is not a briefing
        out = tmp_path / "exp"
        out.mkdir()
        Records(other).create("person", {"id": "p-x", "name": "X"})
        exported = export_bundle(other, out)
        assert exported is not None
        import_briefing(other, exported.path)
    other.lock()


def test_hq_needs_to_know_the_monitor(tmp_path, sites):
    hq, field, _ = sites
    out = tmp_path / "o"
    out.mkdir()
    with pytest.raises(BriefingNoMonitor):
        make_briefing(hq, field.device_id, out)
    with field.engine.connect() as conn:
        assert conn.execute(select(records.c.id)).first() is None


def test_an_edit_on_top_of_an_hq_revision_with_a_contact_continues_it_at_hq(tmp_path, sites):
    hq, field, rec = sites
    doc = rec.get("p-mon")
    rec.update("p-mon", {**doc, "contact": {"phone": "+7 700 000 00 00"}})
    import_briefing(field, _brief(hq, field, tmp_path, "b1", monitor_id="p-mon"))
    dev = Records(field)
    mine = dev.get("p-mon")
    dev.update("p-mon", {**mine, "name": "Aigerim S."})
    out = tmp_path / "export"
    out.mkdir()
    exported = export_bundle(field, out)
    assert exported is not None
    import_bundle(hq, exported.path)
    # the device's revision names HQ's revision as its parent: one head at HQ, no conflict
    assert rec.get("p-mon")["name"] == "Aigerim S." and not rec.meta("p-mon").get("conflict")


def test_cli_brief_and_import_show_the_assignments(tmp_path, sites, monkeypatch, capsys):
    from fielddoc.cli.main import main
    from tests.test_bundle_support import PASSPHRASE

    hq, field, _ = sites
    hq_path, field_path, device = hq.vault.path, field.path, field.device_id
    hq.lock()
    field.lock()
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "brief"
    out.mkdir()
    assert main(["hq", "brief", "--vault", str(hq_path), "--device", device, "--out", str(out),
                 "--monitor", "p-mon"]) == 0
    assert "Briefing 1 for device" in capsys.readouterr().out
    (path,) = list(out.iterdir())
    assert main(["briefing", "import", "--vault", str(field_path), str(path)]) == 0
    text = capsys.readouterr().out
    assert "Imported briefing 1" in text
    assert "NEW 2026-05-04T10:00:00+05:00  hearing h-1" in text and "hearing h-2" in text
    assert main(["briefing", "import", "--vault", str(field_path), str(path)]) == 0
    assert "already imported" in capsys.readouterr().out
    path.write_bytes(path.read_bytes()[:-30])  # cut off: refused with a message, exit 2
    assert main(["briefing", "import", "--vault", str(field_path), str(path)]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and captured.err.strip()
