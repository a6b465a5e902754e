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
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import delete, func, select, update

from fielddoc import __version__
from fielddoc.bundle import age, custody_carry, room
from fielddoc.bundle import format as fmt
from fielddoc.bundle import volumes as bvolumes
from fielddoc.bundle.device import device_age_identity, require_recipients
from fielddoc.bundle.errors import BundleFailure
from fielddoc.bundle.export_lock import LOCK_NAME, ExportRunning, export_lock  # noqa: F401 - re-exported
from fielddoc.bundle.export_plan import ExportFailed, Progress, make_plan, plaintext
from fielddoc.fsutil import TMP_SUFFIX, fsync_dir, full_fsync, replace
from fielddoc.platform import volumes
from fielddoc.records.ids import now_iso, uuid7
from fielddoc.records.interchange import META_KEY
from fielddoc.records.service import Records
from fielddoc.store.schema import settings
from fielddoc.store.schema_sync import sync_export_items, sync_exports
from fielddoc.store.vault import Vault

BUNDLE_SUFFIX = ".age"


class OutputExists(BundleFailure):
    code = "output_exists"
    msgid = "{path} already exists; nothing was written. Choose another name or a folder."


class OutputFolderMissing(BundleFailure):
    code = "output_folder_missing"
    msgid = "The folder {path} does not exist; nothing was written."


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
            plan = make_plan(conn, device_id, tlp_ceiling, since_last, redact_unconsented)
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
                pieces = plaintext(vault, conn, plan, head, device_id, tlp_ceiling, data_key, progress,
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
