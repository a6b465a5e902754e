#!/usr/bin/env python3
"""Smoke test of a frozen FieldDoc on the platform it was built for (Windows, macOS, Linux).

    python packaging/smoke_frozen.py DIST_FOLDER_OR_APP [--offscreen]

DIST_FOLDER_OR_APP is ``dist/fielddoc`` (Windows, Linux) or ``dist/FieldDoc.app`` (macOS). The
application is first copied into a folder whose path has Cyrillic letters, spaces and a ``%``
(a ``%`` in the install path once broke the migrations), and the vault is made in another such
folder. Then, with the copied executables and no Python on PATH:

* ``fielddoc --version``, ``init``, ``add`` of a person with a Kazakh name, ``list`` with standard
  output redirected to a FILE (on Windows that is where a cp1251 console used to crash), checked
  to be UTF-8 holding the name; ``verify``; ``gui --check``;
* the windowed ``fielddoc-gui`` started as the Start menu or Finder starts it, alive after some
  seconds on the real platform (``--offscreen`` only where there is no display), then stopped.

Exit 0 when all hold; prints what failed otherwise. Uses only the standard library.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KAZAKH = "Ержан Қожағұлов, Жаңаөзен"
PASSPHRASE = "smoke test only - Сынақ 100% not for real data"  # noqa: S105 - a throwaway vault
#: The frozen binary has no test hook: the cheapest parameters it accepts (the floor), one lane.
CHEAP = ["--kdf-memory-mib", "64", "--kdf-iterations", "3", "--kdf-lanes", "1"]
ODD = "Проверка FieldDoc 100% готово"  # Cyrillic, spaces and a percent sign


def executables(app: Path) -> tuple[Path, Path, Path]:
    """(folder to copy, console CLI, windowed GUI) of a build, in the copied layout."""
    suffix = ".exe" if sys.platform == "win32" else ""
    if app.suffix == ".app":
        macos = Path("Contents") / "MacOS"
        return app, macos / f"fielddoc{suffix}", macos / f"fielddoc-gui{suffix}"
    return app, Path(f"fielddoc{suffix}"), Path(f"fielddoc-gui{suffix}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("app", type=Path)
    ap.add_argument("--offscreen", action="store_true", help="QT_QPA_PLATFORM=offscreen (no display)")
    ap.add_argument("--gui-seconds", type=float, default=8.0)
    args = ap.parse_args()
    source, cli_rel, gui_rel = executables(args.app.resolve())
    base = Path(tempfile.mkdtemp(prefix="fielddoc-smoke-"))
    install = base / ODD / source.name
    shutil.copytree(source, install, symlinks=True)
    cli, gui = install / cli_rel, install / gui_rel
    vault = base / f"Хранилище {ODD}" / "vault"
    vault.parent.mkdir(parents=True)
    home = base / "home"
    home.mkdir()

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "FIELDDOC_"))}
    env.update({"FIELDDOC_PASSPHRASE": PASSPHRASE, "FIELDDOC_LANG": "kk"})
    if args.offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    if sys.platform != "win32":
        env["PATH"] = "/usr/bin:/bin"  # no venv: the frozen app brings its own Python
    failures: list[str] = []

    def run(*argv: str, stdout: object = subprocess.PIPE) -> subprocess.CompletedProcess:
        r = subprocess.run([str(cli), *argv], cwd=base, env=env, stdout=stdout, stderr=subprocess.PIPE,
                           timeout=600)
        err = r.stderr.decode("utf-8", "replace")
        if r.returncode != 0 or "Traceback" in err or "internal error" in err:
            failures.append(f"fielddoc {' '.join(argv[:2])}: exit {r.returncode}: {err[-1500:]}")
        return r

    run("--version")
    run("init", "--vault", str(vault), *CHEAP)
    person = base / f"{ODD} человек.json"
    person.write_text(json.dumps({"name": KAZAKH, "confidentiality": "public"}, ensure_ascii=False),
                      encoding="utf-8")
    run("add", "--vault", str(vault), "person", str(person))
    listing = base / f"{ODD} список.txt"
    with open(listing, "wb") as fh:  # redirected, as `fielddoc list > f.txt` in a console
        run("list", "--vault", str(vault), "--type", "person", stdout=fh)
    try:
        if KAZAKH not in listing.read_bytes().decode("utf-8"):
            failures.append("list > file: the Kazakh name is not in the file")
    except UnicodeDecodeError:
        failures.append("list > file: the file is not UTF-8")
    if sys.platform == "win32":  # a console on the Russian code page, redirected by cmd itself
        env["FIELDDOC_HOME"] = str(vault)
        legacy = base / "list-cp1251.txt"
        r = subprocess.run(f'cmd /d /c "chcp 1251 >nul & {cli.name} list --type person > {legacy.name}"',
                           cwd=cli.parent, env=env, capture_output=True, timeout=600)
        written = cli.parent / legacy.name
        got = written.read_bytes().decode("utf-8", "replace") if written.exists() else ""
        written.unlink(missing_ok=True)
        if r.returncode != 0 or KAZAKH not in got:
            failures.append(f"cmd /c chcp 1251 & list > file: exit {r.returncode} {r.stderr[-800:]!r}")
    run("verify", "--vault", str(vault))
    r = run("gui", "--check")
    if not r.stdout.decode("utf-8", "replace").startswith("OK"):
        failures.append(f"gui --check said: {r.stdout[-1500:]!r}")

    env["FIELDDOC_HOME"] = str(vault)
    proc = subprocess.Popen([str(gui)], cwd=base, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        time.sleep(args.gui_seconds)
        alive = proc.poll() is None
    finally:
        proc.terminate()
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
    text = err.decode("utf-8", "replace")
    if not alive:
        failures.append(f"the windowed GUI exited early ({proc.returncode}): {text[-1500:]}")
    if "Traceback" in text:
        failures.append(f"the windowed GUI printed a traceback: {text[-1500:]}")

    if failures:
        print("FAILED:\n" + "\n".join(failures))
        return 1
    print(f"OK: the frozen app in {install} passed (CLI to a file in UTF-8, gui --check, GUI started "
          f"for {args.gui_seconds:g} s on {env.get('QT_QPA_PLATFORM', 'the native platform')})")
    shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
