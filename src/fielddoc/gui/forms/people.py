"""Forms for people (individuals and groups), organisations and locations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel

from fielddoc.errors import FieldDocError
from fielddoc.gui.forms.base import RecordEditor
from fielddoc.gui.widgets.plain import shown
from fielddoc.records import query

COMMON_ZONES = [
    "Asia/Almaty", "Asia/Aqtau", "Asia/Aqtobe", "Asia/Atyrau", "Asia/Oral", "Asia/Qyzylorda",
    "Asia/Qostanay", "Asia/Bishkek", "Asia/Tashkent", "Asia/Dushanbe", "Asia/Ashgabat",
    "Europe/Moscow", "Asia/Tbilisi", "Asia/Baku", "Asia/Yerevan", "Europe/Minsk", "Europe/Kyiv", "UTC",
]


def warn_duplicates(editor: RecordEditor, section: Any) -> None:
    """Under the name: a warning when a record of this kind has another spelling of it (Aktau / Актау)."""
    note = QLabel(editor)
    note.setObjectName("duplicateWarning")
    note.setWordWrap(True)
    note.setStyleSheet("color: palette(highlight);")
    note.hide()
    section.add_widget(note)
    timer = QTimer(editor)
    timer.setSingleShot(True)
    timer.setInterval(250)
    name = editor.widget("name")

    def check() -> None:
        text = name.text().strip()
        try:
            rows = query.likely_duplicates(editor.records.store, editor.kind, text,
                                           exclude=editor.record_id) if text else []
        except FieldDocError:
            rows = []
        if rows:
            titles = ", ".join(f"“{shown(str(r['title']))}”" for r in rows)
            note.setText(QCoreApplication.translate(
                "DuplicateWarning", "Possibly already here under another spelling: {names}. "
                "Open that record instead of creating a duplicate.").format(names=titles))
        note.setVisible(bool(rows))

    timer.timeout.connect(check)
    name.textEdited.connect(lambda _t: timer.start())
    editor.duplicate_warning = note  # type: ignore[attr-defined]


class PersonEditor(RecordEditor):
    kind = "person"
    attachments_tab = True

    def defaults(self) -> dict[str, object]:
        return {"counting_unit": "individual"}

    def build(self) -> None:
        page = self.page(self.tr("&Person"))
        who = page.section(self.tr("Who"), columns=2)
        who.add("name", self.tr("&Name:"), self.text(self.tr("Full name, or a pseudonym / code")), span=2)
        warn_duplicates(self, who)
        who.add("other_names", self.tr("&Other names:"), self.lines(self.tr("One per line: spellings, "
                                                                           "Cyrillic form, maiden name…")),
                span=2)
        who.add("pseudonym", self.tr("Pse&udonym:"), self.tri(),
                hint=self.tr("Yes if the name is a code or pseudonym"))
        who.add("public_figure", self.tr("Public fi&gure:"), self.tri())
        who.add("counting_unit", self.tr("Co&unting unit:"), self.vocab("counting_unit"))
        who.add("group_size", self.tr("Group si&ze:"), self.num(),
                hint=self.tr("For a group: how many people"))
        who.add("sex", self.tr("Se&x:"), self.vocab("sex"))
        who.add("date_of_birth", self.tr("Date of &birth:"), self.date(precisions=("year", "month", "day")),
                span=2)
        who.add("occupation", self.tr("Occu&pation:"), self.text(), span=2)
        who.add("citizenship", self.tr("&Citizenship:"), self.tags(self.tr("Country codes, e.g. KZ, RU")))
        who.add("languages", self.tr("&Languages:"), self.tags(self.tr("Language tags, e.g. kk, ru")))
        who.add("deceased", self.tr("&Deceased:"), self.tri())
        who.add("date_deceased", self.tr("Date of dea&th:"), self.date(precisions=("year", "month", "day")),
                newline=True, span=2)
        contact = page.section(self.tr("Contact details"))
        contact.add("contact", self.tr("Con&tact:"), self.area(3),
                    hint=self.tr("Kept encrypted on this device and never exported by default."))


class OrganisationEditor(RecordEditor):
    kind = "organisation"

    def build(self) -> None:
        page = self.page(self.tr("&Organisation"))
        sec = page.section(self.tr("Organisation"), columns=2)
        sec.add("name", self.tr("&Name:"), self.text(), span=2)
        warn_duplicates(self, sec)
        sec.add("names_i18n.ru", self.tr("Name in &Russian:"), self.text())
        sec.add("names_i18n.kk", self.tr("Name in &Kazakh:"), self.text())
        sec.add("org_type", self.tr("&Type:"), self.vocab("org_type"))
        sec.add("court_level", self.tr("Court &level:"), self.vocab("court_level"),
                hint=self.tr("Courts only"))
        sec.add("parent_id", self.tr("&Part of:"), self.pick("organisation"), span=2)
        sec.add("location_id", self.tr("&Location:"), self.pick("location"), span=2)
        sec.add("huridocs_perpetrator_type", self.tr("&Perpetrator type:"), self.huridocs("24"),
                hint=self.tr("HURIDOCS list 24, if the organisation is a perpetrator"))


class LocationEditor(RecordEditor):
    kind = "location"

    def build(self) -> None:
        page = self.page(self.tr("&Location"))
        sec = page.section(self.tr("Place"), columns=2)
        sec.add("name", self.tr("&Name:"), self.text(), span=2)
        warn_duplicates(self, sec)
        sec.add("names_i18n.ru", self.tr("Name in &Russian:"), self.text())
        sec.add("names_i18n.kk", self.tr("Name in &Kazakh:"), self.text())
        sec.add("parent_id", self.tr("&Within:"), self.pick("location"), span=2)
        sec.add("country", self.tr("&Country:"), self.code("KZ", 6),
                hint=self.tr("ISO 3166-1 two-letter code"))
        sec.add("iso3166_2", self.tr("&Subdivision code:"), self.code("KZ-47", 10))
        sec.add("admin1", self.tr("&Region:"), self.text(), span=2)
        sec.add("location_type", self.tr("&Type of location:"), self.huridocs(),
                hint=self.tr("HURIDOCS list 17"))
        sec.add("precision", self.tr("Pre&cision:"), self.choice(
            [("building", self.tr("building")), ("site", self.tr("site")),
             ("settlement", self.tr("settlement")), ("region", self.tr("region")),
             ("approximate", self.tr("approximate"))]))
        sec.add("lat", self.tr("L&atitude:"), self.num(decimals=True, minimum=-90))
        sec.add("lon", self.tr("L&ongitude:"), self.num(decimals=True, minimum=-180))
        sec.add("tz", self.tr("&Time zone:"), self.choice(COMMON_ZONES),
                hint=self.tr("IANA name; Aktau was UTC+5 and Almaty UTC+6 in 2012"))
