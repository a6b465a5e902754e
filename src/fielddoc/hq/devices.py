"""HQ's device registry: enrol (from an enrolment file, or on first use), list, rename, revoke."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.engine import Connection

from fielddoc.bundle.cards import (
    Enrolment,
    check_fingerprint,
    check_label,
    device_fingerprint,
    normalise_fingerprint,
)
from fielddoc.bundle.errors import EnrolmentInvalid, RevokedEnrolment, RotationRefused, UnknownDeviceId
from fielddoc.bundle.rotation import RotationStatement
from fielddoc.crypto import signing
from fielddoc.hq.store import HQStore
from fielddoc.records.audit import AuditWriter
from fielddoc.records.canonical import sha256_hex
from fielddoc.records.ids import now_iso
from fielddoc.store.schema_sync import hq_bundles, hq_device_keys, hq_devices


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
    conn: Connection,
    public_key: bytes,
    *,
    label: str,
    via: str,
    age_recipient: str | None,
    device_id: str | None = None,
) -> Device:
    """Register (or re-activate with a new key) a device inside the caller's transaction."""
    device_id = device_id or signing.key_id(public_key)
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
    hq.require("devices")
    check_fingerprint(enrolment.fingerprint, confirmed_fingerprint)
    check_label(label or enrolment.label)
    key = enrolment.signing_key
    with hq.begin() as conn:
        by_key = device_for_key(conn, key)
        if by_key is not None and by_key.device.revoked:
            raise RevokedEnrolment(device=by_key.device.device_id, revoked_at=by_key.device.revoked_at or "?")
        if by_key is not None and by_key.until_sequence is not None:
            raise EnrolmentInvalid(
                path=by_key.device.device_id,
                detail="its key was replaced by a key rotation and cannot come back",
            )
        claimed = get_device(conn, enrolment.device)
        if enrolment.device != signing.key_id(key):
            # A device whose key was rotated keeps its first key's id: only a revoked device of that
            # id may be enrolled again, with a new key (an active one rotates with a signed statement).
            if claimed is None or not claimed.revoked:
                raise EnrolmentInvalid(
                    path=enrolment.device,
                    detail="its device id is not its key's, and HQ has no revoked device of that id; "
                    "an enrolled device changes its key with 'fielddoc device rotate'",
                )
        if claimed is not None and claimed.revoked and claimed.public_key != key:
            _retire_key(conn, claimed, until=0)  # its bundles verify in 'hq verify', none is accepted
        return insert_device(
            conn,
            key,
            label=label or enrolment.label or (claimed.label if claimed else ""),
            via="enrolment",
            age_recipient=enrolment.age_recipient,
            device_id=enrolment.device,
        )


@dataclass(frozen=True)
class KeyMatch:
    """A device key HQ knows: the device, and the bundle numbers the key signs [from, until)."""

    device: Device
    from_sequence: int | None
    until_sequence: int | None


def device_for_key(conn: Connection, public_key: bytes) -> KeyMatch | None:
    """The device a signing key belongs to: its current key, or one it rotated away from."""
    row = conn.execute(select(hq_devices).where(hq_devices.c.public_key == public_key)).mappings().first()
    if row is not None:
        dev = _device(row)
        start = conn.execute(
            select(hq_device_keys.c.from_sequence).where(
                hq_device_keys.c.device_id == dev.device_id,
                hq_device_keys.c.public_key == public_key,
                hq_device_keys.c.until_sequence.is_(None),
            )
        ).scalar()
        return KeyMatch(dev, start, None)
    old = conn.execute(
        select(hq_device_keys.c.device_id, hq_device_keys.c.from_sequence, hq_device_keys.c.until_sequence)
        .where(hq_device_keys.c.public_key == public_key, hq_device_keys.c.until_sequence.is_not(None))
        .order_by(hq_device_keys.c.id.desc())
    ).first()
    if old is None:
        return None
    owner = get_device(conn, old[0])
    return None if owner is None else KeyMatch(owner, old[1], old[2])


def device_keys(conn: Connection, device_id: str) -> list[bytes]:
    """Every key the device ever signed with (current first): for re-verifying stored bundles."""
    dev = get_device(conn, device_id)
    keys = [dev.public_key] if dev is not None else []
    for (k,) in conn.execute(
        select(hq_device_keys.c.public_key).where(hq_device_keys.c.device_id == device_id)
    ):
        if bytes(k) not in keys:
            keys.append(bytes(k))
    return keys


def _retire_key(conn: Connection, dev: Device, until: int) -> None:
    """The device's current key goes to its history: it signs bundles numbered below ``until`` only."""
    n = conn.execute(
        update(hq_device_keys)
        .where(
            hq_device_keys.c.device_id == dev.device_id,
            hq_device_keys.c.public_key == dev.public_key,
            hq_device_keys.c.until_sequence.is_(None),
        )
        .values(until_sequence=until)
    ).rowcount
    if not n:
        conn.execute(
            hq_device_keys.insert().values(
                device_id=dev.device_id,
                public_key=dev.public_key,
                age_recipient=dev.age_recipient,
                from_sequence=None,
                until_sequence=until,
                added_at=dev.enrolled_at,
                statement=None,
            )
        )


def apply_rotation(hq: HQStore, st: RotationStatement) -> tuple[Device, bool]:
    """Accept a device's key rotation (both signatures were checked when it was loaded).

    Returns the device and False if HQ had already applied this rotation.
    """
    with hq.begin() as conn:
        if conn.dialect.name == "postgresql":  # one at a time with imports (hq.importer._lock)
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242000002)")
        dev = get_device(conn, st.device)
        if dev is None:
            raise UnknownDeviceId(device=st.device)
        if dev.public_key == st.new_signing_key:
            return dev, False
        if dev.revoked:
            raise RotationRefused(
                device=dev.device_id,
                detail="the device is revoked, so its old key cannot vouch for a new one; "
                "enrol the new key from a new enrolment file instead",
            )
        if dev.public_key != st.old_signing_key:
            raise RotationRefused(
                device=dev.device_id, detail="its old key is not the key HQ has for the device"
            )
        if device_for_key(conn, st.new_signing_key) is not None:
            raise RotationRefused(device=dev.device_id, detail="its new key already belongs to a device")
        later = conn.execute(
            select(func.min(hq_bundles.c.sequence)).where(
                hq_bundles.c.device_id == dev.device_id, hq_bundles.c.sequence >= st.from_sequence
            )
        ).scalar()
        if later is not None:
            raise RotationRefused(
                device=dev.device_id,
                detail=f"HQ already holds bundle {later}, which the old key signed after the rotation",
            )
        _retire_key(conn, dev, until=st.from_sequence)
        now = now_iso()
        conn.execute(
            hq_device_keys.insert().values(
                device_id=dev.device_id,
                public_key=st.new_signing_key,
                age_recipient=st.new_age_recipient,
                from_sequence=st.from_sequence,
                until_sequence=None,
                added_at=now,
                statement=st.to_json(),
            )
        )
        conn.execute(
            update(hq_devices)
            .where(hq_devices.c.device_id == dev.device_id)
            .values(
                public_key=st.new_signing_key,
                fingerprint=st.new_fingerprint,
                age_recipient=st.new_age_recipient,
            )
        )
        AuditWriter(conn, hq.device_id, hq.get_setting("author", "hq") or "hq").append(
            "key-rotation",
            None,
            sha256_hex(st.message()),
            detail=f"device={dev.device_id} from_sequence={st.from_sequence}",
        )
        found = get_device(conn, dev.device_id)
    assert found is not None
    return found, True


def revoke(hq: HQStore, device_id: str, reason: str = "") -> Device:
    hq.require("devices")
    with hq.begin() as conn:
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
    hq.require("devices")
    label = check_label(label.strip())[:LABEL_MAX]
    with hq.begin() as conn:
        if get_device(conn, device_id) is None:
            raise UnknownDeviceId(device=device_id[:60])
        conn.execute(update(hq_devices).where(hq_devices.c.device_id == device_id).values(label=label))
        found = get_device(conn, device_id)
    assert found is not None
    return found


def _sequences(conn: Connection, device_id: str) -> list[tuple[int, str]]:
    """(sequence, abandoned) of every bundle HQ holds from the device. On a team HQ through
    ``fd_bundle_sequences()``: a member with a confidentiality limit may not read ``hq_bundles``
    (its manifests list every file and custody entry), yet sees the counts and gaps."""
    if conn.dialect.name == "postgresql" and conn.execute(
            text("SELECT to_regprocedure('fd_bundle_sequences()') IS NOT NULL")).scalar():
        rows = conn.execute(text("SELECT sequence, abandoned FROM fd_bundle_sequences() "
                                 "WHERE device_id = :d"), {"d": device_id}).all()
    else:
        rows = conn.execute(select(hq_bundles.c.sequence, hq_bundles.c.abandoned)
                            .where(hq_bundles.c.device_id == device_id)).all()
    return [(int(r[0]), str(r[1])) for r in rows]


def gaps(conn: Connection, device_id: str, rows: list[tuple[int, str]] | None = None) -> list[int]:
    """Sequence numbers of the device that HQ has not received (minus abandoned ones)."""
    rows = _sequences(conn, device_id) if rows is None else rows
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
            held = _sequences(conn, r["device_id"])
            seqs = [x[0] for x in held]
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
                    "gaps": gaps(conn, r["device_id"], held),
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
