"""The ``fielddoc`` command: every core operation, for scripts, HQ batch work and tests.

Exit codes: 0 success, 1 a check found problems (verify), 2 the user's input
or passphrase was refused (a clear message is printed, nothing changed),
70 an internal error (no details that could carry record text).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

from fielddoc import __version__
from fielddoc.cli import commands
from fielddoc.cli.common import err
from fielddoc.cli.console import utf8_streams
from fielddoc.errors import DatabaseCorrupt, FieldDocError, VaultReadOnly
from fielddoc.i18n import translate
from fielddoc.process_hardening import harden
from fielddoc.store.damage import DB_ERRORS, describe_db_error, from_sqlite


def _vault_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--vault", metavar="DIR", help="vault folder (default: FIELDDOC_HOME or the "
                   "per-user data folder)")
    p.add_argument("--passphrase-file", metavar="FILE",
                   help="read the passphrase from FILE (else FIELDDOC_PASSPHRASE, else a prompt)")


def _read_only_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--read-only", action="store_true",
                   help="open a vault on read-only media to look: nothing in its folder is changed")


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--type", dest="kind", help="record type (case, hearing, incident, ...)")
    p.add_argument("--case", dest="case_id", help="only records of this case")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="on or after (2012, 2012-03, 2012-03-28)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="on or before")
    p.add_argument("--confidentiality", action="append", default=[],
                   help="public, partners, organisation, restricted, device_only (repeatable)")
    p.add_argument("--deleted", action="store_true", help="include deleted (tombstoned) records")
    p.add_argument("--tag", help="only cases with this tag")
    p.add_argument("--monitoring-status", metavar="CODE", help="only cases with this monitoring status "
                   "(HURIDOCS list 43 code, e.g. 010000000000 active)")
    p.add_argument("--priority", help="only cases of this priority: high, medium, low")
    p.add_argument("--selection-criterion", metavar="CODE", help="only cases selected for this reason "
                   "(hrd_defendant, journalist_defendant, mass_trial, ...)")
    p.add_argument("--offence-family", metavar="FAMILY", help="only cases with a charge in this offence "
                   "family under any code (incitement_of_discord, mass_riots, ...; docs/legal-codes.md)")
    p.add_argument("--extremist", action="store_true", help="only cases with a charge under an article "
                   "the registry flags as an extremist offence (docs/legal-codes.md)")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true", help="machine-readable output")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="fielddoc", description="Encrypted field documentation.")
    ap.add_argument("--version", action="version", version=f"fielddoc {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create a new vault")
    _vault_opt(p)
    p.add_argument("--author", default="monitor", help="name or handle recorded on your changes")
    p.add_argument("--wipe-after", type=int, metavar="N",
                   help="erase the key after N failed unlocks (off by default; irreversible)")
    p.add_argument("--kdf-memory-mib", type=int, help="Argon2id memory, 64-1024 (default: calibrated)")
    p.add_argument("--kdf-iterations", type=int, help="Argon2id iterations, 3-16 (default: calibrated)")
    p.add_argument("--kdf-lanes", type=int, default=4, help="Argon2id lanes, 1-8 (default: 4)")
    p.set_defaults(func=commands.cmd_init)

    p = sub.add_parser("status", help="show the vault's format, KDF and record counts")
    _vault_opt(p)
    _read_only_opt(p)
    p.set_defaults(func=commands.cmd_status)

    p = sub.add_parser("passwd", help="change the passphrase (re-wraps the key under re-calibrated "
                       "Argon2id parameters)")
    _vault_opt(p)
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="read the new passphrase from FILE (else FIELDDOC_NEW_PASSPHRASE, else a prompt)")
    p.set_defaults(func=commands.cmd_passwd)

    p = sub.add_parser("rekey", help="give the vault a new data key (re-encrypts the database)")
    _vault_opt(p)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=commands.cmd_rekey)

    p = sub.add_parser("list", help="list records")
    _vault_opt(p)
    _read_only_opt(p)
    _filters(p)
    p.add_argument("--sort", default="date_sort", help="date_sort, title, kind, updated_at")
    p.add_argument("--desc", action="store_true")
    p.set_defaults(func=commands.cmd_list)

    p = sub.add_parser("search", help="full-text search")
    _vault_opt(p)
    _read_only_opt(p)
    p.add_argument("query")
    _filters(p)
    p.set_defaults(func=commands.cmd_search)

    p = sub.add_parser("show", help="show one record")
    _vault_opt(p)
    _read_only_opt(p)
    p.add_argument("id")
    p.set_defaults(func=commands.cmd_show)

    p = sub.add_parser("add", help="create a record from a JSON file ('-' for standard input)")
    _vault_opt(p)
    p.add_argument("kind")
    p.add_argument("file")
    p.add_argument("--draft", action="store_true")
    p.set_defaults(func=commands.cmd_add)

    p = sub.add_parser("edit", help="replace a record with the JSON in FILE ('-' for stdin)")
    _vault_opt(p)
    p.add_argument("id")
    p.add_argument("file")
    p.add_argument("--revision", type=int, help="fail if the record is no longer at this revision")
    p.set_defaults(func=commands.cmd_edit)

    p = sub.add_parser("delete", help="delete a record (kept in its history)")
    _vault_opt(p)
    p.add_argument("id")
    p.set_defaults(func=commands.cmd_delete)

    p = sub.add_parser("history", help="show a record's revisions")
    _vault_opt(p)
    _read_only_opt(p)
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=commands.cmd_history)

    p = sub.add_parser("verify", help="check the database, the audit chain and every attachment")
    _vault_opt(p)
    p.set_defaults(func=commands.cmd_verify)

    p = sub.add_parser("import-json", help="import records in the interchange schema")
    _vault_opt(p)
    p.add_argument("file")
    p.set_defaults(func=commands.cmd_import_json)

    p = sub.add_parser("export-json", help="export records in the interchange schema (PLAINTEXT)")
    _vault_opt(p)
    p.add_argument("file")
    p.add_argument("--exclude-device-only", action="store_true")
    p.add_argument("--strip-contact", action="store_true")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    p.set_defaults(func=commands.cmd_export_json)

    p = sub.add_parser("attach", help="encrypt a file into the vault as an attachment of a record")
    _vault_opt(p)
    p.add_argument("record_id")
    p.add_argument("file")
    p.add_argument("--title")
    p.set_defaults(func=commands.cmd_attach)

    p = sub.add_parser("extract", help="verify an attachment and write a decrypted copy")
    _vault_opt(p)
    p.add_argument("attachment_id")
    p.add_argument("--out", required=True)
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=commands.cmd_extract)

    p = sub.add_parser("demo", help="start on a throwaway vault holding the acceptance data")
    p.add_argument("--no-gui", action="store_true", help="only build the demo vault and print it")
    p.add_argument("--dir", help="where to build the demo vault (default: a new temporary folder)")
    p.add_argument("--hq", action="store_true",
                   help="an HQ instead: monitor A's bundle imported, monitor B's waiting, one conflict")
    p.add_argument("--programme", metavar="DIR",
                   help="run a monitoring programme end to end in DIR (new or empty): HQ schedules and "
                   "briefs, two monitors cover and export, HQ imports and reports (no GUI)")
    p.add_argument("--lang", choices=("en", "ru", "kk"),
                   help="language of --programme's output and reports (default: the interface language)")
    p.set_defaults(func=commands.cmd_demo)

    p = sub.add_parser("gui", help="start the desktop application")
    p.add_argument("--vault", metavar="DIR")
    p.add_argument("--check", action="store_true",
                   help="check that every part of the desktop application is installed, then exit")
    p.set_defaults(func=commands.cmd_gui)

    from fielddoc.cli import sync_commands  # bundle sync: hq, recipients, export, receipts

    sync_commands.register(sub)
    from fielddoc.cli import report_commands  # PDF reports and CSV export

    report_commands.register(sub)
    from fielddoc.cli import evidence_commands  # court evidence packages

    evidence_commands.register(sub)

    from fielddoc.cli import case_commands  # per-defendant view, who was detained on a day

    case_commands.register(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    harden()  # no core dumps: they would hold keys, the passphrase and record text
    utf8_streams()  # cp1251 has no Kazakh letters: UTF-8 whatever the console's code page
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    if not argv:
        argv = ["gui"]
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        rc: Any = args.func(args)
        return int(rc or 0)
    except FieldDocError as exc:
        err("fielddoc: " + exc.render(translate))
        if isinstance(exc, VaultReadOnly):
            err(translate("To look at it here, add --read-only to status, list, search, show or history."))
        return 2
    except DB_ERRORS as exc:
        if not from_sqlite(exc):  # e.g. HQ's PostgreSQL server: not damage to this vault
            from fielddoc.hq.team.pgroles import friendly

            refused = friendly(exc)  # a member's role refused by PostgreSQL itself
            if refused is not None:
                err("fielddoc: " + refused.render(translate))
                return 2
            from fielddoc.hq.dberrors import translated

            clean = translated(exc)
            if clean is not None:
                err("fielddoc: " + clean.render(translate))
                return 2
            return _internal_error(exc)
        # a damaged vault database met after it opened
        err("fielddoc: " + DatabaseCorrupt(detail=describe_db_error(exc)).render(translate) + " "
            + translate("'fielddoc verify' lists the damage."))
        return 2
    except KeyboardInterrupt:
        err("fielddoc: interrupted; nothing partial was saved.")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the user never sees a traceback
        return _internal_error(exc)


def _internal_error(exc: BaseException) -> int:
    if os.environ.get("FIELDDOC_DEBUG"):
        traceback.print_exception(exc)
    err(translate("fielddoc: internal error ({kind}). Nothing partial was saved; "
                  "please report it (run with FIELDDOC_DEBUG=1 for details).").format(
                      kind=type(exc).__name__))
    return 70


def dump_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False)


__all__ = ["main", "build_parser", "dump_json", "Path"]
