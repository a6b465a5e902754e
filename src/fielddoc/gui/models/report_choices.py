"""What the report dialog offers and builds (gui/dialogs/report.py): the pickers' choices, loaded on
the worker thread, and the report's content, built there too. Qt-free."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass

from fielddoc.gui.models import labels
from fielddoc.gui.models.pages import docs_of
from fielddoc.gui.models.session import Session
from fielddoc.records import query
from fielddoc.records.case_selection import CaseSelection
from fielddoc.records.schema import KINDS
from fielddoc.reports.model import Report

REPORT_KINDS = ("hearing", "case", "period")
PERIOD_KINDS = ("hearing", "incident", "detention")
LANGUAGES = ("en", "ru", "kk")
MAX_CHOICES = 5000
_RECORD_KINDS = frozenset(KINDS.values())


@dataclass(frozen=True)
class ReportOptions:
    kind: str  # hearing | case | period
    target: str | None  # the hearing's or case's id
    date_from: str | None
    date_to: str | None
    lang: str
    include: bool  # device-only records and contact details
    edition: str = "internal"  # internal | public (TLP:CLEAR) | partners (TLP:GREEN), docs/reports.md
    selection: CaseSelection | None = None  # a period report of some cases only (records.case_selection)


@dataclass
class Choices:
    """What the pickers offer, loaded on the worker thread."""

    hearings: list[tuple[str, str, bool]]  # (id, label, device_only)
    cases: list[tuple[str, str, bool]]
    case_of_current: str | None
    #: The month a period report should start on: the selected record's, else the latest with records.
    period: tuple[dt.date, dt.date] | None = None


def default_file_name(today: dt.date | None = None) -> str:
    """The suggested file name: never record text (it shows in file managers and recent lists)."""
    return f"fielddoc-report-{(today or dt.date.today()).isoformat()}.pdf"


def last_month(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The previous calendar month: what a monthly report covers."""
    today = today or dt.date.today()
    end = today.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=1), end


def normalise_current(current: tuple[str, str] | None) -> tuple[str, str] | None:
    """(kind, record_id) of the selected record; accepts (record_id, kind) too (the workspace's order)."""
    if not current or len(current) != 2:
        return None
    a, b = str(current[0]), str(current[1])
    if a in _RECORD_KINDS and b not in _RECORD_KINDS:
        return a, b
    if b in _RECORD_KINDS:
        return b, a
    return None


def load_choices(session: Session, current: tuple[str, str] | None) -> Choices:
    """Hearings (newest first, with their case) and cases for the pickers."""
    store = session.store
    cases_rows = query.list_records(store, query.Filter(kind="case"), sort="title", limit=MAX_CHOICES)
    case_titles = {str(r["id"]): str(r.get("title") or r["id"]) for r in cases_rows}
    cases = [(str(r["id"]), case_titles[str(r["id"])], r.get("confidentiality") == "device_only")
             for r in cases_rows]
    hearings = []
    rows = query.list_records(store, query.Filter(kind="hearing"), sort="date_sort", descending=True,
                              limit=MAX_CHOICES)
    docs = docs_of(store, [str(r["id"]) for r in rows])
    for r in rows:
        doc = docs.get(str(r["id"]), {})
        title = labels.hearing_title(r.get("date_sort"), doc.get("hearing_type"), doc.get("instance")) \
            or str(r.get("title") or r["id"])
        case = case_titles.get(str(r.get("case_id") or ""))
        hearings.append((str(r["id"]), f"{title} — {case}" if case else title,
                         r.get("confidentiality") == "device_only"))
    case_of_current = None
    if current is not None:
        kind, rid = current
        if kind == "case":
            case_of_current = rid
        elif kind in ("hearing", "detention"):
            with contextlib.suppress(Exception):
                case_of_current = session.records.meta(rid).get("case_id") or None
    return Choices(hearings, cases, case_of_current, period_with_data(session, current))


def month_of(date_sort: object) -> tuple[dt.date, dt.date] | None:
    """The calendar month of a stored date (``YYYY-MM...``), or None."""
    try:
        first = dt.date(int(str(date_sort)[:4]), int(str(date_sort)[5:7]), 1)
    except ValueError:
        return None
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def period_with_data(session: Session, current: tuple[str, str] | None) -> tuple[dt.date, dt.date] | None:
    """The selected record's month, else the latest month in which anything a period report
    covers (hearings, incidents, detentions) was recorded; None for an empty vault."""
    if current is not None and current[0] in PERIOD_KINDS:
        with contextlib.suppress(Exception):
            found = month_of(session.records.meta(current[1]).get("date_sort"))
            if found:
                return found
    latest = None
    for kind in PERIOD_KINDS:
        rows = query.list_records(session.store, query.Filter(kind=kind), sort="date_sort", descending=True,
                                  limit=1)
        if rows and rows[0].get("date_sort") and (latest is None or str(rows[0]["date_sort"]) > latest):
            latest = str(rows[0]["date_sort"])
    return month_of(latest) if latest else None


def build_report(session: Session, o: ReportOptions) -> Report:
    """The report's content (Qt-free; runs on the worker thread)."""
    from fielddoc.reports import content

    public = o.edition in ("public", "partners")
    opts = {"include_device_only": o.include and not public, "include_contact": o.include and not public,
            "edition": o.edition}
    if o.kind == "hearing":
        return content.hearing_report(session.records, str(o.target), o.lang, **opts)
    if o.kind == "case":
        return content.case_summary(session.records, str(o.target), o.lang, **opts)
    return content.period_report(session.records, o.date_from, o.date_to, o.lang, selection=o.selection,
                                 **opts)
