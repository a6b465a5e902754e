"""Export an age identity for recovery without FieldDoc (docs/recovery.md).

``fielddoc hq export-identity`` writes HQ's age identities (the current one first, then
those a ``hq card --rotate`` retired, so every bundle ever sent to HQ opens), and
``fielddoc device export-identity`` a device's (its receipts), in the ``age`` CLI's
identity-file format: ``#`` comment lines, then one ``AGE-SECRET-KEY-1…`` line per
identity. The file is written atomically with mode 0600 and never over an existing
file; the export is logged in the vault's audit chain (action ``export-identity``).
"""

from __future__ import annotations

from pathlib import Path

from fielddoc.bundle import age
from fielddoc.bundle.errors import BundleFailure
from fielddoc.fsutil import atomic_write
from fielddoc.records.audit import AuditWriter
from fielddoc.records.ids import now_iso

ACTION = "export-identity"


class IdentityFileExists(BundleFailure):
    code = "identity_file_exists"
    msgid = "{path} already exists; the identity was not written. Choose a new file name."


def identity_file_text(identities: list[str], who: str, created_at: str) -> str:
    """The ``age`` identity file: comments, then one identity per line (the current one first)."""
    lines = [f"# FieldDoc age identity of {who}: SECRET, anyone holding it can decrypt what was sent to it",
             f"# created: {created_at}"]
    for ident in identities:
        lines.append(f"# public key: {age.recipient_of(ident)}")
        lines.append(ident)
    return "\n".join(lines) + "\n"


def _write(out: Path, text: str) -> None:
    out = Path(out)
    if out.exists() or out.is_symlink():
        raise IdentityFileExists(path=str(out))
    atomic_write(out, text.encode("ascii"))  # a 0600 temporary file, fsynced, renamed


def export_hq_identity(hq: object, out: Path) -> list[str]:
    """Write HQ's age identities to ``out`` and log it; returns their recipients (age1…)."""
    from fielddoc.hq.store import HQStore

    assert isinstance(hq, HQStore)
    identities = hq.identities()
    _write(out, identity_file_text(identities, f"HQ {hq.name} ({hq.fingerprint()})", now_iso()))
    recipients = [age.recipient_of(i) for i in identities]
    with hq.engine.begin() as conn:
        AuditWriter(conn, hq.device_id, hq.get_setting("author", "hq") or "hq").append(
            ACTION, None, None, detail=f"hq age identities={len(identities)} current={recipients[0]}"
        )
    return recipients


def export_device_identity(vault: object, out: Path) -> list[str]:
    """Write a device's age identities (its receipts open with them) to ``out`` and log it."""
    from fielddoc.bundle.device import device_age_identities
    from fielddoc.store.vault import Vault

    assert isinstance(vault, Vault)
    identities = device_age_identities(vault)
    _write(out, identity_file_text(identities, f"device {vault.device_id}", now_iso()))
    recipients = [age.recipient_of(i) for i in identities]
    with vault.engine.begin() as conn:
        AuditWriter(conn, vault.device_id, vault.get_setting("author", "monitor") or "monitor").append(
            ACTION, None, None, detail=f"device age identities={len(identities)} current={recipients[0]}"
        )
    return recipients
