"""The hearing calendar: hearings by day (week and month views), per court and per monitor, and
the upcoming hearings of a case. Qt-free; the GUI's calendar and case view use it.

A hearing is on the day of its ``date`` (else of its scheduled or actual start), at the local
time of its ``scheduled_start`` (else ``actual_start``). Its monitors are those assigned to it
(``assignments[].monitor_id``, except ``declined``) and those recorded as present
(``monitors[].person_id``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from fielddoc.records.dates import sort_key
from fielddoc.records.service import iter_rows
from fielddoc.store.schema import records


@dataclass(frozen=True)
class CalendarEntry:
    hearing_id: str
    day: str  # YYYY-MM-DD
    time: str  # HH:MM or ""
    status: str
    case_id: str
    case_title: str
    court_id: str
    court_name: str
    monitors: tuple[str, ...]
    monitor_names: tuple[str, ...]


def _s(doc: dict[str, Any], key: str) -> str:
    value = doc.get(key)
    return value if isinstance(value, str) else ""


def _day_and_time(doc: dict[str, Any]) -> tuple[str, str]:
    day = sort_key(doc.get("date")) or ""
    start = sort_key(doc.get("scheduled_start")) or sort_key(doc.get("actual_start")) or ""
    if len(day) < 10:
        day = start
    time = start[11:16] if len(start) >= 16 and start[:10] == day[:10] else ""
    return day[:10], time


def monitors_of(doc: dict[str, Any]) -> tuple[str, ...]:
    out: list[str] = []
    for key, id_key in (("assignments", "monitor_id"), ("monitors", "person_id")):
        for item in doc.get(key) or ():
            if not isinstance(item, dict) or item.get("status") == "declined":
                continue
            pid = item.get(id_key)
            if isinstance(pid, str) and pid not in out:
                out.append(pid)
    return tuple(out)


def _titles(conn: Any, ids: set[str]) -> dict[str, str]:
    wanted = sorted(i for i in ids if i)
    out: dict[str, str] = {}
    for i in range(0, len(wanted), 500):
        for rid, title in conn.execute(
            select(records.c.id, records.c.title).where(records.c.id.in_(wanted[i : i + 500]))
        ):
            out[rid] = title or rid
    return out


def _entries(store: Any, where: Any) -> list[CalendarEntry]:
    docs: list[tuple[dict[str, Any], str, str]] = []
    with store.engine.connect() as conn:
        live = (records.c.kind == "hearing", records.c.deleted_at.is_(None))
        stmt = select(records.c.doc).where(*live, *where)
        for r in iter_rows(conn, stmt):
            doc = json.loads(r["doc"])
            if isinstance(doc, dict):
                day, time = _day_and_time(doc)
                if day:
                    docs.append((doc, day, time))
        ids = {x for d, _, _ in docs for x in (_s(d, "case_id"), _s(d, "court_id"), *monitors_of(d))}
        titles = _titles(conn, ids)
    out = []
    for doc, day, time in docs:
        mons = monitors_of(doc)
        out.append(CalendarEntry(
            hearing_id=_s(doc, "id"), day=day, time=time, status=_s(doc, "status"),
            case_id=_s(doc, "case_id"), case_title=titles.get(_s(doc, "case_id"), _s(doc, "case_id")),
            court_id=_s(doc, "court_id"), court_name=titles.get(_s(doc, "court_id"), _s(doc, "court_id")),
            monitors=mons, monitor_names=tuple(titles.get(m, m) for m in mons),
        ))
    out.sort(key=lambda e: (e.day, e.time or "99", e.case_title.casefold(), e.hearing_id))
    return out


def hearings_between(
    store: Any, first: dt.date, last: dt.date, *, court_id: str | None = None, monitor_id: str | None = None
) -> list[CalendarEntry]:
    """Hearings from ``first`` to ``last`` (inclusive), optionally of one court or one monitor."""
    lo, hi = first.isoformat(), (last + dt.timedelta(days=1)).isoformat()
    found = _entries(store, [records.c.date_sort >= lo, records.c.date_sort < hi])
    return [
        e for e in found
        if lo <= e.day < hi
        and (court_id is None or e.court_id == court_id)
        and (monitor_id is None or monitor_id in e.monitors)
    ]


def upcoming(store: Any, case_id: str, today: dt.date, limit: int = 20) -> list[CalendarEntry]:
    """The scheduled hearings of a case from ``today`` on, soonest first."""
    found = _entries(store, [records.c.case_id == case_id, records.c.date_sort >= today.isoformat()])
    return [e for e in found if e.status == "scheduled" and e.day >= today.isoformat()][:limit]


def filters(store: Any) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(courts, monitors) named in hearings, as (id, name), by name: the calendar's filters."""
    courts: set[str] = set()
    monitors: set[str] = set()
    with store.engine.connect() as conn:
        stmt = select(records.c.doc).where(records.c.kind == "hearing", records.c.deleted_at.is_(None))
        for r in iter_rows(conn, stmt):
            doc = json.loads(r["doc"])
            if isinstance(doc, dict):
                if _s(doc, "court_id"):
                    courts.add(_s(doc, "court_id"))
                monitors.update(monitors_of(doc))
        titles = _titles(conn, courts | monitors)

    def named(ids: set[str]) -> list[tuple[str, str]]:
        return sorted(((i, titles.get(i, i)) for i in ids), key=lambda p: (p[1].casefold(), p[0]))

    return named(courts), named(monitors)
