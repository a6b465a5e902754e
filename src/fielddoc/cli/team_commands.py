"""CLI commands of an HQ team on PostgreSQL: ``hq invite``, ``hq join``, ``hq members``, ``hq remove``.

Registered under ``fielddoc hq`` by :func:`fielddoc.cli.sync_commands.register`. Each command is
thin: parse, call ``fielddoc.hq.team``, print. Described in ``docs/hq-members.md``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fielddoc.cli.common import UsageError, out, read_passphrase, shown, vault_path


def _print_sql(statements: list[str], why: str) -> None:
    if not statements:
        return
    out(why)
    out("")
    for s in statements:
        out(f"    {s};")
    out("")


def print_role_setup(hq: Any) -> None:
    """After ``hq init``: the PostgreSQL role set-up a database administrator must run, if any."""
    _print_sql(hq.pending_sql, "This database user may not create PostgreSQL roles: ask the database "
               "administrator to run (see docs/hq-members.md):")


def cmd_hq_invite(args: Any) -> int:
    from fielddoc.cli.store_args import open_hq_of, write_text
    from fielddoc.hq.team.invite import invite

    target = Path(args.out)
    if target.exists() and not args.force:
        raise UsageError(detail=f"{target} exists; use --force to overwrite it.")
    hq = open_hq_of(args)
    try:
        made = invite(hq, args.name, args.role, max_level=args.max_level, hours=args.hours)
    finally:
        hq.lock()
    write_text(target, made.invitation.to_json(), force=args.force)
    _print_sql(made.pending_sql, "This database user may not create PostgreSQL roles: ask the database "
               "administrator to run these statements before the newcomer joins:")
    out(f"Invited {shown(args.name)} as {args.role}; the invitation is in {shown(str(target))} and "
        f"expires {made.invitation.expires}.")
    out("It holds a one-time secret that opens HQ: carry it to the newcomer yourself (never by e-mail), "
        "then delete every copy. They run 'fielddoc hq join --invitation FILE'.")
    return 0


def cmd_hq_join(args: Any) -> int:
    from fielddoc.cli.store_args import db_url, kdf
    from fielddoc.hq.team.invite import join_hq
    from fielddoc.store.vault import check_passphrase_policy

    url = db_url(args)
    if not url:
        raise UsageError(detail="Give the HQ database's address with --db-url or --db-url-file.")
    passphrase = read_passphrase(args, prompt="New passphrase for your HQ vault: ", confirm=True)
    check_passphrase_policy(passphrase)
    hq = join_hq(vault_path(args), passphrase, Path(args.invitation), url, params=kdf(args))
    try:
        team = hq.team
        assert team is not None
        out(f"Joined HQ {shown(team.hq_name)} as {shown(team.name)} ({team.role}); your HQ vault is "
            f"{shown(str(vault_path(args)))}.")
    finally:
        hq.lock()
    out("Delete the invitation file now: it opens nothing any more.")
    return 0


def cmd_hq_members(args: Any) -> int:
    from fielddoc.cli.store_args import open_hq_of
    from fielddoc.hq.team.members import list_members

    hq = open_hq_of(args)
    try:
        if hq.team is None:
            rows: list[dict[str, Any]] = []
        else:
            with hq.engine.connect() as conn:
                rows = list_members(conn)
    finally:
        hq.lock()
    if args.json:
        out(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        level = f" up to {r['max_level']}" if r["max_level"] else ""
        since = r["removed_at"] or r["joined_at"] or f"invited, expires {r['invite_expires']}"
        out(f"{shown(r['member_id'])}  {shown(r['name'])}  {r['role']}{level}  {r['state']}  {shown(since)}")
    out(f"({sum(r['state'] == 'member' for r in rows)} members)")
    return 0


def cmd_hq_remove(args: Any) -> int:
    from fielddoc.cli.store_args import open_hq_of
    from fielddoc.hq.team import pgroles
    from fielddoc.hq.team.members import remove

    hq = open_hq_of(args)
    try:
        if hq.team is None:
            from fielddoc.hq.team.errors import NotAMember

            raise NotAMember(where="(the HQ vault's own database)")
        with hq.engine.begin() as conn:
            gone = remove(conn, hq.team, args.member)
            sql = pgroles.removal_sql(gone.pg_role) if gone.pg_role else []
            pending = [] if not sql or pgroles.apply(conn, sql) else sql
    finally:
        hq.lock()
    m = gone.member
    out(f"Removed {shown(m['name'])} ({m['role']}). A new HQ data key now protects HQ's attachment files "
        f"({gone.rewrapped_files}) for the {gone.rewrapped_members} members who stay; "
        f"{gone.cancelled_invitations} pending invitation(s) were cancelled.")
    _print_sql(pending, "This database user may not change PostgreSQL roles: ask the database "
               "administrator to run:")
    if m["role"] in ("admin", "importer"):
        out("They held HQ's private keys: rotate them now ('fielddoc hq card --rotate' and "
            "'--rotate-signing') and give monitors the new card.")
    out("What they copied before today (record text, files, keys) stays with them: see docs/hq-members.md.")
    return 0


def register(hsub: Any, hq_opt: Callable[[argparse.ArgumentParser], None]) -> None:
    from fielddoc.hq.team.pgroles import LEVELS
    from fielddoc.hq.team.roles import ROLES

    p = hsub.add_parser("invite", help="invite someone to this HQ (administrators; PostgreSQL only)")
    hq_opt(p)
    p.add_argument("--name", required=True, help="their name, shown as the author of what they do")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--max-level", choices=LEVELS,
                   help="highest confidentiality they may read (analyst, reader)")
    p.add_argument("--hours", type=float, default=72.0, help="the invitation expires after this (default 72)")
    p.add_argument("--out", required=True, metavar="FILE", help="where to write the invitation")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_hq_invite)

    p = hsub.add_parser("join", help="join an HQ with an invitation: makes your own HQ vault")
    hq_opt(p)
    p.add_argument("--invitation", required=True, metavar="FILE")
    p.add_argument("--kdf-memory-mib", type=int, help="Argon2id memory, 64-1024 (default: calibrated)")
    p.add_argument("--kdf-iterations", type=int, help="Argon2id iterations, 3-16 (default: calibrated)")
    p.add_argument("--kdf-lanes", type=int, default=4, help="Argon2id lanes, 1-8 (default: 4)")
    p.set_defaults(func=cmd_hq_join)

    p = hsub.add_parser("members", help="list HQ's members, their roles and invitations")
    hq_opt(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_hq_members)

    p = hsub.add_parser("remove",
                        help="remove a member: a new HQ data key for those who stay (administrators)")
    hq_opt(p)
    p.add_argument("member", help="member id or name")
    p.set_defaults(func=cmd_hq_remove)
