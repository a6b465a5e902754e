"""Worker for the kill -9 tests: runs an operation in a loop and prints a line
after each one RETURNED (i.e. was acknowledged). The parent kills it with
SIGKILL at a random moment and checks that every acknowledged change survived.

usage: python -m tests.helpers.crash_worker MODE VAULT_DIR [ARGS]
"""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.records.service import Records
from fielddoc.store.vault import Vault, change_passphrase

A = "first passphrase for crash tests"
B = "second passphrase for crash tests"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def save(vault_dir: Path) -> None:
    vault = Vault.open(vault_dir, A)
    vault.idle_timeout = None
    rec = Records(vault)
    pid = os.getpid()
    for i in itertools.count():
        rid = f"per-{pid}-{i}"
        rec.create("person", {"id": rid, "name": f"Person {i} " + "x" * (i % 300)})
        say(rid)
        if i % 3 == 0:
            rec.update(rid, {"id": rid, "name": f"Edited {i}"})
            say(f"edit {rid}")


def passwd(vault_dir: Path) -> None:
    current, other = A, B
    for _ in itertools.count():
        change_passphrase(vault_dir, current, other, params=TEST_PARAMS)
        current, other = other, current
        say(f"now {'A' if current == A else 'B'}")


def passwd_step(vault_dir: Path, step: int) -> None:
    """Change A to B once, killing this process (SIGKILL) just before the ``step``-th call
    of os.fsync/os.replace/os.link/os.unlink: every step of the header replacement in turn.
    Prints "done" when the change completed before that step."""
    import signal

    calls = [0]

    def lethal(fn):  # type: ignore[no-untyped-def]
        def inner(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls[0] += 1
            if calls[0] == step:
                os.kill(os.getpid(), signal.SIGKILL)
            return fn(*args, **kwargs)

        return inner

    for name in ("fsync", "replace", "link", "unlink"):
        setattr(os, name, lethal(getattr(os, name)))
    change_passphrase(vault_dir, A, B, params=TEST_PARAMS)
    say("done")


def attach(vault_dir: Path, source: Path) -> None:
    from fielddoc.attachments import service as att

    vault = Vault.open(vault_dir, A)
    vault.idle_timeout = None
    rec = Records(vault)
    for _ in itertools.count():
        res = att.attach(vault, rec, source, related_ids=["per-base"])
        say(res.attachment_id)


def rekey(vault_dir: Path, stage: str, source: Path) -> None:
    """Save, re-key, attach, in a loop; with ``stage``, SIGKILL itself at that step of rekey."""
    import signal

    from fielddoc.attachments import service as att
    from fielddoc.store.rekey import rekey as do_rekey

    def kill_at(name: str) -> None:
        if name == stage:
            os.kill(os.getpid(), signal.SIGKILL)

    vault = Vault.open(vault_dir, A)
    vault.idle_timeout = None
    rec = Records(vault)
    pid = os.getpid()
    for i in itertools.count():
        rid = f"per-rk-{pid}-{i}"
        rec.create("person", {"id": rid, "name": f"Person {i}"})
        say(rid)
        do_rekey(vault, A, params=TEST_PARAMS, stage=kill_at)
        say("rekeyed")
        if i % 2 == 0:
            say("att " + att.attach(vault, rec, source, related_ids=["per-base"]).attachment_id)


def open_vault(vault_dir: Path) -> None:
    """Unlock (which converts 0.1.0 attachment files to their own keys), then wait to be killed."""
    say("opening")
    Vault.open(vault_dir, A)
    say("opened")
    import time

    time.sleep(60)


if __name__ == "__main__":
    mode, folder = sys.argv[1], Path(sys.argv[2])
    if mode == "save":
        save(folder)
    elif mode == "passwd":
        passwd(folder)
    elif mode == "passwd-step":
        passwd_step(folder, int(sys.argv[3]))
    elif mode == "open":
        open_vault(folder)
    elif mode == "rekey":
        rekey(folder, sys.argv[3], Path(sys.argv[4]))
    elif mode == "attach":
        attach(folder, Path(sys.argv[3]))
    else:
        raise SystemExit(f"unknown mode {mode}")
