"""What an export sends, and the bytes it streams: the two passes of ``export_bundle`` (bundle/writer.py).

The first pass (:func:`make_plan`) walks the revisions to send (bundle/walk.py), redacts and stubs
them (docs/spec/bundle.md §9), and computes the manifest's figures: the local and export revision
hashes, the SHA-256 of the RECORD frames, the files. The second (:func:`plaintext`) walks the same
snapshot again and streams the frames, checking each export hash and the records' SHA-256 against
the plan, and reads attachment files through their at-rest decryption. Nothing plaintext touches
the disk.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Connection

from fielddoc.bundle import format as fmt
from fielddoc.bundle.errors import BundleFailure
from fielddoc.bundle.walk import revision_walk, touched_records
from fielddoc.crypto import stream
from fielddoc.crypto.keys import file_key_of
from fielddoc.errors import IntegrityError
from fielddoc.records import consent
from fielddoc.records.canonical import encoder, revision_hash, revision_version
from fielddoc.store.schema import attachment_files, records, revisions
from fielddoc.store.schema_sync import sync_export_items, sync_exports, sync_files
from fielddoc.store.vault import ATTACHMENT_SUFFIX, Vault

Progress = Callable[[int, int], None]


class ExportFailed(BundleFailure):
    code = "export_failed"
    msgid = "The export failed ({detail}); no bundle was written. {advice}"


@dataclass
class FileRow:
    file_id: str
    attachment_id: str
    role: str
    size: int
    sha256: str
    created_at: str
    wrapped_key: bytes | None = None


@dataclass
class Plan:
    local_hashes: list[str]
    export_hashes: list[str]
    records_sha256: str
    record_bytes: int
    max_seq: int
    files: list[FileRow]
    more: bool
    from_seq: int
    touched: list[str] | None = None  # the records the walk reads (bundle/walk.py); None: all

    @property
    def empty(self) -> bool:
        return not self.local_hashes and not self.files


# -- planning -------------------------------------------------------------------------
def _record_flags(conn: Connection, ids: list[str] | None) -> dict[str, tuple[bool, bool]]:
    """Drafts and generated ids among ``ids`` (None: all records)."""
    stmt = select(records.c.id, records.c.draft, records.c.id_generated).where(
        (records.c.draft.is_(True)) | (records.c.id_generated.is_(True))
    )
    if ids is None:
        return {r[0]: (bool(r[1]), bool(r[2])) for r in conn.execute(stmt)}
    out: dict[str, tuple[bool, bool]] = {}
    for i in range(0, len(ids), 500):
        for r in conn.execute(stmt.where(records.c.id.in_(ids[i : i + 500]))):
            out[r[0]] = (bool(r[1]), bool(r[2]))
    return out


def _held_sources(conn: Connection) -> tuple[set[str], set[str]]:
    """(sources whose current consent does not allow HQ and the attachments of their material
    (``source_id`` or ``related_ids`` naming one), sources of which a revision was sent).

    docs/spec/bundle.md §9: a revision whose own consent does not allow HQ is always hashed
    and sent as a stub (records.consent.stub); a source whose CURRENT consent does not allow
    HQ never has a fuller revision sent (nor sent again).
    """
    held = {
        r[0] for r in conn.execute(
            select(records.c.id, records.c.doc).where(records.c.kind == "source")
        ) if not consent.allows_hq(json.loads(r[1]))
    }
    if not held:
        return held, set()
    # the source's own material (an interview recording) stays with it
    for rid, raw in conn.execute(
        select(records.c.id, records.c.doc).where(records.c.kind == "attachment")
    ):
        doc = json.loads(raw)
        related = doc.get("related_ids") if isinstance(doc.get("related_ids"), list) else []
        if doc.get("source_id") in held or held.intersection(x for x in related if isinstance(x, str)):
            held.add(rid)
    exported = (
        select(sync_export_items.c.ref)
        .join(sync_exports, sync_exports.c.bundle_id == sync_export_items.c.bundle_id)
        .where(sync_export_items.c.item_type == "rev", sync_exports.c.status == "written")
    )
    sent = {
        r[0] for r in conn.execute(
            select(revisions.c.record_id).where(
                revisions.c.kind == "source",
                revisions.c.delivered.is_(True) | revisions.c.hash.in_(exported),
            ).distinct()
        )
    }
    return held, sent


def _entries(
    conn: Connection, device_id: str, ceiling: str, from_seq: int, flags: dict[str, tuple[bool, bool]],
    stub_unconsented: bool = False,
    touched: list[str] | None = None,
) -> Iterator[tuple[int, str, str, bytes]]:
    """(local seq, local hash, export hash, RECORD body) of every revision to send, in order.

    Walks every revision of the records that have one to send (bundle/walk.py), so that export
    hashes chain correctly through revisions that are redacted (``contact``, an unconsented
    source) or not sent.
    """
    xmap: dict[str, str] = {}
    held, sent = _held_sources(conn)
    for r in revision_walk(conn, device_id, from_seq, touched):
        if r["device_id"] != device_id:
            # another device's revision, from an HQ briefing: never sent back, and HQ knows it by its
            # own hash, so the device's revisions on top of it keep that hash as their parent
            continue
        parent = r["parent_hash"]
        parent_x = xmap.get(parent, parent) if parent else None
        candidate = not r["delivered"] and r["seq"] > from_seq and r["device_id"] == device_id
        plain = '"contact"' not in r["doc"] and '"key_id"' not in r["doc"] and r["kind"] != "source"
        if not candidate and parent_x == parent and plain:
            continue
        doc = json.loads(r["doc"])
        red, changed = fmt.redact(doc)
        exported = candidate and fmt.exportable(doc, ceiling)
        if r["kind"] == "source" and not consent.allows_hq(doc):
            red, changed = consent.stub(red), True
            # a withdrawal reaches HQ whatever the choice; a never-sent source only as a stub if asked
            exported = candidate and (r["record_id"] in sent
                                      or (stub_unconsented and fmt.exportable(red, ceiling)))
        elif r["record_id"] in held:
            exported = False  # content the source no longer consents to (or never did) stays here
        if not (changed or parent_x != parent or exported):
            continue
        fields = {
            "record_id": r["record_id"],
            "kind": r["kind"],
            "revision": r["revision"],
            "op": r["op"],
            "device_id": r["device_id"],
            "author": r["author"],
            "at": r["at"],
        }
        # The export hash and the RECORD frame keep the revision's own hash version: a
        # version 1 revision is sent in the legacy encoding, so HQ re-encodes the same bytes
        # (a float 1.0 would otherwise arrive as the integer 1; docs/spec/hashes.md §4).
        v = revision_version(r["hash"], parent_hash=parent, doc_json=r["doc"], **fields) or 2
        if changed or parent_x != parent:
            xh = revision_hash(
                parent_hash=parent_x, doc_json=encoder(v)(red).decode("utf-8"), v=v, **fields
            )
            xmap[r["hash"]] = xh
        else:
            xh = r["hash"]
        if exported:
            draft, generated = flags.get(r["record_id"], (False, False))
            body = fmt.entry_json(
                record_id=r["record_id"],
                kind=r["kind"],
                revision=r["revision"],
                parent=parent_x,
                op=r["op"],
                device_id=r["device_id"],
                author=r["author"],
                at=r["at"],
                doc=red,
                draft=draft,
                id_generated=generated,
                v=v,
            )
            yield r["seq"], r["hash"], xh, body


def _files(conn: Connection, ceiling: str, since_last: bool) -> list[FileRow]:
    held = _held_sources(conn)[0]
    acked = select(sync_files.c.file_id)
    stmt = (
        select(attachment_files, records.c.confidentiality, records.c.tlp)
        .join(records, records.c.id == attachment_files.c.attachment_id)
        .where(records.c.deleted_at.is_(None), attachment_files.c.file_id.not_in(acked))
        .order_by(attachment_files.c.created_at, attachment_files.c.file_id)
    )
    sent: set[str] = set()
    if since_last:
        sent = {
            r[0]
            for r in conn.execute(
                select(sync_export_items.c.ref)
                .join(sync_exports, sync_exports.c.bundle_id == sync_export_items.c.bundle_id)
                .where(sync_export_items.c.item_type == "file", sync_exports.c.status == "written")
            )
        }
    out = []
    for r in conn.execute(stmt).mappings():
        marking = {k: r[k] for k in ("confidentiality", "tlp") if r[k] is not None}
        if not fmt.exportable(marking, ceiling) or r["file_id"] in sent or r["attachment_id"] in held:
            continue
        out.append(
            FileRow(
                r["file_id"],
                r["attachment_id"],
                r["role"],
                int(r["size_bytes"]),
                r["sha256"],
                r["created_at"],
                None if r["wrapped_key"] is None else bytes(r["wrapped_key"]),
            )
        )
    return out


def _from_seq(conn: Connection, since_last: bool) -> int:
    last = conn.execute(
        select(sync_exports.c.max_seq, sync_exports.c.more, sync_exports.c.acked_at)
        .where(sync_exports.c.status == "written")
        .order_by(sync_exports.c.sequence.desc())
        .limit(1)
    ).first()
    if last is None or last[0] is None:
        return 0
    if since_last or (last[1] and last[2] is None):
        return int(last[0])
    return 0


def make_plan(conn: Connection, device_id: str, ceiling: str, since_last: bool,
          stub_unconsented: bool = False) -> Plan:
    from_seq = _from_seq(conn, since_last)
    touched = touched_records(conn, device_id, from_seq)
    flags = _record_flags(conn, touched)
    sha = hashlib.sha256()
    local: list[str] = []
    exported: list[str] = []
    size = 0
    max_seq = from_seq
    more = False
    for seq, lh, xh, body in _entries(conn, device_id, ceiling, from_seq, flags, stub_unconsented, touched):
        if len(local) >= fmt.MAX_REVISIONS:
            more = True
            break
        if len(body) > fmt.MAX_RECORD_FRAME:
            raise ExportFailed(
                detail="a record is larger than a bundle allows",
                advice="Shorten its longest text and export again.",
            )
        head = fmt.frame_header(fmt.F_RECORD, len(body))
        sha.update(head)
        sha.update(body)
        size += len(head) + len(body)
        local.append(lh)
        exported.append(xh)
        max_seq = seq
    files = _files(conn, ceiling, since_last)
    if len(files) > fmt.MAX_FILES:
        files = files[: fmt.MAX_FILES]
        more = True
    return Plan(local, exported, sha.hexdigest(), size, max_seq, files, more, from_seq, touched)


# -- streaming --------------------------------------------------------------------------
def plaintext(
    vault: Vault,
    conn: Connection,
    plan: Plan,
    head: bytes,
    device_id: str,
    ceiling: str,
    data_key: bytes,
    progress: Progress | None,
    total: int,
    stub_unconsented: bool = False,
) -> Iterator[bytes]:
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    yield head
    tick(len(head))
    sha = hashlib.sha256()
    n = len(plan.export_hashes)
    if n:
        flags = _record_flags(conn, plan.touched)
        i = 0
        for _seq, _lh, xh, body in _entries(conn, device_id, ceiling, plan.from_seq, flags,
                                            stub_unconsented, plan.touched):
            if i >= n:
                break
            if xh != plan.export_hashes[i]:
                raise ExportFailed(
                    detail="the records changed while they were being exported", advice="Export again."
                )
            frame = fmt.frame_header(fmt.F_RECORD, len(body)) + body
            sha.update(frame)
            yield frame
            tick(len(frame))
            i += 1
        if i != n or sha.hexdigest() != plan.records_sha256:
            raise ExportFailed(
                detail="the records changed while they were being exported", advice="Export again."
            )
    for f in plan.files:
        yield fmt.frame_header(fmt.F_FILE, f.size)
        got = 0
        path = vault.attachments_dir / f"{f.file_id}{ATTACHMENT_SUFFIX}"
        try:
            fh = open(path, "rb")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            raise IntegrityError(detail=f"the file of attachment {f.attachment_id} is missing") from None
        with fh:
            for chunk in stream.iter_decrypt(
                data_key, fh, expected_sha256=f.sha256, expected_file_id=bytes.fromhex(f.file_id),
                hash_aside=True,  # the SHA-256 check runs beside the encryption
                file_key=file_key_of(data_key, f.file_id, f.wrapped_key),
            ):
                got += len(chunk)
                if got > f.size:
                    break
                yield chunk
                tick(len(chunk))
        if got != f.size:
            raise IntegrityError(
                detail=f"the file of attachment {f.attachment_id} does not have its recorded size"
            )
    yield fmt.frame_header(fmt.F_END, 0)
    tick(fmt.FRAME_SIZE)
