"""The bundle format: constants, limits, preamble, frames, manifests and record entries.

Pure functions, no I/O and no database: the writer (:mod:`fielddoc.bundle.writer`)
and reader (:mod:`fielddoc.bundle.reader`) build on them. The format is
specified in docs/bundle-format.md; keep both in step.

:func:`parse_entry` analyses each record with ONE walk of the record schema
(:func:`fielddoc.records.schema.analyse`: problems, references, full text and
list columns); HQ import speed depends on it.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from fielddoc.bundle import age_keys
from fielddoc.bundle.age_errors import AgeError
from fielddoc.bundle.errors import ContentMismatch, MalformedContent, NotABundle, NotUnicode, SignatureInvalid
from fielddoc.crypto import signing
from fielddoc.errors import Problem
from fielddoc.records import schema
from fielddoc.records.canonical import HASH_VERSIONS, canonical, encoder, revision_hash
from fielddoc.records.schema_checks import ID_RE

MAGIC = b"FDBUNDLE"
VERSION = 1
KIND_EXPORT = 1
KIND_RECEIPT = 2
KIND_BRIEFING = 3  # HQ -> device (docs/spec/briefing.md)
KIND_NAMES = {KIND_EXPORT: "export", KIND_RECEIPT: "receipt", KIND_BRIEFING: "briefing"}
FORMAT_NAME = "fielddoc-bundle"

#: magic, version, kind, signer public key, signature, manifest length
PREAMBLE = struct.Struct(">8sBB32s64sI")
PREAMBLE_SIZE = PREAMBLE.size  # 110
FRAME = struct.Struct(">BQ")
FRAME_SIZE = FRAME.size  # 9
F_RECORD = 0x01
F_FILE = 0x02
F_END = 0x03

CONTEXTS = {
    KIND_EXPORT: b"FieldDoc bundle manifest v1\x00",
    KIND_RECEIPT: b"FieldDoc receipt manifest v1\x00",
    KIND_BRIEFING: b"FieldDoc briefing manifest v1\x00",
}

# -- limits (docs/bundle-format.md §3) ------------------------------------------
MAX_MANIFEST_BYTES = 32 << 20
MAX_REVISIONS = 200_000
MAX_FILES = 100_000
MAX_RECORD_FRAME = 8 << 20
MAX_FILE_SIZE = 1 << 40
MAX_RECIPIENTS = 32
MAX_ABANDONED = 10_000
MAX_RECEIPT_BUNDLES = 100_000
MAX_FILE_NAME_BYTES = 255
MAX_META_BYTES = 1 << 20

TLP_LEVELS = ("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED")
EXPORTABLE_CEILINGS = TLP_LEVELS[:-1]
DEFAULT_CEILING = "AMBER+STRICT"
CONFIDENTIALITY_LEVEL = {"public": 0, "partners": 1, "organisation": 2, "restricted": 3, "device_only": 4}
OPS = frozenset({"create", "update", "delete", "import", "resolve"})
REDACTED_FIELDS = ("contact",)

_HEX64 = re.compile(r"\A[0-9a-f]{64}\Z")
_FPR = re.compile(r"\A[A-Z2-7]{4}( [A-Z2-7]{4}){7}\Z")
_DEVICE = re.compile(r"\Adev-[a-z2-7]{20}\Z")
_AGE_RECIPIENT = re.compile(r"\Aage1[02-9ac-hj-np-z]{58}\Z")
_UUID = re.compile(r"\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_ISO = re.compile(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]{5,18}(Z|[+-][0-9]{2}:[0-9]{2})\Z")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


# -- hashing and signatures -----------------------------------------------------
def canonical_bytes(value: Any) -> bytes:
    """Canonical JSON (docs/bundle-format.md §2)."""
    return canonical(value)


def bundle_hash(manifest_bytes: bytes) -> str:
    """The bundle hash: SHA-256 of the manifest bytes, hex."""
    return hashlib.sha256(manifest_bytes).hexdigest()


def sign_message(kind: int, manifest_bytes: bytes) -> bytes:
    return CONTEXTS[kind] + hashlib.sha256(manifest_bytes).digest()


def sign_manifest(kind: int, private_key: bytes, manifest_bytes: bytes) -> bytes:
    return signing.sign(private_key, sign_message(kind, manifest_bytes))


def verify_manifest_signature(kind: int, public_key: bytes, signature: bytes, manifest_bytes: bytes) -> None:
    if not signing.verify(public_key, signature, sign_message(kind, manifest_bytes)):
        raise SignatureInvalid(detail="the signature does not match the manifest and the signer's key")


def encode_preamble(kind: int, public_key: bytes, signature: bytes, manifest_len: int) -> bytes:
    return PREAMBLE.pack(MAGIC, VERSION, kind, public_key, signature, manifest_len)


@dataclass(frozen=True)
class Preamble:
    kind: int
    public_key: bytes
    signature: bytes
    manifest_len: int

    @property
    def device_id(self) -> str:
        return signing.key_id(self.public_key)


def decode_preamble(raw: bytes) -> Preamble:
    """Parse the fixed 110-byte preamble; raises NotABundle / MalformedContent."""
    magic, version, kind, public, signature, length = PREAMBLE.unpack(raw)
    if magic != MAGIC:
        raise NotABundle(detail="it does not start with the FieldDoc bundle signature")
    if version != VERSION:
        raise NotABundle(detail=f"format version {version}")
    if kind not in KIND_NAMES:
        raise NotABundle(detail=f"unknown bundle kind {kind}")
    if length == 0 or length > MAX_MANIFEST_BYTES:
        raise MalformedContent(
            record_id="-",
            field="manifest",
            problem=f"its length {length} is outside 1..{MAX_MANIFEST_BYTES} bytes",
        )
    return Preamble(kind, public, signature, length)


def frame_header(ftype: int, length: int) -> bytes:
    return FRAME.pack(ftype, length)


# -- strict JSON ----------------------------------------------------------------
class _Dup(Exception):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):  # a key appeared twice: name the first one repeated
        seen: set[str] = set()
        for k, _ in pairs:
            if k in seen:
                raise _Dup(k)
            seen.add(k)
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


#: What json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constant) builds on every call.
_DECODER = json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=_no_constant)


#: A JSON escape of a UTF-16 surrogate: the only way JSON text can carry a lone one.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_PLAIN_KEY = re.compile(r"[a-z_]{1,40}")


def _lone_surrogate_at(value: Any) -> str | None:
    """Where ``value`` holds a lone surrogate: "" (the value itself), a top-level key, or None."""
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        node, top = stack.pop()
        if isinstance(node, str):
            if _SURROGATE.search(node):
                return top
        elif isinstance(node, dict):
            for k, v in node.items():
                here = top or (k if isinstance(k, str) and _PLAIN_KEY.fullmatch(k) else "")
                if _SURROGATE.search(k):
                    return here
                stack.append((v, here))
        elif isinstance(node, list):
            stack.extend((v, top) for v in node)
    return None


def parse_json(raw: bytes, record_id: str, field: str) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN/Infinity, no lone surrogates; bounded nesting."""
    value = _parse_json(raw, record_id, field)
    if _SURROGATE_ESCAPE.search(raw):  # rare: honest writers put characters, not escapes
        at = _lone_surrogate_at(value)
        if at is not None:
            raise NotUnicode(record_id=record_id, field=f"{field}.{at}" if at else field)
    return value


def _parse_json(raw: bytes, record_id: str, field: str) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedContent(
            record_id=record_id, field=field, problem=f"not valid UTF-8 (byte {exc.start})"
        ) from None
    try:
        return _DECODER.decode(text)
    except _Dup as exc:
        raise MalformedContent(
            record_id=record_id, field=field, problem=f"the key '{str(exc)[:40]}' appears twice in one object"
        ) from None
    except RecursionError:
        raise MalformedContent(record_id=record_id, field=field, problem="nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError and parse_constant
        msg = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        raise MalformedContent(
            record_id=record_id, field=field, problem=f"not valid JSON ({msg[:80]})"
        ) from None


# -- small checkers ---------------------------------------------------------------
def _bad(field: str, problem: str, record_id: str = "-") -> MalformedContent:
    return MalformedContent(record_id=record_id, field=field, problem=problem)


def _age_recipient(value: Any, field: str) -> str:
    """An ``age1…`` X25519 recipient: Bech32 checksum, 32-byte key, not a low-order point."""
    text_ = _text(value, field, 62, pattern=_AGE_RECIPIENT)
    try:
        age_keys.parse_recipient(text_)
    except (AgeError, ValueError):
        raise _bad(field, "is not a valid age X25519 recipient (Bech32 checksum or key)") from None
    return text_


def _want(value: Any, kind: type, field: str, record_id: str = "-") -> Any:
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise _bad(field, "has the wrong type", record_id)
    return value


def _text(
    value: Any, field: str, max_len: int, record_id: str = "-", pattern: re.Pattern[str] | None = None
) -> str:
    _want(value, str, field, record_id)
    if not value or len(value) > max_len or _CONTROL.search(value):
        raise _bad(field, f"must be 1..{max_len} characters without control characters", record_id)
    if pattern is not None and not pattern.match(value):
        raise _bad(field, "is not in the expected format", record_id)
    return str(value)


def _int(value: Any, field: str, lo: int, hi: int, record_id: str = "-") -> int:
    _want(value, int, field, record_id)
    if not lo <= value <= hi:
        raise _bad(field, f"must be between {lo} and {hi}", record_id)
    return int(value)


def _keys(obj: dict[str, Any], required: set[str], optional: set[str], where: str) -> None:
    missing = required - obj.keys()
    if missing:
        raise _bad(f"{where}.{sorted(missing)[0]}", "is missing")
    extra = obj.keys() - required - optional
    if extra:
        raise _bad(f"{where}.{sorted(extra)[0][:40]}", "is not allowed in this format version")


def _hex64(value: Any, field: str) -> str:
    return _text(value, field, 64, pattern=_HEX64)


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


# -- record entries -------------------------------------------------------------------
_ENTRY_KEYS = {
    "record_id",
    "kind",
    "revision",
    "parent",
    "op",
    "device_id",
    "author",
    "at",
    "doc",
    "draft",
    "id_generated",
}


_RECORD_KINDS = frozenset(schema.KINDS.values())


@dataclass(frozen=True)
class Entry:
    """One record revision as carried in a RECORD frame (already checked)."""

    record_id: str
    kind: str
    revision: int
    parent: str | None
    op: str
    device_id: str
    author: str
    at: str
    doc: dict[str, Any]
    doc_json: str
    draft: bool
    id_generated: bool
    hash: str
    analysis: schema.Analysis

    @property
    def refs(self) -> list[tuple[str, str]]:
        return self.analysis.refs

    @property
    def text(self) -> str:
        return self.analysis.text


def analyse(kind: str, doc: Any, label: str) -> schema.Analysis:
    """One walk of the record schema (:func:`fielddoc.records.schema.analyse`).

    Problems are those of shape, type, vocabulary and size limits. Completeness
    (fields a finished record must have) is the device's business: HQ never
    refuses a monitor's work for a missing field, so the walk runs as for a draft. A
    HURIDOCS code outside its list is not refused either (its form is): a signed revision
    cannot change, and refusing it would block the device's exports for good; it is refused
    when someone next saves the record (docs/data-model.md §1.2).
    """
    return schema.analyse(kind, doc, label=label, draft=True, members=False)


def entry_json(
    *,
    record_id: str,
    kind: str,
    revision: int,
    parent: str | None,
    op: str,
    device_id: str,
    author: str,
    at: str,
    doc: dict[str, Any],
    draft: bool,
    id_generated: bool,
    v: int = 2,
) -> bytes:
    """A RECORD frame body: canonical JSON, in the encoding of the revision's hash version ``v``."""
    return encoder(v)(
        {
            "record_id": record_id,
            "kind": kind,
            "revision": revision,
            "parent": parent,
            "op": op,
            "device_id": device_id,
            "author": author,
            "at": at,
            "doc": doc,
            "draft": bool(draft),
            "id_generated": bool(id_generated),
        }
    )


def parse_entry(raw: bytes, index: int, *, expected_hash: str, signer: str | None) -> Entry:
    """Parse, check and hash one RECORD frame body.

    ``signer``: the device that signed the bundle, which must have made every revision in it;
    None for a briefing (HQ passes on revisions made by any device, docs/spec/briefing.md).

    Raises MalformedContent naming the record and the field, or
    ContentMismatch if the revision hash differs from the manifest's.
    """
    label = f"#{index + 1}"
    e = parse_json(raw, label, "(record frame)")
    if not isinstance(e, dict):
        raise _bad("(record frame)", "must be a JSON object", label)
    rid_raw = e.get("record_id")
    rid = rid_raw if isinstance(rid_raw, str) and ID_RE.match(rid_raw) else label
    if e.keys() != _ENTRY_KEYS:
        missing = sorted(_ENTRY_KEYS - set(e))
        extra = sorted(set(e) - _ENTRY_KEYS)
        raise _bad(
            missing[0] if missing else extra[0][:40], "is missing" if missing else "is not allowed", rid
        )
    if rid == label:
        raise _bad("record_id", "is not a valid record id", label)
    kind = e["kind"]
    if not isinstance(kind, str) or kind not in _RECORD_KINDS:
        raise _bad("kind", "is not a record type", rid)
    revision = _int(e["revision"], "revision", 1, 2**31 - 1, rid)
    parent = e["parent"]
    if parent is not None and not (isinstance(parent, str) and _HEX64.match(parent)):
        raise _bad("parent", "is not a 64-hex hash", rid)
    op = e["op"]
    if not isinstance(op, str) or op not in OPS:
        raise _bad("op", "is not a known operation", rid)
    device_id = _text(e["device_id"], "device_id", 128, rid)
    if signer is not None and device_id != signer:
        raise _bad("device_id", "names another device than the one that signed the bundle", rid)
    author = e["author"]
    if not isinstance(author, str) or len(author) > 200 or "\x00" in author:
        raise _bad("author", "must be text of at most 200 characters", rid)
    at = _text(e["at"], "at", 40, rid)
    doc = e["doc"]
    if not isinstance(doc, dict):
        raise _bad("doc", "must be a JSON object", rid)
    if doc.get("id") != rid:
        raise _bad("doc.id", "differs from the revision's record id", rid)
    draft = _want(e["draft"], bool, "draft", rid)
    id_generated = _want(e["id_generated"], bool, "id_generated", rid)
    analysis = analyse(kind, doc, rid)
    problems = analysis.problems
    if problems:
        raise MalformedContent(record_id=rid, field=problems[0].field, problem=problem_text(problems[0]))
    if kind == "attachment":
        check_file_names(rid, doc)
    # The hash version is not carried: the revision is the one the manifest lists under
    # either version (docs/spec/hashes.md §Revision hash); HQ keeps the document bytes that matched.
    h = doc_json = ""
    for v in HASH_VERSIONS:
        try:
            doc_json = encoder(v)(doc).decode("utf-8")
            h = revision_hash(
                record_id=rid,
                kind=kind,
                revision=revision,
                parent_hash=parent,
                op=op,
                device_id=device_id,
                author=author,
                at=at,
                doc_json=doc_json,
                v=v,
            )
        except (TypeError, ValueError):  # CanonicalJSONError, UnicodeEncodeError (lone surrogates)
            continue
        if h == expected_hash:
            break
    if h != expected_hash:
        raise ContentMismatch(
            detail=f"record frame {index + 1} ({rid}) is not the revision the manifest lists"
        )
    return Entry(
        rid,
        kind,
        revision,
        parent,
        op,
        device_id,
        author,
        at,
        doc,
        doc_json,
        bool(draft),
        bool(id_generated),
        h,
        analysis,
    )


def problem_text(p: Problem) -> str:
    """A validation problem without the offending value (it may be record text)."""
    params = {k: ("..." if k == "value" else str(v)[:60]) for k, v in p.params.items()}
    try:
        return str(p.problem).format(**params)
    except (KeyError, IndexError, ValueError):
        return str(p.problem)


def check_file_names(record_id: str, doc: dict[str, Any]) -> None:
    """Attachment file names must be plain names: never a path, never a control character."""
    files = doc.get("files")
    if not isinstance(files, list):
        return
    for i, f in enumerate(files):
        if not isinstance(f, dict) or "file_name" not in f:
            continue
        name = f["file_name"]
        field = f"files[{i}].file_name"
        if not isinstance(name, str):
            continue  # the schema reported it
        if _CONTROL.search(name):
            raise _bad(field, "contains a NUL or control character", record_id)
        if "/" in name or "\\" in name or name in (".", "..") or name.strip() == "":
            raise _bad(field, "is a path, not a plain file name (path traversal)", record_id)
        if len(name.encode("utf-8")) > MAX_FILE_NAME_BYTES:
            raise _bad(field, f"is longer than {MAX_FILE_NAME_BYTES} bytes", record_id)


# -- markings ---------------------------------------------------------------------------
def level_of(doc: dict[str, Any]) -> int:
    """The record's TLP level (index in TLP_LEVELS): the higher of its confidentiality and TLP."""
    conf = schema.effective_confidentiality(doc)
    level = CONFIDENTIALITY_LEVEL.get(conf, 2)
    tlp = doc.get("tlp")
    if isinstance(tlp, str) and tlp in TLP_LEVELS:
        level = max(level, TLP_LEVELS.index(tlp))
    return level


def exportable(doc: dict[str, Any], ceiling: str) -> bool:
    return level_of(doc) <= TLP_LEVELS.index(ceiling) and doc.get("confidentiality") != "device_only"


def redact(doc: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The document without the fields that never leave the device (docs/spec/hashes.md §3).

    The top-level ``contact``, and ``encryption.key_id`` (the device's own name for the
    encrypted file: HQ stores the file under a name of its own).
    """
    enc = doc.get("encryption")
    keyed = isinstance(enc, dict) and "key_id" in enc
    if not keyed and not any(k in doc for k in REDACTED_FIELDS):
        return doc, False
    out = {k: v for k, v in doc.items() if k not in REDACTED_FIELDS}
    if keyed:
        assert isinstance(enc, dict)
        out["encryption"] = {k: v for k, v in enc.items() if k != "key_id"}
    return out, True
