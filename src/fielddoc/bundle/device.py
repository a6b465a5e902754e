"""The field device's side of sync: recipient cards, its age identity, enrolment.

Export is in :mod:`fielddoc.bundle.writer`, receipts and purging in
:mod:`fielddoc.bundle.receipt`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.engine import Connection

from fielddoc.bundle import age
from fielddoc.bundle.cards import Enrolment, RecipientCard, check_fingerprint
from fielddoc.bundle.errors import CardRotationUnsigned, NoRecipients, UnknownRecipient
from fielddoc.records.ids import now_iso
from fielddoc.store.schema import secrets_table
from fielddoc.store.schema_sync import sync_recipients
from fielddoc.store.vault import Vault

DEVICE_AGE_SECRET = "device_age_identity"  # noqa: S105 - a row name, not a secret


@dataclass(frozen=True)
class StoredRecipient:
    fingerprint: str
    name: str
    age_recipient: str
    signing_key: bytes
    added_at: str
    last_ack_sequence: int | None
    last_ack_at: str | None


def _secret(conn: Connection, name: str) -> bytes | None:
    row = conn.execute(select(secrets_table.c.value).where(secrets_table.c.name == name)).first()
    return bytes(row[0]) if row else None


def device_age_identity(vault: Vault) -> tuple[str, str]:
    """The device's age identity for receipts (made on first use): (secret, recipient)."""
    with vault.engine.begin() as conn:
        raw = _secret(conn, DEVICE_AGE_SECRET)
        if raw is None:
            identity, recipient = age.generate_identity()
            conn.execute(
                secrets_table.insert().values(name=DEVICE_AGE_SECRET, value=identity.encode("ascii"))
            )
            return identity, recipient
    identity = raw.decode("ascii")
    return identity, age.recipient_of(identity)


def device_age_identities(vault: Vault) -> list[str]:
    """The current age identity first, then those a key rotation retired (newest first)."""
    current, _ = device_age_identity(vault)
    with vault.engine.connect() as conn:
        rows = conn.execute(
            select(secrets_table.c.name, secrets_table.c.value).where(
                secrets_table.c.name.like(f"{DEVICE_AGE_SECRET}.%")
            )
        ).all()
    older = sorted(rows, key=lambda r: int(r[0].rsplit(".", 1)[1]), reverse=True)
    return [current] + [bytes(r[1]).decode("ascii") for r in older]


def enrolment(vault: Vault, label: str = "") -> Enrolment:
    """A signed enrolment file body for this device (public keys only).

    The file travels unencrypted, so it carries a label only when one is given: never
    the monitor's name from the vault's settings. HQ can label the device when it enrols it.
    """
    _, recipient = device_age_identity(vault)
    return Enrolment.make(vault.signing_key(), recipient, label, device=vault.device_id)


def device_fingerprint(vault: Vault) -> str:
    from fielddoc.crypto import signing

    return signing.fingerprint(signing.public_of(vault.signing_key()))


# -- recipient cards -------------------------------------------------------------
def _row(r: Any) -> StoredRecipient:
    return StoredRecipient(
        r["fingerprint"],
        r["name"],
        r["age_recipient"],
        bytes(r["signing_key"]),
        r["added_at"],
        r["last_ack_sequence"],
        r["last_ack_at"],
    )


def recipients(vault: Vault) -> list[StoredRecipient]:
    with vault.engine.connect() as conn:
        rows = conn.execute(select(sync_recipients).order_by(sync_recipients.c.fingerprint)).mappings().all()
    return [_row(r) for r in rows]


def require_recipients(vault: Vault) -> list[StoredRecipient]:
    found = recipients(vault)
    if not found:
        raise NoRecipients()
    return found


def add_recipient(vault: Vault, card: RecipientCard, confirmed_fingerprint: str | None) -> bool:
    """Store ``card`` once the user confirmed its fingerprint; False if it was already there.

    ``confirmed_fingerprint`` is what the user read from HQ over a channel they
    trust; it must match the card's (recomputed) fingerprint.
    """
    check_fingerprint(card.fingerprint, confirmed_fingerprint)
    with vault.engine.begin() as conn:
        if conn.execute(
            select(sync_recipients.c.fingerprint).where(sync_recipients.c.fingerprint == card.fingerprint)
        ).first():
            return False
        if card.previous_signing_key is not None:
            # HQ rotated its signing key; the card's signature by the old key was checked when it was
            # loaded: it takes the place of the cards of that key.
            conn.execute(
                delete(sync_recipients).where(sync_recipients.c.signing_key == card.previous_signing_key)
            )
        conn.execute(
            sync_recipients.insert().values(
                fingerprint=card.fingerprint,
                name=card.name,
                age_recipient=card.age_recipient,
                signing_key=card.signing_key,
                card=card.to_json(),
                added_at=now_iso(),
            )
        )
    return True


def remove_recipient(vault: Vault, fingerprint: str) -> None:
    from fielddoc.bundle.cards import normalise_fingerprint

    fp = normalise_fingerprint(fingerprint)
    with vault.engine.begin() as conn:
        n = conn.execute(delete(sync_recipients).where(sync_recipients.c.fingerprint == fp)).rowcount
    if not n:
        raise UnknownRecipient(fingerprint=fp)


def replace_recipient(
    vault: Vault, old_fingerprint: str, card: RecipientCard, confirmed_fingerprint: str | None
) -> None:
    """Key rotation: the new card takes the old one's place, in one transaction."""
    from fielddoc.bundle.cards import normalise_fingerprint

    check_fingerprint(card.fingerprint, confirmed_fingerprint)
    old = normalise_fingerprint(old_fingerprint)
    with vault.engine.begin() as conn:
        before = conn.execute(
            select(sync_recipients.c.signing_key).where(sync_recipients.c.fingerprint == old)
        ).first()
        if before is None:
            raise UnknownRecipient(fingerprint=old)
        if bytes(before[0]) != card.signing_key and card.previous_signing_key != bytes(before[0]):
            # a new HQ signing key is accepted only when the old key signed the new card
            raise CardRotationUnsigned(fingerprint=card.fingerprint)
        conn.execute(delete(sync_recipients).where(sync_recipients.c.fingerprint == old))
        conn.execute(delete(sync_recipients).where(sync_recipients.c.fingerprint == card.fingerprint))
        conn.execute(
            sync_recipients.insert().values(
                fingerprint=card.fingerprint,
                name=card.name,
                age_recipient=card.age_recipient,
                signing_key=card.signing_key,
                card=card.to_json(),
                added_at=now_iso(),
            )
        )


def recipients_json(vault: Vault) -> str:
    return json.dumps(
        [
            {
                "fingerprint": r.fingerprint,
                "name": r.name,
                "added_at": r.added_at,
                "last_ack_sequence": r.last_ack_sequence,
                "last_ack_at": r.last_ack_at,
            }
            for r in recipients(vault)
        ],
        ensure_ascii=False,
        indent=1,
    )
