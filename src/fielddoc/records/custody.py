"""The custody log: one hash chain per attachment and per vault that handled it.

Specified in docs/spec/custody.md (vectors in tests/data/vectors/custody/). Every hop
of an attachment writes an entry: ``collected`` (capture), ``copied`` (a decrypted
copy was extracted), ``exported`` (which bundle, to which HQ cards), ``reported`` (a
PDF report or a CSV file that includes it), ``purged`` (erased from the device) and,
at HQ, ``imported`` (verified hashes, which bundle, by whom, HQ's own file
reference). A device's chains travel to HQ in the signed manifest of every bundle
that concerns the attachment, so HQ holds the log from capture to import; HQ's own
``imported`` entries name the hash of the device entry they follow.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from fielddoc.records.canonical import GENESIS, canonical, sha256_hex
from fielddoc.records.ids import now_iso
from fielddoc.store.schema import custody, records

VERSION = 1
ACTIONS = ("collected", "copied", "exported", "imported", "reported", "purged", "evidence_export")
ENTRY_KEYS = ("attachment_id", "chain", "seq", "prev", "at", "actor", "action", "detail", "hash")
MAX_ENTRIES = 100_000  # per bundle manifest


def entry_body(e: dict[str, Any]) -> bytes:
    """The hashed bytes of an entry (docs/spec/custody.md §2)."""
    return canonical({
        "v": VERSION,
        "attachment_id": e["attachment_id"],
        "chain": e["chain"],
        "seq": e["seq"],
        "prev": e["prev"],
        "at": e["at"],
        "actor": e["actor"],
        "action": e["action"],
        "detail": e["detail"],
    })


def entry_hash(e: dict[str, Any]) -> str:
    return sha256_hex(entry_body(e))


def _row_entry(row: Any) -> dict[str, Any]:
    import json

    return {
        "attachment_id": row["attachment_id"],
        "chain": row["chain"],
        "seq": int(row["seq"]),
        "prev": row["prev_hash"],
        "at": row["at"],
        "actor": row["actor"],
        "action": row["action"],
        "detail": json.loads(row["detail"]),
        "hash": row["hash"],
    }


def entry_row(e: dict[str, Any], carried: bool = False) -> dict[str, Any]:
    return {
        "attachment_id": e["attachment_id"], "chain": e["chain"], "seq": e["seq"],
        "prev_hash": e["prev"], "at": e["at"], "actor": e["actor"], "action": e["action"],
        "detail": canonical(e["detail"]).decode("utf-8"), "hash": e["hash"], "carried": carried,
    }


def tip(conn: Connection, attachment_id: str, chain: str) -> tuple[int, str]:
    """(seq, hash) of the newest entry of one chain; (0, GENESIS) for an empty one."""
    row = conn.execute(
        select(custody.c.seq, custody.c.hash)
        .where(custody.c.attachment_id == attachment_id, custody.c.chain == chain)
        .order_by(custody.c.seq.desc()).limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def make_entry(
    attachment_id: str, chain: str, seq: int, prev: str, actor: str, action: str,
    detail: dict[str, Any], at: str | None = None,
) -> dict[str, Any]:
    e: dict[str, Any] = {
        "attachment_id": attachment_id, "chain": chain, "seq": seq, "prev": prev,
        "at": at or now_iso(), "actor": actor, "action": action, "detail": detail,
    }
    e["hash"] = entry_hash(e)
    return e


def append(
    conn: Connection, attachment_id: str, chain: str, actor: str, action: str,
    detail: dict[str, Any] | None = None, at: str | None = None,
) -> dict[str, Any]:
    """Append one entry to a chain inside the caller's transaction; returns it."""
    seq, prev = tip(conn, attachment_id, chain)
    e = make_entry(attachment_id, chain, seq + 1, prev, actor, action, dict(detail or {}), at)
    conn.execute(custody.insert().values(**entry_row(e)))
    return e


def chain_of(conn: Connection, attachment_id: str, chain: str | None = None) -> list[dict[str, Any]]:
    """The entries of one attachment (one chain, or all of them), oldest first per chain."""
    stmt = select(custody).where(custody.c.attachment_id == attachment_id)
    if chain is not None:
        stmt = stmt.where(custody.c.chain == chain)
    rows = conn.execute(stmt.order_by(custody.c.chain, custody.c.seq)).mappings().all()
    return [_row_entry(r) for r in rows]


def log_of(conn: Connection, attachment_id: str) -> list[dict[str, Any]]:
    """Every entry of one attachment, in time order (for display and evidence)."""
    return sorted(chain_of(conn, attachment_id), key=lambda e: (e["at"], e["chain"], e["seq"]))


def uncarried(conn: Connection, chain: str) -> set[str]:
    """Attachments with an entry of ``chain`` no written bundle carried yet."""
    rows = conn.execute(
        select(custody.c.attachment_id).where(custody.c.chain == chain, custody.c.carried.is_(False))
    )
    return {r[0] for r in rows}


def mark_carried(conn: Connection, attachment_ids: set[str], chain: str) -> None:
    for aid in attachment_ids:
        conn.execute(
            update(custody)
            .where(custody.c.attachment_id == aid, custody.c.chain == chain)
            .values(carried=True)
        )


def check_chain(entries: list[dict[str, Any]]) -> str | None:
    """The first problem of one chain (entries of one attachment and chain, by seq), or None."""
    prev = GENESIS
    for i, e in enumerate(entries, start=1):
        if e["seq"] != i:
            return f"entry {i} is missing"
        if e["prev"] != prev:
            return f"entry {i} does not link to the entry before it"
        if e["action"] not in ACTIONS or not isinstance(e["detail"], dict):
            return f"entry {i} is malformed"
        if entry_hash(e) != e["hash"]:
            return f"entry {i} was altered (hash mismatch)"
        prev = e["hash"]
    return None


@dataclass(frozen=True)
class ChainKey:
    attachment_id: str
    chain: str


def verify_log(conn: Connection) -> list[str]:
    """Check every chain, and that each ``imported`` entry names a device entry HQ holds."""
    chains: dict[ChainKey, list[dict[str, Any]]] = {}
    for row in conn.execute(select(custody).order_by(custody.c.attachment_id, custody.c.chain,
                                                     custody.c.seq)).mappings():
        e = _row_entry(row)
        chains.setdefault(ChainKey(e["attachment_id"], e["chain"]), []).append(e)
    problems: list[str] = []
    hashes = {e["hash"] for es in chains.values() for e in es}
    for key, entries in chains.items():
        problem = check_chain(entries)
        if problem:
            problems.append(f"custody log of attachment {key.attachment_id} ({key.chain}): {problem}")
            continue
        for e in entries:
            follows = e["detail"].get("follows") if e["action"] == "imported" else None
            if follows is not None and follows not in hashes:
                problems.append(
                    f"custody log of attachment {key.attachment_id} ({key.chain}): entry {e['seq']} "
                    "follows a device entry that is not in the log"
                )
        if len(problems) > 20:
            break
    return problems


def log_output(engine: Any, chain: str, actor: str, record_ids: Iterable[str], detail: dict[str, Any]) -> int:
    """A ``reported`` entry for every attachment among ``record_ids`` (a PDF or CSV output)."""
    ids = sorted(set(record_ids))
    if not ids:
        return 0
    n = 0
    with engine.begin() as conn:
        for i in range(0, len(ids), 500):
            rows = conn.execute(
                select(records.c.id).where(records.c.kind == "attachment", records.c.id.in_(ids[i : i + 500]))
            )
            for (aid,) in rows:
                append(conn, aid, chain, actor, "reported", detail)
                n += 1
    return n
