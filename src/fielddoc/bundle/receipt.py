"""The device's side of receipts: mark what HQ acknowledged, then (opt-in) purge it.

A receipt is accepted only if it decrypts with this device's age key, is
signed by the HQ key of one of this device's recipient cards, and names this
device. It marks every revision and file of the acknowledged bundles as
delivered. ``purge_delivered`` erases delivered records that no remaining
record refers to, with their attachment files; it is never automatic.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, exists, select, update

from fielddoc.bundle import format as fmt
from fielddoc.bundle.device import device_age_identities, recipients
from fielddoc.bundle.errors import BundleFailure, ReceiptRejected
from fielddoc.bundle.reader import finish_receipt, open_bundle
from fielddoc.fsutil import open_outside
from fielddoc.records import schema
from fielddoc.records.ids import now_iso
from fielddoc.records.service import Records
from fielddoc.store.schema import attachment_files, records, revisions
from fielddoc.store.schema_sync import sync_acks, sync_export_items, sync_exports, sync_files, sync_recipients
from fielddoc.store.vault import ATTACHMENT_SUFFIX, Vault


@dataclass
class ReceiptImport:
    receipt_id: str
    hq: str
    hq_name: str = ""
    bundles: int = 0
    unknown: int = 0
    waiting: int = 0
    revisions: int = 0
    files: int = 0


def _all_acknowledged(
    conn: Any,
    bundle_id: str,
    sent_to: list[str],
    held: dict[str, str],
    signer: str,
    receipt_id: str,
    now: str,
) -> bool:
    """Record that HQ ``signer`` acknowledged the bundle; True once every HQ it was sent to did.

    "Every HQ" is every signing key of a card the bundle was encrypted to that this device still
    holds (docs/bundle-format.md §2, F17): a card removed or replaced since is no longer waited for.
    """
    acks = sync_acks.c
    mine = select(acks.bundle_id).where(acks.bundle_id == bundle_id, acks.signing_key == signer)
    if conn.execute(mine).first() is None:
        conn.execute(
            sync_acks.insert().values(
                bundle_id=bundle_id, signing_key=signer, receipt_id=receipt_id, acked_at=now
            )
        )
    required = {held[fp] for fp in sent_to if fp in held}
    acked = {r[0] for r in conn.execute(select(acks.signing_key).where(acks.bundle_id == bundle_id))}
    return required <= acked


def import_receipt(vault: Vault, path: Path | str) -> ReceiptImport:
    path = Path(path)
    identities = device_age_identities(vault)  # HQ may still encrypt to a key rotated away from
    with open_outside(path) as fh:
        try:
            opened = open_bundle(fh, identities)
        except BundleFailure as exc:
            if exc.code == "not_for_us":
                raise ReceiptRejected(detail="it is not encrypted to this device") from None
            raise
        if opened.kind != fmt.KIND_RECEIPT:
            raise ReceiptRejected(detail="this is an export bundle, not a receipt")
        cards = [r for r in recipients(vault) if r.signing_key == opened.signer_key]
        if not cards:
            raise ReceiptRejected(detail="it is not signed by the key of any of your HQ recipient cards")
        opened.verify()
        m = fmt.parse_receipt_manifest(opened.manifest_bytes)
        if m.device != vault.device_id:
            raise ReceiptRejected(detail="it acknowledges another device's bundles")
        named = [c for c in cards if c.fingerprint == m.hq]
        if not named:
            # The signed "hq" field must be a card of the key that signed: it is what the user is shown.
            raise ReceiptRejected(detail="the HQ card it names is not a card of the key that signed it")
        finish_receipt(opened)
    result = ReceiptImport(receipt_id=m.receipt_id, hq=named[0].fingerprint, hq_name=named[0].name)
    now = now_iso()
    signer = opened.signer_key.hex()
    with vault.engine.begin() as conn:
        held = {
            r[0]: bytes(r[1]).hex()
            for r in conn.execute(select(sync_recipients.c.fingerprint, sync_recipients.c.signing_key))
        }
        top = 0
        for b in m.bundles:
            row = conn.execute(
                select(sync_exports.c.bundle_id, sync_exports.c.recipients).where(
                    sync_exports.c.bundle_id == b.bundle_id,
                    sync_exports.c.bundle_hash == b.hash,
                    sync_exports.c.status == "written",
                )
            ).first()
            if row is None:
                result.unknown += 1
                continue
            result.bundles += 1
            top = max(top, b.sequence)
            sent_to = json.loads(row[1])
            if not _all_acknowledged(conn, b.bundle_id, sent_to, held, signer, m.receipt_id, now):
                result.waiting += 1  # another HQ it was sent to has not acknowledged it yet
                continue
            items = conn.execute(
                select(sync_export_items.c.item_type, sync_export_items.c.ref).where(
                    sync_export_items.c.bundle_id == b.bundle_id
                )
            ).all()
            revs = [r[1] for r in items if r[0] == "rev"]
            for i in range(0, len(revs), 500):
                result.revisions += conn.execute(
                    update(revisions)
                    .where(revisions.c.hash.in_(revs[i : i + 500]), revisions.c.delivered.is_(False))
                    .values(delivered=True)
                ).rowcount
            for file_id in {r[1] for r in items if r[0] == "file"}:
                if (
                    conn.execute(select(sync_files.c.file_id).where(sync_files.c.file_id == file_id)).first()
                    is None
                ):
                    conn.execute(sync_files.insert().values(file_id=file_id, acked_at=now))
                    result.files += 1
            conn.execute(delete(sync_export_items).where(sync_export_items.c.bundle_id == b.bundle_id))
            conn.execute(
                update(sync_exports)
                .where(sync_exports.c.bundle_id == b.bundle_id, sync_exports.c.acked_at.is_(None))
                .values(acked_at=now, receipt_id=m.receipt_id)
            )
        if result.bundles:
            for card in cards:
                conn.execute(
                    update(sync_recipients)
                    .where(sync_recipients.c.fingerprint == card.fingerprint)
                    .values(last_ack_sequence=top, last_ack_at=now)
                )
    return result


@dataclass
class PurgePlan:
    record_ids: list[str] = field(default_factory=list)
    files: int = 0
    kept_referenced: int = 0


def purge_plan(vault: Vault) -> PurgePlan:
    """Records HQ acknowledged (all revisions delivered, all files acknowledged) no kept record needs."""
    with vault.engine.connect() as conn:
        undelivered = exists().where(revisions.c.record_id == records.c.id, revisions.c.delivered.is_(False))
        candidates = {r[0] for r in conn.execute(select(records.c.id).where(~undelivered))}
        has_rev = {r[0] for r in conn.execute(select(revisions.c.record_id).distinct())}
        candidates &= has_rev
        acked = {r[0] for r in conn.execute(select(sync_files.c.file_id))}
        files = conn.execute(select(attachment_files.c.attachment_id, attachment_files.c.file_id)).all()
        for att, fid in files:
            if fid not in acked:
                candidates.discard(att)
        kept: list[tuple[str, str]] = []
        for rid, kind, doc in conn.execute(select(records.c.id, records.c.kind, records.c.doc)):
            if rid not in candidates:
                kept.append((kind, doc))
        before = len(candidates)
        queue = kept
        while queue:
            nxt: list[tuple[str, str]] = []
            newly: set[str] = set()
            for kind, doc in queue:
                for _path, ref in schema.references(kind, json.loads(doc)):
                    if ref in candidates:
                        candidates.discard(ref)
                        newly.add(ref)
            if newly:
                for _rid, kind, doc in conn.execute(
                    select(records.c.id, records.c.kind, records.c.doc).where(records.c.id.in_(sorted(newly)))
                ):
                    nxt.append((kind, doc))
            queue = nxt
        n_files = sum(1 for att, _ in files if att in candidates)
    return PurgePlan(sorted(candidates), n_files, before - len(candidates))


def purge_delivered(vault: Vault, plan: PurgePlan | None = None) -> PurgePlan:
    """Erase what ``purge_plan`` found (the caller has asked the user to confirm).

    Attachment files are erased cryptographically: each file's random key lives
    only (wrapped) in its ``attachment_files`` row, which is deleted under
    ``secure_delete`` (the freed cells are zeroed); the WAL is then checkpointed
    and truncated, so no page of the database or its WAL still holds the key. A
    copy of the file carved from the disk afterwards cannot be decrypted with
    anything the vault holds (``tests/test_file_keys.py``).
    """
    plan = plan or purge_plan(vault)
    rec = Records(vault)
    for rid in plan.record_ids:
        rec.purge(rid)
        with vault.engine.begin() as conn:
            fids = [
                r[0]
                for r in conn.execute(
                    select(attachment_files.c.file_id).where(attachment_files.c.attachment_id == rid)
                )
            ]
            conn.execute(delete(attachment_files).where(attachment_files.c.attachment_id == rid))
        for fid in fids:
            with contextlib.suppress(FileNotFoundError):
                (vault.attachments_dir / f"{fid}{ATTACHMENT_SUFFIX}").unlink()
    if plan.record_ids:
        vault.checkpoint()
    return plan
