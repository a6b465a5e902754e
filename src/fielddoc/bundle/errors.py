"""Errors of the bundle layer: one class per failure, each with a short ``code``.

Messages say what happened and what to do. Parameters are ids, counts,
sequence numbers, fingerprints and fixed phrases chosen by this code: never
record text, never key material. The ``code`` names the failure class in the
test vectors (``expect:`` header) and in machine-readable CLI output.
"""

from __future__ import annotations

from typing import Any

from fielddoc.errors import BundleError


class BundleFailure(BundleError):
    """Base class of every bundle failure raised by FieldDoc's bundle layer."""

    code = "error"


class NotForThisHQ(BundleFailure):
    code = "not_for_us"
    msgid = (
        "This bundle is not encrypted to this HQ's key (no matching key). Nothing was imported. "
        "Check that you opened the right HQ vault, or ask the sender which recipient card they used."
    )


class UnsupportedEncryption(BundleFailure):
    code = "unsupported"
    msgid = (
        "This file is encrypted with {kind}, which FieldDoc bundles never use. Nothing was imported. "
        "Ask the sender to export it again with FieldDoc."
    )


class BundleCorrupt(BundleFailure):
    code = "corrupt"
    msgid = (
        "The bundle is corrupted or truncated ({detail}). Nothing was imported. "
        "Ask the sender for a new copy of the file."
    )


class ContentMismatch(BundleFailure):
    code = "tampered"
    msgid = (
        "The bundle's content does not match its signed manifest ({detail}): it was altered after it "
        "was signed. Nothing was imported. Do not trust this file; ask the monitor to export again."
    )


class NotABundle(BundleFailure):
    code = "not_a_bundle"
    msgid = (
        "This file is not a FieldDoc bundle this version can read ({detail}). Nothing was imported. "
        "If it was made by a newer FieldDoc, update FieldDoc first."
    )


class SignatureInvalid(BundleFailure):
    code = "signature"
    msgid = (
        "The bundle's signature is invalid ({detail}): it was altered or forged. Nothing was imported. "
        "Do not trust this file; ask the monitor to export again."
    )


class UnknownDevice(BundleFailure):
    code = "unknown_device"
    msgid = (
        "The bundle comes from device {device} (fingerprint {fingerprint}), which this HQ has not "
        "enrolled. Nothing was imported. Compare the fingerprint with the monitor out of band, then "
        "enrol the device, or import again and confirm that fingerprint (on the command line: "
        '--trust-device "{fingerprint}").'
    )


class RevokedDevice(BundleFailure):
    code = "revoked_device"
    msgid = (
        "The bundle comes from device {device}, which was revoked on {revoked_at}. Nothing was "
        "imported. If the revocation was a mistake, enrol the device again."
    )


class WrongRecipient(BundleFailure):
    code = "wrong_recipient"
    msgid = (
        "The bundle's signed manifest does not name this HQ as a recipient: it was addressed to "
        "someone else and re-encrypted (forwarded). Nothing was imported. Ask the monitor to export "
        "to this HQ's recipient card."
    )


class ReplayError(BundleFailure):
    code = "replay"
    msgid = (
        "Bundle {sequence} of device {device} conflicts with what HQ already has ({detail}): it is a "
        "replayed or forked copy, or the device's vault was restored from a backup. Nothing was "
        "imported. Ask the monitor to check their device and export again."
    )


class MalformedContent(BundleFailure):
    code = "malformed"
    msgid = (
        "The bundle's content is malformed: record {record_id}, field {field}: {problem}. Nothing was "
        "imported. Ask the monitor to check that record and export again."
    )

    def __init__(self, msgid: str | None = None, **params: Any) -> None:
        for key in ("record_id", "field"):
            value = str(params.get(key, "-"))
            params[key] = value if len(value) <= 140 else value[:137] + "..."
        params.setdefault("problem", "invalid")
        super().__init__(msgid, **params)


class NotUnicode(MalformedContent):
    msgid = (
        "The bundle's content is malformed: record {record_id}, field {field} holds text that is not "
        "valid Unicode (a lone UTF-16 surrogate, which FieldDoc never writes). Nothing was imported."
    )


class NotAnHQ(BundleFailure):
    code = "not_hq"
    msgid = "The vault in {path} is not an HQ vault. Create one with 'fielddoc hq init'."


class AlreadyAnHQ(BundleFailure):
    code = "already_hq"
    msgid = "The vault in {path} already holds an HQ identity; nothing was changed."


class NoRecipients(BundleFailure):
    code = "no_recipients"
    msgid = (
        "This vault has no HQ recipient card yet, so it cannot export. Add the card HQ gave you with "
        "'fielddoc recipients add CARD' and compare its fingerprint with HQ."
    )


class CardInvalid(BundleFailure):
    code = "card_invalid"
    msgid = "The recipient card {path} is not valid ({detail}). Ask HQ for a new copy."


class EnrolmentInvalid(BundleFailure):
    code = "enrolment_invalid"
    msgid = "The enrolment file {path} is not valid ({detail}). Ask the monitor to write it again."


class FingerprintMismatch(BundleFailure):
    code = "fingerprint_mismatch"
    msgid = (
        "The fingerprint you gave does not match the key's fingerprint {fingerprint}. Nothing was "
        "changed. Compare again with the other side, over a channel you trust."
    )


class NotConfirmed(BundleFailure):
    code = "not_confirmed"
    msgid = "Not confirmed; nothing was changed."


class ReceiptRejected(BundleFailure):
    code = "receipt_rejected"
    msgid = "The receipt was rejected ({detail}). Nothing was marked as delivered."


class UnknownRecipient(BundleFailure):
    code = "unknown_recipient"
    msgid = "No recipient card with fingerprint {fingerprint} is stored here."


class UnknownDeviceId(BundleFailure):
    code = "unknown_device_id"
    msgid = "No enrolled device {device}. See 'fielddoc hq devices list'."


class NoConflict(BundleFailure):
    code = "no_conflict"
    msgid = "Record {record_id} has no conflict to resolve."


class NotAHead(BundleFailure):
    code = "not_a_head"
    msgid = "Revision {hash} is not one of the conflicting versions of record {record_id}."


__all__ = [
    "AlreadyAnHQ",
    "BundleCorrupt",
    "BundleFailure",
    "CardInvalid",
    "ContentMismatch",
    "EnrolmentInvalid",
    "FingerprintMismatch",
    "MalformedContent",
    "NoConflict",
    "NoRecipients",
    "NotABundle",
    "NotAHead",
    "NotAnHQ",
    "NotConfirmed",
    "NotForThisHQ",
    "ReceiptRejected",
    "ReplayError",
    "RevokedDevice",
    "SignatureInvalid",
    "UnknownDevice",
    "UnknownDeviceId",
    "UnknownRecipient",
    "UnsupportedEncryption",
    "WrongRecipient",
]
