"""Issue 15: a device's briefings are numbered per HQ, not per import station.

Before, the sequence lived in the signing member's own vault: a second import station briefing the
same device started again at 1 and the device refused it as a replay (or a fork)."""

from __future__ import annotations

import threading

import pytest

from fielddoc.bundle.briefing import import_briefing
from fielddoc.bundle.device import add_recipient, device_fingerprint, enrolment
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.hq import devices as hq_devices
from fielddoc.hq.briefing import make_briefing
from fielddoc.hq.team.invite import invite, join_hq
from fielddoc.records.service import Records
from tests.test_bundle_support import NO_PG, PASSPHRASE, PG_URL, make_field, team_admin

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=NO_PG)]


@pytest.fixture
def stations(tmp_path):
    """An HQ (administrator), two import stations with their own vaults, one enrolled device."""
    cleanups: list = []
    admin, url = team_admin(tmp_path, cleanups)
    joined = []
    for name in ("North", "South"):
        inv = invite(admin, name, "importer")
        (tmp_path / f"{name}.inv").write_text(inv.invitation.to_json())
        st = join_hq(tmp_path / name, PASSPHRASE, tmp_path / f"{name}.inv", url, params=TEST_PARAMS)
        cleanups.insert(0, st.lock)
        joined.append(st)
    field = make_field(tmp_path / "field", "monitor-a")
    cleanups.insert(0, field.lock)
    card = admin.card()
    add_recipient(field, card, card.fingerprint)
    hq_devices.enrol(admin, enrolment(field), device_fingerprint(field), label="monitor-a")
    Records(admin).create("person", {"id": "p-mon", "name": "Aigerim"})
    yield joined, field, tmp_path
    for fn in cleanups:
        fn()


def test_two_import_stations_briefing_one_device_number_one_chain(stations):
    (north, south), field, tmp_path = stations
    out = tmp_path / "briefings"
    out.mkdir()
    made = [make_briefing(north, field.device_id, out, monitor_id="p-mon")]
    made.append(make_briefing(south, field.device_id, out))  # the monitor is HQ's, not North's
    made.append(make_briefing(north, field.device_id, out))
    assert [b.sequence for b in made] == [1, 2, 3]
    for b in made:  # the device accepts each, in order (each names the one before)
        got = import_briefing(field, b.path)
        assert got.sequence == b.sequence and not got.already_imported


def test_two_stations_briefing_one_device_at_the_same_instant(stations):
    (north, south), field, tmp_path = stations
    out = tmp_path / "briefings"
    out.mkdir()
    first = make_briefing(north, field.device_id, out, monitor_id="p-mon")
    results: dict[str, object] = {}
    start = threading.Barrier(2)

    def brief(name, station):
        start.wait()
        try:
            results[name] = make_briefing(station, field.device_id, out, monitor_id="p-mon")
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            results[name] = exc

    threads = [threading.Thread(target=brief, args=p) for p in (("north", north), ("south", south))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    made = sorted([first, *results.values()], key=lambda b: b.sequence)  # type: ignore[attr-defined]
    assert [b.sequence for b in made] == [1, 2, 3], results
    for b in made:
        assert not import_briefing(field, b.path).already_imported
