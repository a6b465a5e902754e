"""The record schema of docs/data-model.md as data: one field table per record kind.

Each table maps a field name to a checker from :mod:`fielddoc.records.schema_checks`.
Fields not listed are accepted and kept (checked only as JSON within the limits).
``TEXT`` fields are human text and feed the full-text index; ``ref(...)``
fields are references, with the record kinds they may point to.
"""

from __future__ import annotations

from typing import Any

from fielddoc.records.schema_checks import (
    ANY,
    BOOL,
    COUNT,
    COUNTRY,
    DATE,
    DATETIME,
    HURIDOCS,
    ID,
    LANG,
    LANG_RE,
    MIME,
    OFFSET,
    SHA256,
    SHA512,
    STR,
    SUBDIVISION,
    TEXT,
    TIME,
    TZ,
    Check,
    Ctx,
    any_of,
    dict_of,
    huridocs_in,
    huridocs_or,
    join,
    list_of,
    nested_id,
    number,
    obj,
    ref,
    refs,
    vocab_of,
)

PERSON = ("person",)
ORG = ("organisation",)
AGENT = ("person", "organisation")
LOCATION = ("location",)
CASE = ("case",)
SOURCE = ("source",)

BOOL_OR_COUNT = any_of("true, false, a whole number of 0 or more, or null", BOOL, COUNT)
BOOL_OR_TEXT = any_of("true, false, a string or null", BOOL, TEXT)
TEXTS = list_of(TEXT)
LAT = number(-90, 90)
LON = number(-180, 180)
NON_NEGATIVE = number(0, None)
I18N_NAMES = dict_of(TEXT, LANG_RE, "a language tag such as 'ru' or 'kk'")  # {"ru": "...", "kk": "..."}

# Every record carries these (docs/data-model.md §1).
COMMON: dict[str, Check] = {
    "id": ID,
    "created_at": DATETIME,
    "created_by": STR,
    "updated_at": DATETIME,
    "updated_by": STR,
    "revision": COUNT,
    "device_id": ID,
    "confidentiality": vocab_of("confidentiality"),
    "tlp": vocab_of("tlp"),
    "source_ids": refs(*SOURCE),
    "notes": TEXT,
    "deleted_at": DATETIME,
    "export_batch_ids": list_of(ID),  # ExportBatch is an operational record, not in the interchange file
    "draft": BOOL,
    "_illustrative": list_of(STR),
}

FAIR_TRIAL = list_of(obj({
    "item": vocab_of("fair_trial_item"),
    "answer": vocab_of("ft_answer"),
    "assessment": vocab_of("ft_assessment"),
    "period": STR,
    "note": TEXT,
    "source_ids": refs(*SOURCE),
    # where the monitor's answer comes from, and the analyst's record of judgement (issue 12 part 3)
    "answer_basis": vocab_of("answer_basis"),
    "assessment_note": TEXT,
    "standards": list_of(STR),  # "ICCPR 14(3)(b)", "HRC GC32 §33", a national CPC article
    "assessed_by": STR,
    "assessed_at": DATETIME,
    "assessment_status": vocab_of("assessment_status"),
}, required=("item",)))

LEGAL_ARTICLE: dict[str, Check] = {"code": STR, "article": STR, "part": STR, "paragraph": STR, "label": TEXT}

PERPETRATOR = obj({
    "description": TEXT,
    "degree_of_involvement": huridocs_in("18"),
    "huridocs_perpetrator_type": huridocs_in("24"),
    "perpetrator_type": huridocs_in("24"),
    "perpetrator_status": HURIDOCS,
})


def _min_max(value: dict[str, Any], ctx: Ctx, path: str) -> None:
    lo, hi = value.get("min"), value.get("max")
    if (isinstance(lo, int) and isinstance(hi, int) and not isinstance(lo, bool)
            and not isinstance(hi, bool) and lo > hi):
        ctx.add(join(path, "min"), "the minimum ({min}) is larger than the maximum ({max})", min=lo, max=hi)


CASUALTY = obj({"official": COUNT, "min": COUNT, "max": COUNT, "approx": COUNT, "disputed": BOOL,
                "note": TEXT}, after=_min_max)

ACT = obj({
    "id": nested_id("act"),
    "victim_id": ref(*AGENT),
    "type_of_act": huridocs_in("4"),
    "attempted": BOOL,
    "methods_of_violence": list_of(huridocs_in("5")),
    "start": DATE,
    "end": DATE,
    "exact_location": TEXT,
    "location_id": ref(*LOCATION),
    "stated_reason": TEXT,
    "attribution": huridocs_in("28"),
    "physical_consequences": TEXT,
    "psychological_consequences": TEXT,
    "status_at_end": huridocs_in("25"),
    "perpetrator_ids": refs(*AGENT),
    "perpetrators": list_of(PERPETRATOR),
    "degree_of_involvement": huridocs_in("18"),
    "note": TEXT,
    "source_ids": refs(*SOURCE),
})

ACCESS_ITEM = obj({"status": vocab_of("access_status"), "first_at": DATE, "note": TEXT})

ATTACHMENT_FILE = obj({
    "role": vocab_of("file_role"),
    "file_name": TEXT,
    "mime_type": MIME,
    "size_bytes": COUNT,
    "sha256": SHA256,
    "sha512": SHA512,
    "derivative_of": STR,
    "transformations": list_of(any_of("a string or an object", STR, obj({}))),
}, required=("sha256",))

CONSENT = obj({
    "given": BOOL,
    "method": vocab_of("consent_method"),
    "date": DATE,
    "taken_by": STR,
    "taken_by_id": ref(*PERSON),
    "scopes": obj({
        "record": BOOL,
        "store_identity": BOOL,
        "share_with_hq": BOOL,
        "share_with_partners": BOOL,
        "publish": vocab_of("consent_publish"),
        "share_with_un_osce": BOOL,
        "recontact": BOOL,
    }),
    "withdrawn_at": DATETIME,
})

# A sentence as data (issue 12): terms in whole years, months and days; a fine with its unit.
SENTENCE = obj({
    "type": vocab_of("sentence_type"),
    "years": COUNT,
    "months": COUNT,
    "days": COUNT,
    "fine": obj({"amount": NON_NEGATIVE, "unit": vocab_of("fine_unit")}),
    "suspended": BOOL,
    "probation_months": COUNT,
    "additional_penalties": list_of(obj({
        "type": vocab_of("additional_penalty"), "years": COUNT, "months": COUNT, "description": TEXT,
    })),
    "regime": vocab_of("prison_regime"),
})

FIELDS: dict[str, dict[str, Check]] = {
    "organisation": {
        "name": TEXT,
        "names_i18n": I18N_NAMES,
        "org_type": vocab_of("org_type"),
        "parent_id": ref(*ORG),
        "location_id": ref(*LOCATION),
        "court_level": vocab_of("court_level"),
        "huridocs_perpetrator_type": huridocs_in("24"),
    },
    "location": {
        "name": TEXT,
        "names_i18n": I18N_NAMES,
        "parent_id": ref(*LOCATION),
        "country": COUNTRY,
        "admin1": TEXT,
        "iso3166_2": SUBDIVISION,
        "location_type": HURIDOCS,
        "lat": LAT,
        "lon": LON,
        "precision": STR,
        "tz": TZ,
    },
    "person": {
        "name": TEXT,
        "other_names": TEXTS,
        "pseudonym": BOOL,
        "counting_unit": huridocs_or("counting_unit"),
        "group_size": COUNT,
        "sex": huridocs_or("sex"),
        "date_of_birth": DATE,
        "citizenship": list_of(COUNTRY),
        "languages": list_of(LANG),
        "occupation": TEXT,
        "public_figure": BOOL,
        "deceased": BOOL,
        "date_deceased": DATE,
        "contact": ANY,  # encrypted contact details: never indexed, never exported by default
    },
    "case": {
        "title": TEXT,
        "case_type": vocab_of("case_type"),
        "official_case_number": TEXT,
        "court_id": ref(*ORG),
        "venue_location_id": ref(*LOCATION),
        "stage": vocab_of("stage"),
        "opened": DATE,
        "first_instance_judgment": DATE,
        "outcome_summary": TEXT,
        "procedural_history": list_of(obj({"date": DATE, "event": TEXT})),
        "fair_trial": FAIR_TRIAL,
        "charges": list_of(obj({"defendant_id": ref(*PERSON), **LEGAL_ARTICLE, "outcome": TEXT})),
        # how a monitoring programme follows the case (issue 12)
        "tags": list_of(TEXT),
        "monitoring_status": huridocs_in("43"),
        "priority": vocab_of("case_priority"),
        "selection_criteria": list_of(vocab_of("selection_criterion")),
    },
    "hearing": {
        "case_id": ref(*CASE),
        "date": DATE,
        "instance": vocab_of("instance"),
        "hearing_type": vocab_of("hearing_type"),
        "status": vocab_of("hearing_status"),
        "scheduled_start": DATETIME,
        "actual_start": DATETIME,
        "actual_end": DATETIME,
        # The date the hearing was adjourned to, or the id of the next hearing's record.
        "adjourned_to": any_of("a date or the id of the next hearing", DATE, ref("hearing")),
        "adjournment_reason": TEXT,
        "court_id": ref(*ORG),
        "venue_location_id": ref(*LOCATION),
        "courtroom": TEXT,
        "language": list_of(LANG),
        "presiding_judge_id": ref(*PERSON),
        "panel_ids": refs(*PERSON),
        "jury": BOOL_OR_COUNT,
        "prosecutor_ids": refs(*PERSON),
        "defence_counsel": list_of(obj({
            "person_id": ref(*PERSON),
            "client_ids": refs(*PERSON),
            "appointment": vocab_of("counsel_appointment"),
            "description": TEXT,
            "note": TEXT,
        })),
        "defendants": list_of(obj({
            "person_id": ref(*PERSON),
            "presence": vocab_of("presence"),
            "in_custody": vocab_of("in_custody"),
            "dock": vocab_of("dock"),
            "restraints": BOOL_OR_TEXT,
            "note": TEXT,
        })),
        "witnesses": list_of(obj({
            "person_id": ref(*PERSON),
            "code": STR,
            "called_by": STR,
            "anonymous": BOOL,
            "remote": BOOL,
            "note": TEXT,
        })),
        "interpreter": obj({"needed": BOOL, "provided": BOOL, "languages": list_of(LANG), "adequate": BOOL,
                            "note": TEXT}),
        "public_access": obj({
            "status": vocab_of("public_access_status"),
            "pass_required": BOOL,
            "capacity_seats": COUNT,
            "attendance_est": COUNT,
            "overflow_room": BOOL,
            "denied_count": COUNT,
        }),
        # The plan (who is to cover the hearing); "monitors" below is what happened.
        "assignments": list_of(obj({
            "monitor_id": ref(*PERSON),
            "organisation_id": ref(*ORG),
            "mode": vocab_of("assignment_mode"),
            "status": vocab_of("assignment_status"),
            "note": TEXT,
        }, required=("monitor_id",))),
        "monitors": list_of(obj({
            "person_id": ref(*PERSON),
            "organisation_id": ref(*ORG),
            "admission": vocab_of("monitor_admission"),
            "description": TEXT,
        })),
        "media": obj({"present": BOOL, "recording_allowed": vocab_of("recording_allowed")}),
        "security_presence": TEXT,
        "conditions": TEXT,
        "procedural_events": list_of(obj({
            "time": TIME, "type": STR, "by_person_id": ref(*PERSON), "summary": TEXT,
        })),
        # Words said in court, verbatim and in the language they were said in (hearing mode's Quote).
        "quotes": list_of(obj({
            "time": TIME, "speaker_id": ref(*PERSON), "language": LANG, "text": TEXT, "note": TEXT,
        })),
        "motions": list_of(obj({"by": STR, "subject": TEXT, "ruling": TEXT, "reason_given": BOOL_OR_TEXT})),
        # One per person who alleged torture or ill-treatment (issue 12; replaces the single
        # ``torture_allegation`` of FieldDoc <= 0.x, which records.upgrade turns into this list).
        "torture_allegations": list_of(obj({
            "person_id": ref(*PERSON),
            "role": vocab_of("allegation_role"),
            "raised_by_person_id": ref(*PERSON),
            "phase": vocab_of("torture_phase"),
            "methods": list_of(huridocs_in("5")),
            "perpetrator_description": TEXT,
            "court_response": vocab_of("court_response"),
            "detention_id": ref("detention"),
            "note": TEXT,
        })),
        "verdicts": list_of(obj({
            "defendant_id": ref(*PERSON),
            "result": vocab_of("verdict_result"),
            "sentence": SENTENCE,
            "note": TEXT,
        })),
        "fair_trial": FAIR_TRIAL,
        "narrative": TEXT,
    },
    "incident": {
        "title": TEXT,
        "incident_type": vocab_of("incident_type"),
        "start": DATE,
        "end": DATE,
        "location_id": ref(*LOCATION),
        "description": TEXT,
        "context_tags": list_of(STR),
        "rights_affected": list_of(huridocs_in("3")),
        "violation_status": huridocs_in("41"),
        "monitoring_status": huridocs_in("43"),
        "impact": TEXT,
        "casualties": obj({"killed": CASUALTY, "injured": CASUALTY, "detained": CASUALTY}),
        "acts": list_of(ACT),
        "perpetrators": list_of(PERPETRATOR),
        "attachment_ids": refs("attachment"),
    },
    "detention": {
        "person_id": ref(*PERSON),
        "case_id": ref(*CASE),
        "related_case_id": ref(*CASE),
        "procedure": vocab_of("procedure"),
        "detention_type": huridocs_in("29"),
        "apprehension": obj({
            "datetime": DATE,
            "location_id": ref(*LOCATION),
            "authority_id": ref(*ORG),
            "officers": list_of(any_of("a string or an object", TEXT, obj({"person_id": ref(*PERSON)}))),
            "plainclothes": BOOL,
            "force_used": BOOL,
            "circumstances": TEXT,
            "informed_of_reasons": BOOL,
            "rights_explained": BOOL,
            "protocol_no": STR,
            "protocol_time": DATE,
        }),
        "legal_basis": obj({**LEGAL_ARTICLE, "decided_by_id": ref(*AGENT), "decision_date": DATE}),
        "sentence_days": COUNT,
        "first_judicial_appearance": DATE,
        "hours_to_judge": NON_NEGATIVE,
        "judicial_reviews": list_of(obj({"date": DATE, "outcome": TEXT})),
        "custody_segments": list_of(obj({
            "facility": TEXT,
            "facility_type": vocab_of("facility_type"),
            "location_id": ref(*LOCATION),
            "from": DATE,
            "to": DATE,
            "whereabouts": huridocs_in("30"),
            "note": TEXT,
        })),
        "access": obj({
            "lawyer": ACCESS_ITEM,
            "family_notified": ACCESS_ITEM,
            "medical_exam": ACCESS_ITEM,
            "consular": ACCESS_ITEM,
            "monitors": ACCESS_ITEM,
            "legal_counsel": huridocs_in("31"),
        }),
        "ill_treatment": obj({
            "alleged": BOOL,
            "methods": list_of(huridocs_in("5")),
            "phase": TEXT,
            "perpetrator_ids": refs(*AGENT),
            "medical_evidence": BOOL_OR_TEXT,
            "complaint": obj({"date": DATE, "body": TEXT, "outcome": TEXT}),
            "statements_signed": huridocs_in("36"),
            "medical_attention": huridocs_in("37"),
        }),
        "conditions": TEXT,
        "disciplinary": list_of(obj({"date": DATE, "measure": TEXT, "note": TEXT})),
        "release": obj({"date": DATE, "type": vocab_of("release_type"), "conditions": TEXT}),
        "liberty_status": huridocs_in("25"),
        "wgad_assessment": obj({
            "categories": list_of(vocab_of("wgad_category")),
            "status": vocab_of("wgad_status"),
            "note": TEXT,
        }),
    },
    "source": {
        "source_kind": vocab_of("source_kind"),
        "title": TEXT,
        "publisher_id": ref(*AGENT),
        "person_id": ref(*PERSON),
        "url": STR,
        "date": DATE,
        "language": LANG,
        "material_type": HURIDOCS,
        "connection": HURIDOCS,
        "reliability": vocab_of("reliability"),
        "credibility": vocab_of("credibility"),
        "interview": obj({"date": DATE, "interviewer_id": ref(*PERSON), "method": STR,
                          "location_id": ref(*LOCATION)}),
        "consent": CONSENT,
        "protection_risk": vocab_of("protection_risk"),
        "handling": vocab_of("handling"),
    },
    "attachment": {
        "title": TEXT,
        "description": TEXT,
        "source_id": ref(*SOURCE),
        "related_ids": refs(),
        "files": list_of(ATTACHMENT_FILE),
        "capture": obj({
            "captured_at": DATETIME,
            "local_offset": OFFSET,
            "captured_by_id": ref(*AGENT),
            "device": STR,
            "tool": STR,
            "tool_version": STR,
            "method": STR,
            "url": STR,
            "page_title": TEXT,
            "platform_post_id": STR,
            "geo": obj({"lat": LAT, "lon": LON, "accuracy_m": NON_NEGATIVE, "geo_source": STR}),
            "embedded_metadata": ANY,
        }),
        "encryption": obj({"algo": STR, "key_id": STR}),
        "custody_events": list_of(obj({
            "at": DATETIME,
            "actor_id": ref(*AGENT),
            "device_id": STR,  # the device (vault) that did it: FieldDoc writes this, not actor_id
            "action": vocab_of("custody_action"),
            "from": STR,
            "to": STR,
            "sha256_verified": BOOL,
            "export_batch": STR,
            "note": TEXT,
        })),
        "verification": obj({"status": STR, "by": STR, "at": DATETIME, "notes": TEXT}),
    },
    "involvement": {
        "subject_id": ref(*AGENT),
        "object_id": ref(),
        "role": vocab_of("involvement_role"),
        "for_ids": refs(),
        "degree_of_involvement": huridocs_in("18"),
        "perpetrator_type": huridocs_in("24"),
        "perpetrator_status": HURIDOCS,
        "from": DATE,
        "to": DATE,
    },
    "relation": {
        "from_id": ref(),
        "to_id": ref(),
        "type": huridocs_or("relation_type"),
    },
    "intervention": {
        "title": TEXT,
        "intervening_party_id": ref(*AGENT),
        "object_id": ref(),
        "type": HURIDOCS,
        "date": DATE,
        "parties_requested": any_of("a string or a list of strings", TEXT, TEXTS),
        "response": HURIDOCS,
        "impact": HURIDOCS,
        "status": HURIDOCS,
        "priority": HURIDOCS,
        "description": TEXT,
    },
}

REQUIRED: dict[str, tuple[str, ...]] = {
    "involvement": ("subject_id", "object_id", "role"),
    "relation": ("from_id", "to_id", "type"),
}
