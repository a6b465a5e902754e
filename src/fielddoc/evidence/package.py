"""Write a court evidence package (docs/spec/evidence-package.md).

``export_package`` writes, into a new folder, the chosen records (the head revision's
document, RFC 8785 canonical JSON), every revision of each with its hash, the custody
log of each attachment, the attachments' decrypted original bytes (the evidentiary
copies), ``verify.py``, ``README.txt``, ``signer.json`` (the signer's public key) and a
manifest (JCS) of every file's hashes signed with Ed25519 by the device (or HQ).

All or nothing: the package is built in a hidden sibling folder, which is renamed into
place only when complete; the ``evidence_export`` custody entries (one per attachment)
and the audit entry are committed in the same transaction, after the rename. A failure
leaves neither a folder nor an entry.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fielddoc.crypto import signing, stream
from fielddoc.crypto.keys import file_key_of
from fielddoc.errors import IntegrityError, RecordNotFound
from fielddoc.evidence.errors import EvidenceFolderExists, EvidenceFolderParentMissing, NoRecordsChosen
from fielddoc.fsutil import fsync_dir, full_fsync
from fielddoc.records import custody
from fielddoc.records.audit import AuditWriter
from fielddoc.records.canonical import canonical
from fielddoc.records.ids import now_iso
from fielddoc.store.schema import attachment_files, records, revisions

PACKAGE_TYPE = "fielddoc-evidence-package"
SIGNER_TYPE = "fielddoc-evidence-signer"
VERSION = 1
#: Signed message: this context, one zero byte, then the manifest file's bytes.
SIGNATURE_CONTEXT = b"FieldDoc evidence package v1\x00"
CUSTODY_ACTION = "evidence_export"
AUDIT_ACTION = "evidence-export"
ATTACHMENT_SUFFIX = ".fda"
_EXT = re.compile(r"\.[A-Za-z0-9]{1,10}$")


@dataclass(frozen=True)
class Signer:
    role: str  # "device" or "hq"
    device_id: str
    name: str
    private: bytes
    age_recipient: str | None
    fingerprint: str

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": SIGNER_TYPE, "version": VERSION, "role": self.role, "device_id": self.device_id,
            "name": self.name, "signing_key": base64.b64encode(signing.public_of(self.private)).decode(),
            "fingerprint": self.fingerprint,
        }
        if self.age_recipient is not None:
            body["age_recipient"] = self.age_recipient
        return body


@dataclass(frozen=True)
class Source:
    """What the writer needs of a device vault or of an HQ."""

    engine: Any
    open_file: Any  # file id -> context manager of the encrypted stream (Vault/HQStore.open_file)
    data_key: bytes
    chain: str
    actor: str
    signer: Signer


@dataclass(frozen=True)
class EvidenceResult:
    folder: Path
    package_id: str
    fingerprint: str
    records: int
    attachments: int
    files: int


def source_of(store: Any) -> Source:
    """A device :class:`~fielddoc.store.vault.Vault` or an HQ :class:`~fielddoc.hq.store.HQStore`."""
    from fielddoc.hq.store import HQStore

    if isinstance(store, HQStore):
        from fielddoc.bundle import age

        store.require("sign")  # a team member who holds none of HQ's private keys cannot sign
        recipient = age.recipient_of(store.identities()[0])
        actor = store.get_setting("author", "hq") or "hq"
        signer = Signer("hq", store.device_id, store.name, store.signing_key(), recipient,
                        store.fingerprint())
        return Source(store.engine, store.open_file, store.data_key, store.device_id, actor, signer)
    actor = store.get_setting("author", "monitor") or "monitor"
    private = store.signing_key()
    signer = Signer("device", store.device_id, actor, private, None,
                    signing.fingerprint(signing.public_of(private)))
    return Source(store.engine, store.open_file, store.data_key, store.device_id, actor, signer)


def _chosen(conn: Any, record_ids: list[str]) -> list[str]:
    ids = list(dict.fromkeys(record_ids))
    if not ids:
        raise NoRecordsChosen()
    found = {r[0] for r in conn.execute(select(records.c.id).where(records.c.id.in_(ids)))}
    for rid in ids:
        if rid not in found:
            raise RecordNotFound(record_id=rid)
    return ids


def _attachments_of(conn: Any, ids: list[str]) -> list[str]:
    """Attachment records among ``ids`` or naming one of them in ``related_ids``."""
    wanted = set(ids)
    out: list[str] = []
    for rid, doc in conn.execute(select(records.c.id, records.c.doc).where(records.c.kind == "attachment")):
        if rid in wanted:
            continue
        related = json.loads(doc).get("related_ids") or []
        if isinstance(related, list) and wanted.intersection(x for x in related if isinstance(x, str)):
            out.append(rid)
    return sorted(out)


def _history(conn: Any, rid: str) -> list[dict[str, Any]]:
    rows = conn.execute(select(revisions).where(revisions.c.record_id == rid).order_by(revisions.c.seq))
    return [
        {"record_id": r.record_id, "kind": r.kind, "revision": int(r.revision), "parent": r.parent_hash,
         "op": r.op, "device_id": r.device_id, "author": r.author, "at": r.at, "document": r.doc,
         "hash": r.hash}
        for r in rows
    ]


class _Stage:
    """The hidden sibling folder the package is built in, with every file's hashes."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: list[dict[str, Any]] = []

    def open(self, rel: str) -> Any:
        path = self.folder / rel
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        return os.fdopen(fd, "wb")

    def add(self, rel: str, data: bytes, *, listed: bool = True) -> None:
        with self.open(rel) as fh:
            fh.write(data)
            fh.flush()
            full_fsync(fh.fileno())
        if listed:
            self.files.append({"path": rel, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})


def _file_name(index: int, role: str, doc_files: list[Any]) -> str:
    safe_role = re.sub(r"[^a-z0-9_]", "_", role.lower())[:32] or "file"
    ext = ""
    for f in doc_files:
        if isinstance(f, dict) and f.get("role") == role and isinstance(f.get("file_name"), str):
            m = _EXT.search(f["file_name"])
            ext = m.group(0).lower() if m else ""
            break
    return f"{index}-{safe_role}{ext}"


class _Tee:
    """Writes decrypted chunks to the package file while hashing them."""

    def __init__(self, fout: Any) -> None:
        self.fout, self.h256, self.h512, self.size = fout, hashlib.sha256(), hashlib.sha512(), 0

    def __call__(self, chunk: bytes) -> None:
        self.fout.write(chunk)
        self.h256.update(chunk)
        self.h512.update(chunk)
        self.size += len(chunk)


def _write_attachment(src: Source, stage: _Stage, conn: Any, aid: str, rdir: str,
                      doc: dict[str, Any]) -> list[str]:
    rows = conn.execute(
        select(attachment_files).where(attachment_files.c.attachment_id == aid)
        .order_by(attachment_files.c.role, attachment_files.c.file_id)
    ).mappings().all()
    shas: list[str] = []
    doc_files = doc.get("files") if isinstance(doc.get("files"), list) else []
    for i, f in enumerate(rows, start=1):
        rel = f"{rdir}/files/{_file_name(i, str(f['role']), doc_files or [])}"
        with contextlib.ExitStack() as stack:
            try:
                fin = stack.enter_context(src.open_file(str(f["file_id"])))
            except FileNotFoundError:
                raise IntegrityError(detail=f"the file of attachment {aid} is missing") from None
            fout = stack.enter_context(stage.open(rel))
            tee = _Tee(fout)
            stream.decrypt_file(None, fin, tee, expected_sha256=f["sha256"],
                                expected_file_id=bytes.fromhex(f["file_id"]),
                                file_key=file_key_of(src.data_key, f["file_id"], f["wrapped_key"]))
            fout.flush()
            full_fsync(fout.fileno())
        size, h256, h512 = tee.size, tee.h256, tee.h512
        stage.files.append({"path": rel, "size": size, "sha256": h256.hexdigest(), "sha512": h512.hexdigest(),
                            "attachment_id": aid, "role": str(f["role"])})
        shas.append(h256.hexdigest())
    return sorted(shas)


def verifier_source() -> bytes:
    """The bytes of ``verify.py`` (fielddoc/evidence/verify_package.py, standalone)."""
    return (Path(__file__).resolve().parent / "verify_package.py").read_bytes()


def readme_text(fingerprint: str, created_at: str, package_id: str, role: str) -> bytes:
    template = resources.files("fielddoc.resources").joinpath("evidence/README.txt").read_text("utf-8")
    text = (template.replace("{fingerprint}", fingerprint).replace("{created_at}", created_at)
            .replace("{package_id}", package_id).replace("{signer_role}", role))
    return text.encode("utf-8")


def _check_target(out: Path) -> None:
    if out.is_symlink() or (out.exists() and (not out.is_dir() or any(out.iterdir()))):
        raise EvidenceFolderExists(path=str(out))
    if not out.parent.is_dir():
        raise EvidenceFolderParentMissing(path=str(out.parent))


def export_package(store: Any, record_ids: list[str], out: Path,
                   progress: Callable[[int, int], None] | None = None) -> EvidenceResult:
    """Write the evidence package of ``record_ids`` (and their attachments) into the new folder ``out``."""
    out = Path(os.path.abspath(out))
    _check_target(out)
    src = source_of(store)
    package_id = str(uuid.uuid4())
    created_at = now_iso()
    stage = _Stage(out.parent / f".{out.name}.{secrets.token_hex(6)}.fielddoc-tmp")
    with src.engine.begin() as conn:
        ids = _chosen(conn, record_ids)
        all_ids = ids + _attachments_of(conn, ids)
        stage.folder.mkdir(mode=0o700)
        try:
            listed = _build(src, stage, conn, ids, all_ids, package_id, created_at, progress)
            if out.exists():
                out.rmdir()  # an empty folder the user made for it
            os.replace(stage.folder, out)
            fsync_dir(out.parent)
        except BaseException:
            shutil.rmtree(stage.folder, ignore_errors=True)
            raise
    return EvidenceResult(out, package_id, src.signer.fingerprint, len(all_ids), listed[0], listed[1])


def _build(src: Source, stage: _Stage, conn: Any, ids: list[str], all_ids: list[str], package_id: str,
           created_at: str, progress: Callable[[int, int], None] | None) -> tuple[int, int]:
    signer = src.signer
    manifest_records: list[dict[str, Any]] = []
    attachments = 0
    for n, rid in enumerate(all_ids, start=1):
        if progress is not None:
            progress(n - 1, len(all_ids))
        row = conn.execute(select(records.c.kind, records.c.head_hash, records.c.deleted_at)
                           .where(records.c.id == rid)).first()
        history = _history(conn, rid)
        head = next((r for r in history if r["hash"] == row.head_hash), None)
        if head is None:
            raise IntegrityError(detail=f"the history of record {rid} does not hold its current revision")
        rdir = f"records/{n:04d}"
        doc = json.loads(head["document"])
        stage.add(f"{rdir}/record.json", canonical(doc))
        stage.add(f"{rdir}/history.json", canonical(history))
        entry: dict[str, Any] = {"id": rid, "kind": row.kind, "dir": rdir, "head": row.head_hash,
                                 "chosen": rid in ids, "deleted": row.deleted_at is not None}
        held = {r["hash"] for r in history}
        entry["absent_parents"] = sorted({r["parent"] for r in history
                                          if r["parent"] and r["parent"] not in held})
        if row.kind == "attachment":
            attachments += 1
            shas = _write_attachment(src, stage, conn, rid, rdir, doc)
            custody.append(conn, rid, src.chain, src.actor, CUSTODY_ACTION,
                           {"package": package_id, "files": shas, "signer": signer.fingerprint})
            stage.add(f"{rdir}/custody.json", canonical(custody.chain_of(conn, rid)))
        manifest_records.append(entry)
    AuditWriter(conn, src.chain, src.actor).append(
        AUDIT_ACTION, None, None,
        detail=f"evidence package {package_id}: records={len(all_ids)} attachments={attachments}")
    stage.add("verify.py", verifier_source())
    stage.add("README.txt", readme_text(signer.fingerprint, created_at, package_id, signer.role))
    stage.add("signer.json", canonical(signer.body()))
    manifest = {
        "type": PACKAGE_TYPE, "version": VERSION, "package_id": package_id, "created_at": created_at,
        "signer": {"role": signer.role, "device_id": signer.device_id, "fingerprint": signer.fingerprint},
        "records": manifest_records,
        "files": sorted(stage.files, key=lambda f: f["path"]),
    }
    data = canonical(manifest)
    stage.add("manifest.json", data, listed=False)
    sig = signing.sign(signer.private, SIGNATURE_CONTEXT + data)
    stage.add("manifest.sig", base64.b64encode(sig) + b"\n", listed=False)
    with contextlib.suppress(OSError):
        fsync_dir(stage.folder)
    if progress is not None:
        progress(len(all_ids), len(all_ids))
    return attachments, len(stage.files) + 2
