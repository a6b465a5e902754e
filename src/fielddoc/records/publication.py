"""A dataset fit for publication (the public CSV edition; docs/csv-format.md "Public edition").

The same rules as a report's public edition (docs/consent.md): only records marked TLP:CLEAR
(confidentiality ``public`` and no TLP above CLEAR), no device-only records, no contact details, no
source whose consent does not allow publication (one with ``publish: anonymised_only`` keeps only
its id and kind), links (involvements, relations) to anything left out are left out with it, and
people who did not consent to publication keep only a stable pseudonym, "Person A-7F3", which also
replaces their names in every text of the dataset.

The partners edition (``level="partners"``, TLP:GREEN) admits records marked ``public`` or
``partners`` (TLP CLEAR or GREEN), leaves out a source whose consent does not allow sharing with
partners (``share_with_partners``; ``publish`` does not restrict it), and names the people the
public edition names plus the person of a source whose consent allows partners (docs/consent.md).
"""

from __future__ import annotations

from typing import Any

from fielddoc.records import consent, schema

LINK_ENDS = ("subject_id", "object_id", "from_id", "to_id")
PERSON_KEEP = ("id", "counting_unit", "group_size", "confidentiality", "tlp", "created_at", "updated_at")


#: edition -> (confidentialities admitted, TLP markings admitted)
ADMITTED: dict[str, tuple[frozenset[str], frozenset[str | None]]] = {
    "public": (frozenset({"public"}), frozenset({None, "CLEAR"})),
    "partners": (frozenset({"public", "partners"}), frozenset({None, "CLEAR", "GREEN"})),
}


def clear(doc: dict[str, Any], level: str = "public") -> bool:
    """Is the record marked for the edition's audience (public: TLP:CLEAR; partners: up to GREEN)?"""
    levels, tlps = ADMITTED[level]
    return schema.effective_confidentiality(doc) in levels and doc.get("tlp") in tlps


def _source_allowed(doc: dict[str, Any], level: str) -> bool:
    return consent.allows_partners(doc) if level == "partners" else consent.allows_publish(doc)


def public_dataset(data: dict[str, Any], secret: bytes, level: str = "public") -> tuple[dict[str, Any], int]:
    """(the dataset as published or shared with partners, how many records were left out)."""
    people = {str(d.get("id")): d for d in data.get("persons") or [] if isinstance(d, dict)}
    sources = [d for d in data.get("sources") or [] if isinstance(d, dict)]
    consented = (consent.partner_people(people, sources) if level == "partners"
                 else consent.consented_people(people, sources))
    pseudonyms = {pid: f"Person {consent.pseudonym_code(secret, pid)}"
                  for pid in people if pid not in consented}
    pairs: dict[str, str] = {}
    for pid, name in pseudonyms.items():
        for n in consent.name_spellings(people[pid]):
            pairs.setdefault(n, name)
    swap = consent.scrubber(pairs)
    hidden: set[str] = set()
    for key in schema.KINDS:
        for d in data.get(key) or []:
            if isinstance(d, dict) and (not clear(d, level)
                                        or (key == "sources" and not _source_allowed(d, level))):
                hidden.add(str(d.get("id")))
    out: dict[str, Any] = {k: v for k, v in data.items() if k not in schema.KINDS}
    left_out = 0
    for key in schema.KINDS:
        kept = []
        for d in data.get(key) or []:
            if not isinstance(d, dict):
                continue
            rid = str(d.get("id"))
            if rid in hidden or any(d.get(end) in hidden for end in LINK_ENDS):
                left_out += 1
                continue
            d = {k: v for k, v in d.items() if k != "contact"}
            if key == "sources" and level == "public" and consent.publish_level(d) == "anonymised":
                d = {k: d[k] for k in ("id", "source_kind", "confidentiality", "tlp") if k in d}
            elif key == "persons" and rid in pseudonyms:
                d = {k: d[k] for k in PERSON_KEEP if k in d}
                d["name"] = pseudonyms[rid]
            kept.append(_walk(d, swap))
        out[key] = kept
    return out, left_out


def _walk(value: Any, swap: Any) -> Any:
    if isinstance(value, str):
        return swap(value)
    if isinstance(value, list):
        return [_walk(v, swap) for v in value]
    if isinstance(value, dict):
        return {k: _walk(v, swap) for k, v in value.items()}
    return value
