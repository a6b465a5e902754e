"""The Incident form (HURIDOCS Event) with its Acts and casualty figures."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel

from fielddoc.gui.forms.base import RecordEditor
from fielddoc.gui.widgets.repeat import Row


class IncidentEditor(RecordEditor):
    kind = "incident"

    def defaults(self) -> dict[str, Any]:
        return {"start": {"value": date.today().isoformat(), "precision": "day", "is_estimate": False}}

    def build(self) -> None:
        page = self.page(self.tr("&Incident"))
        sec = page.section(self.tr("Incident"), columns=2)
        sec.add("title", self.tr("&Title:"), self.text(), span=2)
        sec.add("incident_type", self.tr("T&ype:"), self.vocab("incident_type"))
        sec.add("location_id", self.tr("&Where:"), self.pick("location"))
        sec.add("start", self.tr("&Start:"), self.date(), span=2)
        sec.add("end", self.tr("&End:"), self.date(), span=2)
        sec.add("description", self.tr("&Description:"), self.area(5), span=2)
        sec.add("impact", self.tr("I&mpact:"), self.text(), span=2)
        sec.add("context_tags", self.tr("Conte&xt tags:"), self.tags(self.tr("e.g. zhanaozen-strike-2011")),
                span=2)
        sec.add("attachment_ids", self.tr("Linked &attachments:"), self.picks("attachment", create=False),
                span=2)

        coding = page.section(self.tr("HURIDOCS coding"), columns=2)
        coding.add("rights_affected", self.tr("&Rights affected:"),
                   self.huridocs_many("3"), span=2)
        coding.add("violation_status", self.tr("&Violation status:"), self.huridocs("41"))
        coding.add("monitoring_status", self.tr("M&onitoring status:"), self.huridocs("43"))

        cas = page.section(self.tr("Casualties"), columns=4)
        for key, label in (("killed", self.tr("Killed")), ("injured", self.tr("Injured")),
                           ("detained", self.tr("Detained"))):
            head = QLabel(f"<b>{label}</b>")
            cas.add_widget(head)
            cas.add(f"casualties.{key}.official", self.tr("Official:"), self.num())
            cas.add(f"casualties.{key}.min", self.tr("Min:"), self.num())
            cas.add(f"casualties.{key}.max", self.tr("Max:"), self.num())
            cas.add(f"casualties.{key}.approx", self.tr("About:"), self.num())
            cas.add(f"casualties.{key}.disputed", self.tr("Disputed:"), self.tri())
            cas.add(f"casualties.{key}.note", self.tr("Note:"), self.text(), span=3)

        acts = self.page(self.tr("A&cts"))

        def perpetrator(row: Row) -> None:
            row.add("description", self.tr("Description:"), self.text(), span=2)
            row.add("degree_of_involvement", self.tr("Involvement:"), self.huridocs("18"))
            row.add("huridocs_perpetrator_type", self.tr("Type:"), self.huridocs("24"))

        def act(row: Row) -> None:
            row.add("victim_id", self.tr("Victim:"), self.pick("person", "organisation"), span=2)
            row.add("type_of_act", self.tr("Act:"), self.huridocs("4"))
            row.add("attempted", self.tr("Attempted:"), self.tri())
            row.add("methods_of_violence", self.tr("Methods:"), self.huridocs_many("5"))
            row.add("attribution", self.tr("Attribution:"), self.huridocs("28"))
            row.add("start", self.tr("Start:"), self.date(), span=2, newline=True)
            row.add("end", self.tr("End:"), self.date(), span=2, newline=True)
            row.add("location_id", self.tr("Location:"), self.pick("location"), newline=True)
            row.add("exact_location", self.tr("Exact place:"), self.text(), span=2)
            row.add("perpetrator_ids", self.tr("Perpetrators:"), self.picks("person", "organisation"), span=2)
            row.add("degree_of_involvement", self.tr("Involvement:"), self.huridocs("18"))
            row.add("stated_reason", self.tr("Stated reason:"), self.text(), span=3, newline=True)
            row.add("physical_consequences", self.tr("Physical harm:"), self.text(), span=2, newline=True)
            row.add("status_at_end", self.tr("Status at end:"), self.huridocs("25"))
            row.add("psychological_consequences", self.tr("Psychological harm:"), self.text(), span=3,
                    newline=True)
            row.add("note", self.tr("Note:"), self.text(), span=3, newline=True)
            row.add("perpetrators", self.tr("Unidentified:"),
                    self.repeat(perpetrator, self.tr("Add unidentified perpetrator"), columns=2), span=3,
                    newline=True)

        sec = acts.section(self.tr("Acts (who did what to whom)"))
        sec.add("acts", "", self.repeat(act, self.tr("Add &act")))
        sec = acts.section(self.tr("Unidentified perpetrators of the incident"))
        sec.add("perpetrators", "", self.repeat(perpetrator, self.tr("Add &perpetrator"), columns=2))
