"""HQ's receipts: a signed acknowledgement of the bundles HQ imported from a device.

Encrypted to the device's own age key (``reply_to`` of its bundles, or its
enrolment file): a receipt names the device and its bundles, which is itself
sensitive if found at a border.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update

from fielddoc.bundle import age
from fielddoc.bundle import format as fmt
from fielddoc.bundle.cards import card_fingerprint
from fielddoc.bundle.errors import BundleFailure, UnknownDeviceId
from fielddoc.bundle.writer import BUNDLE_SUFFIX, OutputExists, write_file_atomically
from fielddoc.hq.devices import get_device
from fielddoc.hq.store import HQStore
from fielddoc.records.ids import now_iso, uuid7
from fielddoc.store.schema_sync import hq_bundles


class NoReplyKey(BundleFailure):
    code = "no_reply_key"
    msgid = (
        "HQ has no key to encrypt a receipt to device {device}: import one of its bundles first, "
        "or enrol it from its enrolment file."
    )


class NothingToAcknowledge(BundleFailure):
    code = "nothing_to_acknowledge"
    msgid = "HQ has imported no bundle from device {device} yet; there is nothing to acknowledge."


@dataclass
class ReceiptResult:
    path: Path
    device: str
    bundles: int


def _card_used(hq: HQStore, device_id: str) -> str:
    """The fingerprint of HQ's card that the device's latest bundle was addressed to.

    The device checks that the receipt's ``hq`` names a card it holds for the signing key; after
    ``hq card --rotate`` a device that has not replaced its card yet still holds the old one.
    """
    # cards of the key that signs this receipt (not of one HQ rotated away from)
    mine = {card_fingerprint(hq.signing_public(), age.recipient_of(i)) for i in hq.identities()}
    with hq.engine.connect() as conn:
        row = conn.execute(
            select(hq_bundles.c.manifest)
            .where(hq_bundles.c.device_id == device_id)
            .order_by(hq_bundles.c.sequence.desc())
            .limit(1)
        ).first()
    if row is not None:
        named = [fp for fp in json.loads(row[0]).get("recipients", []) if fp in mine]
        if named:
            return str(named[0])
    return hq.fingerprint()


def make_receipt(hq: HQStore, device_id: str, out: Path) -> ReceiptResult:
    """Write a receipt for every bundle of ``device_id`` that HQ imported."""
    import secrets

    hq.require("sign")
    out = Path(out)
    target = out / f"{secrets.token_hex(16)}{BUNDLE_SUFFIX}" if out.is_dir() else out
    if target.exists():
        raise OutputExists(path=str(target))
    with hq.engine.connect() as conn:
        dev = get_device(conn, device_id)
        if dev is None:
            raise UnknownDeviceId(device=device_id)
        if not dev.age_recipient:
            raise NoReplyKey(device=device_id)
        rows = conn.execute(
            select(hq_bundles.c.bundle_id, hq_bundles.c.sequence, hq_bundles.c.bundle_hash)
            .where(hq_bundles.c.device_id == device_id)
            .order_by(hq_bundles.c.sequence.desc())
            .limit(fmt.MAX_RECEIPT_BUNDLES)
        ).all()
    if not rows:
        raise NothingToAcknowledge(device=device_id)
    hq_card = _card_used(hq, device_id)
    manifest = {
        "format": fmt.FORMAT_NAME,
        "version": fmt.VERSION,
        "type": "receipt",
        "receipt_id": uuid7(),
        "hq": hq_card,
        "device": device_id,
        "created_at": now_iso(),
        "bundles": [
            {"bundle_id": r[0], "sequence": r[1], "hash": r[2]} for r in sorted(rows, key=lambda r: r[1])
        ],
    }
    raw = fmt.canonical_bytes(manifest)
    key = hq.signing_key()  # HQ's key: a team member who may not sign has none
    sig = fmt.sign_manifest(fmt.KIND_RECEIPT, key, raw)
    plain = (
        fmt.encode_preamble(fmt.KIND_RECEIPT, hq.signing_public(), sig, len(raw))
        + raw
        + fmt.frame_header(fmt.F_END, 0)
    )
    write_file_atomically(
        # Also to HQ's own key: handed back to HQ's import by mistake, it is recognised as a receipt.
        target,
        lambda fh: age.encrypt_stream(
            io.BytesIO(plain), fh, [dev.age_recipient or "", age.recipient_of(hq.identities()[0])]
        ),
    )
    with hq.begin() as conn:
        conn.execute(
            update(hq_bundles)
            .where(hq_bundles.c.device_id == device_id, hq_bundles.c.receipted_at.is_(None))
            .values(receipted_at=now_iso())
        )
    return ReceiptResult(target, device_id, len(rows))
