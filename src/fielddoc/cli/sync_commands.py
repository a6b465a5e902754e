"""CLI commands of bundle sync on the device: recipients, enrol, export, receipts, purge. The HQ
side is in :mod:`fielddoc.cli.hq_commands`.

Registered from :func:`fielddoc.cli.main.build_parser` through :func:`register`.
Each command is thin: parse, call the core (``fielddoc.bundle``, ``fielddoc.hq``), print.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from fielddoc.bundle import format as fmt
from fielddoc.bundle.errors import NotConfirmed
from fielddoc.cli.common import (
    UsageError,
    out,
    shown,
)
from fielddoc.cli.progress import Meter
from fielddoc.cli.store_args import confirm_fingerprint, hq_opt, open_vault_of, vault_opt, write_text
from fielddoc.errors import FieldDocError


# -- device --------------------------------------------------------------------------------
def cmd_recipients_add(args: Any) -> int:
    from fielddoc.bundle.cards import RecipientCard
    from fielddoc.bundle.device import add_recipient

    card = RecipientCard.load(Path(args.card))
    confirmed = confirm_fingerprint(f"HQ card '{shown(card.name)}'", card.fingerprint, args.fingerprint)
    vault = open_vault_of(args)
    try:
        added = add_recipient(vault, card, confirmed)
    finally:
        vault.lock()
    out(f"{'Added' if added else 'Already present:'} {shown(card.name)} ({card.fingerprint}).")
    return 0


def cmd_recipients_list(args: Any) -> int:
    from fielddoc.bundle.device import recipients

    vault = open_vault_of(args)
    try:
        rows = recipients(vault)
    finally:
        vault.lock()
    if args.json:
        out(
            json.dumps(
                [
                    {
                        "fingerprint": r.fingerprint,
                        "name": r.name,
                        "added_at": r.added_at,
                        "last_ack_sequence": r.last_ack_sequence,
                        "last_ack_at": r.last_ack_at,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    for r in rows:
        ack = f"acknowledged up to bundle {r.last_ack_sequence}" if r.last_ack_sequence else "no receipt yet"
        out(f"{shown(r.fingerprint)}  {shown(r.name)}  ({ack})")
    out(f"({len(rows)} recipients)")
    return 0


def cmd_recipients_remove(args: Any) -> int:
    from fielddoc.bundle.device import remove_recipient

    vault = open_vault_of(args)
    try:
        remove_recipient(vault, args.fingerprint)
    finally:
        vault.lock()
    out("Removed. Later bundles will not be encrypted to that card.")
    return 0


def cmd_recipients_replace(args: Any) -> int:
    from fielddoc.bundle.cards import RecipientCard
    from fielddoc.bundle.device import replace_recipient

    card = RecipientCard.load(Path(args.card))
    confirmed = confirm_fingerprint(f"HQ card '{shown(card.name)}'", card.fingerprint, args.fingerprint)
    vault = open_vault_of(args)
    try:
        replace_recipient(vault, args.old, card, confirmed)
    finally:
        vault.lock()
    out(f"Replaced by {shown(card.name)} ({card.fingerprint}).")
    return 0


def cmd_enrol(args: Any) -> int:
    from fielddoc.bundle.device import enrolment

    vault = open_vault_of(args)
    try:
        e = enrolment(vault, args.label or "")
    finally:
        vault.lock()
    if args.out:
        write_text(Path(args.out), e.to_json(), force=args.force)
        out(f"Enrolment file written to {args.out} (public keys only).")
    out(f"Device {e.device}; fingerprint:\n\n    {e.fingerprint}\n")
    out("HQ must see exactly this fingerprint before it trusts your bundles.")
    return 0


def volume_size(text: str) -> int:
    """``--volume-size``: bytes, or a number with K, M or G (binary units)."""

    from fielddoc.bundle.volumes import MIN_VOLUME_SIZE

    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    t = text.strip().upper().removesuffix("IB").removesuffix("B")
    mult = units.get(t[-1:], 1)
    digits = t[:-1] if t[-1:] in units else t
    if not digits.isdigit() or int(digits) * mult < MIN_VOLUME_SIZE:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size of at least 1K (e.g. 700M, 2G, 64K)")
    return int(digits) * mult


def cmd_export(args: Any) -> int:
    from fielddoc.bundle.writer import export_bundle

    vault = open_vault_of(args)
    meter = Meter("encrypting and writing the bundle")
    try:
        res = export_bundle(vault, Path(args.out), tlp_ceiling=args.tlp_ceiling, since_last=args.since_last,
                            progress=meter, redact_unconsented=args.redact_unconsented,
                            volume_size=args.volume_size)
    finally:
        meter.close()
        vault.lock()
    if res is None:
        out("Nothing new to export: HQ has acknowledged everything, or nothing changed.")
        return 0
    for p in res.recovered:
        out(f"Finished a bundle an interrupted export had written: {shown(p)}")
    out(
        f"Bundle {res.sequence} written to {res.path}: {res.revisions} revisions, {res.files} files, "
        f"{res.size} bytes."
    )
    if res.volumes:
        out(f"It was cut into {len(res.volumes)} volumes (the drive's file system or --volume-size): "
            "carry all of them to HQ, which imports them as one bundle.")
        for p in res.volumes:
            out(f"  {shown(p)}")
    if res.more:
        out("More is waiting (the bundle reached its size limit): run export again for the rest.")
    return 0


def cmd_receipt_import(args: Any) -> int:
    from fielddoc.bundle.receipt import import_receipt

    vault = open_vault_of(args)
    try:
        res = import_receipt(vault, Path(args.file))
    finally:
        vault.lock()
    out(
        f"Receipt from HQ {shown(res.hq_name)} ({shown(res.hq)}): {res.bundles} bundles acknowledged "
        f"({res.revisions} revisions, {res.files} files now marked delivered)."
    )
    if res.unknown:
        out(f"{res.unknown} acknowledged bundles are unknown here (made before a restore?).")
    if res.waiting:
        out(
            f"{res.waiting} bundles were also sent to other HQ cards that have not acknowledged them yet: "
            "they count as delivered once every HQ they were sent to sent its receipt."
        )
    return 0


def cmd_purge_delivered(args: Any) -> int:
    from fielddoc.bundle.receipt import purge_delivered, purge_plan

    vault = open_vault_of(args)
    try:
        plan = purge_plan(vault)
        if not plan.record_ids:
            out("Nothing to purge: no record is fully acknowledged by HQ (or all are still needed).")
            return 0
        out(
            f"{len(plan.record_ids)} records and {plan.files} attachment files were acknowledged by HQ "
            f"and can be erased from this device ({plan.kept_referenced} more are kept because other "
            "records refer to them). This cannot be undone."
        )
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError(detail="Add --yes to confirm the purge.")
            if input("Type 'purge' to erase them: ").strip().lower() != "purge":
                raise NotConfirmed()
        purge_delivered(vault, plan)
    finally:
        vault.lock()
    out(f"Purged {len(plan.record_ids)} records.")
    return 0


# -- registration -------------------------------------------------------------------------

def register(sub: Any) -> None:
    """Add the sync commands to the top-level ``fielddoc`` sub-parsers."""
    from fielddoc.cli import briefing_commands, hq_commands, key_commands

    hsub = hq_commands.register(sub)
    rec = sub.add_parser("recipients", help="HQ recipient cards this device exports to")
    rsub = rec.add_subparsers(dest="recipients_command", metavar="RECIPIENTS_COMMAND")
    p = rsub.add_parser("add", help="add an HQ recipient card (after comparing its fingerprint)")
    vault_opt(p)
    p.add_argument("card")
    p.add_argument("--fingerprint", help="the fingerprint HQ told you (else a prompt)")
    p.set_defaults(func=cmd_recipients_add)
    p = rsub.add_parser("list", help="list recipient cards")
    vault_opt(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_recipients_list)
    p = rsub.add_parser("remove", help="remove a recipient card")
    vault_opt(p)
    p.add_argument("fingerprint")
    p.set_defaults(func=cmd_recipients_remove)
    p = rsub.add_parser("replace", help="replace a recipient card by a new one (key rotation)")
    vault_opt(p)
    p.add_argument("old", metavar="OLD_FINGERPRINT")
    p.add_argument("card")
    p.add_argument("--fingerprint", help="the new card's fingerprint as HQ told you (else a prompt)")
    p.set_defaults(func=cmd_recipients_replace)

    p = sub.add_parser("enrol", help="show this device's fingerprint and write an enrolment file for HQ")
    vault_opt(p)
    p.add_argument("--out", metavar="FILE")
    p.add_argument("--label", help="a name HQ will see for this device (the file is not encrypted: "
                   "no name by default)")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_enrol)

    p = sub.add_parser(
        "export", help="write a signed, encrypted bundle of everything HQ has not acknowledged"
    )
    vault_opt(p)
    p.add_argument("--out", required=True, help="a folder (random file name) or a new file")
    p.add_argument("--tlp-ceiling", default=fmt.DEFAULT_CEILING, choices=fmt.EXPORTABLE_CEILINGS)
    p.add_argument(
        "--since-last",
        action="store_true",
        help="only what changed since the last bundle (default: everything not acknowledged)",
    )
    p.add_argument(
        "--redact-unconsented",
        action="store_true",
        help="send a source whose consent does not allow HQ as a stub (id, kind, consent; no content) "
        "instead of leaving it out (the default); a withdrawal is always sent as a stub",
    )
    p.add_argument(
        "--volume-size", type=volume_size, metavar="SIZE",
        help="cut a larger bundle into volumes of at most SIZE (e.g. 700M, 2G, 64K; at least 1K) that "
        "HQ imports as one; a bundle a FAT32 drive cannot hold is cut into volumes anyway",
    )
    p.set_defaults(func=cmd_export)

    key_commands.register_device(sub, vault_opt)
    briefing_commands.register(sub, hsub, vault_opt, hq_opt)
    from fielddoc.cli import programme_commands  # torture allegations by court response

    programme_commands.register(sub, vault_opt)
    programme_commands.register_hq(hsub, hq_opt)

    rc = sub.add_parser("receipt", help="HQ receipts")
    rcsub = rc.add_subparsers(dest="receipt_command", metavar="RECEIPT_COMMAND")
    p = rcsub.add_parser("import", help="mark what HQ acknowledged as delivered")
    vault_opt(p)
    p.add_argument("file")
    p.set_defaults(func=cmd_receipt_import)

    p = sub.add_parser("purge-delivered", help="erase records HQ acknowledged (asks to confirm)")
    vault_opt(p)
    p.add_argument("--yes", action="store_true", help="do not ask")
    p.set_defaults(func=cmd_purge_delivered)


__all__ = ["register", "FieldDocError"]
