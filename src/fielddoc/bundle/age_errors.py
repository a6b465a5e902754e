"""Exceptions raised by the age reader/writer (re-exported by :mod:`fielddoc.bundle.age`).

One class per failure class of the age test vectors (C2SP CCTV), so callers
and tests can tell *what* went wrong. Parameters are fixed English phrases
chosen by this code, recipient type names (bounded, printable ASCII) and
counts: never plaintext, never key material, never raw bytes from the file.
"""

from __future__ import annotations

from typing import Any

from fielddoc.errors import BundleError

#: Longest stanza type name quoted in a message (a type comes from the file).
_MAX_TYPE_CHARS = 40


class AgeError(BundleError):
    """Base class of every age decoding/encoding problem."""

    msgid = "The bundle could not be decrypted: {detail}"


class AgeArmorError(AgeError):
    msgid = (
        "The bundle's text armor is malformed ({detail}). The file was altered or damaged "
        "in transit; ask the sender for a new copy, preferably as a binary file."
    )


class AgeHeaderError(AgeError):
    msgid = (
        "The bundle's header is malformed: {detail}. The file is damaged, is not an age "
        "file, or was not made by FieldDoc; ask the sender to export it again."
    )


class AgeHeaderMacError(AgeError):
    msgid = (
        "The bundle's header failed its integrity check: it was altered after it was "
        "encrypted. Do not trust this file; ask the sender to export it again."
    )


class AgePayloadError(AgeError):
    msgid = (
        "The bundle's contents are corrupted or truncated: {detail}. Nothing read from it "
        "can be trusted; discard it and ask the sender for a new copy."
    )


class AgeNoMatch(AgeError):
    msgid = (
        "This bundle is not encrypted to this HQ's key. Check that the right HQ key is "
        "loaded, or ask the sender which HQ key they encrypted it to."
    )


class AgeUnsupportedRecipient(AgeError):
    msgid = (
        "This bundle uses the unsupported recipient type {type}: FieldDoc only uses X25519 "
        "keys. Ask the sender to export it again with FieldDoc to this HQ's key."
    )

    def __init__(self, msgid: str | None = None, **params: Any) -> None:
        kind = str(params.get("type", "?"))
        if len(kind) > _MAX_TYPE_CHARS:
            kind = kind[:_MAX_TYPE_CHARS] + "..."
        params["type"] = kind
        super().__init__(msgid, **params)


class AgeKeyError(AgeError):
    """An identity ("AGE-SECRET-KEY-1...") or recipient ("age1...") string is invalid."""

    msgid = "The {kind} is not a valid age X25519 key: {detail}. Check that it was copied whole."


__all__ = [
    "AgeArmorError",
    "AgeError",
    "AgeHeaderError",
    "AgeHeaderMacError",
    "AgeKeyError",
    "AgeNoMatch",
    "AgePayloadError",
    "AgeUnsupportedRecipient",
]
