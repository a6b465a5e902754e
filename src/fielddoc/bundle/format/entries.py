"""Record entries (RECORD frames): one signed revision each, checked with ONE walk of the record
schema (docs/bundle-format.md §2)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fielddoc.bundle.errors import ContentMismatch, MalformedContent
from fielddoc.bundle.format.checks import _CONTROL, _HEX64, _bad, _int, _text, _want
from fielddoc.bundle.format.framing import MAX_FILE_NAME_BYTES
from fielddoc.bundle.format.strict_json import parse_json
from fielddoc.errors import Problem
from fielddoc.records import schema
from fielddoc.records.canonical import HASH_VERSIONS, encoder, revision_hash
from fielddoc.records.schema_checks import ID_RE

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


OPS = frozenset({"create", "update", "delete", "import", "resolve"})
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
