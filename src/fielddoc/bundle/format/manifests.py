"""Export and receipt manifests: their fields, checked (docs/bundle-format.md §2)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from fielddoc.bundle.errors import NotABundle
from fielddoc.bundle.format.checks import (
    _DEVICE,
    _FPR,
    _HEX64,
    _ISO,
    _UUID,
    _age_recipient,
    _bad,
    _hex64,
    _int,
    _keys,
    _text,
    _want,
)
from fielddoc.bundle.format.framing import (
    FORMAT_NAME,
    KIND_EXPORT,
    KIND_NAMES,
    KIND_RECEIPT,
    MAX_ABANDONED,
    MAX_FILE_SIZE,
    MAX_FILES,
    MAX_META_BYTES,
    MAX_RECEIPT_BUNDLES,
    MAX_RECIPIENTS,
    MAX_REVISIONS,
    VERSION,
    bundle_hash,
)
from fielddoc.bundle.format.markings import EXPORTABLE_CEILINGS
from fielddoc.bundle.format.strict_json import parse_json
from fielddoc.records.canonical import canonical
from fielddoc.records.schema_checks import ID_RE


# -- manifests ----------------------------------------------------------------------
@dataclass(frozen=True)
class FileEntry:
    attachment_id: str
    role: str
    size: int
    sha256: str
    created_at: str

    def as_json(self) -> dict[str, Any]:
        return {
            "attachment_id": self.attachment_id,
            "role": self.role,
            "size": self.size,
            "sha256": self.sha256,
            "created_at": self.created_at,
        }


@dataclass(frozen=True)
class ExportManifest:
    bundle_id: str
    device: str
    sequence: int
    previous: str | None
    abandoned: tuple[int, ...]
    recipients: tuple[str, ...]
    created_at: str
    tlp_ceiling: str
    reply_to: str
    revisions: tuple[str, ...]
    records_sha256: str
    files: tuple[FileEntry, ...]
    meta: Any
    more: bool
    software: str
    raw: bytes
    custody: Any = None

    @cached_property
    def hash(self) -> str:
        return bundle_hash(self.raw)


@dataclass(frozen=True)
class ReceiptEntry:
    bundle_id: str
    sequence: int
    hash: str


@dataclass(frozen=True)
class ReceiptManifest:
    receipt_id: str
    hq: str
    device: str
    created_at: str
    bundles: tuple[ReceiptEntry, ...]
    raw: bytes


_EXPORT_REQUIRED = {
    "format",
    "version",
    "type",
    "bundle_id",
    "device",
    "sequence",
    "previous",
    "abandoned",
    "recipients",
    "created_at",
    "tlp_ceiling",
    "reply_to",
    "counts",
    "revisions",
    "records_sha256",
    "files",
    "more",
    "software",
}
_RECEIPT_REQUIRED = {"format", "version", "type", "receipt_id", "hq", "device", "created_at", "bundles"}


def _common(m: Any, kind: int) -> dict[str, Any]:
    if not isinstance(m, dict):
        raise _bad("manifest", "must be a JSON object")
    if m.get("format") != FORMAT_NAME:
        raise NotABundle(detail="the manifest does not name the FieldDoc bundle format")
    if m.get("version") != VERSION or isinstance(m.get("version"), bool):
        raise NotABundle(detail="unsupported manifest version")
    if m.get("type") != KIND_NAMES[kind]:
        raise _bad("manifest.type", f"must be '{KIND_NAMES[kind]}' for this kind of file")
    return m


def parse_export_manifest(raw: bytes) -> ExportManifest:
    """Parse and check every key of an export manifest (after its signature was verified)."""
    m = _common(parse_json(raw, "-", "manifest"), KIND_EXPORT)
    _keys(m, _EXPORT_REQUIRED, {"meta", "custody"}, "manifest")
    counts = _want(m["counts"], dict, "manifest.counts")
    _keys(counts, {"revisions", "files"}, set(), "manifest.counts")
    n_rev = _int(counts["revisions"], "manifest.counts.revisions", 0, MAX_REVISIONS)
    n_files = _int(counts["files"], "manifest.counts.files", 0, MAX_FILES)
    revisions = _want(m["revisions"], list, "manifest.revisions")
    if len(revisions) != n_rev:
        raise _bad("manifest.revisions", "does not have counts.revisions entries")
    for i, h in enumerate(revisions):
        if not isinstance(h, str) or not _HEX64.match(h):
            raise _bad(f"manifest.revisions[{i}]", "is not a 64-hex hash")
    if len(set(revisions)) != len(revisions):
        raise _bad("manifest.revisions", "lists the same revision twice (duplicate ids)")
    files_raw = _want(m["files"], list, "manifest.files")
    if len(files_raw) != n_files:
        raise _bad("manifest.files", "does not have counts.files entries")
    files = []
    seen_files: set[tuple[str, str]] = set()
    for i, f in enumerate(files_raw):
        where = f"manifest.files[{i}]"
        _want(f, dict, where)
        _keys(f, {"attachment_id", "role", "size", "sha256", "created_at"}, set(), where)
        entry = FileEntry(
            attachment_id=_text(f["attachment_id"], f"{where}.attachment_id", 128, pattern=ID_RE),
            role=_text(f["role"], f"{where}.role", 32),
            size=_int(f["size"], f"{where}.size", 0, MAX_FILE_SIZE),
            sha256=_hex64(f["sha256"], f"{where}.sha256"),
            created_at=_text(f["created_at"], f"{where}.created_at", 40),
        )
        key = (entry.attachment_id, entry.sha256)
        if key in seen_files:
            raise _bad(where, "lists the same file twice (duplicate ids)")
        seen_files.add(key)
        files.append(entry)
    previous = m["previous"]
    if previous is not None:
        _hex64(previous, "manifest.previous")
    sequence = _int(m["sequence"], "manifest.sequence", 1, 2**31 - 1)
    abandoned = _want(m["abandoned"], list, "manifest.abandoned")
    if len(abandoned) > MAX_ABANDONED:
        raise _bad("manifest.abandoned", f"has more than {MAX_ABANDONED} entries")
    ab = tuple(_int(a, "manifest.abandoned[]", 1, sequence - 1 if sequence > 1 else 0) for a in abandoned)
    recipients = _want(m["recipients"], list, "manifest.recipients")
    if not recipients or len(recipients) > MAX_RECIPIENTS:
        raise _bad("manifest.recipients", f"must list 1..{MAX_RECIPIENTS} recipients")
    recips = tuple(_text(r, "manifest.recipients[]", 39, pattern=_FPR) for r in recipients)
    ceiling = m["tlp_ceiling"]
    if not isinstance(ceiling, str) or ceiling not in EXPORTABLE_CEILINGS:
        raise _bad("manifest.tlp_ceiling", "is not an exportable TLP level")
    meta = m.get("meta")
    if meta is not None:
        _want(meta, dict, "manifest.meta")
        try:
            meta_bytes = canonical(meta)
        except ValueError:  # CanonicalJSONError: a huge integer, a lone surrogate
            raise _bad("manifest.meta", "has no canonical JSON form (docs/spec/canonical-json.md)") from None
        if len(meta_bytes) > MAX_META_BYTES:
            raise _bad("manifest.meta", "is larger than 1 MiB")
    return ExportManifest(
        bundle_id=_text(m["bundle_id"], "manifest.bundle_id", 36, pattern=_UUID),
        device=_text(m["device"], "manifest.device", 24, pattern=_DEVICE),
        sequence=sequence,
        previous=previous,
        abandoned=ab,
        recipients=recips,
        created_at=_text(m["created_at"], "manifest.created_at", 40, pattern=_ISO),
        tlp_ceiling=str(ceiling),
        reply_to=_age_recipient(m["reply_to"], "manifest.reply_to"),
        revisions=tuple(revisions),
        records_sha256=_hex64(m["records_sha256"], "manifest.records_sha256"),
        files=tuple(files),
        meta=meta,
        more=bool(_want(m["more"], bool, "manifest.more")),
        software=_text(m["software"], "manifest.software", 100),
        raw=raw,
        custody=m.get("custody"),  # checked by records.custody.parse_carried (docs/spec/custody.md)
    )


def parse_receipt_manifest(raw: bytes) -> ReceiptManifest:
    m = _common(parse_json(raw, "-", "manifest"), KIND_RECEIPT)
    _keys(m, _RECEIPT_REQUIRED, set(), "manifest")
    bundles = _want(m["bundles"], list, "manifest.bundles")
    if len(bundles) > MAX_RECEIPT_BUNDLES:
        raise _bad("manifest.bundles", f"has more than {MAX_RECEIPT_BUNDLES} entries")
    entries = []
    for i, b in enumerate(bundles):
        where = f"manifest.bundles[{i}]"
        _want(b, dict, where)
        _keys(b, {"bundle_id", "sequence", "hash"}, set(), where)
        entries.append(
            ReceiptEntry(
                bundle_id=_text(b["bundle_id"], f"{where}.bundle_id", 36, pattern=_UUID),
                sequence=_int(b["sequence"], f"{where}.sequence", 1, 2**31 - 1),
                hash=_hex64(b["hash"], f"{where}.hash"),
            )
        )
    return ReceiptManifest(
        receipt_id=_text(m["receipt_id"], "manifest.receipt_id", 36, pattern=_UUID),
        hq=_text(m["hq"], "manifest.hq", 39, pattern=_FPR),
        device=_text(m["device"], "manifest.device", 24, pattern=_DEVICE),
        created_at=_text(m["created_at"], "manifest.created_at", 40, pattern=_ISO),
        bundles=tuple(entries),
        raw=raw,
    )
