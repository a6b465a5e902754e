"""Attachments: files encrypted at rest, hashed at capture, verified on every step.

``attach`` streams the source into an encrypted file with a random name
(written atomically), and only then commits the database rows (file row +
Attachment record + revision + audit entry) in one transaction. A crash
between the two leaves an orphan file that no row refers to; ``clean_orphans``
removes such files when the vault is opened. ``extract`` verifies the whole
file against its recorded SHA-256 before writing a single plaintext byte
where the user asked.
"""

from __future__ import annotations

import contextlib
import mimetypes
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select

from fielddoc import __version__
from fielddoc.crypto import stream
from fielddoc.crypto.keys import file_key_of, random_key, wrap_file_key
from fielddoc.errors import AttachmentError, IntegrityError, RecordNotFound
from fielddoc.fsutil import atomic_writer, open_outside, private_dir
from fielddoc.records import custody
from fielddoc.records.ids import now_iso, uuid7
from fielddoc.records.service import Records
from fielddoc.store.schema import attachment_files
from fielddoc.store.schema import custody as custody_table
from fielddoc.store.vault import ATTACHMENT_SUFFIX as SUFFIX
from fielddoc.store.vault import ORPHAN_GRACE_SECONDS, Vault


@dataclass(frozen=True)
class AttachedFile:
    attachment_id: str
    file_id: str
    sha256: str
    size_bytes: int


def _file_path(vault: Vault, file_id: str) -> Path:
    return vault.attachments_dir / f"{file_id}{SUFFIX}"


@contextlib.contextmanager
def _opened(vault: Vault, f: Any, attachment_id: str) -> Iterator[BinaryIO]:
    """The stored file's encrypted stream (a vault's file, or a team HQ's PostgreSQL pieces)."""
    with contextlib.ExitStack() as stack:
        try:
            src = stack.enter_context(vault.open_file(str(f["file_id"])))
        except FileNotFoundError:
            raise IntegrityError(detail=f"the file of attachment {attachment_id} is missing") from None
        yield src


def _actor(rec: Records) -> str:
    return rec.store.device_id


def attach(
    vault: Vault,
    rec: Records,
    source: Path | BinaryIO,
    *,
    related_ids: list[str] | None = None,
    file_name: str | None = None,
    title: str | None = None,
    role: str = "original",
    confidentiality: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> AttachedFile:
    """Encrypt ``source`` into the vault and record it as a new Attachment."""
    related_ids = list(related_ids or [])
    missing = set(related_ids) - rec.exists(related_ids)
    if missing:
        raise RecordNotFound(record_id=sorted(missing)[0])
    private_dir(vault.attachments_dir)
    file_id = secrets.token_bytes(16)
    fid = file_id.hex()
    target = _file_path(vault, fid)
    captured_at = now_iso()
    opened: BinaryIO | None = None
    if isinstance(source, Path):
        opened = open_outside(source)  # an ordinary file: no device, FIFO or folder
        src: BinaryIO = opened
        file_name = file_name or source.name
    else:
        src = source
    file_key = random_key()
    try:
        with atomic_writer(target) as dst:
            result = stream.encrypt_file(None, src, dst, file_id=file_id, progress=progress,
                                         file_key=file_key)
    finally:
        if opened is not None:
            opened.close()
    file_name = file_name or "attachment"
    mime = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
    attachment_id = uuid7()
    doc: dict[str, Any] = {
        "id": attachment_id,
        "title": title or file_name,
        "files": [
            {
                "role": role,
                "file_name": file_name,
                "mime_type": mime,
                "size_bytes": result.size,
                "sha256": result.sha256,
                "sha512": result.sha512,
            }
        ],
        "capture": {
            "captured_at": captured_at,
            "tool": "FieldDoc",
            "tool_version": __version__,
            "method": "file_import",
        },
        "encryption": {"algo": "fdat1/aes-256-gcm-stream", "key_id": fid},
        "custody_events": [
            {"at": captured_at, "device_id": _actor(rec), "action": "collected"},
            {"at": now_iso(), "device_id": _actor(rec), "action": "hashed", "sha256_verified": True},
        ],
    }
    if related_ids:
        doc["related_ids"] = related_ids
    if confidentiality:
        doc["confidentiality"] = confidentiality
    collected = custody.make_entry(
        attachment_id, _actor(rec), 1, custody.GENESIS, rec.author, "collected",
        {"sha256": result.sha256, "sha512": result.sha512, "size": result.size, "role": role},
        at=captured_at,
    )
    try:
        rec.create("attachment", doc, extra_rows=[
            (custody_table, custody.entry_row(collected)),
            (attachment_files, {
                "file_id": fid, "attachment_id": attachment_id, "role": role,
                "size_bytes": result.size, "sha256": result.sha256, "created_at": captured_at,
                "wrapped_key": wrap_file_key(vault.data_key, file_id, file_key),
            })
        ])
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        raise
    return AttachedFile(attachment_id, fid, result.sha256, result.size)


def files_of(vault: Vault, attachment_id: str) -> list[dict[str, Any]]:
    with vault.engine.connect() as conn:
        rows = conn.execute(
            select(attachment_files).where(attachment_files.c.attachment_id == attachment_id)
        ).mappings().all()
    return [dict(r) for r in rows]


def _key(vault: Vault, f: Any) -> bytes:
    """The file's own key, from its row (see crypto.keys.file_key_of)."""
    return file_key_of(vault.data_key, f["file_id"], f["wrapped_key"])


def _pick(vault: Vault, attachment_id: str, role: str | None) -> dict[str, Any]:
    files = files_of(vault, attachment_id)
    if not files:
        raise AttachmentError(attachment_id=attachment_id, reason="no stored file")
    if role:
        files = [f for f in files if f["role"] == role] or files
    return files[0]


def verify(vault: Vault, attachment_id: str, role: str | None = None) -> str:
    """Decrypt without writing and compare with the recorded SHA-256; returns it."""
    f = _pick(vault, attachment_id, role)
    with _opened(vault, f, attachment_id) as src:
        stream.decrypt_file(None, src, lambda _chunk: None, expected_sha256=f["sha256"],
                            expected_file_id=bytes.fromhex(f["file_id"]), file_key=_key(vault, f))
    return str(f["sha256"])


def read_bytes(vault: Vault, attachment_id: str, role: str | None = None, limit: int = 64 << 20) -> bytes:
    """Verified plaintext in memory (for previews); refuses files above ``limit``."""
    f = _pick(vault, attachment_id, role)
    if f["size_bytes"] > limit:
        raise AttachmentError(attachment_id=attachment_id, reason="too large to preview")
    chunks: list[bytes] = []
    with _opened(vault, f, attachment_id) as src:
        stream.decrypt_file(None, src, chunks.append, expected_sha256=f["sha256"],
                            expected_file_id=bytes.fromhex(f["file_id"]), file_key=_key(vault, f))
    return b"".join(chunks)


def extract(vault: Vault, rec: Records, attachment_id: str, out: Path, role: str | None = None) -> str:
    """Verify, then write a decrypted copy to ``out`` (the user's explicit choice).

    A custody event ``copied`` is appended to the attachment's record.
    """
    sha = verify(vault, attachment_id, role)
    f = _pick(vault, attachment_id, role)
    if out.exists() and out.is_dir():
        raise AttachmentError(attachment_id=attachment_id, reason="the output path is a folder")
    with _opened(vault, f, attachment_id) as src, atomic_writer(out) as dst:
        stream.decrypt_file(None, src, dst, expected_sha256=sha,
                            expected_file_id=bytes.fromhex(f["file_id"]), file_key=_key(vault, f))
    add_custody_event(rec, attachment_id, "copied", sha256_verified=True)
    log_event(rec, attachment_id, "copied", {"sha256": sha, "role": f["role"], "verified": True})
    return sha


def log_event(rec: Records, attachment_id: str, action: str, detail: dict[str, Any]) -> None:
    """Append one entry to the attachment's custody chain (docs/spec/custody.md)."""
    with rec.store.engine.begin() as conn:
        custody.append(conn, attachment_id, _actor(rec), rec.author, action, detail)


def add_custody_event(rec: Records, attachment_id: str, action: str, **extra: Any) -> None:
    doc = rec.get(attachment_id)
    events = list(doc.get("custody_events") or [])
    events.append({"at": now_iso(), "device_id": _actor(rec), "action": action, **extra})
    doc["custody_events"] = events
    rec.update(attachment_id, doc)


def verify_all(vault: Vault) -> list[str]:
    """Check every stored file against its SHA-256; returns the problems found."""
    problems: list[str] = []
    with vault.engine.connect() as conn:
        rows = conn.execute(select(attachment_files)).mappings().all()
    for f in rows:
        try:
            with vault.open_file(str(f["file_id"])) as src:
                stream.decrypt_file(None, src, lambda _chunk: None, expected_sha256=f["sha256"],
                                    expected_file_id=bytes.fromhex(f["file_id"]), file_key=_key(vault, f))
        except FileNotFoundError:
            problems.append(f"attachment {f['attachment_id']}: file {f['file_id']} is missing")
        except IntegrityError as exc:
            problems.append(f"attachment {f['attachment_id']}: {exc}")
    return problems


def clean_orphans(vault: Vault, grace_seconds: float = ORPHAN_GRACE_SECONDS) -> int:
    """Remove encrypted files no row refers to (see Vault.clean_orphan_attachments)."""
    return vault.clean_orphan_attachments(grace_seconds)
