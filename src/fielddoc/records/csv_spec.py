"""The columns of the CSV export, per record type: what each means, its type and its vocabulary
(docs/csv-format.md). :mod:`fielddoc.records.csv_export` lays the files out from it and writes the
codebook. Each line of a SPEC entry is ``path | type | meaning``; ``[]`` marks a list of objects
(a child file).
"""

from __future__ import annotations

SEP = " | "
CODEBOOK = "codebook.csv"
CODEBOOK_COLUMNS = ("file", "column", "record_type", "type", "meaning", "vocabulary", "codes")

COMMON = """
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
