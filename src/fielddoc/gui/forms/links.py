"""Forms for the links between records: Involvement, Relation, Intervention."""

from __future__ import annotations

from fielddoc.gui.forms.base import RecordEditor
from fielddoc.records import vocab


class InvolvementEditor(RecordEditor):
    kind = "involvement"
    attachments_tab = False
    default_aliases = {"case_id": "object_id"}

    def build(self) -> None:
        page = self.page(self.tr("&Involvement"))
        sec = page.section(self.tr("Who, in what role, in what"), columns=1)
        sec.add("subject_id", self.tr("&Who:"), self.pick("person", "organisation"))
        sec.add("role", self.tr("&Role:"), self.vocab("involvement_role"))
        sec.add("object_id", self.tr("&In:"), self.pick(create=False),
                hint=self.tr("The case, hearing, incident, detention or organisation"))
        sec.add("for_ids", self.tr("&For:"), self.picks(create=False),
                hint=self.tr("e.g. the clients of a defence counsel"))
        sec.add("from", self.tr("F&rom:"), self.date(precisions=("year", "month", "day")))
        sec.add("to", self.tr("&To:"), self.date(precisions=("year", "month", "day")))
        perp = page.section(self.tr("Perpetrators (HURIDOCS)"), columns=1)
        perp.add("degree_of_involvement", self.tr("&Degree of involvement:"), self.huridocs("18"))
        perp.add("perpetrator_type", self.tr("Perpetrator &type:"), self.huridocs("24"))
        perp.add("perpetrator_status", self.tr("Later &status:"), self.huridocs(),
                 hint=self.tr("HURIDOCS list 26"))


class RelationEditor(RecordEditor):
    kind = "relation"
    attachments_tab = False

    def build(self) -> None:
        page = self.page(self.tr("&Relation"))
        sec = page.section(self.tr("Relation"), columns=1)
        sec.add("from_id", self.tr("&From:"), self.pick(create=False))
        types = [(code, vocab.label("relation_type", code, self.lang))
                 for code in vocab.VOCABS["relation_type"]]
        sec.add("type", self.tr("&Type:"), self.choice(types),
                hint=self.tr("An application type, or a HURIDOCS list 22 code (12 digits)"))
        sec.add("to_id", self.tr("&To:"), self.pick(create=False))
        sec.add("label", self.tr("&Label:"), self.text(self.tr("e.g. causes, precedes")))


class InterventionEditor(RecordEditor):
    kind = "intervention"
    attachments_tab = True

    def build(self) -> None:
        page = self.page(self.tr("&Intervention"))
        sec = page.section(self.tr("Intervention"), columns=2)
        sec.add("title", self.tr("&Title:"), self.text(), span=2)
        sec.add("intervening_party_id", self.tr("&By:"), self.pick("person", "organisation"), span=2)
        sec.add("object_id", self.tr("&About:"), self.pick(create=False), span=2)
        sec.add("date", self.tr("&Date:"), self.date(precisions=("year", "month", "day")), span=2)
        sec.add("parties_requested", self.tr("&Addressed to:"), self.text(), span=2)
        sec.add("type", self.tr("T&ype:"), self.huridocs(), hint=self.tr("HURIDOCS list 20"))
        sec.add("response", self.tr("&Response:"), self.huridocs(), hint=self.tr("HURIDOCS list 27"))
        sec.add("impact", self.tr("I&mpact:"), self.huridocs(), hint=self.tr("HURIDOCS list 44"))
        sec.add("status", self.tr("&Status:"), self.huridocs(), hint=self.tr("HURIDOCS list 45"))
        sec.add("priority", self.tr("&Priority:"), self.huridocs(), hint=self.tr("HURIDOCS list 46"))
        sec.add("description", self.tr("D&escription:"), self.area(4), span=2)
