"""Unit tests of the bundle format: cards, enrolment files, fingerprints, manifests, entries."""

from __future__ import annotations

import json

import pytest

from fielddoc.bundle import age
from fielddoc.bundle import format as fmt
from fielddoc.bundle.cards import Enrolment, RecipientCard, card_fingerprint, normalise_fingerprint
from fielddoc.bundle.errors import (
    CardInvalid,
    ContentMismatch,
    EnrolmentInvalid,
    MalformedContent,
    NotABundle,
    SignatureInvalid,
)
from fielddoc.crypto import signing
from tests.test_bundle_support import entry, raw_manifest


@pytest.fixture
def card():
    return RecipientCard.make("HQ Almaty", age.generate_identity()[1], signing.generate()[0])


def test_card_round_trip_and_fingerprint(card):
    loaded = RecipientCard.load(raw=card.to_json().encode())
    assert loaded == card and loaded.fingerprint == card.fingerprint
    assert len(card.fingerprint) == 39 and card.fingerprint.count(" ") == 7
    assert normalise_fingerprint(card.fingerprint.replace(" ", "").lower()) == card.fingerprint


def test_card_fingerprint_covers_both_keys(card):
    other = age.generate_identity()[1]
    assert card_fingerprint(card.signing_key, other) != card.fingerprint
    assert card_fingerprint(signing.generate()[1], card.age_recipient) != card.fingerprint


@pytest.mark.parametrize(
    "change",
    [
        ("age_recipient", lambda c: age.generate_identity()[1]),
        ("name", lambda c: "HQ Evil"),
        ("fingerprint", lambda c: "AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA"),
        ("signing_key", lambda c: __import__("base64").b64encode(signing.generate()[1]).decode()),
        ("extra", lambda c: 1),
    ],
)
def test_tampered_card_refused(card, change):
    data = json.loads(card.to_json())
    data[change[0]] = change[1](card)
    with pytest.raises(CardInvalid):
        RecipientCard.load(raw=json.dumps(data).encode())


def test_swapped_key_with_recomputed_fingerprint_refused(card):
    """Swap the encryption key and fix the fingerprint: the self-signature catches it."""
    data = json.loads(card.to_json())
    data["age_recipient"] = age.generate_identity()[1]
    data["fingerprint"] = card_fingerprint(card.signing_key, data["age_recipient"])
    with pytest.raises(CardInvalid, match="signature"):
        RecipientCard.load(raw=json.dumps(data).encode())


def test_enrolment_round_trip_and_tamper():
    key = signing.generate()[0]
    e = Enrolment.make(key, age.generate_identity()[1], "Monitor A")
    assert Enrolment.load(raw=e.to_json().encode()) == e
    assert e.device == signing.key_id(signing.public_of(key))
    data = json.loads(e.to_json())
    data["label"] = "Someone else"
    with pytest.raises(EnrolmentInvalid):
        Enrolment.load(raw=json.dumps(data).encode())
    with pytest.raises(EnrolmentInvalid):
        Enrolment.load(raw=b"\xff" * 10)


def test_preamble_checks():
    pre = fmt.encode_preamble(fmt.KIND_EXPORT, b"k" * 32, b"s" * 64, 10)
    assert fmt.decode_preamble(pre).manifest_len == 10
    with pytest.raises(NotABundle):
        fmt.decode_preamble(b"X" + pre[1:])
    with pytest.raises(NotABundle):
        fmt.decode_preamble(pre[:8] + b"\x02" + pre[9:])
    with pytest.raises(MalformedContent):
        fmt.decode_preamble(
            fmt.encode_preamble(fmt.KIND_EXPORT, b"k" * 32, b"s" * 64, fmt.MAX_MANIFEST_BYTES + 1)
        )


def test_signature_contexts_separate_kinds():
    key = signing.generate()[0]
    raw = b'{"x":1}'
    sig = fmt.sign_manifest(fmt.KIND_EXPORT, key, raw)
    fmt.verify_manifest_signature(fmt.KIND_EXPORT, signing.public_of(key), sig, raw)
    with pytest.raises(SignatureInvalid):
        fmt.verify_manifest_signature(fmt.KIND_RECEIPT, signing.public_of(key), sig, raw)


def test_manifest_strictness():
    key = signing.generate()[0]
    m = raw_manifest(key, ["AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA"], [entry(key, "per-1", {"name": "x"})])
    assert fmt.parse_export_manifest(fmt.canonical_bytes(m)).sequence == 1
    for k, v in [
        ("sequence", 0),
        ("sequence", True),
        ("previous", "zz"),
        ("recipients", []),
        ("tlp_ceiling", "RED"),
        ("revisions", ["0" * 64, "1" * 64]),
        ("more", 1),
        ("abandoned", [5]),
        ("bundle_id", "x"),
        ("device", "dev-UPPER"),
    ]:
        with pytest.raises(MalformedContent):
            fmt.parse_export_manifest(fmt.canonical_bytes({**m, k: v}))
    with pytest.raises(NotABundle):
        fmt.parse_export_manifest(fmt.canonical_bytes({**m, "version": 2}))
    with pytest.raises(MalformedContent):
        fmt.parse_export_manifest(json.dumps(m).encode().replace(b'"more"', b'"more": false, "more"', 1))


def test_entry_checks():
    key = signing.generate()[0]
    body, h = entry(key, "per-1", {"name": "x"})
    signer = signing.key_id(signing.public_of(key))
    e = fmt.parse_entry(body, 0, expected_hash=h, signer=signer)
    assert e.record_id == "per-1" and e.hash == h
    with pytest.raises(ContentMismatch):
        fmt.parse_entry(body, 0, expected_hash="0" * 64, signer=signer)
    with pytest.raises(MalformedContent, match="another device"):
        fmt.parse_entry(body, 0, expected_hash=h, signer="dev-" + "a" * 20)
    d = json.loads(body)
    d["doc"]["id"] = "per-2"
    with pytest.raises(MalformedContent, match="doc.id"):
        fmt.parse_entry(json.dumps(d).encode(), 0, expected_hash=h, signer=signer)


@pytest.mark.parametrize(
    "doc,level",
    [
        ({}, 2),
        ({"confidentiality": "public"}, 0),
        ({"tlp": "GREEN"}, 1),
        ({"confidentiality": "device_only"}, 4),
        ({"confidentiality": "public", "tlp": "RED"}, 4),
        ({"confidentiality": "restricted"}, 3),
    ],
)
def test_levels_and_ceilings(doc, level):
    assert fmt.level_of(doc) == level
    assert fmt.exportable(doc, "AMBER+STRICT") == (level <= 3)
    assert fmt.exportable(doc, "CLEAR") == (level == 0)


def test_redact():
    doc = {"id": "p", "name": "x", "contact": "+7 ..."}
    red, changed = fmt.redact(doc)
    assert changed and "contact" not in red and "contact" in doc
    assert fmt.redact({"id": "p"}) == ({"id": "p"}, False)
