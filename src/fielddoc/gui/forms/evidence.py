"""Forms for Sources (HURIDOCS Information) and Attachments (Berkeley-aligned)."""

from __future__ import annotations

from datetime import date
from typing import Any

from fielddoc.gui.attachments import AttachmentViewer, ReadOnlyTable
from fielddoc.gui.forms.base import RecordEditor


class SourceEditor(RecordEditor):
    kind = "source"

    def defaults(self) -> dict[str, Any]:
        return {"date": {"value": date.today().isoformat(), "precision": "day", "is_estimate": False}}

    def build(self) -> None:
        page = self.page(self.tr("&Source"))
        sec = page.section(self.tr("What it is"), columns=2)
        sec.add("title", self.tr("&Title:"), self.text(), span=2)
        sec.add("source_kind", self.tr("&Kind:"), self.vocab("source_kind"))
        sec.add("language", self.tr("&Language:"), self.code("ru", 8))
        sec.add("date", self.tr("&Date:"), self.date(precisions=("year", "month", "day", "hour", "minute")),
                span=2)
        sec.add("publisher_id", self.tr("&Publisher:"), self.pick("organisation", "person"), span=2)
        sec.add("person_id", self.tr("P&erson (informant):"), self.pick("person"), span=2)
        sec.add("url", self.tr("&URL:"), self.text("https://…"), span=2)
        sec.add("material_type", self.tr("&Material type:"), self.huridocs(),
                hint=self.tr("HURIDOCS list 16"))
        sec.add("connection", self.tr("&Connection:"), self.huridocs(),
                hint=self.tr("HURIDOCS list 19: the source's connection to the information"))

        grade = page.section(self.tr("Grading (Admiralty scale)"), columns=2)
        grade.add("reliability", self.tr("&Reliability of the source:"), self.vocab("reliability"))
        grade.add("credibility", self.tr("Cred&ibility of the information:"), self.vocab("credibility"))

        page = self.page(self.tr("&Interview and consent"))
        interview = page.section(self.tr("Interview"), columns=2)
        interview.add("interview.date", self.tr("Interview &date:"), self.date("plain"), span=2)
        interview.add("interview.interviewer_id", self.tr("Interviewer:"), self.pick("person"))
        interview.add("interview.method", self.tr("&Method:"), self.choice(
            [("in_person", self.tr("in person")), ("phone", self.tr("phone")),
             ("video", self.tr("video call")), ("messenger", self.tr("messenger")),
             ("written", self.tr("in writing"))]))
        interview.add("interview.location_id", self.tr("Where:"), self.pick("location"), span=2)

        consent = page.section(self.tr("Informed consent"), columns=3)
        consent.add("consent.given", self.tr("&Given:"), self.tri())
        consent.add("consent.method", self.tr("How:"), self.vocab("consent_method"))
        consent.add("consent.taken_by_id", self.tr("Taken by:"), self.pick("person"))
        consent.add("consent.date", self.tr("Date:"), self.date(precisions=("year", "month", "day")), span=3)
        for key, label in (("record", self.tr("Record:")), ("store_identity", self.tr("Store identity:")),
                           ("share_with_hq", self.tr("Share with HQ:")),
                           ("share_with_partners", self.tr("Share with partners:")),
                           ("share_with_un_osce", self.tr("Share with UN/OSCE:")),
                           ("recontact", self.tr("Recontact:"))):
            consent.add(f"consent.scopes.{key}", label, self.tri())
        consent.add("consent.scopes.publish", self.tr("Publish:"), self.vocab("consent_publish"))
        consent.add("consent.withdrawn_at", self.tr("Withdrawn at:"), self.date("datetime"), span=2)

        protection = page.section(self.tr("Protection"), columns=2)
        protection.add("protection_risk", self.tr("Protection &risk:"), self.vocab("protection_risk"))
        protection.add("handling", self.tr("&Handling:"), self.vocab("handling"))


class AttachmentEditor(RecordEditor):
    """The description of an attachment. Files, hashes, encryption and the chain of
    custody are shown read-only: they are set when a file is captured and appended to
    by verified operations, never typed."""

    kind = "attachment"
    attachments_tab = False

    def build(self) -> None:
        page = self.page(self.tr("&Attachment"))
        sec = page.section(self.tr("Description"), columns=2)
        sec.add("title", self.tr("&Title:"), self.text(), span=2)
        sec.add("description", self.tr("&Description:"), self.area(3), span=2)
        sec.add("source_id", self.tr("&Source:"), self.pick("source"), span=2)
        sec.add("related_ids", self.tr("&Related records:"), self.picks(create=False), span=2)

        cap = page.section(self.tr("Capture"), columns=2)
        cap.add("capture.captured_at", self.tr("Captured &at:"), self.date("datetime"), span=2)
        cap.add("capture.local_offset", self.tr("Local offset:"), self.code("+05:00", 8))
        cap.add("capture.captured_by_id", self.tr("Captured &by:"), self.pick("person", "organisation"))
        cap.add("capture.method", self.tr("&Method:"), self.choice(
            [("camera", self.tr("camera")), ("audio_recorder", self.tr("audio recorder")),
             ("scan", self.tr("scan")), ("screenshot", self.tr("screenshot")),
             ("web_archive", self.tr("web archive")), ("file_import", self.tr("file import"))]))
        cap.add("capture.device", self.tr("De&vice:"), self.text())
        cap.add("capture.tool", self.tr("Tool:"), self.text())
        cap.add("capture.tool_version", self.tr("Tool version:"), self.code("", 10))
        cap.add("capture.url", self.tr("&URL:"), self.text(), span=2)
        cap.add("capture.page_title", self.tr("Page title:"), self.text(), span=2)
        cap.add("capture.platform_post_id", self.tr("Post id:"), self.code("", 20))
        cap.add("capture.geo.geo_source", self.tr("Location source:"), self.text())
        cap.add("capture.geo.lat", self.tr("Latitude:"), self.num(decimals=True, minimum=-90))
        cap.add("capture.geo.lon", self.tr("Longitude:"), self.num(decimals=True, minimum=-180))
        cap.add("capture.geo.accuracy_m", self.tr("Accuracy (m):"), self.num(decimals=True))

        ver = page.section(self.tr("Verification"), columns=2)
        ver.add("verification.status", self.tr("Status:"), self.choice(
            [("unverified", self.tr("unverified")), ("verified", self.tr("verified")),
             ("disputed", self.tr("disputed"))]))
        ver.add("verification.by", self.tr("By:"), self.text())
        ver.add("verification.at", self.tr("At:"), self.date("datetime"), span=2)
        ver.add("verification.notes", self.tr("Notes:"), self.text(), span=2)

        files = self.page(self.tr("&Files and custody"))
        fsec = files.section(self.tr("Files (fixed at capture)"))
        fsec.add("files", "", ReadOnlyTable([
            ("role", self.tr("Role")), ("file_name", self.tr("File")), ("mime_type", self.tr("Type")),
            ("size_bytes", self.tr("Size")), ("sha256", self.tr("SHA-256"))]))
        csec = files.section(self.tr("Chain of custody (append-only)"))
        csec.add("custody_events", "", ReadOnlyTable([
            ("at", self.tr("When")), ("action", self.tr("Action")), ("actor_id|device_id", self.tr("By")),
            ("sha256_verified", self.tr("Hash verified")), ("note", self.tr("Note"))]))
        esec = files.section(self.tr("Encryption"))
        esec.add("encryption", "", ReadOnlyTable([("algo", self.tr("Algorithm")),
                                                  ("key_id", self.tr("Key id"))]))
        if self.record_id is not None:
            viewer_page = self.page(self.tr("Pre&view"))
            self.viewer = AttachmentViewer(self.vault, self.records, self.runner)
            viewer_page.add_widget(self.viewer)
            self.viewer.show_attachment(self.record_id)
