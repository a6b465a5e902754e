"""Report tables of torture allegations and of a case's defendants (issue 12)."""

from __future__ import annotations

from typing import Any

from fielddoc.records import huridocs, vocab
from fielddoc.records.allegation_counts import NOT_RECORDED, AllegationCounts
from fielddoc.records.defendants import case_defendants
from fielddoc.reports import strings
from fielddoc.reports.context import Context
from fielddoc.reports.model import Table

strings.register({
    "al.title": ("Torture allegations by court response", "Заявления о пытках по ответу суда",
                 "Азаптау туралы арыздар соттың жауабы бойынша"),
    "al.response": ("Court response", "Ответ суда", "Соттың жауабы"),
    "al.allegations": ("Allegations", "Заявлений", "Арыздар"),
    "al.persons": ("Persons", "Лиц", "Адамдар"),
    "al.out_of": ("Out of", "Из", "Барлығы"),
    "al.not_recorded": ("Not recorded", "Не указано", "Көрсетілмеген"),
    "al.total": ("All allegations", "Все заявления", "Барлық арыздар"),
    "al.of": ("of {n} allegations", "всего заявлений: {n}", "барлық арыз саны: {n}"),
    "al.in_hearings": ("in {k} of {n} hearings", "на {k} из {n} заседаний", "{n} отырыстың {k} отырысында"),
    "al.line": ("{label}: allegations {n}, persons {persons} ({of})",
                "{label}: заявлений {n}, лиц {persons} ({of})",
                "{label}: арыздар {n}, адамдар {persons} ({of})"),
    "al.scope": (
        "Each allegation recorded at a hearing counts once; a person who alleged torture at several "
        "hearings counts once among the persons.",
        "Каждое заявление, записанное на заседании, учитывается один раз; лицо, заявившее о пытках "
        "на нескольких заседаниях, учитывается среди лиц один раз.",
        "Отырыста жазылған әр арыз бір рет есептеледі; бірнеше отырыста азаптау туралы мәлімдеген "
        "адам адамдар арасында бір рет есептеледі."),
})


def response_label(code: str, lang: str) -> str:
    """A court response in words ("" is "not recorded")."""
    if code == NOT_RECORDED:
        return strings.t("al.not_recorded", lang)
    return vocab.label("court_response", code, lang)


def response_rows(counts: AllegationCounts, lang: str) -> list[tuple[str, str, str, str]]:
    """(response, allegations, persons, out of) per response, then the total row."""
    t = lambda key, **kw: strings.t(key, lang, **kw)  # noqa: E731
    rows = [(response_label(r.response, lang), str(r.allegations), str(r.persons),
             t("al.of", n=counts.allegations)) for r in counts.rows]
    rows.append((t("al.total"), str(counts.allegations), str(counts.persons),
                 t("al.in_hearings", k=counts.hearings_with, n=counts.hearings)))
    return rows


def response_table(counts: AllegationCounts, lang: str) -> Table:
    """The table of allegations and distinct persons per court response, with denominators."""
    t = lambda key: strings.t(key, lang)  # noqa: E731
    return Table((t("al.response"), t("al.allegations"), t("al.persons"), t("al.out_of")),
                 tuple(response_rows(counts, lang)), widths=(5, 2, 2, 4))


def _list(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def allegation_table(ctx: Context, h: dict[str, Any]) -> Table | None:
    """One row per allegation: who, role, raised by, phase, methods, perpetrators, the court's response."""
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


def defendant_table(ctx: Context, case_id: str) -> Table | None:
    """The per-defendant table of a case (records.defendants): one row per defendant."""
    rows = []
    for d in case_defendants(ctx.rec, case_id, get=ctx.get):
        presence = ", ".join(f"{ctx.label('presence', k) if k != 'unknown' else ctx.t('w.unknown')} {n}"
                             for k, n in d.presence_counts().items())
        counsel = ", ".join([ctx.name(c) for c in d.counsel_ids] + d.counsel_descriptions)
        charges = "; ".join(" ".join(str(c.get(k) or "") for k in ("code", "article")).strip()
                            + (f" ({c['part']})" if c.get("part") else "") for c in d.charges)
        responses = [ctx.label("court_response", a.get("court_response")) for a in d.allegations
                     if a.get("court_response")]
        allegations = str(len(d.allegations)) + (f": {', '.join(responses)}" if responses else "")
        verdict = d.verdict or {}
        result = ctx.label("verdict_result", verdict.get("result"))
        rows.append((ctx.name(d.person_id), presence, ctx.label("in_custody", d.custody), counsel, charges,
                     allegations, f"{result} {ctx.date(verdict.get('date'))}".strip() if result else ""))
    if not rows:
        return None
    cols = (ctx.t("h.defendant"), ctx.t("h.presence"), ctx.t("h.custody"), ctx.t("h.counsel"),
            ctx.t("h.charges"), ctx.t("h.allegations"), ctx.t("h.verdict"))
    return Table(cols, tuple(rows), widths=(3, 3, 2, 3, 3, 3, 3))


def _term(ctx: Context, s: dict[str, Any]) -> str:
    parts = []
    for key, word in (("years", "w.years"), ("months", "w.months"), ("days", "w.days")):
        n = s.get(key)
        if isinstance(n, int | float) and not isinstance(n, bool) and n:
            parts.append(ctx.t(word, n=strings.number(n, ctx.lang)))
    return " ".join(parts)


def sentence_text(ctx: Context, s: Any) -> str:
    """A verdict's sentence in words: type and term, fine, suspension, probation, regime, extras."""
    if not isinstance(s, dict):
        return ""
    parts = [" ".join(p for p in (ctx.label("sentence_type", s.get("type")), _term(ctx, s)) if p)]
    fine = s.get("fine") if isinstance(s.get("fine"), dict) else {}
    if isinstance(fine.get("amount"), int | float) and not isinstance(fine.get("amount"), bool):
        parts.append(ctx.t("w.fine", amount=strings.number(fine["amount"], ctx.lang),
                           unit=ctx.label("fine_unit", fine.get("unit"))).strip())
    if s.get("suspended"):
        parts.append(ctx.t("w.suspended"))
    if isinstance(s.get("probation_months"), int) and s["probation_months"]:
        parts.append(ctx.t("w.probation", n=strings.number(s["probation_months"], ctx.lang)))
    if s.get("regime"):
        parts.append(ctx.label("prison_regime", s.get("regime")))
    for extra in _list(s.get("additional_penalties")):
        words = " ".join(p for p in (ctx.label("additional_penalty", extra.get("type")), _term(ctx, extra),
                                     str(extra.get("description") or "")) if p)
        if words:
            parts.append(words)
    return ", ".join(p for p in parts if p)
