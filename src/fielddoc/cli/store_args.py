"""What the store commands share: the --vault/--db-url options, opening a vault or an HQ from them,
confirming a fingerprint, writing a text file (cli/sync_commands.py, cli/hq_commands.py and the rest)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fielddoc.bundle.errors import NotConfirmed
from fielddoc.cli.common import UsageError, out, read_passphrase, vault_path, warn_weak_kdf


def vault_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--vault", metavar="DIR", help="vault folder (default: FIELDDOC_HOME or the per-user data folder)"
    )
    p.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the passphrase from FILE (else FIELDDOC_PASSPHRASE, else a prompt)",
    )


def hq_opt(p: argparse.ArgumentParser) -> None:
    vault_opt(p)
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


def db_url(args: Any) -> str | None:
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


def open_vault_of(args: Any) -> Any:
    from fielddoc.store.vault import Vault

    vault = Vault.open(vault_path(args), read_passphrase(args))
    vault.idle_timeout = None
    warn_weak_kdf(vault)
    return vault


def open_hq_of(args: Any) -> Any:
    from fielddoc.hq.store import open_hq

    hq = open_hq(vault_path(args), read_passphrase(args), db_url=db_url(args))
    warn_weak_kdf(hq.vault)
    return hq


@contextmanager
def opened_hq(args: Any) -> Iterator[Any]:
    """The HQ the command names, locked again when the command is done with it."""
    hq = open_hq_of(args)
    try:
        yield hq
    finally:
        hq.lock()


def confirm_fingerprint(what: str, fingerprint: str, given: str | None) -> str:
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


def write_text(path: Path, text: str, force: bool = False) -> None:
    from fielddoc.fsutil import atomic_write

    if path.exists() and not force:
        raise UsageError(detail=f"{path} exists; use --force to overwrite it.")
    atomic_write(path, text.encode("utf-8"))


def kdf(args: Any) -> Any:
    from fielddoc.cli.commands import _kdf_params

    return _kdf_params(args)
