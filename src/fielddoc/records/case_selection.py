"""A selection of cases by their programme fields, for reports and CSV tables (issue 12). Pure Python.

The case filters of ``fielddoc list`` (tag, monitoring status, priority, selection criterion,
offence family, extremist offence; records.query.Filter) choose cases; a period report or a CSV
export restricted to them keeps (docs/reports.md, docs/csv-format.md):

* the chosen cases, and the records that belong to one of them: ``case_id`` (hearings,
  detentions, ...) or a detention's ``related_case_id``;
* the people, organisations, places and sources those records refer to (CSV);
* links (involvements, relations) whose two ends are both kept (CSV).

Records that belong to no case (incidents, for one) are left out while a selection is active.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from fielddoc.records import query, schema
from fielddoc.records.service import Records, Store

#: Options of the CLI, for messages.
OPTIONS = {**query.OPTIONS, "tag": "--tag", "extremist": "--extremist"}


@dataclass(frozen=True)
class CaseSelection:
    tag: str | None = None
    monitoring_status: str | None = None
    priority: str | None = None
    selection_criterion: str | None = None
    offence_family: str | None = None
    extremist: bool = False

    @property
    def active(self) -> bool:
        return self.extremist or any(getattr(self, f.name) is not None for f in fields(self)
                                     if f.name != "extremist")

    def filter(self) -> query.Filter:
        return query.Filter(kind="case", **{f.name: getattr(self, f.name) for f in fields(self)})

    def check(self) -> None:
        """Refuse an unknown code (priority, criterion, HURIDOCS status, offence family), naming options."""
        query.check_filter(self.filter(), options=OPTIONS)

    def described(self) -> list[tuple[str, str]]:
        """(field, value) of each active filter, for a report's page 1."""
        out = [(f.name, str(getattr(self, f.name))) for f in fields(self)
               if f.name != "extremist" and getattr(self, f.name) is not None]
        return out + ([("extremist", "yes")] if self.extremist else [])


def from_args(args: Any) -> CaseSelection:
    """The selection the CLI options describe (missing options are not filters)."""
    return CaseSelection(**{f.name: getattr(args, f.name, None) for f in fields(CaseSelection)
                            if f.name != "extremist"}, extremist=bool(getattr(args, "extremist", False)))


def selected_cases(store: Store, sel: CaseSelection) -> set[str]:
    """Ids of the live cases the selection chooses."""
    flt = sel.filter()
    out: set[str] = set()
    while True:
        rows = query.list_records(store, flt, sort="date_sort", offset=len(out), limit=500)
        out.update(str(r["id"]) for r in rows)
        if len(rows) < 500:
            return out


def case_of(doc: dict[str, Any]) -> str | None:
    """The case a record belongs to (its own id for a case)."""
    for key in ("case_id", "related_case_id"):
        if isinstance(doc.get(key), str) and doc[key]:
            return str(doc[key])
    return None


def belongs(kind: str, doc: dict[str, Any], cases: set[str]) -> bool:
    if kind == "case":
        return str(doc.get("id")) in cases
    return case_of(doc) in cases


def restrict_dataset(data: dict[str, Any], cases: set[str]) -> tuple[dict[str, Any], int]:
    """An interchange dataset cut down to the chosen cases (see the module); (dataset, records left out)."""
    kept: dict[str, list[dict[str, Any]]] = {}
    wanted: set[str] = set()
    for key, kind in schema.KINDS.items():
        docs = [d for d in data.get(key) or [] if isinstance(d, dict)]
        kept[key] = [d for d in docs if belongs(kind, d, cases)]
        for d in kept[key]:
            wanted.add(str(d.get("id")))
            wanted.update(ref for _path, ref in schema.references(kind, d))
    for key, kind in schema.KINDS.items():
        if kind in ("person", "organisation", "location", "source"):
            kept[key] = [d for d in data.get(key) or [] if isinstance(d, dict) and str(d.get("id")) in wanted]
    ids = {str(d.get("id")) for docs in kept.values() for d in docs}
    for key, kind in schema.KINDS.items():
        if kind in ("involvement", "relation"):
            ends = ("subject_id", "object_id") if kind == "involvement" else ("from_id", "to_id")
            kept[key] = [d for d in data.get(key) or [] if isinstance(d, dict)
                         and all(str(d.get(e)) in ids for e in ends)]
    total = sum(len([d for d in data.get(key) or [] if isinstance(d, dict)]) for key in schema.KINDS)
    out = {**data, **kept}
    return out, total - sum(len(v) for v in kept.values())


def restrict_records(rec: Records, sel: CaseSelection) -> set[str] | None:
    """The chosen case ids, or None when the selection is not active (everything is kept)."""
    if not sel.active:
        return None
    sel.check()
    return selected_cases(rec.store, sel)
