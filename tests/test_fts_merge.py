"""The full-text index is merged into one segment after a large import (issue 14: keystroke at 1M).

A search walk probes the FTS5 index once per row (records/probe.py) and each probe seeks the word
in every segment of the index: at 1M records 13 segments made a probe ten times dearer than one
(bench/README.md). These tests count segments (read from FTS5's structure record) and the SQLite
instructions the probes run, never seconds.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from fielddoc.records import probe, query
from fielddoc.records.interchange import import_dataset
from fielddoc.store import engine as store_engine
from fielddoc.store import fts_merge
from tests.test_search_plans import _dataset, _expected


def _segments(rec: Any) -> int:
    with rec.store.engine.connect() as conn:
        return fts_merge.segments(conn)


def _fragmented(rec: Any, saves: int = 24) -> None:
    """An index written by many transactions (a vault used over time): FTS5 adds a segment each."""
    for i in range(saves):
        rec.create("person", {"name": f"Journalist number {i}"})


def _vm_steps(rec: Any, fn: Any) -> int:
    """SQLite instructions ``fn`` ran on the store's connections (FTS5's own lookups included)."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    def checkout(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        dbapi_conn.set_progress_handler(tick, 1)

    def checkin(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.set_progress_handler(None, 1)

    pool = rec.store.engine.pool
    event.listen(pool, "checkout", checkout)
    event.listen(pool, "checkin", checkin)
    try:
        fn()
    finally:
        event.remove(pool, "checkout", checkout)
        event.remove(pool, "checkin", checkin)
    return steps[0]


def test_an_import_of_most_of_the_vault_leaves_the_index_in_one_segment(rec, monkeypatch) -> None:
    monkeypatch.setattr(store_engine, "ANALYSE_AFTER", 50)  # the test's import is 80 records
    monkeypatch.setattr(fts_merge, "MERGE_AFTER", 50)
    data = _dataset()
    import_dataset(rec, {"persons": data["persons"]})
    _fragmented(rec, saves=40)  # FTS5 merges level 0 at 16 segments: 40 saves leave about 10
    assert _segments(rec) > 4
    import_dataset(rec, {"cases": data["cases"], "hearings": data["hearings"][:50]})  # 80 of 200 records
    assert _segments(rec) == 1
    flt = query.Filter(text="journalist")
    got = [r["id"] for r in query.list_records(rec.store, flt, sort="title", limit=10**6)]
    assert got == _expected(rec.store, flt, "title", False) and len(got) > 50


def test_a_small_import_into_a_large_index_does_not_rewrite_it(rec, monkeypatch) -> None:
    """The merge rewrites the whole index: an import of a small share of the records leaves it."""
    monkeypatch.setattr(store_engine, "ANALYSE_AFTER", 1)
    monkeypatch.setattr(fts_merge, "MERGE_AFTER", 1)
    import_dataset(rec, _dataset())
    _fragmented(rec)
    before = _segments(rec)
    assert before > 1
    import_dataset(rec, {"persons": [{"id": f"per-new-{i}", "name": f"Aigul {i}"} for i in range(20)]})
    assert _segments(rec) >= before


def test_the_merge_stops_between_steps_and_resumes(rec) -> None:
    import_dataset(rec, _dataset())  # 410 records: below ANALYSE_AFTER, nothing merged
    _fragmented(rec)
    assert _segments(rec) > 1
    calls = [0]

    def stop_after_one() -> bool:
        calls[0] += 1
        return calls[0] > 1

    fts_merge.merge(rec.store.engine, pages=1, stop=stop_after_one)
    assert calls[0] == 2 and _segments(rec) > 1  # one step of one page: still merging
    assert fts_merge.merge(rec.store.engine, pages=4) == 1
    flt = query.Filter(text="journ")
    got = [r["id"] for r in query.list_records(rec.store, flt, sort="updated_at", descending=True, limit=50)]
    assert got == _expected(rec.store, flt, "updated_at", True)[:50]


def test_a_walk_probes_with_a_fraction_of_the_work_once_merged(rec, monkeypatch) -> None:
    """The same page of a common word, the same rows probed: counted as SQLite instructions (FTS5's
    lookups of the word in each segment are statements too), a merged index costs far less."""
    import_dataset(rec, _dataset())
    _fragmented(rec, saves=40)
    monkeypatch.setattr(query, "COMMON_HITS", 1)  # every word is common: the walk
    monkeypatch.setattr(probe, "budget", lambda hits, segments=1: 10**6)
    examined: list[int] = []
    monkeypatch.setattr(probe, "HOOK", examined.append)
    flt = query.Filter(text="journalist")

    def page() -> list[str]:
        return [r["id"] for r in query.list_records(rec.store, flt, sort="title", descending=True, limit=100)]

    pages: list[list[str]] = []
    fragmented = _vm_steps(rec, lambda: pages.append(page()))
    rows = sum(examined)
    assert _segments(rec) > 2
    fts_merge.merge(rec.store.engine)
    examined.clear()
    merged = _vm_steps(rec, lambda: pages.append(page()))
    assert sum(examined) == rows and pages[0] == pages[1] == _expected(rec.store, flt, "title", True)[:100]
    assert merged * 2 < fragmented, (merged, fragmented)


def test_the_walks_budget_shrinks_with_the_segments_a_probe_seeks(rec, monkeypatch) -> None:
    """Each segment makes a probe dearer: on a fragmented index the walk gets fewer rows (here too few
    for the page, so the hits are collected); once merged it walks. Same page either way."""
    data = _dataset(seed=3, hearings=600)
    for h in data["hearings"]:
        h["narrative"] += " journalist"
    import_dataset(rec, data)
    _fragmented(rec, saves=12)
    monkeypatch.setattr(query, "COMMON_HITS", 100)
    monkeypatch.setattr(probe, "PROBE_RATIO", 10)  # one segment: a tenth of the hits
    monkeypatch.setattr(probe, "SEGMENT_RATIO", 10)  # each further one: ten more hits a row
    examined: list[int] = []
    monkeypatch.setattr(probe, "HOOK", examined.append)
    flt = query.Filter(text="journalist")
    hits = query.count(rec.store, flt)
    segments = _segments(rec)
    assert segments > 4 and probe.budget(hits, segments) < 20 <= probe.budget(hits)
    first = [r["id"] for r in query.list_records(rec.store, flt, sort="title", limit=20)]
    assert examined == []  # the budget is below a page: the hits collected, nothing walked
    fts_merge.merge(rec.store.engine)
    second = [r["id"] for r in query.list_records(rec.store, flt, sort="title", limit=20)]
    assert 20 <= sum(examined) <= probe.budget(hits)
    assert first == second == _expected(rec.store, flt, "title", False)[:20]


def test_the_merge_gives_way_to_another_writer(rec) -> None:
    """Another process writing (its transaction open) stops the merge between steps, without an
    error: the import before it is saved, the index valid, the merge left for later."""
    import_dataset(rec, _dataset())
    _fragmented(rec)
    before = _segments(rec)
    other = rec.store.engine.connect()
    other.exec_driver_sql("CREATE TABLE merge_lock_probe (x)")  # a write: its lock held until rollback
    try:
        assert fts_merge.merge(rec.store.engine, pages=1) == before
    finally:
        other.rollback()
        other.close()
    with rec.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000  # given back
    assert fts_merge.merge(rec.store.engine) == 1
