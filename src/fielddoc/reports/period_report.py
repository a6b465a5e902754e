"""The period report (docs/reports.md §Period report; what it counts: :mod:`fielddoc.reports.period`),
built of :mod:`fielddoc.reports.blocks`. Qt-free."""

from __future__ import annotations

from collections import Counter
from typing import Any

from fielddoc.records import vocab
from fielddoc.records.allegation_counts import count_allegations
from fielddoc.records.case_selection import CaseSelection, restrict_records
from fielddoc.records.service import Records
from fielddoc.reports import allegations, period, strings
from fielddoc.reports import blocks as b
from fielddoc.reports.context import Context
from fielddoc.reports.model import Block, Chart, Heading, Paragraph, Report, Table


def _casualties(ctx: Context, inc: dict[str, Any]) -> str:
    cas = inc.get("casualties") if isinstance(inc.get("casualties"), dict) else {}
    parts = []
    for key in ("killed", "injured", "detained"):
        c = cas.get(key)
        if not isinstance(c, dict):
            continue
        if isinstance(c.get("official"), int):
            n = str(c["official"])
        elif isinstance(c.get("min"), int) and isinstance(c.get("max"), int):
            n = ctx.t("w.range", min=c["min"], max=c["max"])
        elif isinstance(c.get("approx"), int):
            n = ctx.t("w.about", n=c["approx"])
        else:
            continue
        if all(isinstance(c.get(k), int) for k in ("official", "min", "max")):
            n += f" ({ctx.t('w.range', min=c['min'], max=c['max'])})"
        if c.get("disputed"):
            n += f", {ctx.t('w.disputed')}"
        parts.append(ctx.t("w." + key, n=n))
    return "; ".join(parts)


def period_report(rec: Records, date_from: str | None, date_to: str | None, lang: str = "en", *,
                  include_device_only: bool = False, include_contact: bool = False,
                  edition: str = "internal", selection: CaseSelection | None = None) -> Report:
    """``selection``: only the cases it chooses and their records (records.case_selection)."""
    chosen = restrict_records(rec, selection) if selection is not None else None
    ctx = Context(rec, lang, include_device_only=include_device_only, include_contact=include_contact,
                  edition=edition)
    hearings = ctx.listed("hearing", date_from=date_from, date_to=date_to, case_ids=chosen)
    incidents = [] if chosen is not None else ctx.listed("incident", date_from=date_from, date_to=date_to)
    detentions = period.detentions_in(ctx, date_from, date_to, chosen)
    for doc in hearings + incidents + detentions:
        ctx.use(doc)
    cases = period.cases_of(ctx, hearings)
    observations = [b.items(h.get("fair_trial")) for h in hearings]
    observations += [b.items(c.get("fair_trial")) for c in cases]
    counts = b.concern_counts(ctx, observations)
    n_obs = sum(len(o) for o in observations)
    n_concern = sum(v[0] + v[1] for v in counts.values())
    n = len(hearings)
    with_obs = sum(1 for h in hearings if b.items(h.get("fair_trial")))
    with_concern = sum(1 for h in hearings if any(
        b.tone(vocab.FAIR_TRIAL_BY_ID.get(str(o.get("item"))), o) in ("violation", "concern")
        for o in b.items(h.get("fair_trial"))))

    blocks: list[Block] = [Heading(ctx.t("sec.statistics"))]
    if chosen is not None and selection is not None:
        blocks.append(Paragraph(period.selection_text(ctx, selection, len(chosen))))
    blocks.append(Table((ctx.t("h.type"), ctx.t("h.count"), ctx.t("pr.out_of")), (
        (ctx.t("stat.hearings"), str(n), ""),
        (ctx.t("stat.incidents"), str(len(incidents)), ""),
        (ctx.t("stat.detentions"), str(len(detentions)),
         ctx.t("pr.began", n=sum(1 for d in detentions if period.began_in(d, date_from)))),
        (ctx.t("stat.observations"), str(n_obs),
         ctx.t("pr.obs_in", k=with_obs, n=n, c=sum(1 for c in cases if b.items(c.get("fair_trial"))))),
        (ctx.t("stat.concerns"), str(n_concern), ctx.t("pr.concerns_of", m=n_obs, k=with_concern, n=n)),
    ), widths=(4, 1, 4)))
    blocks.append(Paragraph(ctx.t("note.period_scope"), "muted"))
    blocks.append(Paragraph(ctx.t("pr.scope_detentions"), "muted"))
    blocks.append(_per_month(ctx, hearings, date_from, date_to))
    blocks.append(b.concern_chart(ctx, counts))
    if hearings:
        blocks += [Heading(ctx.t("pr.by_right"), 3), period.by_right(ctx, hearings, b.tone)]
    blocks += [Heading(ctx.t("al.title"), 3),
               allegations.response_table(count_allegations(hearings), ctx.lang),
               Paragraph(ctx.t("al.scope"), "muted")]
    kinds: Counter[str] = Counter(str(i.get("incident_type") or "other") for i in incidents)
    order = {c: n for n, c in enumerate(vocab.VOCABS.get("incident_type", ()))}
    ordered = sorted(kinds, key=lambda k: (order.get(k, 999), k))
    blocks.append(Chart(ctx.t("chart.incident_types"), "bars",
                        tuple(ctx.label("incident_type", k) for k in ordered), (ctx.t("stat.incidents"),),
                        tuple((kinds[k],) for k in ordered), empty_text=ctx.t("chart.empty")))
    facilities: Counter[str] = Counter()
    for d in detentions:
        for code in {str(s.get("facility_type")) for s in b.items(d.get("custody_segments"))
                     if s.get("facility_type")}:
            facilities[code] += 1
    order = {c: n for n, c in enumerate(vocab.VOCABS.get("facility_type", ()))}
    ordered = sorted(facilities, key=lambda k: (order.get(k, 999), k))
    blocks.append(Chart(ctx.t("chart.facilities"), "bars",
                        tuple(ctx.label("facility_type", k) for k in ordered), (ctx.t("stat.detentions"),),
                        tuple((facilities[k],) for k in ordered), empty_text=ctx.t("chart.empty")))

    blocks.append(Heading(ctx.t("sec.hearings")))
    rows, tones = [], []
    for h in hearings:
        case = ctx.get(h.get("case_id")) or {}
        c = b.concern_counts(ctx, [b.items(h.get("fair_trial"))])
        bad = sum(v[0] + v[1] for v in c.values())
        rows.append((ctx.date(h.get("date")), str(case.get("title") or ""), ctx.name(h.get("court_id")),
                     b.hearing_what(ctx, h), str(bad) if bad else ""))
        tones.append("concern" if bad else None)
    blocks.append(Table((ctx.t("h.date"), ctx.t("f.case"), ctx.t("f.court"), ctx.t("h.hearing"),
                         ctx.t("h.concerns")), tuple(rows), widths=(3, 5, 4, 5, 3), tones=tuple(tones))
                  if rows else Paragraph(ctx.t("w.none"), "muted"))

    blocks.append(Heading(ctx.t("sec.incidents")))
    rows = [(ctx.date(i.get("start")), str(i.get("title") or ""),
             ctx.label("incident_type", i.get("incident_type")), ctx.name(i.get("location_id")),
             _casualties(ctx, i)) for i in incidents]
    blocks.append(Table((ctx.t("h.date"), ctx.t("h.title"), ctx.t("h.type"), ctx.t("h.location"),
                         ctx.t("h.casualties")), tuple(rows), widths=(3, 5, 3, 4, 4))
                  if rows else Paragraph(ctx.t("w.none"), "muted"))

    blocks.append(Heading(ctx.t("sec.detentions")))
    blocks.append(b.detention_table(ctx, detentions) if detentions else Paragraph(ctx.t("w.none"), "muted"))
    blocks += b.contacts(ctx)
    start = strings.date(date_from, ctx.lang) if date_from else ""
    end = strings.date(date_to, ctx.lang) if date_to else ""
    if start and end:
        subtitle = ctx.t("period.range", start=start, end=end)
    elif start:
        subtitle = ctx.t("period.open_end", start=start)
    else:
        subtitle = ctx.t("period.open_start", end=end) if end else ""
    return b.finish(ctx, "period", ctx.t("report.period"), subtitle, blocks)


def _per_month(ctx: Context, hearings: list[dict[str, Any]], date_from: str | None,
               date_to: str | None) -> Chart:
    """Hearings per month over the whole period (per year when it spans more than three years)."""
    keys = [strings.sort_key(h.get("date"))[:7] for h in hearings]
    months: Counter[str] = Counter(k for k in keys if len(k) == 7)
    first = (date_from or "")[:7] if len(date_from or "") >= 7 else min(months, default="")
    last = (date_to or "")[:7] if len(date_to or "") >= 7 else max(months, default="")
    if date_from and len(date_from) == 4:
        first = f"{date_from}-01"
    if date_to and len(date_to) == 4:
        last = f"{date_to}-12"
    span = _month_range(first, last) if first and last else []
    if len(span) > 36:
        years: Counter[str] = Counter(k[:4] for k in keys if len(k) >= 4)
        cats = sorted({k[:4] for k in span})
        return Chart(ctx.t("chart.per_year"), "columns", tuple(cats), (ctx.t("stat.hearings"),),
                     tuple((years.get(y, 0),) for y in cats), empty_text=ctx.t("chart.empty"))
    return Chart(ctx.t("chart.per_month"), "columns", tuple(strings.month_label(m, ctx.lang) for m in span),
                 (ctx.t("stat.hearings"),), tuple((months.get(m, 0),) for m in span),
                 empty_text=ctx.t("chart.empty"))


def _month_range(first: str, last: str) -> list[str]:
    try:
        y, m, y2, m2 = int(first[:4]), int(first[5:7]), int(last[:4]), int(last[5:7])
    except ValueError:
        return []
    out = []
    while (y, m) <= (y2, m2) and len(out) < 1200:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
