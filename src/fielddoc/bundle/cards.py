"""Recipient cards (HQ's public keys) and enrolment files (a device's public keys).

Both are small self-signed JSON files that travel in the open; their
fingerprints are what people compare over a channel they trust
(docs/bundle-format.md §1). Nothing secret is ever in them.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fielddoc.bundle import age
from fielddoc.bundle.errors import (
    CardInvalid,
    CardNameUnsafe,
    EnrolmentInvalid,
    EnrolmentLabelUnsafe,
    FingerprintMismatch,
    LabelUnsafe,
)
from fielddoc.crypto import signing
from fielddoc.fsutil import read_outside
from fielddoc.records.canonical import canonical
from fielddoc.records.ids import now_iso
from fielddoc.textsafe import name_problem

CARD_TYPE = "fielddoc-recipient-card"
ENROL_TYPE = "fielddoc-enrolment"
CARD_CONTEXT = b"FieldDoc recipient card v1\x00"
CARD_ROTATION_CONTEXT = b"FieldDoc recipient card rotation v1\x00"
ENROL_CONTEXT = b"FieldDoc enrolment v1\x00"
MAX_CARD_BYTES = 16 * 1024
MAX_NAME = 200
_DEVICE_ID = re.compile(r"\Adev-[a-z2-7]{20}\Z")


def _groups(digest: bytes) -> str:
    s = base64.b32encode(digest[:20]).decode("ascii")
    return " ".join(s[i : i + 4] for i in range(0, 32, 4))


def card_fingerprint(signing_key: bytes, age_recipient: str) -> str:
    """Fingerprint of an HQ identity: covers its Ed25519 and its X25519 key."""
    x = age.parse_recipient(age_recipient).public_bytes_raw()
    return _groups(hashlib.sha256(b"fielddoc/v1/hq-card\x00" + signing_key + x).digest())


def device_fingerprint(signing_key: bytes) -> str:
    return signing.fingerprint(signing_key)


def normalise_fingerprint(text: str) -> str:
    """Accept any spacing and case; return the 8x4 canonical form (or the input if it cannot be)."""
    raw = "".join(text.split()).upper()
    if len(raw) != 32:
        return text.strip()
    return " ".join(raw[i : i + 4] for i in range(0, 32, 4))


def check_label(text: str) -> str:
    """A name or label typed here (HQ's name, a device label): refused (LabelUnsafe) if it holds a
    control or format character or markup, because every FieldDoc that reads it would refuse it."""
    problem = name_problem(text)
    if problem is not None:
        raise LabelUnsafe(char=problem)
    return text


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, length: int) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not a string")
    raw = base64.b64decode(text.encode("ascii"), validate=True)
    if len(raw) != length or _b64(raw) != text:  # canonical encoding only
        raise ValueError("wrong length or not canonical base64")
    return raw


def _load(
    path: Path | None, raw: bytes | None, error: type[CardInvalid] | type[EnrolmentInvalid]
) -> dict[str, Any]:
    where = str(path) if path is not None else "(data)"
    if raw is None:
        assert path is not None
        raw = read_outside(path, MAX_CARD_BYTES)  # an ordinary file of at most 16 KiB
    if len(raw) > MAX_CARD_BYTES:
        raise error(path=where, detail="the file is too large")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise error(path=where, detail="it is not a JSON file") from None
    if not isinstance(data, dict):
        raise error(path=where, detail="it is not a JSON object")
    return data


@dataclass(frozen=True)
class RecipientCard:
    name: str
    age_recipient: str
    signing_key: bytes
    created_at: str
    signature: bytes
    #: after HQ rotated its signing key: the key it replaced, and that key's signature of the card
    previous_signing_key: bytes | None = None
    previous_signature: bytes | None = None

    @property
    def fingerprint(self) -> str:
        return card_fingerprint(self.signing_key, self.age_recipient)

    def body(self) -> dict[str, Any]:
        out = {
            "type": CARD_TYPE,
            "version": 1,
            "name": self.name,
            "age_recipient": self.age_recipient,
            "signing_key": _b64(self.signing_key),
            "fingerprint": self.fingerprint,
            "created_at": self.created_at,
        }
        if self.previous_signing_key is not None:
            out["previous_signing_key"] = _b64(self.previous_signing_key)
        return out

    def to_json(self) -> str:
        signed = {**self.body(), "signature": _b64(self.signature)}
        if self.previous_signature is not None:
            signed["previous_signature"] = _b64(self.previous_signature)
        return json.dumps(signed, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def make(
        cls, name: str, age_recipient: str, signing_private: bytes, previous_private: bytes | None = None
    ) -> RecipientCard:
        """A self-signed card; with ``previous_private`` also signed by the HQ key it replaces."""
        check_label(name)
        public = signing.public_of(signing_private)
        unsigned = cls(
            name=name[:MAX_NAME],
            age_recipient=age_recipient,
            signing_key=public,
            created_at=now_iso(),
            signature=b"",
            previous_signing_key=None if previous_private is None else signing.public_of(previous_private),
        )
        message = canonical(unsigned.body())
        sig = signing.sign(signing_private, CARD_CONTEXT + message)
        previous_sig = None
        if previous_private is not None:
            previous_sig = signing.sign(previous_private, CARD_ROTATION_CONTEXT + message)
        return dataclasses.replace(unsigned, signature=sig, previous_signature=previous_sig)

    @classmethod
    def load(cls, path: Path | None = None, raw: bytes | None = None) -> RecipientCard:
        """Parse a card and check its self-signature and its fingerprint; raises CardInvalid."""
        where = str(path) if path is not None else "(data)"
        data = _load(path, raw, CardInvalid)
        if data.get("type") != CARD_TYPE or data.get("version") != 1:
            raise CardInvalid(path=where, detail="it is not a FieldDoc recipient card")
        try:
            name = data["name"]
            if not isinstance(name, str) or not 0 < len(name) <= MAX_NAME:
                raise ValueError("name")
            recipient = data["age_recipient"]
            age.parse_recipient(recipient)
            card = cls(
                name=name,
                age_recipient=recipient,
                signing_key=_unb64(data["signing_key"], 32),
                created_at=str(data["created_at"])[:40],
                signature=_unb64(data["signature"], 64),
            )
        except (KeyError, ValueError, TypeError, age.AgeError):
            raise CardInvalid(path=where, detail="a key is missing or malformed") from None
        if "previous_signing_key" in data:
            try:
                card = dataclasses.replace(
                    card,
                    previous_signing_key=_unb64(data["previous_signing_key"], 32),
                    previous_signature=_unb64(data.get("previous_signature"), 64),
                )
            except ValueError:
                raise CardInvalid(path=where, detail="a key is missing or malformed") from None
        problem = name_problem(card.name)
        if problem is not None:  # it would be shown next to the fingerprint: never disguised text
            raise CardNameUnsafe(path=where, char=problem)
        if set(data) != set(card.body()) | {"signature"} | (
            {"previous_signature"} if card.previous_signing_key is not None else set()
        ):
            raise CardInvalid(path=where, detail="it has unexpected fields")
        if data.get("fingerprint") != card.fingerprint:
            raise CardInvalid(path=where, detail="its fingerprint does not match its keys")
        if not signing.verify(card.signing_key, card.signature, CARD_CONTEXT + canonical(card.body())):
            raise CardInvalid(path=where, detail="its signature is invalid: it was altered")
        if card.previous_signing_key is not None and not signing.verify(
            card.previous_signing_key,
            card.previous_signature or b"",
            CARD_ROTATION_CONTEXT + canonical(card.body()),
        ):
            raise CardInvalid(path=where, detail="its signature by HQ's previous key is invalid")
        return card


@dataclass(frozen=True)
class Enrolment:
    device: str
    signing_key: bytes
    age_recipient: str
    label: str
    created_at: str
    signature: bytes

    @property
    def fingerprint(self) -> str:
        return device_fingerprint(self.signing_key)

    def body(self) -> dict[str, Any]:
        return {
            "type": ENROL_TYPE,
            "version": 1,
            "device": self.device,
            "signing_key": _b64(self.signing_key),
            "age_recipient": self.age_recipient,
            "label": self.label,
            "created_at": self.created_at,
            "fingerprint": self.fingerprint,
        }

    def to_json(self) -> str:
        return (
            json.dumps({**self.body(), "signature": _b64(self.signature)}, indent=1, ensure_ascii=False)
            + "\n"
        )

    @classmethod
    def make(
        cls, signing_private: bytes, age_recipient: str, label: str, device: str | None = None
    ) -> Enrolment:
        """``device``: the device id, the id of its first key (a rotated device's key has another id)."""
        check_label(label)
        public = signing.public_of(signing_private)
        device = device or signing.key_id(public)
        unsigned = cls(device, public, age_recipient, label[:MAX_NAME], now_iso(), b"")
        sig = signing.sign(signing_private, ENROL_CONTEXT + canonical(unsigned.body()))
        return cls(unsigned.device, public, age_recipient, unsigned.label, unsigned.created_at, sig)

    @classmethod
    def load(cls, path: Path | None = None, raw: bytes | None = None) -> Enrolment:
        where = str(path) if path is not None else "(data)"
        data = _load(path, raw, EnrolmentInvalid)
        if data.get("type") != ENROL_TYPE or data.get("version") != 1:
            raise EnrolmentInvalid(path=where, detail="it is not a FieldDoc enrolment file")
        try:
            label = data["label"]
            if not isinstance(label, str) or len(label) > MAX_NAME:
                raise ValueError("label")
            age.parse_recipient(data["age_recipient"])
            e = cls(
                device=str(data["device"]),
                signing_key=_unb64(data["signing_key"], 32),
                age_recipient=data["age_recipient"],
                label=label,
                created_at=str(data["created_at"])[:40],
                signature=_unb64(data["signature"], 64),
            )
        except (KeyError, ValueError, TypeError, age.AgeError):
            raise EnrolmentInvalid(path=where, detail="a key is missing or malformed") from None
        problem = name_problem(e.label)
        if problem is not None:  # HQ shows it next to the device's fingerprint
            raise EnrolmentLabelUnsafe(path=where, char=problem)
        if set(data) != set(e.body()) | {"signature"}:
            raise EnrolmentInvalid(path=where, detail="it has unexpected fields")
        # A rotated device keeps the id of its first key: HQ checks such a claim (hq.devices.enrol).
        if not _DEVICE_ID.match(e.device) or data.get("fingerprint") != e.fingerprint:
            raise EnrolmentInvalid(path=where, detail="its device id or fingerprint does not match its key")
        if not signing.verify(e.signing_key, e.signature, ENROL_CONTEXT + canonical(e.body())):
            raise EnrolmentInvalid(path=where, detail="its signature is invalid: it was altered")
        return e


def check_fingerprint(actual: str, given: str | None) -> None:
    """Raise FingerprintMismatch unless ``given`` (any spacing/case) equals ``actual``."""
    if given is None or normalise_fingerprint(given) != actual:
        raise FingerprintMismatch(fingerprint=actual)
