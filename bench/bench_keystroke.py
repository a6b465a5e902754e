"""Search keystroke in every sort the list offers: first page + capped count, as the GUI runs them.

    python bench/bench_keystroke.py [--sizes 10000,100000] [--million] [--runs 5] [--ref 29209cc]
    python bench/bench_keystroke.py --build-only --sizes 1000000 --million   # the vault alone
    python bench/bench_keystroke.py --sizes 1000000 --million --lists   # + bench_core's two lists

Setup (not timed): a vault of ``bench_core.generate(n)`` with its rare words (``with_rare_words``:
"Qyzylorda" in 1% of the hearings), written as a JSON file and imported with the streaming
import, kept in the bench cache (``core-N``) between runs.

Timed, in-process, on one opened vault: for each sort of the record list (title, date, last
change, type, confidentiality; ascending and descending), what one keystroke runs in the list
(``RecordTableModel``): ``gui/models/pages.fetch_page`` of 100 rows and ``query.count`` capped at
10,001:

- a common word typed letter by letter ("journalist", in ~90% of the hearings), 2 to 10 letters;
- a word in 1% of the records ("Qyzylorda"), the whole word.

Each figure is the median and spread (fastest-slowest) of ``--runs`` runs of the per-run mean over
the keystrokes, and the p95 over every keystroke of every run. With ``--ref COMMIT`` the same
script runs first on that commit's ``src`` (``git archive``, in a child process, same vault),
then on this tree, and both columns are printed side by side; the reference's figures are kept
in the cache (``keystroke-COMMIT-SIZES-RUNS.json``) and reused by the next run with the same
arguments (``--ref-only`` measures the reference alone).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import CACHE, PASS, ROOT, SRC, Timing, add_size_args, print_table, sizes_of

COMMON = "journalist"
RARE_1 = "Qyzylorda"
#: (label, sort key, descending): the list's sortable columns (gui/models/pages.SORT_KEYS).
SORTS = [("title A-Z", "title", False), ("title Z-A", "title", True),
         ("date oldest first", "date_sort", False), ("date newest first", "date_sort", True),
         ("last change newest first", "updated_at", True), ("type", "kind", False),
         ("confidentiality", "confidentiality", False)]


def _lists() -> list[tuple[str, object, str, bool]]:
    from fielddoc.records import query

    return [("All records by title (page + count)", query.Filter(), "title", False),
            ("hearings newest first (page + count)", query.Filter(kind="hearing"), "date_sort", True)]


def core_vault(n: int) -> Path:
    """A vault of bench_core's records with its rare words, built once and kept in CACHE."""
    from bench_core import generate, with_rare_words
    from fielddoc.crypto.kdf import TEST_PARAMS
    from fielddoc.records import interchange_stream
    from fielddoc.records.service import Records
    from fielddoc.store.vault import Vault

    path = CACHE / f"core-{n}"
    if (path / ".complete").exists():
        return path
    if path.exists():
        import shutil

        shutil.rmtree(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"(setup, not timed: a vault of {n:,} records in {path})", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        src = Path(tmp) / "data.json"
        data = with_rare_words(generate(n))
        src.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        del data
        vault = Vault.create(path, PASS, params=TEST_PARAMS)
        vault.idle_timeout = None
        interchange_stream.import_file(Records(vault), src)
        vault.lock()
    (path / ".complete").write_text("ok")
    print(f"(setup took {time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)
    return path


def keystroke(store, flt, sort: str, descending: bool) -> None:  # noqa: ANN001 - a store, a Filter
    from fielddoc.gui.models.pages import fetch_page
    from fielddoc.records import query

    fetch_page(store, flt, sort=sort, descending=descending, offset=0, limit=100)
    query.count(store, flt, cap=10_001)


def measure(n: int, runs: int, lists: bool = False) -> dict[str, dict[str, str]]:
    """{case label: {"median": ..., "p95": ...}} for this tree (SRC) on the vault of ``n``."""
    from fielddoc.records import query
    from fielddoc.store.vault import Vault

    LISTS = _lists()
    vault = Vault.open(core_vault(n), PASS)
    vault.idle_timeout = None
    out: dict[str, dict[str, str]] = {}
    typed = [COMMON[:i] for i in range(2, len(COMMON) + 1)]
    for label, sort, desc in SORTS:
        for word, words in (("common word, letter by letter", typed), ("word in 1%", [RARE_1])):
            keystroke(vault, query.Filter(text=words[0]), sort, desc)  # warm the page cache once
            every, per_run = Timing(), Timing()
            for _ in range(runs):
                for w in words:
                    every.time(keystroke, vault, query.Filter(text=w), sort, desc)
                per_run.add(sum(every.samples[-len(words):]) / len(words))
            out[f"{word}, {label}"] = {"median": per_run.ms(), "p95": f"{every.pct(.95) * 1000:.1f}"}
    if lists:  # bench_core's two lists, on this cached vault (bench_core imports a vault per run)
        for label, flt, sort, desc in LISTS:
            keystroke(vault, flt, sort, desc)  # warm the page cache once
            t = Timing()
            for _ in range(runs):
                t.time(keystroke, vault, flt, sort, desc)
            out[label] = {"median": t.ms(), "p95": f"{t.pct(.95) * 1000:.1f}"}
    vault.lock()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_size_args(ap)
    ap.add_argument("--ref", help="a commit of this repository to measure first, on the same vaults")
    ap.add_argument("--build-only", action="store_true", help="build the vaults, time nothing")
    ap.add_argument("--ref-only", action="store_true",
                    help="measure --ref only (its figures are kept in the cache for the next run)")
    ap.add_argument("--lists", action="store_true",
                    help="also bench_core's lists: All records by title, hearings newest first")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    sizes = sizes_of(args)
    if args.build_only:
        for n in sizes:
            core_vault(n)
        return 0
    if args.child:
        print(json.dumps({n: measure(n, args.runs, args.lists) for n in sizes}))
        return 0
    for n in sizes:
        core_vault(n)  # built by this tree, before any timing
    ref: dict[str, dict[str, dict[str, str]]] = {}
    saved = CACHE / f"keystroke-{args.ref}-{args.sizes}-{args.runs}{'-lists' if args.lists else ''}.json"
    if args.ref and saved.exists():
        ref = json.loads(saved.read_text())
        print(f"({args.ref}: the figures of an earlier run, {saved})", file=sys.stderr)
    elif args.ref:
        with tempfile.TemporaryDirectory() as tmp:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.ref, "src"],
                                     capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            cmd = [sys.executable, __file__, "--child", "--sizes", args.sizes, "--runs", str(args.runs)]
            if args.million:
                cmd.append("--million")
            if args.lists:
                cmd.append("--lists")
            res = subprocess.run(cmd, env={**os.environ, "FIELDDOC_BENCH_SRC": str(Path(tmp) / "src")},
                                 capture_output=True, text=True)
            if res.returncode:
                raise SystemExit(res.stderr[-3000:])
            ref = json.loads(res.stdout.strip().splitlines()[-1])
        saved.write_text(json.dumps(ref))
    if args.ref_only:
        return 0
    now = {str(n): measure(n, args.runs, args.lists) for n in sizes}
    rows: list[list[object]] = []
    for n in sizes:
        for case, fig in now[str(n)].items():
            row: list[object] = [n, case, fig["median"], fig["p95"]]
            if args.ref:
                old = ref[str(n)][case]
                row += [old["median"], old["p95"]]
            rows.append(row)
    header = ["records", "case (page of 100 + count capped at 10,001)", "median ms (spread)", "p95 ms"]
    if args.ref:
        header += [f"{args.ref} median ms (spread)", f"{args.ref} p95 ms"]
    print_table(f"Search keystroke per sort, {SRC}, median (fastest-slowest) of {args.runs} runs",
                header, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
