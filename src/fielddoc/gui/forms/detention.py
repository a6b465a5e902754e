"""The Detention form: apprehension, legal basis, judicial control, custody path,
access to safeguards, ill-treatment, release; the analyst's part (liberty status,
WGAD categories) on its own tab."""

from __future__ import annotations

from datetime import date
from typing import Any

from fielddoc.gui.forms.base import RecordEditor
from fielddoc.gui.widgets.fields import CheckGroup
from fielddoc.gui.widgets.repeat import Row


class DetentionEditor(RecordEditor):
    kind = "detention"
    default_aliases = {"case_id": "related_case_id"}

    def defaults(self) -> dict[str, Any]:
        return {"apprehension": {"datetime": {"value": date.today().isoformat(), "precision": "day",
                                              "is_estimate": False}}}

    def build(self) -> None:
        self._detention()
        self._custody()
        self._treatment()
        self._analysis()

    def _detention(self) -> None:
        page = self.page(self.tr("&Detention"))
        who = page.section(self.tr("Who and what"), columns=2)
        who.add("person_id", self.tr("&Detained person:"), self.pick("person"), span=2)
        who.add("related_case_id", self.tr("&Case:"), self.pick("case", create=False), span=2)
        who.add("procedure", self.tr("P&rocedure:"), self.vocab("procedure"))
        who.add("detention_type", self.tr("Detention &type:"), self.huridocs("29"))

        app = page.section(self.tr("Apprehension"), columns=2)
        app.add("apprehension.datetime", self.tr("&When:"), self.date(), span=2)
        app.add("apprehension.location_id", self.tr("W&here:"), self.pick("location"))
        app.add("apprehension.authority_id", self.tr("&Authority:"), self.pick("organisation"))
        app.add("apprehension.officers", self.tr("O&fficers:"), self.lines(self.tr("One per line")), span=2)
        app.add("apprehension.plainclothes", self.tr("Plain clothes:"), self.tri())
        app.add("apprehension.force_used", self.tr("&Force used:"), self.tri())
        app.add("apprehension.informed_of_reasons", self.tr("Told the &reasons:"), self.tri())
        app.add("apprehension.rights_explained", self.tr("Rights e&xplained:"), self.tri())
        app.add("apprehension.protocol_no", self.tr("Protocol no.:"), self.code("", 14))
        app.add("apprehension.protocol_time", self.tr("Protocol time:"), self.date(), newline=True, span=2)
        app.add("apprehension.circumstances", self.tr("C&ircumstances:"), self.area(3), span=2)

        legal = page.section(self.tr("Legal basis"), columns=2)
        legal.add("legal_basis.code", self.tr("Code:"), self.choice(self.legal_codes()))
        legal.add("legal_basis.article", self.tr("Article:"), self.code("373", 8))
        legal.add("legal_basis.part", self.tr("Part:"), self.code("", 6))
        legal.add("legal_basis.decided_by_id", self.tr("Decided by:"), self.pick("organisation", "person"))
        legal.add("legal_basis.decision_date", self.tr("Decision date:"), self.date(), span=2)
        legal.add("sentence_days", self.tr("Arrest (days):"), self.num(),
                  hint=self.tr("Administrative arrest"))

    def _custody(self) -> None:
        page = self.page(self.tr("C&ustody and access"))
        judge = page.section(self.tr("Judicial control"), columns=2)
        judge.add("first_judicial_appearance", self.tr("First before a &judge:"), self.date(), span=2)
        judge.add("hours_to_judge", self.tr("Hours to judge:"), self.num(decimals=True),
                  hint=self.tr("Over 48 hours is a concern (HRC General Comment 35)"))

        def review(row: Row) -> None:
            row.add("date", self.tr("Date:"), self.date())
            row.add("outcome", self.tr("Outcome:"), self.text(), span=2)

        judge.add("judicial_reviews", "", self.repeat(review, self.tr("Add judicial &review"), columns=3))

        def segment(row: Row) -> None:
            row.add("facility", self.tr("Facility:"), self.text())
            row.add("facility_type", self.tr("Type:"), self.vocab("facility_type"))
            row.add("location_id", self.tr("Location:"), self.pick("location"))
            row.add("whereabouts", self.tr("Whereabouts:"), self.huridocs("30"))
            row.add("from", self.tr("From:"), self.date("plain"))
            row.add("to", self.tr("To:"), self.date("plain"))
            row.add("note", self.tr("Note:"), self.text(), span=2)

        path = page.section(self.tr("Custody path"))
        path.add("custody_segments", "", self.repeat(segment, self.tr("Add place of &custody"), columns=2))

        access = page.section(self.tr("Access to safeguards"), columns=3)
        for key, label in (("lawyer", self.tr("Lawyer:")), ("family_notified", self.tr("Family notified:")),
                           ("medical_exam", self.tr("Medical exam:")), ("consular", self.tr("Consular:")),
                           ("monitors", self.tr("Monitors:"))):
            access.add(f"access.{key}.status", label, self.vocab("access_status"))
            access.add(f"access.{key}.first_at", self.tr("First:"), self.date(precisions=(
                "year", "month", "day", "hour", "minute")))
            access.add(f"access.{key}.note", self.tr("Note:"), self.text())
        access.add("access.legal_counsel", self.tr("Legal counsel:"), self.huridocs("31"), newline=True)

    def _treatment(self) -> None:
        page = self.page(self.tr("&Ill-treatment and release"))
        ill = page.section(self.tr("Ill-treatment"), columns=2)
        ill.add("ill_treatment.alleged", self.tr("&Alleged:"), self.tri())
        ill.add("ill_treatment.phase", self.tr("P&hase:"), self.text(self.tr("e.g. interrogation, transfer")))
        ill.add("ill_treatment.methods", self.tr("&Methods:"), self.huridocs_many("5"), span=2)
        ill.add("ill_treatment.perpetrator_ids", self.tr("&Perpetrators:"),
                self.picks("person", "organisation"), span=2)
        ill.add("ill_treatment.medical_evidence", self.tr("Medical evidence:"), self.text())
        ill.add("ill_treatment.statements_signed", self.tr("Statements signed:"), self.huridocs("36"))
        ill.add("ill_treatment.medical_attention", self.tr("Medical attention:"), self.huridocs("37"))
        ill.add("ill_treatment.complaint.date", self.tr("Complaint date:"), self.date(), newline=True, span=2)
        ill.add("ill_treatment.complaint.body", self.tr("Complaint to:"), self.text())
        ill.add("ill_treatment.complaint.outcome", self.tr("Complaint outcome:"), self.text())

        cond = page.section(self.tr("Conditions and discipline"))
        cond.add("conditions", self.tr("Co&nditions:"), self.area(3))

        def measure(row: Row) -> None:
            row.add("date", self.tr("Date:"), self.date())
            row.add("measure", self.tr("Measure:"), self.text(), span=2)
            row.add("note", self.tr("Note:"), self.text(), newline=True, span=3)

        cond.add("disciplinary", "", self.repeat(measure, self.tr("Add disciplinary &measure")))

        release = page.section(self.tr("Release"), columns=2)
        release.add("release.date", self.tr("Release &date:"), self.date(), span=2)
        release.add("release.type", self.tr("Release t&ype:"), self.vocab("release_type"))
        release.add("release.conditions", self.tr("Conditions:"), self.text())

    def _analysis(self) -> None:
        page = self.page(self.tr("Analyst's &assessment"))
        sec = page.section(self.tr("Analyst's assessment (set at headquarters, not by the monitor)"),
                           columns=1)
        sec.add("liberty_status", self.tr("&Liberty status:"), self.huridocs("25"))
        sec.add("wgad_assessment.categories", self.tr("&WGAD categories:"), CheckGroup("wgad_category"))
        sec.add("wgad_assessment.status", self.tr("Assessment &status:"), self.vocab("wgad_status"))
        sec.add("wgad_assessment.note", self.tr("&Reasoning:"), self.area(3))
