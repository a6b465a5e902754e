"""HQ -> field: a briefing bundle with a monitor's scheduled hearings (docs/spec/briefing.md).

A briefing is a bundle of kind 3, signed by HQ's signing key and encrypted to the device's own
age key (the one HQ registered from its enrolment file, a bundle's ``reply_to`` or a key
rotation statement). It carries the whole revision history HQ holds of every record the monitor
needs: the scheduled hearings with an assignment for the monitor (and every hearing an earlier
briefing to the device carried, so that a change of plan reaches it), their cases, and the
records they refer to. Each device has its own numbered chain of briefings, each naming the
hash of the one before it.
"""

from __future__ import annotations

import hashlib
import io
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, true

from fielddoc import __version__
from fielddoc.bundle import age
from fielddoc.bundle import format as fmt
from fielddoc.bundle.briefing_format import TYPE, assigned_to
from fielddoc.bundle.errors import (
    BriefingNoKey,
    BriefingNoMonitor,
    BriefingRevokedDevice,
    BriefingUnknownMonitor,
    BriefingVocabularyInvalid,
    UnknownDeviceId,
)
from fielddoc.bundle.writer import BUNDLE_SUFFIX, OutputExists, OutputFolderMissing, write_file_atomically
from fielddoc.hq import briefing_state
from fielddoc.hq.briefing_state import MONITOR_PREFIX, STATE_PREFIX, remembered_monitor
from fielddoc.hq.devices import get_device
from fielddoc.hq.store import HQStore
from fielddoc.records import schema, vocab_received
from fielddoc.records.audit import AuditWriter
from fielddoc.records.ids import now_iso, uuid7
from fielddoc.store.schema import records, revisions
from fielddoc.store.schema_sync import hq_parents, hq_revisions
from fielddoc.store.sealing import sealer_of

BATCH = 500


@dataclass
class BriefingResult:
    path: Path
    device: str
    monitor_id: str
    sequence: int
    briefing_hash: str
    hearings: int
    records: int
    revisions: int


def _monitor(conn: Any, monitor: str | None, device_id: str) -> str:
    if not monitor:
        raise BriefingNoMonitor(device=device_id)
    row = conn.execute(
        select(records.c.kind).where(records.c.id == monitor, records.c.deleted_at.is_(None))
    ).first()
    if row is None or row[0] != "person":
        raise BriefingUnknownMonitor(monitor=monitor[:128])
    return monitor


def _doc_has(conn: Any, needle: str) -> Any:
    """A pre-filter on the document's text; none at a sealed HQ (the documents are tested here)."""
    return true() if sealer_of(conn.engine) is not None else records.c.doc.contains(needle)


def _select(conn: Any, monitor: str, earlier: list[str], ceiling: str) -> tuple[list[str], list[str]]:
    """(hearing ids, every record id to send) for the monitor."""
    hearings: list[str] = []
    docs: dict[str, dict[str, Any]] = {}
    stmt = select(records.c.id, records.c.doc, records.c.deleted_at).where(
        records.c.kind == "hearing", _doc_has(conn, monitor)
    )
    for rid, doc_json, deleted in conn.execute(stmt):
        doc = json.loads(doc_json)
        if deleted is None and doc.get("status") == "scheduled" and assigned_to(doc, monitor) is not None:
            hearings.append(rid)
            docs[rid] = doc
    for i in range(0, len(earlier), BATCH):  # a change of plan (unassigned, cancelled) reaches the device
        for rid, doc_json in conn.execute(
            select(records.c.id, records.c.doc).where(records.c.id.in_(earlier[i : i + BATCH]))
        ):
            if rid not in docs:
                hearings.append(rid)
                docs[rid] = json.loads(doc_json)
    wanted: set[str] = set(docs)
    cases = {d["case_id"] for d in docs.values() if isinstance(d.get("case_id"), str)}
    stmt = select(records.c.id, records.c.doc).where(records.c.id.in_(sorted(cases)))
    for rid, doc_json in conn.execute(stmt):
        docs[rid] = json.loads(doc_json)
        wanted.add(rid)
    kinds = {rid: "case" if rid in cases else "hearing" for rid in docs}
    for rid, doc in list(docs.items()):  # one level of references: people, courts, places
        for _path, ref in schema.references(kinds[rid], doc):
            wanted.add(ref)
    out: list[str] = []
    ids = sorted(wanted)
    for i in range(0, len(ids), BATCH):
        for rid, doc_json in conn.execute(
            select(records.c.id, records.c.doc).where(records.c.id.in_(ids[i : i + BATCH]))
        ):
            doc = json.loads(doc_json)
            if rid in hearings or fmt.exportable(doc, ceiling):
                out.append(rid)
    return sorted(hearings), sorted(out)


def _entries(conn: Any, ids: list[str]) -> tuple[list[tuple[str, bytes]], list[tuple[str, str]]]:
    """(hash, RECORD frame body) of every revision of ``ids``, and the extra parents among them."""
    c = revisions.c
    out: list[tuple[str, bytes]] = []
    hashes: list[str] = []
    for i in range(0, len(ids), BATCH):
        rows = conn.execute(
            select(revisions, hq_revisions.c.draft, hq_revisions.c.id_generated)
            .outerjoin(hq_revisions, hq_revisions.c.hash == c.hash)
            .where(c.record_id.in_(ids[i : i + BATCH]))
            .order_by(c.record_id, c.revision, c.at, c.hash)
        ).mappings()
        for r in rows:
            doc = json.loads(r["doc"])
            body = fmt.entry_json(
                record_id=r["record_id"], kind=r["kind"], revision=r["revision"], parent=r["parent_hash"],
                op=r["op"], device_id=r["device_id"], author=r["author"], at=r["at"], doc=doc,
                draft=bool(r["draft"]), id_generated=bool(r["id_generated"]),
                v=_version(r),
            )
            out.append((r["hash"], body))
            hashes.append(r["hash"])
    extra: list[tuple[str, str]] = []
    for i in range(0, len(hashes), BATCH):
        extra += [
            (a, b)
            for a, b in conn.execute(
                select(hq_parents.c.child_hash, hq_parents.c.parent_hash)
                .where(hq_parents.c.child_hash.in_(hashes[i : i + BATCH]))
                .order_by(hq_parents.c.child_hash, hq_parents.c.parent_hash)
            )
        ]
    return out, extra


def _version(r: Any) -> int:
    from fielddoc.records.canonical import revision_version

    v = revision_version(
        r["hash"], record_id=r["record_id"], kind=r["kind"], revision=r["revision"],
        parent_hash=r["parent_hash"], op=r["op"], device_id=r["device_id"], author=r["author"],
        at=r["at"], doc_json=r["doc"],
    )
    return v or 2


def _target(out: Path) -> Path:
    if out.is_dir():
        return out / f"{secrets.token_hex(16)}{BUNDLE_SUFFIX}"
    if out.exists():
        raise OutputExists(path=str(out))
    if not out.parent.is_dir():
        raise OutputFolderMissing(path=str(out.parent))
    return out


def _signed(
    hq: HQStore, device_id: str, monitor: str, chain: briefing_state.Chain, hearings: list[str],
    entries: list[tuple[str, bytes]], extra: list[tuple[str, str]],
    vocabularies: dict[str, Any] | None = None,
) -> tuple[str, list[bytes], int]:
    """(bundle hash, the briefing's parts before encryption, its sequence number)."""
    sha = hashlib.sha256()
    for _h, body in entries:
        sha.update(fmt.frame_header(fmt.F_RECORD, len(body)))
        sha.update(body)
    sequence = chain.sequence + 1
    manifest = {
        "format": fmt.FORMAT_NAME,
        "version": fmt.VERSION,
        "type": TYPE,
        "briefing_id": uuid7(),
        "hq": hq.fingerprint(),
        "device": device_id,
        "monitor_id": monitor,
        "sequence": sequence,
        "previous": chain.hash,
        "created_at": now_iso(),
        "counts": {"revisions": len(entries)},
        "revisions": [h for h, _ in entries],
        "records_sha256": sha.hexdigest(),
        "extra_parents": [list(p) for p in extra],
        "hearings": hearings,
        "vocabularies": vocabularies,
        "software": f"FieldDoc {__version__}",
    }
    raw = fmt.canonical_bytes(manifest)
    signature = fmt.sign_manifest(fmt.KIND_BRIEFING, hq.signing_key(), raw)
    parts = [fmt.encode_preamble(fmt.KIND_BRIEFING, hq.signing_public(), signature, len(raw)), raw]
    for _h, body in entries:
        parts += [fmt.frame_header(fmt.F_RECORD, len(body)), body]
    parts.append(fmt.frame_header(fmt.F_END, 0))
    return fmt.bundle_hash(raw), parts, sequence


def load_vocabularies(path: Path | str) -> dict[str, Any]:
    """HQ's curated vocabulary updates from a JSON file (docs/spec/briefing.md §3.1), checked."""
    try:
        value = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise BriefingVocabularyInvalid(path=str(path), where="the file",
                                        problem=f"cannot be read ({exc.strerror})") from None
    except (UnicodeDecodeError, ValueError):
        raise BriefingVocabularyInvalid(path=str(path), where="the file",
                                        problem="is not UTF-8 JSON") from None
    return check_vocabularies(value, str(path))


def check_vocabularies(value: Any, where: str = "-") -> dict[str, Any]:
    try:
        parsed = vocab_received.parse(value)
    except vocab_received.VocabularyInvalid as exc:
        raise BriefingVocabularyInvalid(path=where, where=exc.where, problem=exc.problem) from None
    if parsed is None:
        raise BriefingVocabularyInvalid(path=where, where="vocabularies", problem="must be an object")
    return parsed


def make_briefing(
    hq: HQStore,
    device_id: str,
    out: Path,
    *,
    monitor_id: str | None = None,
    tlp_ceiling: str = fmt.DEFAULT_CEILING,
    vocabularies: dict[str, Any] | None = None,
) -> BriefingResult:
    """Write the next briefing for ``device_id`` (docs/spec/briefing.md); ``vocabularies``: HQ's
    curated vocabulary updates (§3.1), sent as they are."""
    hq.require("sign")  # a reader or an analyst holds none of HQ's keys (hq/team/roles.py)
    if vocabularies is not None:
        vocabularies = check_vocabularies(vocabularies)
    target = _target(Path(out))
    with hq.engine.connect() as conn:
        dev = get_device(conn, device_id)
    if dev is None:
        raise UnknownDeviceId(device=device_id)
    if dev.revoked:
        raise BriefingRevokedDevice(device=device_id)
    if not dev.age_recipient:
        raise BriefingNoKey(device=device_id)
    who = hq.get_setting("author") or "hq"
    # One snapshot; a team's chain row (hq/briefing_state.py) stays locked until the number is used
    # up, so a second station briefing the same device waits and numbers the next one.
    with hq.begin() as conn:
        chain = briefing_state.take(hq, conn, device_id)
        monitor = _monitor(conn, monitor_id or chain.monitor, device_id)
        hearings, ids = _select(conn, monitor, chain.hearings, tlp_ceiling)
        entries, extra = _entries(conn, ids)
        bhash, parts, sequence = _signed(hq, device_id, monitor, chain, hearings, entries, extra,
                                        vocabularies)
        # The number is used up before the file exists: a crash leaves a gap the device reports,
        # never two different briefings with the same number.
        made = briefing_state.Chain(sequence, bhash, hearings, monitor)
        if briefing_state.shared(hq):
            briefing_state.save(hq, conn, device_id, made, who)
    if not briefing_state.shared(hq):
        briefing_state.save(hq, None, device_id, made, who)
    plain = b"".join(parts)
    write_file_atomically(
        target, lambda fh: age.encrypt_stream(io.BytesIO(plain), fh, [dev.age_recipient or ""])
    )
    with hq.begin() as conn:
        AuditWriter(conn, hq.device_id, hq.get_setting("author") or "hq").append(
            "briefing",
            None,
            bhash,
            detail=f"device={device_id} sequence={sequence} hearings={len(hearings)} records={len(ids)}",
        )
    return BriefingResult(target, device_id, monitor, sequence, bhash, len(hearings), len(ids), len(entries))


__all__ = ["MONITOR_PREFIX", "STATE_PREFIX", "BriefingResult", "assigned_monitors", "make_briefing",
           "remembered_monitor"]


def assigned_monitors(hq: HQStore) -> list[tuple[str, str]]:
    """(person id, name) of everyone assigned to a hearing at HQ, by name."""
    ids: set[str] = set()
    with hq.engine.connect() as conn:
        for (doc_json,) in conn.execute(
            select(records.c.doc).where(
                records.c.kind == "hearing", records.c.deleted_at.is_(None),
                _doc_has(conn, '"assignments"'),
            )
        ):
            for item in json.loads(doc_json).get("assignments") or ():
                if isinstance(item, dict) and isinstance(item.get("monitor_id"), str):
                    ids.add(item["monitor_id"])
        names = dict(
            conn.execute(select(records.c.id, records.c.title).where(records.c.id.in_(sorted(ids)))).all()
        )
    return sorted(((i, str(names.get(i) or i)) for i in ids), key=lambda p: (p[1].casefold(), p[0]))
