"""The pieces every report is built of (fields, tables of sources, attachments, contacts, verdicts,
concern counts, detention tables) and the report's refusals; the reports themselves are in
:mod:`fielddoc.reports.content` (hearing), :mod:`fielddoc.reports.summary` (case) and
:mod:`fielddoc.reports.period_report` (period). Qt-free.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from fielddoc import __version__
from fielddoc.errors import FieldDocError, RecordNotFound
from fielddoc.records import custody, vocab
from fielddoc.records.ids import now_iso
from fielddoc.reports import strings
from fielddoc.reports.allegations import sentence_text
from fielddoc.reports.context import Context
from fielddoc.reports.model import Block, Chart, Fields, Heading, Paragraph, Report, Table
from fielddoc.store.schema import records as records_table


class ReportRefused(FieldDocError):
    msgid = ("{record_id} is a device-only record; a report on it is made only if you include "
             "device-only records explicitly (--include-device-only).")


class WrongKind(FieldDocError):
    msgid = "{record_id} is {actual}, not {expected}; choose a {expected} for this report."


# -- helpers ------------------------------------------------------------------------
def fields(*pairs: tuple[str, Any]) -> Fields | None:
    rows = tuple((k, str(v)) for k, v in pairs if v not in (None, "", []))
    return Fields(rows) if rows else None


def add(blocks: list[Block], *items: Block | None) -> None:
    blocks.extend(b for b in items if b is not None)


def at(doc: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(doc, dict):
            return None
        doc = doc.get(key)
    return doc


def items(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def start(ctx: Context, record_id: str, expected: str) -> dict[str, Any]:
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


def finish(ctx: Context, kind: str, title: str, subtitle: str, blocks: list[Block]) -> Report:
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


def sentence(ctx: Context, v: dict[str, Any]) -> str:
    return sentence_text(ctx, at(v, "sentence"))


def tone(item: vocab.FairTrialItem | None, obs: dict[str, Any]) -> str | None:
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


def illustrative(ctx: Context, docs: list[dict[str, Any]]) -> Table | None:
    rows = []
    for doc in docs:
        named = doc.get("_illustrative")
        if isinstance(named, list) and named:
            rows.append((str(doc.get("id")), "; ".join(str(f) for f in named)))
    if not rows:
        return None
    return Table((ctx.t("h.record"), ctx.t("h.fields")), tuple(rows), widths=(1, 3))


def sources(ctx: Context, docs: list[dict[str, Any]]) -> list[Block]:
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


def attachments_of(ctx: Context, record_ids: set[str], explicit: list[str]) -> list[dict[str, Any]]:
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


def attachments(ctx: Context, atts: list[dict[str, Any]]) -> list[Block]:
    blocks: list[Block] = [Heading(ctx.t("sec.attachments"))]
    if not atts:
        return [*blocks, Paragraph(ctx.t("w.none"), "muted")]
    for a in atts:
        blocks.append(Heading(str(a.get("title") or a.get("id")), 3))
        cap = a.get("capture") if isinstance(a.get("capture"), dict) else {}
        add(blocks, fields((ctx.t("h.date"), ctx.date(cap.get("captured_at"))),
                             (ctx.t("h.by"), ctx.name(cap.get("captured_by_id"))),
                             ("URL", cap.get("url") or "")))
        rows = tuple((str(f.get("file_name") or ""), ctx.label("file_role", f.get("role")),
                      str(f.get("sha256") or "")) for f in items(a.get("files")))
        if rows:
            blocks.append(Table((ctx.t("h.file"), ctx.t("h.role"), ctx.t("h.sha256")), rows,
                                widths=(3, 2, 6), mono=(2,)))
    return blocks


def contacts(ctx: Context) -> list[Block]:
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


# -- shared by the case summary and the period report----------------------------------------
def verdict_rows(ctx: Context, h: dict[str, Any], *, with_date: bool) -> Table | None:
    rows = []
    for v in items(h.get("verdicts")):
        row = (ctx.name(v.get("defendant_id")), ctx.label("verdict_result", v.get("result")),
               sentence(ctx, v), str(v.get("note") or ""))
        rows.append(((ctx.date(h.get("date")),) + row) if with_date else row)
    if not rows:
        return None
    cols = (ctx.t("h.defendant"), ctx.t("h.result"), ctx.t("h.sentence"), ctx.t("h.note"))
    widths: tuple[int, ...] = (3, 2, 3, 3)
    if with_date:
        cols, widths = (ctx.t("h.date"), *cols), (2, *widths)
    return Table(cols, tuple(rows), widths=widths)


def concern_counts(ctx: Context, sets: list[list[dict[str, Any]]]) -> dict[str, list[int]]:
    """group -> [apparent violations, concerns, differs-and-not-assessed] (as the statistics page)."""
    out: dict[str, list[int]] = {}
    for obs in sets:
        for o in obs:
            item = vocab.FAIR_TRIAL_BY_ID.get(str(o.get("item")))
            if item is None:
                continue
            found = tone(item, o)
            bucket = out.setdefault(item.group, [0, 0, 0])
            if found == "violation":
                bucket[0] += 1
            elif found == "concern":
                bucket[1] += 1
            elif found == "differs" and o.get("assessment") in (None, "not_assessed"):
                bucket[2] += 1
    return out


def concern_chart(ctx: Context, counts: dict[str, list[int]], titled: bool = True) -> Chart:
    groups = [g for g in vocab.FT_GROUPS if g in counts and sum(counts[g])]
    return Chart(
        title=ctx.t("chart.concerns") if titled else "", kind="bars",
        categories=tuple(f"{g}. {vocab.FT_GROUPS[g].label(ctx.lang)}" for g in groups),
        series=(ctx.t("chart.violation"), ctx.t("chart.concern"), ctx.t("chart.differs")),
        values=tuple(tuple(counts[g]) for g in groups),
        tones=("violation", "concern", "differs"), empty_text=ctx.t("chart.empty"))


def hearing_what(ctx: Context, h: dict[str, Any]) -> str:
    return ", ".join(p for p in (ctx.label("hearing_type", h.get("hearing_type")),
                                 ctx.label("instance", h.get("instance")),
                                 ctx.label("hearing_status", h.get("status"))) if p)


def detention_events(ctx: Context, d: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(sort key, date text, event) of one detention."""
    who = ctx.name(d.get("person_id"))
    ev: list[tuple[str, str, str]] = []

    def add(when: Any, text: str) -> None:
        if when:
            ev.append((strings.sort_key(when), ctx.date(when), text))

    app = d.get("apprehension") if isinstance(d.get("apprehension"), dict) else {}
    add(app.get("datetime"), ctx.t("ev.apprehended", person=who))
    add(d.get("first_judicial_appearance"), ctx.t("ev.before_judge", person=who))
    for r in items(d.get("judicial_reviews")):
        add(r.get("date"), ctx.t("ev.review", person=who, outcome=str(r.get("outcome") or "")))
    for seg in items(d.get("custody_segments")):
        place = str(seg.get("facility") or ctx.label("facility_type", seg.get("facility_type")))
        add(seg.get("from"), ctx.t("ev.custody", person=who, place=place))
    rel = d.get("release") if isinstance(d.get("release"), dict) else {}
    add(rel.get("date"), ctx.t("ev.released", person=who, how=ctx.label("release_type", rel.get("type"))))
    return ev


def detention_table(ctx: Context, dets: list[dict[str, Any]]) -> Table:
    rows = []
    for d in dets:
        app = d.get("apprehension") if isinstance(d.get("apprehension"), dict) else {}
        places = "; ".join(str(s.get("facility") or ctx.label("facility_type", s.get("facility_type")))
                           for s in items(d.get("custody_segments")))
        rel = d.get("release") if isinstance(d.get("release"), dict) else {}
        release = " ".join(p for p in (ctx.date(rel.get("date")),
                                       f"({ctx.label('release_type', rel.get('type'))})" if rel.get("type")
                                       else "") if p)
        rows.append((ctx.date(app.get("datetime")), ctx.name(d.get("person_id")),
                     ctx.label("procedure", d.get("procedure")), places, release))
    return Table((ctx.t("h.date"), ctx.t("h.person"), ctx.t("h.procedure"), ctx.t("h.custody_place"),
                  ctx.t("h.release")), tuple(rows), widths=(3, 4, 3, 5, 4))
