"""What a period report counts, and out of what (docs/reports.md §Period report).

* A detention belongs to the period when the time in custody overlaps it: from the apprehension
  (else the first custody segment) to the release (else the last segment's end; neither: still in
  custody). A detention with no date at all counts by its record date, as before.
* Case-level fair-trial observations count for every case with a hearing in the period.
* Every count says what it is out of: "in 4 of 6 hearings where applicable" (a hearing is
  applicable to a right when an item of that right was recorded for it, other than "not applicable").
"""

from __future__ import annotations

from typing import Any

from fielddoc.errors import RecordNotFound
from fielddoc.records import case_selection, huridocs, legal_codes, query, vocab
from fielddoc.reports import strings
from fielddoc.reports.context import Context
from fielddoc.reports.model import Table

strings.register({
    "pr.out_of": ("Out of", "Из", "Барлығы"),
    "pr.began": ("{n} began in the period; the others were in custody during it",
                 "{n} начались в периоде; остальные продолжались в нём",
                 "{n} кезеңде басталды; қалғандары кезең ішінде жалғасты"),
    "pr.obs_in": ("in {k} of {n} hearings, and for {c} cases as a whole",
                  "на {k} из {n} заседаний и по {c} делам в целом",
                  "{n} отырыстың {k} отырысында және {c} іс бойынша тұтас"),
    "pr.concerns_of": ("of {m} observations; in {k} of {n} hearings",
                       "из {m} наблюдений; на {k} из {n} заседаний",
                       "{m} бақылаудың; {n} отырыстың {k} отырысында"),
    "pr.by_right": ("Concerns by right, hearing by hearing",
                    "Поводы для озабоченности по правам и заседаниям",
                    "Құқықтар мен отырыстар бойынша алаңдаушылықтар"),
    "pr.right": ("Right", "Право", "Құқық"),
    "pr.hearings_with": ("Hearings with a concern", "Заседаний с поводом для озабоченности",
                         "Алаңдаушылық туғызған отырыстар"),
    "pr.in_k_of_n": ("in {k} of {n} hearings where applicable", "на {k} из {n} заседаний, где применимо",
                     "қолданылатын {n} отырыстың {k} отырысында"),
    "pr.scope_detentions": (
        "A detention counts when the time in custody overlaps the period; case-level observations "
        "count for every case with a hearing in the period.",
        "Задержание учитывается, если время содержания под стражей пересекается с периодом; "
        "наблюдения по делу в целом учитываются для каждого дела, заседание по которому было в периоде.",
        "Ұстау, егер қамауда болған уақыты кезеңмен қиылысса, ескеріледі; тұтас іске қатысты бақылаулар "
        "кезеңде отырысы болған әр іс үшін ескеріледі."),
    "pr.selection": ("Only the cases selected by {what} ({n} cases); records of no case, such as "
                     "incidents, are left out.",
                     "Только дела, отобранные по условиям: {what} (дел: {n}); записи вне дел, например "
                     "инциденты, не включены.",
                     "Тек мына шарттар бойынша іріктелген істер: {what} (істер саны: {n}); ешбір іске "
                     "жатпайтын жазбалар, мысалы, оқиғалар енгізілмеді."),
    "pr.sel.tag": ("tag", "метка", "белгі"),
    "pr.sel.monitoring_status": ("monitoring status", "статус наблюдения", "бақылау мәртебесі"),
    "pr.sel.priority": ("priority", "приоритет", "басымдық"),
    "pr.sel.selection_criterion": ("reason for monitoring", "причина наблюдения", "бақылау себебі"),
    "pr.sel.offence_family": ("offence", "состав преступления", "қылмыс құрамы"),
    "pr.sel.extremist": ("a charge under an extremist-offence article",
                         "обвинение по статье об экстремистском преступлении",
                         "экстремистік қылмыс туралы бап бойынша айып"),
})


def selection_text(ctx: Context, sel: case_selection.CaseSelection, n: int) -> str:
    """Page 1's words for a case selection: each filter and its value in the report's language."""
    parts = []
    for name, value in sel.described():
        if name == "extremist":
            parts.append(ctx.t("pr.sel.extremist"))
            continue
        if name == "priority":
            value = ctx.label("case_priority", value)
        elif name == "selection_criterion":
            value = ctx.label("selection_criterion", value)
        elif name == "monitoring_status":
            value = huridocs.label("43", value, ctx.lang)
        elif name == "offence_family":
            fam = legal_codes.families().get(value)
            value = fam.name(ctx.lang) if fam else value
        parts.append(f"{ctx.t('pr.sel.' + name)} «{value}»")
    return ctx.t("pr.selection", what="; ".join(parts), n=n)


def _dict(v: Any) -> dict[str, Any]:
    return v if isinstance(v, dict) else {}


def _list(v: Any) -> list[dict[str, Any]]:
    return [x for x in v if isinstance(x, dict)] if isinstance(v, list) else []


def custody_span(d: dict[str, Any]) -> tuple[str | None, str | None, bool]:
    """(first day, last day, still in custody) as sort keys; None where the record does not say."""
    segs = _list(d.get("custody_segments"))
    starts = [k for k in (strings.sort_key(s.get("from")) for s in segs) if k]
    ends = [k for k in (strings.sort_key(s.get("to")) for s in segs) if k]
    start = strings.sort_key(_dict(d.get("apprehension")).get("datetime")) or (
        min(starts) if starts else None)
    end = strings.sort_key(_dict(d.get("release")).get("date")) or (max(ends) if ends else None)
    open_end = end is None and not _dict(d.get("release"))
    return start or None, end or None, open_end


def overlaps(d: dict[str, Any], date_from: str | None, date_to: str | None) -> bool | None:
    """Does the custody overlap the period? None when the detention has no date to tell."""
    start, end, open_end = custody_span(d)
    if start is None and end is None:
        return None
    first = start or end or ""
    last = end or start or ""
    if date_to and first > date_to + "~":
        return False
    return not (date_from and not open_end and last + "~" < date_from)


def detentions_in(ctx: Context, date_from: str | None, date_to: str | None,
                  case_ids: set[str] | None = None) -> list[dict[str, Any]]:
    """The detentions of the period (of ``case_ids`` only, when given); only those are read through
    the context (so a public edition counts as left out only what the period would have shown)."""
    by_date = {str(r["id"]) for r in _rows(ctx, date_from, date_to)}
    out = []
    for r in _rows(ctx, None, None):
        try:
            raw = ctx.rec.get(str(r["id"]))
        except RecordNotFound:
            continue
        if case_ids is not None and case_selection.case_of(raw) not in case_ids:
            continue
        hit = overlaps(raw, date_from, date_to)
        if hit or (hit is None and r["id"] in by_date):
            d = ctx._load(str(r["id"]))
            if d is not None:
                out.append(d)
    out.sort(key=lambda d: custody_span(d)[0] or "")
    return out


def _rows(ctx: Context, date_from: str | None, date_to: str | None) -> list[dict[str, Any]]:
    flt = query.Filter(kind="detention", date_from=date_from, date_to=date_to)
    rows: list[dict[str, Any]] = []
    while True:
        page = query.list_records(ctx.rec.store, flt, sort="date_sort", offset=len(rows), limit=500)
        rows += page
        if len(page) < 500:
            return rows


def began_in(d: dict[str, Any], date_from: str | None) -> bool:
    start = custody_span(d)[0]
    return start is not None and (not date_from or start + "~" >= date_from)


def cases_of(ctx: Context, hearings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: list[str] = []
    for h in hearings:
        cid = h.get("case_id")
        if isinstance(cid, str) and cid not in seen:
            seen.append(cid)
    return [c for c in (ctx.get(cid) for cid in seen) if c is not None]


def _applicable(o: dict[str, Any]) -> bool:
    return o.get("answer") != "not_applicable"


def by_right(ctx: Context, hearings: list[dict[str, Any]], tone: Any) -> Table:
    """Per right: in how many hearings a concern was recorded, of the hearings where it applied."""
    applicable: dict[str, int] = {}
    concerned: dict[str, int] = {}
    for h in hearings:
        seen: set[str] = set()
        bad: set[str] = set()
        for o in _list(h.get("fair_trial")):
            item = vocab.FAIR_TRIAL_BY_ID.get(str(o.get("item")))
            if item is None or not _applicable(o):
                continue
            seen.add(item.group)
            if tone(item, o) in ("violation", "concern"):
                bad.add(item.group)
        for g in seen:
            applicable[g] = applicable.get(g, 0) + 1
        for g in bad:
            concerned[g] = concerned.get(g, 0) + 1
    rows = tuple((f"{g}. {vocab.FT_GROUPS[g].label(ctx.lang)}", str(concerned.get(g, 0)),
                  ctx.t("pr.in_k_of_n", k=concerned.get(g, 0), n=applicable[g]))
                 for g in vocab.FT_GROUPS if g in applicable)
    return Table((ctx.t("pr.right"), ctx.t("pr.hearings_with"), ctx.t("pr.out_of")), rows, widths=(6, 2, 4))
