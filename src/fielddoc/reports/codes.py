"""Coded values the hearing form offers as choices (not vocabularies of the schema), in report words.

The form stores ``testimony``, ``defence``, ``partly_granted``…; a report prints them in its
language. A value the form does not offer (typed text from an import) prints as it is.
"""

from __future__ import annotations

from typing import Any

from fielddoc.reports import strings

_CODES: dict[str, dict[str, tuple[str, str, str]]] = {
    "event": {
        "testimony": ("testimony", "показания", "айғақтар"),
        "motion": ("motion", "ходатайство", "өтінішхат"),
        "ruling": ("ruling", "решение суда", "сот шешімі"),
        "incident": ("incident", "инцидент", "оқиға"),
        "recess": ("recess", "перерыв", "үзіліс"),
        "resumed": ("resumed", "заседание возобновлено", "отырыс жалғасты"),
        "evidence": ("evidence examined", "исследование доказательств", "дәлелдемелерді зерттеу"),
        "other": ("other", "другое", "басқа"),
    },
    "party": {
        "defence": ("defence", "защита", "қорғау тарапы"),
        "prosecution": ("prosecution", "обвинение", "айыптау тарапы"),
        "defendant": ("defendant", "подсудимый", "сотталушы"),
        "victim": ("victim", "потерпевший", "жәбірленуші"),
        "court": ("court", "суд", "сот"),
    },
    "ruling": {
        "granted": ("granted", "удовлетворено", "қанағаттандырылды"),
        "rejected": ("rejected", "отклонено", "қабылданбады"),
        "partly_granted": ("partly granted", "удовлетворено частично", "ішінара қанағаттандырылды"),
        "deferred": ("deferred", "отложено", "кейінге қалдырылды"),
    },
}


def label(family: str, value: Any, lang: str) -> str:
    """``value`` of ``family`` (event | party | ruling) in ``lang``; other text as it is."""
    if value is None:
        return ""
    row = _CODES.get(family, {}).get(str(value))
    if row is None:
        return str(value)
    return row[strings.LANGS.index(strings.norm_lang(lang))]
