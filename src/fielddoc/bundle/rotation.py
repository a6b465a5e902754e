"""Device key rotation: a statement signed by the old key and by the new one.

``fielddoc device rotate`` makes a new Ed25519 device key and a new age identity
(receipts), keeps the old ones in the vault (``device_signing_key.<n>``,
``device_age_identity.<n>``: receipts HQ encrypted to the old key still open), and
writes a rotation statement for HQ. HQ checks both signatures and that the old key
is the one it has registered, then keeps the old key in its registry's history:
bundles numbered before ``from_sequence`` still verify with the old key, later ones
only with the new key. The device id (the id of the device's first key) never
changes, so its bundle chain and revision history go on. Format:
docs/bundle-format.md §1.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update

from fielddoc.bundle import age
from fielddoc.bundle.cards import _b64, _load, _unb64, device_fingerprint
from fielddoc.bundle.device import DEVICE_AGE_SECRET, device_age_identity
from fielddoc.bundle.errors import RotationInvalid
from fielddoc.crypto import signing
from fielddoc.records.canonical import canonical
from fielddoc.records.ids import now_iso
from fielddoc.store.schema import secrets_table, settings
from fielddoc.store.schema_sync import sync_exports
from fielddoc.store.vault import Vault

ROTATION_TYPE = "fielddoc-key-rotation"
ROTATION_CONTEXT = b"FieldDoc key rotation v1\x00"
SIGNING_SECRET = "device_signing_key"  # noqa: S105 - a row name, not a secret
LATEST_SETTING = "key_rotation"


@dataclass(frozen=True)
class RotationStatement:
    device: str
    old_signing_key: bytes
    new_signing_key: bytes
    new_age_recipient: str
    from_sequence: int
    created_at: str
    old_signature: bytes = b""
    new_signature: bytes = b""

    @property
    def old_fingerprint(self) -> str:
        return device_fingerprint(self.old_signing_key)

    @property
    def new_fingerprint(self) -> str:
        return device_fingerprint(self.new_signing_key)

    def body(self) -> dict[str, Any]:
        return {
            "type": ROTATION_TYPE,
            "version": 1,
            "device": self.device,
            "old_signing_key": _b64(self.old_signing_key),
            "new_signing_key": _b64(self.new_signing_key),
            "new_age_recipient": self.new_age_recipient,
            "from_sequence": self.from_sequence,
            "created_at": self.created_at,
            "old_fingerprint": self.old_fingerprint,
            "new_fingerprint": self.new_fingerprint,
        }

    def message(self) -> bytes:
        """What both keys sign."""
        return ROTATION_CONTEXT + canonical(self.body())

    def to_json(self) -> str:
        import json

        signed = {**self.body(), "old_signature": _b64(self.old_signature),
                  "new_signature": _b64(self.new_signature)}
        return json.dumps(signed, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def make(
        cls, device: str, old_private: bytes, new_private: bytes, new_age_recipient: str, from_sequence: int
    ) -> RotationStatement:
        unsigned = cls(
            device,
            signing.public_of(old_private),
            signing.public_of(new_private),
            new_age_recipient,
            from_sequence,
            now_iso(),
        )
        msg = unsigned.message()
        return cls(
            unsigned.device,
            unsigned.old_signing_key,
            unsigned.new_signing_key,
            new_age_recipient,
            from_sequence,
            unsigned.created_at,
            signing.sign(old_private, msg),
            signing.sign(new_private, msg),
        )

    @classmethod
    def load(cls, path: Path | None = None, raw: bytes | None = None) -> RotationStatement:
        """Parse a statement and check both signatures; raises RotationInvalid."""
        where = str(path) if path is not None else "(data)"
        data = _load(path, raw, RotationInvalid)  # type: ignore[arg-type]
        if data.get("type") != ROTATION_TYPE or data.get("version") != 1:
            raise RotationInvalid(path=where, detail="it is not a FieldDoc key rotation statement")
        try:
            seq = data["from_sequence"]
            if not isinstance(seq, int) or isinstance(seq, bool) or not 1 <= seq < 2**31:
                raise ValueError("from_sequence")
            device = data["device"]
            if not isinstance(device, str) or not device.startswith("dev-") or len(device) > 24:
                raise ValueError("device")
            age.parse_recipient(data["new_age_recipient"])
            st = cls(
                device=device,
                old_signing_key=_unb64(data["old_signing_key"], 32),
                new_signing_key=_unb64(data["new_signing_key"], 32),
                new_age_recipient=data["new_age_recipient"],
                from_sequence=seq,
                created_at=str(data["created_at"])[:40],
                old_signature=_unb64(data["old_signature"], 64),
                new_signature=_unb64(data["new_signature"], 64),
            )
        except (KeyError, ValueError, TypeError, age.AgeError):
            raise RotationInvalid(path=where, detail="a key is missing or malformed") from None
        if set(data) != set(st.body()) | {"old_signature", "new_signature"}:
            raise RotationInvalid(path=where, detail="it has unexpected fields")
        if data["old_fingerprint"] != st.old_fingerprint or data["new_fingerprint"] != st.new_fingerprint:
            raise RotationInvalid(path=where, detail="its fingerprints do not match its keys")
        if st.old_signing_key == st.new_signing_key:
            raise RotationInvalid(path=where, detail="the new key is the old key")
        msg = st.message()
        if not signing.verify(st.old_signing_key, st.old_signature, msg):
            raise RotationInvalid(path=where, detail="it is not signed by the old key")
        if not signing.verify(st.new_signing_key, st.new_signature, msg):
            raise RotationInvalid(path=where, detail="it is not signed by the new key")
        return st


def _next_index(conn: Any, prefix: str) -> int:
    query = select(secrets_table.c.name).where(secrets_table.c.name.like(f"{prefix}.%"))
    names = [r[0] for r in conn.execute(query)]
    return max((int(n.rsplit(".", 1)[1]) for n in names), default=0) + 1


def rotate_device_keys(vault: Vault) -> RotationStatement:
    """New device keys; the old ones kept; the signed statement for HQ (also kept in the vault)."""
    device_age_identity(vault)  # make sure there is one to keep
    new_private, _ = signing.generate()
    identity, recipient = age.generate_identity()
    with vault.engine.begin() as conn:
        old_private = bytes(
            conn.execute(
                select(secrets_table.c.value).where(secrets_table.c.name == SIGNING_SECRET)
            ).scalar_one()
        )
        old_age = conn.execute(
            select(secrets_table.c.value).where(secrets_table.c.name == DEVICE_AGE_SECRET)
        ).scalar_one()
        last = conn.execute(select(func.max(sync_exports.c.sequence))).scalar() or 0
        device = conn.execute(select(settings.c.value).where(settings.c.key == "device_id")).scalar_one()
        st = RotationStatement.make(device, old_private, new_private, recipient, int(last) + 1)
        n = _next_index(conn, SIGNING_SECRET)
        conn.execute(secrets_table.insert().values(name=f"{SIGNING_SECRET}.{n}", value=old_private))
        conn.execute(
            update(secrets_table).where(secrets_table.c.name == SIGNING_SECRET).values(value=new_private)
        )
        m = _next_index(conn, DEVICE_AGE_SECRET)
        conn.execute(secrets_table.insert().values(name=f"{DEVICE_AGE_SECRET}.{m}", value=old_age))
        conn.execute(
            update(secrets_table)
            .where(secrets_table.c.name == DEVICE_AGE_SECRET)
            .values(value=identity.encode("ascii"))
        )
        conn.execute(settings.delete().where(settings.c.key == LATEST_SETTING))
        conn.execute(settings.insert().values(key=LATEST_SETTING, value=st.to_json()))
    return st


def latest_statement(vault: Vault) -> RotationStatement | None:
    """The statement of the device's latest rotation (to write it again for HQ)."""
    raw = vault.get_setting(LATEST_SETTING)
    return RotationStatement.load(raw=raw.encode("utf-8")) if raw else None
