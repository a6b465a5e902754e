"""Issue 14 (h-hqimport): the HQ import writes the token index the server parses least.

The keys of ``search_tokens`` go to PostgreSQL in COPY's binary format (records/token_index.py
``binary_row``), not as array literals the server parses, and migration 0018 stores the arrays
uncompressed (hex HMACs do not compress; pglz cost the server half of a bare COPY). The values
stored must stay exactly those of the text COPY. Needs FIELDDOC_TEST_PG_URL.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from fielddoc.bundle.writer import export_bundle
from fielddoc.hq.importer import import_bundle
from fielddoc.records import token_index
from fielddoc.records.search.keys import token_key
from fielddoc.records.service import Records
from tests.test_bundle_support import NO_PG, PG_URL, link, make_field

pytestmark = pytest.mark.skipif(not PG_URL, reason=NO_PG)

ODD = ["null", "NULL", 'a"b', "c\\d", "e,f", "{g}", "h i", "ж", "wқазақ", "ǅ", ""]


def _text_literal(values: list[str]) -> str:
    """The array literal the text COPY sent before (every element quoted and escaped)."""
    return "{" + ",".join('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values) + "}"


def test_a_binary_row_is_what_postgresql_itself_sends_for_the_array(pg_hq) -> None:
    keyed = [token_key(f"w{w}", bytes(range(32))) for w in ("суд", "court", "ж")]
    with pg_hq.engine.connect() as conn:
        for values, is_keyed in ((ODD, False), (keyed, True), (keyed, False), ([], False), ([], True)):
            row = token_index.binary_row(7, values, is_keyed)
            sent = conn.execute(text("SELECT array_send(CAST(:v AS text[]))"),
                                {"v": _text_literal(values)}).scalar_one()
            # int16 2 fields; int32 8 + the bigint; int32 length + the array as array_send makes it
            assert row[:18] == b"\x00\x02" + b"\x00\x00\x00\x08" + (7).to_bytes(8, "big") \
                + len(sent).to_bytes(4, "big"), values
            assert row[18:] == bytes(sent), values


def test_binary_rows_reach_postgresql_intact(pg_hq) -> None:
    rows = [(1, ODD), (2, []), (3, [token_key("wсуд", b"k" * 32), token_key("tsud", b"k" * 32)])]
    with pg_hq.engine.connect() as conn:
        conn.exec_driver_sql("CREATE TEMP TABLE t (docid BIGINT, tokens TEXT[])")
        raw = conn.connection.driver_connection
        with raw.cursor() as cur, cur.copy("COPY t (docid, tokens) FROM STDIN (FORMAT BINARY)") as copy:
            copy.write(token_index.COPY_SIGNATURE)
            for d, values in rows:
                copy.write(token_index.binary_row(d, values, d == 3))
            copy.write(token_index.COPY_TRAILER)
        back = [(d, list(t)) for d, t in conn.exec_driver_sql("SELECT docid, tokens FROM t ORDER BY docid")]
    assert back == [(d, list(v)) for d, v in rows]


def test_an_import_stores_the_rows_the_text_copy_stored(tmp_path, pg_hq, monkeypatch) -> None:
    """The sealed team HQ's keyed rows, as a spy saw them go out, equal the same arrays sent as text."""
    field = make_field(tmp_path / "field", "monitor-a")
    try:
        rec = Records(field)
        case = rec.create("case", {"title": "Дело нефтяников «Жанаозен»", "status": "open"})
        for i in range(30):
            rec.create("hearing", {"case_id": case, "date": f"2012-03-{i % 28 + 1:02d}", "status": "held",
                                   "procedural_events": [{"type": "incident", "summary": f"Ходатайство {i} null"}]})
        rec.create("person", {"name": 'Роза "Тулетаева" O\'Neil', "counting_unit": "individual"})
        link(field, pg_hq)
        (tmp_path / "out").mkdir()
        res = export_bundle(field, tmp_path / "out")
        assert res is not None
    finally:
        field.lock()
    sent: list[tuple[int, list[str]]] = []
    real = token_index.binary_row

    def spy(docid, keys, keyed=False):
        sent.append((docid, list(keys)))
        return real(docid, keys, keyed)

    monkeypatch.setattr(token_index, "binary_row", spy)
    assert import_bundle(pg_hq, res.path).new_records == 32
    assert len(sent) == 32 and all(len(k) == 32 for _, keys in sent for k in keys)  # keyed: sealed HQ
    with pg_hq.engine.connect() as conn:
        conn.exec_driver_sql("CREATE TEMP TABLE t (docid BIGINT, tokens TEXT[])")
        for d, keys in sent:
            conn.execute(text("INSERT INTO t VALUES (:d, CAST(:v AS text[]))"), {"d": d, "v": _text_literal(keys)})
        differ = conn.exec_driver_sql(
            "SELECT count(*) FROM t FULL JOIN search_tokens s USING (docid) "
            "WHERE t.tokens IS DISTINCT FROM s.tokens").scalar_one()
    assert differ == 0


def test_token_arrays_are_stored_uncompressed(pg_hq) -> None:
    with pg_hq.engine.connect() as conn:
        storage = conn.exec_driver_sql(
            "SELECT attstorage FROM pg_attribute WHERE attrelid = 'search_tokens'::regclass "
            "AND attname = 'tokens'").scalar_one()
    assert storage == "e"  # EXTERNAL: out of line, never compressed (migration 0018)
