"""Verification of an HQ store, aware of merged histories.

``Records.verify_history`` expects one linear chain per record, as on a field
device. At HQ a record may have several chains (one per device), revisions
withheld by a device (their children name a parent HQ never received), and
resolutions with extra parents. This check recomputes every revision hash,
recomputes every record's heads with the merge rule and compares them with
the ``records`` row, re-verifies every imported bundle's device signature and
that every revision HQ attributes to a bundle is listed in its signed
manifest, checks the audit chain, and (with ``files=True``) decrypts every
attachment file against its SHA-256.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, text

from fielddoc.bundle import format as fmt
from fielddoc.errors import FieldDocError
from fielddoc.hq import merge
from fielddoc.hq.devices import device_keys
from fielddoc.hq.errors import AuditPartlyHidden, BundlesHidden
from fielddoc.hq.store import HQStore
from fielddoc.records import custody
from fielddoc.records.audit import verify_chain_seen
from fielddoc.records.canonical import revision_version
from fielddoc.records.service import iter_rows
from fielddoc.store.schema import attachment_files, records, revisions
from fielddoc.store.schema import custody as custody_table
from fielddoc.store.schema_sync import hq_bundles, hq_devices, hq_revisions
from fielddoc.store.sealing import unbound

MAX_PROBLEMS = 200


def _bundles_total(conn: Any) -> int:
    """Bundles HQ holds, those a member's level hides from them included (a team HQ's
    ``fd_bundles_total()``; elsewhere nothing is hidden: -1)."""
    if conn.dialect.name != "postgresql" or not conn.execute(
            text("SELECT to_regprocedure('fd_bundles_total()') IS NOT NULL")).scalar():
        return -1
    return int(conn.execute(text("SELECT fd_bundles_total()")).scalar_one())


def _signed_by(key: bytes, signature: bytes, raw: bytes) -> bool:
    """A stored bundle verifies with one of its device's keys (current, or rotated away from)."""
    try:
        fmt.verify_manifest_signature(fmt.KIND_EXPORT, key, signature, raw)
    except FieldDocError:
        return False
    return True


def verify_hq(hq: HQStore, *, files: bool = True, notes: list[FieldDocError] | None = None) -> list[str]:
    """Every problem found. ``notes`` receives what a member's limits left unchecked (not damage)."""
    problems: list[str] = []
    with hq.engine.connect() as conn:
        # the snapshots unbound: a revision that does not hash is reported here, not refused
        every = [c for c in revisions.c if c.name != "doc"] + [unbound(revisions.c.doc)]
        for r in iter_rows(conn, select(*every).order_by(revisions.c.seq)):
            v = revision_version(
                r["hash"],
                record_id=r["record_id"],
                kind=r["kind"],
                revision=r["revision"],
                parent_hash=r["parent_hash"],
                op=r["op"],
                device_id=r["device_id"],
                author=r["author"],
                at=r["at"],
                doc_json=r["doc"],
            )
            if v is None:
                problems.append(f"revision {r['revision']} of {r['record_id']} was altered")
            if len(problems) > MAX_PROBLEMS:
                return problems
        ids = [r[0] for r in conn.execute(select(records.c.id).order_by(records.c.id))]
        for i in range(0, len(ids), merge.BATCH):
            batch = ids[i : i + merge.BATCH]
            rows = {
                r["id"]: r
                for r in conn.execute(
                    select(records.c.id, records.c.head_hash, records.c.conflict, records.c.doc).where(
                        records.c.id.in_(batch)
                    )
                ).mappings()
            }
            for rid in batch:
                hs = merge.record_heads(conn, rid)
                row = rows[rid]
                if not hs:
                    problems.append(f"record {rid} has no history")
                    continue
                if row["head_hash"] not in {h.hash for h in hs}:
                    problems.append(f"record {rid} does not show one of its heads")
                if bool(row["conflict"]) != (len(hs) > 1):
                    problems.append(f"record {rid} has a wrong conflict flag")
                doc = conn.execute(
                    select(unbound(revisions.c.doc)).where(revisions.c.hash == row["head_hash"])
                ).scalar()
                if doc != row["doc"]:
                    problems.append(f"record {rid} does not match the revision it shows")
            if len(problems) > MAX_PROBLEMS:
                return problems
        keys = {r[0]: device_keys(conn, r[0]) for r in conn.execute(select(hq_devices.c.device_id))}
        signed_custody: set[str] = set()
        seen_bundles = 0
        for b in conn.execute(select(hq_bundles)).mappings():
            seen_bundles += 1
            raw = b["manifest"].encode("utf-8")
            held = keys.get(b["device_id"])
            if not held or fmt.bundle_hash(raw) != b["bundle_hash"]:
                problems.append(f"bundle {b['sequence']} of {b['device_id']}: its record was altered")
                continue
            if not any(_signed_by(k, bytes(b["signature"]), raw) for k in held):
                problems.append(
                    f"bundle {b['sequence']} of {b['device_id']}: the stored signature does not verify"
                )
                continue
            manifest = json.loads(raw)
            listed = set(manifest["revisions"])
            signed_custody.update(e["hash"] for e in manifest.get("custody") or [] if isinstance(e, dict))
            for (h,) in conn.execute(
                select(hq_revisions.c.hash).where(hq_revisions.c.bundle_hash == b["bundle_hash"])
            ):
                if h not in listed:
                    problems.append(f"revision {h[:16]} is not in the signed manifest of its bundle")
        chain, hidden = verify_chain_seen(conn)
        problems.extend(chain)
        if hidden and notes is not None:
            notes.append(AuditPartlyHidden(hidden=str(hidden)))
        problems.extend(custody.verify_log(conn))
        hidden_bundles = _bundles_total(conn) - seen_bundles
        if hidden_bundles > 0 and notes is not None:
            notes.append(BundlesHidden(hidden=str(hidden_bundles)))
        hq_chain = hq.device_id
        theirs = select(custody_table.c.attachment_id, custody_table.c.chain, custody_table.c.seq,
                        custody_table.c.hash).where(custody_table.c.chain != hq_chain)
        for aid, chain, seq, h in conn.execute(theirs).all():
            # a device's entry HQ holds came in a signed manifest (which a limit may hide: see the note)
            if h not in signed_custody and hidden_bundles <= 0:
                problems.append(f"custody log of attachment {aid} ({chain}): entry {seq} "
                                "is not in the signed manifest of any bundle")
        if files:
            from fielddoc.crypto import stream
            from fielddoc.crypto.keys import file_key_of
            from fielddoc.store.vault import ATTACHMENT_SUFFIX

            for f in conn.execute(select(attachment_files)).mappings().all():
                path = hq.attachments_dir / f"{f['file_id']}{ATTACHMENT_SUFFIX}"
                try:
                    if hq.team is not None:  # the file's pieces in PostgreSQL (hq/team/files.py)
                        from fielddoc.hq.team import files as team_files

                        team_files.verify(conn, f, hq.data_key)
                        continue
                    stream.verify_file(
                        None, path, f["sha256"], expected_file_id=bytes.fromhex(f["file_id"]),
                        file_key=file_key_of(hq.data_key, f["file_id"], f["wrapped_key"]),
                    )
                except FieldDocError as exc:
                    problems.append(f"attachment {f['attachment_id']}: {exc}")
    if not hq.external:
        problems = hq.vault.integrity_problems() + problems
    return problems
