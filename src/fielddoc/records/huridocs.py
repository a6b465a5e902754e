"""HURIDOCS micro-thesaurus labels in English, Russian and Kazakh (Qt-free).

The data is ``resources/huridocs/lists.json`` (its ``source`` says where the
codes come from; the labels are FieldDoc's own wording). A field whose list this
file holds takes only that list's codes (docs/data-model.md §1.2); a record stored
before that rule, or carried in a bundle, may still hold another code, and then the
code itself is shown.

Public API
- ``LISTS``: list number -> :class:`HList` (title and ordered terms).
- ``list_for(key, parent="")``: which list a record field's codes come from.
- ``label(list_no, code, lang)``: the label, or the code itself.
- ``search(list_no, text, lang)``: terms whose code or label in any language
  contains every word typed (case- and ё/е-insensitive), best first.
- ``is_member(list_no, code)``: whether the code is in the shipped list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fielddoc.records.vocab import LANGS, _lang

DATA = Path(__file__).resolve().parent.parent / "resources" / "huridocs" / "lists.json"


@dataclass(frozen=True)
class Term:
    code: str
    labels: dict[str, str]
    depth: int  # 0 for a head term; one more per non-zero digit pair after the first
    key: str  # code + every label, folded, for searching

    def label(self, lang: str = "en") -> str:
        return self.labels.get(_lang(lang)) or self.labels["en"]


@dataclass(frozen=True)
class HList:
    number: str
    title: dict[str, str]
    terms: tuple[Term, ...]
    by_code: dict[str, Term]


#: Record field -> list number. Keyed by field name; (parent, field) overrides where
#: one name means different lists.
FIELD_LISTS: dict[str, str] = {
    "rights_affected": "3",
    "type_of_act": "4",
    "methods_of_violence": "5",
    "degree_of_involvement": "18",
    "huridocs_perpetrator_type": "24",
    "perpetrator_type": "24",
    "status_at_end": "25",
    "liberty_status": "25",
    "attribution": "28",
    "detention_type": "29",
    "whereabouts": "30",
    "legal_counsel": "31",
    "statements_signed": "36",
    "medical_attention": "37",
    "violation_status": "41",
    "monitoring_status": "43",
}
PATH_LISTS: dict[tuple[str, str], str] = {
    ("ill_treatment", "methods"): "5",
}


def fold(text: str) -> str:
    """Case-insensitive, ё = е, for matching what a monitor types."""
    return text.casefold().replace("ё", "е")


def _depth(code: str) -> int:
    pairs = [code[i:i + 2] for i in range(2, 12, 2)]
    return sum(1 for p in pairs if p != "00")


@cache
def _load() -> dict[str, HList]:
    data = json.loads(DATA.read_text("utf-8"))
    out: dict[str, HList] = {}
    for number, body in data["lists"].items():
        terms = []
        for code, *names in body["terms"]:
            lbl = dict(zip(LANGS, names, strict=True))
            terms.append(Term(code, lbl, _depth(code), fold(" ".join([code, *names]))))
        title = dict(zip(LANGS, body["title"], strict=True))
        out[str(number)] = HList(str(number), title, tuple(terms), {t.code: t for t in terms})
    return out


def lists() -> dict[str, HList]:
    return _load()


def source_note() -> str:
    return str(json.loads(DATA.read_text("utf-8"))["source"])


def list_for(key: str, parent: str = "") -> str | None:
    return PATH_LISTS.get((parent, key)) or FIELD_LISTS.get(key)


def is_member(list_no: str, code: object) -> bool:
    hl = _load().get(list_no)
    return hl is not None and isinstance(code, str) and code in hl.by_code


def label(list_no: str | None, code: object, lang: str = "en") -> str:
    """The label of a code in ``lang``; the code itself when the list has no label for it."""
    if isinstance(code, dict):
        code = code.get("code")
    hl = _load().get(list_no or "")
    term = hl.by_code.get(code) if hl is not None and isinstance(code, str) else None
    return term.label(lang) if term is not None else str(code)


def search(list_no: str, text: str, lang: str = "en", limit: int = 50) -> list[Term]:
    """Terms matching every typed word in their code or any language's label.

    Order: label in ``lang`` starts with the text, then any word of a label starts
    with it, then contains it; within each, list order."""
    hl = _load().get(list_no)
    if hl is None:
        return []
    words = fold(text).split()
    if not words:
        return list(hl.terms[:limit])
    q = fold(text.strip())
    ranked: list[tuple[int, int, Term]] = []
    for i, term in enumerate(hl.terms):
        if not all(w in term.key for w in words):
            continue
        own = fold(term.label(lang))
        if own.startswith(q) or term.code.startswith(q):
            rank = 0
        elif any(part.startswith(words[0]) for part in term.key.split()):
            rank = 1
        else:
            rank = 2
        ranked.append((rank, i, term))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [t for _r, _i, t in ranked[:limit]]


def find_exact(list_no: str, text: str) -> str | None:
    """The code whose code or label (any language) is exactly ``text``, if one is."""
    hl = _load().get(list_no)
    if hl is None:
        return None
    q = fold(text.strip())
    for term in hl.terms:
        if q == term.code or any(q == fold(v) for v in term.labels.values()):
            return term.code
    return None
