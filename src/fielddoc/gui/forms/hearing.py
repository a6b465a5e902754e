"""The Hearing form: one per court session, with the fair-trial checklist.

Tabs follow the ODIHR monitoring form: identification and timing; bench and
parties; openness; what happened; the checklist (the monitor's answers); and,
apart, the analyst's assessment.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal

from fielddoc.errors import FieldDocError
from fielddoc.gui.forms.base import RecordEditor
from fielddoc.gui.forms.hearing_mode import HearingMode
from fielddoc.gui.widgets.checklist import AssessmentPanel, FairTrialChecklist
from fielddoc.gui.widgets.common import EMPTY
from fielddoc.gui.widgets.fields import JuryEdit
from fielddoc.gui.widgets.repeat import Row
from fielddoc.records import query

#: What a hearing takes over from its case, and keeps following while the case changes.
FROM_CASE = ("court_id", "venue_location_id")
#: What a NEW hearing takes over from the case's last hearing: the same court, bench and parties.
FROM_LAST_HEARING = ("court_id", "venue_location_id", "presiding_judge_id", "panel_ids", "prosecutor_ids",
                     "defendants", "defence_counsel", "language")
#: Of a defendant and a counsel, what stays the same from one hearing to the next.
_KEEP = {"defendants": ("person_id", "in_custody"), "defence_counsel": ("person_id", "client_ids",
                                                                         "appointment", "description")}


def _carried(key: str, value: Any) -> Any:
    if key in _KEEP and isinstance(value, list):
        out = [{k: v for k, v in item.items() if k in _KEEP[key]} for item in value if isinstance(item, dict)]
        return [item for item in out if item] or None
    return value if value not in (None, "", []) else None


class HearingEditor(RecordEditor):
    kind = "hearing"
    lock_pause_requested = Signal(bool)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._case_seen = self.widget("case_id").value()
        self.widget("case_id").changed.connect(self._case_changed)
        self.hearing = HearingMode(self)

    def last_hearing(self, case_id: str) -> dict[str, Any]:
        """The case's latest hearing (by date) other than this one, or {}."""
        flt = query.Filter(kind="hearing", case_id=case_id)
        for row in query.list_records(self.records.store, flt, descending=True, limit=3):
            if row["id"] != self.record_id:
                try:
                    return dict(self.records.get(row["id"]))
                except FieldDocError:
                    return {}
        return {}

    def _case_fields(self, case_id: Any) -> dict[str, Any]:
        if not isinstance(case_id, str) or not case_id:
            return {}
        try:
            case = self.records.get(case_id)
        except FieldDocError:
            return {}
        out = {key: case[key] for key in FROM_CASE if isinstance(case.get(key), str)}
        if self.record_id is None:  # a new hearing: the bench and parties of the last one
            last = self.last_hearing(case_id)
            for key in FROM_LAST_HEARING:
                value = _carried(key, last.get(key))
                if value is not None:
                    out[key] = value
        return out

    def _case_changed(self) -> None:
        """Another case: its court and venue replace the old case's (not what the user chose)."""
        if self._wiped:
            return
        new_case = self.widget("case_id").value()
        if new_case == self._case_seen:
            return
        old, new = self._case_fields(self._case_seen), self._case_fields(new_case)
        self._case_seen = new_case
        for key in FROM_LAST_HEARING if self.record_id is None else FROM_CASE:
            picker = self.widget(key)
            current = picker.value()
            blank = current is EMPTY or current in (None, "", [])
            pending = getattr(picker, "pending_text", None)
            if (pending is not None and pending()) or not (blank or current == old.get(key)):
                continue  # the user chose (or is typing) this one
            target = new.get(key, EMPTY)  # the old case's court goes if the new case has none
            if not (blank and target is EMPTY) and current != target:
                picker.set_value(target)
        self._on_changed()

    def defaults(self) -> dict[str, Any]:
        return {"date": date.today().isoformat()}

    def new_document(self, given: dict[str, Any]) -> dict[str, Any]:
        doc = super().new_document(given)
        case_id = doc.get("case_id")
        if isinstance(case_id, str):
            # The court and venue of the case, and the court, bench and parties of its last
            # hearing, are the likely ones: fill them in (the last hearing's win).
            for key, value in self._case_fields(case_id).items():
                if key not in given:
                    doc[key] = value
        return doc

    # -- hearing mode ----------------------------------------------------------------------
    def show_widget(self, widget: Any) -> None:
        """Bring the tab holding ``widget`` to the front, scrolled to it."""
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(i)
                ensure = getattr(page, "ensureWidgetVisible", None)
                if ensure is not None:
                    ensure(widget)
                return

    def request_close(self) -> bool:
        if self.hearing.active and not self._wiped:
            self.hearing.set_active(False)
        return super().request_close()

    def clear_sensitive(self) -> None:
        self.hearing.wipe()
        if self.hearing.keep_unlocked.isChecked():
            self.hearing.show_lock_paused(False)
        super().clear_sensitive()

    def build(self) -> None:
        self._identification()
        self._parties()
        self._openness()
        self._events()
        self._checklist()

    # -- tabs ------------------------------------------------------------------------------
    def _identification(self) -> None:
        page = self.page(self.tr("&Hearing"))
        ident = page.section(self.tr("Identification"), columns=2)
        ident.add("case_id", self.tr("&Case:"), self.pick("case", create=False), span=2)
        ident.add("date", self.tr("&Date:"), self.date("plain"), span=2)
        ident.add("instance", self.tr("&Instance:"), self.vocab("instance"))
        ident.add("hearing_type", self.tr("T&ype:"), self.vocab("hearing_type"))
        ident.add("status", self.tr("&Status:"), self.vocab("hearing_status"))
        ident.add("courtroom", self.tr("Court&room:"), self.text())
        ident.add("court_id", self.tr("C&ourt:"), self.pick("organisation"), span=2)
        ident.add("venue_location_id", self.tr("&Venue:"), self.pick("location"), span=2)
        ident.add("language", self.tr("&Languages:"), self.tags(self.tr("Language tags, e.g. ru, kk")),
                  hint=self.tr("Languages the hearing was held in"), span=2)
        timing = page.section(self.tr("Timing"), columns=1)
        timing.add("scheduled_start", self.tr("Sc&heduled start:"), self.date("datetime"))
        timing.add("actual_start", self.tr("Act&ual start:"), self.date("datetime"))
        timing.add("actual_end", self.tr("&End:"), self.date("datetime"))
        timing.add("adjourned_to", self.tr("Ad&journed to:"), self.date("plain"))
        timing.add("adjournment_reason", self.tr("Adjournment &reason:"), self.text())

    def _parties(self) -> None:
        page = self.page(self.tr("&Bench and parties"))
        bench = page.section(self.tr("Bench and prosecution"), columns=2)
        bench.add("presiding_judge_id", self.tr("Presiding &judge:"), self.pick("person"), span=2)
        bench.add("panel_ids", self.tr("Other &judges:"), self.picks("person"))
        bench.add("prosecutor_ids", self.tr("&Prosecutors:"), self.picks("person"))
        bench.add("jury", self.tr("J&ury:"), JuryEdit())

        def defendant(row: Row) -> None:
            row.add("person_id", self.tr("Defendant:"), self.pick("person"), span=2)
            row.add("presence", self.tr("Presence:"), self.vocab("presence"))
            row.add("in_custody", self.tr("In custody:"), self.vocab("in_custody"))
            row.add("dock", self.tr("Dock:"), self.vocab("dock"))
            row.add("restraints", self.tr("Restraints:"), self.tri())
            row.add("note", self.tr("Note:"), self.text(), span=3, newline=True)

        sec = page.section(self.tr("Defendants"))
        sec.add("defendants", "", self.repeat(defendant, self.tr("Add &defendant")))

        def counsel(row: Row) -> None:
            row.add("person_id", self.tr("Counsel:"), self.pick("person"), span=2)
            row.add("appointment", self.tr("Appointment:"), self.vocab("counsel_appointment"))
            row.add("client_ids", self.tr("For:"), self.picks("person"), span=2)
            row.add("description", self.tr("Description:"), self.text(), newline=True, span=2)
            row.add("note", self.tr("Note:"), self.text())

        sec = page.section(self.tr("Defence counsel"))
        sec.add("defence_counsel", "", self.repeat(counsel, self.tr("Add &counsel")))

        def witness(row: Row) -> None:
            row.add("person_id", self.tr("Witness:"), self.pick("person"), span=2)
            row.add("code", self.tr("Code:"), self.code(self.tr("e.g. W-07")))
            row.add("called_by", self.tr("Called by:"), self.choice(
                [("prosecution", self.tr("prosecution")), ("defence", self.tr("defence")),
                 ("court", self.tr("court"))]))
            row.add("anonymous", self.tr("Anonymous:"), self.tri())
            row.add("remote", self.tr("Remote:"), self.tri())
            row.add("note", self.tr("Note:"), self.text(), span=3, newline=True)

        sec = page.section(self.tr("Witnesses"))
        sec.add("witnesses", "", self.repeat(witness, self.tr("Add &witness")))

        interp = page.section(self.tr("Interpreter"), columns=3)
        interp.add("interpreter.needed", self.tr("Needed:"), self.tri())
        interp.add("interpreter.provided", self.tr("Provided:"), self.tri())
        interp.add("interpreter.adequate", self.tr("Adequate:"), self.tri())
        interp.add("interpreter.languages", self.tr("Languages:"), self.tags("kk, ru"))
        interp.add("interpreter.note", self.tr("Note:"), self.text(), span=2)

    def _openness(self) -> None:
        page = self.page(self.tr("&Openness"))
        public = page.section(self.tr("Public access"), columns=3)
        public.add("public_access.status", self.tr("&Access:"), self.vocab("public_access_status"))
        public.add("public_access.pass_required", self.tr("Pass required:"), self.tri())
        public.add("public_access.overflow_room", self.tr("Overflow room:"), self.tri())
        public.add("public_access.capacity_seats", self.tr("Seats:"), self.num())
        public.add("public_access.attendance_est", self.tr("Attendance (est.):"), self.num())
        public.add("public_access.denied_count", self.tr("Denied entry:"), self.num())
        public.add("public_access.notes", self.tr("Notes:"), self.text(), span=3)

        def monitor(row: Row) -> None:
            row.add("person_id", self.tr("Monitor:"), self.pick("person"))
            row.add("organisation_id", self.tr("Organisation:"), self.pick("organisation"))
            row.add("admission", self.tr("Admission:"), self.vocab("monitor_admission"))
            row.add("description", self.tr("Description:"), self.text(), span=3, newline=True)

        sec = page.section(self.tr("Monitors"))
        sec.add("monitors", "", self.repeat(monitor, self.tr("Add &monitor")))

        media = page.section(self.tr("Media"), columns=2)
        media.add("media.present", self.tr("Media &present:"), self.tri())
        media.add("media.recording_allowed", self.tr("&Recording allowed:"), self.vocab("recording_allowed"))
        media.add("media.notes", self.tr("Notes:"), self.text(), span=2)

        other = page.section(self.tr("Security and conditions"))
        other.add("security_presence", self.tr("&Security presence:"), self.area(2))
        other.add("conditions", self.tr("Con&ditions:"), self.area(2),
                  hint=self.tr("Room, seating, heat, access to documents …"))

    def _events(self) -> None:
        page = self.page(self.tr("&What happened"))
        narrative = page.section(self.tr("Narrative"))
        narrative.add("narrative", self.tr("&Narrative:"), self.area(12, self.tr(
            "What happened, in order, as observed. Facts only; assessment belongs to the analyst. "
            "F8 inserts the time."), min_lines=10))

        def event(row: Row) -> None:
            row.add("time", self.tr("Time:"), self.code("14:30", 10))
            row.add("type", self.tr("Type:"), self.choice(
                [("testimony", self.tr("testimony")), ("motion", self.tr("motion")),
                 ("ruling", self.tr("ruling")), ("incident", self.tr("incident")),
                 ("recess", self.tr("recess")), ("resumed", self.tr("resumed")),
                 ("evidence", self.tr("evidence examined")),
                 ("other", self.tr("other"))]))
            row.add("by_person_id", self.tr("By:"), self.pick("person"))
            row.add("summary", self.tr("Summary:"), self.text(), span=3, newline=True)

        sec = page.section(self.tr("Procedural events"))
        sec.add("procedural_events", "", self.repeat(event, self.tr("Add &event")))

        def motion(row: Row) -> None:
            row.add("by", self.tr("By:"), self.choice(
                [("defence", self.tr("defence")), ("prosecution", self.tr("prosecution")),
                 ("defendant", self.tr("defendant")), ("victim", self.tr("victim"))]))
            row.add("subject", self.tr("Subject:"), self.text(), span=2)
            row.add("ruling", self.tr("Ruling:"), self.choice(
                [("granted", self.tr("granted")), ("rejected", self.tr("rejected")),
                 ("partly_granted", self.tr("partly granted")), ("deferred", self.tr("deferred"))]))
            row.add("reason_given", self.tr("Reason given:"), self.text(self.tr("the reason, if any")),
                    span=2)

        def quote(row: Row) -> None:
            row.add("time", self.tr("Time:"), self.code("10:42", 10))
            row.add("speaker_id", self.tr("Speaker:"), self.pick("person"))
            row.add("language", self.tr("Language:"), self.code("ru", 8))
            row.add("text", self.tr("Words:"), self.area(3, self.tr("verbatim, in the original language")),
                    span=3, newline=True)
            row.add("note", self.tr("Note:"), self.text(), span=3, newline=True)

        sec = page.section(self.tr("Quotes"))
        sec.add("quotes", "", self.repeat(quote, self.tr("Add &quote")))

        sec = page.section(self.tr("Motions"))
        sec.add("motions", "", self.repeat(motion, self.tr("Add m&otion")))

        def allegation(row: Row) -> None:
            row.add("person_id", self.tr("Alleged by:"), self.pick("person"), span=2)
            row.add("role", self.tr("Role:"), self.vocab("allegation_role"))
            row.add("raised_by_person_id", self.tr("Raised in court by:"), self.pick("person"), span=2)
            row.add("phase", self.tr("When:"), self.vocab("torture_phase"))
            row.add("methods", self.tr("Methods:"), self.huridocs_many("5"), span=3, newline=True)
            row.add("perpetrator_description", self.tr("Perpetrators:"), self.text(
                self.tr("as described, e.g. two officers of the city police")), span=2, newline=True)
            row.add("court_response", self.tr("Court's response:"), self.vocab("court_response"))
            row.add("detention_id", self.tr("Detention:"), self.pick("detention", create=False), span=2,
                    newline=True)
            row.add("note", self.tr("Note:"), self.text())

        sec = page.section(self.tr("Allegations of torture or ill-treatment"))
        sec.add("torture_allegations", "", self.repeat(allegation, self.tr("Add &allegation")))

        def penalty(row: Row) -> None:
            row.add("type", self.tr("Penalty:"), self.vocab("additional_penalty"), span=2)
            row.add("years", self.tr("Years:"), self.num())
            row.add("months", self.tr("Months:"), self.num())
            row.add("description", self.tr("Description:"), self.text(
                self.tr("e.g. which activity, which property")), span=2)

        def verdict(row: Row) -> None:
            row.add("defendant_id", self.tr("Defendant:"), self.pick("person"), span=2)
            row.add("result", self.tr("Result:"), self.vocab("verdict_result"))
            row.add("sentence.type", self.tr("Sentence:"), self.vocab("sentence_type"))
            row.add("sentence.years", self.tr("Years:"), self.num())
            row.add("sentence.months", self.tr("Months:"), self.num())
            row.add("sentence.days", self.tr("Days:"), self.num())
            row.add("sentence.regime", self.tr("Regime:"), self.vocab("prison_regime"))
            row.add("sentence.fine.amount", self.tr("Fine:"), self.num(decimals=True))
            row.add("sentence.fine.unit", self.tr("Fine unit:"), self.vocab("fine_unit"))
            row.add("sentence.suspended", self.tr("Suspended:"), self.tri())
            row.add("sentence.probation_months", self.tr("Probation (months):"), self.num())
            row.add("sentence.additional_penalties", self.tr("Additional penalties:"),
                    self.repeat(penalty, self.tr("Add additional &penalty")), span=3, newline=True)
            row.add("note", self.tr("Note:"), self.text(), span=2)

        sec = page.section(self.tr("Verdicts"))
        sec.add("verdicts", "", self.repeat(verdict, self.tr("Add &verdict")))

    def _checklist(self) -> None:
        page = self.page(self.tr("Fair-trial &checklist"))
        self.checklist = FairTrialChecklist(level="hearing")
        self.checklist.assessor = self.records.author
        sec = page.section(self.tr("Monitor's answers"))
        sec.add("fair_trial", "", self.checklist)
        analyst = self.page(self.tr("Analyst's &assessment"))
        self.assessment = AssessmentPanel(self.checklist)
        analyst.add_widget(self.assessment)
