"""HQ's device registry: enrol (from an enrolment file, or on first use), list, rename, revoke."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from fielddoc.bundle.cards import (
    Enrolment,
    check_fingerprint,
    check_label,
    device_fingerprint,
    normalise_fingerprint,
)
from fielddoc.bundle.errors import UnknownDeviceId
from fielddoc.crypto import signing
from fielddoc.hq.store import HQStore
from fielddoc.records.ids import now_iso
from fielddoc.store.schema_sync import hq_bundles, hq_devices


@dataclass(frozen=True)
class Device:
    device_id: str
    public_key: bytes
    fingerprint: str
    label: str
    age_recipient: str | None
    status: str
    enrolled_at: str
    enrolled_via: str
    revoked_at: str | None
    last_import_at: str | None

    @property
    def revoked(self) -> bool:
        return self.status == "revoked"


def _device(r: Any) -> Device:
    return Device(
        r["device_id"],
        bytes(r["public_key"]),
        r["fingerprint"],
        r["label"],
        r["age_recipient"],
        r["status"],
        r["enrolled_at"],
        r["enrolled_via"],
        r["revoked_at"],
        r["last_import_at"],
    )


def get_device(conn: Connection, device_id: str) -> Device | None:
    row = conn.execute(select(hq_devices).where(hq_devices.c.device_id == device_id)).mappings().first()
    return _device(row) if row else None


def insert_device(
    conn: Connection, public_key: bytes, *, label: str, via: str, age_recipient: str | None
) -> Device:
    """Register (or re-activate) a device inside the caller's transaction."""
    device_id = signing.key_id(public_key)
    now = now_iso()
    values = {
        "public_key": public_key,
        "fingerprint": device_fingerprint(public_key),
        "label": label[:200],
        "status": "active",
        "enrolled_at": now,
        "enrolled_via": via,
        "revoked_at": None,
        "revoke_reason": None,
    }
    if age_recipient:
        values["age_recipient"] = age_recipient
    if get_device(conn, device_id) is None:
        conn.execute(hq_devices.insert().values(device_id=device_id, **values))
    else:
        conn.execute(update(hq_devices).where(hq_devices.c.device_id == device_id).values(**values))
    found = get_device(conn, device_id)
    assert found is not None
    return found


def enrol(
    hq: HQStore, enrolment: Enrolment, confirmed_fingerprint: str | None, label: str | None = None
) -> Device:
    """Register a device from its enrolment file, once its fingerprint was confirmed out of band."""
    check_fingerprint(enrolment.fingerprint, confirmed_fingerprint)
    check_label(label or enrolment.label)
    with hq.engine.begin() as conn:
        return insert_device(
            conn,
            enrolment.signing_key,
            label=label or enrolment.label,
            via="enrolment",
            age_recipient=enrolment.age_recipient,
        )


def revoke(hq: HQStore, device_id: str, reason: str = "") -> Device:
    with hq.engine.begin() as conn:
        dev = get_device(conn, device_id)
        if dev is None:
            raise UnknownDeviceId(device=device_id)
        conn.execute(
            update(hq_devices)
            .where(hq_devices.c.device_id == device_id)
            .values(status="revoked", revoked_at=now_iso(), revoke_reason=reason[:500])
        )
        found = get_device(conn, device_id)
    assert found is not None
    return found


LABEL_MAX = 200


def rename(hq: HQStore, device_id: str, label: str) -> Device:
    """Give an enrolled device the name HQ knows it by ('' removes the name). Only the label
    changes: the key, the status and what the device sent stay as they are."""
    label = check_label(label.strip())[:LABEL_MAX]
    with hq.engine.begin() as conn:
        if get_device(conn, device_id) is None:
            raise UnknownDeviceId(device=device_id[:60])
        conn.execute(update(hq_devices).where(hq_devices.c.device_id == device_id).values(label=label))
        found = get_device(conn, device_id)
    assert found is not None
    return found


def gaps(conn: Connection, device_id: str) -> list[int]:
    """Sequence numbers of the device that HQ has not received (minus abandoned ones)."""
    rows = conn.execute(
        select(hq_bundles.c.sequence, hq_bundles.c.abandoned).where(hq_bundles.c.device_id == device_id)
    ).all()
    if not rows:
        return []
    have = {r[0] for r in rows}
    abandoned: set[int] = set()
    for r in rows:
        abandoned.update(int(x) for x in json.loads(r[1]))
    return [s for s in range(1, max(have) + 1) if s not in have and s not in abandoned]


def list_devices(hq: HQStore) -> list[dict[str, Any]]:
    out = []
    with hq.engine.connect() as conn:
        for r in conn.execute(select(hq_devices).order_by(hq_devices.c.enrolled_at)).mappings():
            seqs = [
                x[0]
                for x in conn.execute(
                    select(hq_bundles.c.sequence).where(hq_bundles.c.device_id == r["device_id"])
                )
            ]
            out.append(
                {
                    "device": r["device_id"],
                    "fingerprint": r["fingerprint"],
                    "label": r["label"],
                    "status": r["status"],
                    "enrolled_at": r["enrolled_at"],
                    "via": r["enrolled_via"],
                    "revoked_at": r["revoked_at"],
                    "reason": r["revoke_reason"] or "",
                    "bundles": len(seqs),
                    "last_sequence": max(seqs) if seqs else None,
                    "gaps": gaps(conn, r["device_id"]),
                    "last_import_at": r["last_import_at"],
                }
            )
    return out


def find_device(hq: HQStore, text: str) -> str:
    """A device id from an id or a fingerprint."""
    fp = normalise_fingerprint(text)
    with hq.engine.connect() as conn:
        row = conn.execute(
            select(hq_devices.c.device_id).where(
                (hq_devices.c.device_id == text.strip()) | (hq_devices.c.fingerprint == fp)
            )
        ).first()
    if row is None:
        raise UnknownDeviceId(device=text.strip()[:60])
    return str(row[0])
