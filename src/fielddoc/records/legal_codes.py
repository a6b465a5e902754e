"""The registry of legal codes and the concordance of offence families (issue 12, docs/legal-codes.md).

The data is ``resources/law/legal_codes.json``. A charge names its code by id (``KZ-CC-1997``) and
its article as text (``164``, ``337-1``); an *offence family* groups the articles of several codes
that punish the same conduct, so that one filter finds the prosecutions under the 1997 and the 2014
codes alike. Each article of a family says whether the pairing was ``verified`` against the codes'
texts; the unverified ones are our best reading and say so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fielddoc.records.vocab import LANGS, _lang

DATA = Path(__file__).resolve().parent.parent / "resources" / "law" / "legal_codes.json"


@dataclass(frozen=True)
class LegalCode:
    id: str
    country: str
    kind: str  # criminal, criminal_procedure, administrative
    titles: dict[str, str]
    in_force_from: str | None
    in_force_to: str | None  # None: in force today
    dates_verified: bool = True

    def title(self, lang: str = "en") -> str:
        return self.titles.get(_lang(lang)) or self.titles["en"]


@dataclass(frozen=True)
class FamilyArticle:
    code: str
    article: str
    verified: bool


@dataclass(frozen=True)
class OffenceFamily:
    id: str
    names: dict[str, str]
    extremist: bool
    articles: tuple[FamilyArticle, ...]

    def name(self, lang: str = "en") -> str:
        return self.names.get(_lang(lang)) or self.names["en"]

    def pairs(self) -> tuple[tuple[str, str], ...]:
        """(code, article) of every article of the family, verified or not."""
        return tuple((a.code, a.article) for a in self.articles)


@cache
def _load() -> tuple[dict[str, LegalCode], dict[str, OffenceFamily]]:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    codes = {c["id"]: LegalCode(c["id"], c["country"], c["kind"], dict(c["title"]), c.get("in_force_from"),
                                c.get("in_force_to"), bool(c.get("dates_verified", True)))
             for c in raw["codes"]}
    families = {f["id"]: OffenceFamily(f["id"], dict(f["name"]), bool(f["extremist"]),
                                       tuple(FamilyArticle(a["code"], str(a["article"]), bool(a["verified"]))
                                             for a in f["articles"]))
                for f in raw["families"]}
    for fam in families.values():
        missing = [lang for lang in LANGS if not fam.names.get(lang)]
        unknown = [a.code for a in fam.articles if a.code not in codes]
        if missing or unknown:  # a packaging mistake, caught by the tests
            raise ValueError(f"offence family {fam.id}: missing names {missing}, unknown codes {unknown}")
    return codes, families


def codes() -> dict[str, LegalCode]:
    """Every known code by id, in the data file's order."""
    return _load()[0]


def families() -> dict[str, OffenceFamily]:
    """Every offence family by id, in the data file's order."""
    return _load()[1]


def code_title(code_id: str, lang: str = "en") -> str:
    """The code's title in ``lang``, or the id itself for a code the registry does not know."""
    code = codes().get(code_id)
    return code.title(lang) if code else code_id


def family_of(code: str, article: object) -> OffenceFamily | None:
    """The offence family an article of a code belongs to, or None."""
    art = str(article).strip() if article is not None else ""
    for fam in families().values():
        if (code, art) in fam.pairs():
            return fam
    return None


def is_extremist(code: str, article: object) -> bool:
    """True when the article belongs to a family flagged extremist."""
    fam = family_of(code, article)
    return bool(fam and fam.extremist)
