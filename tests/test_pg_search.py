"""HQ on PostgreSQL searches an index of the records' values, with the vault's tokenizer (migration 0010).

The same queries run against a SQLCipher vault and a PostgreSQL HQ holding the
same records must find the same records (docs/search.md). PostgreSQL tests use
the server named by FIELDDOC_TEST_PG_URL (skipped without it).
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from fielddoc.hq.store import open_hq
from fielddoc.records import query, token_index
from fielddoc.records.interchange import import_dataset
from fielddoc.records.search.keys import SHORT_MAX, index_keys, token_key
from fielddoc.records.service import Records
from tests.helpers.rewind import before_0013
from tests.test_bundle_support import NO_PG, PASSPHRASE, PG_URL, make_hq

pytestmark = pytest.mark.skipif(not PG_URL, reason=NO_PG)


def _ids(store: Any, typed: str, **kw: Any) -> set[str]:
    flt = query.Filter(text=typed, **kw)
    return {r["id"] for r in query.list_records(store, flt, limit=5000)}


def _hearing(rec: Records) -> str:
    case = rec.create("case", {"title": "Дело нефтяников", "status": "open"})
    events = [{"type": "incident", "summary": "Заявили ходатайство"}]
    return rec.create("hearing", {"case_id": case, "date": "2012-03-28", "status": "held",
                                  "procedural_events": events})


def test_field_names_of_the_document_find_nothing(pg_hq) -> None:
    """ "status", "narrative" or "case" are JSON keys of every hearing, not words anyone wrote."""
    rec = Records(pg_hq)
    h = _hearing(rec)
    for typed in ("status", "narrative", "case_id", "procedural", "summary", "date"):
        assert _ids(pg_hq, typed) == set(), typed
        assert query.count(pg_hq, query.Filter(text=typed)) == 0, typed
    assert _ids(pg_hq, "ходатайство") == {h}
    assert _ids(pg_hq, "нефтяник", kind="hearing") == {h}  # the case's title, linked


def test_tokens_are_hmacs_when_a_search_key_is_given(pg_hq) -> None:
    key = bytes(range(32))
    token_index.set_key(pg_hq.engine, key)
    try:
        rec = Records(pg_hq)
        p = rec.create("person", {"name": "Роза Тулетаева", "counting_unit": "individual"})
        with pg_hq.engine.connect() as conn:
            stored = [set(r[0]) for r in conn.execute(text("SELECT tokens FROM search_tokens"))]
        assert stored and all(len(t) == 32 and int(t, 16) >= 0 for s in stored for t in s)
        assert not any("туле" in t or "wтуле" in t for s in stored for t in s)
        assert token_key("wтул", key) in stored[0]  # a short prefix: in the row
        with pg_hq.engine.connect() as conn:  # a longer one: in the vocabulary, keyed too
            vocab = conn.execute(text("SELECT prefix, token FROM search_prefixes")).all()
        assert vocab and all(len(p) == 32 and len(t) == 32 for p, t in vocab)
        assert {t for p, t in vocab if p == token_key("wтуле", key)} <= stored[0]
        assert any(p == token_key("wтуле", key) for p, _ in vocab)
        assert _ids(pg_hq, "Тулетаевой") == {p}
        assert _ids(pg_hq, "Tuletaeva") == {p}
    finally:
        token_index.set_key(pg_hq.engine, None)
    assert _ids(pg_hq, "Тулетаевой") == set()  # the index was written keyed: plain tokens miss


def test_unkeyed_tokens_are_the_tokens() -> None:
    vocab: set[tuple[str, str]] = set()
    keys = index_keys("Жалоба о давлении", kind="incident", vocabulary=vocab)
    assert "wдавлении" in keys and "wдав" in keys and "kincident" in keys
    assert ("wдавлени", "wдавлении") in vocab and ("wдавл", "wдавлении") in vocab
    assert index_keys("Жалоба", kind="incident", key=b"k" * 32) != keys


def test_a_row_holds_its_words_and_their_short_prefixes_only() -> None:
    """The longer prefixes live once in the vocabulary, not in every record's row (import speed)."""
    text = ("Судебное заседание по делу нефтяников Жанаозена отложено: свидетели обвинения "
            "не явились, защита заявила ходатайство о вызове экспертов и журналистов ") * 3
    vocab: set[tuple[str, str]] = set()
    keys = index_keys(text, kind="hearing", vocabulary=vocab)
    whole = {t for _, t in vocab}
    assert all(len(k) <= 1 + SHORT_MAX or k in whole or k.startswith("k") or not any(
        w.startswith(k) and w != k for w in whole) for k in keys)
    assert not {p for p, _ in vocab} & set(keys) - whole  # no long prefix of a longer word in the row
    assert len(keys) < 120  # every prefix of every word: ~220
    assert ("wзаседа", "wзаседание") in vocab or ("wзаседа", "wзаседани") in vocab


def test_a_purge_takes_the_words_only_it_held_out_of_the_vocabulary(pg_hq) -> None:
    rec = Records(pg_hq)
    gone = rec.create("incident", {"title": "Эксгумация", "description": "Эксгумация тела и давление"})
    rec.create("incident", {"title": "Другое", "description": "Давление на свидетелей"})

    def vocabulary(word: str) -> int:
        with pg_hq.engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM search_prefixes WHERE token = :t"),
                                    {"t": token_key(word, token_index.key_of(pg_hq.engine))}).scalar_one())

    assert vocabulary("wэксгумация") > 0 and vocabulary("wдавление") > 0
    rec.purge(gone)
    assert vocabulary("wэксгумация") == 0  # no trace of the purged record's own words
    assert vocabulary("wдавление") > 0  # another record holds it
    assert _ids(pg_hq, "давлен") != set() and _ids(pg_hq, "эксгум") == set()


def _parity_pair(tmp_path, vault, acceptance) -> tuple[Records, Records]:
    field, hq = Records(vault), None
    cleanups: list = []
    store = make_hq(tmp_path / "hq", "postgres", cleanups)
    hq = Records(store)
    for rec in (field, hq):
        import_dataset(rec, acceptance)
        a = rec.create("incident", {"id": "inc-a", "title": "Жалоба",
                                    "description": "На задержанных оказывалось давление. Status quo."})
        rec.create("incident", {"id": "inc-b", "title": "Другое",
                                "description": "Сообщили о давлении в Aqtau."})
        rec.create("incident", {"id": "inc-c", "title": "Сот", "description": "Іс соттың шешімімен жабылды."})
        rec.create("incident", {"id": "inc-d", "title": "Шағым",
                                "description": "Шағым сотқа берілді, Жаңаөзен."})
        p = rec.create("person", {"id": "per-rt", "name": "Роза Тулетаева", "counting_unit": "individual"})
        rec.create("hearing", {"id": "hrg-rt", "case_id": "case-kozlov", "date": "2012-08-16",
                               "defendants": [{"person_id": p}]})
        doc = rec.get(a)  # an edit
        doc["description"] = "Давление на свидетелей и вымогательство. Status quo."
        rec.update(a, doc)
        doc = rec.get(p)  # a rename: the hearing that links to her follows
        doc["name"] = "Роза Тулетаева-Ахметова"
        rec.update(p, doc)
        rec.delete("inc-b")
        rec.purge("inc-d")
    return field, hq


QUERIES = [
    "давление", "давлении", "Давлениях", "вымогательство", "соттың", "сотқа", "шешімін",
    "Актау", "Aktau", "Aqtau", "Zhanaozen", "Жаңаөзен", "Kozlov", "kozl", "Козлов",
    "Тулетаевой", "Tuletaeva", "Ахметова", "Тулетаева нефтяник", "Kozlov Aktau", "status", "case",
    "narrative", "held", "ko", "Алма", "2012", "суд", "oil", "Жанаозен",
]


def test_the_same_query_finds_the_same_records_on_sqlcipher_and_postgresql(tmp_path, vault,
                                                                           acceptance) -> None:
    field, hq = _parity_pair(tmp_path, vault, acceptance)
    try:
        found_any = 0
        for typed in QUERIES:
            for kind in (None, "hearing", "person"):
                a, b = _ids(field.store, typed, kind=kind), _ids(hq.store, typed, kind=kind)
                assert a == b, (typed, kind, sorted(a ^ b))
                assert query.count(field.store, query.Filter(text=typed, kind=kind)) == len(b), (typed, kind)
                assert query.count(hq.store, query.Filter(text=typed, kind=kind)) == len(b), (typed, kind)
                found_any += bool(a)
            assert _ids(field.store, typed, lang="kk") == _ids(hq.store, typed, lang="kk"), typed
        assert found_any > 40  # the queries do find things
        assert _ids(hq.store, "status") == {"inc-a"}  # the word written, never the field name
        assert "hrg-rt" in _ids(hq.store, "Ахметова")  # renamed: the linking hearing follows
        assert _ids(hq.store, "Тулетаевой", kind="hearing") == {"hrg-rt"}
        assert not _ids(hq.store, "Сообщили") and not _ids(hq.store, "берілді")  # deleted, purged
    finally:
        hq.store.lock()


def test_an_hq_upgraded_to_0010_gets_its_index(tmp_path, pg_hq) -> None:
    rec = Records(pg_hq)
    h = _hearing(rec)
    with pg_hq.engine.begin() as conn:  # as it was at 0009: no token index, no partial indexes
        conn.execute(text("DROP TABLE search_tokens"))
        conn.execute(text("DROP TABLE search_prefixes"))  # 0011
        before_0013(conn)
        names = conn.execute(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'ix_records_pg_%'"))
        for (name,) in names.all():
            conn.execute(text(f"DROP INDEX {name}"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0009'"))
    pg_hq.lock()
    again = open_hq(tmp_path / "hq", PASSPHRASE)
    try:
        assert _ids(again, "ходатайства") == {h}
        assert _ids(again, "status") == set()
    finally:
        again.lock()


def test_bundles_imported_at_hq_are_found_as_in_the_field_vault(tmp_path, acceptance) -> None:
    """Staging (new records), the merge (changed ones) and refresh of linking rows, on PostgreSQL."""
    from fielddoc.bundle.writer import export_bundle
    from fielddoc.hq.importer import import_bundle
    from tests.test_bundle_support import link, make_field

    field = make_field(tmp_path / "field", "monitor-a")
    cleanups: list = []
    hq = make_hq(tmp_path / "hq", "postgres", cleanups)
    try:
        rec = Records(field)
        import_dataset(rec, acceptance)
        p = rec.create("person", {"id": "per-rt", "name": "Роза Тулетаева", "counting_unit": "individual"})
        rec.create("hearing", {"id": "hrg-rt", "case_id": "case-kozlov", "date": "2012-08-16",
                               "defendants": [{"person_id": p}]})
        link(field, hq)
        out = tmp_path / "out"
        out.mkdir()

        def send_and_compare() -> None:
            res = export_bundle(field, out)
            assert res is not None
            import_bundle(hq, res.path)
            for typed in QUERIES:
                assert _ids(field, typed) == _ids(hq, typed), typed

        send_and_compare()
        doc = rec.get(p)
        doc["name"] = "Роза Ахметова"
        rec.update(p, doc)
        rec.delete("per-kozlov")
        send_and_compare()
        assert _ids(hq, "Ахметова", kind="hearing") == {"hrg-rt"}
        assert _ids(hq, "Тулетаева", kind="hearing") == set()
    finally:
        field.lock()
        for fn in cleanups:
            fn()


def test_token_arrays_reach_postgresql_intact(pg_hq) -> None:
    """Tokens go to PostgreSQL as array literals (COPY): every element quoted, so the word "null"
    stays a word, and a quote or backslash stays itself."""
    values = ["null", "NULL", 'a"b', "c\\d", "e,f", "{g}", "h i", "ж"]
    with pg_hq.engine.connect() as conn:
        literal = token_index.array_literal(values)
        back = conn.execute(text("SELECT CAST(:v AS text[])"), {"v": literal}).scalar()
    assert back == values
    rec = Records(pg_hq)
    i = rec.create("incident", {"title": "Null", "description": "null and void"})
    assert _ids(pg_hq, "null") == {i} and _ids(pg_hq, "void") == {i}
