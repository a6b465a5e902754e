"""The bundle format: constants, limits, preamble, frames, manifests and record entries.

Pure functions, no I/O and no database: the writer (:mod:`fielddoc.bundle.writer`)
and reader (:mod:`fielddoc.bundle.reader`) build on them. The format is
specified in docs/bundle-format.md; keep both in step.

One module per part of the format, all re-exported here (callers write ``fmt.parse_entry``):

- :mod:`.framing`: magic, kinds, limits, the signed preamble, frame headers, the manifest hash;
- :mod:`.strict_json`: the strict JSON every manifest and entry is read with;
- :mod:`.checks`: the small field checkers manifests and entries share;
- :mod:`.manifests`: export and receipt manifests;
- :mod:`.entries`: record entries. :func:`parse_entry` analyses each record with ONE walk of the
  record schema (:func:`fielddoc.records.schema.analyse`: problems, references, full text and
  list columns); HQ import speed depends on it;
- :mod:`.markings`: TLP levels, export ceilings and redaction.
"""

from __future__ import annotations

from fielddoc.bundle.format.checks import _DEVICE, _FPR, _ISO, _UUID, _bad, _hex64, _int, _keys, _text, _want
from fielddoc.bundle.format.entries import (
    OPS,
    Entry,
    analyse,
    check_file_names,
    entry_json,
    parse_entry,
    problem_text,
)
from fielddoc.bundle.format.framing import (
    CONTEXTS,
    F_END,
    F_FILE,
    F_RECORD,
    FORMAT_NAME,
    FRAME,
    FRAME_SIZE,
    KIND_BRIEFING,
    KIND_EXPORT,
    KIND_NAMES,
    KIND_RECEIPT,
    MAGIC,
    MAX_ABANDONED,
    MAX_FILE_NAME_BYTES,
    MAX_FILE_SIZE,
    MAX_FILES,
    MAX_MANIFEST_BYTES,
    MAX_META_BYTES,
    MAX_RECEIPT_BUNDLES,
    MAX_RECIPIENTS,
    MAX_RECORD_FRAME,
    MAX_REVISIONS,
    PREAMBLE,
    PREAMBLE_SIZE,
    VERSION,
    Preamble,
    bundle_hash,
    canonical_bytes,
    decode_preamble,
    encode_preamble,
    frame_header,
    sign_manifest,
    sign_message,
    verify_manifest_signature,
)
from fielddoc.bundle.format.manifests import (
    ExportManifest,
    FileEntry,
    ReceiptEntry,
    ReceiptManifest,
    _common,
    parse_export_manifest,
    parse_receipt_manifest,
)
from fielddoc.bundle.format.markings import (
    CONFIDENTIALITY_LEVEL,
    DEFAULT_CEILING,
    EXPORTABLE_CEILINGS,
    REDACTED_FIELDS,
    TLP_LEVELS,
    exportable,
    level_of,
    redact,
)
from fielddoc.bundle.format.strict_json import parse_json

__all__ = [
    "CONFIDENTIALITY_LEVEL",
    "CONTEXTS",
    "DEFAULT_CEILING",
    "EXPORTABLE_CEILINGS",
    "Entry",
    "ExportManifest",
    "FORMAT_NAME",
    "FRAME",
    "FRAME_SIZE",
    "F_END",
    "F_FILE",
    "F_RECORD",
    "FileEntry",
    "KIND_BRIEFING",
    "KIND_EXPORT",
    "KIND_NAMES",
    "KIND_RECEIPT",
    "MAGIC",
    "MAX_ABANDONED",
    "MAX_FILES",
    "MAX_FILE_NAME_BYTES",
    "MAX_FILE_SIZE",
    "MAX_MANIFEST_BYTES",
    "MAX_META_BYTES",
    "MAX_RECEIPT_BUNDLES",
    "MAX_RECIPIENTS",
    "MAX_RECORD_FRAME",
    "MAX_REVISIONS",
    "OPS",
    "PREAMBLE",
    "PREAMBLE_SIZE",
    "Preamble",
    "REDACTED_FIELDS",
    "ReceiptEntry",
    "ReceiptManifest",
    "TLP_LEVELS",
    "VERSION",
    "_DEVICE",
    "_FPR",
    "_ISO",
    "_UUID",
    "_bad",
    "_common",
    "_hex64",
    "_int",
    "_keys",
    "_text",
    "_want",
    "analyse",
    "bundle_hash",
    "canonical_bytes",
    "check_file_names",
    "decode_preamble",
    "encode_preamble",
    "entry_json",
    "exportable",
    "frame_header",
    "level_of",
    "parse_entry",
    "parse_export_manifest",
    "parse_json",
    "parse_receipt_manifest",
    "problem_text",
    "redact",
    "sign_manifest",
    "sign_message",
    "verify_manifest_signature",
]
