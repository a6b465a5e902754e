"""Benchmark: unlock to a usable window, at 10k and 100k records (1M with --million).

    python bench/bench_gui_start.py [--sizes 10000,100000] [--million] [--runs 5]

Setup (not timed): a vault of N generated records (bench/common.py ``generate``: people, cases,
hearings with fair-trial answers, detentions), cheap Argon2id parameters, kept between runs.
Each run is a FRESH Python process (offscreen Qt): it imports the application and builds the main
window on its lock screen, which waits 1 s (WAIT_MS: typing a passphrase takes longer; the window
may prepare meanwhile, as it does for a monitor), then the passphrase is in the field and the
unlock button is clicked. From that click, on the GUI thread:

- ``unlock``: to the vault open (``Vault.open`` on the worker behind the lock screen's progress, and
  its delivery to the GUI thread); the KDF, timed apart with the vault's cheap parameters, is
  subtracted here and in every figure below;
- ``session``: ``MainWindow.open_session`` - the GUI thread is blocked for exactly this long;
- ``first page``: to the first list's first page in its model AND painted (the worker reads it);
- ``detail``: to the first row's record painted in the detail pane beside the list (read on the worker
  since h-unlock; on the GUI thread, right after the first page, before);
- ``counts``: to the navigation's counts shown (the worker counts after the first page);
- ``stall``: the longest gap of a 5 ms timer on the GUI thread from the end of ``open_session`` to
  the counts and the detail: how long the window could not answer a key or a click meanwhile.

"unlock to a usable window" = first page - KDF; goal < 300 ms. Medians of --runs processes,
spread = fastest-slowest. The parent also times the whole process: spawn -> all of these shown.
FIELDDOC_BENCH_SRC=<other checkout>/src measures another commit on the same vaults;
--base <other checkout>/src measures both, their runs alternating (so a change of the machine's load
falls on both), and prints them side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

from common import PASS, SRC, Timing, add_size_args, generated_vault, print_table, sizes_of

CHILD = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtTest import QTest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from fielddoc.crypto import kdf
from fielddoc.gui import app as gui_app
from fielddoc.store.vault import read_header
path, passphrase = sys.argv[1], sys.argv[2]
window = gui_app.build(vault_dir=path, remember_geometry=False, language="en")
window.resize(1280, 800)
window.show()
app = QApplication.instance()
out = {}
ticks = []
timer = QTimer(); timer.setInterval(5); timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

def done():
    if "counts" in out and "first_page" in out and "detail" in out:
        after = [out["session_end"]] + [t for t in ticks if t >= out["session_end"]]
        after.append(out["t0"] + max(out["counts"], out["detail"]))
        out["stall"] = max(b - a for a, b in zip(after, after[1:]))
        del out["t0"], out["session_end"]
        print(json.dumps(out), flush=True)
        QTimer.singleShot(0, app.quit)

class Paint(QObject):
    def __init__(self, parent, lst):
        super().__init__(parent)
        self.lst = lst

    def eventFilter(self, obj, event):
        if event.type() != QEvent.Type.Paint:
            return False
        if obj is self.lst.table.viewport() and "loaded" in out and "first_page" not in out:
            out["first_page"] = time.perf_counter() - out["t0"]
            done()
        elif obj is self.lst.detail.browser.viewport() and self.lst.detail.current is not None:
            out.setdefault("detail", time.perf_counter() - out["t0"])
            done()
        return False

open_session = window.open_session

def timed_session(vault):
    vault.idle_timeout = None
    s0 = time.perf_counter()
    out["unlock"] = s0 - out["t0"]  # Vault.open on the worker (KDF included) and its delivery
    open_session(vault)
    out["session_end"] = time.perf_counter()
    out["session"] = out["session_end"] - s0
    timer.start()
    ws = window.workspace
    lst = ws.lists["case"]
    paint = Paint(window, lst)
    lst.table.viewport().installEventFilter(paint)
    lst.detail.browser.viewport().installEventFilter(paint)
    def loaded():
        out.setdefault("loaded", time.perf_counter() - out["t0"])
        lst.table.viewport().update()
    lst.model.loaded.connect(loaded)
    if lst.model.rowCount():
        loaded()
    def polled():
        if "counts" not in out and ws.nav.item(0).text().endswith(")"):
            out["counts"] = time.perf_counter() - out["t0"]
            done()
    poll = QTimer(window); poll.setInterval(1); poll.timeout.connect(polled); poll.start()

screen = window.unlock_screen
screen.unlocked.disconnect(window.open_session)
screen.unlocked.connect(timed_session)

def start():
    header = read_header(path)
    k0 = time.perf_counter(); kdf.derive(passphrase, header.salt, header.params)
    out["kdf"] = time.perf_counter() - k0
    screen.passphrase.setText(passphrase)
    out["t0"] = time.perf_counter()
    QTest.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)  # what the monitor presses

QTimer.singleShot(WAIT_MS, start)  # the lock screen, as long as a passphrase takes to type
app.exec()
window.lock_for_quit()
window.runner.shutdown()
"""

#: How long the lock screen waits before the unlock button is pressed (typing a passphrase takes
#: longer): the window may prepare meanwhile, as it would for a monitor.
WAIT_MS = 1000

CASES = (("unlock", "unlock button -> vault open (worker, excl. KDF)"),
         ("session", "open_session (GUI thread blocked)"),
         ("first_page", "unlock -> first page shown (excl. KDF)"),
         ("detail", "unlock -> first record in the detail pane"), ("counts", "unlock -> counts shown"),
         ("stall", "longest GUI-thread stall after open_session"))


def one_run(path: str, src: str = str(SRC)) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=src)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules cached
    start = time.perf_counter()
    child = CHILD.replace("WAIT_MS", str(WAIT_MS))
    proc = subprocess.Popen([sys.executable, "-c", child, path, PASS], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    wall = time.perf_counter() - start
    proc.wait(timeout=120)
    figures = json.loads(line)
    figures["wall"] = wall
    for key in ("first_page", "detail", "counts", "unlock"):  # the KDF of this setup's cheap parameters
        figures[key] -= figures["kdf"]
    return figures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_size_args(ap)
    ap.add_argument("--base", help="another checkout's src/: measured too, its runs alternating with these")
    args = ap.parse_args()
    srcs = [str(SRC)] + ([str(args.base)] if args.base else [])
    rows = []
    for n in sizes_of(args):
        path = str(generated_vault(n))
        for src in srcs:
            one_run(path, src)  # warm the OS file cache (and each checkout's compiled modules)
        timings = [{key: Timing() for key, _ in CASES} for _ in srcs]
        walls = [Timing() for _ in srcs]
        for _ in range(args.runs):
            for src, timing, wall in zip(srcs, timings, walls):
                figures = one_run(path, src)
                for key, _label in CASES:
                    timing[key].add(figures[key])
                wall.add(figures["wall"])
        for key, label in CASES:
            rows.append([n, label] + [timing[key].ms() for timing in timings])
        rows.append([n, "spawn -> all shown (whole process, lock screen's 1 s included)"]
                    + [wall.ms() for wall in walls])
    header = ["records", "case"] + (["this", "base"] if args.base else ["ms"])
    print_table(f"Unlock to a usable window, fresh process per run, median (fastest-slowest) ms of "
                f"{args.runs} runs [goal: first page < 300 ms, nothing heavy on the GUI thread]"
                + (f"; base = {args.base}, runs alternating" if args.base else ""), header, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
