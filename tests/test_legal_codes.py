"""The registry of legal codes and the concordance of offence families (issue 12 part 4)."""

from __future__ import annotations

import pytest

from fielddoc.errors import UnknownCode
from fielddoc.records import legal_codes, query, schema
from tests.test_cli import cli_vault, run  # noqa: F401 - the module fixture

KNOWN_CODES = ("KZ-CC-1997", "KZ-CC-2014", "KZ-CPC-1997", "KZ-CPC-2014", "KZ-CoAO-2001", "KZ-CoAO-2014")


def test_registry_loads_with_titles_and_dates_in_three_languages():
    codes = legal_codes.codes()
    assert set(KNOWN_CODES) <= set(codes)
    for code in codes.values():
        assert all(code.titles.get(lang) for lang in ("en", "ru", "kk")), code.id
        assert code.in_force_from
    assert codes["KZ-CC-1997"].in_force_to < codes["KZ-CC-2014"].in_force_from
    assert codes["KZ-CC-2014"].in_force_to is None
    assert "Уголовный кодекс" in legal_codes.code_title("KZ-CC-2014", "ru")
    assert legal_codes.code_title("XX-UNKNOWN", "kk") == "XX-UNKNOWN"


def test_every_family_has_three_languages_and_known_codes():
    fams = legal_codes.families()
    assert {"incitement_of_discord", "mass_riots", "unsanctioned_assembly", "illegal_strike",
            "extremist_organisation", "false_information"} <= set(fams)
    for fam in fams.values():
        assert all(fam.names.get(lang) for lang in ("en", "ru", "kk")), fam.id
        assert fam.articles and all(a.code in legal_codes.codes() for a in fam.articles)
    # no article belongs to two families (family_of must be a function)
    pairs = [p for fam in fams.values() for p in fam.pairs()]
    assert len(pairs) == len(set(pairs))


@pytest.mark.parametrize(("code", "article", "family", "verified"), [
    ("KZ-CC-1997", "164", "incitement_of_discord", True),
    ("KZ-CC-2014", "174", "incitement_of_discord", True),
    ("KZ-CC-1997", "241", "mass_riots", True),
    ("KZ-CC-2014", "272", "mass_riots", True),
    ("KZ-CoAO-2001", "373", "unsanctioned_assembly", True),
    ("KZ-CoAO-2014", "488", "unsanctioned_assembly", True),
    ("KZ-CC-2014", "405", "extremist_organisation", False),
])
def test_family_of_the_anchor_pairs(code, article, family, verified):
    fam = legal_codes.family_of(code, article)
    assert fam is not None and fam.id == family
    assert {a.verified for a in fam.articles if (a.code, a.article) == (code, article)} == {verified}


def test_family_of_unknown_and_extremist_flag():
    assert legal_codes.family_of("KZ-CC-1997", "181") is None
    assert legal_codes.family_of("KZ-CC-2014", "164") is None  # 164 of the 2014 code is another offence
    assert legal_codes.is_extremist("KZ-CC-2014", "174")
    assert not legal_codes.is_extremist("KZ-CC-2014", "272")


def _charged_under_2014(rec):
    doc = {"id": "case-2016-174", "title": "A 2016 discord case",
           "charges": [{"code": "KZ-CC-2014", "article": "174", "part": "1"}]}
    assert schema.validate_record("case", doc) == []
    rec.create("case", doc)


@pytest.mark.parametrize(("family", "expected"), [
    ("incitement_of_discord", {"case-kozlov", "case-sokolova", "case-2016-174"}),
    ("mass_riots", {"case-zhanaozen-37"}),
    ("unsanctioned_assembly", {"case-kosanov-admin", "case-sokolova"}),
    ("false_information", set()),
])
def test_offence_family_filter_finds_cases_under_both_codes(loaded, family, expected):
    _charged_under_2014(loaded)
    flt = query.Filter(kind="case", offence_family=family)
    assert {r["id"] for r in query.list_records(loaded.store, flt)} == expected
    assert query.count(loaded.store, flt) == len(expected)


def test_unknown_offence_family_is_refused():
    with pytest.raises(UnknownCode):
        query.check_filter(query.Filter(offence_family="jaywalking"))


def test_cli_list_by_offence_family(cli_vault):  # noqa: F811
    r = run("list", "--vault", str(cli_vault), "--type", "case", "--offence-family", "incitement_of_discord")
    assert r.returncode == 0, r.stderr
    assert "case-kozlov" in r.stdout and "case-sokolova" in r.stdout and "case-kuramshin" not in r.stdout
    r = run("list", "--vault", str(cli_vault), "--type", "case", "--offence-family", "jaywalking")
    assert r.returncode != 0 and "jaywalking" in r.stderr and "incitement_of_discord" in r.stderr
    assert "Traceback" not in r.stderr


def test_offence_family_filter_on_postgresql(tmp_path, acceptance):
    from fielddoc.records.interchange import import_dataset
    from fielddoc.records.service import Records
    from tests.test_bundle_support import NO_PG, PG_URL, make_hq

    if not PG_URL:
        pytest.skip(NO_PG)
    cleanups: list = []
    hq = Records(make_hq(tmp_path / "hq", "postgres", cleanups))
    try:
        import_dataset(hq, acceptance)
        _charged_under_2014(hq)
        flt = query.Filter(kind="case", offence_family="incitement_of_discord")
        assert {r["id"] for r in query.list_records(hq.store, flt)} == {"case-kozlov", "case-sokolova",
                                                                        "case-2016-174"}
        assert query.count(hq.store, query.Filter(offence_family="unsanctioned_assembly")) == 2
    finally:
        hq.store.lock()
        for fn in cleanups:
            fn()
