"""A search's list page is the same whichever plan finds it (issue 14: a common word, every sort).

records/query.py picks, per page, between the rare-word plan (the hits through ix_records_search),
the hits collected and the sort's index walked, and for a common word a walk of the sort's index
probing each row (records/probe.py), with a budget of rows examined. These tests force each plan
on a seeded vault with ties (same titles, same dates, undated records) and compare every page with
the order computed here from the summaries and the FTS5 hits.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from sqlalchemy import event, text

from fielddoc.records import probe, query
from fielddoc.records.fts import docid
from fielddoc.records.interchange import import_dataset

SORTS = ("title", "date_sort", "kind", "confidentiality", "updated_at")
LEVELS = ("public", "partners", "organisation", "restricted")
WORDS = "court judge witness police strike worker lawyer appeal".split()


def _dataset(seed: int = 14, hearings: int = 300) -> dict[str, Any]:
    rng = random.Random(seed)

    def words(n: int, common: float) -> str:
        out = [rng.choice(WORDS) for _ in range(n)]
        if rng.random() < common:
            out.insert(rng.randrange(n), rng.choice(("journalist", "journalists", "Journalistka")))
        if rng.random() < 0.04:
            out.append("Shetpe")
        return " ".join(out)

    persons = [{"id": f"per-{i:03d}", "name": rng.choice(("Aigul journalist", "Bolat", words(2, 0.3))),
                "confidentiality": rng.choice(LEVELS)} for i in range(80)]
    cases = [{"id": f"case-{i:03d}", "title": rng.choice(("Journalist case", words(3, 0.5))),
              "case_type": "criminal", "confidentiality": rng.choice(LEVELS),
              "opened": rng.choice(({"value": "2011-12", "precision": "month"},
                                    {"value": "2012", "precision": "year"}))}
             for i in range(30)]
    hrgs = [{"id": f"hrg-{i:03d}", "case_id": f"case-{rng.randrange(30):03d}",
             "date": rng.choice(("2011-12-16", "2012-03-27", "2012-03-28", "2012-06-04")),
             "status": "held", "narrative": words(12, 0.85), "confidentiality": rng.choice(LEVELS)}
            for i in range(hearings)]
    return {"persons": persons, "cases": cases, "hearings": hrgs}


def _expected(store: Any, flt: query.Filter, sort: str, descending: bool) -> list[str]:
    """The list's order, computed here: the sort key then the id, in the sort's direction; undated
    records after the dated ones in either direction of the date order."""
    every = query.list_records(store, query.Filter(kind=flt.kind), sort="id", limit=10**6)
    with store.engine.connect() as conn:
        hits = {r[0] for r in conn.execute(text("SELECT rowid FROM fts_index WHERE fts_index MATCH :q"),
                                           {"q": query.fts_query(flt.text or "", flt.lang)})}
    rows = [r for r in every if docid(r["id"]) in hits]
    if sort == "date_sort":
        dated = sorted((r for r in rows if r["date_sort"] is not None),
                       key=lambda r: (r["date_sort"], r["id"]), reverse=descending)
        undated = sorted((r for r in rows if r["date_sort"] is None),
                         key=lambda r: r["id"], reverse=descending)
        return [r["id"] for r in dated + undated]
    return [r["id"] for r in sorted(rows, key=lambda r: (r[sort] is not None, r[sort], r["id"]),
                                    reverse=descending)]


#: plan -> (query constants, the walk's budget for ``hits`` and the page's end)
PLANS: dict[str, tuple[dict[str, int], Any]] = {
    "walk": ({"COMMON_HITS": 1}, lambda hits, end: hits),  # every word common, a row per hit
    "walk, budget spent": ({"COMMON_HITS": 1}, lambda hits, end: end),  # one page's rows: falls back
    "hits, sort index": ({"COMMON_HITS": 1}, lambda hits, end: 0),
    "hits sorted": ({"COMMON_HITS": 10**9, "RARE_HITS": 0}, None),
    "hits, search index": ({"RARE_HITS": 10**9}, None),
}


def _force(monkeypatch: pytest.MonkeyPatch, plan: str, page_end: int) -> list[int]:
    """Force ``plan``; the rows each walk step examined are appended to the list returned."""
    constants, budget = PLANS[plan]
    for name, value in constants.items():
        monkeypatch.setattr(query, name, value)
    if budget is not None:
        monkeypatch.setattr(probe, "budget", lambda hits, segments=1: budget(hits, page_end))
    examined: list[int] = []
    monkeypatch.setattr(probe, "HOOK", examined.append)
    return examined


@pytest.mark.parametrize("sort", SORTS)
def test_every_plan_gives_the_page_of_the_list_order(rec, monkeypatch, sort) -> None:
    import_dataset(rec, _dataset())
    checked = 0
    for typed in ("journalist", "journ", "journalis", "Shetpe", "jou Aigul"):
        for kind in (None, "hearing"):
            flt = query.Filter(kind=kind, text=typed)
            for descending in (False, True):
                expected = _expected(rec.store, flt, sort, descending)
                for offset in (0, 37):
                    want = expected[offset : offset + 25]
                    for plan in PLANS:
                        with monkeypatch.context() as m:
                            examined = _force(m, plan, offset + 25)
                            got = [r["id"] for r in query.list_records(
                                rec.store, flt, sort=sort, descending=descending, offset=offset, limit=25)]
                        assert got == want, (plan, typed, kind, descending, offset)
                        if plan == "walk, budget spent":  # never more rows than its budget (per part)
                            parts = 2 if sort == "date_sort" and not descending else 1
                            assert sum(examined) <= parts * (offset + 25), (typed, kind, descending, offset)
                        checked += bool(want)
    assert checked > 100


def test_ascending_dates_list_the_undated_records_last(rec) -> None:
    """Oldest first: the dated records, then the undated (people, places) by id, on every page."""
    import_dataset(rec, _dataset(hearings=60))
    rows = query.list_records(rec.store, query.Filter(), sort="date_sort", limit=10**6)
    dated = [r for r in rows if r["date_sort"] is not None]
    assert dated and rows[: len(dated)] == dated
    assert [r["id"] for r in rows[len(dated):]] == sorted(r["id"] for r in rows if r["date_sort"] is None)
    pages = [r for o in range(0, len(rows), 40)
             for r in query.list_records(rec.store, query.Filter(), sort="date_sort", offset=o, limit=40)]
    assert pages == rows
    flt = query.Filter(text="journalist")
    found = query.list_records(rec.store, flt, sort="date_sort", limit=10**6)
    assert [r["id"] for r in found] == _expected(rec.store, flt, "date_sort", False)


def _vm_steps(store: Any, fn: Any) -> int:
    """SQLite virtual-machine instructions ``fn`` ran on ``store``'s connections."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    def checkout(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        dbapi_conn.set_progress_handler(tick, 1)

    def checkin(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.set_progress_handler(None, 1)

    event.listen(store.engine.pool, "checkout", checkout)
    event.listen(store.engine.pool, "checkin", checkin)
    try:
        fn()
    finally:
        event.remove(store.engine.pool, "checkout", checkout)
        event.remove(store.engine.pool, "checkin", checkin)
    return steps[0]


def test_a_common_word_page_examines_rows_within_the_budget_not_every_hit(rec, monkeypatch) -> None:
    """A word in most records, title order: the walk examines about a page of rows (counted by the
    hook, and as SQLite instructions), far fewer than the word's hits, and never more than its budget."""
    data = _dataset(seed=3, hearings=1200)
    for h in data["hearings"]:
        h["narrative"] += " journalist"
    import_dataset(rec, data)
    monkeypatch.setattr(query, "COMMON_HITS", 100)  # the estimate reads 100 hits, not all of them
    monkeypatch.setattr(probe, "PROBE_RATIO", 10)  # a budget of a tenth of the hits
    monkeypatch.setattr(probe, "SEGMENT_RATIO", 0)  # however many segments the import left
    flt = query.Filter(text="journalist")
    hits = query.count(rec.store, flt)
    assert hits > 1200
    examined: list[int] = []
    monkeypatch.setattr(probe, "HOOK", examined.append)
    page: list[dict[str, Any]] = []
    steps = _vm_steps(rec.store,
                      lambda: page.extend(query.list_records(rec.store, flt, sort="title", limit=20)))
    assert [r["id"] for r in page] == _expected(rec.store, flt, "title", False)[:20]
    assert 20 <= sum(examined) <= probe.budget(hits) and sum(examined) < 60, examined
    # collecting the hits costs SQLite some instructions per hit; the walk a fraction of that
    monkeypatch.setattr(query, "COMMON_HITS", 10**9)  # the hits-first plan, for scale
    collected = _vm_steps(rec.store, lambda: query.list_records(rec.store, flt, sort="title", limit=20))
    assert collected > 10 * hits and steps * 3 < collected, (steps, collected)


def test_capped_counts_agree_with_the_lists_for_combined_filters(rec) -> None:
    """The count (capped as the list shows it) is the length of the list, whatever filters join the word."""
    import_dataset(rec, _dataset())
    for flt in (query.Filter(text="journalist"), query.Filter(text="journ", kind="hearing"),
                query.Filter(text="journalis", confidentiality=("public", "partners")),
                query.Filter(text="journalist", date_from="2012-03", date_to="2012-03"),
                query.Filter(text="jou", case_id="case-001"),
                query.Filter(text="Shetpe", kind="hearing", date_from="2012")):
        full = len(query.list_records(rec.store, flt, limit=10**6))
        assert query.count(rec.store, flt) == full, flt
        assert query.count(rec.store, flt, cap=11) == min(full, 11), flt


def test_a_new_word_is_found_by_the_next_letter_typed(rec) -> None:
    """A long prefix is searched as the index's words that start with it, kept while the index is
    unchanged and filtered letter by letter; a record saved between two letters is found."""
    first = rec.create("person", {"name": "Journalist Aigul"})
    found = lambda typed: {r["id"] for r in query.list_records(rec.store, query.Filter(text=typed))}  # noqa: E731
    assert found("journal") == {first}
    assert found("journali") == {first}
    second = rec.create("person", {"name": "Journalistic Bolat"})
    assert found("journalis") == {first, second}
    assert found("journalist") == {first, second} and found("journalisti") == {second}
    assert query.count(rec.store, query.Filter(text="journalis")) == 2
    rec.delete(first)
    assert found("journalist") == {second}
