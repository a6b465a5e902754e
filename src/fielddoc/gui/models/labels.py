"""Names the lists show: record kinds, sections and column headers (translated with Qt)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fielddoc import i18n as core_i18n
from fielddoc.gui.models import when
from fielddoc.records import vocab

#: The lists the navigation offers, in order (None = every record type).
SECTIONS: tuple[str | None, ...] = (
    "case", "hearing", "incident", "detention", "person", "organisation", "location", "source",
    "attachment", None,
)

PLURAL = {
    "case": QT_TRANSLATE_NOOP("Kinds", "Cases"),
    "hearing": QT_TRANSLATE_NOOP("Kinds", "Hearings"),
    "incident": QT_TRANSLATE_NOOP("Kinds", "Incidents"),
    "detention": QT_TRANSLATE_NOOP("Kinds", "Detentions"),
    "person": QT_TRANSLATE_NOOP("Kinds", "People"),
    "organisation": QT_TRANSLATE_NOOP("Kinds", "Organisations"),
    "location": QT_TRANSLATE_NOOP("Kinds", "Locations"),
    "source": QT_TRANSLATE_NOOP("Kinds", "Sources"),
    "attachment": QT_TRANSLATE_NOOP("Kinds", "Attachments"),
    "involvement": QT_TRANSLATE_NOOP("Kinds", "Involvements"),
    "relation": QT_TRANSLATE_NOOP("Kinds", "Relations"),
    "intervention": QT_TRANSLATE_NOOP("Kinds", "Interventions"),
    None: QT_TRANSLATE_NOOP("Kinds", "All records"),
}

SINGULAR = {
    "case": QT_TRANSLATE_NOOP("Kinds", "Case"),
    "hearing": QT_TRANSLATE_NOOP("Kinds", "Hearing"),
    "incident": QT_TRANSLATE_NOOP("Kinds", "Incident"),
    "detention": QT_TRANSLATE_NOOP("Kinds", "Detention"),
    "person": QT_TRANSLATE_NOOP("Kinds", "Person"),
    "organisation": QT_TRANSLATE_NOOP("Kinds", "Organisation"),
    "location": QT_TRANSLATE_NOOP("Kinds", "Location"),
    "source": QT_TRANSLATE_NOOP("Kinds", "Source"),
    "attachment": QT_TRANSLATE_NOOP("Kinds", "Attachment"),
    "involvement": QT_TRANSLATE_NOOP("Kinds", "Involvement"),
    "relation": QT_TRANSLATE_NOOP("Kinds", "Relation"),
    "intervention": QT_TRANSLATE_NOOP("Kinds", "Intervention"),
}

NEW = {
    "case": QT_TRANSLATE_NOOP("Kinds", "New case"),
    "hearing": QT_TRANSLATE_NOOP("Kinds", "New hearing"),
    "incident": QT_TRANSLATE_NOOP("Kinds", "New incident"),
    "detention": QT_TRANSLATE_NOOP("Kinds", "New detention"),
    "person": QT_TRANSLATE_NOOP("Kinds", "New person"),
    "organisation": QT_TRANSLATE_NOOP("Kinds", "New organisation"),
    "location": QT_TRANSLATE_NOOP("Kinds", "New location"),
    "source": QT_TRANSLATE_NOOP("Kinds", "New source"),
    "attachment": QT_TRANSLATE_NOOP("Kinds", "New attachment"),
}

HEADERS = {
    "title": QT_TRANSLATE_NOOP("Columns", "Title"),
    "name": QT_TRANSLATE_NOOP("Columns", "Name"),
    "kind": QT_TRANSLATE_NOOP("Columns", "Type"),
    "date": QT_TRANSLATE_NOOP("Columns", "Date"),
    "opened": QT_TRANSLATE_NOOP("Columns", "Opened"),
    "start": QT_TRANSLATE_NOOP("Columns", "Start"),
    "apprehended": QT_TRANSLATE_NOOP("Columns", "Apprehended"),
    "captured": QT_TRANSLATE_NOOP("Columns", "Captured"),
    "case": QT_TRANSLATE_NOOP("Columns", "Case"),
    "case_number": QT_TRANSLATE_NOOP("Columns", "Case number"),
    "case_type": QT_TRANSLATE_NOOP("Columns", "Type"),
    "stage": QT_TRANSLATE_NOOP("Columns", "Stage"),
    "hearing_type": QT_TRANSLATE_NOOP("Columns", "Type"),
    "instance": QT_TRANSLATE_NOOP("Columns", "Instance"),
    "status": QT_TRANSLATE_NOOP("Columns", "Status"),
    "concerns": QT_TRANSLATE_NOOP("Columns", "Concerns"),
    "incident_type": QT_TRANSLATE_NOOP("Columns", "Type"),
    "location": QT_TRANSLATE_NOOP("Columns", "Place"),
    "person": QT_TRANSLATE_NOOP("Columns", "Person"),
    "procedure": QT_TRANSLATE_NOOP("Columns", "Procedure"),
    "facility": QT_TRANSLATE_NOOP("Columns", "Last facility"),
    "occupation": QT_TRANSLATE_NOOP("Columns", "Occupation"),
    "org_type": QT_TRANSLATE_NOOP("Columns", "Type"),
    "country": QT_TRANSLATE_NOOP("Columns", "Country"),
    "tz": QT_TRANSLATE_NOOP("Columns", "Time zone"),
    "source_kind": QT_TRANSLATE_NOOP("Columns", "Kind"),
    "grade": QT_TRANSLATE_NOOP("Columns", "Grading"),
    "files": QT_TRANSLATE_NOOP("Columns", "Files"),
    "sha256": QT_TRANSLATE_NOOP("Columns", "SHA-256"),
    "confidentiality": QT_TRANSLATE_NOOP("Columns", "Confidentiality"),
    "updated_at": QT_TRANSLATE_NOOP("Columns", "Last change"),
    "flags": QT_TRANSLATE_NOOP("Columns", "State"),
}

FLAGS = {
    "draft": QT_TRANSLATE_NOOP("Columns", "Draft"),
    "conflict": QT_TRANSLATE_NOOP("Columns", "Conflict"),
    "deleted": QT_TRANSLATE_NOOP("Columns", "Deleted"),
}


def translated(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def plural(kind: str | None) -> str:
    return translated("Kinds", PLURAL.get(kind, str(kind)))


def singular(kind: str) -> str:
    return translated("Kinds", SINGULAR.get(kind, kind))


def new_label(kind: str) -> str:
    return translated("Kinds", NEW.get(kind, kind))


def header(key: str) -> str:
    return translated("Columns", HEADERS.get(key, key))


def flag(key: str) -> str:
    return translated("Columns", FLAGS[key])


def lang() -> str:
    return core_i18n.language()


def vocab_label(name: str, code: object) -> str:
    """A vocabulary label in the interface language ('' for no value)."""
    if code is None or code == "":
        return ""
    if isinstance(code, dict):
        code = code.get("code", "")
    return vocab.label(name, str(code), lang())


def hearing_title(date_sort: str | None, hearing_type: object, instance: object) -> str:
    """A hearing named in the interface language: "12 декабря 2011 · type · instance" ('' without
    a date, a type or an instance). The title stored with the record is built in English from
    the ISO date, which no one should have to read in a tab or a heading."""
    day = when.partial(show_date(date_sort)[:10]) if date_sort else ""
    parts = (day, vocab_label("hearing_type", hearing_type), vocab_label("instance", instance))
    return " · ".join(p for p in parts if p)


def show_date(value: str | None) -> str:
    """A sort key or ISO value for display: '2012-03-28T10:00' -> '2012-03-28 10:00'; a time
    known to the hour ('2011-10-26T14') reads '2011-10-26 14:00', not like a cut-off time."""
    if not value:
        return ""
    text = str(value).replace("T", " ")
    if len(text) == 13 and text[10] == " " and text[11:].isdigit():
        text += ":00"
    return text[:16]
