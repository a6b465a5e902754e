"""Everything the case view shows, gathered in one call (Qt-free, on the runner):
the case, its hearings, detentions and related incidents in date order, the
case's own procedural history, and the people involved with their roles."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from fielddoc.errors import RecordNotFound
from fielddoc.gui.models.pages import concern_count, titles
from fielddoc.records import query
from fielddoc.records.dates import sort_key
from fielddoc.records.defendants import Defendant, case_defendants
from fielddoc.records.service import Records, iter_rows
from fielddoc.store.schema import records

MAX_ITEMS = 2000


@dataclass
class Event:
    date: str | None  # sort key (partial ISO)
    kind: str  # hearing | detention | incident | opened | judgment | procedural
    title: str
    record_id: str | None = None
    code: str | None = None  # hearing_type / procedure / incident_type / history text
    status: str | None = None  # hearing status
    concerns: int = 0


@dataclass
class Involved:
    id: str
    name: str
    roles: list[str] = field(default_factory=list)  # involvement_role codes


@dataclass
class CaseOverview:
    case_id: str
    title: str
    doc: dict[str, Any]
    events: list[Event] = field(default_factory=list)
    people: list[Involved] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    defendants: list[Defendant] = field(default_factory=list)  # the Defendants tab
    names: dict[str, str] = field(default_factory=dict)  # of defendants and counsel


def _docs_of_kind(rec: Records, kind: str) -> list[dict[str, Any]]:
    stmt = select(records.c.doc).where(records.c.kind == kind, records.c.deleted_at.is_(None))
    out = []
    with rec.store.engine.connect() as conn:
        for row in iter_rows(conn, stmt):
            try:
                doc = json.loads(row["doc"])
            except ValueError:
                continue
            if isinstance(doc, dict):
                out.append(doc)
    return out


def _linked(rec: Records, kind: str, case_id: str) -> list[dict[str, Any]]:
    rows = query.list_records(rec.store, query.Filter(kind=kind, case_id=case_id), limit=MAX_ITEMS)
    ids = [r["id"] for r in rows]
    docs: dict[str, dict[str, Any]] = {}
    with rec.store.engine.connect() as conn:
        for i in range(0, len(ids), 500):
            q = select(records.c.id, records.c.doc).where(records.c.id.in_(ids[i:i + 500]))
            for rid, doc in conn.execute(q):
                docs[rid] = json.loads(doc)
    return [docs[i] for i in ids if i in docs]


def case_overview(rec: Records, case_id: str) -> CaseOverview:
    case = rec.get(case_id)
    meta = rec.meta(case_id)
    ov = CaseOverview(case_id, str(meta.get("title") or case_id), case)
    hearings = _linked(rec, "hearing", case_id)
    detentions = _linked(rec, "detention", case_id)
    people: dict[str, Involved] = {}

    def involve(pid: Any, role: str) -> None:
        if isinstance(pid, str) and pid:
            entry = people.setdefault(pid, Involved(pid, pid))
            if role not in entry.roles:
                entry.roles.append(role)

    for key, kind in (("opened", "opened"), ("first_instance_judgment", "judgment")):
        if case.get(key):
            ov.events.append(Event(sort_key(case[key]), kind, ""))
    for step in case.get("procedural_history") or []:
        if isinstance(step, dict):
            ov.events.append(Event(sort_key(step.get("date")), "procedural", "",
                                   code=str(step.get("event") or "")))
    for charge in case.get("charges") or []:
        if isinstance(charge, dict):
            involve(charge.get("defendant_id"), "defendant")
    hearing_ids = set()
    for h in hearings:
        hearing_ids.add(h.get("id"))
        ov.events.append(Event(sort_key(h.get("date")) or sort_key(h.get("actual_start")), "hearing", "",
                               record_id=h.get("id"), code=h.get("hearing_type"), status=h.get("status"),
                               concerns=concern_count(h)))
        involve(h.get("presiding_judge_id"), "presiding_judge")
        for pid in h.get("prosecutor_ids") or []:
            involve(pid, "prosecutor")
        for d in h.get("defendants") or []:
            if isinstance(d, dict):
                involve(d.get("person_id"), "defendant")
        for c in h.get("defence_counsel") or []:
            if isinstance(c, dict):
                involve(c.get("person_id"), "defence_counsel")
    for d in detentions:
        appr = d.get("apprehension") if isinstance(d.get("apprehension"), dict) else {}
        ov.events.append(Event(sort_key(appr.get("datetime")), "detention", str(d.get("person_id") or ""),
                               record_id=d.get("id"), code=d.get("procedure")))
        involve(d.get("person_id"), "defendant")
    for inv in _docs_of_kind(rec, "involvement"):
        if inv.get("object_id") == case_id or inv.get("object_id") in hearing_ids:
            involve(inv.get("subject_id"), str(inv.get("role") or ""))
    others = set()
    for rel in _docs_of_kind(rec, "relation"):
        ends = {rel.get("from_id"), rel.get("to_id")}
        if case_id in ends:
            others.update(e for e in ends if isinstance(e, str) and e != case_id)
    incident_ids = set()
    for iid in sorted(others):
        try:
            meta_i = rec.meta(iid)
        except RecordNotFound:  # a dangling relation: skip it
            continue
        if meta_i.get("kind") == "incident" and not meta_i.get("deleted_at"):
            incident_ids.add(iid)
            ov.events.append(Event(meta_i.get("date_sort"), "incident", str(meta_i.get("title") or ""),
                                   record_id=iid))
    names = titles(rec.store, set(people) | {e.title for e in ov.events if e.kind == "detention"})
    for p in people.values():
        p.name = names.get(p.id, p.id)
    for e in ov.events:
        if e.kind == "detention":
            e.title = names.get(e.title, e.title)
    ov.people = sorted(people.values(), key=lambda p: p.name.lower())
    ov.events.sort(key=lambda e: (e.date or "9999", e.kind))
    ov.defendants = case_defendants(rec, case_id)
    ov.names = titles(rec.store, {d.person_id for d in ov.defendants}
                      | {c for d in ov.defendants for c in d.counsel_ids})
    ov.counts = {"hearing": len(hearings), "detention": len(detentions), "incident": len(incident_ids),
                 "person": len(people)}
    return ov
