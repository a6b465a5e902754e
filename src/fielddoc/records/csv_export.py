"""CSV export for analysts: one file per record type, nested lists in child files, and a codebook.

``export_csv(records, folder, *, include_device_only=False, include_contact=False,
progress=None) -> list[Path]``; :func:`write_csv_export` returns the same with row
counts (for the desktop dialog).

The layout (docs/csv-format.md):

* ``<type>s.csv`` (``hearings.csv``, ``cases.csv``, …): one row per record.
  Nested objects become dotted columns (``public_access.status``); dates become
  three columns (``date``, ``date.precision``, ``date.is_estimate``); lists of
  plain values are joined with `` | `` (a literal ``|`` or ``\\`` inside an item
  is escaped with a backslash).
* Lists of objects go to child files named ``<type>_<field>.csv``
  (``hearing_fair_trial.csv``, ``incident_acts.csv``,
  ``incident_acts_perpetrators.csv``) keyed by ``<type>_id`` and a 0-based
  ``<field>_index`` per level, the same positions as JSON paths such as
  ``monitors[0]``.
* ``codebook.csv`` explains every column of every file: what it means, its
  type, its vocabulary and, for closed vocabularies, every code with its
  English label.

Every file is written, with its header, even when empty, so analysts'
templates keep working. UTF-8 with a BOM (spreadsheets then read Cyrillic
right), RFC 4180 quoting, ``\\r\\n`` line ends. Booleans are ``true``/``false``;
empty means not recorded (``null``). Fields the schema does not know are kept
as extra columns at the end and described as such. ``device_only`` records
and ``contact`` fields are left out unless included explicitly.
The output is PLAINTEXT: the caller warns the user.

All or nothing: every file is first written in full to a temporary sibling
(0600, random name, fsynced) and only when all of them are ready are they
moved over their targets, so a cancelled or failed export (``progress``
raising, a full disk) leaves the folder as it was.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fielddoc.fsutil import new_private_dirs, write_all_or_nothing
from fielddoc.records import case_selection, custody, dates, schema, vocab
from fielddoc.records.case_selection import CaseSelection
from fielddoc.records.interchange import export_dataset
from fielddoc.records.service import Records

SEP = " | "
CODEBOOK = "codebook.csv"
CODEBOOK_COLUMNS = ("file", "column", "record_type", "type", "meaning", "vocabulary", "codes")

_COMMON = """
id | id | Record id (UUIDv7, or a readable slug in imported data)
confidentiality | vocab:confidentiality | Who may see the record
tlp | vocab:tlp | TLP 2.0 marking (follows from confidentiality)
draft | bool | true if the record is still a draft
created_at | datetime | When the record was created
created_by | str | Who created it
updated_at | datetime | When it was last changed
updated_by | str | Who last changed it
revision | int | Revision number in the source system
device_id | str | Device that created the record
source_ids | refs:source | Sources for the record
notes | text | Free notes
deleted_at | datetime | When it was deleted (deleted records are not exported)
export_batch_ids | list | Export batches that carried the record
_illustrative | list | Fields marked in the data as illustrative or unverified (not to be cited)
"""

_LEGAL = """
{p}code | str | Legal code id (KZ-CC-1997, KZ-CoAO-2001, …)
{p}article | str | Article
{p}part | str | Part of the article
{p}paragraph | str | Paragraph
{p}label | text | Wording of the article or charge
"""

_FAIR_TRIAL = """
fair_trial[] | table | Fair-trial checklist: one row per observation
fair_trial[].item | vocab:fair_trial_item | Checklist question (docs/data-model.md §6)
fair_trial[].answer | vocab:ft_answer | What the monitor observed
fair_trial[].assessment | vocab:ft_assessment | The analyst's legal assessment
fair_trial[].period | str | Period the observation covers
fair_trial[].note | text | Note on the observation
fair_trial[].source_ids | refs:source | Sources for the observation
fair_trial[].answer_basis | vocab:answer_basis | Basis: observed, stated in court, case file, interview
fair_trial[].assessment_note | text | The analyst's reasoning
fair_trial[].standards | list | Standards the analyst applied (ICCPR 14(3)(b), HRC GC32 §33, a CPC article)
fair_trial[].assessed_by | str | Who assessed
fair_trial[].assessed_at | datetime | When it was assessed
fair_trial[].assessment_status | vocab:assessment_status | Draft or final assessment
fair_trial[].group | derived | Right group A–K of the question (added for pivoting)
fair_trial[].group_label | derived | English name of the right group (added for pivoting)
fair_trial[].right | derived | Treaty provisions the question tests (added for pivoting)
fair_trial[].expected_answer | derived | Answer expected if the right was respected (empty: informational)
"""

_CASUALTY = """
casualties.{k}.official | int | Official figure ({k})
casualties.{k}.min | int | Lowest credible figure ({k})
casualties.{k}.max | int | Highest credible figure ({k})
casualties.{k}.approx | int | Approximate figure ({k})
casualties.{k}.disputed | bool | The figure is disputed ({k})
casualties.{k}.note | text | Note on the figure ({k})
"""

_ACCESS = """
access.{k}.status | vocab:access_status | Access: {k}
access.{k}.first_at | date | First access: {k}
access.{k}.note | text | Note on access: {k}
"""

_PERPETRATOR = """
{p}perpetrators[] | table | Unidentified perpetrators
{p}perpetrators[].description | text | Description of the perpetrator
{p}perpetrators[].degree_of_involvement | huridocs:18 | Degree of involvement
{p}perpetrators[].huridocs_perpetrator_type | huridocs:24 | Type of perpetrator
{p}perpetrators[].perpetrator_type | huridocs:24 | Type of perpetrator
{p}perpetrators[].perpetrator_status | huridocs:26 | Later status of the perpetrator
"""

SPEC: dict[str, str] = {
    "organisation": """
name | text | Name
names_i18n | json | Names in other languages, {"ru": …, "kk": …}
org_type | vocab:org_type | Type of organisation
parent_id | ref:organisation | Parent organisation
location_id | ref:location | Where it is
court_level | vocab:court_level | Level of the court (courts only)
huridocs_perpetrator_type | huridocs:24 | HURIDOCS type of perpetrator
""",
    "location": """
name | text | Name
names_i18n | json | Names in other languages
parent_id | ref:location | Enclosing location
country | str | ISO 3166-1 country code
admin1 | text | First-level administrative division
iso3166_2 | str | ISO 3166-2 subdivision code
location_type | huridocs:17 | Type of location
lat | number | Latitude (WGS 84)
lon | number | Longitude (WGS 84)
precision | str | Precision of the coordinates
tz | str | IANA time zone (Asia/Aqtau, …)
""",
    "person": """
name | text | Name (or the group's name)
other_names | list | Other names and spellings
pseudonym | bool | The name is a pseudonym
counting_unit | huridocs_or:counting_unit | Individual or group
group_size | int | Number of people in a group
sex | huridocs_or:sex | Sex
date_of_birth | date | Date of birth
citizenship | list | Citizenships (ISO 3166-1)
languages | list | Languages (tags)
occupation | text | Occupation
public_figure | bool | A public figure
deceased | bool | Deceased
date_deceased | date | Date of death
contact | json | Contact details (only with --include-contact)
""",
    "case": """
title | text | Title of the case
case_type | vocab:case_type | Type of proceedings
official_case_number | text | Official case number
court_id | ref:organisation | Court
venue_location_id | ref:location | Venue
stage | vocab:stage | Stage of the proceedings
opened | date | When the case was opened
first_instance_judgment | date | Date of the first-instance judgment
outcome_summary | text | Outcome in brief
procedural_history[] | table | Procedural history: one row per event
procedural_history[].date | date | Date of the event
procedural_history[].event | text | What happened
charges[] | table | Charges: one row per charge
charges[].defendant_id | ref:person | Defendant charged
""" + _LEGAL.format(p="charges[].") + """
charges[].outcome | text | Outcome of the charge
tags | list | The programme's tags for the case
monitoring_status | huridocs:43 | Monitoring status (HURIDOCS list 43)
priority | vocab:case_priority | Priority for the monitoring programme
selection_criteria | list | Why the case is monitored (codes of vocabulary selection_criterion)
""" + _FAIR_TRIAL,
    "hearing": """
case_id | ref:case | The case
date | date | Date of the hearing
instance | vocab:instance | Instance
hearing_type | vocab:hearing_type | Type of hearing
status | vocab:hearing_status | Whether and how it was held
scheduled_start | datetime | Scheduled start (local time with UTC offset)
actual_start | datetime | Actual start
actual_end | datetime | End
adjourned_to | str | Adjourned to: a date, or the id of the next hearing's record
adjournment_reason | text | Reason for the adjournment
court_id | ref:organisation | Court
venue_location_id | ref:location | Venue
courtroom | text | Courtroom
language | list | Languages of the proceedings (tags)
presiding_judge_id | ref:person | Presiding judge
panel_ids | refs:person | Other judges
jury | str | Jury: true/false or the number of jurors
prosecutor_ids | refs:person | Prosecutors
defence_counsel[] | table | Defence counsel: one row per lawyer
defence_counsel[].person_id | ref:person | The lawyer
defence_counsel[].client_ids | refs:person | Defendants the lawyer acted for
defence_counsel[].appointment | vocab:counsel_appointment | How the lawyer was appointed
defence_counsel[].description | text | Description when the lawyer is not a person record
defence_counsel[].note | text | Note
defendants[] | table | Defendants: one row per defendant (or group)
defendants[].person_id | ref:person | Defendant
defendants[].presence | vocab:presence | Presence in court
defendants[].in_custody | vocab:in_custody | In custody
defendants[].dock | vocab:dock | Where the defendant sat
defendants[].restraints | str | Restraints: true/false or a description
defendants[].note | text | Note
witnesses[] | table | Witnesses: one row per witness
witnesses[].person_id | ref:person | Witness
witnesses[].code | str | Code of an anonymous witness
witnesses[].called_by | str | Party that called the witness
witnesses[].anonymous | bool | Anonymous witness
witnesses[].remote | bool | Heard by video link
witnesses[].note | text | Note
interpreter.needed | bool | An interpreter was needed
interpreter.provided | bool | An interpreter was provided
interpreter.languages | list | Languages interpreted (tags)
interpreter.adequate | bool | Interpretation was adequate
interpreter.note | text | Note on interpretation
public_access.status | vocab:public_access_status | Public access
public_access.pass_required | bool | A pass was required
public_access.capacity_seats | int | Seats for the public
public_access.attendance_est | int | Estimated attendance
public_access.overflow_room | bool | An overflow room was provided
public_access.denied_count | int | People turned away
assignments[] | table | Assignments (the plan): one row per monitor assigned
assignments[].monitor_id | ref:person | Monitor assigned
assignments[].organisation_id | ref:organisation | Monitor's organisation
assignments[].mode | vocab:assignment_mode | In person or online
assignments[].status | vocab:assignment_status | Assigned, confirmed, declined, attended or missed
assignments[].note | text | Note
monitors[] | table | Monitors: one row per monitor
monitors[].person_id | ref:person | Monitor
monitors[].organisation_id | ref:organisation | Monitor's organisation
monitors[].admission | vocab:monitor_admission | Whether the monitor was admitted
monitors[].description | text | Description when the monitor is not a person record
media.present | bool | Media were present
media.recording_allowed | vocab:recording_allowed | Recording was allowed
security_presence | text | Security presence
conditions | text | Conditions in the courtroom
procedural_events[] | table | Procedural events: one row per event
procedural_events[].time | time | Time of day
procedural_events[].type | str | Type of event: testimony, motion, ruling, recess, resumed, …
procedural_events[].by_person_id | ref:person | Who
procedural_events[].summary | text | What happened
quotes[] | table | Quotes: words said in court, verbatim, one row per quote
quotes[].time | time | Time of day
quotes[].speaker_id | ref:person | Who said it
quotes[].language | str | Language the words were said in (a language tag such as ru or kk)
quotes[].text | text | The words, verbatim, in the original language
quotes[].note | text | Note
motions[] | table | Motions: one row per motion
motions[].by | str | Party that filed the motion
motions[].subject | text | Subject
motions[].ruling | text | Ruling
motions[].reason_given | str | Reason given: true/false or the reason
torture_allegations[] | table | Allegations of torture or ill-treatment: one row per person alleging
torture_allegations[].person_id | ref:person | Person who alleges torture or ill-treatment
torture_allegations[].role | vocab:allegation_role | Role of that person in the trial
torture_allegations[].raised_by_person_id | ref:person | Who raised the allegation in court
torture_allegations[].phase | vocab:torture_phase | When the ill-treatment allegedly happened
torture_allegations[].methods | codes:5 | Methods alleged (HURIDOCS list 5)
torture_allegations[].perpetrator_description | text | Alleged perpetrators, as described
torture_allegations[].court_response | vocab:court_response | Response of the court
torture_allegations[].detention_id | ref:detention | The detention during which it allegedly happened
torture_allegations[].note | text | Note
verdicts[] | table | Verdicts: one row per defendant
verdicts[].defendant_id | ref:person | Defendant
verdicts[].result | vocab:verdict_result | Result
verdicts[].sentence.type | vocab:sentence_type | Type of sentence
verdicts[].sentence.years | int | Term: whole years
verdicts[].sentence.months | int | Term: months besides the years
verdicts[].sentence.days | int | Term: days besides the years and months
verdicts[].sentence.fine.amount | number | Fine: amount
verdicts[].sentence.fine.unit | vocab:fine_unit | Fine: unit (MCI, KZT, ...)
verdicts[].sentence.suspended | bool | Suspended sentence
verdicts[].sentence.probation_months | int | Probation period in months
verdicts[].sentence.additional_penalties[] | table | Additional penalties: one row per penalty
verdicts[].sentence.additional_penalties[].type | vocab:additional_penalty | Type of additional penalty
verdicts[].sentence.additional_penalties[].years | int | Term: years
verdicts[].sentence.additional_penalties[].months | int | Term: months
verdicts[].sentence.additional_penalties[].description | text | Description
verdicts[].sentence.regime | vocab:prison_regime | Regime of the institution
verdicts[].note | text | Note
""" + _FAIR_TRIAL + """
narrative | text | The monitor's narrative
""",
    "incident": """
title | text | Title
incident_type | vocab:incident_type | Type of incident
start | date | Start
end | date | End
location_id | ref:location | Where
description | text | Description
context_tags | list | Context tags
rights_affected | codes:3 | Rights affected (HURIDOCS list 3)
violation_status | huridocs:41 | Violation status
monitoring_status | huridocs:43 | Monitoring status
impact | text | Impact
""" + "".join(_CASUALTY.format(k=k) for k in ("killed", "injured", "detained")) + """
acts[] | table | Acts (HURIDOCS Act): one row per act
acts[].id | str | Id of the act
acts[].victim_id | ref:person,organisation | Victim
acts[].type_of_act | huridocs:4 | Type of act
acts[].attempted | bool | Attempted only
acts[].methods_of_violence | codes:5 | Methods of violence (HURIDOCS list 5)
acts[].start | date | Start
acts[].end | date | End
acts[].exact_location | text | Exact location
acts[].location_id | ref:location | Location
acts[].stated_reason | text | Reason given by the perpetrators
acts[].attribution | huridocs:28 | Attribution
acts[].physical_consequences | text | Physical consequences
acts[].psychological_consequences | text | Psychological consequences
acts[].status_at_end | huridocs:25 | Status of the victim at the end
acts[].perpetrator_ids | refs:person,organisation | Identified perpetrators
acts[].degree_of_involvement | huridocs:18 | Degree of involvement
acts[].note | text | Note
acts[].source_ids | refs:source | Sources for the act
""" + _PERPETRATOR.format(p="acts[].") + _PERPETRATOR.format(p="") + """
attachment_ids | refs:attachment | Attachments
""",
    "detention": """
person_id | ref:person | Person detained
case_id | ref:case | Case
related_case_id | ref:case | Related case
procedure | vocab:procedure | Procedure
detention_type | huridocs:29 | Type of detention
apprehension.datetime | date | When apprehended
apprehension.location_id | ref:location | Where apprehended
apprehension.authority_id | ref:organisation | Apprehending authority
apprehension.officers[] | table | Officers: one row per officer
apprehension.officers[].value | text | Officer, as described
apprehension.officers[].person_id | ref:person | Officer (person record)
apprehension.plainclothes | bool | Officers in plain clothes
apprehension.force_used | bool | Force was used
apprehension.circumstances | text | Circumstances
apprehension.informed_of_reasons | bool | Informed of the reasons
apprehension.rights_explained | bool | Rights were explained
apprehension.protocol_no | str | Number of the arrest protocol
apprehension.protocol_time | date | Time written in the protocol
""" + _LEGAL.format(p="legal_basis.") + """
legal_basis.decided_by_id | ref:person,organisation | Who ordered the detention
legal_basis.decision_date | date | Date of the decision
sentence_days | int | Administrative arrest in days
first_judicial_appearance | date | First appearance before a judge
hours_to_judge | number | Hours until the first appearance before a judge
judicial_reviews[] | table | Judicial reviews: one row per review
judicial_reviews[].date | date | Date
judicial_reviews[].outcome | text | Outcome
custody_segments[] | table | Custody path: one row per place
custody_segments[].facility | text | Facility
custody_segments[].facility_type | vocab:facility_type | Type of facility
custody_segments[].location_id | ref:location | Location
custody_segments[].from | date | From
custody_segments[].to | date | To
custody_segments[].whereabouts | huridocs:30 | Whereabouts and outside contact
custody_segments[].note | text | Note
""" + "".join(_ACCESS.format(k=k) for k in ("lawyer", "family_notified", "medical_exam", "consular",
                                             "monitors")) + """
access.legal_counsel | huridocs:31 | Legal counsel
ill_treatment.alleged | bool | Ill-treatment alleged
ill_treatment.methods | codes:5 | Methods (HURIDOCS list 5)
ill_treatment.phase | text | Phase of detention
ill_treatment.perpetrator_ids | refs:person,organisation | Alleged perpetrators
ill_treatment.medical_evidence | str | Medical evidence: true/false or a description
ill_treatment.complaint.date | date | Date of the complaint
ill_treatment.complaint.body | text | Body complained to
ill_treatment.complaint.outcome | text | Outcome of the complaint
ill_treatment.statements_signed | huridocs:36 | Statements signed
ill_treatment.medical_attention | huridocs:37 | Medical attention
conditions | text | Conditions of detention
disciplinary[] | table | Disciplinary measures: one row per measure
disciplinary[].date | date | Date
disciplinary[].measure | text | Measure
disciplinary[].note | text | Note
release.date | date | Date of release
release.type | vocab:release_type | Type of release
release.conditions | text | Conditions of release
liberty_status | huridocs:25 | Status of liberty
wgad_assessment.categories | vocabs:wgad_category | WGAD categories (analyst's assessment)
wgad_assessment.status | vocab:wgad_status | Status of the assessment
wgad_assessment.note | text | Note
""",
    "source": """
source_kind | vocab:source_kind | Kind of source
title | text | Title
publisher_id | ref:person,organisation | Publisher
person_id | ref:person | Person who is the source
url | str | Address
date | date | Date
language | str | Language (tag)
material_type | huridocs:16 | Type of source material
connection | huridocs:19 | Connection to the information
reliability | vocab:reliability | Reliability of the source (Admiralty A–F)
credibility | vocab:credibility | Credibility of the information (Admiralty 1–6)
interview.date | date | Date of the interview
interview.interviewer_id | ref:person | Interviewer
interview.method | str | Method
interview.location_id | ref:location | Where
consent.given | bool | Consent given
consent.method | vocab:consent_method | How consent was given
consent.date | date | When
consent.taken_by | str | Who took it
consent.taken_by_id | ref:person | Who took it (person record)
consent.scopes.record | bool | Consent to record
consent.scopes.store_identity | bool | Consent to store identity
consent.scopes.share_with_hq | bool | Consent to share with headquarters
consent.scopes.share_with_partners | bool | Consent to share with partners
consent.scopes.publish | vocab:consent_publish | Consent to publish
consent.scopes.share_with_un_osce | bool | Consent to share with the UN or OSCE
consent.scopes.recontact | bool | Consent to be contacted again
consent.withdrawn_at | datetime | When consent was withdrawn
protection_risk | vocab:protection_risk | Protection risk
handling | vocab:handling | How to handle contact
""",
    "attachment": """
title | text | Title
description | text | Description
source_id | ref:source | Source
related_ids | refs:any | Records it documents
files[] | table | Files: one row per file
files[].role | vocab:file_role | Role of the file
files[].file_name | text | File name
files[].mime_type | str | Media type
files[].size_bytes | int | Size in bytes
files[].sha256 | str | SHA-256 at capture (hex)
files[].sha512 | str | SHA-512 (hex)
files[].derivative_of | str | File it was derived from
files[].transformations[] | table | Transformations applied to the file
files[].transformations[].value | text | Transformation, as described
capture.captured_at | datetime | When captured
capture.local_offset | str | Local UTC offset at capture
capture.captured_by_id | ref:person,organisation | Who captured it
capture.device | str | Device
capture.tool | str | Tool
capture.tool_version | str | Tool version
capture.method | str | Method
capture.url | str | Address captured
capture.page_title | text | Page title
capture.platform_post_id | str | Platform's id of the post
capture.geo.lat | number | Latitude
capture.geo.lon | number | Longitude
capture.geo.accuracy_m | number | Accuracy in metres
capture.geo.geo_source | str | Source of the position
capture.embedded_metadata | json | Embedded metadata
encryption.algo | str | Encryption algorithm
encryption.key_id | str | Key id
custody_events[] | table | Chain of custody: one row per step
custody_events[].at | datetime | When
custody_events[].actor_id | ref:person,organisation | Who
custody_events[].device_id | str | Device that did it
custody_events[].action | vocab:custody_action | What was done
custody_events[].from | str | From
custody_events[].to | str | To
custody_events[].sha256_verified | bool | The SHA-256 was verified
custody_events[].export_batch | str | Export batch
custody_events[].note | text | Note
verification.status | str | Verification status
verification.by | str | Verified by
verification.at | datetime | When verified
verification.notes | text | Notes on the verification
""",
    "involvement": """
subject_id | ref:person,organisation | Person or organisation involved
object_id | ref:any | Record they are involved in
role | vocab:involvement_role | Role
for_ids | refs:any | On behalf of
degree_of_involvement | huridocs:18 | Degree of involvement
perpetrator_type | huridocs:24 | Type of perpetrator
perpetrator_status | huridocs:26 | Later status of the perpetrator
from | date | From
to | date | To
""",
    "relation": """
from_id | ref:any | From record
to_id | ref:any | To record
type | huridocs_or:relation_type | Type of relation (HURIDOCS list 22 or an app type)
""",
    "intervention": """
title | text | Title
intervening_party_id | ref:person,organisation | Who intervened
object_id | ref:any | Record the intervention is about
type | huridocs:20 | Type of intervention
date | date | Date
parties_requested | list | Parties requested
response | huridocs:27 | Response
impact | huridocs:44 | Impact
status | huridocs:45 | Status
priority | huridocs:46 | Priority
description | text | Description
""",
}

TYPE_WORDS = {
    "id": "identifier", "text": "text", "str": "text", "bool": "true/false", "int": "whole number",
    "number": "number", "date": "date (ISO 8601 / EDTF value)", "datetime": "date and time with UTC offset",
    "time": "time of day (HH:MM)", "list": "list joined with ' | '", "json": "JSON text",
    "table": "child file", "derived": "derived text", "key": "key",
}


@dataclass
class Column:
    file: str
    name: str
    kind: str  # record type
    type: str
    meaning: str
    vocabulary: str = ""
    codes: str = ""


@dataclass
class _Table:
    name: str  # file stem
    kind: str
    keys: list[str]  # key columns (record id, then one index per level)
    columns: list[Column] = field(default_factory=list)
    rows: list[dict[str, str]] = field(default_factory=list)
    extra: dict[str, Column] = field(default_factory=dict)  # columns found only in the data

    def header(self) -> list[str]:
        return [*self.keys, *(c.name for c in self.columns if c.name not in self.keys), *sorted(self.extra)]


# -- the spec -----------------------------------------------------------------------
def _parse(kind: str) -> list[tuple[str, str, str]]:
    out = []
    for line in (_COMMON + SPEC[kind]).strip().splitlines():
        if line.strip():
            path, typ, meaning = (p.strip() for p in line.split("|", 2))
            out.append((path, typ, meaning))
    return out


def _vocabulary(typ: str) -> tuple[str, str]:
    """(vocabulary name, codes with English labels) of a column type."""
    head, _, arg = typ.partition(":")
    if head in ("vocab", "vocabs", "huridocs_or"):
        name = arg
        codes = SEP.join(f"{c} = {lbl}" for c, lbl in vocab.labels(name, "en"))
        if head == "huridocs_or":
            return f"{name} (or a 12-digit HURIDOCS code)", codes
        return name, codes
    if head in ("huridocs", "codes"):
        return f"HURIDOCS micro-thesaurus list {arg} (12-digit codes; labels not shipped)", ""
    if head in ("ref", "refs"):
        target = "any record" if arg == "any" else " or ".join(arg.split(","))
        if head == "ref":
            return f"id of a {target} record", ""
        return f"ids of {target} records, joined with ' | '", ""
    return "", ""


def _type_word(typ: str) -> str:
    head = typ.partition(":")[0]
    return {"vocab": "code", "vocabs": "codes joined with ' | '", "huridocs": "HURIDOCS code",
            "huridocs_or": "code", "codes": "HURIDOCS codes joined with ' | '", "ref": "reference",
            "refs": "references joined with ' | '"}.get(head) or TYPE_WORDS.get(head, head)


def _table_name(kind: str, parts: list[str]) -> str:
    return schema.KEYS[kind] if not parts else "_".join([kind, *(p.replace(".", "_") for p in parts)])


def _key(part: str) -> str:
    return part.rsplit(".", 1)[-1] + "_index"


class _Layout:
    """Every file and column of the export, from SPEC (stable across exports)."""

    def __init__(self) -> None:
        self.tables: dict[str, _Table] = {}
        self.types: dict[tuple[str, str], str] = {}  # (table, column path) -> type
        self.children: dict[tuple[str, str], str] = {}  # (table, list path) -> child table
        for kind in schema.KINDS.values():
            main = self._table(kind, [])
            for path, typ, meaning in _parse(kind):
                parts = path.split("[].")
                if typ == "table":
                    parts[-1] = parts[-1].removesuffix("[]")
                    parent = self._table(kind, parts[:-1])
                    child = self._table(kind, parts)
                    self.children[(parent.name, parts[-1])] = child.name
                    continue
                table = self._table(kind, parts[:-1]) if len(parts) > 1 else main
                self._column(table, parts[-1], typ, meaning)

    def _table(self, kind: str, parts: list[str]) -> _Table:
        name = _table_name(kind, parts)
        if name not in self.tables:
            keys = [f"{kind}_id", *(_key(p) for p in parts)] if parts else []
            t = _Table(name, kind, keys)
            for k in keys:
                what = f"id of the {kind} this row belongs to" if k == keys[0] else \
                    f"position in the list '{k.removesuffix('_index')}' (0 = first), as in JSON paths"
                t.columns.append(Column(f"{name}.csv", k, kind, "key", what))
            self.tables[name] = t
        return self.tables[name]

    def _column(self, table: _Table, path: str, typ: str, meaning: str) -> None:
        voc, codes = _vocabulary(typ)
        self.types[(table.name, path)] = typ
        f = f"{table.name}.csv"
        if typ == "date":
            precisions = SEP.join(f"{c} = {lbl}" for c, lbl in vocab.labels("date_precision"))
            table.columns += [
                Column(f, path, table.kind, "date", f"{meaning} (value: YYYY, YYYY-MM, YYYY-MM-DD or a date "
                       "and time)"),
                Column(f, f"{path}.precision", table.kind, "code", f"{meaning}: precision of the date",
                       "date_precision", precisions),
                Column(f, f"{path}.is_estimate", table.kind, "true/false",
                       f"{meaning}: the date is an estimate"),
            ]
        else:
            table.columns.append(Column(f, path, table.kind, _type_word(typ), meaning, voc, codes))


# -- flattening ------------------------------------------------------------------------
#: What makes a spreadsheet read a cell as a formula (the OWASP CSV injection rule).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading ``'``; so does text that already
    starts with ``'`` before such a character, so removing one ``'`` always gives it back."""
    return "'" + text if text.lstrip("'").startswith(FORMULA_START) else text


def _escape(item: Any) -> str:
    return _text(item).replace("\\", "\\\\").replace("|", "\\|")


def _cell(value: Any) -> str:
    """One cell: numbers as in JSON, text neutralised (see :func:`neutralise`)."""
    return neutralise(value) if isinstance(value, str) else _text(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class _Exporter:
    def __init__(self, layout: _Layout) -> None:
        self.layout = layout

    def add(self, kind: str, doc: dict[str, Any]) -> None:
        table = self.layout.tables[schema.KEYS[kind]]
        row: dict[str, str] = {}
        self._object(table, kind, doc, "", row, {f"{kind}_id": _cell(doc.get("id"))})
        table.rows.append(row)

    def _object(self, table: _Table, kind: str, obj: dict[str, Any], prefix: str, row: dict[str, str],
                keys: dict[str, str]) -> None:
        for k, v in obj.items():
            path = prefix + k
            typ = self.layout.types.get((table.name, path))
            child = self.layout.children.get((table.name, path))
            if child is None and typ is None and isinstance(v, list) and any(isinstance(i, dict) for i in v):
                child = self._extra_child(table, kind, path)
            if child is not None and isinstance(v, list):
                self._list(self.layout.tables[child], kind, path, v, keys)
            elif typ == "date" or (typ is None and _is_date_object(v)):
                self._date(table, path, v, row, known=typ is not None)
            elif typ == "json":
                row[path] = _cell(v)
            elif isinstance(v, dict) and typ is None:
                self._object(table, kind, v, path + ".", row, keys)
            elif isinstance(v, list):
                row[path] = neutralise(SEP.join(_escape(i) for i in v))
                self._extra(table, path, v, typ)
            else:
                row[path] = _cell(v)
                self._extra(table, path, v, typ)

    def _list(self, child: _Table, kind: str, path: str, items: list[Any], keys: dict[str, str]) -> None:
        for i, item in enumerate(items):
            ckeys = {**keys, _key(path): str(i)}
            row = dict(ckeys)
            if isinstance(item, dict):
                self._object(child, kind, item, "", row, ckeys)
                if path.endswith("fair_trial"):
                    _derive_fair_trial(item, row)
            else:
                row["value"] = _cell(item)
                self._extra(child, "value", item, self.layout.types.get((child.name, "value")))
            child.rows.append(row)

    def _date(self, table: _Table, path: str, v: Any, row: dict[str, str], known: bool) -> None:
        if isinstance(v, dict):
            row[path] = _cell(v.get("value"))
            row[f"{path}.precision"] = _cell(v.get("precision") or dates.precision_of(v.get("value")))
            row[f"{path}.is_estimate"] = _cell(v.get("is_estimate"))
            rest = {k: x for k, x in v.items() if k not in ("value", "precision", "is_estimate")}
            for k, x in rest.items():  # keep anything else a date object carries
                row[f"{path}.{k}"] = _cell(x)
                self._extra(table, f"{path}.{k}", x, None)
        else:
            row[path] = _cell(v)
            if isinstance(v, str):
                row[f"{path}.precision"] = _cell(dates.precision_of(v.split("T")[0]) if "T" not in v
                                                 else "minute")
        if not known:
            for suffix in ("", ".precision", ".is_estimate"):
                self._extra(table, path + suffix, None, None, date=True)

    def _extra(self, table: _Table, path: str, value: Any, typ: str | None, date: bool = False) -> None:
        if typ is not None or path in table.extra:
            return
        word = "date" if date else ("list joined with ' | '" if isinstance(value, list) else "text")
        table.extra[path] = Column(f"{table.name}.csv", path, table.kind, word,
                                   "Not in the FieldDoc schema: kept as found in the source data")

    def _extra_child(self, table: _Table, kind: str, path: str) -> str:
        name = f"{table.name if table.keys else kind}_{path.replace('.', '_')}"
        if name not in self.layout.tables:
            keys = [*(table.keys or [f"{kind}_id"]), _key(path)]
            child = _Table(name, kind, keys)
            for k in keys:
                child.columns.append(Column(f"{name}.csv", k, kind, "key", "key (see the parent file)"))
            self.layout.tables[name] = child
            table.extra[path + "[]"] = Column(f"{table.name}.csv", path + "[]", kind, "child file",
                                              f"Not in the FieldDoc schema: rows in {name}.csv")
        self.layout.children[(table.name, path)] = name
        return name


def _is_date_object(v: Any) -> bool:
    return isinstance(v, dict) and "value" in v and set(v) <= {"value", "precision", "is_estimate"}


def _derive_fair_trial(obs: dict[str, Any], row: dict[str, str]) -> None:
    item = vocab.FAIR_TRIAL_BY_ID.get(str(obs.get("item")))
    if item is None:
        return
    row["group"] = item.group
    row["group_label"] = vocab.FT_GROUPS[item.group].label("en")
    row["right"] = item.right
    row["expected_answer"] = item.expected or ""


# -- writing ---------------------------------------------------------------------------
def _csv_bytes(header: list[str], rows: Iterable[dict[str, str]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow([row.get(c, "") for c in header])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


LINK_ENDS = ("subject_id", "object_id", "from_id", "to_id")


def _disclosed(data: dict[str, Any], key: str, include_device_only: bool) -> list[dict[str, Any]]:
    """The records under ``key`` that may be shown.

    Device-only records are judged by their effective confidentiality (a record
    marked only ``tlp: RED`` is device-only too), and a link (involvement,
    relation) to a device-only record is left out with it: the link alone would
    tell who was involved in what.
    """
    docs = [d for d in data.get(key) or [] if isinstance(d, dict)]
    if include_device_only:
        return docs
    hidden = {str(d.get("id")) for k in schema.KINDS for d in data.get(k) or []
              if isinstance(d, dict) and schema.effective_confidentiality(d) == "device_only"}
    return [d for d in docs if schema.effective_confidentiality(d) != "device_only"
            and not any(d.get(end) in hidden for end in LINK_ENDS)]


def existing_outputs(folder: Path) -> list[Path]:
    """Files of an earlier export in ``folder`` (so the CLI can refuse to overwrite them)."""
    if not folder.is_dir():
        return []
    names = {f"{t}.csv" for t in _Layout().tables} | {CODEBOOK}
    return sorted(p for p in folder.iterdir() if p.name in names)


@dataclass(frozen=True)
class WrittenFile:
    """One file of an export: where it is, what it holds, how many data rows (header not counted)."""

    path: Path
    kind: str  # record type, or "" for the codebook
    main: bool  # one row per record (not a child file of nested items, not the codebook)
    rows: int


@dataclass(frozen=True)
class CsvExport:
    files: list[WrittenFile]
    withheld: int  # device-only records (and links to them) left out


#: progress(done, total); it may raise (e.g. to cancel), and nothing is written then.
ProgressFn = Callable[[int, int], None]


def write_csv_export(records: Records, folder: Path, *, include_device_only: bool = False,
                     include_contact: bool = False, progress: ProgressFn | None = None,
                     public: bool = False, edition: str = "internal",
                     selection: CaseSelection | None = None) -> CsvExport:
    """Write the CSV files and the codebook into ``folder`` (created if needed), all or nothing.

    With an active ``selection`` only the cases it chooses, their records and what those refer
    to are written (records.case_selection).

    ``progress(done, total)`` is called as records are laid out and files
    written; if it raises (a Cancel), the exception propagates and no file in
    ``folder`` has changed.
    """
    report = progress or (lambda _done, _total: None)
    if public:
        edition = "public"
    public = edition in ("public", "partners")
    data = export_dataset(records, strip_contact=not include_contact or public)
    left_out = 0
    if public:  # public (CLEAR) or partners (GREEN): consent obeyed, pseudonyms (records/publication.py)
        from fielddoc.records import consent, publication

        data, left_out = publication.public_dataset(data, consent.pseudonym_secret(records.store), edition)
        include_device_only = False
    if selection is not None and selection.active:
        selection.check()
        data, _others = case_selection.restrict_dataset(data, case_selection.selected_cases(records.store,
                                                                                            selection))
    layout = _Layout()
    exporter = _Exporter(layout)
    chosen = {key: _disclosed(data, key, include_device_only) for key in schema.KINDS}
    withheld = left_out + sum(len([d for d in data.get(key) or [] if isinstance(d, dict)]) - len(chosen[key])
                              for key in schema.KINDS)
    n_records = sum(len(docs) for docs in chosen.values())
    total = n_records + len(layout.tables) + 1  # grows if the data brings child files of its own
    done = 0
    report(done, total)
    for key, kind in schema.KINDS.items():
        for doc in chosen[key]:
            exporter.add(kind, doc)
            done += 1
            if done % 50 == 0:
                report(done, total)
    total = n_records + len(layout.tables) + 1
    report(done, total)
    folder = Path(folder)
    created = not folder.exists()
    new_private_dirs(folder)  # plaintext: a folder made here is the owner's only (0700)
    if not folder.is_dir():
        raise FileExistsError(17, "File exists", str(folder))  # as mkdir(exist_ok=True) says
    files: list[tuple[Path, bytes]] = []
    written: list[WrittenFile] = []
    book: list[dict[str, str]] = []
    for name in sorted(layout.tables):
        table = layout.tables[name]
        header = table.header()
        target = folder / f"{name}.csv"
        files.append((target, _csv_bytes(header, table.rows)))
        written.append(WrittenFile(target, table.kind, not table.keys, len(table.rows)))
        described = {c.name: c for c in table.columns} | table.extra
        for col in header:
            c = described[col]
            book.append({"file": c.file, "column": c.name, "record_type": c.kind, "type": c.type,
                         "meaning": c.meaning, "vocabulary": c.vocabulary, "codes": c.codes})
    target = folder / CODEBOOK
    files.append((target, _csv_bytes(list(CODEBOOK_COLUMNS), book)))
    written.append(WrittenFile(target, "", False, len(book)))
    try:
        write_all_or_nothing(files, lambda n: report(n_records + n, total))
    except BaseException:
        if created:  # leave no empty folder behind either
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    shas = {p.name: hashlib.sha256(data).hexdigest() for p, data in files
            if any(w.path == p and w.kind == "attachment" for w in written)}
    custody.log_output(records.store.engine, records.store.device_id, records.author,
                       (str(d.get("id")) for d in chosen.get("attachments", []) if d.get("id")),
                       {"output": "csv", "files": shas})
    return CsvExport(written, withheld)


def export_csv(records: Records, folder: Path, *, include_device_only: bool = False,
               include_contact: bool = False, progress: ProgressFn | None = None,
               public: bool = False, edition: str = "internal",
               selection: CaseSelection | None = None) -> list[Path]:
    """Write the CSV files and the codebook into ``folder`` (created if needed); returns their paths."""
    result = write_csv_export(records, folder, include_device_only=include_device_only,
                              include_contact=include_contact, progress=progress, public=public,
                              edition=edition, selection=selection)
    return [f.path for f in result.files]
