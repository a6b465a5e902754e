"""CLI commands of bundle sync: HQ (init, devices, import, receipts, conflicts) and device
(recipients, enrol, export, receipts, purge), plus ``bundle inspect``.

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
from fielddoc.bundle.errors import BundleError, NotConfirmed, WrongKindOfFile
from fielddoc.cli.common import (
    UsageError,
    err,
    json_text,
    out,
    read_passphrase,
    shown,
    vault_path,
    warn_weak_kdf,
)
from fielddoc.cli.progress import Meter
from fielddoc.errors import FieldDocError, InputFileError
from fielddoc.hq.errors import HQError
from fielddoc.i18n import translate
from fielddoc.store.damage import DB_ERRORS


# -- helpers ----------------------------------------------------------------------------
def _vault_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--vault", metavar="DIR", help="vault folder (default: FIELDDOC_HOME or the per-user data folder)"
    )
    p.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the passphrase from FILE (else FIELDDOC_PASSPHRASE, else a prompt)",
    )


def _hq_opt(p: argparse.ArgumentParser) -> None:
    _vault_opt(p)
    p.add_argument(
        "--db-url",
        metavar="URL",
        help="HQ records in this database (e.g. postgresql+psycopg://user@host/db), WITHOUT a password "
        "(PGPASSWORD or ~/.pgpass give it); default: the one saved at 'hq init', else the HQ vault itself",
    )
    p.add_argument(
        "--db-url-file",
        metavar="FILE",
        help="read the database address (which may hold the password) from FILE instead of --db-url",
    )


def _db_url(args: Any) -> str | None:
    """The database address: --db-url (never with a password: argv is public) or --db-url-file."""
    from fielddoc.bundle.errors import PasswordOnCommandLine
    from fielddoc.cli.common import _from_file
    from fielddoc.hq.dburl import has_password

    url = getattr(args, "db_url", None)
    path = getattr(args, "db_url_file", None)
    if url and path:
        raise UsageError(detail="Give either --db-url or --db-url-file, not both.")
    if url:
        if has_password(url):
            raise PasswordOnCommandLine()
        return str(url)
    if path:
        return _from_file(path).strip() or None
    return None


def _open_vault(args: Any) -> Any:
    from fielddoc.store.vault import Vault

    vault = Vault.open(vault_path(args), read_passphrase(args))
    vault.idle_timeout = None
    warn_weak_kdf(vault)
    return vault


def _open_hq(args: Any) -> Any:
    from fielddoc.hq.store import open_hq

    hq = open_hq(vault_path(args), read_passphrase(args), db_url=_db_url(args))
    warn_weak_kdf(hq.vault)
    return hq


def _confirm_fingerprint(what: str, fingerprint: str, given: str | None) -> str:
    """The fingerprint the user confirmed: given on the command line, or typed 'yes' at a prompt."""
    if given:
        return given
    if not sys.stdin.isatty():
        raise UsageError(
            detail=f"Compare the {what}'s fingerprint out of band, then repeat the command with "
            f'--fingerprint "{fingerprint}".'
        )
    out(f"The {what}'s fingerprint is:\n\n    {fingerprint}\n")
    out("Compare it with the other side over a channel you trust (in person, by phone).")
    answer = input("Does it match exactly? Type 'yes' to accept: ")
    if answer.strip().lower() != "yes":
        raise NotConfirmed()
    return fingerprint


def _write_text(path: Path, text: str, force: bool = False) -> None:
    from fielddoc.fsutil import atomic_write

    if path.exists() and not force:
        raise UsageError(detail=f"{path} exists; use --force to overwrite it.")
    atomic_write(path, text.encode("utf-8"))


def _kdf(args: Any) -> Any:
    from fielddoc.cli.commands import _kdf_params

    return _kdf_params(args)


# -- HQ -----------------------------------------------------------------------------------
def cmd_hq_init(args: Any) -> int:
    from fielddoc.hq.store import init_hq
    from fielddoc.store.vault import check_passphrase_policy

    db_url = _db_url(args)
    passphrase = read_passphrase(args, prompt="New HQ passphrase: ", confirm=True)
    check_passphrase_policy(passphrase)
    params = _kdf(args)
    if params is None:
        out("Calibrating the passphrase hardening for this machine...")
    card_out = Path(args.card_out)
    if card_out.exists() and not args.force:
        raise UsageError(detail=f"{card_out} exists; use --force to overwrite it.")
    hq = init_hq(
        vault_path(args), passphrase, name=args.name, params=params, db_url=db_url, author=args.author
    )
    try:
        card = hq.card()
        _write_text(card_out, card.to_json(), force=args.force)
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
    hq = _open_hq(args)
    try:
        if args.rotate:
            hq.rotate_age_key()
        if args.rotate_signing:
            hq.rotate_signing_key()
        card = hq.card()
    finally:
        hq.lock()
    _write_text(Path(args.out), card.to_json(), force=args.force)
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

    hq = _open_hq(args)
    try:
        rows = list_devices(hq)
    finally:
        hq.lock()
    if args.json:
        out(json.dumps(rows, ensure_ascii=False, indent=1))
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
    confirmed = _confirm_fingerprint("device", enrolment.fingerprint, args.fingerprint)
    hq = _open_hq(args)
    try:
        dev = enrol(hq, enrolment, confirmed, label=args.label)
    finally:
        hq.lock()
    label = f", label “{shown(dev.label)}”" if dev.label else ""
    out(f"Enrolled device {dev.device_id} ({dev.fingerprint}){label}.")
    return 0


def cmd_hq_devices_revoke(args: Any) -> int:
    from fielddoc.hq.devices import find_device, revoke

    hq = _open_hq(args)
    try:
        dev = revoke(hq, find_device(hq, args.device), args.reason or "")
    finally:
        hq.lock()
    out(f"Revoked device {dev.device_id}: its future bundles will be refused. What it sent before is kept.")
    return 0


def cmd_hq_devices_rename(args: Any) -> int:
    from fielddoc.hq.devices import find_device, rename

    hq = _open_hq(args)
    try:
        dev = rename(hq, find_device(hq, args.device), args.label)
    finally:
        hq.lock()
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
            _confirm_fingerprint("device", fingerprint, None)
        except NotConfirmed:
            return False
        return True

    from fielddoc.cli.key_commands import apply_statements

    hq = _open_hq(args)
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
        out(json.dumps(results, ensure_ascii=False, indent=1))
    return 2 if failed else 0


def cmd_hq_receipt(args: Any) -> int:
    from fielddoc.hq.devices import find_device
    from fielddoc.hq.receipts import make_receipt

    hq = _open_hq(args)
    try:
        res = make_receipt(hq, find_device(hq, args.device), Path(args.out))
    finally:
        hq.lock()
    out(f"Receipt for {res.bundles} bundles of {shown(res.device)} written to {shown(res.path)}.")
    return 0


def cmd_hq_conflicts(args: Any) -> int:
    from fielddoc.hq.conflicts import list_conflicts

    hq = _open_hq(args)
    try:
        rows = list_conflicts(hq)
    finally:
        hq.lock()
    if args.json:
        out(json.dumps(rows, ensure_ascii=False, indent=1))
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
    hq = _open_hq(args)
    try:
        based_on = [h.strip() for h in args.based_on.split(",") if h.strip()] if args.based_on else None
        new = resolve(hq, args.record_id, take=args.take, doc=doc, based_on=based_on)
    finally:
        hq.lock()
    out(f"Resolved {shown(args.record_id)}: new revision {new[:16]}.")
    return 0


def cmd_hq_export_json(args: Any) -> int:
    from fielddoc.fsutil import atomic_write
    from fielddoc.records import interchange
    from fielddoc.records.service import Records

    target = Path(args.file)
    if target.exists() and not args.force:
        raise UsageError(detail=f"{target} exists; use --force to overwrite it.")
    hq = _open_hq(args)
    try:
        data = interchange.export_dataset(Records(hq))
    finally:
        hq.lock()
    atomic_write(target, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    sys.stderr.write(f"WARNING: {target} is NOT encrypted. Keep it only where it is safe.\n")
    out(f"Exported {sum(len(v) for k, v in data.items() if k != 'meta')} records to {target}")
    return 0


def cmd_hq_verify(args: Any) -> int:
    from fielddoc.hq.verify import verify_hq

    hq = _open_hq(args)
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

    hq = _open_hq(args)
    try:
        info = inspect_bundle(hq, Path(args.file))
    finally:
        hq.lock()
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


# -- device --------------------------------------------------------------------------------
def cmd_recipients_add(args: Any) -> int:
    from fielddoc.bundle.cards import RecipientCard
    from fielddoc.bundle.device import add_recipient

    card = RecipientCard.load(Path(args.card))
    confirmed = _confirm_fingerprint(f"HQ card '{shown(card.name)}'", card.fingerprint, args.fingerprint)
    vault = _open_vault(args)
    try:
        added = add_recipient(vault, card, confirmed)
    finally:
        vault.lock()
    out(f"{'Added' if added else 'Already present:'} {shown(card.name)} ({card.fingerprint}).")
    return 0


def cmd_recipients_list(args: Any) -> int:
    from fielddoc.bundle.device import recipients

    vault = _open_vault(args)
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

    vault = _open_vault(args)
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
    confirmed = _confirm_fingerprint(f"HQ card '{shown(card.name)}'", card.fingerprint, args.fingerprint)
    vault = _open_vault(args)
    try:
        replace_recipient(vault, args.old, card, confirmed)
    finally:
        vault.lock()
    out(f"Replaced by {shown(card.name)} ({card.fingerprint}).")
    return 0


def cmd_enrol(args: Any) -> int:
    from fielddoc.bundle.device import enrolment

    vault = _open_vault(args)
    try:
        e = enrolment(vault, args.label or "")
    finally:
        vault.lock()
    if args.out:
        _write_text(Path(args.out), e.to_json(), force=args.force)
        out(f"Enrolment file written to {args.out} (public keys only).")
    out(f"Device {e.device}; fingerprint:\n\n    {e.fingerprint}\n")
    out("HQ must see exactly this fingerprint before it trusts your bundles.")
    return 0


def volume_size(text: str) -> int:
    """``--volume-size``: bytes, or a number with K, M or G (binary units)."""
    import argparse

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

    vault = _open_vault(args)
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

    vault = _open_vault(args)
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

    vault = _open_vault(args)
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
    from fielddoc.cli import briefing_commands, hq_ops, key_commands
    hq = sub.add_parser("hq", help="headquarters: identity, devices, import, receipts, conflicts")
    hsub = hq.add_subparsers(dest="hq_command", metavar="HQ_COMMAND")

    p = hsub.add_parser("init", help="create an HQ vault and its recipient card")
    _hq_opt(p)
    p.add_argument("--name", default="HQ", help="name shown on the recipient card")
    p.add_argument("--card-out", required=True, metavar="FILE", help="where to write the recipient card")
    p.add_argument("--author", default="hq")
    p.add_argument("--force", action="store_true")
    p.add_argument("--kdf-memory-mib", type=int, help="Argon2id memory, 64-1024 (default: calibrated)")
    p.add_argument("--kdf-iterations", type=int, help="Argon2id iterations, 3-16 (default: calibrated)")
    p.add_argument("--kdf-lanes", type=int, default=4, help="Argon2id lanes, 1-8 (default: 4)")
    p.set_defaults(func=cmd_hq_init)

    p = hsub.add_parser("card", help="write HQ's recipient card again (--rotate: new encryption key)")
    _hq_opt(p)
    p.add_argument("--out", required=True)
    p.add_argument("--rotate", action="store_true", help="a new encryption (age) key")
    p.add_argument(
        "--rotate-signing",
        action="store_true",
        help="a new signing key; the new card is also signed by the old one so devices can trust it",
    )
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_hq_card)

    key_commands.register_hq_identity(hsub, _hq_opt)
    from fielddoc.cli import team_commands  # invite, join, members, remove (PostgreSQL HQ teams)

    team_commands.register(hsub, _hq_opt)

    dev = hsub.add_parser("devices", help="enrolled devices")
    dsub = dev.add_subparsers(dest="devices_command", metavar="DEVICES_COMMAND")
    p = dsub.add_parser("list", help="list enrolled devices, their bundles and gaps")
    _hq_opt(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_hq_devices_list)
    p = dsub.add_parser("enrol", help="enrol a device from its enrolment file")
    _hq_opt(p)
    p.add_argument("file")
    p.add_argument("--fingerprint", help="the fingerprint the monitor read to you (else a prompt)")
    p.add_argument("--label")
    p.set_defaults(func=cmd_hq_devices_enrol)
    p = dsub.add_parser("revoke", help="refuse every later bundle of a device")
    _hq_opt(p)
    p.add_argument("device", help="device id or fingerprint")
    p.add_argument("--reason")
    p.set_defaults(func=cmd_hq_devices_revoke)
    key_commands.register_hq(dsub, _hq_opt)
    p = dsub.add_parser("rename", help="name a device as HQ knows it (\"\" removes the name)")
    _hq_opt(p)
    p.add_argument("device", help="device id or fingerprint")
    p.add_argument("label", help="the new name, e.g. \"Aktau laptop (Aigul)\"")
    p.set_defaults(func=cmd_hq_devices_rename)

    p = hsub.add_parser("import", help="verify and import bundles (each all or nothing)")
    _hq_opt(p)
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--trust-device",
        metavar="FINGERPRINT",
        help="enrol an unknown device on first use if its fingerprint is exactly this",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_hq_import)

    p = hsub.add_parser("receipt", help="write a signed receipt for a device's imported bundles")
    _hq_opt(p)
    p.add_argument("--device", required=True, help="device id or fingerprint")
    p.add_argument("--out", required=True, help="file or folder")
    p.set_defaults(func=cmd_hq_receipt)

    p = hsub.add_parser("conflicts", help="list records with conflicting edits")
    _hq_opt(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_hq_conflicts)

    p = hsub.add_parser("resolve", help="resolve a conflict")
    _hq_opt(p)
    p.add_argument("record_id")
    p.add_argument("--take", metavar="HASH", help="keep this version (hash prefix, at least 8 characters)")
    p.add_argument("--doc", metavar="FILE", help="a merged version of the record (JSON)")
    p.add_argument(
        "--based-on",
        metavar="HASH,HASH",
        help="the versions you reviewed ('hq conflicts'); if the record changed since, nothing is saved",
    )
    p.set_defaults(func=cmd_hq_resolve)

    hq_ops.register(hsub, _hq_opt)

    p = hsub.add_parser("export-json", help="export HQ's records in the interchange schema (PLAINTEXT)")
    _hq_opt(p)
    p.add_argument("file")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_hq_export_json)

    p = hsub.add_parser("verify", help="verify HQ's store: hashes, merged heads, bundle signatures, files")
    _hq_opt(p)
    p.add_argument("--no-files", action="store_true", help="skip decrypting every attachment file")
    p.set_defaults(func=cmd_hq_verify)

    bun = sub.add_parser("bundle", help="bundle files")
    bsub = bun.add_subparsers(dest="bundle_command", metavar="BUNDLE_COMMAND")
    p = bsub.add_parser("inspect", help="verify a bundle completely and show its manifest, without importing")
    _hq_opt(p)
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bundle_inspect)

    rec = sub.add_parser("recipients", help="HQ recipient cards this device exports to")
    rsub = rec.add_subparsers(dest="recipients_command", metavar="RECIPIENTS_COMMAND")
    p = rsub.add_parser("add", help="add an HQ recipient card (after comparing its fingerprint)")
    _vault_opt(p)
    p.add_argument("card")
    p.add_argument("--fingerprint", help="the fingerprint HQ told you (else a prompt)")
    p.set_defaults(func=cmd_recipients_add)
    p = rsub.add_parser("list", help="list recipient cards")
    _vault_opt(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_recipients_list)
    p = rsub.add_parser("remove", help="remove a recipient card")
    _vault_opt(p)
    p.add_argument("fingerprint")
    p.set_defaults(func=cmd_recipients_remove)
    p = rsub.add_parser("replace", help="replace a recipient card by a new one (key rotation)")
    _vault_opt(p)
    p.add_argument("old", metavar="OLD_FINGERPRINT")
    p.add_argument("card")
    p.add_argument("--fingerprint", help="the new card's fingerprint as HQ told you (else a prompt)")
    p.set_defaults(func=cmd_recipients_replace)

    p = sub.add_parser("enrol", help="show this device's fingerprint and write an enrolment file for HQ")
    _vault_opt(p)
    p.add_argument("--out", metavar="FILE")
    p.add_argument("--label", help="a name HQ will see for this device (the file is not encrypted: "
                   "no name by default)")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_enrol)

    p = sub.add_parser(
        "export", help="write a signed, encrypted bundle of everything HQ has not acknowledged"
    )
    _vault_opt(p)
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

    key_commands.register_device(sub, _vault_opt)
    briefing_commands.register(sub, hsub, _vault_opt, _hq_opt)
    from fielddoc.cli import programme_commands  # torture allegations by court response

    programme_commands.register(sub, _vault_opt)
    programme_commands.register_hq(hsub, _hq_opt)

    rc = sub.add_parser("receipt", help="HQ receipts")
    rcsub = rc.add_subparsers(dest="receipt_command", metavar="RECEIPT_COMMAND")
    p = rcsub.add_parser("import", help="mark what HQ acknowledged as delivered")
    _vault_opt(p)
    p.add_argument("file")
    p.set_defaults(func=cmd_receipt_import)

    p = sub.add_parser("purge-delivered", help="erase records HQ acknowledged (asks to confirm)")
    _vault_opt(p)
    p.add_argument("--yes", action="store_true", help="do not ask")
    p.set_defaults(func=cmd_purge_delivered)


__all__ = ["register", "FieldDocError"]
