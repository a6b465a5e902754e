"""Errors of the evidence package writer (translated in core_ru.json / core_kk.json)."""

from __future__ import annotations

from fielddoc.errors import FieldDocError


class EvidenceError(FieldDocError):
    msgid = "The evidence package could not be written; nothing was changed."


class EvidenceFolderExists(EvidenceError):
    msgid = "{path} already exists and is not an empty folder; nothing was written. Choose a new folder."


class EvidenceFolderParentMissing(EvidenceError):
    msgid = "The folder {path} does not exist; nothing was written."


class NoRecordsChosen(EvidenceError):
    msgid = "Name at least one record for the evidence package."


class EvidenceNotConfirmed(EvidenceError):
    msgid = "Not confirmed: the evidence package was not written."
