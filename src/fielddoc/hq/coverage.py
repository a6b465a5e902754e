"""Coverage of a monitoring programme: hearings held and monitored, and each monitor's workload.

Computed from the hearing records of a store (HQ's, or a device's own): nothing is stored.
Definitions (docs/coverage.md):

* **held**: a hearing whose ``status`` is not ``scheduled``, ``not_held`` or ``cancelled``
  (a hearing recorded without a status counts as held);
* **monitored**: a held hearing at which a monitor was present: an entry of ``monitors[]``
  whose ``admission`` is not ``denied`` or ``not_attempted``, or an assignment ``attended``;
* **scheduled**: ``status`` is ``scheduled``; **assigned**: it has an assignment that is not
  ``declined``;
* a monitor's workload counts their assignments by status, and the held hearings they attended.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine

from fielddoc.records.dates import sort_key
from fielddoc.records.service import iter_rows
from fielddoc.store.schema import records

GROUPINGS = ("case", "court", "month")
NOT_HELD = frozenset({"scheduled", "not_held", "cancelled"})
ABSENT = frozenset({"denied", "not_attempted"})
ASSIGNMENT_STATUSES = ("assigned", "confirmed", "declined", "attended", "missed")


@dataclass
class CoverageRow:
    key: str  # a case id, a court id, a month (YYYY-MM) or "" (none recorded)
    label: str
    hearings: int = 0
    held: int = 0
    monitored: int = 0
    scheduled: int = 0
    assigned: int = 0

    @property
    def share(self) -> float | None:
        """Monitored share of the hearings held (None when none was held)."""
        return self.monitored / self.held if self.held else None


@dataclass
class Workload:
    monitor_id: str
    name: str
    by_status: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ASSIGNMENT_STATUSES, 0))
    attended_held: int = 0  # held hearings the monitor was present at (monitors[] or attended)
    upcoming: int = 0  # scheduled hearings the monitor is assigned to (not declined)


@dataclass
class Coverage:
    by: str
    rows: list[CoverageRow]
    total: CoverageRow
    workload: list[Workload]


def _hearings(engine: Engine) -> Iterator[dict[str, Any]]:
    with engine.connect() as conn:
        stmt = select(records.c.doc).where(records.c.kind == "hearing", records.c.deleted_at.is_(None))
        for r in iter_rows(conn, stmt):
            doc = json.loads(r["doc"])
            if isinstance(doc, dict):
                yield doc


def _items(doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = doc.get(key)
    return [i for i in value if isinstance(i, dict)] if isinstance(value, list) else []


def present(doc: dict[str, Any]) -> set[str]:
    """Who was present as a monitor (person ids), and "" for a monitor recorded without one."""
    out: set[str] = set()
    for m in _items(doc, "monitors"):
        if m.get("admission") not in ABSENT:
            out.add(m["person_id"] if isinstance(m.get("person_id"), str) else "")
    for a in _items(doc, "assignments"):
        if a.get("status") == "attended" and isinstance(a.get("monitor_id"), str):
            out.add(a["monitor_id"])
    return out


def _key(doc: dict[str, Any], by: str) -> str:
    if by == "month":
        when = sort_key(doc.get("date")) or ""
        return when[:7] if len(when) >= 7 else ""
    value = doc.get("case_id" if by == "case" else "court_id")
    return value if isinstance(value, str) else ""


def coverage(store: Any, by: str = "case") -> Coverage:
    """Hearings held vs monitored per case, court or month, and every monitor's workload."""
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {GROUPINGS}")
    rows: dict[str, CoverageRow] = {}
    total = CoverageRow("", "")
    loads: dict[str, Workload] = {}
    for doc in _hearings(store.engine):
        key = _key(doc, by)
        row = rows.setdefault(key, CoverageRow(key, key))
        status = doc.get("status")
        held = status not in NOT_HELD
        here = present(doc) if held else set()
        assignments = _items(doc, "assignments")
        for target in (row, total):
            target.hearings += 1
            target.held += held
            target.monitored += bool(here)
            target.scheduled += status == "scheduled"
            target.assigned += any(a.get("status") != "declined" for a in assignments)
        for a in assignments:
            mid = a.get("monitor_id")
            if not isinstance(mid, str):
                continue
            load = loads.setdefault(mid, Workload(mid, mid))
            st = a.get("status") if a.get("status") in ASSIGNMENT_STATUSES else "assigned"
            load.by_status[str(st)] += 1
            if status == "scheduled" and st != "declined":
                load.upcoming += 1
        for mid in here - {""}:
            loads.setdefault(mid, Workload(mid, mid)).attended_held += 1
    names = _titles(store.engine, set(rows) | set(loads) if by != "month" else set(loads))
    for row in rows.values():
        row.label = names.get(row.key, row.key) if by != "month" else row.key
    for load in loads.values():
        load.name = names.get(load.monitor_id, load.monitor_id)
    ordered = sorted(
        rows.values(), key=lambda r: (r.key == "", r.key if by == "month" else r.label.casefold())
    )
    workload = sorted(loads.values(), key=lambda w: (w.name.casefold(), w.monitor_id))
    return Coverage(by, ordered, total, workload)


def _titles(engine: Engine, ids: set[str]) -> dict[str, str]:
    wanted = sorted(i for i in ids if i)
    out: dict[str, str] = {}
    with engine.connect() as conn:
        for i in range(0, len(wanted), 500):
            for rid, title in conn.execute(
                select(records.c.id, records.c.title).where(records.c.id.in_(wanted[i : i + 500]))
            ):
                out[rid] = title or rid
    return out
