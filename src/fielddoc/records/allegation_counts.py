"""How courts respond to torture allegations: counts per court response (issue 12). Pure Python.

Public API
- ``count_allegations(hearings) -> AllegationCounts``: from hearing documents (a report passes the
  hearings it may show, so a public edition counts only what it admits).
- ``allegation_counts(rec, case_id=None, date_from=None, date_to=None) -> AllegationCounts``: over
  the live hearings of a store (a device's vault or HQ's store), filtered by case and by the
  hearing's date; the filters are checked first (an unknown case, a bad or reversed date is refused).

Definitions (docs/reports.md §Torture allegations by court response):

* each entry of a hearing's ``torture_allegations[]`` is one allegation, counted under its
  ``court_response`` (an entry without one is counted as "not recorded", code ``""``);
* **persons** are the distinct ``person_id`` of those allegations (an allegation that names no
  person adds to the allegations, not to the persons); one person who alleged torture at two
  hearings counts twice as an allegation and once as a person, in each response row;
* the denominators: all allegations, all distinct persons, and the hearings that recorded at
  least one allegation out of the hearings counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from fielddoc.records import query, vocab
from fielddoc.records.service import Records

#: The court responses in the order reports show them (vocabulary ``court_response``).
RESPONSES: tuple[str, ...] = tuple(vocab.VOCABS["court_response"])
NOT_RECORDED = ""


@dataclass
class ResponseCount:
    response: str  # a court_response code, or "" (not recorded)
    allegations: int = 0
    persons: int = 0


@dataclass
class AllegationCounts:
    rows: list[ResponseCount]  # every response in RESPONSES order, then "" when any had none
    allegations: int = 0
    persons: int = 0  # distinct persons over all responses
    hearings: int = 0  # hearings counted
    hearings_with: int = 0  # of which with at least one allegation
    person_ids: dict[str, set[str]] = field(default_factory=dict, repr=False)

    def row(self, response: str) -> ResponseCount:
        return next(r for r in self.rows if r.response == response)


def _items(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def count_allegations(hearings: Iterable[dict[str, Any]]) -> AllegationCounts:
    """Allegations and distinct persons per court response over ``hearings``."""
    allegations = dict.fromkeys((*RESPONSES, NOT_RECORDED), 0)
    persons: dict[str, set[str]] = {code: set() for code in allegations}
    everyone: set[str] = set()
    result = AllegationCounts(rows=[])
    for h in hearings:
        result.hearings += 1
        items = _items(h.get("torture_allegations"))
        result.hearings_with += bool(items)
        for a in items:
            response = a.get("court_response")
            code = response if isinstance(response, str) and response in allegations else NOT_RECORDED
            if isinstance(response, str) and response and code == NOT_RECORDED:
                code = "other"  # a code this version does not know: counted, as "other"
            allegations[code] += 1
            pid = a.get("person_id")
            if isinstance(pid, str) and pid:
                persons[code].add(pid)
                everyone.add(pid)
    result.rows = [ResponseCount(code, allegations[code], len(persons[code])) for code in RESPONSES]
    if allegations[NOT_RECORDED]:
        result.rows.append(ResponseCount(NOT_RECORDED, allegations[NOT_RECORDED], len(persons[NOT_RECORDED])))
    result.allegations = sum(allegations.values())
    result.persons = len(everyone)
    result.person_ids = persons
    return result


def allegation_counts(rec: Records, *, case_id: str | None = None, date_from: str | None = None,
                      date_to: str | None = None) -> AllegationCounts:
    """Counts over the live hearings of ``rec``'s store, of one case and/or a period of hearing dates."""
    flt = query.Filter(kind="hearing", case_id=case_id or None, date_from=date_from or None,
                       date_to=date_to or None)
    query.check_filter(flt, rec.store)

    def hearings() -> Iterable[dict[str, Any]]:
        offset = 0
        while True:
            rows = query.list_records(rec.store, flt, sort="date_sort", offset=offset, limit=500)
            for r in rows:
                yield rec.get(str(r["id"]))
            if len(rows) < 500:
                return
            offset += 500

    return count_allegations(hearings())
