"""Every defendant of a case across its hearings, and who was detained on a given day. Pure Python.

Public API
- ``case_defendants(rec, case_id) -> list[Defendant]``: one entry per defendant of the case
  (from its charges, its hearings' defendants and verdicts), in order of first appearance,
  with presence and custody at each hearing, counsel, charges, torture allegations and
  the latest verdict. The GUI's Defendants tab, the case report and
  ``fielddoc case defendants`` all show this.
- ``detained_on(rec, day, case_id=None) -> list[dict]``: detentions in force on ``day``
  (apprehended on or before it, not released before it).

Values are codes and ids; each caller words them in its language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fielddoc.records import dates, query
from fielddoc.records.service import Records


@dataclass
class Defendant:
    person_id: str
    #: (hearing id, hearing date, presence code or "", in_custody code or "") per hearing where listed
    hearings: list[tuple[str, str, str, str]] = field(default_factory=list)
    counsel_ids: list[str] = field(default_factory=list)
    counsel_descriptions: list[str] = field(default_factory=list)
    charges: list[dict[str, Any]] = field(default_factory=list)
    allegations: list[dict[str, Any]] = field(default_factory=list)  # torture_allegations items, + hearing_id
    verdict: dict[str, Any] | None = None  # the latest verdict item, + hearing_id and date
    detention_ids: list[str] = field(default_factory=list)

    @property
    def custody(self) -> str:
        """The defendant's custody at the latest hearing that recorded it ('' if none did)."""
        for _hid, _day, _presence, custody in reversed(self.hearings):
            if custody:
                return custody
        return ""

    def presence_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for _hid, _day, presence, _custody in self.hearings:
            counts[presence or "unknown"] = counts.get(presence or "unknown", 0) + 1
        return counts


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _ids(kind: str, rec: Records, case_id: str) -> list[str]:
    flt = query.Filter(kind=kind, case_id=case_id)
    out: list[str] = []
    offset = 0
    while True:
        rows = query.list_records(rec.store, flt, sort="date_sort", offset=offset, limit=500)
        out += [r["id"] for r in rows]
        if len(rows) < 500:
            return out
        offset += 500


def case_defendants(rec: Records, case_id: str,
                    get: Callable[[str], dict[str, Any] | None] | None = None) -> list[Defendant]:
    """``get`` reads a hearing or detention (a report's reader, which withholds what it may not
    show, returns None for those); by default every live record is read."""
    case = rec.get(case_id)  # RecordNotFound for an unknown case
    read: Callable[[str], dict[str, Any] | None] = get or rec.get
    found: dict[str, Defendant] = {}

    def of(pid: Any) -> Defendant | None:
        if not isinstance(pid, str) or not pid:
            return None
        if pid not in found:
            found[pid] = Defendant(pid)
        return found[pid]

    for charge in _dicts(case.get("charges")):
        d = of(charge.get("defendant_id"))
        if d is not None:
            d.charges.append(charge)
    hearings = [h for h in map(read, _ids("hearing", rec, case_id)) if h is not None]
    hearings.sort(key=lambda h: dates.sort_key(h.get("date")) or "")
    for h in hearings:
        hid, day = str(h.get("id")), dates.sort_key(h.get("date")) or ""
        listed = set()
        for entry in _dicts(h.get("defendants")):
            d = of(entry.get("person_id"))
            if d is None or d.person_id in listed:
                continue
            listed.add(d.person_id)
            d.hearings.append((hid, day, str(entry.get("presence") or ""),
                               str(entry.get("in_custody") or "")))
        for counsel in _dicts(h.get("defence_counsel")):
            for client in counsel.get("client_ids") or []:
                d = found.get(client) if isinstance(client, str) else None
                if d is None:
                    continue
                cid, desc = counsel.get("person_id"), counsel.get("description")
                if isinstance(cid, str) and cid not in d.counsel_ids:
                    d.counsel_ids.append(cid)
                elif (not isinstance(cid, str) and isinstance(desc, str)
                      and desc not in d.counsel_descriptions):
                    d.counsel_descriptions.append(desc)
        for allegation in _dicts(h.get("torture_allegations")):
            d = found.get(allegation.get("person_id"))  # type: ignore[arg-type]
            if d is not None:
                d.allegations.append({**allegation, "hearing_id": hid, "date": day})
        for verdict in _dicts(h.get("verdicts")):
            d = of(verdict.get("defendant_id"))
            if d is not None:
                d.verdict = {**verdict, "hearing_id": hid, "date": day}  # hearings are in date order
    for did in _ids("detention", rec, case_id):
        det = read(did)
        d = found.get(det.get("person_id")) if det is not None else None  # type: ignore[arg-type]
        if d is not None:
            d.detention_ids.append(did)
    return list(found.values())


def _start(det: dict[str, Any]) -> str:
    app = det.get("apprehension") if isinstance(det.get("apprehension"), dict) else {}
    start = dates.sort_key(app.get("datetime")) if app else None
    if not start:
        segments = _dicts(det.get("custody_segments"))
        start = min((dates.sort_key(s.get("from")) or "" for s in segments), default="") or None
    return (start or "")[:10]


def _end(det: dict[str, Any]) -> str:
    release = det.get("release") if isinstance(det.get("release"), dict) else {}
    end = dates.sort_key(release.get("date")) if release else None
    return (end or "")[:10]


def detained_on(rec: Records, day: str, case_id: str | None = None) -> list[dict[str, Any]]:
    """Detentions in force on ``day`` (YYYY-MM-DD): apprehended on or before it and not released
    before it. A detention with no known start is left out; one with no release is in force."""
    flt = query.Filter(kind="detention", case_id=case_id)
    out: list[dict[str, Any]] = []
    offset = 0
    while True:
        rows = query.list_records(rec.store, flt, sort="date_sort", offset=offset, limit=500)
        for r in rows:
            det = rec.get(r["id"])
            start, end = _start(det), _end(det)
            if start and start <= day and (not end or end >= day):
                out.append(det)
        if len(rows) < 500:
            return out
        offset += 500
