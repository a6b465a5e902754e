"""One exception hierarchy for everything a user can cause.

Every error carries a message id (``msgid``, an English template with
``{named}`` placeholders) and its parameters, so the CLI and the GUI can show
it in the user's language (see :mod:`fielddoc.i18n`). Parameters must never
contain record text or key material: they name ids, fields, files and counts.
"""

from __future__ import annotations

from typing import Any

from fielddoc.textsafe import escape_controls


class FieldDocError(Exception):
    """Base class: a problem the user can understand and act on."""

    msgid: str = "Something went wrong."

    def __init__(self, msgid: str | None = None, **params: Any) -> None:
        if msgid is not None:
            self.msgid = msgid
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Any = None) -> str:
        template = translate(self.msgid) if translate else self.msgid
        # A parameter can be outside text (a file name): its control characters are shown escaped.
        params = {k: escape_controls(v) if isinstance(v, str) else v for k, v in self.params.items()}
        try:
            return str(template).format(**params)
        except (KeyError, IndexError, ValueError):
            return str(self.msgid)


# --- vault -----------------------------------------------------------------
class VaultError(FieldDocError):
    msgid = "The vault could not be opened."


class VaultNotFound(VaultError):
    msgid = "No vault was found in {path}. Create one with 'fielddoc init'."


class VaultExists(VaultError):
    msgid = "A vault already exists in {path}; nothing was changed."


class WrongPassphrase(VaultError):
    msgid = "Wrong passphrase. Nothing was changed; try again."


class HeaderCorrupt(VaultError):
    msgid = (
        "The vault header {path} is damaged or has been tampered with. "
        "Restore it from a backup; do not type your passphrase into a copy you do not trust."
    )


class HeaderTampered(VaultError):
    msgid = (
        "The vault header {path} differs from the last one that unlocked on this computer and "
        "does not accept this passphrase: it has probably been tampered with (or replaced by an "
        "old copy). This attempt was not counted as a wrong passphrase. Restore the header from "
        "a copy you trust; if you restored an old copy on purpose, type the passphrase it had."
    )


class KdfParameterRange(FieldDocError):
    msgid = "Argon2id parameters out of range (got {value}; allowed {low} to {high}). Nothing was changed."


class UnsupportedVersion(VaultError):
    msgid = (
        "This vault was made by a newer FieldDoc (format {major}.{minor}). "
        "Install the newer version to open it."
    )


class DatabaseCorrupt(VaultError):
    msgid = "The vault database failed its integrity check: {detail}. Restore it from a backup."


class VaultWiped(VaultError):
    msgid = (
        "The vault's key was erased after {count} failed unlock attempts, as configured. "
        "Its data can no longer be decrypted."
    )


class VaultReadOnly(VaultError):
    msgid = (
        "The vault at {path} is on a read-only disk or folder (for example an NTFS stick on a Mac, "
        "or a write-protected card). It is not damaged. Copy the vault folder to a writable place to "
        "work in it, or open it read-only to look without changing anything."
    )


class Locked(VaultError):
    msgid = "The vault is locked. Unlock it to continue."


class RekeyUnsupported(VaultError):
    msgid = (
        "This HQ keeps its records in PostgreSQL, where the attachment keys cannot change "
        "together with the vault, so it cannot be re-keyed. Nothing was changed."
    )


class VaultChanged(VaultError):
    msgid = (
        "The vault is in use by another FieldDoc window or program. Close it there and try "
        "again. Nothing was changed."
    )


class WeakPassphrase(FieldDocError):
    msgid = (
        "The passphrase is too short: use at least 12 characters or 5 words. "
        "Whoever takes this laptop can try billions of guesses offline; only length stops them."
    )


class PassphraseMismatch(FieldDocError):
    msgid = "The two passphrases differ. Nothing was changed; type them again."


# --- records ---------------------------------------------------------------
class ValidationError(FieldDocError):
    """One or more problems with input; ``problems`` lists them all."""

    msgid = "Record {record_id}, field {field}: {problem}"

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0] if problems else Problem("-", "-", "invalid input")
        super().__init__(None, record_id=first.record_id, field=first.field, problem=first.problem)

    def render(self, translate: Any = None) -> str:
        lines = [p.render(translate) for p in self.problems[:50]]
        if len(self.problems) > 50:
            lines.append(f"... and {len(self.problems) - 50} more")
        return "\n".join(lines)


class Problem:
    """One validation problem: which record, which field, what is wrong."""

    __slots__ = ("record_id", "field", "problem", "params")

    def __init__(self, record_id: str, field: str, problem: str, **params: Any) -> None:
        self.record_id = record_id
        self.field = field
        self.problem = problem
        self.params = params

    def render(self, translate: Any = None) -> str:
        text = translate(self.problem) if translate else self.problem
        params = {k: escape_controls(v) if isinstance(v, str) else v for k, v in self.params.items()}
        try:
            text = str(text).format(**params)
        except (KeyError, IndexError, ValueError):
            text = self.problem
        head = translate("Record {record_id}, field {field}") if translate else (
            "Record {record_id}, field {field}"
        )
        where = str(head).format(record_id=escape_controls(str(self.record_id)),
                                 field=escape_controls(str(self.field)))
        return f"{where}: {text}"

    def __repr__(self) -> str:
        return f"Problem({self.record_id!r}, {self.field!r}, {self.render()!r})"


class RecordNotFound(FieldDocError):
    msgid = "No record with id {record_id}."


# --- filters (list, search, reports) ------------------------------------------
class FilterError(FieldDocError):
    msgid = "{option} '{value}' is not accepted."


class UnknownRecordType(FilterError):
    msgid = "{option} '{value}' is not a record type. Use one of: {allowed}."


class BadFilterDate(FilterError):
    msgid = (
        "{option} '{value}' is not a date. Use YYYY, YYYY-MM or YYYY-MM-DD with a real month and day, "
        "for example 2012, 2012-03 or 2012-03-28."
    )


class DateRangeReversed(FilterError):
    msgid = "The first date {date_from} is after the last date {date_to}: nothing can match. Swap them."


class UnknownConfidentiality(FilterError):
    msgid = "{option} '{value}' is not a confidentiality level. Use one of: {allowed}."


class UnknownCode(FilterError):
    msgid = "{option} '{value}' is not one of the codes it takes. Use one of: {allowed}."


class UnknownSortKey(FilterError):
    msgid = "{option} '{value}' is not something lists can be sorted by. Use one of: {allowed}."


class BadCount(FilterError):
    msgid = "{option} must be a whole number of at least {minimum}, not {value}."


class NotACase(FilterError):
    msgid = (
        "{option} '{value}' is not the id of a case here. List the cases with 'fielddoc list --type case'."
    )


class NothingToSearch(FilterError):
    msgid = "The search '{value}' holds no letters or digits to look for."


class InputFileError(FieldDocError):
    msgid = "The file {path} could not be read: {reason}"


class NotAFile(InputFileError):
    msgid = (
        "The file {path} was refused: it is not an ordinary file (a folder, a device such as "
        "/dev/zero, a named pipe or a socket). Give the path of an ordinary file."
    )


class InputTooLarge(InputFileError):
    msgid = (
        "The file {path} was refused: it is larger than {limit}, the most FieldDoc reads for this "
        "kind of file."
    )


class NumberTooLong(InputFileError):
    msgid = (
        "The file {path} was refused: record {record_id}, field {field} holds a number of more "
        "than {limit} digits. Correct the number and try again."
    )


class FileInUse(FieldDocError):
    """Windows refused to replace or open a file another program holds (a sharing violation)."""

    msgid = (
        "The file {path} is in use by another program: an antivirus, Excel, a search indexer or a "
        "viewer may have it open. Close it there or wait a moment, then try again. Nothing was changed."
    )


# --- attachments -----------------------------------------------------------
class AttachmentError(FieldDocError):
    msgid = "Attachment {attachment_id}: {reason}"


class IntegrityError(FieldDocError):
    msgid = "Integrity check failed: {detail}"


class SealedWithoutKey(FieldDocError):
    msgid = (
        "The HQ's records were sealed with HQ's data key while this session was open, or are read "
        "without it. Nothing was changed; open the HQ again."
    )


class SealedValueRefused(IntegrityError):
    msgid = (
        "A value in the HQ database ({table}.{column}, record {record}) is not sealed with HQ's data "
        "key for that place: it was written, moved or changed outside FieldDoc. It is not shown. "
        "Tell HQ's administrator, who can restore the HQ from a backup ('fielddoc hq restore')."
    )


# --- bundles ---------------------------------------------------------------
class BundleError(FieldDocError):
    msgid = "The bundle was rejected: {reason}"
