"""Issue 14: the statistics page of a sealed team HQ sums keyed facets (docs/statistics.md,
docs/spec/hq-sealing.md §9) instead of opening every document, for the administrator and for a
member capped at a confidentiality level (row-level security on ``stat_facets``), and a member's
removal re-keys them with HQ's new data key. Needs FIELDDOC_TEST_PG_URL."""

from __future__ import annotations

import json
import random
import re

import pytest
from sqlalchemy import event, text

from fielddoc.bundle.writer import export_bundle
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.gui.models import stats as st
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.team.invite import invite, join_hq
from fielddoc.hq.team.members import remove
from fielddoc.records.interchange import import_dataset
from fielddoc.records.service import Records
from tests.test_bundle_support import ACCEPTANCE, NO_PG, PASSPHRASE, PG_URL, link, make_field, team_admin
from tests.test_stat_facets import (
    RANGES,
    _churn,
    _dataset,
    _detention,
    _documents,
    _hearing,
    check_keyed,
)

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=NO_PG)]

LEVELS = ["public", "partners", "organisation", "restricted", None]


def _confidential(rng: random.Random, data: dict) -> dict:
    for docs in data.values():
        for doc in docs:
            level = rng.choice(LEVELS)
            if level is not None:
                doc["confidentiality"] = level
    return data


def _exact_without_records(store) -> None:
    """Every range's figures equal those counted from the documents this member sees, and no
    statement of the count names ``records``."""
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args):
        seen.append(statement)

    for date_from, date_to in RANGES:
        event.listen(store.engine, "before_cursor_execute", note)
        try:
            got = st.compute(store, date_from, date_to)
        finally:
            event.remove(store.engine, "before_cursor_execute", note)
        assert got == _documents(store, date_from, date_to), (date_from, date_to)
    assert seen and not [s for s in seen if re.search(r"(FROM|JOIN) records\b", s)], seen


def _live(store) -> set[str]:
    with store.engine.connect() as conn:
        return {r[0] for r in conn.execute(text("SELECT id FROM records WHERE deleted_at IS NULL"))}


@pytest.fixture
def team(tmp_path):
    """A sealed team HQ holding records of every level (a bundle and a JSON import), an analyst
    capped at ``partners`` and an uncapped one."""
    rng = random.Random(1414)
    cleanups: list = []
    admin, url = team_admin(tmp_path, cleanups)
    field = make_field(tmp_path / "field", "monitor-a")
    cleanups.insert(0, field.lock)
    import_dataset(Records(field), json.loads(ACCEPTANCE.read_text("utf-8")))
    import_dataset(Records(field), _confidential(rng, _dataset(rng, "f", 80)))
    link(field, admin)
    (tmp_path / "b").mkdir()
    res = export_bundle(field, tmp_path / "b")
    assert res is not None
    import_bundle(admin, res.path)
    import_dataset(Records(admin), _confidential(rng, _dataset(rng, "hq", 40)))
    joined = {}
    for name, level in (("Capped", "partners"), ("Dana", None)):
        inv = invite(admin, name, "analyst", max_level=level)
        (tmp_path / f"{name}.inv").write_text(inv.invitation.to_json())
        joined[name] = join_hq(tmp_path / name, PASSPHRASE, tmp_path / f"{name}.inv", url, params=TEST_PARAMS)
        cleanups.insert(0, joined[name].lock)
    yield admin, joined["Capped"], joined["Dana"], rng
    for fn in cleanups:
        fn()


def test_a_capped_member_sums_only_the_facets_of_the_levels_they_see(team):
    admin, capped, dana, rng = team
    _churn(Records(admin), rng, "adm", 40, purge=False)
    rec = Records(dana)  # another member's writes (an analyst changes records; level changes too)
    for rid in [r for r in sorted(_live(admin)) if r.startswith(("hrg-f", "det-hq"))][:30]:
        doc = (_hearing if rid.startswith("hrg") else _detention)(rng, rid)
        level = rng.choice(LEVELS)
        if level is not None:
            doc["confidentiality"] = level
        rec.update(rid, doc)
    check_keyed(admin)
    for member in (admin, dana, capped):
        _exact_without_records(member)
    seen: list[str] = []  # the page's own call (the cache's generation too) reads no record nor revision

    def note(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(capped.engine, "before_cursor_execute", note)
    try:
        got = st.StatsCache().get(capped)
    finally:
        event.remove(capped.engine, "before_cursor_execute", note)
    assert got == _documents(capped)
    assert seen and not [s for s in seen if re.search(r"(FROM|JOIN) (records|revisions)\b", s)], seen
    whole, mine = st.compute(admin), st.compute(capped)
    assert mine.hearings < whole.hearings and mine.observations < whole.observations
    with capped.engine.connect() as conn:
        levels = {r[0] for r in conn.execute(text("SELECT DISTINCT conf FROM stat_facets"))}
    assert levels and levels <= {"public", "partners"}


def test_a_removal_rekeys_the_facets(team):
    admin, _capped, _dana, _rng = team

    def keyed() -> set[str]:
        with admin.engine.connect() as conn:
            return {v for r in conn.execute(text("SELECT v1, v2, v3 FROM stat_facets WHERE facet <> 'kind'"))
                    for v in r if v}

    before = keyed()
    figures = st.compute(admin)
    with admin.engine.begin() as conn:
        removal = remove(conn, admin.team, "Dana")
    assert removal.reseal_seconds is not None
    after = keyed()
    assert before and after and not (before & after)  # nothing left under the old K's facet key
    check_keyed(admin)
    assert st.compute(admin) == figures
    _exact_without_records(admin)


def test_migration_0014_keys_a_sealed_hq_on_an_administrators_open(tmp_path, monkeypatch):
    """A sealed HQ migrated to 0014 has no facet keys yet (the migration runs before a member's keys
    are known): its page counts the documents meanwhile, and the next open by an administrator
    writes the keys (hq/team/sealing.py), after which the page reads only stat_facets."""
    from fielddoc.hq.store import open_hq
    from fielddoc.hq.team import sealing as team_sealing
    from fielddoc.records import facet_keys
    from tests.helpers.rewind import before_0014

    cleanups: list = []
    admin, _url = team_admin(tmp_path, cleanups)
    try:
        rec = Records(admin)
        import_dataset(rec, json.loads(ACCEPTANCE.read_text("utf-8")))
        import_dataset(rec, _confidential(random.Random(140), _dataset(random.Random(141), "m", 60)))
        figures = _documents(admin)
        with admin.engine.begin() as conn:
            before_0014(conn)
        admin.lock()
        real = team_sealing._rebuild_if_stale
        monkeypatch.setattr(team_sealing, "_rebuild_if_stale", lambda engine: None)
        again = open_hq(tmp_path / "admin", PASSPHRASE)
        cleanups.insert(0, again.lock)
        with again.engine.connect() as conn:
            assert facet_keys.stale(conn)
        assert st.compute(again) == figures  # from the documents while the keys wait
        again.lock()
        monkeypatch.setattr(team_sealing, "_rebuild_if_stale", real)
        again = open_hq(tmp_path / "admin", PASSPHRASE)
        cleanups.insert(0, again.lock)
        with again.engine.connect() as conn:
            assert not facet_keys.stale(conn)
        check_keyed(again)
        _exact_without_records(again)
        assert st.compute(again) == figures
    finally:
        for fn in cleanups:
            fn()
