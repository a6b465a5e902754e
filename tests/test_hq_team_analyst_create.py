"""An analyst creates a record at a team HQ (found in review, issue 15).

Every analyst's login is under row-level security (a limit or none: ``fd_level_ok``). A new
record's revision was inserted with ``RETURNING seq`` before the record's row existed, and
PostgreSQL checks a returned row against the read policy (a revision is visible when its record
is): "new row violates row-level security policy for table revisions", for every analyst."""

from __future__ import annotations

import pytest

from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.hq.team.invite import invite, join_hq
from fielddoc.hq.verify import verify_hq
from fielddoc.records import query
from fielddoc.records.service import Records
from tests.test_bundle_support import NO_PG, PASSPHRASE, PG_URL, team_admin

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=NO_PG)]


@pytest.fixture
def analysts(tmp_path):
    cleanups: list = []
    admin, url = team_admin(tmp_path, cleanups)
    joined = {}
    for name, level in (("Dana", None), ("Capped", "partners")):
        inv = invite(admin, name, "analyst", max_level=level)
        (tmp_path / f"{name}.inv").write_text(inv.invitation.to_json())
        joined[name] = join_hq(tmp_path / name, PASSPHRASE, tmp_path / f"{name}.inv", url,
                               params=TEST_PARAMS)
        cleanups.insert(0, joined[name].lock)
    yield admin, joined["Dana"], joined["Capped"]
    for fn in cleanups:
        fn()


def test_an_analyst_creates_a_record_at_hq_and_everyone_sees_it(analysts):
    admin, dana, capped = analysts
    Records(dana).create("case", {"id": "case-dana", "title": "Opened at HQ by Dana",
                                  "confidentiality": "restricted"})
    Records(capped).create("case", {"id": "case-capped", "title": "Opened at HQ",
                                    "confidentiality": "public"})
    Records(capped).update("case-capped", {"id": "case-capped", "title": "Opened at HQ, edited",
                                            "confidentiality": "public"}, expected_revision=1)
    ids = {r["id"] for r in query.list_records(admin)}
    assert {"case-dana", "case-capped"} <= ids
    assert {r["id"] for r in query.list_records(capped)} == {"case-capped"}  # not Dana's restricted one
    assert verify_hq(admin) == []


def test_a_capped_analyst_creating_above_their_level_is_refused_cleanly_and_nothing_is_saved(analysts):
    from sqlalchemy.exc import DBAPIError

    from fielddoc.hq.team.errors import ReadOnlyAtHQ
    from fielddoc.hq.team.pgroles import friendly

    admin, _dana, capped = analysts
    with pytest.raises(DBAPIError) as caught:  # the GUI and the CLI show it as ReadOnlyAtHQ
        Records(capped).create("case", {"id": "case-high", "title": "Too high",
                                        "confidentiality": "restricted"})
    assert isinstance(friendly(caught.value), ReadOnlyAtHQ)
    assert "case-high" not in {r["id"] for r in query.list_records(admin)}
