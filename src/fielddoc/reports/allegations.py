"""Report tables of torture allegations (hearing.torture_allegations[], issue 12)."""

from __future__ import annotations

from typing import Any

from fielddoc.records import huridocs
from fielddoc.reports.context import Context
from fielddoc.reports.model import Table


def _list(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def allegation_table(ctx: Context, h: dict[str, Any]) -> Table | None:
    """One row per allegation: who, their role, raised by, phase, methods, perpetrators, the court's response."""
    rows = []
    for a in _list(h.get("torture_allegations")):
        methods = a.get("methods") if isinstance(a.get("methods"), list) else []
        rows.append((
            ctx.name(a.get("person_id")),
            ctx.label("allegation_role", a.get("role")),
            ctx.name(a.get("raised_by_person_id")),
            ctx.label("torture_phase", a.get("phase")),
            "; ".join(huridocs.label("5", m, ctx.lang) for m in methods),
            str(a.get("perpetrator_description") or ""),
            ctx.label("court_response", a.get("court_response")),
            str(a.get("note") or ""),
        ))
    if not rows:
        return None
    cols = (ctx.t("h.alleged_by"), ctx.t("h.role"), ctx.t("f.torture_raised_by"), ctx.t("h.phase"),
            ctx.t("h.methods"), ctx.t("h.perpetrators"), ctx.t("f.court_response"), ctx.t("h.note"))
    return Table(cols, tuple(rows), widths=(3, 2, 3, 2, 3, 3, 3, 3))
