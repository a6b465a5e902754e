"""Names of the record kinds, for titles and pickers (translated with Qt)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KIND_NAMES = {
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

NEW_KIND = {
    "person": QT_TRANSLATE_NOOP("Kinds", "New person"),
    "organisation": QT_TRANSLATE_NOOP("Kinds", "New organisation"),
    "location": QT_TRANSLATE_NOOP("Kinds", "New location"),
    "source": QT_TRANSLATE_NOOP("Kinds", "New source"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("Kinds", KIND_NAMES.get(kind, kind))


def new_kind_name(kind: str) -> str:
    return QCoreApplication.translate("Kinds", NEW_KIND.get(kind, kind))
