"""Every sort the lists offer reads an index, on SQLCipher and on PostgreSQL (migration 0010).

A few thousand records, statistics gathered (ANALYZE), then the list page of
every sort (the GUI's columns: records.query.SORTABLE as gui/models/pages.py
uses them), for "All records" and for one type, both directions: no full scan
of ``records`` and no sort of all of it.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, text

from fielddoc.records import query
from fielddoc.records.interchange import import_dataset
from fielddoc.records.service import Records
from fielddoc.store.sealing import sealer_of
from tests.test_bundle_support import make_hq

SORTS = ("date_sort", "title", "kind", "confidentiality", "updated_at")
N = 3000


def _dataset() -> dict[str, Any]:
    levels = ["public", "partners", "organisation", "restricted"]
    return {
        "persons": [{"id": f"per-{i}", "name": f"Person {i:05d}", "counting_unit": "individual",
                     "confidentiality": levels[i % 4]} for i in range(N // 3)],
        "incidents": [{"id": f"inc-{i}", "title": f"Incident {i:05d}", "start_date": f"20{10 + i % 12}-03-01",
                       "description": "Давление на свидетелей", "confidentiality": levels[i % 4]}
                      for i in range(N - N // 3)],
    }


def _plans(store: Any, analyse: str | None,
           typed: str | None = None) -> dict[tuple[str, str | None, bool], str]:
    seen: list[tuple[str, Any]] = []

    def grab(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        seen.append((statement, params))

    if analyse:
        with store.engine.begin() as conn:
            conn.exec_driver_sql(analyse)
    out = {}
    # A sealed HQ orders titles on the client (records/title_order.py): no title index to read.
    for sort in [s for s in SORTS if not (s == "title" and sealer_of(store.engine) is not None)]:
        for kind in (None, "incident"):
            for desc in (False, True):
                seen.clear()
                event.listen(store.engine, "before_cursor_execute", grab)
                try:
                    query.list_records(store, query.Filter(kind=kind, text=typed), sort=sort,
                                       descending=desc, offset=400 if typed is None else 0, limit=200)
                finally:
                    event.remove(store.engine, "before_cursor_execute", grab)
                statement, params = seen[-1]
                prefix = "EXPLAIN QUERY PLAN " if store.engine.dialect.name == "sqlite" else "EXPLAIN "
                with store.engine.connect() as conn:
                    for before, before_params in seen[:-1]:  # what the list ran first (SET LOCAL ...)
                        if before.startswith("SET"):
                            conn.exec_driver_sql(before, before_params)
                    rows = conn.exec_driver_sql(prefix + statement, params).all()
                out[(sort, kind, desc)] = "\n".join(str(r[-1]) for r in rows)
    return out


def test_every_list_sort_reads_an_index_in_the_vault(rec) -> None:
    import_dataset(rec, _dataset())
    for key, plan in _plans(rec.store, "ANALYZE").items():
        assert "SCAN records\n" not in plan + "\n" and "TEMP B-TREE" not in plan, (key, plan)
        assert "USING" in plan and "INDEX" in plan, (key, plan)


def test_every_list_sort_reads_an_index_on_postgresql_after_an_import(tmp_path) -> None:
    cleanups: list = []
    hq = make_hq(tmp_path / "hq", "postgres", cleanups)
    try:
        import_dataset(Records(hq), _dataset())
        with hq.engine.connect() as conn:  # the import ANALYZEd what it wrote
            tuples = conn.execute(text("SELECT reltuples FROM pg_class WHERE relname = 'records'")).scalar()
            assert tuples >= N
            assert conn.execute(text("SELECT count(*) FROM pg_stats WHERE tablename = 'search_tokens' "
                                     "AND most_common_elems IS NOT NULL")).scalar() == 1
        for key, plan in _plans(hq, None).items():
            assert "Seq Scan on records" not in plan, (key, plan)
            assert "Sort" not in plan.replace("Sort Key", ""), (key, plan)
            assert "Index Scan" in plan, (key, plan)
        for sort, kind, desc in (("title", None, False), ("date_sort", "incident", True)):
            # a deep page: its ids come from the sort's index alone, then its rows
            whole = query.list_records(hq, query.Filter(kind=kind), sort=sort, descending=desc, limit=N)
            deep = query.list_records(hq, query.Filter(kind=kind), sort=sort, descending=desc,
                                      offset=query.DEEP_OFFSET + 500, limit=200)
            assert deep == whole[query.DEEP_OFFSET + 500 : query.DEEP_OFFSET + 700]
        captured: list[tuple[str, Any]] = []

        def grab(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
            captured.append((statement, params))

        event.listen(hq.engine, "before_cursor_execute", grab)
        query.list_records(hq, query.Filter(), sort="title", offset=query.DEEP_OFFSET + 500)
        event.remove(hq.engine, "before_cursor_execute", grab)
        # the HQ is sealed: PostgreSQL never orders by (or reads) the titles' ciphertexts for a page
        assert sealer_of(hq.engine) is not None
        assert not [st for st, _ in captured if "ORDER BY records.title" in st], captured
        for typed in ("Incident 00042", "давление"):  # a rare and a common word: GIN or an index walk
            for key, plan in _plans(hq, None, typed).items():
                assert "Seq Scan" not in plan, (typed, key, plan)
        with hq.engine.connect() as conn:
            partial = {r[0] for r in conn.execute(text(
                "SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%WHERE (deleted_at IS NULL)%'"))}
        assert {"ix_records_pg_live_date", "ix_records_pg_kind_title"} <= partial
    finally:
        for fn in cleanups:
            fn()


@pytest.mark.parametrize("cap", [None, 11])
def test_a_capped_count_stops_at_the_cap(rec, cap) -> None:
    import_dataset(rec, _dataset())
    assert query.count(rec.store, query.Filter(kind="incident"), cap=cap) == (cap or N - N // 3)
    assert query.count(rec.store, query.Filter(text="давление"), cap=cap) == (cap or N - N // 3)
