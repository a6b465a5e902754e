"""Markings: a record's TLP level, whether it may leave under an export ceiling, and the fields
that never leave the device (docs/bundle-format.md, docs/spec/hashes.md §3)."""

from __future__ import annotations

from typing import Any

from fielddoc.records import schema

TLP_LEVELS = ("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED")
EXPORTABLE_CEILINGS = TLP_LEVELS[:-1]
DEFAULT_CEILING = "AMBER+STRICT"
CONFIDENTIALITY_LEVEL = {"public": 0, "partners": 1, "organisation": 2, "restricted": 3, "device_only": 4}
REDACTED_FIELDS = ("contact",)


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
