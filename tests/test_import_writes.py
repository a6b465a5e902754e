"""How the bulk imports write (issue 14): through the tables' column types, without needless
statements, with a larger SQLite page cache for the import only."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import Text, event
from sqlalchemy.types import TypeDecorator

from fielddoc.hq.importer import import_bundle
from fielddoc.records import interchange
from fielddoc.records.service import Records
from fielddoc.store.schema import records, revisions
from tests.test_bundle_support import (
    PG_URL,
    field,  # noqa: F401 - fixture
    link,
    make_hq,
)

MARK = "sealed:"


class Marked(TypeDecorator[str]):
    """Stands for a sealing column type (record text encrypted by its column type on PostgreSQL
    only): the value stored is what the type made of it, and the type reads it back."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return value if value is None or dialect.name != "postgresql" else MARK + value

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        if value is None or dialect.name != "postgresql":
            return value
        assert value.startswith(MARK), "a value was written around its column type"
        return value[len(MARK):]


@pytest.fixture
def marked(monkeypatch):
    for col in (records.c.doc, records.c.title, revisions.c.doc):
        monkeypatch.setattr(col, "type", Marked())


def _raw(hq: Any, sql: str) -> list[Any]:
    with hq.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql(sql)]


@pytest.mark.parametrize("how", ["copy", "executemany"])
def test_pg_hq_import_writes_every_text_through_its_column_type(tmp_path, field, acceptance, marked,  # noqa: F811
                                                                monkeypatch, how):
    """A column type that seals the record text (on PostgreSQL) applies to every row the HQ import
    writes, by COPY or by statement: none is written around it (a COPY of the values as they
    are would skip it)."""
    if not PG_URL:
        pytest.skip("FIELDDOC_TEST_PG_URL is not set")
    from fielddoc.hq import staging

    monkeypatch.setattr(staging, "PG_WRITE", how, raising=False)
    cleanups: list = []
    hq = make_hq(tmp_path / "hq", "postgres", cleanups)
    try:
        interchange.import_dataset(Records(field), acceptance)
        link(field, hq)
        (tmp_path / "out").mkdir()
        from fielddoc.bundle.writer import export_bundle

        res = export_bundle(field, tmp_path / "out")
        assert res is not None
        result = import_bundle(hq, res.path)
        assert result.new_records == 104
        for sql in ("SELECT doc FROM revisions", "SELECT doc FROM records", "SELECT title FROM records"):
            values = _raw(hq, sql)
            assert len(values) == 104
            assert all(v.startswith(MARK) for v in values), sql
        # and HQ reads them back through the type
        got = interchange.export_dataset(Records(hq))
        want = interchange.export_dataset(Records(field), exclude_device_only=True, strip_contact=True)
        assert got == want
    finally:
        for fn in cleanups:
            fn()


def _statements(engine: Any) -> list[str]:
    seen: list[str] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _log(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        seen.append(statement)

    return seen


def test_import_of_new_records_deletes_no_links(tmp_path, vault, rec, acceptance):
    """The records an import adds have no ``links`` rows yet: none is deleted for them."""
    seen = _statements(vault.engine)
    interchange.import_dataset(rec, acceptance)
    assert sum(1 for s in seen if s.lstrip().upper().startswith("INSERT INTO LINKS")) >= 1
    assert not [s for s in seen if s.lstrip().upper().startswith("DELETE FROM LINKS")]


def test_json_import_raises_the_sqlite_page_cache_then_restores_it(tmp_path, vault, rec, acceptance,
                                                                   monkeypatch):
    """An import runs with a larger page cache (the index pages of a large import stay in memory),
    and the connection goes back to the usual one after, whatever happened."""
    from fielddoc.records import interchange_stream

    def cache(conn: Any) -> int:
        return int(conn.exec_driver_sql("PRAGMA cache_size").scalar())

    with vault.engine.connect() as conn:
        usual = cache(conn)
    during: list[int] = []
    real = interchange.BatchWriter.finish

    def finish(self: Any, meta: Any) -> None:
        during.append(cache(self.conn))
        real(self, meta)

    monkeypatch.setattr(interchange.BatchWriter, "finish", finish)
    path = tmp_path / "in.json"
    path.write_text(json.dumps(acceptance, ensure_ascii=False), "utf-8")
    interchange_stream.import_file(rec, path)
    interchange.import_dataset(Records(vault), {"persons": [{"id": "per-cache", "name": "Cache"}]})
    assert len(during) == 2
    assert all(v < usual < 0 for v in during), (during, usual)  # negative sizes are KiB: more cache
    with vault.engine.connect() as conn:
        assert cache(conn) == usual


def _persons(n: int) -> str:
    docs = [{"id": f"per-{i:05d}", "name": f"Person {i}", "notes": f"word{i} " * 40} for i in range(n)]
    return json.dumps({"persons": docs})


def test_streamed_import_writes_the_index_in_few_sorted_passes(tmp_path, rec, monkeypatch):
    """Written batch by batch, the full-text rows made one index segment per batch (hundreds for a
    large file, merged again and again); now they wait up to FTS_STREAM_CHARS of text."""
    from fielddoc.records import interchange_stream, query

    monkeypatch.setattr(interchange_stream, "BATCH_TEXT", 4_000)  # a batch of a few records
    passes: list[int] = []
    real = interchange.fts_bulk_insert

    def counting(conn: Any, rows: list[Any], *known: Any) -> None:
        passes.append(len(rows))
        real(conn, rows, *known)

    monkeypatch.setattr(interchange, "fts_bulk_insert", counting)
    path = tmp_path / "in.json"
    path.write_text(_persons(600), "utf-8")
    assert interchange_stream.import_file(rec, path).total_added == 600
    assert [n for n in passes if n] == [600]
    assert query.count(rec.store, query.Filter(text="word599")) == 1
    passes.clear()
    monkeypatch.setattr(interchange, "FTS_STREAM_CHARS", 100_000)  # the bound holds
    path.write_text(_persons(1200), "utf-8")
    assert interchange_stream.import_file(rec, path).total_added == 600
    assert 2 <= len([n for n in passes if n]) <= 8 and sum(passes) == 600
    assert query.count(rec.store, query.Filter(text="word1199")) == 1


def _bools_sent(engine: Any) -> list[str]:
    """The INSERT statements that handed SQLite a Python bool (bound through sqlite3's slow
    adaptation path, several times slower than an int: measured in issue 14)."""
    found: list[str] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _look(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        rows = parameters if executemany else [parameters]
        for row in rows or ():
            values = row.values() if isinstance(row, dict) else row
            if statement.startswith("INSERT") and any(type(v) is bool for v in values):
                found.append(statement.split("(")[0])
                return

    return found


def test_sqlite_imports_bind_ints_not_bools(tmp_path, field, acceptance):  # noqa: F811
    from fielddoc.bundle.writer import export_bundle
    from fielddoc.records import interchange_stream

    sent = _bools_sent(field.engine)
    path = tmp_path / "in.json"
    path.write_text(json.dumps(acceptance, ensure_ascii=False), "utf-8")
    assert interchange_stream.import_file(Records(field), path).total_added == 107
    assert sent == []
    cleanups: list = []
    hq = make_hq(tmp_path / "hq", "sqlcipher", cleanups)
    try:
        link(field, hq)
        (tmp_path / "out").mkdir()
        res = export_bundle(field, tmp_path / "out")
        assert res is not None
        sent = _bools_sent(hq.engine)
        assert import_bundle(hq, res.path).new_records == 104
        assert sent == []
    finally:
        for fn in cleanups:
            fn()


@pytest.mark.parametrize("backend", ["sqlcipher", "postgres"])
def test_hq_import_updates_records_edited_later_in_the_bundle_in_batches(tmp_path, field, backend,  # noqa: F811
                                                                         monkeypatch):
    """A record created in one batch of a bundle and edited in a later one: its row is updated
    with the others of that batch in one statement, not by one statement per record."""
    from fielddoc.bundle.writer import export_bundle
    from fielddoc.hq import staging

    if backend == "postgres" and not PG_URL:
        pytest.skip("FIELDDOC_TEST_PG_URL is not set")
    rec = Records(field)
    n = 12
    for i in range(n):
        rec.create("person", {"id": f"per-{i:02d}", "name": f"First {i}", "notes": f"alpha{i}"})
    for i in range(n):
        rec.update(f"per-{i:02d}", {"id": f"per-{i:02d}", "name": f"Second {i}", "notes": f"beta{i}"})
    for i in range(0, n, 2):
        rec.delete(f"per-{i:02d}")
    cleanups: list = []
    hq = make_hq(tmp_path / "hq", backend, cleanups)
    try:
        link(field, hq)
        (tmp_path / "out").mkdir()
        res = export_bundle(field, tmp_path / "out")
        assert res is not None and res.revisions == 2 * n + n // 2  # every revision
        monkeypatch.setattr(staging, "BATCH", 5)
        calls: list[str] = []

        @event.listens_for(hq.engine, "before_cursor_execute")
        def _log(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
            if statement.lstrip().upper().startswith("UPDATE RECORDS"):
                calls.append(statement)

        result = import_bundle(hq, res.path)
        assert result.new_records == n and not result.conflicts
        assert len(calls) <= 2 * ((res.revisions + 4) // 5)  # a statement or two per batch at most
        got = interchange.export_dataset(Records(hq))
        assert got == interchange.export_dataset(rec, exclude_device_only=True, strip_contact=True)
        with hq.engine.connect() as conn:
            rows = {r.id: r for r in conn.execute(records.select())}
        assert all(rows[f"per-{i:02d}"].revision == (3 if i % 2 == 0 else 2) for i in range(n))
        assert all((rows[f"per-{i:02d}"].deleted_at is None) == (i % 2 == 1) for i in range(n))
        from fielddoc.records import query

        if backend == "sqlcipher":
            assert query.count(hq, query.Filter(text="beta11")) == 1  # (a prefix: not "beta1")
            assert query.count(hq, query.Filter(text="alpha11")) == 0
            assert query.count(hq, query.Filter(text="beta10")) == 0  # deleted
    finally:
        for fn in cleanups:
            fn()


def test_import_cache_is_restored_when_the_import_fails(vault):
    from fielddoc.store.engine import import_cache

    def cache(conn: Any) -> int:
        return int(conn.exec_driver_sql("PRAGMA cache_size").scalar())

    with vault.engine.connect() as conn:
        usual = cache(conn)
        with pytest.raises(RuntimeError), import_cache(conn), conn.begin():
            assert cache(conn) < usual
            raise RuntimeError("the import failed")
        assert cache(conn) == usual
        conn.commit()
        with conn.begin():  # and the connection is usable
            assert cache(conn) == usual
