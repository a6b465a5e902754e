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


class RevokedEnrolment(BundleFailure):
    code = "revoked_device"
    msgid = (
        "Device {device} was revoked on {revoked_at}; it cannot be enrolled again with the same key, "
        "which may be in someone else's hands. Nothing was changed. The monitor makes a new key with "
        "'fielddoc device rotate', then writes a new enrolment file for you to enrol."
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


class ChainFork(ReplayError):
    """A bundle whose ``previous`` contradicts the bundle HQ holds for the sequence before it."""

    msgid = (
        "Bundle {sequence} of device {device} forks the device's chain: HQ holds bundle "
        "{held_sequence} with hash {held}, but this bundle names {claimed} as its previous bundle. "
        "Nothing was imported. The device's vault was copied or restored from a backup, or the file "
        "was forged: ask the monitor to check their device before exporting again."
    )


class ChainForkAbandoned(ReplayError):
    """A bundle that calls a sequence abandoned which HQ holds."""

    msgid = (
        "Bundle {sequence} of device {device} forks the device's chain: HQ holds bundle "
        "{held_sequence} with hash {held}, but this bundle (hash {claimed}) says that bundle "
        "{held_sequence} was abandoned. Nothing was imported. The device's vault was copied or restored "
        "from a backup, or the file was forged: ask the monitor to check their device before exporting again."
    )


class ChainForkLater(ReplayError):
    """A bundle whose sequence a later bundle HQ holds calls abandoned."""

    msgid = (
        "Bundle {sequence} of device {device} forks the device's chain: HQ holds bundle "
        "{held_sequence} with hash {held}, which says that bundle {sequence} was abandoned, but here it "
        "is (hash {claimed}). Nothing was imported. The device's vault was copied or restored from a "
        "backup, or the file was forged: ask the monitor to check their device before exporting again."
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


class WrongKindOfFile(BundleFailure):
    """A FieldDoc file of another kind handed to HQ's import: skipped, with what to do with it."""

    code = "wrong_kind"
    msgid = "{path} is a FieldDoc file of another kind, not a bundle. Skipped."


class ReceiptNotBundle(WrongKindOfFile):
    msgid = (
        "{path} is an HQ receipt for device {device}, not a bundle; it is imported on the device with "
        "'fielddoc receipt import'. Skipped."
    )


class CardNotBundle(WrongKindOfFile):
    msgid = (
        "{path} is an HQ recipient card, not a bundle; a monitor adds it on the device with "
        "'fielddoc recipients add'. Skipped."
    )


class EnrolmentNotBundle(WrongKindOfFile):
    msgid = (
        "{path} is a device's enrolment file, not a bundle; HQ registers it with "
        "'fielddoc hq devices enrol'. Skipped."
    )


class RotationNotBundle(WrongKindOfFile):
    msgid = (
        "{path} is a device's key rotation statement, not a bundle; HQ accepts it with "
        "'fielddoc hq devices rotate' (or 'fielddoc hq import', which applies statements first). Skipped."
    )


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


class HQDatabaseUnavailable(BundleFailure):
    code = "hq_database"
    msgid = (
        "HQ's records database {where} cannot be used ({reason}). Nothing was changed. Check the "
        "address, that the server is running, and the password (from PGPASSWORD, ~/.pgpass or "
        "--db-url-file)."
    )


class PasswordOnCommandLine(BundleFailure):
    code = "password_in_argv"
    msgid = (
        "The database address given with --db-url contains a password, which other users of this "
        "computer can read in the process list. Nothing was done. Leave the password out of the "
        "address and give it in PGPASSWORD or ~/.pgpass, or write the whole address to a file only you "
        "can read and use --db-url-file FILE."
    )


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


class CardNameUnsafe(CardInvalid):
    code = "unsafe_name"
    msgid = (
        "The recipient card {path} was refused: its name contains {char}, a control character or "
        "markup that could change what FieldDoc shows around it. Nothing was changed. Ask HQ for a "
        "card whose name is plain text."
    )


class EnrolmentLabelUnsafe(EnrolmentInvalid):
    code = "unsafe_name"
    msgid = (
        "The enrolment file {path} was refused: its label contains {char}, a control character or "
        "markup that could change what FieldDoc shows around it. Nothing was changed. Ask the monitor "
        "to write it again with a plain label, or with none."
    )


class LabelUnsafe(BundleFailure):
    code = "unsafe_name"
    msgid = (
        "The name or label contains {char}, a control character or markup that could change what "
        "FieldDoc shows around it. Nothing was changed. Type it without that character."
    )


class RotationInvalid(BundleFailure):
    code = "rotation_invalid"
    msgid = (
        "The key rotation statement {path} is not valid ({detail}). Nothing was changed. Ask the monitor "
        "to write it again with 'fielddoc device rotation --out FILE'."
    )


class RotationRefused(BundleFailure):
    code = "rotation_refused"
    msgid = "HQ cannot accept the key rotation of device {device} ({detail}). Nothing was changed."


class CardRotationUnsigned(BundleFailure):
    code = "card_rotation_unsigned"
    msgid = (
        "The new card {fingerprint} has another signing key than the card it replaces and is not signed "
        "by that card's key, so it cannot replace it. Nothing was changed. Ask HQ for a card made with "
        "'fielddoc hq card --rotate-signing', or remove the old card and add this one as a new HQ after "
        "comparing its fingerprint."
    )


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


class BriefingRejected(BundleFailure):
    """A briefing file the device refuses before merging anything (docs/spec/briefing.md §4)."""

    code = "briefing_rejected"
    msgid = "The briefing was rejected ({detail}). Nothing was changed."


class BriefingReplay(ReplayError):
    """A briefing whose number this device has already imported, under another hash."""

    msgid = (
        "Briefing {sequence} from HQ was already used by another briefing imported here (the last "
        "imported is number {last}): this file is a replayed copy, or HQ's data was restored from a "
        "backup. Nothing was changed. Ask HQ for a new briefing."
    )


class BriefingFork(ReplayError):
    """A briefing whose previous-briefing hash is not the one this device imported last."""

    msgid = (
        "Briefing {sequence} from HQ does not follow briefing {last} imported here: it names {claimed} "
        "as the briefing before it, but this device holds {held}. HQ's chain of briefings forked "
        "(HQ's data was copied or restored from a backup, or the file was forged). Nothing was changed. "
        "Ask HQ."
    )


class BriefingNoMonitor(BundleFailure):
    code = "briefing_no_monitor"
    msgid = (
        "HQ does not know which monitor uses device {device}: give --monitor with the monitor's person "
        "record id once (HQ remembers it)."
    )


class BriefingUnknownMonitor(BundleFailure):
    code = "briefing_no_monitor"
    msgid = "HQ has no person record {monitor}: give the id of the monitor's person record."


class BriefingNoKey(BundleFailure):
    code = "no_reply_key"
    msgid = (
        "HQ has no key to encrypt a briefing to device {device}: enrol it from its enrolment file, "
        "or import one of its bundles, first."
    )


class BriefingRevokedDevice(BundleFailure):
    code = "revoked_device"
    msgid = "Device {device} is revoked: HQ writes no briefing for it."


class BriefingVocabularyInvalid(BundleFailure):
    code = "vocabulary_invalid"
    msgid = (
        "The vocabulary file {path} cannot be sent in a briefing: {where} {problem}. Nothing was written; "
        "correct the file (docs/spec/briefing.md §3.1) and try again."
    )


__all__ = [
    "BriefingFork",
    "BriefingNoKey",
    "BriefingNoMonitor",
    "BriefingRejected",
    "BriefingReplay",
    "BriefingRevokedDevice",
    "BriefingUnknownMonitor",
    "BriefingVocabularyInvalid",
    "AlreadyAnHQ",
    "CardNotBundle",
    "CardRotationUnsigned",
    "EnrolmentNotBundle",
    "ReceiptNotBundle",
    "WrongKindOfFile",
    "BundleCorrupt",
    "BundleFailure",
    "CardInvalid",
    "CardNameUnsafe",
    "ChainFork",
    "ChainForkAbandoned",
    "ChainForkLater",
    "ContentMismatch",
    "EnrolmentInvalid",
    "EnrolmentLabelUnsafe",
    "FingerprintMismatch",
    "LabelUnsafe",
    "HQDatabaseUnavailable",
    "MalformedContent",
    "NoConflict",
    "NoRecipients",
    "NotABundle",
    "NotAHead",
    "NotAnHQ",
    "NotConfirmed",
    "NotForThisHQ",
    "PasswordOnCommandLine",
    "ReceiptRejected",
    "ReplayError",
    "RevokedDevice",
    "RevokedEnrolment",
    "RotationInvalid",
    "RotationNotBundle",
    "RotationRefused",
    "SignatureInvalid",
    "UnknownDevice",
    "UnknownDeviceId",
    "UnknownRecipient",
    "UnsupportedEncryption",
    "WrongRecipient",
]
