"""Where each device's chain of briefings is numbered (docs/spec/briefing.md, docs/hq-members.md).

A team HQ (PostgreSQL) keeps it in HQ's database, one row per device (``hq_briefings``), locked
(``SELECT … FOR UPDATE``) from reading the last number until the next one is saved: two import
stations briefing the same device make briefings 1, 2, 3… of one chain, each naming the one
before, in the order the device accepts them. A one-person HQ keeps it in its own vault (settings
``briefing_state.<device>`` and ``briefing_monitor.<device>``), as before; a team's first briefing
of a device starts from what the briefing station's vault held.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection

from fielddoc.hq.team.schema import hq_briefings
from fielddoc.records.ids import now_iso

if TYPE_CHECKING:
    from fielddoc.hq.store import HQStore

STATE_PREFIX = "briefing_state."  # HQ vault setting per device: sequence, hash, hearings sent
MONITOR_PREFIX = "briefing_monitor."  # HQ vault setting per device: the monitor's person id


@dataclass
class Chain:
    sequence: int = 0
    hash: str | None = None
    hearings: list[str] = field(default_factory=list)
    monitor: str | None = None


def _from_vault(hq: HQStore, device_id: str) -> Chain:
    raw = hq.vault.get_setting(STATE_PREFIX + device_id)
    st: dict[str, Any] = json.loads(raw) if raw else {}
    return Chain(int(st.get("sequence", 0)), st.get("hash"), list(st.get("hearings", [])),
                 hq.vault.get_setting(MONITOR_PREFIX + device_id))


def shared(hq: HQStore) -> bool:
    """True when the chain is HQ's (a team on PostgreSQL), not this vault's."""
    return hq.team is not None


def take(hq: HQStore, conn: Connection, device_id: str) -> Chain:
    """The device's chain as it is now, locked in ``conn``'s transaction until it commits."""
    if not shared(hq):
        return _from_vault(hq, device_id)
    seed = _from_vault(hq, device_id)  # the first time: what this station numbered before
    conn.execute(pg_insert(hq_briefings).values(
        device_id=device_id, sequence=seed.sequence, hash=seed.hash, hearings=json.dumps(seed.hearings),
        monitor_id=seed.monitor,
    ).on_conflict_do_nothing(index_elements=["device_id"]))
    row = conn.execute(
        select(hq_briefings).where(hq_briefings.c.device_id == device_id).with_for_update()
    ).mappings().one()
    return Chain(int(row["sequence"]), row["hash"], list(json.loads(row["hearings"])), row["monitor_id"])


def save(hq: HQStore, conn: Connection | None, device_id: str, chain: Chain, who: str) -> None:
    """The next number is used up (in ``conn``'s transaction; before the file exists)."""
    if not shared(hq):
        hq.vault.set_setting(STATE_PREFIX + device_id, json.dumps(
            {"sequence": chain.sequence, "hash": chain.hash, "hearings": chain.hearings}))
        if chain.monitor:
            hq.vault.set_setting(MONITOR_PREFIX + device_id, chain.monitor)
        return
    assert conn is not None
    conn.execute(update(hq_briefings).where(hq_briefings.c.device_id == device_id).values(
        sequence=chain.sequence, hash=chain.hash, hearings=json.dumps(chain.hearings),
        monitor_id=chain.monitor, made_by=who, made_at=now_iso(),
    ))


def remembered_monitor(hq: HQStore, device_id: str) -> str | None:
    """The monitor HQ briefs ``device_id`` for (given once with ``--monitor``)."""
    if shared(hq):
        with hq.engine.connect() as conn:
            row = conn.execute(
                select(hq_briefings.c.monitor_id).where(hq_briefings.c.device_id == device_id)
            ).first()
        if row is not None and row[0]:
            return str(row[0])
    return hq.vault.get_setting(MONITOR_PREFIX + device_id)
