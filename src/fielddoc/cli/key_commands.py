"""CLI commands of key rotation: ``fielddoc device rotate|rotation`` on a device and
``fielddoc hq devices rotate`` at HQ (``hq import`` applies statements too; ``hq card
--rotate-signing`` is in :mod:`fielddoc.cli.sync_commands`). Formats: docs/bundle-format.md §1.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fielddoc.bundle.errors import BundleError
from fielddoc.cli.common import UsageError, err, out
from fielddoc.i18n import translate


def _say_rotation(device: str, st: Any, applied: bool) -> None:
    if not applied:
        out(f"Device {device} already uses the new key ({st.new_fingerprint}); nothing changed.")
        return
    out(
        f"Device {device} now signs with its new key ({st.new_fingerprint}) from bundle {st.from_sequence} "
        "on; its bundles numbered before still verify with the old key, which HQ keeps."
    )


def apply_statements(
    hq: Any, files: list[str], results: list[dict[str, Any]], quiet: bool
) -> tuple[list[str], int]:
    """Apply the key rotation statements among ``files``: (their names, how many were refused)."""
    from fielddoc.bundle.errors import RotationNotBundle
    from fielddoc.bundle.rotation import RotationStatement
    from fielddoc.hq.devices import apply_rotation
    from fielddoc.hq.sniff import json_kind

    statements = [n for n in files if isinstance(json_kind(Path(n)), RotationNotBundle)]
    failed = 0
    for name in statements:
        try:
            st = RotationStatement.load(Path(name))
            dev, applied = apply_rotation(hq, st)
        except BundleError as exc:
            failed += 1
            code = getattr(exc, "code", "error")
            results.append({"file": name, "status": "rejected", "code": code, "message": exc.render()})
            if not quiet:
                err(f"{name}: REJECTED: " + exc.render(translate))
            continue
        results.append({"file": name, "status": "rotation", "device": dev.device_id, "applied": applied})
        if not quiet:
            _say_rotation(dev.device_id, st, applied)
    return statements, failed


def cmd_hq_devices_rotate(args: Any) -> int:
    from fielddoc.bundle.rotation import RotationStatement
    from fielddoc.cli.store_args import open_hq_of
    from fielddoc.hq.devices import apply_rotation

    st = RotationStatement.load(Path(args.file))
    hq = open_hq_of(args)
    try:
        dev, applied = apply_rotation(hq, st)
    finally:
        hq.lock()
    _say_rotation(dev.device_id, st, applied)
    return 0


def cmd_device_rotate(args: Any) -> int:
    from fielddoc.bundle.rotation import rotate_device_keys
    from fielddoc.cli.store_args import open_vault_of, write_text

    if Path(args.out).exists() and not args.force:
        raise UsageError(detail=f"{args.out} exists; use --force to overwrite it.")
    vault = open_vault_of(args)
    try:
        st = rotate_device_keys(vault)
    finally:
        vault.lock()
    write_text(Path(args.out), st.to_json(), force=True)
    out(f"New device keys. Rotation statement (public keys only, signed by the old key): {args.out}.")
    out(f"The new fingerprint:\n\n    {st.new_fingerprint}\n")
    out(
        f"Give the statement to HQ with your next bundle (bundle {st.from_sequence} on are signed by the "
        "new key): 'fielddoc hq import' applies it, or 'fielddoc hq devices rotate FILE'."
    )
    return 0


def cmd_device_rotation(args: Any) -> int:
    from fielddoc.bundle.rotation import latest_statement
    from fielddoc.cli.store_args import open_vault_of, write_text

    vault = open_vault_of(args)
    try:
        st = latest_statement(vault)
    finally:
        vault.lock()
    if st is None:
        raise UsageError(detail="This device's keys were never rotated.")
    write_text(Path(args.out), st.to_json(), force=args.force)
    out(f"Rotation statement written to {args.out} (new fingerprint {st.new_fingerprint}).")
    return 0


def _confirm_export(args: Any, whose: str) -> None:
    from fielddoc.bundle.errors import NotConfirmed

    out(f"This writes {whose} SECRET age key to {args.out}, unencrypted: whoever holds the file can decrypt "
        "everything sent to that key. Keep it offline, in a safe place (docs/recovery.md).")
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise UsageError(detail="Add --yes to confirm the export of the secret key.")
    if input("Type 'export' to write it: ").strip().lower() != "export":
        raise NotConfirmed()


def cmd_hq_export_identity(args: Any) -> int:
    from fielddoc.bundle.identity_export import IdentityFileExists, export_hq_identity
    from fielddoc.cli.store_args import open_hq_of

    if Path(args.out).exists():
        raise IdentityFileExists(path=str(args.out))
    _confirm_export(args, "HQ's")
    hq = open_hq_of(args)
    try:
        recipients = export_hq_identity(hq, Path(args.out))
    finally:
        hq.lock()
    out(f"Wrote {len(recipients)} age identities to {args.out} (mode 0600); the export is in HQ's audit log.")
    return 0


def cmd_device_export_identity(args: Any) -> int:
    from fielddoc.bundle.identity_export import IdentityFileExists, export_device_identity
    from fielddoc.cli.store_args import open_vault_of

    if Path(args.out).exists():
        raise IdentityFileExists(path=str(args.out))
    _confirm_export(args, "this device's")
    vault = open_vault_of(args)
    try:
        recipients = export_device_identity(vault, Path(args.out))
    finally:
        vault.lock()
    out(f"Wrote {len(recipients)} age identities to {args.out} (mode 0600); the export is in the audit log.")
    return 0


def register_hq_identity(hsub: Any, hq_opt: Callable[[Any], None]) -> None:
    """``fielddoc hq export-identity``."""
    p = hsub.add_parser("export-identity", help="write HQ's SECRET age identity for the age CLI (recovery)")
    hq_opt(p)
    p.add_argument("--out", required=True, metavar="FILE", help="a new file (mode 0600)")
    p.add_argument("--yes", action="store_true", help="confirm without the typed confirmation")
    p.set_defaults(func=cmd_hq_export_identity)


def register_hq(dsub: Any, hq_opt: Callable[[Any], None]) -> None:
    """``fielddoc hq devices rotate``."""
    p = dsub.add_parser("rotate", help="accept a device's key rotation statement (signed by its old key)")
    hq_opt(p)
    p.add_argument("file")
    p.set_defaults(func=cmd_hq_devices_rotate)


def register_device(sub: Any, vault_opt: Callable[[Any], None]) -> None:
    """``fielddoc device rotate`` and ``fielddoc device rotation``."""
    dv = sub.add_parser("device", help="this device's keys")
    dvsub = dv.add_subparsers(dest="device_command", metavar="DEVICE_COMMAND")
    p = dvsub.add_parser("rotate", help="new device keys; writes a statement, signed by the old key, for HQ")
    vault_opt(p)
    p.add_argument("--out", required=True, metavar="FILE", help="where to write the rotation statement")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_device_rotate)
    p = dvsub.add_parser("rotation", help="write the statement of the latest key rotation again")
    vault_opt(p)
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_device_rotation)
    p = dvsub.add_parser("export-identity", help="write this device's SECRET age identity (receipts)")
    vault_opt(p)
    p.add_argument("--out", required=True, metavar="FILE", help="a new file (mode 0600)")
    p.add_argument("--yes", action="store_true", help="confirm without the typed confirmation")
    p.set_defaults(func=cmd_device_export_identity)
