"""The streamed JSON import at scale: what it holds per record (counted, never timed), and that its result
is the whole-file import's, row for row (records, revisions, links, full-text rows, facets)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import text

from fielddoc import errors
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.records import audit, fts, interchange, interchange_stream, schema
from fielddoc.records.service import Records
from fielddoc.store.vault import Vault
from tests.conftest import PASSPHRASE

AT = "2026-12-07T04:00:00Z"


def _dataset(n: int) -> dict[str, Any]:
    """People, cases and hearings that refer back to them, and one relation that refers forward."""
    persons = [{"id": f"per-{i}", "name": f"Айгуль Kozlova {i}", "counting_unit": "individual"}
               for i in range(n // 5)]
    cases = [{"id": f"case-{i}", "title": f"Дело {i} Zhanaozen", "case_type": "criminal"}
             for i in range(n // 20)]
    hearings = [{"id": f"hrg-{i}", "case_id": f"case-{i % len(cases)}",
                 "date": f"2012-0{1 + i % 9}-1{i % 9}",
                 "status": "held", "narrative": f"Судья Петров {i} давление witness",
                 "defendants": [{"person_id": f"per-{i % len(persons)}"}]}
                for i in range(n - len(persons) - len(cases))]
    rel = {"from_id": "per-1", "type": "same_as", "to_id": f"hrg-{len(hearings) - 1}"}
    return {"meta": {"source": "test"}, "relations": [rel], "persons": persons, "cases": cases,
            "hearings": hearings}


def _tables(v: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """The import's rows, in an order that does not depend on the order records were written in (the
    whole-file import writes in schema order, the streamed one in file order)."""
    with v.engine.connect() as conn:
        def rows(sql: str) -> list[tuple[Any, ...]]:
            return [tuple(r) for r in conn.execute(text(sql))]

        return {
            "records": rows("SELECT * FROM records ORDER BY id"),
            "revisions": rows("SELECT record_id, kind, revision, hash, parent_hash, op, device_id, author, "
                              "at, doc, delivered FROM revisions ORDER BY record_id, revision"),
            "audit": rows("SELECT action, record_id, revision_hash FROM audit ORDER BY record_id, action"),
            "links": rows("SELECT target_id, source_id FROM links ORDER BY target_id, source_id"),
            "fts": rows("SELECT rowid, text, names, terms FROM fts_index ORDER BY rowid"),
            "facets": rows("SELECT * FROM stat_facets ORDER BY 1, 2, 3, 4, 5, 6"),
            "meta": rows("SELECT value FROM settings WHERE key = 'interchange_meta'"),
        }


def test_the_streamed_import_writes_what_the_whole_file_import_writes(tmp_path, monkeypatch):
    monkeypatch.setattr(interchange, "now_iso", lambda: AT)
    monkeypatch.setattr(audit, "now_iso", lambda: AT)
    monkeypatch.setattr(interchange_stream, "BATCH", 300)  # several batches and full-text passes
    monkeypatch.setattr(interchange, "FTS_STREAM_CHARS", 20_000)
    data = _dataset(2_000)
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    whole = Vault.create(tmp_path / "whole", PASSPHRASE, params=TEST_PARAMS)
    streamed = Vault.create(tmp_path / "streamed", PASSPHRASE, params=TEST_PARAMS)
    with streamed.engine.begin() as conn:  # the same device: the same revision hashes
        conn.execute(text("UPDATE settings SET value = :d WHERE key = 'device_id'"), {"d": whole.device_id})
    try:
        a = interchange.import_dataset(Records(whole, author="m"), interchange.read_json_file(path))
        b = interchange_stream.import_file(Records(streamed, author="m"), path)
        assert (a.added, a.updated, a.unchanged) == (b.added, b.updated, b.unchanged)
        got, want = _tables(streamed), _tables(whole)
        assert len(want["records"]) == 2_001 and len(want["fts"]) == 2_001
        assert want["links"] and want["facets"] and want["meta"]
        for table in want:
            assert got[table] == want[table], table
    finally:
        whole.lock()
        streamed.lock()


def test_the_streamed_import_holds_no_reference_it_has_resolved(tmp_path, rec, monkeypatch):
    """Per record, what the import keeps to the end must not grow with the references it already checked
    (at 1M records the references of every record, held for the final check and the links, were
    hundreds of MiB): only the references to records not read yet wait for the end."""
    monkeypatch.setattr(interchange_stream, "BATCH", 200)
    checks: list[schema.DatasetCheck] = []
    held_links: list[int] = []

    class Check(schema.DatasetCheck):
        def __init__(self, *a: Any, **k: Any) -> None:
            super().__init__(*a, **k)
            checks.append(self)

    write = interchange.BatchWriter.write

    def counting_write(self: interchange.BatchWriter, items: list[Any], total: int) -> None:
        write(self, items, total)
        held_links.append(sum(len(v) for v in self.link_refs.values()))

    monkeypatch.setattr(schema, "DatasetCheck", Check)
    monkeypatch.setattr(interchange.BatchWriter, "write", counting_write)
    path = tmp_path / "in.json"
    path.write_text(json.dumps(_dataset(1_000), ensure_ascii=False), "utf-8")
    res = interchange_stream.import_file(rec, path)
    assert res.total_added == 1_001
    (check,) = checks
    # the relation's references (to records not read yet when it was, the file's first record) wait; no other
    assert [r.target for ctx in check.walked for r in ctx.refs] == ["per-1", "hrg-749"]
    assert len(held_links) > 4 and max(held_links) == 0
    with rec.store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM links")).scalar() == 750 * 2 + 2


def test_a_reference_checked_early_still_refuses_the_wrong_kind(tmp_path, rec):
    data = _dataset(200)
    data["hearings"][3]["case_id"] = "per-2"  # a person, read before: refused, as at the end
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(errors.ValidationError) as streamed:
        interchange_stream.import_file(rec, path)
    with pytest.raises(errors.ValidationError) as whole:
        interchange.import_dataset(rec, interchange.read_json_file(path))
    assert "per-2" in str(whole.value) and str(streamed.value) == str(whole.value)


def test_the_streamed_import_reads_no_title_it_has_just_written(tmp_path, rec, monkeypatch):
    """The full-text row of a hearing holds its defendants' and case's titles: those of records the same
    import wrote come from what it wrote, not from reading the records back (one lookup per linked id)."""
    asked: list[str] = []
    titles = fts.titles

    def counting(conn: Any, ids: Any) -> dict[str, str]:
        wanted = list(ids)
        asked.extend(wanted)
        return titles(conn, wanted)

    monkeypatch.setattr(fts, "titles", counting)
    data = _dataset(1_000)
    del data["relations"]  # it refers to records read after it: those are looked up
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert interchange_stream.import_file(rec, path).total_added == 1_000
    assert asked == []
    with rec.store.engine.connect() as conn:
        names = conn.execute(text("SELECT names FROM fts_index WHERE rowid = :d"),
                             {"d": fts.docid("hrg-7")}).scalar()
    assert set(names.split("\n")) == {"Айгуль Kozlova 7", "Дело 7 Zhanaozen"}
