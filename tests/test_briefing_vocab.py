"""Vocabulary updates in briefings (issue 12 §1, docs/spec/briefing.md §3.1): HQ's curated tags and
legal codes reach the device's pick lists; checked, added, never overwriting the monitor's own."""

from __future__ import annotations

import json

import pytest

from fielddoc.bundle.briefing import import_briefing
from fielddoc.bundle.briefing_format import parse_manifest
from fielddoc.bundle.errors import BriefingVocabularyInvalid, MalformedContent
from fielddoc.hq.briefing import load_vocabularies
from fielddoc.records import vocab_received
from fielddoc.records.service import Records
from tests.test_briefing import _brief, sites  # noqa: F401 - fixture
from tests.test_bundle_support import *  # noqa: F403 - the backend fixture

KG = {"id": "KG-CC-2021", "country": "KG", "kind": "criminal",
      "title": {"en": "Criminal Code of the Kyrgyz Republic (2021)", "ru": "Уголовный кодекс Кыргызской "
                "Республики (2021)"}, "in_force_from": "2021-12-01", "in_force_to": None}
SHIPPED = {"id": "KZ-CC-2014", "country": "KZ", "kind": "criminal", "title": {"en": "Something else"},
           "in_force_from": None, "in_force_to": None}
VOCAB = {"tags": ["zhanaozen", "labour", "Trade union"], "legal_codes": [KG, SHIPPED]}


def test_vocabulary_updates_reach_the_pick_lists_and_never_overwrite(tmp_path, sites):  # noqa: F811
    hq, field, _rec = sites
    dev = Records(field)
    dev.create("case", {"id": "case-own", "title": "Own case", "tags": ["labour"],
                        "confidentiality": "organisation"})
    res = import_briefing(field, _brief(hq, field, tmp_path, "b1", monitor_id="p-mon", vocabularies=VOCAB))
    v = res.vocabulary
    assert v.tags_added == ["zhanaozen", "Trade union"]  # "labour" is the monitor's own already
    assert v.codes_added == ["KG-CC-2021"] and v.codes_kept == ["KZ-CC-2014"] and v.codes_updated == []
    choices = dict(vocab_received.legal_code_choices(field, "ru"))
    assert choices["KG-CC-2021"] == "Уголовный кодекс Кыргызской Республики (2021)"
    assert choices["KZ-CC-2014"] != "Something else"  # the shipped registry entry stays
    assert vocab_received.tag_choices(field) == ["zhanaozen", "Trade union"]
    assert dev.get("case-own")["tags"] == ["labour"]  # the monitor's record untouched
    # a later briefing: HQ corrects its code, repeats a tag in another case, adds one
    kg2 = {**KG, "in_force_from": "2022-01-01"}
    res2 = import_briefing(field, _brief(hq, field, tmp_path, "b2", vocabularies={
        "tags": ["ZHANAOZEN", "torture"], "legal_codes": [kg2]}))
    assert res2.vocabulary.tags_added == ["torture"]
    assert res2.vocabulary.codes_updated == ["KG-CC-2021"] and res2.vocabulary.codes_added == []
    assert vocab_received.received(field)["legal_codes"]["KG-CC-2021"]["in_force_from"] == "2022-01-01"
    # no vocabularies: nothing changes
    res3 = import_briefing(field, _brief(hq, field, tmp_path, "b3"))
    assert not res3.vocabulary
    assert vocab_received.tag_choices(field) == ["zhanaozen", "Trade union", "torture"]


@pytest.mark.parametrize(("vocabularies", "where"), [
    ({"colours": []}, "vocabularies"),
    ({"tags": ["a", "A"]}, "vocabularies.tags"),
    ({"tags": ["bad\u202etag"]}, "vocabularies.tags[0]"),
    ({"tags": [" padded"]}, "vocabularies.tags[0]"),
    ({"tags": "zhanaozen"}, "vocabularies.tags"),
    ({"legal_codes": [{**KG, "extra": 1}]}, "vocabularies.legal_codes[0]"),
    ({"legal_codes": [{**KG, "id": "kg cc"}]}, "vocabularies.legal_codes[0].id"),
    ({"legal_codes": [{**KG, "country": "KZ"}]}, "vocabularies.legal_codes[0].country"),
    ({"legal_codes": [{**KG, "kind": "civil"}]}, "vocabularies.legal_codes[0].kind"),
    ({"legal_codes": [{**KG, "title": {"ru": "только русский"}}]}, "vocabularies.legal_codes[0].title"),
    ({"legal_codes": [{**KG, "in_force_to": "2001-01-01"}]}, "vocabularies.legal_codes[0].in_force_to"),
    ({"legal_codes": [KG, KG]}, "vocabularies.legal_codes"),
])
def test_a_bad_vocabulary_is_refused_at_hq_and_by_the_reader(vocabularies, where, tmp_path):
    with pytest.raises(vocab_received.VocabularyInvalid) as err:
        vocab_received.parse(vocabularies)
    assert err.value.where == where
    f = tmp_path / "v.json"
    f.write_text(json.dumps(vocabularies), encoding="utf-8")
    with pytest.raises(BriefingVocabularyInvalid) as hq_err:
        load_vocabularies(f)
    assert where in str(hq_err.value) and "Traceback" not in str(hq_err.value)


def test_the_reader_refuses_a_manifest_with_a_bad_vocabulary():
    manifest = {
        "format": "fielddoc-bundle", "version": 1, "type": "briefing",
        "briefing_id": "01900000-0000-7000-8000-00000000bb01",
        "hq": "AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA",
        "device": "ABCD-EFGH-IJKL", "monitor_id": None, "sequence": 1, "previous": None,
        "created_at": "2026-05-01T10:00:00Z", "counts": {"revisions": 0}, "revisions": [],
        "records_sha256": "0" * 64, "extra_parents": [], "hearings": [], "software": "t",
        "vocabularies": {"tags": ["ok"], "colours": ["red"]},
    }
    from fielddoc.bundle.format import canonical_bytes

    with pytest.raises(MalformedContent) as err:
        parse_manifest(canonical_bytes(manifest))
    assert "manifest.vocabularies" in str(err.value)


def test_the_hq_vocabulary_file_error_is_translated(tmp_path):
    from fielddoc import i18n

    f = tmp_path / "v.json"
    f.write_text("{not json", encoding="utf-8")
    with pytest.raises(BriefingVocabularyInvalid) as err:
        load_vocabularies(f)
    assert "Файл словарей" in err.value.render(lambda s: i18n.translate(s, lang="ru"))
    assert "сөздіктер файлын" in err.value.render(lambda s: i18n.translate(s, lang="kk"))


def test_cli_brief_with_a_vocabulary_file_and_the_import_summary(tmp_path, sites, monkeypatch,  # noqa: F811
                                                               capsys):
    from fielddoc.cli.main import main
    from tests.test_bundle_support import PASSPHRASE

    hq, field, _ = sites
    hq_path, field_path, device = hq.vault.path, field.path, field.device_id
    hq.lock()
    field.lock()
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "brief"
    out.mkdir()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"tags": ["x", "X"]}), encoding="utf-8")
    assert main(["hq", "brief", "--vault", str(hq_path), "--device", device, "--out", str(out),
                 "--monitor", "p-mon", "--vocabulary", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "vocabularies.tags lists a tag twice" in err and "Traceback" not in err
    assert list(out.iterdir()) == []  # nothing written, no number used up
    good = tmp_path / "vocab.json"
    good.write_text(json.dumps(VOCAB), encoding="utf-8")
    assert main(["hq", "brief", "--vault", str(hq_path), "--device", device, "--out", str(out),
                 "--monitor", "p-mon", "--vocabulary", str(good)]) == 0
    capsys.readouterr()
    (path,) = list(out.iterdir())
    assert main(["briefing", "import", "--vault", str(field_path), str(path)]) == 0
    text = capsys.readouterr().out
    assert "Imported briefing 1" in text
    assert "3 new tag(s): zhanaozen, labour, Trade union" in text
    assert "1 new legal code(s): KG-CC-2021" in text
    assert "1 legal code(s) FieldDoc already has, kept as they are: KZ-CC-2014" in text
