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
from fielddoc.textsafe import escape_controls


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


def warn_weak_kdf(vault: Any) -> None:
    """Warn (on stderr, translated) when the vault's Argon2id parameters are below the floor."""
    warning = vault.kdf_floor_warning()
    if warning:
        err(warning)


def warn_cloud(path: Path, *, vault: bool = False) -> None:
    """Warn (on stderr, translated) when a vault or a plaintext output is in a cloud-synced folder."""
    from fielddoc.platform import cloud

    warning = cloud.vault_warning(path) if vault else cloud.plaintext_warning(path)
    if warning:
        err(warning)


def shown(value: object) -> str:
    """One line of outside text (a name, a label, a file name, a title) for the terminal:
    control characters, bidi overrides and line breaks written as visible escapes."""
    return escape_controls(str(value))


def out(line: str = "") -> None:
    """Print to standard output. Whatever a line carries, no control character (an ESC
    sequence, a bidi override) reaches the terminal raw; JSON stays valid JSON."""
    sys.stdout.write(escape_controls(line, keep_newlines=True) + "\n")


def err(line: str) -> None:
    sys.stderr.write(escape_controls(line, keep_newlines=True) + "\n")


_SURROGATE = re.compile("[\ud800-\udfff]")


def json_text(value: Any) -> tuple[str, int]:
    """``value`` as indented JSON for the terminal, and how many lone surrogates it held.

    Outside data (a bundle's manifest) can carry lone UTF-16 surrogates, which have no
    UTF-8 form; they are written as ``\\uXXXX`` escapes, so the output is still JSON
    that decodes to exactly what the data said.
    """
    text = json.dumps(value, ensure_ascii=False, indent=1)
    return _SURROGATE.subn(lambda m: f"\\u{ord(m.group()):04x}", text)


def out_json(value: Any) -> None:
    """Print ``value`` as a command's ``--json`` answer: indented, UTF-8, one document."""
    out(json_text(value)[0])
