"""The device's side of briefings (HQ -> field): verify, merge, show the new assignments.

A briefing is accepted only if it opens with this device's age key, is signed by the HQ key of
one of this device's recipient cards (or by a key a stored card's rotation replaced it with is
not enough: the new card must be added first), names a card of that key and this device, and
continues this device's chain of briefings from that HQ (docs/spec/briefing.md §4).

Merging follows HQ's rule (docs/bundle-format.md §5, :mod:`fielddoc.hq.merge`): the revisions
are stored by hash, a record's state is recomputed from the set of its revisions, and a record
the monitor changed since HQ last saw it ends with two heads: both are kept and the record is
flagged as a conflict and reported; nothing is overwritten silently.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from fielddoc.bundle import format as fmt
from fielddoc.bundle.briefing_format import BriefingManifest, assigned_to, parse_manifest
from fielddoc.bundle.device import device_age_identities, recipients
from fielddoc.bundle.errors import BriefingFork, BriefingRejected, BriefingReplay, BundleFailure
from fielddoc.bundle.reader import BodyReader, open_bundle
from fielddoc.fsutil import open_outside
from fielddoc.hq import merge
from fielddoc.records import vocab_received
from fielddoc.records.audit import AuditWriter
from fielddoc.records.ids import now_iso
from fielddoc.store.schema import records, revisions, settings
from fielddoc.store.schema_sync import hq_parents, hq_revisions, sync_recipients
from fielddoc.store.vault import Vault

CHAIN_KEY = "briefing_chain"  # vault setting: per HQ signing key, the chain of briefings imported


@dataclass(frozen=True)
class Assignment:
    hearing_id: str
    case_id: str | None
    date: str | None
    scheduled_start: str | None
    court_id: str | None
    mode: str | None
    status: str | None
    hearing_status: str | None
    new: bool  # not in this form on the device before this briefing


@dataclass
class BriefingImport:
    briefing_hash: str
    sequence: int
    hq: str
    hq_name: str
    monitor_id: str | None
    already_imported: bool = False
    missing: int = 0  # briefings numbered between the last one imported and this one
    new_revisions: int = 0
    records: int = 0
    conflicts: list[str] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    vocabulary: vocab_received.VocabularyUpdate = field(default_factory=vocab_received.VocabularyUpdate)


def _chains(vault: Vault) -> dict[str, Any]:
    raw = vault.get_setting(CHAIN_KEY)
    return json.loads(raw) if raw else {}


def _check_chain(chains: dict[str, Any], keys: list[str], m: BriefingManifest) -> int:
    """Refuse a replay or a fork of this HQ's chain (under its key, or the key its card replaced);
    returns the number of briefings missing before this one."""
    chain = next((chains[k] for k in keys if k in chains), None)
    if chain is None:
        return 0
    last, held = int(chain["sequence"]), chain["hash"]
    if m.sequence <= last:
        raise BriefingReplay(sequence=m.sequence, last=last)
    if m.sequence == last + 1 and m.previous != held:
        raise BriefingFork(sequence=m.sequence, last=last, claimed=m.previous or "none", held=held)
    return m.sequence - last - 1


def _open(vault: Vault, path: Path) -> tuple[Any, Any, BriefingManifest, list[str], list[tuple[str, str]]]:
    """Open, authenticate and parse the manifest; returns (file, opened, manifest, chain keys, card)."""
    fh = open_outside(path)
    try:
        try:
            opened = open_bundle(fh, device_age_identities(vault))
        except BundleFailure as exc:
            if exc.code == "not_for_us":
                raise BriefingRejected(detail="it is not encrypted to this device") from None
            raise
        if opened.kind != fmt.KIND_BRIEFING:
            raise BriefingRejected(detail=f"this is {fmt.KIND_NAMES[opened.kind]} file, not a briefing")
        cards = [r for r in recipients(vault) if r.signing_key == opened.signer_key]
        if not cards:
            raise BriefingRejected(detail="it is not signed by the key of any of your HQ recipient cards")
        opened.verify()
        m = parse_manifest(opened.manifest_bytes)
        if m.device != vault.device_id:
            raise BriefingRejected(detail="it was written for another device")
        named = [c for c in cards if c.fingerprint == m.hq]
        if not named:
            raise BriefingRejected(detail="the HQ card it names is not a card of the key that signed it")
    except BaseException:
        fh.close()
        raise
    keys = [opened.signer_key.hex()]
    with vault.engine.connect() as conn:
        card_json = conn.execute(
            select(sync_recipients.c.card).where(sync_recipients.c.fingerprint == named[0].fingerprint)
        ).scalar()
    previous = json.loads(card_json or "{}").get("previous_signing_key")
    if previous:  # HQ rotated its signing key: its chain goes on under the new key
        import base64

        keys.append(base64.b64decode(previous).hex())
    return fh, opened, m, keys, [(named[0].fingerprint, named[0].name)]


def _str(doc: dict[str, Any], key: str) -> str | None:
    value = doc.get(key)
    return value if isinstance(value, str) else None


def _assignments(conn: Connection, m: BriefingManifest, before: dict[str, str]) -> list[Assignment]:
    out: list[Assignment] = []
    if m.monitor_id is None:
        return out
    for rid in m.hearings:
        row = conn.execute(select(records.c.doc, records.c.deleted_at).where(records.c.id == rid)).first()
        if row is None or row[1] is not None:
            continue
        doc = json.loads(row[0])
        mine = assigned_to(doc, m.monitor_id)
        if mine is None:
            continue
        old = json.loads(before[rid]) if rid in before else {}
        changed = assigned_to(old, m.monitor_id) != mine or any(
            old.get(k) != doc.get(k) for k in ("date", "scheduled_start", "status")
        )
        out.append(
            Assignment(
                hearing_id=rid,
                case_id=_str(doc, "case_id"),
                date=_str(doc, "date"),
                scheduled_start=_str(doc, "scheduled_start"),
                court_id=_str(doc, "court_id"),
                mode=_str(mine, "mode"),
                status=_str(mine, "status"),
                hearing_status=_str(doc, "status"),
                new=changed,
            )
        )
    out.sort(key=lambda a: (a.scheduled_start or a.date or "", a.hearing_id))
    return out


def _merge(
    conn: Connection, vault: Vault, m: BriefingManifest, entries: list[fmt.Entry]
) -> tuple[int, list[str]]:
    """Store the revisions the device lacks and recompute the records; (new revisions, new conflicts)."""
    own = vault.device_id
    ids = sorted({e.record_id for e in entries})
    before: dict[str, bool] = {}
    for i in range(0, len(ids), merge.BATCH):
        for rid, conflict in conn.execute(
            select(records.c.id, records.c.conflict).where(records.c.id.in_(ids[i : i + merge.BATCH]))
        ):
            before[rid] = bool(conflict)
    have: dict[str, str] = {}  # hash -> record
    mine: dict[tuple[str, int], str] = {}  # this device's own revisions: (record, number) -> local hash
    for i in range(0, len(ids), merge.BATCH):
        for rid, h, dev, number in conn.execute(
            select(revisions.c.record_id, revisions.c.hash, revisions.c.device_id, revisions.c.revision)
            .where(revisions.c.record_id.in_(ids[i : i + merge.BATCH]))
        ):
            have[h] = rid
            if dev == own:
                mine[(rid, int(number))] = h
    alias: dict[str, str] = {}  # HQ's hash of one of this device's revisions -> the local revision
    received = now_iso()
    new = 0
    for e in entries:
        if e.hash in have:
            continue
        local = mine.get((e.record_id, e.revision)) if e.device_id == own else None
        if local is not None:
            alias[e.hash] = local  # the same revision, exported without what never leaves the device
            continue
        conn.execute(
            revisions.insert().values(
                record_id=e.record_id, kind=e.kind, revision=e.revision, hash=e.hash,
                parent_hash=e.parent, op=e.op, device_id=e.device_id, author=e.author, at=e.at,
                doc=e.doc_json, delivered=True,
            )
        )
        conn.execute(
            hq_revisions.insert().values(
                hash=e.hash, bundle_hash=m.hash, received_at=received, draft=e.draft,
                id_generated=e.id_generated,
            )
        )
        have[e.hash] = e.record_id
        new += 1
    edges = set(m.extra_parents)
    for e in entries:
        if e.parent is not None and e.parent in alias:
            edges.add((e.hash, alias[e.parent]))
    for child, parent in sorted(edges):
        child, parent = alias.get(child, child), alias.get(parent, parent)
        if child not in have or parent not in have:
            continue
        exists = conn.execute(
            select(hq_parents.c.child_hash).where(
                hq_parents.c.child_hash == child, hq_parents.c.parent_hash == parent
            )
        ).first()
        if exists is None:
            conn.execute(hq_parents.insert().values(child_hash=child, parent_hash=parent))
    stats = merge.rebuild(conn, ids, count_dangling=False)
    conflicts = sorted(r for r in stats.conflicts or [] if not before.get(r))
    return new, conflicts


def _own_tags(conn: Connection) -> set[str]:
    """The tags the device's cases use (the monitor's own: a vocabulary update never touches them)."""
    out: set[str] = set()
    for (raw,) in conn.execute(select(records.c.doc).where(records.c.kind == "case")):
        tags = json.loads(raw).get("tags")
        if isinstance(tags, list):
            out.update(t for t in tags if isinstance(t, str))
    return out


def _vocabularies(conn: Connection, m: BriefingManifest) -> vocab_received.VocabularyUpdate:
    """Add the briefing's vocabulary updates to what the device holds (§5 step 7)."""
    raw = conn.execute(select(settings.c.value).where(settings.c.key == vocab_received.SETTING)).scalar()
    state, report = vocab_received.merge(vocab_received.held(raw), m.vocabularies, _own_tags(conn))
    if report.tags_added or report.codes_added or report.codes_updated:
        conn.execute(settings.delete().where(settings.c.key == vocab_received.SETTING))
        conn.execute(settings.insert().values(key=vocab_received.SETTING,
                                              value=json.dumps(state, ensure_ascii=False, sort_keys=True)))
    return report


def import_briefing(vault: Vault, path: Path | str) -> BriefingImport:
    """Verify a briefing completely, then merge it in one transaction (docs/spec/briefing.md §4-5)."""
    path = Path(path)
    fh, opened, m, keys, card = _open(vault, path)
    with fh:
        chains = _chains(vault)
        held = next((chains[k] for k in keys if k in chains), None)
        result = BriefingImport(m.hash, m.sequence, card[0][0], card[0][1], m.monitor_id)
        again = held is not None and m.hash == held.get("hash")
        if not again:
            result.missing = _check_chain(chains, keys, m)
        reader = BodyReader(opened, m)
        entries = [
            fmt.parse_entry(body, index, expected_hash=m.revisions[index], signer=None)
            for index, body in reader.records()
        ]
        reader.finish()  # the end of the age stream: only now is anything trusted
    if again:
        result.already_imported = True  # the same file again: checked to the end, nothing changed
        return result
    author = vault.get_setting("author", "monitor") or "monitor"
    with vault.engine.begin() as conn:
        before = {
            r[0]: r[1]
            for r in conn.execute(
                select(records.c.id, records.c.doc).where(records.c.id.in_(list(m.hearings)))
            )
        }
        result.new_revisions, result.conflicts = _merge(conn, vault, m, entries)
        result.records = len({e.record_id for e in entries})
        result.assignments = _assignments(conn, m, before)
        result.vocabulary = _vocabularies(conn, m)
        for k in keys[1:]:
            chains.pop(k, None)
        chains[keys[0]] = {"sequence": m.sequence, "hash": m.hash}
        conn.execute(settings.delete().where(settings.c.key == CHAIN_KEY))
        conn.execute(settings.insert().values(key=CHAIN_KEY, value=json.dumps(chains)))
        AuditWriter(conn, vault.device_id, author).append(
            "briefing-import",
            None,
            m.hash,
            detail=f"sequence={m.sequence} revisions={result.new_revisions}/{len(entries)} "
            f"conflicts={len(result.conflicts)}",
        )
    return result
