"""The case summary report (docs/reports.md), built of :mod:`fielddoc.reports.blocks`. Qt-free."""

from __future__ import annotations

from fielddoc.records import vocab
from fielddoc.records.service import Records
from fielddoc.reports import blocks as b
from fielddoc.reports import strings
from fielddoc.reports.allegations import defendant_table
from fielddoc.reports.context import Context
from fielddoc.reports.model import Block, Heading, Paragraph, Report, Table


def case_summary(rec: Records, case_id: str, lang: str = "en", *, include_device_only: bool = False,
                 include_contact: bool = False, edition: str = "internal") -> Report:
    ctx = Context(rec, lang, include_device_only=include_device_only, include_contact=include_contact,
                  edition=edition)
    case = b.start(ctx, case_id, "case")
    hearings = ctx.listed("hearing", case_id=case_id)
    detentions = ctx.listed("detention", case_id=case_id)
    for doc in hearings + detentions:
        ctx.use(doc)
    blocks: list[Block] = []
    if case.get("draft"):
        blocks.append(Paragraph(ctx.t("note.draft"), "muted"))
    blocks.append(Heading(ctx.t("sec.case")))
    b.add(blocks, b.fields(
        (ctx.t("f.case_number"), str(case.get("official_case_number") or "")),
        (ctx.t("f.case_type"), ctx.label("case_type", case.get("case_type"))),
        (ctx.t("f.court"), ctx.name(case.get("court_id"))),
        (ctx.t("f.venue"), ctx.name(case.get("venue_location_id"))),
        (ctx.t("f.stage"), ctx.label("stage", case.get("stage"))),
        (ctx.t("f.opened"), ctx.date(case.get("opened"))),
        (ctx.t("f.judgment"), ctx.date(case.get("first_instance_judgment"))),
    ))
    if case.get("outcome_summary"):
        blocks.append(Paragraph(str(case["outcome_summary"]), "narrative"))

    blocks.append(Heading(ctx.t("sec.charges")))
    rows = []
    for c in b.items(case.get("charges")):
        art = " ".join(p for p in (str(c.get("code") or ""), str(c.get("article") or ""),
                                   f"({c['part']})" if c.get("part") else "") if p)
        rows.append((ctx.name(c.get("defendant_id")), art, str(c.get("label") or ""),
                     str(c.get("outcome") or "")))
    blocks.append(Table((ctx.t("h.defendant"), ctx.t("h.article"), ctx.t("h.charge"), ctx.t("h.outcome")),
                        tuple(rows), widths=(3, 2, 4, 3)) if rows else Paragraph(ctx.t("w.none"), "muted"))

    per_defendant = defendant_table(ctx, case_id)
    if per_defendant is not None:
        blocks += [Heading(ctx.t("sec.defendants")), per_defendant]

    blocks.append(Heading(ctx.t("sec.timeline")))
    events: list[tuple[str, str, str]] = []
    if case.get("opened"):
        events.append((strings.sort_key(case["opened"]), ctx.date(case["opened"]), ctx.t("ev.opened")))
    for p in b.items(case.get("procedural_history")):
        events.append((strings.sort_key(p.get("date")), ctx.date(p.get("date")), str(p.get("event") or "")))
    for h in hearings:
        events.append((strings.sort_key(h.get("date")), ctx.date(h.get("date")),
                       ctx.t("ev.hearing", what=b.hearing_what(ctx, h))))
    for d in detentions:
        events += b.detention_events(ctx, d)
    if case.get("first_instance_judgment"):
        j = case["first_instance_judgment"]
        if not any(h.get("hearing_type") == "verdict_announcement" and strings.sort_key(h.get("date"))
                   == strings.sort_key(j) for h in hearings):
            events.append((strings.sort_key(j), ctx.date(j), ctx.t("ev.judgment")))
    events.sort(key=lambda e: e[0])
    blocks.append(Table((ctx.t("h.date"), ctx.t("h.event")), tuple((e[1], e[2]) for e in events),
                        widths=(2, 5)) if events else Paragraph(ctx.t("w.none"), "muted"))

    blocks.append(Heading(ctx.t("sec.concerns")))
    sets = [b.items(case.get("fair_trial"))] + [b.items(h.get("fair_trial")) for h in hearings]
    blocks.append(b.concern_chart(ctx, b.concern_counts(ctx, sets), titled=False))
    blocks.append(Paragraph(ctx.t("note.concerns_scope"), "muted"))
    rows, tones = [], []
    order = {i.id: n for n, i in enumerate(vocab.FAIR_TRIAL_ITEMS)}
    observed = [(ctx.t("w.case_level"), "", o) for o in b.items(case.get("fair_trial"))]
    observed += [(ctx.date(h.get("date")), strings.sort_key(h.get("date")), o)
                 for h in hearings for o in b.items(h.get("fair_trial"))]
    observed.sort(key=lambda x: (order.get(str(x[2].get("item")), 999), x[1]))
    for when, _, o in observed:
        item = vocab.FAIR_TRIAL_BY_ID.get(str(o.get("item")))
        tone = b.tone(item, o)
        if tone not in ("violation", "concern", "differs"):
            continue
        rows.append((f"{item.group}. {item.label(ctx.lang)}" if item else str(o.get("item")), when,
                     ctx.label("ft_answer", o.get("answer")), ctx.label("ft_assessment", o.get("assessment")),
                     str(o.get("note") or "")))
        tones.append(tone)
    if rows:
        blocks += [Heading(ctx.t("sec.concern_list"), 3),
                   Table((ctx.t("h.item"), ctx.t("h.hearing"), ctx.t("h.answer"), ctx.t("h.assessment"),
                          ctx.t("h.note")), tuple(rows), widths=(8, 5, 4, 6, 8), tones=tuple(tones))]

    blocks.append(Heading(ctx.t("sec.verdicts")))
    vrows: list[tuple[str, ...]] = []
    for h in hearings:
        table = b.verdict_rows(ctx, h, with_date=True)
        if table is not None:
            vrows += table.rows
    if vrows:
        blocks.append(Table((ctx.t("h.date"), ctx.t("h.defendant"), ctx.t("h.result"), ctx.t("h.sentence"),
                             ctx.t("h.note")), tuple(vrows), widths=(2, 3, 2, 3, 3)))
    else:
        blocks.append(Paragraph(ctx.t("w.none"), "muted"))
    if detentions:
        blocks += [Heading(ctx.t("sec.detentions")), b.detention_table(ctx, detentions)]
    blocks += b.sources(ctx, [case, *hearings, *detentions])
    blocks += b.contacts(ctx)
    data_notes = b.illustrative(ctx, [case, *hearings, *detentions])
    if data_notes is not None:
        blocks += [Heading(ctx.t("sec.data_notes")), data_notes]
    return b.finish(ctx, "case", ctx.t("report.case"), str(case.get("title") or case_id), blocks)
