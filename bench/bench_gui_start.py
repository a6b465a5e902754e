"""Benchmark: process start to the first painted main window (offscreen, KDF excluded).

    python bench/bench_gui_start.py [--runs 7]

Setup (not timed): a vault with cheap Argon2id parameters holding the
acceptance data. Each run starts a FRESH Python process that imports the
application, unlocks the vault, builds the main window on it and waits for
the window's first paint event; the parent times from spawning the process to
the child's "painted" line. The child also reports its own split (imports,
unlock, of which Argon2id, window build, first paint) so the KDF share can be
excluded: "start excl. KDF" = wall - Argon2id. Target: < 1 s. Prints figures;
asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "benchmark passphrase only"

CHILD = r"""
import json, os, sys, time
t0 = time.perf_counter()
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from fielddoc.crypto import kdf
from fielddoc.gui import app as gui_app
from fielddoc.store.vault import Vault, read_header
t_import = time.perf_counter()
path, passphrase = sys.argv[1], sys.argv[2]
header = read_header(path)
k0 = time.perf_counter(); kdf.derive(passphrase, header.salt, header.params); t_kdf = time.perf_counter() - k0
u0 = time.perf_counter()
vault = Vault.open(path, passphrase)
t_unlock = time.perf_counter() - u0
b0 = time.perf_counter()
window = gui_app.build(vault=vault, remember_geometry=False, language="en")
window.resize(1280, 800)
t_build = time.perf_counter() - b0
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window:
            now = time.perf_counter()
            print(json.dumps({"painted": now - t0, "imports": t_import - t0, "unlock": t_unlock,
                              "kdf": t_kdf, "build": t_build}), flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
            obj.removeEventFilter(self)
        return False
f = FirstPaint()
window.installEventFilter(f)
window.show()
QApplication.instance().exec()
window.lock_for_quit()
window.runner.shutdown()
"""


def setup(folder: Path) -> Path:
    from fielddoc.crypto.kdf import TEST_PARAMS
    from fielddoc.records import interchange
    from fielddoc.records.service import Records
    from fielddoc.store.vault import Vault

    path = folder / "vault"
    vault = Vault.create(path, PASSPHRASE, params=TEST_PARAMS)
    interchange.import_dataset(Records(vault), interchange.read_json_file(
        ROOT / "resources" / "demo" / "zhanaozen-2011-2012.json"))
    vault.lock()
    return path


def one_run(path: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "src"))
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path), PASSPHRASE], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    wall = time.perf_counter() - start
    proc.wait(timeout=30)
    figures = json.loads(line)
    figures["wall"] = wall
    return figures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="fielddoc-bench-start-") as tmp:
        path = setup(Path(tmp))
        one_run(path)  # warm the OS file cache
        runs = [one_run(path) for _ in range(args.runs)]
    def med(key: str) -> float:
        return statistics.median(r[key] for r in runs)
    excl = [r["wall"] - r["kdf"] for r in runs]
    print(f"GUI start to first painted window, offscreen, median of {args.runs} fresh processes:")
    print(f"  wall (spawn -> first paint)   {med('wall') * 1000:7.0f} ms")
    print(f"  of which Python+Qt+app import {med('imports') * 1000:7.0f} ms")
    print(f"  of which unlock               {med('unlock') * 1000:7.0f} ms "
          f"(Argon2id {med('kdf') * 1000:.1f} ms, "
          "cheap test parameters)")
    print(f"  of which window build        {med('build') * 1000:7.0f} ms")
    print(f"  start excl. KDF               {statistics.median(excl) * 1000:7.0f} ms "
          f"(min {min(excl) * 1000:.0f}, max {max(excl) * 1000:.0f}); target < 1000 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
