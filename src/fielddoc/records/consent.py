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
