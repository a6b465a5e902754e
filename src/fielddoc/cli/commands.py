"""Implementations of the CLI commands. Each is thin: parse, call the core, print."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from fielddoc import resources
from fielddoc.cli.common import (
    UsageError,
    err,
    out,
    read_passphrase,
    shown,
    vault_path,
    warn_cloud,
    warn_weak_kdf,
)
from fielddoc.crypto import kdf
from fielddoc.errors import BadCount, DatabaseCorrupt, InputFileError
from fielddoc.fsutil import open_outside, read_capped
from fielddoc.i18n import language, translate
from fielddoc.records import interchange, query
from fielddoc.records.service import Records
from fielddoc.store.vault import Vault, change_passphrase, check_passphrase_policy, read_header

DEMO_PASSPHRASE = "demo vault only - not for real data"  # noqa: S105 - published on purpose
DEMO_DATA = resources.path("demo", "zhanaozen-2011-2012.json")


def _open(args: Any) -> tuple[Vault, Records]:
    path = vault_path(args)
    vault = Vault.open(path, read_passphrase(args), read_only=bool(getattr(args, "read_only", False)))
    vault.idle_timeout = None  # one command, then locked
    warn_weak_kdf(vault)
    warn_cloud(path, vault=True)
    return vault, Records(vault)


def _open_records(args: Any, need: str | None = None) -> tuple[Any, Records]:
    """``_open``, but an HQ vault reads and writes HQ's records database (PostgreSQL for a team),
    as its member: the HQ vault's own database holds no records at a team HQ. ``need``: the
    capability the command needs (hq/team/roles.py), refused before anything is touched."""
    vault, rec = _open(args)
    from fielddoc.hq.store import as_hq, is_hq_vault

    try:
        if not is_hq_vault(vault):
            return vault, rec
        hq = as_hq(vault)
    except BaseException:
        vault.lock()
        raise
    if need is not None:
        try:
            hq.require(need)
        except BaseException:
            hq.lock()
            raise
    return hq, Records(hq)


def _open_writer(args: Any) -> tuple[Any, Records]:
    """For a command that writes records: at HQ as the member, under HQ's write lock; a reader is
    refused first."""
    return _open_records(args, "write")


def _open_reader(args: Any) -> tuple[Any, Records]:
    """For a command that reads records: at HQ, HQ's records as the member sees them."""
    return _open_records(args)


def _kdf_params(args: Any) -> kdf.KdfParams | None:
    """The Argon2id parameters asked for on the command line, or None to calibrate.

    Each is checked against its range (never below the floor of 64 MiB / t=3, never above
    what a header may hold); there is no way to make a weaker vault from the CLI.
    """
    params = kdf.user_params(args.kdf_memory_mib, args.kdf_iterations, args.kdf_lanes)
    if args.kdf_memory_mib is None and args.kdf_iterations is None:
        return None
    return params


def cmd_init(args: Any) -> int:
    path = vault_path(args)
    if args.wipe_after is not None:
        if args.wipe_after < 3:
            raise UsageError(detail="--wipe-after must be at least 3.")
        out(f"WARNING: after {args.wipe_after} wrong passphrases in a row the vault's key will be "
            "erased and ALL its data will be unrecoverable, for you as for anyone else.")
    passphrase = read_passphrase(args, prompt="New passphrase: ", confirm=True)
    check_passphrase_policy(passphrase)
    params = _kdf_params(args)
    if params is None:
        out("Calibrating the passphrase hardening for this machine...")
    vault = Vault.create(path, passphrase, params=params, wipe_after=args.wipe_after,
                         author=args.author)
    st = vault.status()
    vault.lock()
    out(f"Created a vault in {path}")
    warn_cloud(path, vault=True)
    out(f"  {st['kdf']}; device {st['device_id']}")
    out("Keep the passphrase safe: without it nobody, including you, can read this vault.")
    return 0


def cmd_status(args: Any) -> int:
    vault, rec = _open(args)
    try:
        st = vault.status()
        for k in ("path", "vault_id", "format", "created_at", "kdf", "wipe_after", "device_id"):
            out(f"{k:12} {st[k]}")
        counts = rec.counts()
        out(f"{'records':12} {sum(counts.values())}")
        for kind in sorted(counts):
            out(f"  {kind:12} {counts[kind]}")
    finally:
        vault.lock()
    return 0


def cmd_passwd(args: Any) -> int:
    path = vault_path(args)
    old = read_passphrase(args, prompt="Current passphrase: ")
    new = read_passphrase(args, prompt="New passphrase: ", confirm=True,
                          env="FIELDDOC_NEW_PASSPHRASE", file_attr="new_passphrase_file")
    check_passphrase_policy(new)
    out("Calibrating the passphrase hardening for this machine...")
    change_passphrase(path, old, new)
    out(f"Passphrase changed ({kdf.describe(read_header(path).params)}). The old passphrase no longer "
        "opens this vault's header; it still opens any copy of the vault (a backup) made before. "
        "To make such copies useless as well, re-key the vault ('fielddoc rekey').")
    return 0


def cmd_rekey(args: Any) -> int:
    from fielddoc.bundle.errors import NotConfirmed
    from fielddoc.store.rekey import rekey

    path = vault_path(args)
    passphrase = read_passphrase(args)
    vault = Vault.open(path, passphrase)
    vault.idle_timeout = None
    try:
        out("Re-keying gives this vault a new data key: the database is re-encrypted and every "
            "attachment key is re-wrapped; the passphrase stays the same. Copies of old files "
            "(deleted attachments, old headers, old database pages) then stay unreadable even with "
            "the passphrase. Close every other FieldDoc window on this vault first.")
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError(detail="Add --yes to confirm re-keying.")
            if input("Type 'rekey' to continue: ").strip().lower() != "rekey":
                raise NotConfirmed()
        rekey(vault, passphrase)
    finally:
        vault.lock()
    out("Re-keyed: the vault now has a new data key. Old backups of this vault keep the old one.")
    return 0


def _filter(args: Any, text: str | None = None, sort: str | None = None) -> query.Filter:
    """The filter the options describe, refused (before any passphrase is asked) if it is wrong."""
    flt = query.Filter(
        kind=args.kind, case_id=args.case_id, date_from=args.date_from, date_to=args.date_to,
        confidentiality=tuple(args.confidentiality), include_deleted=args.deleted, text=text,
        tag=getattr(args, "tag", None), monitoring_status=getattr(args, "monitoring_status", None),
        priority=getattr(args, "priority", None),
        selection_criterion=getattr(args, "selection_criterion", None),
        offence_family=getattr(args, "offence_family", None),
        extremist=bool(getattr(args, "extremist", False)),
    )
    query.check_filter(flt, sort=sort)
    for option, value in (("--limit", args.limit), ("--offset", args.offset)):
        if value < 0:
            raise BadCount(option=option, minimum=0, value=value)
    return flt


def _print_rows(rows: list[dict[str, Any]], as_json: bool) -> None:
    if as_json:
        out(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
        return
    for r in rows:
        flags = ("D" if r["draft"] else "-") + ("C" if r["conflict"] else "-") + (
            "X" if r["deleted_at"] else "-")
        out(f"{shown(r['id']):40} {shown(r['kind']):12} {shown(r['date_sort'] or ''):16} {flags} "
            f"{shown(r['title'])}")


def cmd_list(args: Any) -> int:
    flt = _filter(args, sort=args.sort)
    vault, _ = _open_reader(args)
    try:
        query.check_filter(flt, vault)  # --case names a case of this vault
        rows = query.list_records(vault, flt, sort=args.sort, descending=args.desc,
                                  offset=args.offset, limit=args.limit)
        _print_rows(rows, args.json)
        if not args.json:
            out(f"({len(rows)} of {query.count(vault, flt)})")
    finally:
        vault.lock()
    return 0


def cmd_search(args: Any) -> int:
    flt = _filter(args, text=args.query)
    vault, _ = _open_reader(args)
    try:
        query.check_filter(flt, vault)
        rows = query.search(vault, args.query, flt, limit=args.limit)
        _print_rows(rows, args.json)
        if not args.json:
            out(f"({len(rows)} found)")
    finally:
        vault.lock()
    return 0


def cmd_show(args: Any) -> int:
    vault, rec = _open_reader(args)
    try:
        doc = rec.get(args.id, include_deleted=True)
        meta = rec.meta(args.id)
        out(json.dumps({"record": doc, "kind": meta["kind"], "revision": meta["revision"],
                        "updated_at": meta["updated_at"], "deleted_at": meta["deleted_at"],
                        "draft": meta["draft"], "conflict": meta["conflict"]},
                       ensure_ascii=False, indent=2))
    finally:
        vault.lock()
    return 0


def _read_doc(path: str) -> dict[str, Any]:
    limit = interchange.MAX_RECORD_BYTES
    if path == "-":
        data = interchange.parse_json_bytes(read_capped(sys.stdin.buffer, limit, "standard input"),
                                            "standard input")
    else:
        data = interchange.read_json_file(Path(path), limit)
    if not isinstance(data, dict):
        raise InputFileError(path=path, reason="a record must be a JSON object")
    return data


def cmd_add(args: Any) -> int:
    doc = _read_doc(args.file)
    vault, rec = _open_writer(args)
    try:
        rid = rec.create(args.kind, doc, draft=args.draft)
    finally:
        vault.lock()
    out(rid)
    return 0


def cmd_edit(args: Any) -> int:
    doc = _read_doc(args.file)
    vault, rec = _open_writer(args)
    try:
        n = rec.update(args.id, doc, expected_revision=args.revision)
    finally:
        vault.lock()
    out(f"{args.id} is now at revision {n}")
    return 0


def cmd_delete(args: Any) -> int:
    vault, rec = _open_writer(args)
    try:
        rec.delete(args.id)
    finally:
        vault.lock()
    out(f"{args.id} deleted (its history is kept)")
    return 0


def cmd_history(args: Any) -> int:
    vault, rec = _open_reader(args)
    try:
        revs = rec.history(args.id)
    finally:
        vault.lock()
    if args.json:
        out(json.dumps([r.__dict__ for r in revs], ensure_ascii=False, indent=1))
        return 0
    prev: dict[str, Any] | None = None
    for r in revs:
        out(f"r{r.revision}  {shown(r.at)}  {shown(r.op):8} by {shown(r.author)} on {shown(r.device_id)}  "
            f"{shown(r.hash[:16])}")
        if prev is not None:
            for line in _diff(prev, r.doc):
                out("    " + shown(line))
        prev = r.doc
    return 0


def _diff(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    lines = []
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            if key not in a:
                lines.append(f"+ {key}")
            elif key not in b:
                lines.append(f"- {key}")
            else:
                lines.append(f"~ {key}")
    return lines


def cmd_verify(args: Any) -> int:
    """Every check runs, whatever the others found; damage is listed (exit 1), never an internal error."""
    from fielddoc.attachments import service as att
    from fielddoc.store.damage import DB_ERRORS, checked, describe_db_error
    from fielddoc.store.vault import DB_NAME
    from fielddoc.store.wal_check import wal_problems

    problems = wal_problems(vault_path(args) / DB_NAME)  # before SQLite replays and deletes the log
    try:
        vault, rec = _open(args)
    except DatabaseCorrupt as exc:
        vault = None
        problems.append(exc.render(translate))
    if vault is not None:
        try:
            problems += vault.integrity_problems()
            try:
                role = vault.get_setting("role")
            except DB_ERRORS as exc:
                role = None
                problems.append(translate("The vault's settings could not be read: {reason}.").format(
                    reason=describe_db_error(exc)))
            if role == "hq":
                # Merged HQ histories are graphs, not chains: verify them as such.
                from fielddoc.hq.store import from_vault
                from fielddoc.hq.verify import verify_hq

                problems += checked(translate("The HQ history"), lambda: verify_hq(from_vault(vault)))
            else:
                problems += checked(translate("The revision history and the audit chain"), rec.verify_history)
                problems += checked(translate("The attachments"), lambda: att.verify_all(vault))
        finally:
            vault.lock()
    if problems:
        for p in problems:
            out(translate("PROBLEM: {problem}").format(problem=shown(p)))
            out(translate("{count} problem(s) found.").format(count=len(problems)))
        return 1
    out(translate("OK: database integrity, revision history, audit chain and attachment hashes verified."))
    return 0


def cmd_import_json(args: Any) -> int:
    from fielddoc.fsutil import open_outside
    from fielddoc.records import interchange_stream

    open_outside(Path(args.file), limit=interchange.MAX_FILE_BYTES).close()  # refused before unlocking
    vault, rec = _open_writer(args)
    try:
        res = interchange_stream.import_file(rec, Path(args.file))
    finally:
        vault.lock()
    added = ", ".join(f"{n} {k}" for k, n in sorted(res.added.items())) or "nothing new"
    out(f"Imported: {added}; {res.updated} updated; {res.unchanged} unchanged.")
    return 0


def cmd_export_json(args: Any) -> int:
    target = Path(args.file)
    if target.exists() and not args.force:
        raise UsageError(detail=f"{target} exists; use --force to overwrite it.")
    vault, rec = _open_reader(args)
    try:
        data = interchange.export_dataset(rec, exclude_device_only=args.exclude_device_only,
                                          strip_contact=args.strip_contact)
    finally:
        vault.lock()
    from fielddoc.fsutil import atomic_write

    atomic_write(target, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    n = sum(len(v) for k, v in data.items() if k != "meta")
    sys.stderr.write(f"WARNING: {target} is NOT encrypted. Keep it only where it is safe.\n")
    out(f"Exported {n} records to {target}")
    return 0


def cmd_attach(args: Any) -> int:
    from fielddoc.attachments import service as att

    src = Path(args.file)
    open_outside(src).close()  # an ordinary file: refused before the passphrase is asked
    vault, rec = _open_writer(args)
    try:
        if not isinstance(vault, Vault):  # HQ's files come in bundles, into its database
            from fielddoc.hq.errors import AttachAtHQ

            raise AttachAtHQ(path=str(vault_path(args)))
        res = att.attach(vault, rec, src, related_ids=[args.record_id], title=args.title)
    finally:
        vault.lock()
    out(f"{res.attachment_id}  sha256={res.sha256}  {res.size_bytes} bytes")
    return 0


def cmd_extract(args: Any) -> int:
    from fielddoc.attachments import service as att

    target = Path(args.out)
    if target.exists() and not args.force:
        raise UsageError(detail=f"{target} exists; use --force to overwrite it.")
    vault, rec = _open(args)
    try:
        sha = att.extract(vault, rec, args.attachment_id, target)
    finally:
        vault.lock()
    sys.stderr.write(f"WARNING: {target} is a decrypted copy, NOT encrypted.\n")
    warn_cloud(target)
    out(f"Verified sha256={sha}; written to {target}")
    return 0


def build_demo(folder: Path) -> Vault:
    """A vault holding the acceptance data, with a published throwaway passphrase."""
    vault = Vault.create(folder, DEMO_PASSPHRASE, params=kdf.KdfParams(
        kdf.FLOOR_MEMORY_KIB, kdf.FLOOR_ITERATIONS, kdf.DEFAULT_LANES), author="demo")
    rec = Records(vault)
    interchange.import_dataset(rec, interchange.read_json_file(DEMO_DATA))
    return vault


def cmd_demo(args: Any) -> int:
    if getattr(args, "programme", None):
        return _demo_programme(Path(args.programme), args.lang)
    folder = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="fielddoc-demo-"))
    if args.hq:
        return _demo_hq(folder, args.no_gui)
    vault = build_demo(folder)
    out(f"Demo vault in {folder} (passphrase: '{DEMO_PASSPHRASE}'). Demo data only.")
    if args.no_gui:
        counts = Records(vault).counts()
        vault.lock()
        out(", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
        out(f"Try: FIELDDOC_PASSPHRASE='{DEMO_PASSPHRASE}' fielddoc list --vault {folder}")
        return 0
    return _run_gui(folder, vault)


def _demo_programme(folder: Path, lang: str | None) -> int:
    from fielddoc.cli.demo_programme import run_programme

    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UsageError(detail=f"{folder} is not an empty folder; name a new or empty one for the demo.")
    run_programme(folder, DEMO_PASSPHRASE, lang or language(), echo=out)
    return 0


def _demo_hq(folder: Path, no_gui: bool) -> int:
    from fielddoc.cli.demo_hq import build_hq_demo

    hq, inbox = build_hq_demo(folder, DEMO_DATA, DEMO_PASSPHRASE)
    out(f"Demo HQ in {folder / 'hq'} (passphrase: '{DEMO_PASSPHRASE}'). Demo data only.")
    out(f"Monitor A's bundle is imported. Monitor B's waits in {inbox}: import it (Exchange → Import "
        "bundles…, or 'fielddoc hq import'), trust B's fingerprint, then resolve the conflict on the "
        "first Zhanaozen hearing (Exchange → Resolve conflicts…).")
    if no_gui:
        hq.lock()
        return 0
    return _run_gui(folder / "hq", hq.vault)


def cmd_gui(args: Any) -> int:
    if args.check:
        return _check_gui()
    return _run_gui(Path(args.vault) if args.vault else None, None)


def _check_gui() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # nothing is shown
    try:
        from fielddoc.gui.selfcheck import problems
    except ImportError as exc:
        raise UsageError(detail="The desktop application is not available here "
                         f"({exc.name or 'PySide6'} is missing); use the CLI commands.") from None
    found, counts = problems()
    for line in found:
        err(line)
    if found:
        return 1
    out("OK: {modules} interface modules, {catalogues} catalogues, {fonts} report fonts, icon".format(
        **counts))
    return 0


def _run_gui(folder: Path | None, vault: Vault | None) -> int:
    try:
        from fielddoc.gui.app import run
    except ImportError as exc:
        if vault is not None:
            vault.lock()
        raise UsageError(detail="The desktop application is not available here "
                         f"({exc.name or 'PySide6'} is missing); use the CLI commands.") from None
    os.environ.setdefault("FIELDDOC_GUI", "1")
    return int(run(vault_dir=folder, vault=vault))
