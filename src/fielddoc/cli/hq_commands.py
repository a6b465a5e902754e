"""CLI commands of HQ (init, card, devices, import, receipts, conflicts, resolve, export-json,
verify) and ``bundle inspect``. Registered from :func:`fielddoc.cli.sync_commands.register`.
Each command is thin: parse, call the core (``fielddoc.hq``), print.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from fielddoc.bundle.errors import BundleError, NotConfirmed, WrongKindOfFile
from fielddoc.cli.common import UsageError, err, json_text, out, out_json, read_passphrase, shown, vault_path
from fielddoc.cli.progress import Meter
from fielddoc.cli.store_args import (
    confirm_fingerprint,
    db_url,
    hq_opt,
    kdf,
    open_hq_of,
    opened_hq,
    write_text,
)
from fielddoc.errors import InputFileError
from fielddoc.hq.errors import HQError
from fielddoc.i18n import translate
from fielddoc.store.damage import DB_ERRORS


def cmd_hq_init(args: Any) -> int:
    from fielddoc.hq.store import init_hq
    from fielddoc.store.vault import check_passphrase_policy

    url = db_url(args)
    passphrase = read_passphrase(args, prompt="New HQ passphrase: ", confirm=True)
    check_passphrase_policy(passphrase)
    params = kdf(args)
    if params is None:
        out("Calibrating the passphrase hardening for this machine...")
    card_out = Path(args.card_out)
    if card_out.exists() and not args.force:
        raise UsageError(detail=f"{card_out} exists; use --force to overwrite it.")
    hq = init_hq(
        vault_path(args), passphrase, name=args.name, params=params, db_url=url, author=args.author
    )
    try:
        card = hq.card()
        write_text(card_out, card.to_json(), force=args.force)
        backend = "PostgreSQL" if hq.external else "the HQ vault"
        from fielddoc.cli.team_commands import print_role_setup

        print_role_setup(hq)
    finally:
        hq.lock()
    out(f"Created an HQ vault in {vault_path(args)} (records in {backend}).")
    out(f"Recipient card written to {card_out}. Its fingerprint:\n\n    {card.fingerprint}\n")
    out("Give the card to monitors; tell them this fingerprint over a channel you trust.")
    return 0


def cmd_hq_card(args: Any) -> int:
    if Path(args.out).exists() and not args.force:
        raise UsageError(detail=f"{args.out} exists; use --force to overwrite it.")
    with opened_hq(args) as hq:
        if args.rotate:
            hq.rotate_age_key()
        if args.rotate_signing:
            hq.rotate_signing_key()
        card = hq.card()
    write_text(Path(args.out), card.to_json(), force=args.force)
    if args.rotate:
        out("A new HQ encryption key is now current; bundles made for the old card still open here.")
    if args.rotate_signing:
        out(
            "A new HQ signing key is now current. The new card is also signed by the old key: devices "
            "replace their card with 'fielddoc recipients replace OLD_FINGERPRINT CARD' (or add it), "
            "which they accept only because the old key signed it."
        )
    out(f"Recipient card written to {args.out}. Fingerprint: {card.fingerprint}")
    return 0


def cmd_hq_devices_list(args: Any) -> int:
    from fielddoc.hq.devices import list_devices

    with opened_hq(args) as hq:
        rows = list_devices(hq)
    if args.json:
        out_json(rows)
        return 0
    for r in rows:
        gap = f" gaps: {r['gaps']}" if r["gaps"] else ""
        out(
            f"{shown(r['device'])}  {shown(r['status']):8} {shown(r['fingerprint'])}  bundles={r['bundles']} "
            f"last={r['last_sequence']}{gap}  {shown(r['label'])}"
        )
    out(f"({len(rows)} devices)")
    return 0


def cmd_hq_devices_enrol(args: Any) -> int:
    from fielddoc.bundle.cards import Enrolment
    from fielddoc.hq.devices import enrol

    enrolment = Enrolment.load(Path(args.file))
    confirmed = confirm_fingerprint("device", enrolment.fingerprint, args.fingerprint)
    with opened_hq(args) as hq:
        dev = enrol(hq, enrolment, confirmed, label=args.label)
    label = f", label “{shown(dev.label)}”" if dev.label else ""
    out(f"Enrolled device {dev.device_id} ({dev.fingerprint}){label}.")
    return 0


def cmd_hq_devices_revoke(args: Any) -> int:
    from fielddoc.hq.devices import find_device, revoke

    with opened_hq(args) as hq:
        dev = revoke(hq, find_device(hq, args.device), args.reason or "")
    out(f"Revoked device {dev.device_id}: its future bundles will be refused. What it sent before is kept.")
    return 0


def cmd_hq_devices_rename(args: Any) -> int:
    from fielddoc.hq.devices import find_device, rename

    with opened_hq(args) as hq:
        dev = rename(hq, find_device(hq, args.device), args.label)
    if dev.label:
        out(f"Device {dev.device_id} ({dev.fingerprint}) is now named “{shown(dev.label)}”.")
    else:
        out(f"Device {dev.device_id} ({dev.fingerprint}) has no name now.")
    return 0


def cmd_hq_import(args: Any) -> int:
    from fielddoc.bundle.volumes import same_sets
    from fielddoc.cli.hq_ops import import_failure, not_attempted, told_waiting
    from fielddoc.hq.importer import import_bundle

    meter = Meter("")

    def confirm(device: str, fingerprint: str) -> bool:
        if not sys.stdin.isatty():
            return False
        meter.close()  # the question gets a clean line
        out(f"Bundle from a device this HQ does not know: {shown(device)}")
        try:
            confirm_fingerprint("device", fingerprint, None)
        except NotConfirmed:
            return False
        return True

    from fielddoc.cli.key_commands import apply_statements

    hq = open_hq_of(args)
    results: list[dict[str, Any]] = []
    try:
        # key rotation statements first: bundles signed by a new key need them
        statements, failed = apply_statements(hq, args.files, results, quiet=args.json)
        # the volumes of one bundle (bundle/volumes.py) are imported once, together
        sets = same_sets([Path(n) for n in args.files if n not in statements])
        todo = [str(group[0]) for group in sets]
        for i, (name, group) in enumerate(zip(todo, sets, strict=True), 1):
            meter = Meter(f"[{i}/{len(sets)}] verifying and importing")
            try:
                res = import_bundle(
                    hq,
                    group,
                    trust_device=args.trust_device,
                    confirm=None if args.trust_device else confirm,
                    progress=meter,
                    waiting=None if args.json else told_waiting(meter),
                )
            except (HQError, *DB_ERRORS) as exc:
                meter.close()
                stop = import_failure(name, exc, results, args.json)
                failed += 1
                if stop is not None:  # the database is gone or busy: the rest cannot be imported now
                    failed += not_attempted(todo[i:], stop, results, args.json)
                    break
                continue
            except WrongKindOfFile as exc:  # a receipt or card in the folder: say what it is, go on
                meter.close()
                results.append({"file": name, "status": "skipped", "code": exc.code, "message": exc.render()})
                if not args.json:
                    err(f"{name}: SKIPPED: " + exc.render(translate))
                continue
            except (BundleError, InputFileError) as exc:
                meter.close()
                failed += 1
                code = getattr(exc, "code", "input")
                results.append({"file": name, "status": "rejected", "code": code, "message": exc.render()})
                if not args.json:
                    err(f"{shown(name)}: REJECTED: " + exc.render(translate))
                continue
            meter.close()
            results.append({"file": name, **res.__dict__})
            if not args.json:
                out(shown(res.summary()))
    finally:
        hq.lock()
    if args.json:
        out_json(results)
    return 2 if failed else 0


def cmd_hq_receipt(args: Any) -> int:
    from fielddoc.hq.devices import find_device
    from fielddoc.hq.receipts import make_receipt

    with opened_hq(args) as hq:
        res = make_receipt(hq, find_device(hq, args.device), Path(args.out))
    out(f"Receipt for {res.bundles} bundles of {shown(res.device)} written to {shown(res.path)}.")
    return 0


def cmd_hq_conflicts(args: Any) -> int:
    from fielddoc.hq.conflicts import list_conflicts

    with opened_hq(args) as hq:
        rows = list_conflicts(hq)
    if args.json:
        out_json(rows)
        return 0
    for r in rows:
        out(f"{shown(r['id'])}  {shown(r['kind'])}  {shown(r['title'])}")
        for h in r["heads"]:
            out(f"    {shown(h['hash'][:16])}  {shown(h['at'])}  {shown(h['op']):7} r{h['revision']} "
                f"on {shown(h['device_id'])}")
    out(f"({len(rows)} records in conflict)")
    return 0


def cmd_hq_resolve(args: Any) -> int:
    from fielddoc.hq.conflicts import resolve
    from fielddoc.records.interchange import read_json_file

    doc = None
    if args.doc:
        doc = read_json_file(Path(args.doc))
        if not isinstance(doc, dict):
            raise InputFileError(path=args.doc, reason="a record must be a JSON object")
    elif not args.take:
        raise UsageError(
            detail="Give --take HASH (one of the conflicting versions) or --doc FILE (a merged one)."
        )
    with opened_hq(args) as hq:
        based_on = [h.strip() for h in args.based_on.split(",") if h.strip()] if args.based_on else None
        new = resolve(hq, args.record_id, take=args.take, doc=doc, based_on=based_on)
    out(f"Resolved {shown(args.record_id)}: new revision {new[:16]}.")
    return 0


def cmd_hq_export_json(args: Any) -> int:
    from fielddoc.fsutil import atomic_write
    from fielddoc.records import interchange
    from fielddoc.records.service import Records

    target = Path(args.file)
    if target.exists() and not args.force:
        raise UsageError(detail=f"{target} exists; use --force to overwrite it.")
    with opened_hq(args) as hq:
        data = interchange.export_dataset(Records(hq))
    atomic_write(target, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    sys.stderr.write(f"WARNING: {target} is NOT encrypted. Keep it only where it is safe.\n")
    out(f"Exported {sum(len(v) for k, v in data.items() if k != 'meta')} records to {target}")
    return 0


def cmd_hq_verify(args: Any) -> int:
    from fielddoc.hq.verify import verify_hq

    hq = open_hq_of(args)
    notes: list[Any] = []
    try:
        problems = verify_hq(hq, files=not args.no_files, notes=notes)
    finally:
        hq.lock()
    for n in notes:  # a member's confidentiality limit left part of the audit unread (not damage)
        out("NOTE: " + n.render(translate))
    for p in problems:
        out("PROBLEM: " + shown(p))
    if problems:
        out(f"{len(problems)} problem(s) found.")
        return 1
    out("OK: revision hashes, merged heads, bundle signatures, audit chain and attachment files verified.")
    return 0


def cmd_bundle_inspect(args: Any) -> int:
    from fielddoc.hq.importer import inspect_bundle

    with opened_hq(args) as hq:
        info = inspect_bundle(hq, Path(args.file))
    if args.json:
        text, surrogates = json_text(info.__dict__)
        if surrogates:
            err(translate("fielddoc: the bundle's manifest holds {count} character(s) that are not valid "
                          "Unicode (lone UTF-16 surrogates); they are shown as \\uXXXX escapes.").format(
                              count=surrogates))
        out(text)
        return 0
    m = {k: shown(v) if isinstance(v, str) else v for k, v in info.manifest.items()}  # signed, yet outside
    out(f"Verified bundle {m['bundle_id']} (hash {shown(info.bundle_hash)})")
    out(f"  signed by    {shown(info.device)} ({shown(info.fingerprint)}), {shown(info.device_status)} here")
    out(f"  sequence     {m['sequence']}; previous {m['previous'] or '-'}; abandoned "
        f"{shown(m['abandoned']) if m['abandoned'] else '-'}")
    out(f"  created at   {m['created_at']} (device time); TLP ceiling {m['tlp_ceiling']}")
    out(f"  recipients   {', '.join(shown(r) for r in m['recipients'])}"
        f"{'' if info.addressed_to_us else '  (NOT this HQ)'}")
    out(
        f"  contents     {m['counts']['revisions']} revisions, {m['counts']['files']} files"
        f"{' (more waiting)' if m['more'] else ''}"
    )
    out(f"  status       {'already imported' if info.already_imported else 'not imported yet'}")
    return 0


def register(sub: Any) -> Any:
    """Add ``fielddoc hq ...`` and ``fielddoc bundle inspect``; returns the hq sub-parsers (for the
    commands registered beside them: briefings, programme counts)."""
    from fielddoc.cli import hq_ops, key_commands

    hq = sub.add_parser("hq", help="headquarters: identity, devices, import, receipts, conflicts")
    hsub = hq.add_subparsers(dest="hq_command", metavar="HQ_COMMAND")

    p = hsub.add_parser("init", help="create an HQ vault and its recipient card")
    hq_opt(p)
    p.add_argument("--name", default="HQ", help="name shown on the recipient card")
    p.add_argument("--card-out", required=True, metavar="FILE", help="where to write the recipient card")
    p.add_argument("--author", default="hq")
    p.add_argument("--force", action="store_true")
    p.add_argument("--kdf-memory-mib", type=int, help="Argon2id memory, 64-1024 (default: calibrated)")
    p.add_argument("--kdf-iterations", type=int, help="Argon2id iterations, 3-16 (default: calibrated)")
    p.add_argument("--kdf-lanes", type=int, default=4, help="Argon2id lanes, 1-8 (default: 4)")
    p.set_defaults(func=cmd_hq_init)

    p = hsub.add_parser("card", help="write HQ's recipient card again (--rotate: new encryption key)")
    hq_opt(p)
    p.add_argument("--out", required=True)
    p.add_argument("--rotate", action="store_true", help="a new encryption (age) key")
    p.add_argument(
        "--rotate-signing",
        action="store_true",
        help="a new signing key; the new card is also signed by the old one so devices can trust it",
    )
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_hq_card)

    key_commands.register_hq_identity(hsub, hq_opt)
    from fielddoc.cli import team_commands  # invite, join, members, remove (PostgreSQL HQ teams)

    team_commands.register(hsub, hq_opt)

    dev = hsub.add_parser("devices", help="enrolled devices")
    dsub = dev.add_subparsers(dest="devices_command", metavar="DEVICES_COMMAND")
    p = dsub.add_parser("list", help="list enrolled devices, their bundles and gaps")
    hq_opt(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_hq_devices_list)
    p = dsub.add_parser("enrol", help="enrol a device from its enrolment file")
    hq_opt(p)
    p.add_argument("file")
    p.add_argument("--fingerprint", help="the fingerprint the monitor read to you (else a prompt)")
    p.add_argument("--label")
    p.set_defaults(func=cmd_hq_devices_enrol)
    p = dsub.add_parser("revoke", help="refuse every later bundle of a device")
    hq_opt(p)
    p.add_argument("device", help="device id or fingerprint")
    p.add_argument("--reason")
    p.set_defaults(func=cmd_hq_devices_revoke)
    key_commands.register_hq(dsub, hq_opt)
    p = dsub.add_parser("rename", help="name a device as HQ knows it (\"\" removes the name)")
    hq_opt(p)
    p.add_argument("device", help="device id or fingerprint")
    p.add_argument("label", help="the new name, e.g. \"Aktau laptop (Aigul)\"")
    p.set_defaults(func=cmd_hq_devices_rename)

    p = hsub.add_parser("import", help="verify and import bundles (each all or nothing)")
    hq_opt(p)
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--trust-device",
        metavar="FINGERPRINT",
        help="enrol an unknown device on first use if its fingerprint is exactly this",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_hq_import)

    p = hsub.add_parser("receipt", help="write a signed receipt for a device's imported bundles")
    hq_opt(p)
    p.add_argument("--device", required=True, help="device id or fingerprint")
    p.add_argument("--out", required=True, help="file or folder")
    p.set_defaults(func=cmd_hq_receipt)

    p = hsub.add_parser("conflicts", help="list records with conflicting edits")
    hq_opt(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_hq_conflicts)

    p = hsub.add_parser("resolve", help="resolve a conflict")
    hq_opt(p)
    p.add_argument("record_id")
    p.add_argument("--take", metavar="HASH", help="keep this version (hash prefix, at least 8 characters)")
    p.add_argument("--doc", metavar="FILE", help="a merged version of the record (JSON)")
    p.add_argument(
        "--based-on",
        metavar="HASH,HASH",
        help="the versions you reviewed ('hq conflicts'); if the record changed since, nothing is saved",
    )
    p.set_defaults(func=cmd_hq_resolve)

    hq_ops.register(hsub, hq_opt)

    p = hsub.add_parser("export-json", help="export HQ's records in the interchange schema (PLAINTEXT)")
    hq_opt(p)
    p.add_argument("file")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_hq_export_json)

    p = hsub.add_parser("verify", help="verify HQ's store: hashes, merged heads, bundle signatures, files")
    hq_opt(p)
    p.add_argument("--no-files", action="store_true", help="skip decrypting every attachment file")
    p.set_defaults(func=cmd_hq_verify)

    bun = sub.add_parser("bundle", help="bundle files")
    bsub = bun.add_subparsers(dest="bundle_command", metavar="BUNDLE_COMMAND")
    p = bsub.add_parser("inspect", help="verify a bundle completely and show its manifest, without importing")
    hq_opt(p)
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bundle_inspect)
    return hsub
