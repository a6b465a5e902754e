"""Closed vocabularies and their en/ru/kk labels (fielddoc.records.vocab)."""

from __future__ import annotations

import re

import pytest

from fielddoc.records import vocab

CYRILLIC = re.compile("[\u0400-\u04ff]")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

# The lists exactly as data-model.md §3 gives them.
EXPECTED: dict[str, set[str]] = {
    "instance": {"pre_trial_judge", "first_instance", "appeal", "cassation", "supervisory_review"},
    "hearing_type": {
        "detention_sanction",
        "preliminary_hearing",
        "main_trial_session",
        "verdict_announcement",
        "sentencing",
        "appeal_hearing",
        "administrative_hearing",
        "other",
    },
    "hearing_status": {"held", "held_partly_closed", "closed_session", "adjourned", "not_held", "cancelled",
                       "scheduled"},
    "assignment_mode": {"in_person", "online"},
    "assignment_status": {"assigned", "confirmed", "declined", "attended", "missed"},
    "public_access_status": {"open", "restricted", "closed_by_decision", "de_facto_closed", "unknown"},
    "monitor_admission": {"admitted", "admitted_with_restrictions", "denied", "removed", "not_attempted"},
    "presence": {"present", "absent", "video_link", "removed"},
    "dock": {"none", "bench_with_counsel", "cage", "glass_box"},
    "counsel_appointment": {"private", "state_legal_aid", "ngo", "unknown"},
    "verdict_result": {
        "guilty",
        "partly_guilty",
        "acquitted",
        "dismissed",
        "returned_for_investigation",
        "amnestied",
        "mixed",
    },
    "sentence_type": {
        "imprisonment",
        "restricted_freedom",
        "fine",
        "administrative_arrest",
        "ban_on_activity",
        "warning",
        "correctional_work",
        "public_works",
        "life_imprisonment",
        "other",
    },
    "incident_type": {
        "killing",
        "use_of_force_against_assembly",
        "assault",
        "torture_ill_treatment",
        "threat_intimidation",
        "surveillance",
        "search_of_premises",
        "confiscation",
        "arbitrary_arrest",
        "abduction",
        "attempted_abduction",
        "disappearance",
        "censorship",
        "assembly_ban",
        "dismissal_for_union_activity",
        "travel_restriction",
    },
    "facility_type": {
        "police_station",
        "temporary_detention_isolator",
        "pre_trial_centre",
        "security_service_facility",
        "special_reception_centre",
        "penal_colony",
        "psychiatric",
        "unofficial_place",
        "in_transit",
        "abroad",
    },
    "release_type": {
        "without_charge",
        "measure_changed",
        "fine_or_non_custodial",
        "suspended_sentence",
        "acquitted",
        "amnesty",
        "pardon",
        "sentence_served",
        "parole",
        "extradited",
        "escaped",
        "died_in_custody",
        "unknown",
    },
    "confidentiality": {"public", "partners", "organisation", "restricted", "device_only"},
    "tlp": {"CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"},
    "consent_method": {"written", "oral_recorded", "oral_noted"},
    "consent_publish": {"named", "anonymised_only", "no"},
    "reliability": set("ABCDEF"),
    "credibility": set("123456"),
    "protection_risk": {"low", "medium", "high"},
    "handling": {"direct", "via_intermediary", "do_not_contact"},
    "source_kind": {
        "monitor_observation",
        "interview",
        "court_record",
        "official_document",
        "media",
        "ngo_report",
        "official_statement",
        "social_media",
    },
    "case_type": {"criminal", "administrative_offence", "civil", "other"},
    "stage": {
        "investigation",
        "pre_trial",
        "trial",
        "appeal",
        "cassation",
        "supervisory",
        "execution",
        "closed",
    },
    "org_type": {
        "court",
        "police",
        "state_security",
        "prosecutor",
        "prison_service",
        "local_admin",
        "company",
        "media",
        "ngo",
        "ngo_network",
        "political_party",
        "intl_org",
    },
    "court_level": {"first_instance", "appeal", "supreme"},
    "procedure": {"criminal", "administrative", "extradition", "immigration", "psychiatric", "other"},
    "access_status": {"yes", "no", "delayed", "unknown"},
    "in_custody": {"yes", "no", "some", "unknown"},
    "recording_allowed": {"yes", "no", "partly"},
    "involvement_role": {
        "defendant",
        "suspect",
        "victim",
        "injured_party",
        "witness_prosecution",
        "witness_defence",
        "anonymous_witness",
        "expert",
        "presiding_judge",
        "judge",
        "juror",
        "prosecutor",
        "defence_counsel",
        "interpreter",
        "bailiff",
        "monitor",
        "journalist",
        "relative",
        "alleged_perpetrator",
        "commander",
        "intervening_party",
        "monitoring_organisation",
        "member",
        "leader",
        "employer",
    },
    "file_role": {
        "original",
        "evidentiary_copy",
        "working_copy",
        "redacted_copy",
        "html_source",
        "screenshot",
        "warc",
    },
    "custody_action": {
        "collected",
        "hashed",
        "copied",
        "exported",
        "received",
        "verified",
        "redacted",
        "analysed",
        "deleted",
    },
    "relation_type": {"detention_in_case", "hearing_of_case", "same_as", "duplicate_of"},
    "date_precision": {"year", "month", "day", "hour", "minute"},
    "ft_answer": {"yes", "no", "partly", "not_observed", "not_applicable", "unknown"},
    "ft_assessment": {"no_concern", "concern", "apparent_violation", "not_assessed"},
    "wgad_category": {"I", "II", "III", "IV", "V"},
    "wgad_status": {"draft", "final"},
    "ft_group": set("ABCDEFGHIJK"),
}

FT_IDS = [
    "tribunal.established_by_law",
    "tribunal.external_communication_to_judge",
    "tribunal.bias_conduct",
    "public.schedule_published",
    "public.public_admitted",
    "public.monitors_admitted",
    "public.closure_reasoned",
    "public.media_recording_allowed",
    "public.audible",
    "public.court_recording",
    "fair.informed_of_charge",
    "fair.rights_explained",
    "fair.adequate_time",
    "fair.adequate_facilities",
    "fair.motions_ruled_reasoned",
    "presence.accused_present",
    "presence.cage_or_glass_box",
    "presence.restraints_without_reason",
    "poi.official_prejudicial_statements",
    "poi.compelled_confession_alleged",
    "torture.allegation_raised",
    "torture.court_ordered_investigation",
    "torture.evidence_relied_on",
    "torture.ruling_on_evidence",
    "eoa.defence_witnesses_admitted",
    "eoa.cross_examination_possible",
    "eoa.evidence_examined_in_court",
    "eoa.expert_evidence_challengeable",
    "eoa.witness_intimidation_or_retraction",
    "counsel.present",
    "counsel.of_choice",
    "counsel.confidential_communication",
    "counsel.access_from_arrest",
    "interp.needed",
    "interp.provided",
    "judgment.pronounced_publicly",
    "fair.last_word",
    "judgment.reasoned",
    "judgment.copy_timely",
    "delay.undue",
    "dt.informed_of_reasons",
    "dt.prompt_judicial_appearance",
    "dt.pretrial_detention_individually_reasoned",
    "dt.family_notified",
    "dt.medical_exam",
]
EXPECTED_NO = {
    "delay.undue",
    "eoa.witness_intimidation_or_retraction",
    "poi.official_prejudicial_statements",
    "presence.cage_or_glass_box",
    "presence.restraints_without_reason",
    "torture.evidence_relied_on",
    "tribunal.bias_conduct",
    "tribunal.external_communication_to_judge",
}
INFORMATIONAL = {
    "interp.needed",
    "poi.compelled_confession_alleged",
    "public.court_recording",
    "public.media_recording_allowed",
    "torture.allegation_raised",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_vocabularies_match_the_data_model(name: str) -> None:
    codes = vocab.VOCABS[name]
    assert set(codes) == EXPECTED[name]
    assert len(codes) == len(set(codes))


def test_every_label_in_all_three_languages() -> None:
    count = 0
    for name, codes in vocab.VOCABS.items():
        for code in codes:
            texts = vocab.all_labels(name, code)
            assert set(texts) == {"en", "ru", "kk"}, (name, code)
            for lang in vocab.LANGS:
                text = vocab.label(name, code, lang)
                assert text.strip() and text == texts[lang].strip(), (name, code, lang)
                assert text != code or name in ("ft_group",), (name, code, lang)
            assert CYRILLIC.search(texts["ru"]), (name, code)
            assert CYRILLIC.search(texts["kk"]), (name, code)
            count += 1
    assert count > 290


def test_kazakh_labels_use_kazakh_letters() -> None:
    kk = [vocab.label(n, c, "kk") for n, codes in vocab.VOCABS.items() for c in codes]
    with_letters = [t for t in kk if KAZAKH_LETTERS & set(t)]
    assert len(with_letters) > len(kk) // 2
    # no Latin look-alikes sneaking into Cyrillic words (e.g. Latin 'a' inside 'Ашық')
    for text in kk:
        for word in re.findall(r"\w+", text):
            if CYRILLIC.search(word):
                assert not re.search("[A-Za-z]", word), word


def test_kazakh_differs_from_russian_mostly() -> None:
    pairs = [
        (vocab.label(n, c, "ru"), vocab.label(n, c, "kk")) for n, codes in vocab.VOCABS.items() for c in codes
    ]
    assert sum(ru != kk for ru, kk in pairs) > 0.8 * len(pairs)


def test_label_fallbacks() -> None:
    assert vocab.label("hearing_status", "held", "ru") == "Состоялось"
    assert vocab.label("hearing_status", "held", "kk_KZ") == vocab.label("hearing_status", "held", "kk")
    assert vocab.label("hearing_status", "held", "ru-RU") == "Состоялось"
    assert vocab.label("hearing_status", "held", "de") == "Held"  # unknown language -> English
    assert vocab.label("hearing_status", "nonsense", "ru") == "nonsense"  # unknown code -> the code
    assert vocab.label("no_such_vocab", "x", "kk") == "x"
    assert vocab.label("tlp", "RED", "en").startswith("TLP:RED")
    assert vocab.labels("presence", "kk")[0] == ("present", "Қатысты")


def test_fair_trial_items() -> None:
    items = vocab.FAIR_TRIAL_ITEMS
    assert [i.id for i in items] == ["ft." + i for i in FT_IDS]
    retired = tuple(i.id for i in vocab.FAIR_TRIAL_RETIRED)  # still readable in stored answers
    assert vocab.VOCABS["fair_trial_item"] == tuple(i.id for i in items) + retired
    groups = [i.group for i in items]
    assert groups == sorted(groups)  # ordered A..K as in §3.4
    assert set(groups) == set(vocab.FT_GROUPS)
    for item in items:
        short = item.id[3:]
        if short in INFORMATIONAL:
            assert item.expected is None
        else:
            assert item.expected == ("no" if short in EXPECTED_NO else "yes"), item.id
        assert item.right and ("ICCPR" in item.right or "CAT" in item.right)
        assert all(item.label(lang) for lang in vocab.LANGS)
        assert vocab.FAIR_TRIAL_BY_ID[item.id] is item
    assert vocab.FAIR_TRIAL_BY_ID["ft.presence.cage_or_glass_box"].group == "D"
    assert vocab.FAIR_TRIAL_BY_ID["ft.dt.medical_exam"].group == "K"


def test_fair_trial_groups() -> None:
    assert list(vocab.FT_GROUPS) == list("ABCDEFGHIJK")
    assert vocab.FT_GROUPS["A"].right.startswith("ICCPR 14(1)")
    assert vocab.FT_GROUPS["F"].right == "ICCPR 7, 14(3)(g); CAT 15; HRC GC20 §12"
    for g in vocab.FT_GROUPS.values():
        assert g.label("en") and g.label("ru") and g.label("kk") and g.label("xx") == g.label("en")


def test_confidentiality_tlp_table() -> None:
    assert vocab.CONFIDENTIALITY_TLP == {
        "public": "CLEAR",
        "partners": "GREEN",
        "organisation": "AMBER",
        "restricted": "AMBER+STRICT",
        "device_only": "RED",
    }
    assert {v: k for k, v in vocab.TLP_CONFIDENTIALITY.items()} == vocab.CONFIDENTIALITY_TLP
    assert set(vocab.CONFIDENTIALITY_TLP) == set(vocab.VOCABS["confidentiality"])
    assert set(vocab.TLP_CONFIDENTIALITY) == set(vocab.VOCABS["tlp"])


def test_incident_types_map_to_huridocs_codes() -> None:
    assert set(vocab.INCIDENT_HURIDOCS) == set(vocab.VOCABS["incident_type"])
    for codes in vocab.INCIDENT_HURIDOCS.values():
        assert codes and all(vocab.is_huridocs_code(c) for c in codes)
    assert vocab.INCIDENT_HURIDOCS["use_of_force_against_assembly"] == ("010105010000", "120105000000")
    assert vocab.INCIDENT_HURIDOCS["attempted_abduction"] == vocab.INCIDENT_HURIDOCS["abduction"]


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("030000000000", True),
        ("999999999999", True),
        ("03000000000", False),
        ("0300000000000", False),
        ("03000000000a", False),
        ("٠٣٠٠٠٠٠٠٠٠٠٠", False),
        (30000000000, False),
        (None, False),
        ("", False),
    ],
)
def test_huridocs_code_shape(value: object, ok: bool) -> None:
    assert vocab.is_huridocs_code(value) is ok


def test_is_code() -> None:
    assert vocab.is_code("tlp", "AMBER+STRICT")
    assert not vocab.is_code("tlp", "amber")
    assert not vocab.is_code("tlp", ["RED"])
    assert not vocab.is_code("nope", "RED")
