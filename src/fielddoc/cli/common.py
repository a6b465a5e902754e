"""What every CLI command shares: finding the vault, reading passphrases, output."""

from __future__ import annotations

import getpass
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import platformdirs

from fielddoc.errors import FieldDocError, InputFileError, PassphraseMismatch
from fielddoc.fsutil import read_outside


class UsageError(FieldDocError):
    msgid = "{detail}"


def default_vault() -> Path:
    env = os.environ.get("FIELDDOC_HOME")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("FieldDoc", appauthor=False)) / "vault"


def vault_path(args: Any) -> Path:
    return Path(args.vault) if getattr(args, "vault", None) else default_vault()


#: A passphrase file may be a pipe (``--passphrase-file <(pass show vault)``), so it is
#: read with a cap instead of by its size.
MAX_PASSPHRASE_FILE = 64 * 1024


def _from_file(path: str) -> str:
    raw = read_outside(path, MAX_PASSPHRASE_FILE, allow_pipe=True)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputFileError(path=path, reason="not UTF-8") from None
    return text.rstrip("\r\n")


def read_passphrase(args: Any, *, prompt: str = "Passphrase: ", confirm: bool = False,
                    env: str = "FIELDDOC_PASSPHRASE", file_attr: str = "passphrase_file") -> str:
    """From --passphrase-file, the environment, or a no-echo prompt (never argv)."""
    path = getattr(args, file_attr, None)
    if path:
        return _from_file(path)
    if env in os.environ:
        return os.environ[env]
    if not sys.stdin.isatty():
        raise UsageError(
            detail=f"No passphrase: set {env} or use --{file_attr.replace('_', '-')} "
            "when there is no terminal."
        )
    first = getpass.getpass(prompt)
    if confirm:
        second = getpass.getpass("Repeat: ")
        if first != second:
            raise PassphraseMismatch()
    return first


def out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def err(line: str) -> None:
    sys.stderr.write(line + "\n")


_SURROGATE = re.compile("[\ud800-\udfff]")


def json_text(value: Any) -> tuple[str, int]:
    """``value`` as indented JSON for the terminal, and how many lone surrogates it held.

    Outside data (a bundle's manifest) can carry lone UTF-16 surrogates, which have no
    UTF-8 form; they are written as ``\\uXXXX`` escapes, so the output is still JSON
    that decodes to exactly what the data said.
    """
    text = json.dumps(value, ensure_ascii=False, indent=1)
    return _SURROGATE.subn(lambda m: f"\\u{ord(m.group()):04x}", text)
