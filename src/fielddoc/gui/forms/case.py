"""The Case form: the case file, charges, procedural history and case-level checklist."""

from __future__ import annotations

from fielddoc.gui.forms.base import RecordEditor
from fielddoc.gui.widgets.checklist import AssessmentPanel, FairTrialChecklist
from fielddoc.gui.widgets.fields import CheckGroup
from fielddoc.gui.widgets.repeat import Row
from fielddoc.records import vocab_received


class CaseEditor(RecordEditor):
    kind = "case"

    def build(self) -> None:
        page = self.page(self.tr("&Case"))
        sec = page.section(self.tr("Case"), columns=2)
        sec.add("title", self.tr("&Title:"), self.text(), span=2)
        sec.add("case_type", self.tr("T&ype:"), self.vocab("case_type"))
        sec.add("stage", self.tr("&Stage:"), self.vocab("stage"))
        sec.add("official_case_number", self.tr("Case &number:"), self.text(), span=2)
        sec.add("court_id", self.tr("C&ourt:"), self.pick("organisation"), span=2)
        sec.add("venue_location_id", self.tr("&Venue:"), self.pick("location"), span=2)
        sec.add("opened", self.tr("O&pened:"), self.date(precisions=("year", "month", "day")), span=2)
        sec.add("first_instance_judgment", self.tr("First-instance &judgment:"),
                self.date(precisions=("year", "month", "day")), span=2)
        sec.add("outcome_summary", self.tr("O&utcome:"), self.area(3), span=2)

        programme = page.section(self.tr("Monitoring programme"), columns=2)
        programme.add("monitoring_status", self.tr("&Monitoring status:"), self.huridocs("43"))
        programme.add("priority", self.tr("P&riority:"), self.vocab("case_priority"))
        programme.add("tags", self.tr("T&ags:"), self.tags(
            self.tr("e.g. zhanaozen, labour"), vocab_received.tag_choices(self.records.store)), span=2)
        programme.add("selection_criteria", self.tr("W&hy it is monitored:"),
                      CheckGroup("selection_criterion"), span=2)

        def charge(row: Row) -> None:
            row.add("defendant_id", self.tr("Defendant:"), self.pick("person"), span=2)
            row.add("code", self.tr("Code:"), self.choice(self.legal_codes()))
            row.add("article", self.tr("Article:"), self.code("241", 8))
            row.add("part", self.tr("Part:"), self.code("2", 6))
            row.add("paragraph", self.tr("Paragraph:"), self.code("", 6))
            row.add("label", self.tr("Wording:"), self.text(), span=2, newline=True)
            row.add("outcome", self.tr("Outcome:"), self.text())

        charges = page.section(self.tr("Charges"))
        charges.add("charges", "", self.repeat(charge, self.tr("Add c&harge")))

        def step(row: Row) -> None:
            row.add("date", self.tr("Date:"), self.date("plain"))
            row.add("event", self.tr("Event:"), self.text(), span=2)

        history = page.section(self.tr("Procedural history"))
        history.add("procedural_history", "", self.repeat(step, self.tr("Add st&ep"), columns=3))

        check = self.page(self.tr("Fair-trial &checklist"))
        self.checklist = FairTrialChecklist(level="case")
        self.checklist.assessor = self.records.author
        csec = check.section(self.tr("Monitor's answers for the whole case"))
        csec.add("fair_trial", "", self.checklist)
        analyst = self.page(self.tr("Analyst's &assessment"))
        self.assessment = AssessmentPanel(self.checklist)
        analyst.add_widget(self.assessment)
