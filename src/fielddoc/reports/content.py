"""What each report shows, gathered from the records into :mod:`fielddoc.reports.model` (Qt-free).

Public API (the one entry point for every report)
- ``hearing_report(rec, hearing_id, lang, *, include_device_only=False, include_contact=False)``: here
- ``case_summary(rec, case_id, lang, ...)``: built in :mod:`fielddoc.reports.summary`
- ``period_report(rec, date_from, date_to, lang, ...)``: built in :mod:`fielddoc.reports.period_report`

The pieces they share are in :mod:`fielddoc.reports.blocks`.

Each returns a :class:`~fielddoc.reports.model.Report`. ``device_only``
records and ``contact`` fields are left out unless explicitly included (see
:mod:`fielddoc.reports.context`); asking for a report ON a device-only record
without including them raises :class:`ReportRefused`.
"""

from __future__ import annotations

from typing import Any

from fielddoc.records import vocab
from fielddoc.records.service import Records
from fielddoc.reports import blocks as b
from fielddoc.reports import codes, strings
from fielddoc.reports.allegations import allegation_table
from fielddoc.reports.blocks import ReportRefused, WrongKind
from fielddoc.reports.context import Context
from fielddoc.reports.model import Block, Heading, Paragraph, Report, Table
from fielddoc.reports.period_report import period_report
from fielddoc.reports.summary import case_summary

__all__ = ["ReportRefused", "WrongKind", "case_summary", "hearing_report", "period_report"]


# -- hearing report ----------------------------------------------------------------------
def _checklist(ctx: Context, observations: list[dict[str, Any]]) -> list[Block]:
    blocks: list[Block] = [Heading(ctx.t("sec.checklist"))]
    if not observations:
        return [*blocks, Paragraph(ctx.t("w.none"), "muted")]
    by_group: dict[str, list[dict[str, Any]]] = {}
    order = {i.id: n for n, i in enumerate(vocab.FAIR_TRIAL_ITEMS)}
    for o in sorted(observations, key=lambda o: order.get(str(o.get("item")), 999)):
        item = vocab.FAIR_TRIAL_BY_ID.get(str(o.get("item")))
        by_group.setdefault(item.group if item else "?", []).append(o)
    for code, obs in by_group.items():
        group = vocab.FT_GROUPS.get(code)
        title = f"{code}. {group.label(ctx.lang)} ({group.right})" if group else code
        blocks.append(Heading(title, 3))
        rows, tones = [], []
        for o in obs:
            item = vocab.FAIR_TRIAL_BY_ID.get(str(o.get("item")))
            rows.append((item.label(ctx.lang) if item else str(o.get("item")),
                         ctx.label("ft_answer", o.get("answer")),
                         ctx.label("ft_assessment", o.get("assessment")),
                         str(o.get("note") or "")))
            tones.append(b.tone(item, o))
        blocks.append(Table((ctx.t("h.item"), ctx.t("h.answer"), ctx.t("h.assessment"), ctx.t("h.note")),
                            tuple(rows), widths=(10, 4, 6, 8), tones=tuple(tones)))
    blocks.append(Paragraph(ctx.t("note.items_recorded", n=len(observations),
                                  total=len(vocab.FAIR_TRIAL_ITEMS)), "muted"))
    blocks.append(Paragraph(ctx.t("note.answer_vs_assessment"), "muted"))
    return blocks


def _parties(ctx: Context, h: dict[str, Any]) -> list[Block]:
    blocks: list[Block] = [Heading(ctx.t("sec.parties"))]
    jury = h.get("jury")
    interp = h.get("interpreter") if isinstance(h.get("interpreter"), dict) else {}
    interp_text = ""
    if interp:
        bits = []
        if interp.get("needed") is False:
            bits.append(ctx.t("w.not_needed"))
        else:
            if interp.get("needed"):
                bits.append(ctx.t("w.needed"))
            if interp.get("provided") is not None:
                bits.append(f"{ctx.t('w.provided')}: {ctx.yesno(interp.get('provided'))}")
            if interp.get("adequate") is not None:
                bits.append(f"{ctx.t('w.adequate')}: {ctx.yesno(interp.get('adequate'))}")
        if isinstance(interp.get("languages"), list):
            bits.append(", ".join(map(str, interp["languages"])))
        if interp.get("note"):
            bits.append(str(interp["note"]))
        interp_text = "; ".join(x for x in bits if x)
    b.add(blocks, b.fields(
        (ctx.t("f.presiding_judge"), ctx.name(h.get("presiding_judge_id"))),
        (ctx.t("f.panel"), ctx.names(h.get("panel_ids"))),
        (ctx.t("f.jury"), ctx.yesno(jury) if isinstance(jury, bool) else ("" if jury is None else str(jury))),
        (ctx.t("f.prosecutors"), ctx.names(h.get("prosecutor_ids"))),
        (ctx.t("f.interpreter"), interp_text),
    ))
    rows = tuple((ctx.name(d.get("person_id")), ctx.label("presence", d.get("presence")),
                  ctx.label("in_custody", d.get("in_custody")), ctx.label("dock", d.get("dock")),
                  ctx.yesno(d.get("restraints")), str(d.get("note") or ""))
                 for d in b.items(h.get("defendants")))
    if rows:
        blocks.append(Table((ctx.t("h.defendant"), ctx.t("h.presence"), ctx.t("h.custody"), ctx.t("h.dock"),
                             ctx.t("h.restraints"), ctx.t("h.note")), rows, widths=(4, 3, 2, 3, 2, 3)))
    rows = tuple((ctx.name(c.get("person_id")) or str(c.get("description") or ""),
                  ctx.names(c.get("client_ids")), ctx.label("counsel_appointment", c.get("appointment")),
                  str(c.get("note") or "")) for c in b.items(h.get("defence_counsel")))
    if rows:
        blocks.append(Table((ctx.t("h.counsel"), ctx.t("h.clients"), ctx.t("h.appointment"), ctx.t("h.note")),
                            rows, widths=(3, 3, 2, 3)))
    rows = tuple((ctx.name(w.get("person_id")) or str(w.get("code") or ""),
                  codes.label("party", w.get("called_by"), ctx.lang),
                  ", ".join(x for x in (ctx.t("w.anonymous") if w.get("anonymous") else "",
                                        ctx.t("w.remote") if w.get("remote") else "") if x),
                  str(w.get("note") or "")) for w in b.items(h.get("witnesses")))
    if rows:
        blocks.append(Table((ctx.t("h.witness"), ctx.t("h.called_by"), "", ctx.t("h.note")), rows,
                            widths=(3, 2, 2, 4)))
    if len(blocks) == 1:
        blocks.append(Paragraph(ctx.t("w.none"), "muted"))
    return blocks


def _access(ctx: Context, h: dict[str, Any]) -> list[Block]:
    pa = h.get("public_access") if isinstance(h.get("public_access"), dict) else {}
    media = h.get("media") if isinstance(h.get("media"), dict) else {}
    blocks: list[Block] = [Heading(ctx.t("sec.access"))]

    def num(v: Any) -> str:
        return str(v) if isinstance(v, int) and not isinstance(v, bool) else ""

    b.add(blocks, b.fields(
        (ctx.t("f.access_status"), ctx.label("public_access_status", pa.get("status"))),
        (ctx.t("f.pass_required"), ctx.yesno(pa.get("pass_required"))),
        (ctx.t("f.seats"), num(pa.get("capacity_seats"))),
        (ctx.t("f.attendance"), num(pa.get("attendance_est"))),
        (ctx.t("f.overflow_room"), ctx.yesno(pa.get("overflow_room"))),
        (ctx.t("f.denied"), num(pa.get("denied_count"))),
        (ctx.t("f.access_note"), str(pa.get("notes") or pa.get("note") or "")),
        (ctx.t("f.media_present"), ctx.yesno(media.get("present"))),
        (ctx.t("f.recording"), ctx.label("recording_allowed", media.get("recording_allowed"))),
        (ctx.t("f.media_note"), str(media.get("notes") or media.get("note") or "")),
        (ctx.t("f.security"), str(h.get("security_presence") or "")),
        (ctx.t("f.conditions"), str(h.get("conditions") or "")),
    ))
    rows, tones = [], []
    for m in b.items(h.get("monitors")):
        rows.append((ctx.name(m.get("person_id")) or str(m.get("description") or ""),
                     ctx.name(m.get("organisation_id")), ctx.label("monitor_admission", m.get("admission"))))
        tones.append("concern" if m.get("admission") in ("denied", "removed") else None)
    if rows:
        blocks.append(Table((ctx.t("h.monitor"), ctx.t("h.organisation"), ctx.t("h.admission")), tuple(rows),
                            widths=(3, 3, 2), tones=tuple(tones)))
    if len(blocks) == 1:
        blocks.append(Paragraph(ctx.t("w.none"), "muted"))
    return blocks


def _proceedings(ctx: Context, h: dict[str, Any]) -> list[Block]:
    blocks: list[Block] = [Heading(ctx.t("sec.proceedings"))]
    rows = tuple((str(e.get("time") or ""), codes.label("event", e.get("type"), ctx.lang),
                  ctx.name(e.get("by_person_id")),
                  str(e.get("summary") or "")) for e in b.items(h.get("procedural_events")))
    if rows:
        blocks.append(Table((ctx.t("h.time"), ctx.t("h.event"), ctx.t("h.by"), ctx.t("h.note")), rows,
                            widths=(2, 2, 3, 7)))
    rows = tuple((str(q.get("time") or ""), ctx.name(q.get("speaker_id")), str(q.get("language") or ""),
                  str(q.get("text") or "")) for q in b.items(h.get("quotes")))
    if rows:  # words said in court, verbatim, in the language they were said in
        blocks.append(Table((ctx.t("h.time"), ctx.t("h.speaker"), ctx.t("h.language"), ctx.t("h.words")),
                            rows, widths=(2, 3, 1, 8)))
    rows = tuple((codes.label("party", m.get("by"), ctx.lang), str(m.get("subject") or ""),
                  codes.label("ruling", m.get("ruling"), ctx.lang),
                  ctx.yesno(m.get("reason_given"))) for m in b.items(h.get("motions")))
    if rows:
        blocks.append(Table((ctx.t("h.motion_by"), ctx.t("h.subject"), ctx.t("h.ruling"), ctx.t("h.reason")),
                            rows, widths=(2, 4, 2, 4)))
    allegations = allegation_table(ctx, h)
    if allegations is not None:
        blocks += [Heading(ctx.t("f.torture"), 3), allegations]
    elif h.get("torture_allegations") == []:
        b.add(blocks, b.fields((ctx.t("f.torture"), ctx.t("w.none_raised"))))
    verdicts = b.verdict_rows(ctx, h, with_date=False)
    if verdicts is not None:
        blocks += [Heading(ctx.t("sec.verdicts"), 3), verdicts]
    if len(blocks) == 1:
        blocks.append(Paragraph(ctx.t("w.none"), "muted"))
    return blocks


def hearing_report(rec: Records, hearing_id: str, lang: str = "en", *, include_device_only: bool = False,
                   include_contact: bool = False, edition: str = "internal") -> Report:
    ctx = Context(rec, lang, include_device_only=include_device_only, include_contact=include_contact,
                  edition=edition)
    h = b.start(ctx, hearing_id, "hearing")
    case = ctx.get(h.get("case_id")) or {}
    blocks: list[Block] = []
    if h.get("draft"):
        blocks.append(Paragraph(ctx.t("note.draft"), "muted"))
    blocks.append(Heading(ctx.t("sec.case_court")))
    b.add(blocks, b.fields(
        (ctx.t("f.case"), str(case.get("title") or "")),
        (ctx.t("f.case_number"), str(case.get("official_case_number") or "")),
        (ctx.t("f.court"), ctx.name(h.get("court_id") or case.get("court_id"))),
        (ctx.t("f.venue"), ctx.name(h.get("venue_location_id") or case.get("venue_location_id"))),
        (ctx.t("f.courtroom"), str(h.get("courtroom") or "")),
        (ctx.t("f.instance"), ctx.label("instance", h.get("instance"))),
        (ctx.t("f.hearing_type"), ctx.label("hearing_type", h.get("hearing_type"))),
        (ctx.t("f.status"), ctx.label("hearing_status", h.get("status"))),
        (ctx.t("f.languages"), ", ".join(map(str, h.get("language") or [])) if isinstance(
            h.get("language"), list) else ""),
    ))
    blocks.append(Heading(ctx.t("sec.times")))
    day = h.get("date")
    b.add(blocks, b.fields(
        (ctx.t("f.date"), ctx.date(day)),
        (ctx.t("f.scheduled_start"), strings.time_of(h.get("scheduled_start"), ctx.lang, day)),
        (ctx.t("f.actual_start"), strings.time_of(h.get("actual_start"), ctx.lang, day)),
        (ctx.t("f.actual_end"), strings.time_of(h.get("actual_end"), ctx.lang, day)),
        (ctx.t("f.adjourned_to"), ctx.date(h.get("adjourned_to"))),
        (ctx.t("f.adjournment_reason"), str(h.get("adjournment_reason") or "")),
    ))
    blocks += _parties(ctx, h)
    blocks += _access(ctx, h)
    blocks += _proceedings(ctx, h)
    blocks += _checklist(ctx, b.items(h.get("fair_trial")))
    blocks.append(Heading(ctx.t("sec.narrative")))
    narrative = str(h.get("narrative") or "").strip()
    blocks.append(Paragraph(narrative, "narrative") if narrative else Paragraph(ctx.t("w.none"), "muted"))
    if h.get("notes"):
        blocks += [Heading(ctx.t("f.notes"), 3), Paragraph(str(h["notes"]), "narrative")]
    blocks += b.attachments(ctx, b.attachments_of(ctx, {hearing_id}, []))
    blocks += b.sources(ctx, [h])
    blocks += b.contacts(ctx)
    data_notes = b.illustrative(ctx, [h])
    if data_notes is not None:
        blocks += [Heading(ctx.t("sec.data_notes")), data_notes]
    title = ctx.t("report.hearing")
    subtitle = " · ".join(p for p in (str(case.get("title") or ""), ctx.date(day)) if p)
    return b.finish(ctx, "hearing", title, subtitle, blocks)
