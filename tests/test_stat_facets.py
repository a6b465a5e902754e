"""The statistics page's figures come from ``stat_facets`` (migration 0013), which the triggers on
``records`` keep in the same transaction as every write: after random writes through every path
(save, update, delete, purge, JSON import, HQ bundle import, a conflict's resolution) the figures
equal those counted from the documents, on SQLCipher and on PostgreSQL, and counting them reads
no record."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from fielddoc.bundle.writer import export_bundle
from fielddoc.gui.models import stats as st
from fielddoc.hq import conflicts
from fielddoc.hq import store as hq_store
from fielddoc.hq.importer import import_bundle
from fielddoc.records import vocab
from fielddoc.records.interchange import import_dataset
from fielddoc.records.service import Records
from fielddoc.store.schema import records
from fielddoc.store.sealing import sealer_of
from tests.test_bundle_support import *  # noqa: F403
from tests.test_bundle_support import ACCEPTANCE, NO_PG, PG_URL, link, make_field, make_hq, new_pg_database

RANGES = [(None, None), ("2012", None), (None, "2012-03"), ("2012-01", "2012-12-31"), ("2013", "2014"),
          ("2011-12-16", "2011-12-16"), ("2012-03-05", "2013-07-20"), ("2013-02-10", None),
          (None, "2014-06-15"), ("2014", "2014-05"), ("2012-06", "2012-06"), ("2013-05-20", "2013-05-07")]
ITEMS = sorted(vocab.FAIR_TRIAL_BY_ID)
ASSESSMENTS = [None, *vocab.VOCABS["ft_assessment"]]
ANSWERS = list(vocab.VOCABS["ft_answer"])


def _documents(store, date_from=None, date_to=None) -> st.Statistics:
    """The oracle: the typed columns counted in Python, the rest by ``stats._from_documents``."""
    out = st.Statistics()
    months: Counter[str] = Counter()
    procedures: Counter[str] = Counter()
    facilities: Counter[str] = Counter()
    cond = st._range(date_from, date_to)
    with store.engine.connect() as conn:
        for kind, ds in conn.execute(select(records.c.kind, records.c.date_sort)
                                     .where(records.c.kind.in_(("hearing", "detention")), *cond)):
            if kind == "hearing":
                out.hearings += 1
                if ds and len(ds) >= 7:
                    months[ds[:7]] += 1
            else:
                out.detentions += 1
        st._from_documents(conn, cond, out, procedures, facilities, lambda: None)
    return st._finish(out, months, procedures, facilities)


#: Every vocabulary value the statistics read, as the plain table holds it (JSON text) and as it is.
PLAIN = {"null"} | {v for code in (*ITEMS, *vocab.VOCABS["ft_assessment"], *ANSWERS,
                                   *vocab.VOCABS["procedure"], *vocab.VOCABS["facility_type"])
                    for v in (code, json.dumps(code))}
KEYED = re.compile(r"[0-9a-f]{32}")


def check_keyed(store) -> None:
    """A sealed HQ's stat_facets (docs/spec/hq-sealing.md): its values are keys (HMAC), never a
    vocabulary value in plaintext beside the sealed documents; only the kinds are plain."""
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT facet, v1, v2, v3 FROM stat_facets")).all()
    assert [r for r in rows if r[0] != "kind"], "no keyed facet row"
    for facet, *values in rows:
        if facet == "kind":
            assert values[0] in ("hearing", "detention") and values[1:] == ["", ""]
            continue
        assert facet.split("@")[0] in ("fair_trial", "procedure", "facility"), facet
        assert all(v == "" or KEYED.fullmatch(v) for v in values), values
        assert not set(values) & PLAIN, values


def _check(store) -> None:
    """Every range's figures equal the documents', and computing them reads no ``records`` row.

    A sealed HQ (store/sealing.py): stat_facets holds keyed values (:func:`check_keyed`); its
    figures are still the documents'."""
    if sealer_of(store.engine) is not None:
        check_keyed(store)
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
        assert got == st.compute(store, date_from, date_to, facets=False), (date_from, date_to)
    assert seen and not [s for s in seen if re.search(r"(FROM|JOIN) records\b", s)], seen
    with store.engine.connect() as conn:  # rows that reached zero are gone
        assert not conn.execute(text("SELECT count(*) FROM stat_facets WHERE n <= 0")).scalar()


def _date(rng: random.Random) -> object:
    year = rng.choice([2011, 2012, 2013, 2014])
    return rng.choice([f"{year}", f"{year}-{rng.randint(1, 12):02d}",
                       f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                       {"value": f"{year}-{rng.randint(1, 12):02d}", "precision": "month"}])


def _hearing(rng: random.Random, rid: str) -> dict:
    doc: dict = {"id": rid, "case_id": "case-kozlov", "status": "held"}
    if rng.random() < 0.9:
        doc["date"] = _date(rng)
    answers = []
    for _ in range(rng.randint(0, 4)):
        a: dict = {"item": rng.choice(ITEMS), "answer": rng.choice(ANSWERS)}
        assessment = rng.choice(ASSESSMENTS)
        if assessment is not None:
            a["assessment"] = assessment
        answers.append(a)
    if answers:
        doc["fair_trial"] = answers
    return doc


def _detention(rng: random.Random, rid: str) -> dict:
    doc: dict = {"id": rid, "person_id": "per-kozlov"}
    if rng.random() < 0.8:
        doc["procedure"] = rng.choice(vocab.VOCABS["procedure"])
    if rng.random() < 0.8:
        doc["apprehension"] = {"datetime": _date(rng)}
    segments = [{"facility": f"f{i}", "facility_type": rng.choice(vocab.VOCABS["facility_type"][:4])}
                for i in range(rng.randint(0, 3))]
    if segments:
        doc["custody_segments"] = segments
    return doc


def _new(rng: random.Random, prefix: str, i: int) -> tuple[str, dict]:
    if rng.random() < 0.6:
        return "hearing", _hearing(rng, f"hrg-{prefix}-{i}")
    return "detention", _detention(rng, f"det-{prefix}-{i}")


def _churn(rec: Records, rng: random.Random, prefix: str, steps: int, purge: bool = True) -> list[str]:
    """Random creates, updates, deletes (and purges) through the service; the live ids made."""
    live: list[str] = []
    for i in range(steps):
        op = rng.random()
        if op < 0.5 or not live:
            kind, doc = _new(rng, prefix, i)
            rec.create(kind, doc)
            live.append(doc["id"])
        elif op < 0.8:
            rid = rng.choice(live)
            doc = (_hearing if rid.startswith("hrg") else _detention)(rng, rid)
            rec.update(rid, doc)
        elif op < 0.93 or not purge:
            rid = live.pop(rng.randrange(len(live)))
            rec.delete(rid)
        else:
            rec.purge(live.pop(rng.randrange(len(live))))
    return live


def _dataset(rng: random.Random, prefix: str, n: int) -> dict:
    out: dict = {"hearings": [], "detentions": []}
    for i in range(n):
        kind, doc = _new(rng, prefix, i)
        out[kind + "s"].append(doc)
    return out


def test_the_first_visit_reads_no_record(vault, loaded):
    """The figures come from stat_facets: no statement of the count names ``records``."""
    _check(vault)


def test_random_writes_through_the_vault_keep_the_facets_exact(vault, loaded):
    rng = random.Random(14)
    _check(vault)
    live = _churn(loaded, rng, "a", 120)
    _check(vault)
    import_dataset(loaded, _dataset(rng, "json", 60))  # the JSON import's bulk path
    _check(vault)
    for rid in live[:10]:
        loaded.delete(rid)
    _churn(loaded, rng, "b", 60)
    _check(vault)


def _hq(tmp_path: Path, backend: str, cleanups: list):
    """An HQ on SQLCipher; on PostgreSQL unsealed (the HQ vault's records database moved to a fresh
    PostgreSQL database, as during a restore: no team); or a team HQ, sealed."""
    if backend != "postgres":
        return make_hq(tmp_path / "hq", "postgres" if backend == "postgres-sealed" else backend, cleanups)
    if not PG_URL:
        pytest.skip(NO_PG)
    vault_hq = make_hq(tmp_path / "hq", "sqlcipher", cleanups)
    url, drop = new_pg_database()
    cleanups.append(drop)
    engine = hq_store._connect(url, None)
    cleanups.insert(0, engine.dispose)
    return hq_store.HQStore(vault_hq.vault, engine, team=False)


@pytest.mark.parametrize("backend", ["sqlcipher", "postgres", "postgres-sealed"])
def test_random_writes_through_every_hq_path_keep_the_facets_exact(tmp_path: Path, backend: str):
    """Bundles of two devices (new records, later revisions, deletions, a conflict resolved),
    JSON imports and saves at HQ: the facet figures stay those of the documents."""
    rng = random.Random(1400)
    cleanups: list = []
    hq = _hq(tmp_path, backend, cleanups)
    try:
        base = json.loads(ACCEPTANCE.read_text("utf-8"))
        devices = [make_field(tmp_path / name, name) for name in ("fa", "fb")]
        cleanups[:0] = [v.lock for v in devices]
        for v in devices:
            import_dataset(Records(v), base)
            link(v, hq)
        shared = _hearing(rng, "hrg-shared")
        for round_no in range(3):
            for n, v in enumerate(devices):
                rec = Records(v)
                if round_no == 0:
                    import_dataset(rec, {"hearings": [shared]})
                    import_dataset(rec, _dataset(rng, f"j{n}", 40))
                else:
                    rec.update("hrg-shared", _hearing(rng, "hrg-shared"))  # a conflict at HQ
                _churn(rec, rng, f"d{n}r{round_no}", 50, purge=False)
                out = tmp_path / f"b{n}{round_no}"
                out.mkdir()
                res = export_bundle(v, out)
                assert res is not None
                import_bundle(hq, res.path)
                _check(hq)
            for c in conflicts.list_conflicts(hq):
                vs = conflicts.versions(hq, c["id"])
                conflicts.resolve(hq, c["id"], take=vs[-1].hash)
            _check(hq)
        hq_rec = Records(hq)
        import_dataset(hq_rec, _dataset(rng, "hqjson", 30))
        _churn(hq_rec, rng, "hq", 40, purge=False)
        _check(hq)
    finally:
        for fn in cleanups:
            fn()


def _back_to_0012(conn) -> None:
    """The schema as it was before migration 0013 (its table and triggers gone)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP TABLE stat_facets")
        conn.exec_driver_sql("DROP FUNCTION fd_stat_facets() CASCADE")
    else:
        for event_name in ("insert", "update", "delete"):
            conn.exec_driver_sql(f"DROP TRIGGER stat_facets_{event_name}")
        conn.exec_driver_sql("DROP TABLE stat_facets")
        conn.exec_driver_sql("DROP TABLE stat_facets_hold")
    conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0012'")


def test_migration_0013_counts_the_records_a_vault_already_holds(vault_dir, vault, loaded):
    from fielddoc.store.vault import Vault
    from tests.conftest import PASSPHRASE

    _churn(loaded, random.Random(13), "old", 60)
    with vault.engine.begin() as conn:
        _back_to_0012(conn)
    vault.lock()
    again = Vault.open(vault_dir, PASSPHRASE)
    again.idle_timeout = None
    try:
        _check(again)
    finally:
        again.lock()


def test_migration_0013_on_postgresql_and_sealing_keys_the_facets(tmp_path: Path):
    """An HQ on PostgreSQL before 0013: the migration counts its records. Sealing it (every
    document rewritten as an envelope, hq/team/sealing.py) takes every plain row away: no
    vocabulary value stays in plaintext beside the sealed documents; the keyed rows replace them."""
    import secrets

    from fielddoc.hq.team.sealing import facet_key, seal_all
    from fielddoc.records import facet_keys
    from fielddoc.store import migrate, sealing

    cleanups: list = []
    hq = _hq(tmp_path, "postgres", cleanups)
    try:
        rec = Records(hq)
        import_dataset(rec, json.loads(ACCEPTANCE.read_text("utf-8")))
        _churn(rec, random.Random(130), "old", 60, purge=False)
        with hq.engine.begin() as conn:
            _back_to_0012(conn)
        with hq.engine.begin() as conn:
            migrate.upgrade(conn)
        _check(hq)
        with hq.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM stat_facets").scalar() > 0
        k = secrets.token_bytes(32)
        with hq.engine.begin() as conn:
            seal_all(conn, sealing.Sealer.of(k, 1))
        with hq.engine.connect() as conn:  # the plain rows went with the plain documents
            plain = conn.exec_driver_sql("SELECT count(*) FROM stat_facets WHERE facet <> 'kind'").scalar()
        assert plain == 0
        sealing.register(hq.engine, sealing.Sealer.of(k, 1))  # as use() does (this HQ has no team)
        facet_keys.set_key(hq.engine, facet_key(k))
        with hq.engine.begin() as conn:
            facet_keys.rebuild(conn)  # as hq/team/sealing.activate does after seal_all
        _check(hq)  # sealed: keyed rows, the documents' figures
    finally:
        for fn in cleanups:
            fn()
