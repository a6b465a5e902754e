"""Validation of records in the interchange schema (docs/data-model.md). Pure Python.

Public API
- ``KINDS``: interchange top-level key -> record kind; ``KEYS``: kind -> key.
- ``validate_record(kind, doc, *, record_label=None) -> list[Problem]``
- ``validate_dataset(data, known_ids=None) -> list[Problem]``
- ``references(kind, doc) -> list[(field path, referenced id)]``
- ``nested_ids(kind, doc) -> list[(field path, id, kind)]`` (Acts inside Incidents)
- ``unknown_fields(kind, doc) -> list[field path]`` (kept, but not in the schema)
- ``text_of(kind, doc) -> str`` and ``summary_columns(kind, doc) -> dict``
- ``effective_confidentiality(doc) -> str``
- ``analyse(kind, doc, *, label=None, draft=None) -> Analysis``: ONE walk giving
  what ``validate_record``, ``references``, ``nested_ids``, ``unknown_fields``,
  ``text_of``, ``summary_columns`` and ``effective_confidentiality`` give;
  ``analyse_dataset(data, known_ids=None)`` does the same for a whole file
  (the problems of ``validate_dataset`` and one ``Analysis`` per record). Bulk
  paths (JSON import, HQ import and merge) use these instead of walking a
  record several times.

Decisions where the brief was silent (now written in docs/data-model.md):
- ``confidentiality`` and ``tlp`` are both optional. If both are given they must
  agree (§3.3 table); if only one is given the other follows from it; if
  neither is given the record is treated as ``organisation`` / AMBER (see
  ``DEFAULT_CONFIDENTIALITY``), never as public.
- Fields the schema does not know are accepted and kept (lossless import);
  they are only checked as JSON values within the size and depth limits, and
  their strings go into the full-text index.
- ``null`` in an optional field means "not recorded / unknown".
- Involvements and relations may come without an id; every other record needs
  one, unique across the whole file (nested Act ids included).
- Referential integrity also checks the kind of the target where the schema
  says it (``court_id`` -> organisation, ``case_id`` -> case, …) when the target
  is in the file, or when ``known_ids`` is a mapping id -> kind.
- Top-level record arrays have no item limit (a file may hold 100k records);
  the 10,000-item limit applies to arrays inside records.
- ``export_batch_ids``, ``device_id``, custody-event ``to``/``from``/``export_batch``
  and ``platform_post_id`` name things outside the interchange file and are not
  references.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from fielddoc.errors import Problem
from fielddoc.records import dates, vocab
from fielddoc.records.schema_checks import (
    ID_RE,
    MAX_PROBLEMS,
    Check,
    Ctx,
    Sink,
    json_value,
    obj,
    short,
    type_name,
)
from fielddoc.records.schema_fields import COMMON, FIELDS, REQUIRED

KINDS: dict[str, str] = {
    "organisations": "organisation",
    "locations": "location",
    "persons": "person",
    "cases": "case",
    "hearings": "hearing",
    "incidents": "incident",
    "detentions": "detention",
    "sources": "source",
    "attachments": "attachment",
    "involvements": "involvement",
    "relations": "relation",
    "interventions": "intervention",
}
KEYS: dict[str, str] = {kind: key for key, kind in KINDS.items()}
LINK_KINDS = frozenset({"involvement", "relation"})  # id optional
DEFAULT_CONFIDENTIALITY = "organisation"


def _marking(doc: dict[str, Any], ctx: Ctx, path: str) -> None:
    conf, tlp = doc.get("confidentiality"), doc.get("tlp")
    if not (isinstance(conf, str) and vocab.is_code("confidentiality", conf) and vocab.is_code("tlp", tlp)):
        return
    expected = vocab.CONFIDENTIALITY_TLP[conf]
    if tlp != expected:
        ctx.add("tlp", "TLP '{tlp}' does not match confidentiality '{confidentiality}', which is marked "
                       "TLP '{expected}'", tlp=tlp, confidentiality=conf, expected=expected)


def _hearing_plan(doc: dict[str, Any], ctx: Ctx, path: str) -> None:
    """A hearing's plan: each monitor assigned once; attended/missed only once it is not scheduled."""
    _marking(doc, ctx, path)
    if isinstance(doc.get("adjourned_to"), str) and doc.get("adjourned_to") == doc.get("id"):
        ctx.add("adjourned_to", "a hearing cannot be adjourned to itself")
    items = doc.get("assignments")
    if not isinstance(items, list):
        return
    seen: set[str] = set()
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        monitor = item.get("monitor_id")
        if isinstance(monitor, str):
            if monitor in seen:
                ctx.add(f"assignments[{i}].monitor_id", "this monitor is assigned twice to the same hearing")
            seen.add(monitor)
        if doc.get("status") == "scheduled" and item.get("status") in ("attended", "missed"):
            ctx.add(f"assignments[{i}].status", "a monitor cannot have attended or missed a hearing that "
                                                "is still scheduled; change the hearing's status first")


def _spec(kind: str) -> Check:
    required = REQUIRED.get(kind, ())
    if kind not in LINK_KINDS:
        required = ("id", *required)
    return obj({**COMMON, **FIELDS[kind]}, required=required,
               after=_hearing_plan if kind == "hearing" else _marking)


_SPECS: dict[str, Check] = {kind: _spec(kind) for kind in KINDS.values()}


def _label(kind: str, doc: object, fallback: str | None) -> str:
    rid = doc.get("id") if isinstance(doc, dict) else None
    if isinstance(rid, str) and ID_RE.match(rid):
        return rid
    return fallback or f"({kind})"


#: What a finished (non-draft) record must have; a draft may lack it.
ESSENTIAL: dict[str, tuple[str, ...]] = {
    "person": ("name",),
    "organisation": ("name",),
    "location": ("name",),
    "case": ("title",),
    "hearing": ("case_id",),
    "incident": ("title",),
    "detention": ("person_id",),
    "source": ("title",),
}


#: What a finished scheduled hearing must have (its observations are not expected yet).
SCHEDULED_ESSENTIAL = ("date", "scheduled_start")


def _essentials(kind: str, doc: dict[str, Any], ctx: Ctx) -> None:
    for field in ESSENTIAL.get(kind, ()):
        value = doc.get(field)
        if value is None or value == "" or value == []:
            ctx.add(field, "is required; fill it in, or keep the record as a draft until you can")
    if kind == "hearing" and doc.get("status") == "scheduled":
        for field in SCHEDULED_ESSENTIAL:
            if doc.get(field) in (None, ""):
                ctx.add(field, "is required for a scheduled hearing; fill it in, or keep the record as a "
                               "draft until you can")


def _walk(kind: str, doc: Any, rid: str, sink: Sink, draft: bool | None = None,
          members: bool = True) -> Ctx:
    ctx = Ctx(rid, sink, members=members)
    spec = _SPECS.get(kind)
    if spec is None:
        ctx.add("(record)", "'{kind}' is not a record type; allowed: {allowed}", kind=short(kind),
                allowed=", ".join(KINDS.values()))
    elif not isinstance(doc, dict):
        ctx.add("(record)", "a record must be a JSON object, not {got}", got=type_name(doc))
    else:
        spec(doc, ctx, "")
        if sink.keep and not (doc.get("draft") is True if draft is None else draft):
            _essentials(kind, doc, ctx)
    return ctx


def validate_record(
    kind: str, doc: Any, *, record_label: str | None = None, draft: bool | None = None
) -> list[Problem]:
    """Type and shape problems of one record (no cross-record checks).

    ``draft`` (default: the document's own ``draft`` flag) relaxes ESSENTIAL fields.
    """
    sink = Sink()
    _walk(kind, doc, _label(kind, doc, record_label), sink, draft)
    return _finish(sink)


def _finish(sink: Sink) -> list[Problem]:
    out = list(sink.problems)
    if sink.full:
        out.append(Problem("-", "(file)", "validation stopped after {count} problems; correct these and "
                                          "validate again", count=len(out)))
    return out


def references(kind: str, doc: Any) -> list[tuple[str, str]]:
    """(field path, referenced id) for every well-formed reference in ``doc``."""
    ctx = _walk(kind, doc, "-", Sink(keep=False))
    return [(r.path, r.target) for r in ctx.refs]


def nested_ids(kind: str, doc: Any) -> list[tuple[str, str, str]]:
    """(field path, id, kind) of records nested in ``doc`` (Acts of an Incident)."""
    return list(_walk(kind, doc, "-", Sink(keep=False)).ids)


def unknown_fields(kind: str, doc: Any) -> list[str]:
    """Paths of fields that are not in the schema (accepted and kept)."""
    return list(_walk(kind, doc, "-", Sink(keep=False)).unknown)


def text_of(kind: str, doc: Any) -> str:
    """All human text of a record (names, titles, narratives, notes, …), one per line."""
    return "\n".join(_walk(kind, doc, "-", Sink(keep=False)).texts)


def effective_confidentiality(doc: Any) -> str:
    """The record's confidentiality, from ``tlp`` if only that is given, else the default."""
    if isinstance(doc, dict):
        conf, tlp = doc.get("confidentiality"), doc.get("tlp")
        if isinstance(conf, str) and vocab.is_code("confidentiality", conf):
            return conf
        if vocab.is_code("tlp", tlp):
            return vocab.TLP_CONFIDENTIALITY[str(tlp)]
    return DEFAULT_CONFIDENTIALITY


# -- one walk for everything ------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the application needs from one record, from ONE walk of the schema.

    ``problems`` are those of :func:`validate_record` (same ``draft`` rule),
    ``refs`` those of :func:`references`, ``ids`` of :func:`nested_ids`,
    ``unknown`` of :func:`unknown_fields`, ``text`` of :func:`text_of`;
    ``title``, ``date_sort`` and ``case_id`` are :func:`summary_columns` and
    ``confidentiality`` is :func:`effective_confidentiality`.
    """

    problems: list[Problem]
    refs: list[tuple[str, str]]
    ids: list[tuple[str, str, str]]
    unknown: list[str]
    text: str
    title: str
    date_sort: str | None
    case_id: str | None
    confidentiality: str

    @property
    def summary(self) -> dict[str, str | None]:
        return {"title": self.title, "date_sort": self.date_sort, "case_id": self.case_id}


def _analysis(kind: str, doc: Any, ctx: Ctx, problems: list[Problem]) -> Analysis:
    cols = summary_columns(kind, doc)
    return Analysis(
        problems=problems,
        refs=[(r.path, r.target) for r in ctx.refs],
        ids=ctx.ids,  # the walk's own lists: nothing adds to them after it
        unknown=ctx.unknown,
        text="\n".join(ctx.texts),
        title=cols["title"] or "",
        date_sort=cols["date_sort"],
        case_id=cols["case_id"],
        confidentiality=effective_confidentiality(doc),
    )


def analyse(
    kind: str, doc: Any, *, label: str | None = None, draft: bool | None = None, members: bool = True
) -> Analysis:
    """Validate ``doc`` and collect its references, nested ids, unknown fields, text and list columns.

    One walk of the record instead of one per question. ``label`` and ``draft``
    mean what ``record_label`` and ``draft`` mean for :func:`validate_record`
    (``draft=True`` skips the ESSENTIAL fields). ``members=False`` checks HURIDOCS codes
    for their form only, not for membership in their list (revisions carried in bundles and
    briefings: docs/data-model.md §1.2). Never raises.
    """
    sink = Sink()
    ctx = _walk(kind, doc, _label(kind, doc, label), sink, draft, members)
    return _analysis(kind, doc, ctx, _finish(sink))


# -- the whole file ---------------------------------------------------------------
def validate_dataset(data: Any, known_ids: Collection[str] | None = None) -> list[Problem]:
    """Problems of a whole interchange file: shape, every record, unique ids, references.

    ``known_ids`` are ids already in the store: references to them are fine.
    If it is a mapping id -> kind, the kinds of those targets are checked too.
    """
    return analyse_dataset(data, known_ids, records=False)[0]


def analyse_dataset(
    data: Any, known_ids: Collection[str] | None = None, *, records: bool = True
) -> tuple[list[Problem], dict[tuple[str, int], Analysis]]:
    """``validate_dataset``'s problems and, if there are none, one :class:`Analysis` per record.

    The analyses are keyed by (top-level key, index in its list) and come from
    the same walk as the problems; their own ``problems`` are empty. With
    problems (or ``records=False``) the mapping is empty.
    """
    if not isinstance(data, dict):
        return [Problem("-", "(file)", "the top level must be a JSON object, not {got}",
                        got=type_name(data))], {}
    analyses: dict[tuple[str, int], Analysis] = {}
    check = DatasetCheck(known_ids)
    for key, value in data.items():
        if not isinstance(value, list) or key not in KINDS:
            check.entry(key, value)
            continue
        for i, doc in enumerate(value):
            analysis = check.record(key, i, doc)
            if analysis is None:
                break
            if records:
                analyses[(key, i)] = analysis
    problems = check.finish()
    return problems, ({} if problems else analyses)


class DatasetCheck:
    """:func:`analyse_dataset` one entry at a time, for a file read as a stream.

    Feed it the file's top-level entries in file order: :meth:`entry` for a
    whole value (``meta``, an unknown key, a list of records given whole),
    :meth:`record` for each record of a top-level list; then :meth:`finish`
    gives the problems, the same, in the same order, as ``analyse_dataset``.
    Between records it keeps only what the reference checks need: each id with
    its kind and place, and the references to records not read yet (or of a kind
    they may not point to); not the records.
    """

    def __init__(self, known_ids: Collection[str] | None = None) -> None:
        self.known_ids = known_ids
        self.sink = Sink(MAX_PROBLEMS)
        self.file_ctx = Ctx("-", self.sink)
        self.walked: list[Ctx] = []  # only each record's label and references
        self.index: dict[str, tuple[str, str]] = {}  # id -> (kind, where)

    @property
    def failed(self) -> bool:
        return bool(self.sink.count)

    def entry(self, key: Any, value: Any) -> None:
        file_ctx = self.file_ctx
        if not isinstance(key, str) or (key != "meta" and key not in KINDS):
            file_ctx.add(short(key), "'{key}' is not a known top-level key; allowed: {allowed}",
                         key=short(key), allowed=", ".join(("meta", *KINDS)))
        elif key == "meta":
            if not isinstance(value, dict):
                file_ctx.add("meta", "must be {expected}, not {got}", expected="an object",
                             got=type_name(value))
            else:
                json_value(value, file_ctx, "meta")
        elif value is not None and not isinstance(value, list):
            file_ctx.add(key, "must be {expected}, not {got}", expected="a list of records",
                         got=type_name(value))
        elif value:
            for i, doc in enumerate(value):
                if self.record(key, i, doc) is None:
                    break

    def record(self, key: str, i: int, doc: Any) -> Analysis | None:
        """The analysis of record ``i`` of the list ``key`` (None once the problem limit is reached)."""
        sink = self.sink
        if sink.full:
            return None
        kind = KINDS[key]
        where = f"{key}[{i}]"
        ctx = _walk(kind, doc, _label(kind, doc, where), sink)
        index = self.index
        if ctx.refs:
            # A reference to a record already read, of a kind it may point to, can raise no problem at the
            # end (ids are never taken out of the index): only the others wait, so what is held to the end
            # does not grow with the file's (mostly backward) references.
            waiting = [r for r in ctx.refs if r.target not in index
                       or (r.kinds is not None and index[r.target][0] not in r.kinds)]
            if waiting:
                self.walked.append(Ctx(ctx.rid, sink, refs=waiting))
        analysis = _analysis(kind, doc, ctx, [])
        rid = doc.get("id") if isinstance(doc, dict) else None
        found = [("id", rid, kind)] if isinstance(rid, str) and ID_RE.match(rid) else []
        for path, nid, nkind in found + ctx.ids:
            place = where if path == "id" else f"{where}.{path}"
            if nid in index:
                ctx.add(path, "the id '{id}' is used more than once (also at {other})",
                        id=short(nid), other=short(index[nid][1]))
            else:
                index[nid] = (nkind, place)
        return analysis

    def finish(self) -> list[Problem]:
        if not self.sink.full:
            _check_refs(self.walked, self.index, self.known_ids)
        return _finish(self.sink)


def _check_refs(walked: list[Ctx], index: dict[str, tuple[str, str]],
                known_ids: Collection[str] | None) -> None:
    known = known_ids if known_ids is not None else ()
    known_kinds = known_ids if isinstance(known_ids, Mapping) else None
    for ctx in walked:
        for r in ctx.refs:
            actual: str | None
            if r.target in index:
                actual = index[r.target][0]
            elif r.target in known:
                actual = known_kinds.get(r.target) if known_kinds is not None else None
            else:
                ctx.add(r.path, "refers to '{ref}', which is neither in this file nor in the vault",
                        ref=short(r.target))
                continue
            if r.kinds is not None and isinstance(actual, str) and actual not in r.kinds:
                ctx.add(r.path, "refers to '{ref}', which is {actual}, not {expected}", ref=short(r.target),
                        actual=_a(actual), expected=" or ".join(_a(k) for k in sorted(r.kinds)))


def _a(kind: str) -> str:
    return ("an " if kind[:1] in "aeiou" else "a ") + kind


# -- list-view columns ----------------------------------------------------------------
_MAIN_DATE: dict[str, tuple[tuple[str, ...], ...]] = {
    "case": (("opened",), ("first_instance_judgment",)),
    "hearing": (("date",), ("actual_start",), ("scheduled_start",)),
    "incident": (("start",),),
    "detention": (("apprehension", "datetime"), ("first_judicial_appearance",)),
    "source": (("date",), ("interview", "date")),
    "attachment": (("capture", "captured_at"),),
    "involvement": (("from",),),
    "intervention": (("date",),),
}


def _get(doc: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(doc, dict):
            return None
        doc = doc.get(key)
    return doc


def _s(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _title(kind: str, doc: dict[str, Any]) -> str:
    for key in ("title", "name"):
        if _s(doc.get(key)).strip():
            return _s(doc[key]).strip()
    if kind == "hearing":
        parts = [_s(dates.sort_key(doc.get("date")))]
        parts += [vocab.label(k, _s(doc.get(k))) for k in ("hearing_type", "instance") if _s(doc.get(k))]
        return " · ".join(p for p in parts if p)
    keys = _TITLE_KEYS.get(kind, ("id",))
    return " · ".join(p for p in (_s(doc.get(k)) for k in keys) if p)


_TITLE_KEYS: dict[str, tuple[str, ...]] = {
    "detention": ("person_id", "procedure"),
    "involvement": ("subject_id", "role", "object_id"),
    "relation": ("from_id", "type", "to_id"),
    "intervention": ("intervening_party_id", "object_id"),
}


def summary_columns(kind: str, doc: Any) -> dict[str, str | None]:
    """``{title, date_sort, case_id}`` for list views (never raises)."""
    if not isinstance(doc, dict):
        return {"title": "", "date_sort": None, "case_id": None}
    date_sort = None
    for path in _MAIN_DATE.get(kind, ()):
        date_sort = dates.sort_key(_get(doc, *path))
        if date_sort:
            break
    case_id: Any = None
    if kind == "case":
        case_id = doc.get("id")
    elif kind in ("hearing", "detention"):
        case_id = doc.get("case_id") or doc.get("related_case_id")
    return {"title": _title(kind, doc), "date_sort": date_sort,
            "case_id": case_id if isinstance(case_id, str) and ID_RE.match(case_id) else None}
