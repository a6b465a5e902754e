"""What a file handed to HQ's import is when it is not a bundle for this HQ.

The README's flow writes HQ's receipt into the folder the bundles came in, so
the next ``hq import /media/usb/*.age`` meets it. Receipts are encrypted to
HQ's own key too (docs/bundle-format.md §2), so HQ opens and recognises them;
recipient cards and enrolment files are small JSON files recognised by their
``type``. Each becomes a :class:`WrongKindOfFile` saying what the file is and
where it belongs; the CLI skips it and goes on with the other files.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path

from fielddoc.bundle import format as fmt
from fielddoc.bundle.cards import CARD_TYPE, ENROL_TYPE, MAX_CARD_BYTES
from fielddoc.bundle.errors import (
    BundleFailure,
    CardNotBundle,
    EnrolmentNotBundle,
    NotABundle,
    ReceiptNotBundle,
    RotationNotBundle,
    WrongKindOfFile,
)
from fielddoc.bundle.reader import Opened

#: JSON ``type`` -> the error naming that kind of file
JSON_KINDS: dict[str, type[WrongKindOfFile]] = {
    CARD_TYPE: CardNotBundle,
    ENROL_TYPE: EnrolmentNotBundle,
    "fielddoc-key-rotation": RotationNotBundle,
}


def json_kind(path: Path) -> WrongKindOfFile | None:
    """A WrongKindOfFile if ``path`` is a small FieldDoc JSON file (card, enrolment...)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_CARD_BYTES:
            return None  # never open a FIFO or a device here; cards are small
        with open(path, "rb") as fh:
            head = fh.read(MAX_CARD_BYTES + 1)
    except OSError:
        return None
    if len(head) > MAX_CARD_BYTES or not head.lstrip()[:1] == b"{":
        return None
    try:
        data = json.loads(head.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    kind = data.get("type") if isinstance(data, dict) else None
    error = JSON_KINDS.get(kind) if isinstance(kind, str) else None
    return error(path=str(path)) if error is not None else None


def receipt_kind(path: Path, opened: Opened, hq_signing_keys: set[bytes]) -> BundleFailure:
    """The error for a receipt HQ opened: which device it is for, if HQ's own key signed it."""
    if opened.signer_key in hq_signing_keys:
        try:
            opened.verify()
            m = fmt.parse_receipt_manifest(opened.manifest_bytes)
        except BundleFailure:
            pass
        else:
            return ReceiptNotBundle(path=str(path), device=m.device)
    return NotABundle(detail="it is a receipt, not an export bundle")
