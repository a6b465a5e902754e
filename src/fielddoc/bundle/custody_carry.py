"""Custody chains in bundles (docs/spec/custody.md §4, docs/bundle-format.md §2).

The device puts the complete chain of every attachment the bundle concerns, ending
with a new ``exported`` entry, in the signed manifest (``custody``). HQ checks every
chain, keeps the entries (an entry it already holds must be identical) and appends its
own ``imported`` entry, which names the device entry it follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from fielddoc.bundle import format as fmt
from fielddoc.bundle.errors import MalformedContent
from fielddoc.records import custody
from fielddoc.store.schema import custody as custody_table
from fielddoc.store.schema import records

#: The custody chains of one manifest stay below this (the manifest's limit is 32 MiB); the
#: chains left out keep their entries uncarried and go with the next bundle.
MAX_CARRIED_BYTES = 16 << 20

_HEX64 = re.compile(r"\A[0-9a-f]{64}\Z")
_ID = re.compile(r"\A[A-Za-z0-9._:-]{1,128}\Z")


def _carry_ids(conn: Connection, device_id: str, ceiling: str, file_ids: Iterable[str]) -> list[str]:
    """Attachments whose chain this bundle may carry: files in it, or entries not yet carried."""
    waiting = custody.uncarried(conn, device_id)
    out = []
    # Chains with entries no bundle carried yet first: a chain only re-sent with its file
    # (a bundle not yet acknowledged) never keeps them out of the manifest's budget.
    for aid in sorted(set(file_ids) | waiting, key=lambda a: (a not in waiting, a)):
        row = conn.execute(
            select(records.c.confidentiality, records.c.tlp, records.c.kind).where(records.c.id == aid)
        ).first()
        if row is not None:
            marking = {k: v for k, v in (("confidentiality", row[0]), ("tlp", row[1])) if v is not None}
            if row[2] == "attachment" and fmt.exportable(marking, ceiling):
                out.append(aid)
        elif any(e["action"] == "exported" for e in custody.chain_of(conn, aid, device_id)):
            out.append(aid)  # purged since it was sent: HQ gets the ``purged`` entry
    return out


def pending(conn: Connection, device_id: str, ceiling: str) -> bool:
    """Whether a custody entry waits for a bundle (a bundle is written for it alone)."""
    return bool(_carry_ids(conn, device_id, ceiling, ()))


def plan(
    conn: Connection, device_id: str, actor: str, ceiling: str, files: list[tuple[str, str]],
    bundle_id: str, sequence: int, recipients: list[str],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(every entry the manifest carries, the new ``exported`` entries); ``files`` = (attachment, sha256)."""
    carried: list[dict[str, Any]] = []
    new: list[dict[str, Any]] = []
    size = 0
    for aid in _carry_ids(conn, device_id, ceiling, (a for a, _ in files)):
        chain = custody.chain_of(conn, aid, device_id)
        seq, prev = (chain[-1]["seq"], chain[-1]["hash"]) if chain else (0, custody.GENESIS)
        detail = {
            "bundle_id": bundle_id, "sequence": sequence, "recipients": recipients,
            "tlp_ceiling": ceiling, "files": sorted(sha for a, sha in files if a == aid),
        }
        e = custody.make_entry(aid, device_id, seq + 1, prev, actor, "exported", detail)
        more = sum(len(custody.entry_body(x)) + 100 for x in (*chain, e))  # + the hash member
        if len(carried) + len(chain) + 1 > custody.MAX_ENTRIES or size + more > MAX_CARRIED_BYTES:
            continue  # this chain goes with a later bundle (its entries stay uncarried)
        size += more
        carried += [*chain, e]
        new.append(e)
    return carried, new


def record_written(conn: Connection, device_id: str, new: list[dict[str, Any]]) -> None:
    """Keep the ``exported`` entries once the bundle is written (in its transaction)."""
    for e in new:
        if custody.tip(conn, e["attachment_id"], device_id) != (e["seq"] - 1, e["prev"]):
            from fielddoc.bundle.writer import ExportFailed

            raise ExportFailed(detail="the custody log changed while it was being exported",
                               advice="Export again.")
        conn.execute(custody_table.insert().values(**custody.entry_row(e, carried=True)))
    custody.mark_carried(conn, {e["attachment_id"] for e in new}, device_id)


def _bad(problem: str, record_id: str = "-") -> MalformedContent:
    return MalformedContent(record_id=record_id, field="manifest.custody", problem=problem)


def parse(value: Any, device: str) -> dict[str, list[dict[str, Any]]]:
    """Check a manifest's ``custody``: complete, valid chains of the signing device, by attachment."""
    if value is None:
        return {}
    if not isinstance(value, list) or len(value) > custody.MAX_ENTRIES:
        raise _bad("must be a list of at most 100000 entries")
    chains: dict[str, list[dict[str, Any]]] = {}
    for e in value:
        if not isinstance(e, dict) or set(e) != set(custody.ENTRY_KEYS):
            raise _bad("an entry does not have exactly the keys of docs/spec/custody.md")
        aid = e["attachment_id"]
        if not isinstance(aid, str) or not _ID.match(aid):
            raise _bad("an entry has an invalid attachment id")
        if e["chain"] != device:
            raise _bad("an entry was not written by the device that signed the bundle", aid)
        ok = (isinstance(e["seq"], int) and not isinstance(e["seq"], bool)
              and all(isinstance(e[k], str) for k in ("prev", "at", "actor", "action", "hash"))
              and _HEX64.match(e["prev"]) and _HEX64.match(e["hash"]))
        if not ok:
            raise _bad("an entry has a field of the wrong type", aid)
        chains.setdefault(aid, []).append(e)
    for aid, entries in chains.items():
        problem = custody.check_chain(entries)
        if problem:
            raise _bad(f"the custody log is broken: {problem}", aid)
    return chains


def store(
    conn: Connection, chains: dict[str, list[dict[str, Any]]], *, hq_id: str, actor: str,
    bundle_hash: str, device: str, sequence: int, hq_fingerprint: str,
    stored: dict[str, list[dict[str, str]]],
) -> int:
    """Keep the device's entries and append HQ's ``imported`` entries; returns how many HQ wrote."""
    for aid, entries in chains.items():
        held = {e["seq"]: e["hash"] for e in custody.chain_of(conn, aid, device)}
        for e in entries:
            if e["seq"] in held:
                if held[e["seq"]] != e["hash"]:
                    raise _bad("the custody log differs from the one HQ already holds", aid)
                continue
            conn.execute(custody_table.insert().values(**custody.entry_row(e, carried=True)))
        detail = {
            "bundle": bundle_hash, "device": device, "sequence": sequence, "hq": hq_fingerprint,
            "follows": entries[-1]["hash"], "files": stored.get(aid, []),
        }
        custody.append(conn, aid, hq_id, actor, "imported", detail)
    return len(chains)
