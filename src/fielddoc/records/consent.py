"""What a source's consent allows (docs/consent.md), in one place for bundles, reports and CSV.

A ``source`` record may carry ``consent`` (docs/data-model.md §5.8). A source WITHOUT a consent
object is not a person who consented to anything (a published article, the monitor's own
observation): consent does not restrict it, its confidentiality and TLP still do. A source WITH
one allows a use only when the consent says so explicitly:

* ``given`` is not ``false``,
* ``withdrawn_at`` is not set, and
* the scope is granted: ``share_with_hq`` / ``share_with_partners`` is ``true``; for publication
  ``publish`` is ``named`` (or ``anonymised_only``, which allows the source only without anything
  that identifies it).

A missing scope is a refusal: consent is never assumed.
"""

from __future__ import annotations

from typing import Any

#: What a stub of an unconsented source keeps (everything else is the source's own content).
STUB_KEYS = ("id", "source_kind", "created_at", "updated_at", "revision", "device_id",
             "confidentiality", "tlp", "deleted_at", "draft")
#: What of the consent object a stub keeps (``taken_by`` is a name and is left out).
STUB_CONSENT_KEYS = ("given", "method", "date", "scopes", "withdrawn_at")


def consent_of(doc: Any) -> dict[str, Any] | None:
    """The consent object of a source record, or None if it has none (or is not a source)."""
    if not isinstance(doc, dict):
        return None
    c = doc.get("consent")
    return c if isinstance(c, dict) else None


def _scopes(c: dict[str, Any]) -> dict[str, Any]:
    s = c.get("scopes")
    return s if isinstance(s, dict) else {}


def withdrawn(doc: Any) -> bool:
    c = consent_of(doc)
    return bool(c and c.get("withdrawn_at"))


def _standing(c: dict[str, Any]) -> bool:
    return c.get("given") is not False and not c.get("withdrawn_at")


def allows_hq(doc: Any) -> bool:
    """May this record's content leave the device for HQ (as far as consent goes)?"""
    c = consent_of(doc)
    if c is None:
        return True
    return _standing(c) and _scopes(c).get("share_with_hq") is True


def allows_partners(doc: Any) -> bool:
    c = consent_of(doc)
    if c is None:
        return True
    return allows_hq(doc) and _scopes(c).get("share_with_partners") is True


def publish_level(doc: Any) -> str:
    """``named``, ``anonymised`` or ``no``: how far the source may appear in a publication."""
    c = consent_of(doc)
    if c is None:
        return "named"
    if not _standing(c):
        return "no"
    p = _scopes(c).get("publish")
    if p == "named":
        return "named"
    if p == "anonymised_only":
        return "anonymised"
    return "no"


def allows_publish(doc: Any) -> bool:
    """May the source appear (named or anonymised) in a published output?"""
    return publish_level(doc) != "no"


def stub(doc: dict[str, Any]) -> dict[str, Any]:
    """The source without its content: id, kind, record metadata and its consent (no personal data)."""
    out = {k: doc[k] for k in STUB_KEYS if k in doc}
    c = consent_of(doc)
    if c is not None:
        out["consent"] = {k: c[k] for k in STUB_CONSENT_KEYS if k in c}
    return out


# -- publication: who may be named, and the stable pseudonym of who may not ------------------------
#: The vault setting that holds the pseudonym key (a settings key, not the secret itself).
PSEUDONYM_SETTING = "report_pseudonym_secret"  # noqa: S105
_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def pseudonym_secret(store: Any) -> bytes:
    """The per-vault pseudonym key: 32 random bytes in the (encrypted) settings, made on first use."""
    import secrets

    value = store.get_setting(PSEUDONYM_SETTING) if hasattr(store, "get_setting") else None
    if not value:
        value = secrets.token_hex(32)
        if hasattr(store, "set_setting"):
            store.set_setting(PSEUDONYM_SETTING, value)
    return bytes.fromhex(value)


def pseudonym_code(secret: bytes, record_id: str) -> str:
    """``A-7F3``: a letter and three hex digits of HMAC-SHA256(secret, record id); never from a name."""
    import hashlib
    import hmac

    d = hmac.new(secret, record_id.encode("utf-8"), hashlib.sha256).digest()
    return f"{_LETTERS[d[0] % len(_LETTERS)]}-{d[1]:02X}{d[2] >> 4:X}"


def consented_people(people: dict[str, dict[str, Any]], sources: Any) -> set[str]:
    """Ids of the people who may be named in a publication (docs/consent.md): public figures, groups,
    and the person of a source whose standing consent says ``publish: named``."""
    named = {s["person_id"] for s in sources or [] if isinstance(s, dict) and consent_of(s) is not None
             and publish_level(s) == "named" and isinstance(s.get("person_id"), str)}
    return {pid for pid, d in people.items()
            if d.get("public_figure") is True or d.get("counting_unit") == "group" or pid in named}


def partner_people(people: dict[str, dict[str, Any]], sources: Any) -> set[str]:
    """Ids of the people who may be named to partner organisations (docs/consent.md): those who may be
    named in a publication, and the person of a source whose standing consent allows partners."""
    sharing = {s["person_id"] for s in sources or [] if isinstance(s, dict) and consent_of(s) is not None
               and allows_partners(s) and isinstance(s.get("person_id"), str)}
    return consented_people(people, sources) | {pid for pid in people if pid in sharing}


def name_spellings(person: dict[str, Any]) -> list[str]:
    """Every spelling of a person's name the record holds, and each word of four letters or more."""
    import re

    names = [v for v in [person.get("name"), *(person.get("other_names") or [])] if isinstance(v, str)]
    i18n = person.get("names_i18n")
    if isinstance(i18n, dict):
        names += [v for v in i18n.values() if isinstance(v, str)]
    words = [w for n in names for w in re.findall(r"\w[\w'’-]*", n) if len(w) >= 4]
    return [n.strip() for n in [*names, *words] if n.strip()]


def scrubber(pairs: dict[str, str]) -> Any:
    """A function replacing each key of ``pairs`` (whole words, any case) by its value in a text."""
    import re

    if not pairs:
        return lambda s: s
    folded = {k.casefold(): v for k, v in pairs.items()}
    alts = "|".join(re.escape(n) for n in sorted(pairs, key=len, reverse=True))
    pattern = re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)", re.IGNORECASE)
    return lambda s: pattern.sub(lambda m: folded.get(m.group(0).casefold(), m.group(0)), s)
