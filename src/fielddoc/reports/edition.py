"""The public and partners editions of a report (docs/reports.md §Editions): consent obeyed, pseudonyms.

A public edition shows only what may be published:

* records whose marking is above TLP:CLEAR (confidentiality other than ``public``, or a TLP other
  than CLEAR) are left out, device-only records with them; contact details are never shown;
* a source is shown only if its consent allows publication (records.consent.publish_level): a
  source with ``publish: anonymised_only`` appears as "Source S-…" without title, author or URL;
* a person's name is shown only if the person consented to publication: a public figure
  (``public_figure: true``), a group (``counting_unit: group``: it names no one), or the person of
  a source whose standing consent says ``publish: named``. Everyone else is "Person X-1A2", a
  pseudonym keyed by a per-vault secret and the person's id (never the name), so it is the same
  in every run of every report from this vault; their names (in every spelling the record holds,
  and each word of four letters or more) are also replaced wherever free text repeats them;
* page 1 says what was left out, as counts.

The **partners edition** (TLP:GREEN, for partner organisations) follows the same rules one level up:

* records marked above TLP:GREEN (confidentiality other than ``public`` or ``partners``, or a TLP
  other than CLEAR or GREEN) are left out, device-only records with them; no contact details;
* a source with a consent object is shown only if its standing consent says
  ``share_with_partners: true`` (records.consent.allows_partners), then in full; otherwise it is
  left out and counted. ``publish`` does not restrict it: sharing with partners is not publication;
* a person is named if the public edition would name them, or if they are the person of a source
  whose standing consent allows sharing with partners; everyone else gets the same stable
  pseudonym as in the public edition.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import select

from fielddoc.records import consent, schema
from fielddoc.records.service import Records
from fielddoc.reports import strings
from fielddoc.reports.model import Block, Chart, Fields, Heading, Paragraph, Report, Table
from fielddoc.store.schema import records as records_table

EDITIONS = ("internal", "public", "partners")
SECRET_SETTING = consent.PSEUDONYM_SETTING
pseudonym_code = consent.pseudonym_code

strings.register({
    "ed.person": ("Person", "Лицо", "Тұлға"),
    "ed.source": ("Source", "Источник", "Дереккөз"),
    "ed.left_out": ("[left out of the public edition]", "[исключено из публичной версии]",
                    "[жария нұсқаға енгізілмеді]"),
    "ed.title": ("Public edition (TLP:CLEAR)", "Публичная версия (TLP:CLEAR)", "Жария нұсқа (TLP:CLEAR)"),
    "ed.intro": ("This edition leaves out what may not be published. Left out:",
                 "В этой версии исключено то, что нельзя публиковать. Исключено:",
                 "Бұл нұсқада жариялауға болмайтын мәліметтер алынып тасталды. Алынып тасталғандар:"),
    "ed.above_clear": ("Records marked above TLP:CLEAR", "Записи с пометкой выше TLP:CLEAR",
                       "TLP:CLEAR деңгейінен жоғары белгіленген жазбалар"),
    "ed.device_only": ("Device-only records", "Записи «только на устройстве»", "«Тек құрылғыда» жазбалары"),
    "ed.sources": ("Sources without consent to publication", "Источники без согласия на публикацию",
                   "Жариялауға келісім бермеген дереккөздер"),
    "ed.anonymised": ("Sources shown anonymised only", "Источники, показанные только анонимно",
                      "Тек жасырын түрде көрсетілген дереккөздер"),
    "ed.pseudonyms": ("People named by a pseudonym (no consent to publication)",
                      "Лица, названные псевдонимом (нет согласия на публикацию)",
                      "Бүркеншік атпен аталған адамдар (жариялауға келісім жоқ)"),
    "ed.contacts": ("Contact details", "Контактные данные", "Байланыс деректері"),
    "ed.all": ("all", "все", "барлығы"),
    "edp.left_out": ("[left out of the partners edition]", "[исключено из версии для партнёров]",
                     "[серіктестер нұсқасына енгізілмеді]"),
    "edp.title": ("Partners edition (TLP:GREEN)", "Версия для партнёров (TLP:GREEN)",
                  "Серіктестерге арналған нұсқа (TLP:GREEN)"),
    "edp.intro": ("This edition, for partner organisations, leaves out what may not be shared with them. "
                  "Left out:",
                  "В этой версии для организаций-партнёров исключено то, чем нельзя с ними делиться. "
                  "Исключено:",
                  "Серіктес ұйымдарға арналған бұл нұсқада оларға беруге болмайтын мәліметтер алынып "
                  "тасталды. Алынып тасталғандар:"),
    "edp.above": ("Records marked above TLP:GREEN", "Записи с пометкой выше TLP:GREEN",
                  "TLP:GREEN деңгейінен жоғары белгіленген жазбалар"),
    "edp.sources": ("Sources without consent to sharing with partners",
                    "Источники без согласия на передачу партнёрам",
                    "Серіктестерге беруге келісім бермеген дереккөздер"),
    "edp.pseudonyms": ("People named by a pseudonym (no consent)",
                       "Лица, названные псевдонимом (нет согласия)",
                       "Бүркеншік атпен аталған адамдар (келісім жоқ)"),
})

#: edition -> (confidentialities admitted, TLP markings admitted)
ADMITTED: dict[str, tuple[frozenset[str], frozenset[str | None]]] = {
    "public": (frozenset({"public"}), frozenset({None, "CLEAR"})),
    "partners": (frozenset({"public", "partners"}), frozenset({None, "CLEAR", "GREEN"})),
}


class PublicEdition:
    """What a public (or partners) edition admits, and how it names people (reports.context.Context)."""

    def __init__(self, rec: Records, lang: str, level: str = "public") -> None:
        if level not in ADMITTED:
            raise ValueError(level)
        self.lang = lang
        self.level = level
        self._secret = consent.pseudonym_secret(rec.store)
        self.omitted: dict[str, set[str]] = {"above_clear": set(), "device_only": set(), "sources": set()}
        self.anonymised: set[str] = set()
        self.pseudonymised: set[str] = set()
        self._names: dict[str, list[str]] = {}  # person id -> every spelling of a non-consented name
        people: dict[str, dict[str, Any]] = {}
        sources: list[dict[str, Any]] = []
        with rec.store.engine.connect() as conn:
            rows = conn.execute(select(records_table.c.id, records_table.c.kind, records_table.c.doc).where(
                records_table.c.kind.in_(("person", "source"))))
            for rid, kind, raw in rows:
                if kind == "source":
                    sources.append(json.loads(raw))
                else:
                    people[rid] = json.loads(raw)
        self.consented = (consent.partner_people(people, sources) if level == "partners"
                          else consent.consented_people(people, sources))
        for pid, d in people.items():
            if pid not in self.consented:
                self._names[pid] = consent.name_spellings(d)

    # -- what is admitted ---------------------------------------------------------------
    def admit(self, kind: str | None, doc: dict[str, Any]) -> dict[str, Any] | None:
        """The record as the public edition shows it, or None (counted) if it is left out."""
        rid = str(doc.get("id"))
        if schema.effective_confidentiality(doc) == "device_only":
            self.omitted["device_only"].add(rid)
            return None
        levels, tlps = ADMITTED[self.level]
        if schema.effective_confidentiality(doc) not in levels or doc.get("tlp") not in tlps:
            self.omitted["above_clear"].add(rid)
            return None
        doc.pop("contact", None)
        if kind == "source" and self.level == "partners":
            if not consent.allows_partners(doc):
                self.omitted["sources"].add(rid)
                return None
        elif kind == "source":
            level = consent.publish_level(doc)
            if level == "no":
                self.omitted["sources"].add(rid)
                return None
            if level == "anonymised":
                self.anonymised.add(rid)
                return {"id": rid, "title": f"{strings.t('ed.source', self.lang)} {self.code(rid)}",
                        "confidentiality": "public"}
        if kind == "person" and rid not in self.consented:
            self.pseudonymised.add(rid)
            keep = {k: doc[k] for k in ("id", "counting_unit", "group_size", "confidentiality", "tlp")
                    if k in doc}
            keep["name"] = self.person(rid)
            return keep
        return doc

    def left_out(self) -> str:
        """What the report prints for a reference to a record left out."""
        return strings.t("edp.left_out" if self.level == "partners" else "ed.left_out", self.lang)

    def code(self, rid: str) -> str:
        return pseudonym_code(self._secret, rid)

    def person(self, rid: str) -> str:
        return f"{strings.t('ed.person', self.lang)} {self.code(rid)}"

    # -- the finished report -----------------------------------------------------------------
    def finish(self, report: Report) -> None:
        """Put the list of what was left out first, and replace leftover names in free text."""
        swap = self._scrubber()
        report.title, report.subtitle = swap(report.title), swap(report.subtitle)
        report.blocks = [_scrub(b, swap) for b in report.blocks]
        t = lambda key: strings.t(key, self.lang)  # noqa: E731
        if self.level == "partners":
            rows: tuple[tuple[str, str], ...] = (
                (t("edp.above"), str(len(self.omitted["above_clear"]))),
                (t("ed.device_only"), str(len(self.omitted["device_only"]))),
                (t("edp.sources"), str(len(self.omitted["sources"]))),
                (t("edp.pseudonyms"), str(len(self.pseudonymised))),
                (t("ed.contacts"), t("ed.all")),
            )
            head = [Heading(t("edp.title")), Paragraph(t("edp.intro")), Fields(rows)]
        else:
            rows = (
                (t("ed.above_clear"), str(len(self.omitted["above_clear"]))),
                (t("ed.device_only"), str(len(self.omitted["device_only"]))),
                (t("ed.sources"), str(len(self.omitted["sources"]))),
                (t("ed.anonymised"), str(len(self.anonymised))),
                (t("ed.pseudonyms"), str(len(self.pseudonymised))),
                (t("ed.contacts"), t("ed.all")),
            )
            head = [Heading(t("ed.title")), Paragraph(t("ed.intro")), Fields(rows)]
        report.blocks[:0] = head

    def _scrubber(self) -> Any:
        pairs: dict[str, str] = {}
        for pid, names in self._names.items():
            for n in names:
                pairs.setdefault(n, self.person(pid))
        return consent.scrubber(pairs)


def _scrub(b: Block, swap: Any) -> Block:
    if isinstance(b, Heading | Paragraph):
        return replace(b, text=swap(b.text))
    if isinstance(b, Fields):
        return Fields(tuple((swap(k), swap(v)) for k, v in b.rows))
    if isinstance(b, Table):
        return replace(b, columns=tuple(swap(c) for c in b.columns),
                       rows=tuple(tuple(swap(c) for c in row) for row in b.rows))
    if isinstance(b, Chart):
        return replace(b, title=swap(b.title), categories=tuple(swap(c) for c in b.categories))
    return b


def omitted_names(edition: PublicEdition) -> Iterable[str]:
    """Every spelling the edition replaces (for tests)."""
    for names in edition._names.values():
        yield from names
