"""Figures for the statistics page, computed in one streaming pass (Qt-free,
run on the task runner): hearings per month, fair-trial concerns by right,
detentions by facility type and by procedure."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from fielddoc.records import vocab
from fielddoc.records.service import Store, iter_rows
from fielddoc.store.schema import records

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


def _in_range(date_sort: str | None, date_from: str | None, date_to: str | None) -> bool:
    """The same overlap rule as records.query: a partial date matches if any day of it does."""
    if not date_from and not date_to:
        return True
    if not date_sort:
        return False
    if date_from and date_sort + "~" < date_from:
        return False
    return not (date_to and date_sort > date_to + "~")


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


def _observe(stats: Statistics, obs: Any) -> None:
    if not isinstance(obs, list):
        return
    for o in obs:
        if not isinstance(o, dict):
            continue
        item = vocab.FAIR_TRIAL_BY_ID.get(str(o.get("item")))
        if item is None:
            continue
        stats.observations += 1
        bucket = stats.concerns_by_group.setdefault(item.group, [0, 0, 0])
        assessment = o.get("assessment")
        if assessment == "apparent_violation":
            bucket[0] += 1
        elif assessment == "concern":
            bucket[1] += 1
        elif assessment in (None, "not_assessed") and item.expected:
            if o.get("answer") in ("yes", "no", "partly") and o.get("answer") != item.expected:
                bucket[2] += 1


def compute(store: Store, date_from: str | None = None, date_to: str | None = None,
            check: Any = None) -> Statistics:
    """``check`` (a callable) is called now and then so a long pass can be cancelled."""
    stats = Statistics()
    months: Counter[str] = Counter()
    facilities: Counter[str] = Counter()
    procedures: Counter[str] = Counter()
    stmt = select(records.c.kind, records.c.date_sort, records.c.doc).where(
        records.c.kind.in_(STAT_KINDS), records.c.deleted_at.is_(None))
    with store.engine.connect() as conn:
        for n, row in enumerate(iter_rows(conn, stmt)):
            if check is not None and n % 2000 == 0:
                check()
            if not _in_range(row["date_sort"], date_from, date_to):
                continue
            try:
                doc = json.loads(row["doc"])
            except ValueError:
                continue
            kind = row["kind"]
            if kind in ("hearing", "case"):
                _observe(stats, doc.get("fair_trial"))
            if kind == "hearing":
                stats.hearings += 1
                ds = row["date_sort"] or ""
                if len(ds) >= 7:
                    months[ds[:7]] += 1
            elif kind == "detention":
                stats.detentions += 1
                procedures[str(doc.get("procedure") or "unknown")] += 1
                seen = set()
                for seg in doc.get("custody_segments") or []:
                    if isinstance(seg, dict) and isinstance(seg.get("facility_type"), str):
                        seen.add(seg["facility_type"])
                for code in seen:
                    facilities[code] += 1
    stats.hearings_per_month = _months(months)
    stats.detentions_by_facility = _ordered(facilities, "facility_type")
    stats.detentions_by_procedure = _ordered(procedures, "procedure")
    return stats


def _ordered(counter: Counter[str], vocab_name: str) -> list[tuple[str, int]]:
    """Vocabulary order first (stable, comparable across vaults), then unknown codes."""
    order = {code: i for i, code in enumerate(vocab.VOCABS.get(vocab_name, ()))}
    return sorted(counter.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
