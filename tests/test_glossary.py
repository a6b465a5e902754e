"""The catalogues use the glossary's terms (docs/glossary.md): every row with an id is
checked against the vocabulary labels, the HURIDOCS labels, the report words or the
Qt catalogues, in Russian and Kazakh (and English, so the table stays true)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fielddoc.records import huridocs, vocab
from fielddoc.reports import strings

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "glossary.md"
I18N = ROOT / "resources" / "i18n"


def rows() -> list[tuple[str, dict[str, str]]]:
    out = []
    for line in GLOSSARY.read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0] and cells[0] not in ("id", "---"):
            out.append((cells[0], {"en": cells[1], "ru": cells[2], "kk": cells[3]}))
    return out


def qt_translation(context: str, source: str, lang: str) -> str | None:
    for ts in I18N.glob(f"fielddoc_*_{lang}.ts"):
        for ctx in ET.parse(ts).getroot().iter("context"):
            if ctx.findtext("name") != context:
                continue
            for msg in ctx.iter("message"):
                if msg.findtext("source") == source:
                    return msg.findtext("translation")
    return None


def catalogue_term(entry: str, lang: str) -> str | None:
    scheme, _sep, rest = entry.partition(":")
    if scheme == "huridocs":
        list_no, code = rest.split(":")
        return huridocs.label(list_no, code, lang)
    if scheme == "report":
        return strings.t(rest, lang)
    if scheme == "qt":
        context, source = rest.split(":", 1)
        return source if lang == "en" else qt_translation(context, source, lang)
    assert vocab.is_code(scheme, rest), f"{entry}: no such vocabulary entry"
    return vocab.label(scheme, rest, lang)


ENTRIES = rows()


def test_the_glossary_has_the_key_legal_terms():
    ids = {i for i, _terms in ENTRIES}
    for needed in ("ft_answer:not_observed", "ft_assessment:concern", "ft_assessment:apparent_violation",
                   "report:h.concerns", "hearing_status:adjourned", "involvement_role:defendant",
                   "involvement_role:defence_counsel", "confidentiality:organisation"):
        assert needed in ids
    assert len(ENTRIES) >= 25


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
@pytest.mark.parametrize(("entry", "terms"), ENTRIES, ids=[e for e, _t in ENTRIES])
def test_catalogue_uses_the_glossary_term(entry, terms, lang):
    assert catalogue_term(entry, lang) == terms[lang]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_no_catalogue_calls_a_concern_a_violation(lang):
    """«Нарушения» for "Concerns" and «Не наблюдалось» for "Not observed" were the old, wrong words."""
    wrong = {"ru": ("Нарушения права на справедливый суд", "Не наблюдалось", "Явное нарушение",
                    "штаб-квартир"),
             "kk": ("Байқалмады", "Айқын бұзушылық", "бас кеңсе")}[lang]
    texts = [p.read_text("utf-8") for p in I18N.glob(f"*_{lang}.ts")]
    texts += [(I18N / f"core_{lang}.json").read_text("utf-8")]
    texts += [re.sub(r"\s+", " ", (ROOT / "src" / "fielddoc" / "reports" / "strings.py").read_text("utf-8")),
              (ROOT / "src" / "fielddoc" / "records" / "vocab_data.py").read_text("utf-8")]
    for text in texts:
        for word in wrong:
            assert word not in text, word
