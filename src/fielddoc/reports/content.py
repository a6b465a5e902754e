"""What each report shows, gathered from the records into :mod:`fielddoc.reports.model` (Qt-free).

Public API
- ``hearing_report(rec, hearing_id, lang, *, include_device_only=False, include_contact=False)``
- ``case_summary(rec, case_id, lang, ...)``
- ``period_report(rec, date_from, date_to, lang, ...)``

Each returns a :class:`~fielddoc.reports.model.Report`. ``device_only``
records and ``contact`` fields are left out unless explicitly included (see
:mod:`fielddoc.reports.context`); asking for a report ON a device-only record
without including them raises :class:`ReportRefused`.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select

from fielddoc import __version__
from fielddoc.errors import FieldDocError, RecordNotFound
from fielddoc.records import custody, vocab
from fielddoc.records.allegation_counts import count_allegations
from fielddoc.records.case_selection import CaseSelection, restrict_records
from fielddoc.records.ids import now_iso
from fielddoc.records.service import Records
from fielddoc.reports import allegations, codes, period, strings
from fielddoc.reports.allegations import allegation_table, defendant_table, sentence_text
from fielddoc.reports.context import Context
from fielddoc.reports.model import Block, Chart, Fields, Heading, Paragraph, Report, Table
from fielddoc.store.schema import records as records_table


class ReportRefused(FieldDocError):
    msgid = ("{record_id} is a device-only record; a report on it is made only if you include "
             "device-only records explicitly (--include-device-only).")


class WrongKind(FieldDocError):
    msgid = "{record_id} is {actual}, not {expected}; choose a {expected} for this report."


# -- helpers ------------------------------------------------------------------------
def _fields(*pairs: tuple[str, Any]) -> Fields | None:
    rows = tuple((k, str(v)) for k, v in pairs if v not in (None, "", []))
    return Fields(rows) if rows else None


def _add(blocks: list[Block], *items: Block | None) -> None:
    blocks.extend(b for b in items if b is not None)


def _d(doc: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(doc, dict):
            return None
        doc = doc.get(key)
    return doc


def _list(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _start(ctx: Context, record_id: str, expected: str) -> dict[str, Any]:
    try:
        meta = ctx.rec.meta(record_id)
    except RecordNotFound:
        raise RecordNotFound(record_id=record_id) from None
    if meta["deleted_at"]:
        raise RecordNotFound(record_id=record_id)
    if meta["kind"] != expected:
        raise WrongKind(record_id=record_id, actual=meta["kind"], expected=expected)
    doc = ctx.get(record_id)
    if doc is None:
        raise ReportRefused(record_id=record_id)
    return doc


def _finish(ctx: Context, kind: str, title: str, subtitle: str, blocks: list[Block]) -> Report:
    conf, tlp = ctx.marking()
    when = strings.date(now_iso()[:10], ctx.lang)
    store, author, shown = ctx.rec.store, ctx.rec.author, set(ctx.used)

    def logged(sha256: str) -> None:
        custody.log_output(store.engine, store.device_id, author, shown,
                           {"output": "pdf", "report": kind, "sha256": sha256})

    report = Report(kind=kind, lang=ctx.lang, title=title, subtitle=subtitle, tlp=tlp,
                    generated=ctx.t("generated", date=when, version=__version__),
                    tlp_note=ctx.t("tlp." + tlp), blocks=blocks, record_ids=shown,
                    withheld=len(ctx.withheld), on_saved=logged)
    if ctx.edition is not None:
        ctx.edition.finish(report)
    return report


def _sentence(ctx: Context, v: dict[str, Any]) -> str:
    return sentence_text(ctx, _d(v, "sentence"))


def _tone(item: vocab.FairTrialItem | None, obs: dict[str, Any]) -> str | None:
    a = obs.get("assessment")
    if a == "apparent_violation":
        return "violation"
    if a == "concern":
        return "concern"
    if a == "no_concern":
        return "ok"
    if item is not None and item.expected and obs.get("answer") in ("yes", "no", "partly") \
            and obs.get("answer") != item.expected:
        return "differs"
    return None


def _illustrative(ctx: Context, docs: list[dict[str, Any]]) -> Table | None:
    rows = []
    for doc in docs:
        fields = doc.get("_illustrative")
        if isinstance(fields, list) and fields:
            rows.append((str(doc.get("id")), "; ".join(str(f) for f in fields)))
    if not rows:
        return None
    return Table((ctx.t("h.record"), ctx.t("h.fields")), tuple(rows), widths=(1, 3))


def _sources(ctx: Context, docs: list[dict[str, Any]]) -> list[Block]:
    seen: list[str] = []
    for doc in docs:
        for sid in doc.get("source_ids") or []:
            if isinstance(sid, str) and sid not in seen:
                seen.append(sid)
    rows = []
    for sid in seen:
        src = ctx.get(sid)
        if src is None:
            continue
        publisher = ctx.name(src.get("publisher_id") or src.get("person_id"))
        rows.append((str(src.get("title") or sid), publisher, ctx.date(src.get("date")),
                     str(src.get("url") or "")))
    if not rows:
        return []
    return [Heading(ctx.t("sec.sources")),
            Table((ctx.t("h.title"), ctx.t("h.publisher"), ctx.t("h.date"), "URL"), tuple(rows),
                  widths=(5, 2, 2, 4))]


def _attachments_of(ctx: Context, record_ids: set[str], explicit: list[str]) -> list[dict[str, Any]]:
    """Attachments related to any of ``record_ids`` (by related_ids) or named in ``explicit``."""
    found: dict[str, dict[str, Any]] = {}
    for aid in explicit:
        doc = ctx.get(aid)
        if doc is not None:
            found[aid] = doc
    with ctx.rec.store.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(
            select(records_table.c.id).where(records_table.c.kind == "attachment",
                                             records_table.c.deleted_at.is_(None))
            .order_by(records_table.c.date_sort, records_table.c.id))]
    for aid in ids:
        if aid in found:
            continue
        doc = ctx._load(aid)
        if doc is None:
            continue
        related = doc.get("related_ids") if isinstance(doc.get("related_ids"), list) else []
        if record_ids & set(related):
            ctx.use(doc)
            found[aid] = doc
    return list(found.values())


def _attachments(ctx: Context, atts: list[dict[str, Any]]) -> list[Block]:
    blocks: list[Block] = [Heading(ctx.t("sec.attachments"))]
    if not atts:
        return [*blocks, Paragraph(ctx.t("w.none"), "muted")]
    for a in atts:
        blocks.append(Heading(str(a.get("title") or a.get("id")), 3))
        cap = a.get("capture") if isinstance(a.get("capture"), dict) else {}
        _add(blocks, _fields((ctx.t("h.date"), ctx.date(cap.get("captured_at"))),
                             (ctx.t("h.by"), ctx.name(cap.get("captured_by_id"))),
                             ("URL", cap.get("url") or "")))
        rows = tuple((str(f.get("file_name") or ""), ctx.label("file_role", f.get("role")),
                      str(f.get("sha256") or "")) for f in _list(a.get("files")))
        if rows:
            blocks.append(Table((ctx.t("h.file"), ctx.t("h.role"), ctx.t("h.sha256")), rows,
                                widths=(3, 2, 6), mono=(2,)))
    return blocks


def _contacts(ctx: Context) -> list[Block]:
    if not ctx.include_contact:
        return []
    rows = []
    for rid in sorted(ctx.used):
        doc = ctx._cache.get(rid)
        if doc and doc.get("contact") not in (None, "", {}):
            c = doc["contact"]
            text = "; ".join(f"{k}: {v}" for k, v in c.items()) if isinstance(c, dict) else str(c)
            rows.append((ctx.name(rid), text))
    if not rows:
        return []
    return [Heading(ctx.t("sec.contacts")), Table((ctx.t("h.name"), ctx.t("h.contact")), tuple(rows),
                                                  widths=(1, 2))]


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
            tones.append(_tone(item, o))
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
        interp_text = "; ".join(b for b in bits if b)
    _add(blocks, _fields(
        (ctx.t("f.presiding_judge"), ctx.name(h.get("presiding_judge_id"))),
        (ctx.t("f.panel"), ctx.names(h.get("panel_ids"))),
        (ctx.t("f.jury"), ctx.yesno(jury) if isinstance(jury, bool) else ("" if jury is None else str(jury))),
        (ctx.t("f.prosecutors"), ctx.names(h.get("prosecutor_ids"))),
        (ctx.t("f.interpreter"), interp_text),
    ))
    rows = tuple((ctx.name(d.get("person_id")), ctx.label("presence", d.get("presence")),
                  ctx.label("in_custody", d.get("in_custody")), ctx.label("dock", d.get("dock")),
                  ctx.yesno(d.get("restraints")), str(d.get("note") or ""))
                 for d in _list(h.get("defendants")))
    if rows:
        blocks.append(Table((ctx.t("h.defendant"), ctx.t("h.presence"), ctx.t("h.custody"), ctx.t("h.dock"),
                             ctx.t("h.restraints"), ctx.t("h.note")), rows, widths=(4, 3, 2, 3, 2, 3)))
    rows = tuple((ctx.name(c.get("person_id")) or str(c.get("description") or ""),
                  ctx.names(c.get("client_ids")), ctx.label("counsel_appointment", c.get("appointment")),
                  str(c.get("note") or "")) for c in _list(h.get("defence_counsel")))
    if rows:
        blocks.append(Table((ctx.t("h.counsel"), ctx.t("h.clients"), ctx.t("h.appointment"), ctx.t("h.note")),
                            rows, widths=(3, 3, 2, 3)))
    rows = tuple((ctx.name(w.get("person_id")) or str(w.get("code") or ""),
                  codes.label("party", w.get("called_by"), ctx.lang),
                  ", ".join(x for x in (ctx.t("w.anonymous") if w.get("anonymous") else "",
                                        ctx.t("w.remote") if w.get("remote") else "") if x),
                  str(w.get("note") or "")) for w in _list(h.get("witnesses")))
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

    _add(blocks, _fields(
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
    for m in _list(h.get("monitors")):
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
                  str(e.get("summary") or "")) for e in _list(h.get("procedural_events")))
    if rows:
        blocks.append(Table((ctx.t("h.time"), ctx.t("h.event"), ctx.t("h.by"), ctx.t("h.note")), rows,
                            widths=(2, 2, 3, 7)))
    rows = tuple((str(q.get("time") or ""), ctx.name(q.get("speaker_id")), str(q.get("language") or ""),
                  str(q.get("text") or "")) for q in _list(h.get("quotes")))
    if rows:  # words said in court, verbatim, in the language they were said in
        blocks.append(Table((ctx.t("h.time"), ctx.t("h.speaker"), ctx.t("h.language"), ctx.t("h.words")),
                            rows, widths=(2, 3, 1, 8)))
    rows = tuple((codes.label("party", m.get("by"), ctx.lang), str(m.get("subject") or ""),
                  codes.label("ruling", m.get("ruling"), ctx.lang),
                  ctx.yesno(m.get("reason_given"))) for m in _list(h.get("motions")))
    if rows:
        blocks.append(Table((ctx.t("h.motion_by"), ctx.t("h.subject"), ctx.t("h.ruling"), ctx.t("h.reason")),
                            rows, widths=(2, 4, 2, 4)))
    allegations = allegation_table(ctx, h)
    if allegations is not None:
        blocks += [Heading(ctx.t("f.torture"), 3), allegations]
    elif h.get("torture_allegations") == []:
        _add(blocks, _fields((ctx.t("f.torture"), ctx.t("w.none_raised"))))
    verdicts = _verdict_rows(ctx, h, with_date=False)
    if verdicts is not None:
        blocks += [Heading(ctx.t("sec.verdicts"), 3), verdicts]
    if len(blocks) == 1:
        blocks.append(Paragraph(ctx.t("w.none"), "muted"))
    return blocks


def _verdict_rows(ctx: Context, h: dict[str, Any], *, with_date: bool) -> Table | None:
    rows = []
    for v in _list(h.get("verdicts")):
        row = (ctx.name(v.get("defendant_id")), ctx.label("verdict_result", v.get("result")),
               _sentence(ctx, v), str(v.get("note") or ""))
        rows.append(((ctx.date(h.get("date")),) + row) if with_date else row)
    if not rows:
        return None
    cols = (ctx.t("h.defendant"), ctx.t("h.result"), ctx.t("h.sentence"), ctx.t("h.note"))
    widths: tuple[int, ...] = (3, 2, 3, 3)
    if with_date:
        cols, widths = (ctx.t("h.date"), *cols), (2, *widths)
    return Table(cols, tuple(rows), widths=widths)


def hearing_report(rec: Records, hearing_id: str, lang: str = "en", *, include_device_only: bool = False,
                   include_contact: bool = False, edition: str = "internal") -> Report:
    ctx = Context(rec, lang, include_device_only=include_device_only, include_contact=include_contact,
                  edition=edition)
    h = _start(ctx, hearing_id, "hearing")
    case = ctx.get(h.get("case_id")) or {}
    blocks: list[Block] = []
    if h.get("draft"):
        blocks.append(Paragraph(ctx.t("note.draft"), "muted"))
    blocks.append(Heading(ctx.t("sec.case_court")))
    _add(blocks, _fields(
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
    _add(blocks, _fields(
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
    blocks += _checklist(ctx, _list(h.get("fair_trial")))
    blocks.append(Heading(ctx.t("sec.narrative")))
    narrative = str(h.get("narrative") or "").strip()
    blocks.append(Paragraph(narrative, "narrative") if narrative else Paragraph(ctx.t("w.none"), "muted"))
    if h.get("notes"):
        blocks += [Heading(ctx.t("f.notes"), 3), Paragraph(str(h["notes"]), "narrative")]
    blocks += _attachments(ctx, _attachments_of(ctx, {hearing_id}, []))
    blocks += _sources(ctx, [h])
    blocks += _contacts(ctx)
    data_notes = _illustrative(ctx, [h])
    if data_notes is not None:
        blocks += [Heading(ctx.t("sec.data_notes")), data_notes]
    title = ctx.t("report.hearing")
    subtitle = " · ".join(p for p in (str(case.get("title") or ""), ctx.date(day)) if p)
    return _finish(ctx, "hearing", title, subtitle, blocks)


# -- case summary --------------------------------------------------------------------------
def _concern_counts(ctx: Context, sets: list[list[dict[str, Any]]]) -> dict[str, list[int]]:
    """group -> [apparent violations, concerns, differs-and-not-assessed] (as the statistics page)."""
    out: dict[str, list[int]] = {}
    for obs in sets:
        for o in obs:
            item = vocab.FAIR_TRIAL_BY_ID.get(str(o.get("item")))
            if item is None:
                continue
            tone = _tone(item, o)
            bucket = out.setdefault(item.group, [0, 0, 0])
            if tone == "violation":
                bucket[0] += 1
            elif tone == "concern":
                bucket[1] += 1
            elif tone == "differs" and o.get("assessment") in (None, "not_assessed"):
                bucket[2] += 1
    return out


def _concern_chart(ctx: Context, counts: dict[str, list[int]], titled: bool = True) -> Chart:
    groups = [g for g in vocab.FT_GROUPS if g in counts and sum(counts[g])]
    return Chart(
        title=ctx.t("chart.concerns") if titled else "", kind="bars",
        categories=tuple(f"{g}. {vocab.FT_GROUPS[g].label(ctx.lang)}" for g in groups),
        series=(ctx.t("chart.violation"), ctx.t("chart.concern"), ctx.t("chart.differs")),
        values=tuple(tuple(counts[g]) for g in groups),
        tones=("violation", "concern", "differs"), empty_text=ctx.t("chart.empty"))


def _hearing_what(ctx: Context, h: dict[str, Any]) -> str:
    return ", ".join(p for p in (ctx.label("hearing_type", h.get("hearing_type")),
                                 ctx.label("instance", h.get("instance")),
                                 ctx.label("hearing_status", h.get("status"))) if p)


def _detention_events(ctx: Context, d: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(sort key, date text, event) of one detention."""
    who = ctx.name(d.get("person_id"))
    ev: list[tuple[str, str, str]] = []

    def add(when: Any, text: str) -> None:
        if when:
            ev.append((strings.sort_key(when), ctx.date(when), text))

    app = d.get("apprehension") if isinstance(d.get("apprehension"), dict) else {}
    add(app.get("datetime"), ctx.t("ev.apprehended", person=who))
    add(d.get("first_judicial_appearance"), ctx.t("ev.before_judge", person=who))
    for r in _list(d.get("judicial_reviews")):
        add(r.get("date"), ctx.t("ev.review", person=who, outcome=str(r.get("outcome") or "")))
    for seg in _list(d.get("custody_segments")):
        place = str(seg.get("facility") or ctx.label("facility_type", seg.get("facility_type")))
        add(seg.get("from"), ctx.t("ev.custody", person=who, place=place))
    rel = d.get("release") if isinstance(d.get("release"), dict) else {}
    add(rel.get("date"), ctx.t("ev.released", person=who, how=ctx.label("release_type", rel.get("type"))))
    return ev


def _detention_table(ctx: Context, dets: list[dict[str, Any]]) -> Table:
    rows = []
    for d in dets:
        app = d.get("apprehension") if isinstance(d.get("apprehension"), dict) else {}
        places = "; ".join(str(s.get("facility") or ctx.label("facility_type", s.get("facility_type")))
                           for s in _list(d.get("custody_segments")))
        rel = d.get("release") if isinstance(d.get("release"), dict) else {}
        release = " ".join(p for p in (ctx.date(rel.get("date")),
                                       f"({ctx.label('release_type', rel.get('type'))})" if rel.get("type")
                                       else "") if p)
        rows.append((ctx.date(app.get("datetime")), ctx.name(d.get("person_id")),
                     ctx.label("procedure", d.get("procedure")), places, release))
    return Table((ctx.t("h.date"), ctx.t("h.person"), ctx.t("h.procedure"), ctx.t("h.custody_place"),
                  ctx.t("h.release")), tuple(rows), widths=(3, 4, 3, 5, 4))


def case_summary(rec: Records, case_id: str, lang: str = "en", *, include_device_only: bool = False,
                 include_contact: bool = False, edition: str = "internal") -> Report:
    ctx = Context(rec, lang, include_device_only=include_device_only, include_contact=include_contact,
                  edition=edition)
    case = _start(ctx, case_id, "case")
    hearings = ctx.listed("hearing", case_id=case_id)
    detentions = ctx.listed("detention", case_id=case_id)
    for doc in hearings + detentions:
        ctx.use(doc)
    blocks: list[Block] = []
    if case.get("draft"):
        blocks.append(Paragraph(ctx.t("note.draft"), "muted"))
    blocks.append(Heading(ctx.t("sec.case")))
    _add(blocks, _fields(
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
    for c in _list(case.get("charges")):
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
    for p in _list(case.get("procedural_history")):
        events.append((strings.sort_key(p.get("date")), ctx.date(p.get("date")), str(p.get("event") or "")))
    for h in hearings:
        events.append((strings.sort_key(h.get("date")), ctx.date(h.get("date")),
                       ctx.t("ev.hearing", what=_hearing_what(ctx, h))))
    for d in detentions:
        events += _detention_events(ctx, d)
    if case.get("first_instance_judgment"):
        j = case["first_instance_judgment"]
        if not any(h.get("hearing_type") == "verdict_announcement" and strings.sort_key(h.get("date"))
                   == strings.sort_key(j) for h in hearings):
            events.append((strings.sort_key(j), ctx.date(j), ctx.t("ev.judgment")))
    events.sort(key=lambda e: e[0])
    blocks.append(Table((ctx.t("h.date"), ctx.t("h.event")), tuple((e[1], e[2]) for e in events),
                        widths=(2, 5)) if events else Paragraph(ctx.t("w.none"), "muted"))

    blocks.append(Heading(ctx.t("sec.concerns")))
    sets = [_list(case.get("fair_trial"))] + [_list(h.get("fair_trial")) for h in hearings]
    blocks.append(_concern_chart(ctx, _concern_counts(ctx, sets), titled=False))
    blocks.append(Paragraph(ctx.t("note.concerns_scope"), "muted"))
    rows, tones = [], []
    order = {i.id: n for n, i in enumerate(vocab.FAIR_TRIAL_ITEMS)}
    observed = [(ctx.t("w.case_level"), "", o) for o in _list(case.get("fair_trial"))]
    observed += [(ctx.date(h.get("date")), strings.sort_key(h.get("date")), o)
                 for h in hearings for o in _list(h.get("fair_trial"))]
    observed.sort(key=lambda x: (order.get(str(x[2].get("item")), 999), x[1]))
    for when, _, o in observed:
        item = vocab.FAIR_TRIAL_BY_ID.get(str(o.get("item")))
        tone = _tone(item, o)
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
        table = _verdict_rows(ctx, h, with_date=True)
        if table is not None:
            vrows += table.rows
    if vrows:
        blocks.append(Table((ctx.t("h.date"), ctx.t("h.defendant"), ctx.t("h.result"), ctx.t("h.sentence"),
                             ctx.t("h.note")), tuple(vrows), widths=(2, 3, 2, 3, 3)))
    else:
        blocks.append(Paragraph(ctx.t("w.none"), "muted"))
    if detentions:
        blocks += [Heading(ctx.t("sec.detentions")), _detention_table(ctx, detentions)]
    blocks += _sources(ctx, [case, *hearings, *detentions])
    blocks += _contacts(ctx)
    data_notes = _illustrative(ctx, [case, *hearings, *detentions])
    if data_notes is not None:
        blocks += [Heading(ctx.t("sec.data_notes")), data_notes]
    return _finish(ctx, "case", ctx.t("report.case"), str(case.get("title") or case_id), blocks)


# -- period report ---------------------------------------------------------------------------
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
    observations = [_list(h.get("fair_trial")) for h in hearings]
    observations += [_list(c.get("fair_trial")) for c in cases]
    counts = _concern_counts(ctx, observations)
    n_obs = sum(len(o) for o in observations)
    n_concern = sum(v[0] + v[1] for v in counts.values())
    n = len(hearings)
    with_obs = sum(1 for h in hearings if _list(h.get("fair_trial")))
    with_concern = sum(1 for h in hearings if any(
        _tone(vocab.FAIR_TRIAL_BY_ID.get(str(o.get("item"))), o) in ("violation", "concern")
        for o in _list(h.get("fair_trial"))))

    blocks: list[Block] = [Heading(ctx.t("sec.statistics"))]
    if chosen is not None and selection is not None:
        blocks.append(Paragraph(period.selection_text(ctx, selection, len(chosen))))
    blocks.append(Table((ctx.t("h.type"), ctx.t("h.count"), ctx.t("pr.out_of")), (
        (ctx.t("stat.hearings"), str(n), ""),
        (ctx.t("stat.incidents"), str(len(incidents)), ""),
        (ctx.t("stat.detentions"), str(len(detentions)),
         ctx.t("pr.began", n=sum(1 for d in detentions if period.began_in(d, date_from)))),
        (ctx.t("stat.observations"), str(n_obs),
         ctx.t("pr.obs_in", k=with_obs, n=n, c=sum(1 for c in cases if _list(c.get("fair_trial"))))),
        (ctx.t("stat.concerns"), str(n_concern), ctx.t("pr.concerns_of", m=n_obs, k=with_concern, n=n)),
    ), widths=(4, 1, 4)))
    blocks.append(Paragraph(ctx.t("note.period_scope"), "muted"))
    blocks.append(Paragraph(ctx.t("pr.scope_detentions"), "muted"))
    blocks.append(_per_month(ctx, hearings, date_from, date_to))
    blocks.append(_concern_chart(ctx, counts))
    if hearings:
        blocks += [Heading(ctx.t("pr.by_right"), 3), period.by_right(ctx, hearings, _tone)]
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
        for code in {str(s.get("facility_type")) for s in _list(d.get("custody_segments"))
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
        c = _concern_counts(ctx, [_list(h.get("fair_trial"))])
        bad = sum(v[0] + v[1] for v in c.values())
        rows.append((ctx.date(h.get("date")), str(case.get("title") or ""), ctx.name(h.get("court_id")),
                     _hearing_what(ctx, h), str(bad) if bad else ""))
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
    blocks.append(_detention_table(ctx, detentions) if detentions else Paragraph(ctx.t("w.none"), "muted"))
    blocks += _contacts(ctx)
    start = strings.date(date_from, ctx.lang) if date_from else ""
    end = strings.date(date_to, ctx.lang) if date_to else ""
    if start and end:
        subtitle = ctx.t("period.range", start=start, end=end)
    elif start:
        subtitle = ctx.t("period.open_end", start=start)
    else:
        subtitle = ctx.t("period.open_start", end=end) if end else ""
    return _finish(ctx, "period", ctx.t("report.period"), subtitle, blocks)


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
