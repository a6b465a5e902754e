"""Vocabulary updates HQ sends in briefings (docs/spec/briefing.md §3.1), as the device keeps them.

HQ curates pick lists the field device uses: **tags** suggested for cases and **legal codes** added
to the registry a charge's or a legal basis's code is picked from. A briefing carries them in its
manifest's ``vocabularies``; ``parse`` checks that object (a briefing with a bad one is refused
before anything changes) and ``merge`` adds it to what the device holds, in the vault setting
``briefing_vocabularies`` (inside the encrypted database), reporting what changed.

Nothing the monitor wrote is overwritten: updates only add. A tag the device already has (received
earlier, or used in one of its cases; compared without case) is not added again; a legal code of
the registry FieldDoc ships keeps its shipped entry (HQ's is ignored and reported); a code HQ sent
before is replaced by HQ's newer entry (reported as updated). Pure Python, no Qt.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from fielddoc.records import legal_codes
from fielddoc.textsafe import has_controls

SETTING = "briefing_vocabularies"
MAX_TAGS = 1000
MAX_TAG_LEN = 64
MAX_CODES = 500
CODE_KINDS = ("criminal", "criminal_procedure", "administrative")
CODE_KEYS = {"id", "country", "kind", "title", "in_force_from", "in_force_to"}
TITLE_LANGS = ("en", "ru", "kk")
_CODE_ID = re.compile(r"\A[A-Z]{2}-[A-Za-z0-9]{1,20}(-[A-Za-z0-9]{1,20}){0,3}\Z")
_COUNTRY = re.compile(r"\A[A-Z]{2}\Z")
_DAY = re.compile(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


class VocabularyInvalid(ValueError):
    """``vocabularies`` does not follow docs/spec/briefing.md §3.1 (``where``: the member)."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where} {problem}")
        self.where = where
        self.problem = problem


@dataclass
class VocabularyUpdate:
    """What a briefing's vocabularies changed on the device."""

    tags_added: list[str] = field(default_factory=list)
    codes_added: list[str] = field(default_factory=list)
    codes_updated: list[str] = field(default_factory=list)
    codes_kept: list[str] = field(default_factory=list)  # ids of the shipped registry: HQ's entry ignored

    def __bool__(self) -> bool:
        return bool(self.tags_added or self.codes_added or self.codes_updated or self.codes_kept)


def _text(value: Any, where: str, max_len: int) -> str:
    if not isinstance(value, str) or not value or len(value) > max_len or has_controls(value) \
            or value != value.strip():
        raise VocabularyInvalid(where, f"must be 1..{max_len} characters, without control characters "
                                       "or leading and trailing spaces")
    return value


def _code(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != CODE_KEYS:
        raise VocabularyInvalid(where, "must be an object with exactly the keys "
                                + ", ".join(sorted(CODE_KEYS)))
    if not isinstance(value["id"], str) or not _CODE_ID.match(value["id"]):
        raise VocabularyInvalid(f"{where}.id", "must look like KZ-CC-2014")
    if not isinstance(value["country"], str) or not _COUNTRY.match(value["country"]) \
            or not value["id"].startswith(value["country"] + "-"):
        raise VocabularyInvalid(f"{where}.country", "must be the two capital letters the id starts with")
    if value["kind"] not in CODE_KINDS:
        raise VocabularyInvalid(f"{where}.kind", "must be one of " + ", ".join(CODE_KINDS))
    title = value["title"]
    if not isinstance(title, dict) or "en" not in title or not set(title) <= set(TITLE_LANGS):
        raise VocabularyInvalid(f"{where}.title", "must be an object with en and optionally ru and kk")
    for lang, text in title.items():
        _text(text, f"{where}.title.{lang}", 200)
    for key in ("in_force_from", "in_force_to"):
        day = value[key]
        if day is not None and (not isinstance(day, str) or not _DAY.match(day)):
            raise VocabularyInvalid(f"{where}.{key}", "must be a date YYYY-MM-DD or null")
    if value["in_force_from"] and value["in_force_to"] and value["in_force_to"] < value["in_force_from"]:
        raise VocabularyInvalid(f"{where}.in_force_to", "is before in_force_from")
    return value


def parse(value: Any) -> dict[str, Any] | None:
    """Check a manifest's ``vocabularies`` (None, or an object of §3.1); returns it unchanged."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise VocabularyInvalid("vocabularies", "must be an object or null")
    unknown = set(value) - {"tags", "legal_codes"}
    if unknown:
        raise VocabularyInvalid("vocabularies", "has a member version 1 does not define: "
                                + ", ".join(sorted(unknown)))
    tags = value.get("tags", [])
    if not isinstance(tags, list) or len(tags) > MAX_TAGS:
        raise VocabularyInvalid("vocabularies.tags", f"must be a list of at most {MAX_TAGS} tags")
    folded = [_text(t, f"vocabularies.tags[{i}]", MAX_TAG_LEN).casefold() for i, t in enumerate(tags)]
    if len(set(folded)) != len(folded):
        raise VocabularyInvalid("vocabularies.tags", "lists a tag twice")
    codes = value.get("legal_codes", [])
    if not isinstance(codes, list) or len(codes) > MAX_CODES:
        raise VocabularyInvalid("vocabularies.legal_codes", f"must be a list of at most {MAX_CODES} codes")
    ids = [_code(c, f"vocabularies.legal_codes[{i}]")["id"] for i, c in enumerate(codes)]
    if len(set(ids)) != len(ids):
        raise VocabularyInvalid("vocabularies.legal_codes", "lists a code id twice")
    return value


def held(raw: str | None) -> dict[str, Any]:
    """The received vocabularies as stored (``{"tags": [...], "legal_codes": {id: entry}}``)."""
    data = json.loads(raw) if raw else {}
    return {"tags": list(data.get("tags") or []), "legal_codes": dict(data.get("legal_codes") or {})}


def merge(current: dict[str, Any], update: dict[str, Any] | None,
          own_tags: set[str]) -> tuple[dict[str, Any], VocabularyUpdate]:
    """``current`` (as :func:`held` gives it) with ``update`` added; ``own_tags``: the tags the
    device's cases use. Returns the new state and what changed."""
    tags: list[str] = list(current["tags"])
    codes: dict[str, Any] = dict(current["legal_codes"])
    report = VocabularyUpdate()
    if update:
        known = {t.casefold() for t in [*tags, *own_tags]}
        for tag in update.get("tags", []):
            if tag.casefold() not in known:
                tags.append(tag)
                known.add(tag.casefold())
                report.tags_added.append(tag)
        shipped = legal_codes.codes()
        for entry in update.get("legal_codes", []):
            cid = entry["id"]
            if cid in shipped:
                report.codes_kept.append(cid)
            elif cid not in codes:
                codes[cid] = entry
                report.codes_added.append(cid)
            elif codes[cid] != entry:
                codes[cid] = entry
                report.codes_updated.append(cid)
    return {"tags": tags, "legal_codes": codes}, report


def received(store: Any) -> dict[str, Any]:
    """What the device holds (``store``: anything with ``get_setting``)."""
    return held(store.get_setting(SETTING))


def legal_code_choices(store: Any, lang: str = "en") -> list[tuple[str, str]]:
    """(id, title) of every code a form offers: the shipped registry, then those HQ sent."""
    out = [(c.id, c.title(lang)) for c in legal_codes.codes().values()]
    seen = {cid for cid, _ in out}
    for cid, entry in received(store)["legal_codes"].items():
        if cid not in seen:
            title = entry.get("title") or {}
            out.append((cid, str(title.get(lang) or title.get("en") or cid)))
    return out


def tag_choices(store: Any) -> list[str]:
    """The tags HQ suggested, in the order received."""
    return list(received(store)["tags"])
