"""Lists of HQ on PostgreSQL: the vault's order, and plans that do not scan (issue 14).

PostgreSQL tests use the server named by FIELDDOC_TEST_PG_URL (skipped without it).
"""

from __future__ import annotations

from typing import Any

import pytest

from fielddoc.records import query
from fielddoc.records.interchange import import_dataset
from fielddoc.records.service import Records
from tests.test_bundle_support import NO_PG, PG_URL

pytestmark = pytest.mark.skipif(not PG_URL, reason=NO_PG)


def _mixed() -> dict[str, Any]:
    """Hearings with dates (some on the same day, some of a month or a year only) and undated people."""
    dates = ["2012-03-28", "2012-03-28", "2011", "2012-03", "2019-12-01", "2012-03-28", "2011-05-02"]
    return {
        "persons": [{"id": f"per-{i}", "name": f"Человек {i}", "counting_unit": "individual"}
                    for i in range(6)],
        "cases": [{"id": "case-1", "title": "Дело", "case_type": "criminal"}],
        "hearings": [{"id": f"hrg-{i}", "case_id": "case-1", "date": d, "status": "held",
                      "narrative": "давление на свидетелей"} for i, d in enumerate(dates)],
    }


def _order(store: Any, flt: query.Filter, descending: bool, page: int) -> list[str]:
    out: list[str] = []
    while True:
        got = query.list_records(store, flt, sort="date_sort", descending=descending, offset=len(out),
                                 limit=page)
        out += [r["id"] for r in got]
        if len(got) < page:
            return out


def test_undated_records_come_last_in_both_directions_as_in_a_vault(vault, pg_hq) -> None:
    """A vault lists undated records after the dated ones, newest or oldest first; so does PostgreSQL."""
    data = _mixed()
    import_dataset(Records(vault), data)
    import_dataset(Records(pg_hq), data)
    undated = {f"per-{i}" for i in range(6)} | {"case-1"}
    for flt in (query.Filter(), query.Filter(text="давлен"), query.Filter(kind="person")):
        for descending in (True, False):
            for page in (3, 200):
                want = _order(vault, flt, descending, page)
                got = _order(pg_hq, flt, descending, page)
                assert got == want, (flt, descending, page)
                if flt.kind is None and flt.text is None:
                    assert set(got[-len(undated):]) == undated, (descending, got)
