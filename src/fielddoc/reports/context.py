"""Reading records for a report: one place that applies what a report may show.

Every record a report touches goes through :meth:`Context.get`, which

* leaves out ``device_only`` records unless the user explicitly included them
  (a reference to one is shown as "[withheld …]", never its name);
* drops ``contact`` fields unless the user explicitly included them;
* remembers each record it handed out, so the report's TLP marking is the most
  restrictive marking of anything it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fielddoc.errors import RecordNotFound
from fielddoc.records import query, schema, vocab
from fielddoc.records.service import Records
from fielddoc.reports import strings
from fielddoc.reports.strings import t

if TYPE_CHECKING:
    from fielddoc.reports.edition import PublicEdition

#: Confidentiality from the least to the most restrictive.
LEVELS = ("public", "partners", "organisation", "restricted", "device_only")


class Context:
    def __init__(self, rec: Records, lang: str = "en", *, include_device_only: bool = False,
                 include_contact: bool = False, edition: str = "internal") -> None:
        self.rec = rec
        self.lang = strings.norm_lang(lang)
        #: the public or partners edition's rules (reports.edition), or None for the internal edition
        self.edition: PublicEdition | None = None
        if edition in ("public", "partners"):
            from fielddoc.reports.edition import PublicEdition

            self.edition = PublicEdition(rec, self.lang, edition)
            include_device_only = include_contact = False
        self.include_device_only = include_device_only
        self.include_contact = include_contact
        self._cache: dict[str, dict[str, Any] | None] = {}
        self.used: dict[str, str] = {}  # id -> confidentiality of every record shown
        self.withheld: set[str] = set()

    # -- records ----------------------------------------------------------------
    def allowed(self, doc: dict[str, Any]) -> bool:
        return self.include_device_only or schema.effective_confidentiality(doc) != "device_only"

    def _load(self, rid: str) -> dict[str, Any] | None:
        if rid not in self._cache:
            try:
                doc: dict[str, Any] | None = self.rec.get(rid)
            except RecordNotFound:
                doc = None
            if doc is not None and not self.allowed(doc):
                self.withheld.add(rid)
                doc = None
            if doc is not None and not self.include_contact:
                doc.pop("contact", None)
            if doc is not None and self.edition is not None:
                doc = self.edition.admit(self.rec.meta(rid)["kind"], doc)
                if doc is None:
                    self.withheld.add(rid)
            self._cache[rid] = doc
        return self._cache[rid]

    def get(self, rid: Any) -> dict[str, Any] | None:
        """The record, or None if it is missing, deleted or withheld. Marks it as shown."""
        if not isinstance(rid, str) or not rid:
            return None
        doc = self._load(rid)
        if doc is not None:
            self.use(doc)
        return doc

    def use(self, doc: dict[str, Any]) -> None:
        rid = doc.get("id")
        if isinstance(rid, str):
            self.used[rid] = schema.effective_confidentiality(doc)

    def listed(self, kind: str, *, case_id: str | None = None, date_from: str | None = None,
               date_to: str | None = None, case_ids: set[str] | None = None) -> list[dict[str, Any]]:
        """Every live record of ``kind`` matching the filter, oldest first (not yet marked shown);
        with ``case_ids``, only records of those cases (a case selection, records.case_selection)."""
        flt = query.Filter(kind=kind, case_id=case_id, date_from=date_from, date_to=date_to)
        out: list[dict[str, Any]] = []
        offset = 0
        while True:
            rows = query.list_records(self.rec.store, flt, sort="date_sort", offset=offset, limit=500)
            for r in rows:
                if case_ids is not None and r["case_id"] not in case_ids:
                    continue
                doc = self._load(r["id"])
                if doc is not None:
                    out.append(doc)
            if len(rows) < 500:
                return out
            offset += 500

    # -- words --------------------------------------------------------------------
    def name(self, rid: Any) -> str:
        """A person's, organisation's or location's name in the report's language."""
        if not isinstance(rid, str) or not rid:
            return ""
        doc = self.get(rid)
        if doc is None:
            if rid in self.withheld:
                return self.edition.left_out() if self.edition else t("w.withheld", self.lang)
            return t("w.unknown_ref", self.lang, id=rid)
        i18n = doc.get("names_i18n")
        if isinstance(i18n, dict) and isinstance(i18n.get(self.lang), str) and i18n[self.lang].strip():
            name = str(i18n[self.lang])
        elif self.lang in ("ru", "kk") and (cyr := _cyrillic(doc)):
            name = cyr  # a Russian or Kazakh report names people in Cyrillic when the record has it
        else:
            name = str(doc.get("name") or doc.get("title") or rid)
        if doc.get("counting_unit") == "group" and isinstance(doc.get("group_size"), int):
            name += f" ({t('w.group_of', self.lang, n=doc['group_size'])})"
        return name

    def names(self, ids: Any) -> str:
        return ", ".join(n for n in (self.name(i) for i in ids or []) if n) if isinstance(ids, list) else ""

    def label(self, vocab_name: str, code: Any) -> str:
        if code is None or code == "":
            return ""
        return vocab.label(vocab_name, str(code), self.lang)

    def yesno(self, value: Any) -> str:
        if value is True:
            return t("w.yes", self.lang)
        if value is False:
            return t("w.no", self.lang)
        if isinstance(value, str):
            return value
        return ""

    def date(self, value: Any) -> str:
        return strings.date(value, self.lang)

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.lang, **params)

    # -- the marking ------------------------------------------------------------------
    def marking(self) -> tuple[str, str]:
        """(confidentiality, TLP) of the most restrictive record shown."""
        level = max((LEVELS.index(c) for c in self.used.values() if c in LEVELS), default=0)
        conf = LEVELS[level]
        return conf, vocab.CONFIDENTIALITY_TLP[conf]


def _cyrillic(doc: dict[str, Any]) -> str:
    """The record's name in Cyrillic: its ``ru`` or ``kk`` names_i18n, else the first Cyrillic other name."""
    i18n = doc.get("names_i18n")
    candidates = [i18n.get(k) for k in ("ru", "kk")] if isinstance(i18n, dict) else []
    others = doc.get("other_names")
    candidates += others if isinstance(others, list) else []
    for c in candidates:
        if isinstance(c, str) and c.strip() and any("\u0400" <= ch <= "\u04ff" for ch in c):
            return c.strip()
    return ""
