"""HQ import: verify before trusting anything, then commit the whole bundle or nothing.

Order (docs/bundle-format.md §4): age header with HQ's identities; preamble;
the signer looked up in the device registry; the manifest's signature; the
manifest; recipients; sequence and chain. Then, in ONE database transaction,
every RECORD is parsed, checked against the manifest and the record schema
and staged; every FILE is re-encrypted under the HQ vault's key into a new,
randomly named file while it is hashed. Only after the END frame, the
verified end of the age stream and every hash check do the record heads get
recomputed and the transaction commit. On any failure the transaction rolls
back and the new files are deleted; no decrypted byte is ever written to
disk unencrypted.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from fielddoc.bundle import custody_carry
from fielddoc.bundle import format as fmt
from fielddoc.bundle import volumes as bvolumes
from fielddoc.bundle.cards import check_fingerprint, device_fingerprint
from fielddoc.bundle.errors import (
    ChainFork,
    ChainForkAbandoned,
    ChainForkLater,
    MalformedContent,
    NotABundle,
    NotForThisHQ,
    ReplayError,
    RevokedDevice,
    SignatureInvalid,
    UnknownDevice,
    WrongRecipient,
)
from fielddoc.bundle.reader import BodyReader, Opened, open_bundle
from fielddoc.crypto import stream
from fielddoc.crypto.keys import random_key, wrap_file_key
from fielddoc.fsutil import atomic_writer, open_outside, private_dir
from fielddoc.hq import sniff
from fielddoc.hq.commit import transaction
from fielddoc.hq.dberrors import unreachable
from fielddoc.hq.devices import KeyMatch, device_for_key, gaps, get_device, insert_device
from fielddoc.hq.errors import CommitInDoubt
from fielddoc.hq.locks import Holder
from fielddoc.hq.staging import Stager, shas_of
from fielddoc.hq.store import HQStore
from fielddoc.records.audit import AuditWriter
from fielddoc.records.canonical import canonical, sha256_hex
from fielddoc.records.ids import now_iso
from fielddoc.records.interchange import META_KEY
from fielddoc.records.service import one_of, paused_gc
from fielddoc.store.engine import import_cache, refresh_statistics
from fielddoc.store.schema import attachment_files, revisions, settings
from fielddoc.store.schema_sync import hq_bundles, hq_device_keys, hq_devices
from fielddoc.store.sealing import open_setting, seal_setting
from fielddoc.store.vault import ATTACHMENT_SUFFIX

BATCH = 2000
Confirm = Callable[[str, str], bool]
Progress = Callable[[int, int], None]


@dataclass
class ImportResult:
    path: str
    status: str  # imported | already_imported
    device: str
    sequence: int
    bundle_id: str
    bundle_hash: str
    revisions: int = 0
    new_revisions: int = 0
    new_records: int = 0
    changed_records: int = 0
    files: int = 0
    new_files: int = 0
    conflicts: list[str] = field(default_factory=list)
    gaps: list[int] = field(default_factory=list)
    dangling: int = 0
    enrolled: bool = False
    more: bool = False
    reply_to_ignored: bool = False

    def summary(self) -> str:
        if self.status == "already_imported":
            text_ = (
                f"{self.path}: already imported (bundle {self.sequence} of {self.device}); nothing changed."
            )
        else:
            text_ = (
                f"{self.path}: imported bundle {self.sequence} of {self.device}: "
                f"{self.new_revisions} new revisions of {self.revisions} ({self.new_records} new records, "
                f"{self.changed_records} updated), {self.new_files} new files of {self.files}."
            )
            if self.enrolled:
                text_ += " The device was enrolled (trusted on first use)."
            if self.conflicts:
                text_ += f" {len(self.conflicts)} records now have conflicting edits to resolve."
            if self.dangling:
                text_ += (
                    f" {self.dangling} references point to records HQ does not have "
                    "(withheld device-only records, or not sent yet)."
                )
        if self.gaps:
            text_ += f" Gap: bundles {number_ranges(self.gaps)} of this device have not arrived."
        if self.more:
            text_ += " The device has more to send (the bundle was cut at its size limit)."
        if self.reply_to_ignored:
            text_ += (
                " The bundle names another receipt key than the one registered for this device; HQ keeps "
                "the registered one (a device changes its keys only with a signed key rotation)."
            )
        return text_


def number_ranges(nums: list[int], dash: str = "-") -> str:
    """[2, 3, 4, 7] -> "2-4, 7" (missing bundle numbers, for people)."""
    if not nums:
        return ""
    out: list[str] = []
    start = prev = nums[0]
    for n in nums[1:]:
        if n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}{dash}{prev}")
        start = prev = n
    out.append(str(start) if start == prev else f"{start}-{prev}")
    return ", ".join(out)


def _lock(conn: Connection, hq: HQStore, waiting: Callable[[Holder], None] | None = None) -> None:
    """Serialise writes: take HQ's write lock (hq/locks.py) at the start of the transaction."""
    if conn.dialect.name == "postgresql":
        hq.write_lock(conn, "import", hq.get_setting("author", "hq") or "hq", on_wait=waiting)
        # Tables grow a lot inside this one transaction: plan every lookup with its real
        # parameters (a generic plan made on an empty table scans it sequentially).
        conn.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")
    else:
        conn.execute(update(hq_devices).where(hq_devices.c.device_id == "").values(label=""))


def _check_device(
    conn: Connection, opened: Opened, trust_device: str | None, confirm: Confirm | None
) -> tuple[KeyMatch | None, bool]:
    """The registered device of the signing key (current or rotated away from), or None with
    tofu=True when trusted on first use."""
    match = device_for_key(conn, opened.signer_key)
    fpr = device_fingerprint(opened.signer_key)
    if match is None:
        if get_device(conn, opened.signer_id) is not None:
            raise SignatureInvalid(detail="the device id does not belong to the signing key")
        opened.verify()  # show a fingerprint only for a key that really signed this
        if trust_device is not None:
            check_fingerprint(fpr, trust_device)
            return None, True
        if confirm is not None and confirm(opened.signer_id, fpr):
            return None, True
        raise UnknownDevice(device=opened.signer_id, fingerprint=fpr)
    dev = match.device
    if dev.revoked:
        raise RevokedDevice(device=dev.device_id, revoked_at=dev.revoked_at or "?")
    opened.verify()
    return match, False


def _check_key_window(match: KeyMatch | None, m: fmt.ExportManifest) -> None:
    """After a key rotation the old key signs only bundles numbered before it, the new one only after."""
    if match is None:
        return
    if match.until_sequence is not None and m.sequence >= match.until_sequence:
        raise SignatureInvalid(
            detail=f"it is signed by a key the device replaced from bundle {match.until_sequence} on"
        )
    if match.from_sequence is not None and m.sequence < match.from_sequence:
        raise SignatureInvalid(
            detail=f"it is signed by the device's new key but numbered before bundle {match.from_sequence}, "
            "its first"
        )


def _reply_key(conn: Connection, match: KeyMatch) -> str | None:
    """The receipt key registered for the key that signed: an old key's bundle names the old one."""
    if match.until_sequence is None:
        return match.device.age_recipient
    return conn.execute(
        select(hq_device_keys.c.age_recipient).where(
            hq_device_keys.c.device_id == match.device.device_id,
            hq_device_keys.c.until_sequence == match.until_sequence,
        )
    ).scalar() or match.device.age_recipient


def _check_chain(conn: Connection, m: fmt.ExportManifest) -> bool:
    """True if this exact bundle was imported before; raises ReplayError on a conflicting one."""
    if conn.execute(select(hq_bundles.c.bundle_hash).where(hq_bundles.c.bundle_hash == m.hash)).first():
        return True
    same = conn.execute(
        select(hq_bundles.c.bundle_hash).where(
            hq_bundles.c.device_id == m.device, hq_bundles.c.sequence == m.sequence
        )
    ).first()
    if same is not None:
        raise ReplayError(
            sequence=m.sequence,
            device=m.device,
            detail="HQ already has a different bundle with this sequence number",
        )
    _check_fork(conn, m)
    if m.previous is None and m.sequence - 1 > len(set(m.abandoned)):
        # Only a device's first written bundle names no predecessor (every earlier
        # sequence number, if any, was abandoned).
        raise ReplayError(
            sequence=m.sequence,
            device=m.device,
            detail="it names no previous bundle although it is not the first",
        )
    if m.previous is not None:
        prev = conn.execute(
            select(hq_bundles.c.device_id, hq_bundles.c.sequence).where(
                hq_bundles.c.bundle_hash == m.previous
            )
        ).first()
        if prev is not None and (prev[0] != m.device or prev[1] >= m.sequence):
            raise ReplayError(
                sequence=m.sequence,
                device=m.device,
                detail="its previous-bundle hash names a later or foreign bundle",
            )
        fork = conn.execute(
            select(hq_bundles.c.sequence).where(
                hq_bundles.c.device_id == m.device, hq_bundles.c.previous == m.previous
            )
        ).first()
        if fork is not None:
            raise ReplayError(
                sequence=m.sequence,
                device=m.device,
                detail=f"bundle {fork[0]} already follows the same previous bundle (a fork)",
            )
    nxt = conn.execute(
        select(hq_bundles.c.sequence, hq_bundles.c.previous)
        .where(hq_bundles.c.device_id == m.device, hq_bundles.c.sequence > m.sequence)
        .order_by(hq_bundles.c.sequence)
        .limit(1)
    ).first()
    if nxt is not None and nxt[1] is not None and nxt[0] == m.sequence + 1 and nxt[1] != m.hash:
        raise ReplayError(
            sequence=m.sequence,
            device=m.device,
            detail=f"bundle {nxt[0]}, already imported, names another bundle as its predecessor",
        )
    return False


def _check_fork(conn: Connection, m: fmt.ExportManifest) -> None:
    """Refuse a bundle that contradicts the chain HQ holds for its device (docs/bundle-format.md §4).

    Its ``previous`` must be the hash HQ holds for the latest sequence before it that it does
    not call abandoned; it must not call abandoned a sequence HQ holds; and no bundle HQ holds
    may call its sequence abandoned.
    """
    rows = conn.execute(
        select(hq_bundles.c.sequence, hq_bundles.c.bundle_hash, hq_bundles.c.abandoned).where(
            hq_bundles.c.device_id == m.device
        )
    ).all()
    held = {int(r[0]): str(r[1]) for r in rows}
    ids: dict[str, Any] = {"sequence": m.sequence, "device": m.device}
    abandoned = set(m.abandoned)
    for a in sorted(abandoned):
        if a in held:
            raise ChainForkAbandoned(**ids, held_sequence=a, held=held[a], claimed=m.hash)
    for seq, bundle_hash, later_abandoned in sorted(rows):
        if seq > m.sequence and m.sequence in json.loads(later_abandoned):
            raise ChainForkLater(**ids, held_sequence=seq, held=bundle_hash, claimed=m.hash)
    before = m.sequence - 1
    while before >= 1 and before in abandoned:
        before -= 1
    if before >= 1 and before in held and held[before] != m.previous:
        raise ChainFork(**ids, held_sequence=before, held=held[before], claimed=m.previous or "(none)")


def _existing(conn: Connection, hashes: tuple[str, ...]) -> set[str]:
    have: set[str] = set()
    for i in range(0, len(hashes), 500):
        chunk = list(hashes[i : i + 500])
        have.update(
            r[0] for r in conn.execute(select(revisions.c.hash).where(one_of(conn, revisions.c.hash, chunk)))
        )
    return have


def _attachment_shas(conn: Connection, attachment_id: str) -> set[str]:
    out: set[str] = set()
    for (doc,) in conn.execute(
        select(revisions.c.doc).where(
            revisions.c.record_id == attachment_id, revisions.c.kind == "attachment"
        )
    ):
        out |= shas_of(json.loads(doc))
    return out


def _merge_meta(conn: Connection, meta: Any) -> None:
    """Deterministic across import orders: keep the meta whose canonical hash is smallest."""
    if meta is None:
        return
    new = canonical(meta).decode("utf-8")
    row = conn.execute(select(settings.c.value).where(settings.c.key == META_KEY)).first()
    old = open_setting(conn.engine, META_KEY, row[0]) if row is not None else None
    if old is not None and sha256_hex(old.encode("utf-8")) <= sha256_hex(new.encode("utf-8")):
        return
    conn.execute(settings.delete().where(settings.c.key == META_KEY))
    conn.execute(settings.insert().values(key=META_KEY, value=seal_setting(conn.engine, META_KEY, new)))


def import_bundle(
    hq: HQStore,
    path: Path | str | Sequence[Path],
    *,
    trust_device: str | None = None,
    confirm: Confirm | None = None,
    progress: Progress | None = None,
    waiting: Callable[[Holder], None] | None = None,
) -> ImportResult:
    """Import one bundle file, all or nothing. Raises a BundleFailure subclass on any problem.

    A bundle cut into volumes is imported from any one of them (the others are found in its
    folder) or from a list of them; every volume is checked before anything is decrypted.

    ``waiting`` is told who holds HQ's write lock when the import has to wait for it.
    """
    hq.require("sign")  # a team member without HQ's private keys: a clean refusal
    with paused_gc():
        return _import_file(hq, path, trust_device, confirm, progress, waiting)


def _source(path: Path | str | Sequence[Path]) -> tuple[Path, Any, int]:
    """(the path to name, an open binary reader of the whole bundle, its size): a bundle file,
    or the checked set of volumes ``path`` is one of (bundle/volumes.py)."""
    paths = [Path(path)] if isinstance(path, str | Path) else [Path(p) for p in path]
    if bvolumes.is_volume(paths[0]):
        found = bvolumes.open_set(paths)
        return paths[0], found.open(), found.size
    fh = open_outside(paths[0])
    return paths[0], fh, os.fstat(fh.fileno()).st_size


def _import_file(
    hq: HQStore,
    given: Path | str | Sequence[Path],
    trust_device: str | None,
    confirm: Confirm | None,
    progress: Progress | None,
    waiting: Callable[[Holder], None] | None = None,
) -> ImportResult:
    path, fh, total = _source(given)
    pending: list[Path] = []
    try:
        with fh:
            tick = None if progress is None else (lambda _n: progress(fh.tell(), total))
            opened = _open(hq, fh, path)
            with hq.engine.connect() as conn, import_cache(conn), transaction(conn):
                _lock(conn, hq, waiting)
                result = _import(hq, conn, opened, str(path), trust_device, confirm, tick, pending)
            pending.clear()  # committed: the files belong to saved records from here on
            _after_commit(hq, result)
            return result
    except CommitInDoubt:
        raise  # the records may be saved: their files stay (an unused file costs less than a lost one)
    except BaseException:
        for p in pending:
            with contextlib.suppress(OSError):
                p.unlink()
        raise


def _after_commit(hq: HQStore, result: ImportResult) -> None:
    """Planner statistics and the device's gaps; the import is saved, so a database that went
    away now costs only these (the next import reports the gaps), never a false "not imported"."""
    try:
        refresh_statistics(hq.engine, result.new_records + result.changed_records)
        with hq.engine.connect() as conn:
            result.gaps = gaps(conn, result.device)
    except SQLAlchemyError as exc:
        if not unreachable(exc):
            raise


def _open(hq: HQStore, fh: Any, path: Path) -> Opened:
    """Open an export bundle; a FieldDoc file of another kind raises what it is (hq.sniff)."""
    try:
        opened = open_bundle(fh, hq.identities())
    except (NotABundle, NotForThisHQ):
        other = sniff.json_kind(path)
        if other is not None:
            raise other from None
        raise
    if opened.kind != fmt.KIND_EXPORT:
        raise sniff.receipt_kind(path, opened, hq.signing_publics())
    return opened


def _import(
    hq: HQStore,
    conn: Connection,
    opened: Opened,
    where: str,
    trust_device: str | None,
    confirm: Confirm | None,
    tick: Callable[[int], None] | None,
    pending: list[Path],
) -> ImportResult:
    match, tofu = _check_device(conn, opened, trust_device, confirm)
    dev = None if match is None else match.device
    m = fmt.parse_export_manifest(opened.manifest_bytes)
    if m.device != (opened.signer_id if dev is None else dev.device_id):
        raise SignatureInvalid(detail="the manifest names another device than the key that signed it")
    _check_key_window(match, m)
    if not hq.fingerprints() & set(m.recipients):
        raise WrongRecipient()
    result = ImportResult(
        path=where,
        status="imported",
        device=m.device,
        sequence=m.sequence,
        bundle_id=m.bundle_id,
        bundle_hash=m.hash,
        revisions=len(m.revisions),
        files=len(m.files),
        more=m.more,
    )
    reader = BodyReader(opened, m, tick)
    if _check_chain(conn, m):
        reader.finish()  # still check the whole file: a damaged copy is reported as damaged
        result.status = "already_imported"
        return result

    chains = custody_carry.parse(m.custody, m.device)
    stored_files: dict[str, list[dict[str, str]]] = {}
    received = now_iso()
    have = _existing(conn, m.revisions)
    stager = Stager(conn, m.hash, received)
    for index, body in reader.records():
        h = m.revisions[index]
        if h in have:
            continue
        stager.add(fmt.parse_entry(body, index, expected_hash=h, signer=m.device))
    stager.flush()
    new_revisions = stager.staged
    result.new_revisions = new_revisions
    shas = stager.attachment_shas

    folder = hq.attachments_dir
    for fbody in reader.files():
        entry = fbody.entry
        known = shas.get(entry.attachment_id)
        if known is None:
            known = shas[entry.attachment_id] = _attachment_shas(conn, entry.attachment_id)
        if entry.sha256 not in known:
            raise MalformedContent(
                record_id=entry.attachment_id,
                field=f"files[{fbody.index}]",
                problem="this file is not one of the attachment's files (unknown SHA-256)",
            )
        dup = conn.execute(
            select(attachment_files.c.file_id).where(
                attachment_files.c.attachment_id == entry.attachment_id,
                attachment_files.c.sha256 == entry.sha256,
            )
        ).first()
        if dup is not None:
            fbody.check()
            stored_files.setdefault(entry.attachment_id, []).append({"sha256": entry.sha256, "file": dup[0]})
            continue
        file_id = secrets.token_bytes(16)
        file_key = random_key()
        if hq.team is not None:  # in PostgreSQL, in this transaction (hq/team/files.py)
            from fielddoc.hq.team import files as team_files

            team_files.check_generation(conn, hq.team.generation)
            with team_files.ChunkSink(conn, file_id.hex()) as sink:
                res = stream.encrypt_file(None, fbody, sink, file_id=file_id,  # type: ignore[arg-type]
                                          file_key=file_key)
        else:
            private_dir(folder)
            target = folder / f"{file_id.hex()}{ATTACHMENT_SUFFIX}"
            pending.append(target)
            with atomic_writer(target) as dst:
                res = stream.encrypt_file(None, fbody, dst, file_id=file_id,  # type: ignore[arg-type]
                                          file_key=file_key)
        fbody.check()
        if res.sha256 != entry.sha256 or res.size != entry.size:  # pragma: no cover - fbody.check() raised
            raise MalformedContent(record_id=entry.attachment_id, field="files", problem="hash mismatch")
        conn.execute(
            attachment_files.insert().values(
                file_id=file_id.hex(),
                attachment_id=entry.attachment_id,
                role=entry.role,
                size_bytes=entry.size,
                sha256=entry.sha256,
                created_at=entry.created_at,
                wrapped_key=wrap_file_key(hq.data_key, file_id, file_key),
            )
        )
        result.new_files += 1
        stored_files.setdefault(entry.attachment_id, []).append(
            {"sha256": entry.sha256, "file": file_id.hex()}  # HQ's own file reference
        )

    reader.finish()  # END, the verified end of the age stream, records_sha256

    stats = stager.finish()
    result.new_records, result.changed_records = stats.new_records, stats.changed_records
    result.conflicts = stats.conflicts
    result.dangling = stats.dangling
    _merge_meta(conn, m.meta)
    hq_author = hq.get_setting("author", "hq") or "hq"
    custody_carry.store(conn, chains, hq_id=hq.device_id, actor=hq_author, bundle_hash=m.hash,
                        device=m.device, sequence=m.sequence, hq_fingerprint=hq.fingerprint(),
                        stored=stored_files)
    if tofu:
        insert_device(conn, opened.signer_key, label="", via="tofu", age_recipient=m.reply_to)
        result.enrolled = True
    values: dict[str, Any] = {"last_import_at": received}
    registered = None if match is None else _reply_key(conn, match)
    if dev is not None and registered and registered != m.reply_to:
        # A bundle never replaces the registered receipt key: only a signed key rotation does.
        result.reply_to_ignored = True
    elif dev is not None and not dev.age_recipient:
        values["age_recipient"] = m.reply_to
    conn.execute(update(hq_devices).where(hq_devices.c.device_id == m.device).values(**values))
    conn.execute(
        hq_bundles.insert().values(
            bundle_hash=m.hash,
            bundle_id=m.bundle_id,
            device_id=m.device,
            sequence=m.sequence,
            previous=m.previous,
            created_at=m.created_at,
            received_at=received,
            revisions=len(m.revisions),
            new_revisions=new_revisions,
            files=len(m.files),
            abandoned=json.dumps(list(m.abandoned)),
            manifest=m.raw.decode("utf-8"),
            signature=opened.preamble.signature,
        )
    )
    AuditWriter(conn, hq.device_id, hq_author).append(
        "bundle-import",
        None,
        m.hash,
        detail=f"device={m.device} sequence={m.sequence} revisions={new_revisions}/{len(m.revisions)} "
        f"files={result.new_files}/{len(m.files)}",
    )
    return result


@dataclass
class Inspection:
    manifest: dict[str, Any]
    bundle_hash: str
    device: str
    fingerprint: str
    device_status: str  # enrolled | revoked | unknown
    addressed_to_us: bool
    already_imported: bool
    verified: bool = True
    problems: list[str] = field(default_factory=list)


def inspect_bundle(hq: HQStore, path: Path | str | Sequence[Path]) -> Inspection:
    """Decrypt and verify a bundle completely (signature, every hash, every record) without importing.

    The signature is checked against the key in the bundle; ``device_status``
    tells whether HQ knows that key. Raises a BundleFailure for anything that
    makes the file untrustworthy.
    """
    path, fh, _total = _source(path)
    with fh:
        opened = _open(hq, fh, path)
        opened.verify()
        with hq.engine.connect() as conn:
            match = device_for_key(conn, opened.signer_key)
            dev = None if match is None else match.device
            m = fmt.parse_export_manifest(opened.manifest_bytes)
            if m.device != (opened.signer_id if dev is None else dev.device_id):
                raise SignatureInvalid(detail="the manifest names another device than the key that signed it")
            done = conn.execute(
                select(hq_bundles.c.bundle_hash).where(hq_bundles.c.bundle_hash == m.hash)
            ).first()
        reader = BodyReader(opened, m)
        for index, body in reader.records():
            fmt.parse_entry(body, index, expected_hash=m.revisions[index], signer=m.device)
        reader.finish()
    status = "unknown" if dev is None else ("revoked" if dev.revoked else "enrolled")
    manifest = json.loads(m.raw)
    if len(manifest.get("revisions", [])) > 20:
        manifest["revisions"] = manifest["revisions"][:20] + [f"... {len(m.revisions) - 20} more"]
    return Inspection(
        manifest=manifest,
        bundle_hash=m.hash,
        device=m.device,
        fingerprint=device_fingerprint(opened.signer_key),
        device_status=status,
        addressed_to_us=bool(hq.fingerprints() & set(m.recipients)),
        already_imported=done is not None,
    )
