"""Figures for the statistics page (Qt-free, run on the task runner): hearings per
month, fair-trial concerns by right, detentions by facility type and by procedure.

Summed from ``stat_facets`` (migration 0013, docs/statistics.md), which triggers on ``records``
keep in the same transaction as every write: a few hundred rows for the whole period, a few
thousand for a date range, whatever the number of records. Where that table does not answer
(a sealed HQ, whose documents only this worker can open; a member under row-level security) the
figures are counted from the documents: by SQL aggregates over the JSON (``facets=False``), or
on a sealed HQ by opening each document here (``_from_documents``). A :class:`StatsCache`
answers again without reading anything while the store's generation (its last revision and
audit entry) is unchanged, and keeps the last figures of the whole period in the vault's
encrypted settings: after unlock the page shows them at once, exact if nothing changed since,
otherwise marked with the time they were counted while the worker counts again. Nothing is
sampled or capped.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, func, literal, or_, select, text

from fielddoc.errors import FieldDocError
from fielddoc.records import facet_keys, vocab
from fielddoc.records.ids import now_iso
from fielddoc.records.service import Store
from fielddoc.store.schema import audit, records, revisions, stat_facets
from fielddoc.store.sealing import sealer_of

SAVED_KEY = "stats.figures"  # in the vault's settings (encrypted with the vault)

STAT_KINDS = ("case", "hearing", "detention")


@dataclass
class Statistics:
    hearings_per_month: list[tuple[str, int]] = field(default_factory=list)
    #: group code -> [apparent violation, concern, answer differs from expected and not assessed]
    concerns_by_group: dict[str, list[int]] = field(default_factory=dict)
    detentions_by_facility: list[tuple[str, int]] = field(default_factory=list)
    detentions_by_procedure: list[tuple[str, int]] = field(default_factory=list)
    hearings: int = 0
    detentions: int = 0
    observations: int = 0

    @property
    def empty(self) -> bool:
        return not (self.hearings or self.detentions or self.observations)


def _months(counter: Counter[str]) -> list[tuple[str, int]]:
    if not counter:
        return []
    first, last = min(counter), max(counter)
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while (y, m) <= (int(last[:4]), int(last[5:7])) and len(out) < 600:
        key = f"{y:04d}-{m:02d}"
        out.append((key, counter.get(key, 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _range(date_from: str | None, date_to: str | None) -> list[Any]:
    """The same overlap rule as records.query: a partial date matches if any day of it does."""
    cond: list[Any] = [records.c.deleted_at.is_(None)]
    if date_from or date_to:
        cond.append(records.c.date_sort.isnot(None))
    if date_from:
        cond.append(func.coalesce(records.c.date_sort, "") + literal("~") >= date_from)
    if date_to:
        cond.append(records.c.date_sort <= date_to + "~")
    return cond


def _where(date_from: str | None, date_to: str | None) -> tuple[str, dict[str, Any]]:
    """:func:`_range` as SQL text over ``records r`` (for the statements with JSON table functions)."""
    sql, params = ["r.deleted_at IS NULL"], {}
    if date_from or date_to:
        sql.append("r.date_sort IS NOT NULL")
    if date_from:
        sql.append("r.date_sort || '~' >= :date_from")
        params["date_from"] = date_from
    if date_to:
        sql.append("r.date_sort <= :date_to")
        params["date_to"] = date_to + "~"
    return " AND ".join(sql), params


# Observations: (item, assessment, answer) -> n; detentions: procedure -> n, facility -> n.
_SQL = {
    "sqlite": {
        "observations": (
            "SELECT json_extract(o.value, '$.item'), json_extract(o.value, '$.assessment'), "
            "json_extract(o.value, '$.answer'), count(*) FROM records r, json_each(r.doc, '$.fair_trial') o "
            "WHERE r.kind IN ('hearing', 'case') AND {where} AND typeof(o.key) = 'integer' "
            "AND o.type = 'object' GROUP BY 1, 2, 3"),
        "procedures": (
            "SELECT json_extract(r.doc, '$.procedure'), count(*) FROM records r "
            "WHERE r.kind = 'detention' AND {where} GROUP BY 1"),
        "facilities": (
            "SELECT json_extract(s.value, '$.facility_type'), count(DISTINCT r.id) "
            "FROM records r, json_each(r.doc, '$.custody_segments') s "
            "WHERE r.kind = 'detention' AND {where} AND typeof(s.key) = 'integer' AND s.type = 'object' "
            "AND json_type(s.value, '$.facility_type') = 'text' GROUP BY 1"),
    },
    "postgresql": {
        "observations": (
            "SELECT o->>'item', o->>'assessment', o->>'answer', count(*) FROM records r "
            "CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(r.doc::jsonb->'fair_trial') "
            "= 'array' THEN r.doc::jsonb->'fair_trial' ELSE '[]'::jsonb END) o "
            "WHERE r.kind IN ('hearing', 'case') AND {where} AND jsonb_typeof(o) = 'object' "
            "GROUP BY 1, 2, 3"),
        "procedures": (
            "SELECT r.doc::jsonb->>'procedure', count(*) FROM records r "
            "WHERE r.kind = 'detention' AND {where} GROUP BY 1"),
        "facilities": (
            "SELECT s->>'facility_type', count(DISTINCT r.id) FROM records r "
            "CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN "
            "jsonb_typeof(r.doc::jsonb->'custody_segments') = 'array' "
            "THEN r.doc::jsonb->'custody_segments' ELSE '[]'::jsonb END) s "
            "WHERE r.kind = 'detention' AND {where} AND jsonb_typeof(s) = 'object' "
            "AND jsonb_typeof(s->'facility_type') = 'string' GROUP BY 1"),
    },
}


def _observe(stats: Statistics, item_id: Any, assessment: Any, answer: Any, n: int) -> None:
    item = vocab.FAIR_TRIAL_BY_ID.get(str(item_id))
    if item is None:
        return
    stats.observations += n
    bucket = stats.concerns_by_group.setdefault(item.group, [0, 0, 0])
    if assessment == "apparent_violation":
        bucket[0] += n
    elif assessment == "concern":
        bucket[1] += n
    elif assessment in (None, "not_assessed") and item.expected:
        if answer in ("yes", "no", "partly") and answer != item.expected:
            bucket[2] += n


def _from_documents(conn: Any, cond: list[Any], stats: Statistics, procedures: Counter[str],
                    facilities: Counter[str], tick: Callable[[], None]) -> None:
    """The statements' figures (observations, procedures, facilities) from the opened documents."""
    c = records.c
    rows = conn.execute(select(c.kind, c.doc).where(c.kind.in_(("hearing", "case", "detention")), *cond))
    for n, (kind, raw) in enumerate(rows):
        if n % 2000 == 0:
            tick()
        try:
            doc = json.loads(raw)
        except ValueError:
            continue
        if not isinstance(doc, dict):
            continue
        if kind in ("hearing", "case"):
            items = doc.get("fair_trial")
            for o in items if isinstance(items, list) else ():
                if isinstance(o, dict):
                    _observe(stats, o.get("item"), o.get("assessment"), o.get("answer"), 1)
        else:
            procedures[str(doc.get("procedure") or "unknown")] += 1
            segments = doc.get("custody_segments")
            types = {s.get("facility_type") for s in (segments if isinstance(segments, list) else ())
                     if isinstance(s, dict) and isinstance(s.get("facility_type"), str)}
            facilities.update(types)


def _facets_usable(conn: Any) -> bool:
    """``stat_facets`` answers for this connection. A sealed HQ: once this member holds the facet
    key (records/facet_keys.py) and migration 0014's keys were written. Under row-level security on
    the records (a member with a level cap, or any member's own login): only where ``stat_facets``
    has it too (hq/team/pgroles.py), so a capped member sums only the levels they see."""
    if sealer_of(conn.engine) is not None and (facet_keys.key_of(conn) is None or facet_keys.stale(conn)):
        return False
    if conn.dialect.name == "postgresql":
        return bool(conn.exec_driver_sql(
            "SELECT NOT row_security_active('records') OR row_security_active('stat_facets')").scalar())
    return True


#: The facets kept in tiers (migration 0013): by main date as it is, ``@m`` by month (a year alone as
#: it is), ``@all`` for the whole period. ``kind`` is kept by date only.
_FACETS = ("fair_trial", "procedure", "facility")


def _bounds(col: Any, date_from: str | None, date_to: str | None) -> list[Any]:
    """A range of ``col`` (in the primary key's order) holding every main date of the range: each
    has a year, so one in the range is >= the year of ``date_from``, and <= ``date_to~``."""
    return ([col >= date_from[:4]] if date_from else []) + ([col <= date_to + "~"] if date_to else [])


def _dated(col: Any, date_from: str | None, date_to: str | None) -> list[Any]:
    """:func:`_range`'s rule on a facet row's main date (``''`` when there is none)."""
    cond: list[Any] = []
    if date_from or date_to:
        cond.append(col != "")
    if date_from:
        cond.append(col + literal("~") >= date_from)
    return cond + _bounds(col, date_from, date_to)


def _whole_month(month: str, date_from: str | None, date_to: str | None) -> bool:
    """Every date of ``month`` (``YYYY-MM``, any precision) is in the range; otherwise only a month
    holding ``date_from`` or ``date_to`` can have some of its dates in it (docs/statistics.md)."""
    return (not date_from or month >= date_from) and (not date_to or month + "~" <= date_to + "~")


def _from_facets(conn: Any, date_from: str | None, date_to: str | None, stats: Statistics,
                 months: Counter[str], procedures: Counter[str], facilities: Counter[str]) -> None:
    """Every figure from the rows ``stat_facets`` keeps, never per record: the whole period from
    the ``@all`` rows; a range from the month rows of the months wholly in it, the year-only dates'
    rows and, for the (at most two) months the range cuts, their rows by date."""
    f = stat_facets.c
    dated = _dated(f.date_sort, date_from, date_to)
    month = func.substr(f.date_sort, 1, 7)
    for kind, m, n in conn.execute(select(f.v1, month, func.sum(f.n)).where(f.facet == "kind", *dated)
                                   .group_by(f.v1, month)):
        if kind == "hearing":
            stats.hearings += int(n)
            if m and len(m) >= 7:
                months[m] += int(n)
        elif kind == "detention":
            stats.detentions += int(n)
    cols = (f.facet, f.v1, f.v2, f.v3, func.sum(f.n))
    if not (date_from or date_to):
        parts = [select(*cols).where(f.facet.in_([x + "@all" for x in _FACETS]))]
    else:
        length = func.length(f.date_sort)
        whole = [length == 7]
        if date_from:
            whole.append(f.date_sort >= date_from)
        if date_to:
            whole.append(f.date_sort + literal("~") <= date_to + "~")
        monthly = f.facet.in_([x + "@m" for x in _FACETS])
        parts = [select(*cols).where(monthly, *_bounds(f.date_sort, date_from, date_to),
                                     or_(and_(*whole), and_(length < 7, *dated)))]
        for cut in sorted({d[:7] for d in (date_from, date_to) if d and len(d) >= 7}):
            if not _whole_month(cut, date_from, date_to):
                parts.append(select(*cols).where(f.facet.in_(_FACETS), f.date_sort >= cut,
                                                 f.date_sort < cut + "~", *dated))
    key = facet_keys.key_of(conn) if sealer_of(conn.engine) is not None else None
    plain = _plain_values(key) if key is not None else None

    def opened(facet: str, slot: int, stored: str) -> str:
        """A sealed HQ's keyed value as its plain text (one outside the vocabularies: unknown)."""
        return stored if plain is None else plain.get((facet, slot, stored), UNKNOWN_VALUE)

    for stmt in parts:
        for facet, v1, v2, v3, n in conn.execute(stmt.group_by(f.facet, f.v1, f.v2, f.v3)):
            facet = facet.split("@")[0]
            if facet == "fair_trial":
                _observe(stats, *(_value(opened(facet, i, v)) for i, v in enumerate((v1, v2, v3), 1)), int(n))
            elif facet == "procedure":
                procedures[str(_value(opened(facet, 1, v1)) or "unknown")] += int(n)
            elif facet == "facility":
                code = opened(facet, 1, v1)
                facilities["unknown" if code == UNKNOWN_VALUE else code] += int(n)


#: What a keyed value outside the vocabularies reads as (JSON text of no vocabulary code).
UNKNOWN_VALUE = '"unknown"'


@lru_cache(maxsize=4)
def _plain_values(key: bytes) -> dict[tuple[str, int, str], str]:
    return facet_keys.plain_values(key)


def _value(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None


def compute(store: Store, date_from: str | None = None, date_to: str | None = None,
            check: Callable[[], None] | None = None, *, facets: bool = True) -> Statistics:
    """``check`` (a callable) is called between the statements so a long one can be cancelled.

    From ``stat_facets`` where it answers (:func:`_facets_usable`; ``facets=False``: never, for
    the benchmark's and tests' comparison), otherwise by aggregates over the documents."""
    tick = check or (lambda: None)
    stats = Statistics()
    cond = _range(date_from, date_to)
    c = records.c
    months: Counter[str] = Counter()
    procedures: Counter[str] = Counter()
    facilities: Counter[str] = Counter()
    with store.engine.connect() as conn:
        if facets and _facets_usable(conn):
            _from_facets(conn, date_from, date_to, stats, months, procedures, facilities)
            return _finish(stats, months, procedures, facilities)
        sql = _SQL.get(conn.dialect.name, _SQL["postgresql"])
        where, params = _where(date_from, date_to)
        month = func.substr(c.date_sort, 1, 7)
        for m, n in conn.execute(select(month, func.count()).where(c.kind == "hearing", *cond)
                                 .group_by(month)):
            stats.hearings += n
            if m and len(m) >= 7:
                months[m] += n
        tick()
        stats.detentions = conn.execute(
            select(func.count()).select_from(records).where(c.kind == "detention", *cond)).scalar_one()
        tick()
        if sealer_of(conn.engine) is not None:
            # A sealed HQ (store/sealing.py): PostgreSQL cannot look inside the documents, so the
            # same figures are counted here from the opened documents, on this worker.
            _from_documents(conn, cond, stats, procedures, facilities, tick)
        else:
            for item_id, assessment, answer, n in conn.execute(
                    text(sql["observations"].format(where=where)), params):
                _observe(stats, item_id, assessment, answer, n)
            tick()
            for proc, n in conn.execute(text(sql["procedures"].format(where=where)), params):
                procedures[str(proc or "unknown")] += n
            tick()
            facilities.update({code: n for code, n in
                               conn.execute(text(sql["facilities"].format(where=where)), params)})
    return _finish(stats, months, procedures, facilities)


def _finish(stats: Statistics, months: Counter[str], procedures: Counter[str],
            facilities: Counter[str]) -> Statistics:
    stats.hearings_per_month = _months(months)
    stats.detentions_by_facility = _ordered(facilities, "facility_type")
    stats.detentions_by_procedure = _ordered(procedures, "procedure")
    return stats


def generation(store: Store) -> tuple[Any, ...]:
    """Changes whenever a record does: every save, import, merge and delete adds a revision, and a
    purge (which removes revisions) an audit entry. Two index look-ups.

    Under row-level security (a team HQ member's own login) the newest revision a member may see
    costs a pass over every record (the revisions' policy); every write appends an audit entry
    too, and the chain's head is every member's to read (``fd_audit_head``, hq/team/pgroles.py),
    so the head alone tells a change."""
    with store.engine.connect() as conn:
        if conn.dialect.name == "postgresql" and conn.exec_driver_sql(
                "SELECT row_security_active('revisions') AND to_regprocedure('fd_audit_head()') IS NOT NULL"
        ).scalar():
            return (None, conn.exec_driver_sql("SELECT seq FROM fd_audit_head()").scalar())
        return (conn.execute(select(func.max(revisions.c.seq))).scalar(),
                conn.execute(select(func.max(audit.c.seq))).scalar())


def to_json(stats: Statistics) -> str:
    return json.dumps({"months": stats.hearings_per_month, "concerns": stats.concerns_by_group,
                       "facilities": stats.detentions_by_facility,
                       "procedures": stats.detentions_by_procedure,
                       "hearings": stats.hearings, "detentions": stats.detentions,
                       "observations": stats.observations})


def from_json(raw: str) -> Statistics:
    d = json.loads(raw)
    return Statistics(
        hearings_per_month=[(str(m), int(n)) for m, n in d["months"]],
        concerns_by_group={str(g): [int(x) for x in v] for g, v in d["concerns"].items()},
        detentions_by_facility=[(str(c), int(n)) for c, n in d["facilities"]],
        detentions_by_procedure=[(str(c), int(n)) for c, n in d["procedures"]],
        hearings=int(d["hearings"]), detentions=int(d["detentions"]), observations=int(d["observations"]))


@dataclass
class Counted:
    """Figures and whether they are the store's now (``exact``) or those counted at ``at``."""

    stats: Statistics
    exact: bool
    at: str | None = None


class StatsCache:
    """The last figures of a store per date range, valid while its generation is unchanged; with a
    ``vault``, the figures of the whole period are also kept in its settings between sessions.

    Holds aggregate counts only; the statistics page clears it on lock."""

    def __init__(self, vault: Any = None) -> None:
        self.vault = vault
        self._lock = threading.Lock()
        self._figures: dict[tuple[Any, ...], Statistics] = {}

    def _remember(self, gen: tuple[Any, ...], key: tuple[Any, ...], stats: Statistics) -> None:
        with self._lock:
            self._figures = {k: v for k, v in self._figures.items() if k[0] == gen}
            self._figures[key] = stats

    def peek(self, store: Store, date_from: str | None = None, date_to: str | None = None) -> Counted | None:
        """What can be shown without reading the records: the figures of this generation, or the
        whole period's saved figures of an earlier one (not exact); None if there are none."""
        gen = generation(store)
        key = (gen, date_from, date_to)
        with self._lock:
            hit = self._figures.get(key)
        if hit is not None:
            return Counted(hit, True)
        if date_from or date_to or self.vault is None:
            return None
        try:
            saved = json.loads(self.vault.get_setting(SAVED_KEY) or "null")
            if not isinstance(saved, dict):
                return None
            stats = from_json(saved["figures"])
        except (FieldDocError, ValueError, KeyError, TypeError, AttributeError):
            return None
        exact = tuple(saved.get("generation") or ()) == gen
        if exact:
            self._remember(gen, key, stats)
        return Counted(stats, exact, str(saved.get("at") or ""))

    def get(self, store: Store, date_from: str | None = None, date_to: str | None = None,
            check: Callable[[], None] | None = None) -> Statistics:
        gen = generation(store)
        key = (gen, date_from, date_to)
        with self._lock:
            hit = self._figures.get(key)
        if hit is not None:
            return hit
        stats = compute(store, date_from, date_to, check)
        self._remember(gen, key, stats)
        keep = self.vault is not None and not getattr(self.vault, "read_only", False)
        if keep and not (date_from or date_to):
            payload = {"generation": list(gen), "at": now_iso(), "figures": to_json(stats)}
            try:
                self.vault.set_setting(SAVED_KEY, json.dumps(payload))
            except FieldDocError:
                pass  # locked meanwhile: the figures are shown, only not kept
        return stats

    def clear(self) -> None:
        with self._lock:
            self._figures = {}


def _ordered(counter: Counter[str], vocab_name: str) -> list[tuple[str, int]]:
    """Vocabulary order first (stable, comparable across vaults), then unknown codes."""
    order = {code: i for i, code in enumerate(vocab.VOCABS.get(vocab_name, ()))}
    return sorted(counter.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
