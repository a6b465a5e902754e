"""CLI of HQ's safe operations (issue 15): what an import is told about the write lock and about
each file's fate, and ``hq backup`` / ``hq restore`` (docs/hq-safety.md).

Registered from :func:`fielddoc.cli.sync_commands.register`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fielddoc.cli.common import UsageError, err, out, read_passphrase, shown, vault_path
from fielddoc.cli.progress import Meter
from fielddoc.errors import FieldDocError
from fielddoc.i18n import translate


def waiting_template(kind: str) -> str:
    """What a waiter for HQ's write lock is told, by what the holder does (hq/locks.py Holder.kind)."""
    if kind == "import":
        return translate("An import by {who} on {host} has been running since {since}; waiting up to "
                         "{seconds} seconds…")
    if kind == "resolve":
        return translate("A conflict resolution by {who} on {host} has been running since {since}; waiting "
                         "up to {seconds} seconds…")
    if kind == "edit":
        return translate("A record edit by {who} on {host} has been running since {since}; waiting up to "
                         "{seconds} seconds…")
    if kind == "rotation":
        return translate("A rotation of HQ's keys by {who} on {host} has been running since {since}; "
                         "waiting up to {seconds} seconds…")
    return translate("A change at HQ by {who} on {host} has been running since {since}; waiting up to "
                     "{seconds} seconds…")


def told_waiting(meter: Meter) -> Any:
    from fielddoc.hq.locks import WAIT_SECONDS

    def told(h: Any) -> None:
        meter.close()
        err(waiting_template(h.kind).format(who=shown(h.who), host=shown(h.host), since=h.since,
                                            seconds=int(WAIT_SECONDS)))

    return told


def import_failure(name: str, exc: BaseException, results: list[dict[str, Any]], quiet: bool) -> str | None:
    """Report a file the database failed on; the reason the rest is not attempted, or None to go on."""
    from fielddoc.hq.dberrors import translated
    from fielddoc.hq.errors import CommitInDoubt, HQUnreachable, LockBusy

    clean = exc if isinstance(exc, FieldDocError) else translated(exc)
    if clean is None:
        raise exc
    doubt = isinstance(clean, CommitInDoubt)  # it may be imported: never say it is not
    results.append({"file": name, "status": "in_doubt" if doubt else "failed",
                    "code": getattr(clean, "code", "hq"), "message": clean.render()})
    if not quiet:
        err(f"{shown(name)}: " + ("NOT CONFIRMED: " if doubt else "NOT IMPORTED: ") + clean.render(translate))
    if isinstance(clean, HQUnreachable | LockBusy | CommitInDoubt):
        return clean.render(translate)
    return None


def not_attempted(names: list[str], reason: str, results: list[dict[str, Any]], quiet: bool) -> int:
    for name in names:
        results.append({"file": name, "status": "not_attempted", "message": reason})
        if not quiet:
            err(f"{shown(name)}: " + translate("NOT ATTEMPTED because of the file before: {reason}").format(
                reason=reason))
    return len(names)


def cmd_hq_backup(args: Any) -> int:
    from fielddoc.cli.store_args import open_hq_of
    from fielddoc.hq.backup import backup

    out_path = Path(args.out)
    if out_path.exists() and not args.force:
        raise UsageError(detail=f"{out_path} exists; use --force to overwrite it.")
    hq = open_hq_of(args)
    try:
        backup(hq, out_path)
    finally:
        hq.lock()
    out(f"Encrypted backup of HQ written to {shown(str(out_path))}. Keep the HQ vault folder and its "
        "passphrase too: the backup opens only with them.")
    return 0


def cmd_hq_restore(args: Any) -> int:
    from fielddoc.cli.store_args import db_url
    from fielddoc.hq.backup import restore
    from fielddoc.hq.store import open_hq

    # the team (members, keys) comes back with the backup: the empty database is not joined first
    hq = open_hq(vault_path(args), read_passphrase(args), db_url=db_url(args), team=False)
    try:
        n = restore(hq, Path(args.file))
    finally:
        hq.lock()
    out(f"Restored {n} rows and HQ's files from {shown(args.file)}.")
    return 0


def register(hsub: Any, hq_opt: Callable[[Any], None]) -> None:
    """Add ``hq backup`` and ``hq restore``."""
    p = hsub.add_parser("backup", help="write an encrypted backup of HQ's PostgreSQL records and its files")
    hq_opt(p)
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_hq_backup)

    p = hsub.add_parser("restore", help="restore a backup into an empty database (--db-url)")
    hq_opt(p)
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_hq_restore)
