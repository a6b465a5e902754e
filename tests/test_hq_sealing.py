"""Issue 15 §2: a team HQ's record text is sealed in PostgreSQL (docs/spec/hq-sealing.md).

A dump of every table of a team HQ holding the acceptance data set and an imported bundle
contains none of the records' words (Latin and Cyrillic) and none of their plain search tokens;
an envelope moved to another row, a planted plaintext value and a flipped byte are each refused
with a clean message naming the record; an HQ made before sealing is sealed on the first open;
after a member's removal nothing in the database opens with the old K. Needs FIELDDOC_TEST_PG_URL.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from fielddoc.bundle.writer import export_bundle
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.errors import SealedValueRefused, SealedWithoutKey
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.store import init_hq, open_hq
from fielddoc.hq.team import sealing as team_sealing
from fielddoc.hq.team.errors import KeysChanged, SealedElsewhere
from fielddoc.hq.team.invite import invite, join_hq
from fielddoc.hq.team.members import remove
from fielddoc.records import query
from fielddoc.records.interchange import import_dataset
from fielddoc.records.search.keys import index_keys
from fielddoc.records.service import Records
from fielddoc.store.schema import records
from fielddoc.store.sealing import SEALED_COLUMNS, Sealer
from tests.test_bundle_support import ACCEPTANCE, NO_PG, PASSPHRASE, PG_URL, link, make_field, new_pg_database

pytestmark = pytest.mark.postgres

#: Distinctive record text of the acceptance data set (none of it is in a record id).
WORDS = ("Roza Tuletayeva", "Владимир Козлов", "11471803100615", "mass riots", "strike",
         "Written from public reporting")  # the last: the data set's "meta" note (a setting)
FIELD_WORD = "Qwertyzabrik Сыпдыкбаевой"  # a monitor's record, arriving in a bundle


@pytest.fixture
def pg():
    if not PG_URL:
        pytest.skip(NO_PG)
    url, drop = new_pg_database()
    yield url
    drop()


@pytest.fixture
def opened():
    stores: list = []
    yield stores
    for s in stores:
        s.lock()


def _tables(url: str) -> list[str]:
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            return [r[0] for r in conn.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"))]
    finally:
        eng.dispose()


def dump(url: str) -> str:
    """Every row of every table as text (and pg_dump's output when it is on PATH)."""
    eng = create_engine(url)
    out: list[str] = []
    try:
        with eng.connect() as conn:
            for t in _tables(url):
                out.extend(str(r[0]) for r in conn.execute(text(f'SELECT t::text FROM "{t}" t')))
    finally:
        eng.dispose()
    if shutil.which("pg_dump"):
        libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        done = subprocess.run(["pg_dump", "--data-only", libpq], capture_output=True, timeout=120,
                              env={**os.environ, "PGCONNECT_TIMEOUT": "10"})
        if done.returncode == 0:
            out.append(done.stdout.decode("utf-8"))
    return "\n".join(out)


def _acceptance() -> dict:
    return json.loads(Path(ACCEPTANCE).read_text("utf-8"))


def _plain_tokens() -> set[str]:
    """Plain tokens of distinctive words, as the unkeyed index would hold them."""
    return set(index_keys("Roza Козлов Qwertyzabrik", [], [], None, None, {}, set()))


def _bundle(tmp_path: Path, hq) -> str:
    f = make_field(tmp_path / "field", "monitor-a")
    try:
        rid = Records(f).create("person", {"name": FIELD_WORD, "counting_unit": "individual"})
        link(f, hq)
        (tmp_path / "out").mkdir()
        res = export_bundle(f, tmp_path / "out")
        assert res is not None
        import_bundle(hq, res.path)
        return rid
    finally:
        f.lock()


def _assert_no_record_text(url: str) -> None:
    whole = dump(url).lower()
    for w in (*WORDS, FIELD_WORD, *FIELD_WORD.split()):
        assert w.lower() not in whole, w
    tokens = _plain_tokens()
    assert tokens
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            stored = {t for (ts,) in conn.execute(text("SELECT tokens FROM search_tokens")) for t in ts}
            stored |= {p for r in conn.execute(text("SELECT prefix, token FROM search_prefixes")) for p in r}
    finally:
        eng.dispose()
    assert stored and not (stored & tokens)


def test_a_dump_of_a_team_hq_holds_no_record_text(tmp_path, pg, opened):
    hq = init_hq(tmp_path / "hq", PASSPHRASE, params=TEST_PARAMS, db_url=pg, author="Aigul")
    opened.append(hq)
    import_dataset(Records(hq), _acceptance())
    rid = _bundle(tmp_path, hq)
    rec = Records(hq)
    rec.save_form_draft("d1", "person", {"name": "Черновик Тулетаевой"})
    _assert_no_record_text(pg)
    assert "Черновик" not in dump(pg)
    # and FieldDoc reads it all as before
    assert rec.get(rid)["name"] == FIELD_WORD
    assert rec.get("per-kozlov")["name"] == "Vladimir Kozlov"
    assert [h["id"] for h in query.search(hq, "Козлов")] and rid in {
        h["id"] for h in query.search(hq, "Qwertyzabrik")}
    assert len(rec.history("case-zhanaozen-37")) >= 1
    assert rec.form_drafts()[0]["doc"]["name"] == "Черновик Тулетаевой"


def _raw(url: str):
    return create_engine(url)


def test_tampered_values_are_refused_cleanly(tmp_path, pg, opened):
    hq = init_hq(tmp_path / "hq", PASSPHRASE, params=TEST_PARAMS, db_url=pg)
    opened.append(hq)
    rec = Records(hq)
    a = rec.create("person", {"name": "Aida", "counting_unit": "individual"})
    b = rec.create("person", {"name": "Bolat", "counting_unit": "individual"})
    eng = _raw(pg)
    try:
        with eng.begin() as conn:  # the server's holder swaps two records' documents
            da = conn.execute(text("SELECT doc FROM records WHERE id = :i"), {"i": a}).scalar_one()
            db = conn.execute(text("SELECT doc FROM records WHERE id = :i"), {"i": b}).scalar_one()
            conn.execute(text("UPDATE records SET doc = :d WHERE id = :i"),
                         [{"d": db, "i": a}, {"d": da, "i": b}])
        for rid in (a, b):
            with pytest.raises(SealedValueRefused) as refused:
                rec.get(rid)
            assert rid in str(refused.value) and "Traceback" not in str(refused.value)
        with eng.begin() as conn:  # plants a plaintext document
            conn.execute(text("UPDATE records SET doc = :d WHERE id = :i"),
                         {"d": json.dumps({"id": a, "name": "Planted", "counting_unit": "individual"}),
                          "i": a})
        with pytest.raises(SealedValueRefused, match=a):
            rec.get(a)
        with eng.begin() as conn:  # flips a byte of the right envelope
            flipped = db[:20] + ("A" if db[20] != "A" else "B") + db[21:]
            conn.execute(text("UPDATE records SET doc = :d WHERE id = :i"), {"d": flipped, "i": b})
        with pytest.raises(SealedValueRefused, match=b):
            rec.get(b)
        with eng.begin() as conn:  # a title moved to the document column of the same row
            t = conn.execute(text("SELECT title FROM records WHERE id = :i"), {"i": b}).scalar_one()
            conn.execute(text("UPDATE records SET doc = :d WHERE id = :i"), {"d": t, "i": b})
        with pytest.raises(SealedValueRefused, match=b):
            rec.get(b)
        with eng.begin() as conn:  # a revision's snapshot moved to another record's revision
            ra = conn.execute(text("SELECT doc FROM revisions WHERE record_id = :i"), {"i": a}).scalar_one()
            conn.execute(text("UPDATE revisions SET doc = :d WHERE record_id = :i"), {"d": ra, "i": b})
        with pytest.raises(SealedValueRefused, match=b):
            rec.history(b)
        # a revision's snapshot moved to another revision of the SAME record (its id matches):
        # bound to the revision by the row's hash (docs/spec/hq-sealing.md, row binding)
        c = rec.create("person", {"name": "Chingiz", "counting_unit": "individual"})
        rec.update(c, {"id": c, "name": "Chingiz B.", "counting_unit": "individual"}, expected_revision=1)
        with eng.begin() as conn:
            first = conn.execute(text("SELECT doc FROM revisions WHERE record_id = :i AND revision = 1"),
                                 {"i": c}).scalar_one()
            conn.execute(text("UPDATE revisions SET doc = :d WHERE record_id = :i AND revision = 2"),
                         {"d": first, "i": c})
        with pytest.raises(SealedValueRefused, match=c):
            rec.history(c)
        # a session without HQ's key (one opened before another member sealed the HQ)
        with eng.connect() as conn, pytest.raises(SealedWithoutKey):
            conn.execute(select(records.c.title).where(records.c.id == a)).all()
    finally:
        eng.dispose()


def test_an_hq_made_before_sealing_is_sealed_on_first_open(tmp_path, pg, monkeypatch):
    real = team_sealing.activate
    monkeypatch.setattr(team_sealing, "activate", lambda hq, session: None)  # what 7b2a634 did
    hq = init_hq(tmp_path / "hq", PASSPHRASE, params=TEST_PARAMS, db_url=pg)
    import_dataset(Records(hq), _acceptance())
    rid = _bundle(tmp_path, hq)
    hq.lock()
    assert "Roza Tuletayeva" in dump(pg)  # plaintext, as before this change
    monkeypatch.setattr(team_sealing, "activate", real)
    again = open_hq(tmp_path / "hq", PASSPHRASE)
    try:
        _assert_no_record_text(pg)
        assert Records(again).get(rid)["name"] == FIELD_WORD
        assert {h["id"] for h in query.search(again, "Qwertyzabrik")} == {rid}
    finally:
        again.lock()
    # the database forgets it was sealed: the member's vault remembers and refuses it
    eng = _raw(pg)
    try:
        with eng.begin() as conn:
            conn.execute(text("DELETE FROM settings WHERE key = 'hq_sealed'"))
    finally:
        eng.dispose()
    with pytest.raises(SealedElsewhere):
        open_hq(tmp_path / "hq", PASSPHRASE)


def test_after_a_removal_the_old_key_opens_nothing(tmp_path, pg, opened):
    admin = init_hq(tmp_path / "vault-admin", PASSPHRASE, params=TEST_PARAMS, db_url=pg)
    opened.append(admin)
    import_dataset(Records(admin), _acceptance())
    inv = invite(admin, "Dana", "analyst")
    (tmp_path / "dana.inv").write_text(inv.invitation.to_json())
    dana = join_hq(tmp_path / "vault-dana", PASSPHRASE, tmp_path / "dana.inv", pg, params=TEST_PARAMS)
    old_k, old_gen = dana.team.key, dana.team.generation
    dana.lock()
    inv = invite(admin, "Erlan", "analyst")
    (tmp_path / "erlan.inv").write_text(inv.invitation.to_json())
    erlan = join_hq(tmp_path / "vault-erlan", PASSPHRASE, tmp_path / "erlan.inv", pg, params=TEST_PARAMS)
    opened.append(erlan)  # stays open across the removal: its session still holds the old K
    old = Sealer.of(old_k, old_gen)
    old_tokens = _plain_tokens_keyed(old_k)
    with admin.engine.begin() as conn:
        removal = remove(conn, admin.team, "Dana")
    assert removal.reseal_seconds is not None
    with pytest.raises(KeysChanged):  # nothing is sealed under the old K after the removal
        Records(erlan).create("person", {"name": "Stale key", "counting_unit": "individual"})
    rid = Records(admin).create("person", {"name": "Written after", "counting_unit": "individual"})
    eng = _raw(pg)
    try:
        with eng.connect() as conn:
            for table, column in SEALED_COLUMNS:
                values = [r[0] for r in conn.execute(text(f"SELECT {column} FROM {table}"))]
                for v in values:
                    assert not old.is_envelope(table, column, v), (table, column)
            stored = {t for (ts,) in conn.execute(text("SELECT tokens FROM search_tokens")) for t in ts}
    finally:
        eng.dispose()
    assert stored and not (stored & old_tokens)
    assert Records(admin).get(rid)["name"] == "Written after"
    assert Records(admin).get("per-kozlov")["name"] == "Vladimir Kozlov"
    assert query.search(admin, "Козлов")


def _plain_tokens_keyed(k: bytes) -> set[str]:
    return set(index_keys("Tuletayeva Козлов Kozlov", [], [], None, team_sealing.search_key(k), {}, set()))


def _programme(rec: Records) -> None:
    """Case fields of issue 12 on two cases, and titles that sort apart (Cyrillic, case, ties)."""
    from tests.test_case_programme import ACTIVE, PENDING

    for rid, extra in (("case-zhanaozen-37", {"tags": ["zhanaozen", "mass trial"],
                                              "monitoring_status": ACTIVE, "priority": "high",
                                              "selection_criteria": ["mass_trial"]}),
                       ("case-kozlov", {"tags": ["zhanaozen"], "monitoring_status": PENDING,
                                        "priority": "medium",
                                        "selection_criteria": ["political_opposition"]})):
        rec.update(rid, {**rec.get(rid), **extra})
    for name in ("Ärzte", "ärzte", "Жанар", "жанар", "Zed", "Zed", "Ёлка"):
        rec.create("person", {"name": name, "counting_unit": "individual"})


def test_title_order_and_case_filters_are_the_vaults(tmp_path, pg, opened, loaded, monkeypatch):
    """A sealed HQ lists by title and filters cases by their fields as the SQLCipher vault does."""
    hq = init_hq(tmp_path / "hq", PASSPHRASE, params=TEST_PARAMS, db_url=pg)
    opened.append(hq)
    import_dataset(Records(hq), _acceptance())
    for r in (loaded, Records(hq)):
        _programme(r)
    vault = loaded.store
    # the new persons' ids differ between the stores: compare titles, and ids for the rest
    for desc in (False, True):
        for flt in (query.Filter(), query.Filter(kind="person"), query.Filter(text="Kozlov")):
            want = [(r["title"], r["kind"])
                    for r in query.list_records(vault, flt, sort="title", descending=desc, limit=5000)]
            got = [(r["title"], r["kind"])
                   for r in query.list_records(hq, flt, sort="title", descending=desc, limit=5000)]
            assert got == want, (flt, desc)
            page = query.list_records(hq, flt, sort="title", descending=desc, offset=3, limit=4)
            assert [(r["title"], r["kind"]) for r in page] == want[3:7]
    for flt in (query.Filter(tag="zhanaozen"), query.Filter(priority="high"),
                query.Filter(selection_criterion="political_opposition"),
                query.Filter(offence_family="mass_riots"),
                query.Filter(offence_family="unsanctioned_assembly"),
                query.Filter(kind="case", tag="mass trial", priority="high")):
        want_ids = {r["id"] for r in query.list_records(vault, flt, limit=5000)}
        assert want_ids, flt
        assert {r["id"] for r in query.list_records(hq, flt, limit=5000)} == want_ids, flt
        assert query.count(hq, flt) == len(want_ids)
    # a title changed by another connection is seen at the next page
    Records(hq).update("per-kozlov", {**Records(hq).get("per-kozlov"), "name": "A first"})
    assert query.list_records(hq, query.Filter(kind="person"), sort="title", limit=1)[0]["id"] == "per-kozlov"
    for desc in (False, True):  # the kept order, patched with the renamed record, is the vault's order
        Records(loaded.store).update("per-kozlov", {**loaded.get("per-kozlov"), "name": "A first"})
        want = [r["title"] for r in query.list_records(vault, query.Filter(), sort="title", descending=desc,
                                                       limit=5000)]
        got = [r["title"] for r in query.list_records(hq, query.Filter(), sort="title", descending=desc,
                                                      limit=5000)]
        assert got == want
    Records(hq).delete("per-kozlov")
    assert "per-kozlov" not in {r["id"] for r in query.list_records(hq, query.Filter(), sort="title",
                                                                     limit=5000)}
    dup = query.likely_duplicates(hq, "person", "Zed")
    assert len(dup) == 2
    # the first build of a large index reads every title in one pass: the same order
    from fielddoc.records import title_order

    monkeypatch.setattr(title_order, "_WHOLE", 0)
    title_order._INDEXES.clear()
    first = query.list_records(hq, query.Filter(kind="person"), sort="title", limit=5000)
    assert [r["title"] for r in first] == sorted(r["title"] for r in first)
    assert first[0]["title"] == "A. Plugov"
