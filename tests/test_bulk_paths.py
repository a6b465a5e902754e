"""The bulk write paths keep the same state as one-by-one writes would.

HQ staging flushes in batches and writes full-text rows once at the end; the
JSON import writes the full-text rows of its new records once at the end while
updated records go through Records._write on the way. These tests make a
record's revisions span several flushes and mix updates with additions.
"""

from __future__ import annotations

import json

from sqlalchemy import select, text

from fielddoc.bundle.writer import export_bundle
from fielddoc.hq import staging
from fielddoc.hq.importer import import_bundle
from fielddoc.records import interchange
from fielddoc.records.service import Records, docid
from fielddoc.store.schema import records
from tests.test_bundle_support import *  # noqa: F403
from tests.test_bundle_support import link


def _fts(store) -> dict[int, str]:
    with store.engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            return {}
        return {r[0]: r[1] for r in conn.execute(text("SELECT rowid, text FROM fts_index"))}


def _rows(store) -> dict[str, tuple]:
    with store.engine.connect() as conn:
        return {
            r.id: (r.kind, r.title, r.revision, r.head_hash, r.deleted_at, r.conflict, json.loads(r.doc))
            for r in conn.execute(select(records))
        }


def test_hq_revisions_across_flushes(field, hq, tmp_path, monkeypatch):
    monkeypatch.setattr(staging, "BATCH", 1)  # every revision in a flush of its own
    _revisions_across_flushes(field, hq, tmp_path)


def _revisions_across_flushes(field, hq, tmp_path):
    rec = Records(field)
    rec.create("person", {"id": "per-1", "name": "alpha"})
    rec.create("person", {"id": "per-2", "name": "kept"})
    rec.update("per-1", {"id": "per-1", "name": "bravo"})
    rec.create("person", {"id": "per-3", "name": "gone"})
    rec.update("per-1", {"id": "per-1", "name": "charlie"})
    rec.delete("per-3")
    link(field, hq)
    out = tmp_path / "out"
    out.mkdir()
    res = export_bundle(field, out)
    assert res is not None
    result = import_bundle(hq, res.path)
    assert result.new_revisions == 6 and result.new_records == 3
    rows = _rows(hq)
    assert rows["per-1"][1:3] == ("charlie", 3) and rows["per-3"][4] is not None
    assert rows == _rows(field)
    if hq.engine.dialect.name == "sqlite":
        assert _fts(hq) == {docid("per-1"): "charlie", docid("per-2"): "kept"}
        assert _fts(hq) == _fts(field)


def test_hq_full_text_buffer_written_early(field, hq, tmp_path, monkeypatch):
    """Full-text rows written before the end (a big bundle) are replaced by later revisions."""
    monkeypatch.setattr(staging, "BATCH", 1)
    monkeypatch.setattr(staging, "FTS_BUFFER_CHARS", 0)  # write them at every flush
    _revisions_across_flushes(field, hq, tmp_path)


def test_json_import_updates_and_additions_keep_the_full_text_index(vault):
    rec = Records(vault)
    first = {"persons": [{"id": "p1", "name": "alpha"}, {"id": "p2", "name": "beta"}]}
    interchange.import_dataset(rec, first)
    res = interchange.import_dataset(rec, {
        "persons": [{"id": "p1", "name": "alpha changed"}, {"id": "p2", "name": "beta"},
                    {"id": "p3", "name": "gamma"}],
        "involvements": [{"subject_id": "p1", "role": "victim", "object_id": "p3"}],
    })  # fmt: skip
    assert res.updated == 1 and res.unchanged == 1 and res.total_added == 2
    fts = _fts(vault)
    assert fts[docid("p1")] == "alpha changed" and fts[docid("p3")] == "gamma"
    assert len(fts) == 4
    # the same as writing every record one by one
    other = Records(vault)
    for rid, (kind, *_rest, doc) in _rows(vault).items():
        assert other.get(rid) == doc
        assert kind in ("person", "involvement")
