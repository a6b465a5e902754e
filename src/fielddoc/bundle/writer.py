"""Export: write everything HQ has not acknowledged into one signed, encrypted bundle.

Two passes over one database snapshot: the first computes the manifest (the
revision hashes, the hash of the record frames, the files), the second streams
the plaintext straight into age (``age.encrypt_pieces``), reading attachment
files through their at-rest decryption; nothing plaintext touches the disk and memory stays
constant whatever the size of the attachments.

Crash safety (docs/bundle-format.md §6): the sequence number and the
temporary file's name are committed to the vault *before* the temporary file
exists; the bundle is written and fsynced under a random hidden name in the
target folder; its row becomes ``written`` (with the list of what it carries)
in one transaction; only then is it renamed to its final name. The next
export finishes (renames) or abandons (deletes, and reports in the next
manifest) whatever a crash interrupted.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Connection

from fielddoc import __version__
from fielddoc.bundle import age, custody_carry, room
from fielddoc.bundle import format as fmt
from fielddoc.bundle import volumes as bvolumes
from fielddoc.bundle.device import device_age_identity, require_recipients
from fielddoc.bundle.errors import BundleFailure
from fielddoc.bundle.export_lock import LOCK_NAME, ExportRunning, export_lock  # noqa: F401 - re-exported
from fielddoc.bundle.walk import revision_walk, touched_records
from fielddoc.crypto import stream
from fielddoc.crypto.keys import file_key_of
from fielddoc.errors import IntegrityError
from fielddoc.fsutil import TMP_SUFFIX, fsync_dir, full_fsync, replace
from fielddoc.platform import volumes
from fielddoc.records import consent
from fielddoc.records.canonical import encoder, revision_hash, revision_version
from fielddoc.records.ids import now_iso, uuid7
from fielddoc.records.interchange import META_KEY
from fielddoc.records.service import Records
from fielddoc.store.schema import attachment_files, records, revisions, settings
from fielddoc.store.schema_sync import sync_export_items, sync_exports, sync_files
from fielddoc.store.vault import ATTACHMENT_SUFFIX, Vault

Progress = Callable[[int, int], None]
BUNDLE_SUFFIX = ".age"


class OutputExists(BundleFailure):
    code = "output_exists"
    msgid = "{path} already exists; nothing was written. Choose another name or a folder."


class OutputFolderMissing(BundleFailure):
    code = "output_folder_missing"
    msgid = "The folder {path} does not exist; nothing was written."


class ExportFailed(BundleFailure):
    code = "export_failed"
    msgid = "The export failed ({detail}); no bundle was written. {advice}"


@dataclass
class ExportResult:
    path: Path
    bundle_id: str
    sequence: int
    bundle_hash: str
    revisions: int
    files: int
    size: int
    more: bool
    recovered: list[Path] = field(default_factory=list)
    volumes: list[Path] = field(default_factory=list)  # the volume files, when it was cut into volumes


@dataclass
class _FileRow:
    file_id: str
    attachment_id: str
    role: str
    size: int
    sha256: str
    created_at: str
    wrapped_key: bytes | None = None


@dataclass
class _Plan:
    local_hashes: list[str]
    export_hashes: list[str]
    records_sha256: str
    record_bytes: int
    max_seq: int
    files: list[_FileRow]
    more: bool
    from_seq: int
    touched: list[str] | None = None  # the records the walk reads (bundle/walk.py); None: all

    @property
    def empty(self) -> bool:
        return not self.local_hashes and not self.files


# -- recovery -----------------------------------------------------------------------
def _found_elsewhere(tmp: Path, also_in: list[Path], roots: list[Path] | None) -> Path | None:
    """The hidden file ``tmp`` where its drive is now: the folder exported to this time, or the
    same path on a drive that came back under another letter or mount point."""
    for folder in also_in:
        if (folder / tmp.name).exists():  # a file, or the staging folder of a set of volumes
            return folder / tmp.name
    for moved in volumes.moved_copies(str(tmp), roots=roots):
        if Path(moved).exists():
            return Path(moved)
    return None


def recover_exports(vault: Vault, *, also_in: list[Path] | None = None,
                    roots: list[Path] | None = None) -> list[Path]:
    """Finish or abandon exports a crash interrupted; returns bundles it completed.

    A bundle written in full but not yet renamed is finished where its hidden file is now: a
    stick that came back under another drive letter or mount point (``roots``: where removable
    drives are mounted, for tests), or the folder of this export (``also_in``). While it is not
    found, it stays pending, to be finished when the stick is back."""
    done: list[Path] = []
    with vault.engine.begin() as conn:
        rows = conn.execute(select(sync_exports).where(sync_exports.c.tmp_path.is_not(None))).mappings().all()
        for r in rows:
            tmp = Path(r["tmp_path"])
            final = Path(r["out_path"]) if r["out_path"] else None
            values: dict[str, Any] = {"tmp_path": None}
            if not tmp.exists():
                moved = _found_elsewhere(tmp, also_in or [], roots)
                if moved is not None and final is not None:
                    values["out_path"] = str(moved.parent / final.name)
                    tmp, final = moved, moved.parent / final.name
            if r["status"] == "written" and final is not None and tmp.is_dir():
                bvolumes.publish(tmp, final.parent)  # a set of volumes: publish what is left of it
                done.append(final)
            elif r["status"] == "written" and final is not None and tmp.exists() and not final.exists():
                replace(tmp, final)
                fsync_dir(final.parent)
                done.append(final)
            elif r["status"] == "written" and final is not None and not tmp.exists() and not final.exists():
                continue  # the stick is elsewhere or away: finished when it is back
            elif r["status"] != "written":
                with contextlib.suppress(OSError):
                    tmp.unlink() if tmp.is_file() else bvolumes.discard(tmp)
            if r["status"] == "writing":
                values["status"] = "abandoned"
            conn.execute(
                update(sync_exports).where(sync_exports.c.bundle_id == r["bundle_id"]).values(**values)
            )
    return done


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


def _files(conn: Connection, ceiling: str, since_last: bool) -> list[_FileRow]:
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
            _FileRow(
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


def _plan(conn: Connection, device_id: str, ceiling: str, since_last: bool,
          stub_unconsented: bool = False) -> _Plan:
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
    return _Plan(local, exported, sha.hexdigest(), size, max_seq, files, more, from_seq, touched)


# -- streaming --------------------------------------------------------------------------
def _plaintext(
    vault: Vault,
    conn: Connection,
    plan: _Plan,
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


def _target(out: Path) -> Path:
    out = Path(out)
    if out.is_dir():
        return out / f"{secrets.token_hex(16)}{BUNDLE_SUFFIX}"
    if out.exists():
        raise OutputExists(path=str(out))
    if not out.parent.is_dir():
        raise OutputFolderMissing(path=str(out.parent))
    return out


def export_bundle(
    vault: Vault,
    out: Path,
    *,
    tlp_ceiling: str = fmt.DEFAULT_CEILING,
    since_last: bool = False,
    progress: Progress | None = None,
    redact_unconsented: bool = False,
    volume_size: int | None = None,
) -> ExportResult | None:
    """Write a bundle of everything not yet acknowledged; None if there is nothing to send.

    A source whose consent does not allow HQ is left out (``redact_unconsented``: sent as a
    stub with its id, kind and consent only); a withdrawal of consent is always sent as such a
    stub (docs/spec/bundle.md §9).

    ``out`` is a folder (the file gets a random name) or a new file's path.
    ``progress(done_bytes, total_bytes)`` is called as the plaintext streams;
    an exception it raises (a Cancel button) aborts the export and leaves no file.
    A bundle larger than ``volume_size`` bytes, or than the largest file the target's file system
    holds (FAT32), is written as a set of volumes (bundle/volumes.py) that HQ imports as one;
    ``ExportResult.path`` is then the first volume.
    """
    if tlp_ceiling not in fmt.EXPORTABLE_CEILINGS:
        raise ValueError(f"tlp_ceiling must be one of {fmt.EXPORTABLE_CEILINGS}")
    with export_lock(vault):
        folder = Path(out) if Path(out).is_dir() else Path(out).parent
        recovered = recover_exports(vault, also_in=[folder])
        recips = require_recipients(vault)
        _, reply_to = device_age_identity(vault)
        target = _target(Path(out))
        device_id = vault.device_id
        data_key = vault.data_key
        signing_key = vault.signing_key()
        engine = vault.engine
        with engine.connect() as conn, conn.begin():  # one snapshot for both passes
            plan = _plan(conn, device_id, tlp_ceiling, since_last, redact_unconsented)
            if plan.empty and not custody_carry.pending(conn, device_id, tlp_ceiling):
                return None
            meta_row = conn.execute(select(settings.c.value).where(settings.c.key == META_KEY)).first()
            tmp = target.parent / f".{secrets.token_hex(8)}{TMP_SUFFIX}"
            bundle_id = uuid7()
            created_at = now_iso()
            fingerprints = sorted(r.fingerprint for r in recips)
            with engine.begin() as w:
                seq = (w.execute(select(func.max(sync_exports.c.sequence))).scalar() or 0) + 1
                prev = w.execute(
                    select(sync_exports.c.bundle_hash)
                    .where(sync_exports.c.status == "written")
                    .order_by(sync_exports.c.sequence.desc())
                    .limit(1)
                ).first()
                abandoned = sorted(
                    r[0]
                    for r in w.execute(
                        select(sync_exports.c.sequence).where(sync_exports.c.status == "abandoned")
                    )
                )
                w.execute(
                    sync_exports.insert().values(
                        bundle_id=bundle_id,
                        sequence=seq,
                        status="writing",
                        created_at=created_at,
                        recipients=json.dumps(fingerprints),
                        tlp_ceiling=tlp_ceiling,
                        revisions=len(plan.local_hashes),
                        files=len(plan.files),
                        max_seq=plan.max_seq,
                        more=plan.more,
                        tmp_path=str(tmp),
                        out_path=str(target),
                    )
                )
            carried, new_custody = custody_carry.plan(
                conn, device_id, Records(vault).author, tlp_ceiling,
                [(f.attachment_id, f.sha256) for f in plan.files], bundle_id, seq, fingerprints,
            )
            manifest: dict[str, Any] = {
                "format": fmt.FORMAT_NAME,
                "version": fmt.VERSION,
                "type": "export",
                "bundle_id": bundle_id,
                "device": device_id,
                "sequence": seq,
                "previous": prev[0] if prev else None,
                "abandoned": abandoned[-fmt.MAX_ABANDONED :],
                "recipients": fingerprints,
                "created_at": created_at,
                "tlp_ceiling": tlp_ceiling,
                "reply_to": reply_to,
                "counts": {"revisions": len(plan.export_hashes), "files": len(plan.files)},
                "revisions": plan.export_hashes,
                "records_sha256": plan.records_sha256,
                "files": [
                    {
                        "attachment_id": f.attachment_id,
                        "role": f.role,
                        "size": f.size,
                        "sha256": f.sha256,
                        "created_at": f.created_at,
                    }
                    for f in plan.files
                ],
                "more": plan.more,
                "software": f"fielddoc {__version__}",
            }
            if meta_row is not None:
                manifest["meta"] = json.loads(meta_row[0])
            if carried:
                manifest["custody"] = carried
            manifest_bytes = fmt.canonical_bytes(manifest)
            if len(manifest_bytes) > fmt.MAX_MANIFEST_BYTES:
                raise ExportFailed(
                    detail="the manifest is too large", advice="Export again (it will be split)."
                )
            signature = fmt.sign_manifest(fmt.KIND_EXPORT, signing_key, manifest_bytes)
            head = (
                fmt.encode_preamble(
                    fmt.KIND_EXPORT, vault_public(signing_key), signature, len(manifest_bytes)
                )
                + manifest_bytes
            )
            total = (
                len(head)
                + plan.record_bytes
                + sum(f.size + fmt.FRAME_SIZE for f in plan.files)
                + fmt.FRAME_SIZE
            )
            try:  # before anything is written: the drive's room and its file system's largest file
                cut = room.check_room(target.parent, room.bundle_size(total, len(recips)),
                                      volume_size=volume_size, split=True)
                stem = None if cut is None else _volume_targets(target, Path(out).is_dir())
            except BundleFailure:
                with engine.begin() as w:  # nothing was written: the sequence number is free again
                    w.execute(delete(sync_exports).where(sync_exports.c.bundle_id == bundle_id))
                raise
            try:
                pieces = _plaintext(vault, conn, plan, head, device_id, tlp_ceiling, data_key, progress,
                                    total, redact_unconsented)
                if cut is None:
                    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                                 0o600)
                    with os.fdopen(fd, "wb") as fh:
                        age.encrypt_pieces(pieces, fh, [r.age_recipient for r in recips])
                        fh.flush()
                        full_fsync(fh.fileno())
                else:
                    os.mkdir(tmp, 0o700)
                    parts = bvolumes.VolumeWriter(tmp, cut, secrets.token_bytes(16))
                    try:
                        age.encrypt_pieces(pieces, parts, [r.age_recipient for r in recips])  # type: ignore[arg-type]
                    finally:
                        parts.close()
                    written = parts.finish(stem or "")
                    target = target.parent / written[0]
            except BaseException:
                with contextlib.suppress(OSError):
                    tmp.unlink() if tmp.is_file() else bvolumes.discard(tmp)
                with contextlib.suppress(Exception), engine.begin() as w:
                    w.execute(
                        update(sync_exports)
                        .where(sync_exports.c.bundle_id == bundle_id)
                        .values(status="abandoned", tmp_path=None)
                    )
                raise
        size = tmp.stat().st_size if cut is None else parts.size
        bhash = fmt.bundle_hash(manifest_bytes)
        with engine.begin() as w:
            w.execute(
                update(sync_exports)
                .where(sync_exports.c.bundle_id == bundle_id)
                .values(status="written", bundle_hash=bhash, previous=manifest["previous"],
                        out_path=str(target))
            )
            items = [{"bundle_id": bundle_id, "item_type": "rev", "ref": h} for h in plan.local_hashes]
            items += [{"bundle_id": bundle_id, "item_type": "file", "ref": f.file_id} for f in plan.files]
            for i in range(0, len(items), 5000):
                w.execute(sync_export_items.insert(), items[i : i + 5000])
            custody_carry.record_written(w, device_id, new_custody)
        if cut is None:
            replace(tmp, target)
            fsync_dir(target.parent)
            published = [target]
        else:
            published = bvolumes.publish(tmp, target.parent)
        with engine.begin() as w:
            w.execute(update(sync_exports).where(sync_exports.c.bundle_id == bundle_id).values(tmp_path=None))
    return ExportResult(
        target, bundle_id, seq, bhash, len(plan.local_hashes), len(plan.files), size, plan.more, recovered,
        published if len(published) > 1 or cut is not None else [],
    )


def _volume_targets(target: Path, random_name: bool) -> str:
    """The stem of a set of volumes in place of ``target``; refuses if one of its names exists."""
    stem = target.name[: -len(BUNDLE_SUFFIX)] if target.name.endswith(BUNDLE_SUFFIX) else target.name
    if not random_name:
        for taken in sorted(target.parent.glob(f"{glob.escape(stem)}.*-of-*{BUNDLE_SUFFIX}"))[:1]:
            raise OutputExists(path=str(taken))
    return stem


def vault_public(signing_key: bytes) -> bytes:
    from fielddoc.crypto import signing

    return signing.public_of(signing_key)


def write_file_atomically(target: Path, produce: Callable[[BinaryIO], None]) -> None:
    """Create ``target`` (must not exist) through a fsynced 0600 temporary file and a rename."""
    tmp = target.parent / f".{secrets.token_hex(8)}{TMP_SUFFIX}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            produce(fh)
            fh.flush()
            full_fsync(fh.fileno())
        if target.exists():
            raise OutputExists(path=str(target))
        replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
