"""Every benchmark, then the issue's table (issue 14) with the medians measured.

    python bench/run_all.py [--sizes 10000,100000] [--million] [--runs 5] [--save DIR]
    python bench/run_all.py --from DIR        # the table from outputs saved before

Runs, one after the other (never two at once: they would time each other), each script that
feeds a row, with the same --sizes and --runs, and prints its output; then one table: the row
of the issue, its goal, and the figures of the matching lines of the scripts' tables (median,
spread and, where there is one, p95), per size. ``--save DIR`` keeps every output as
DIR/<script>.md; ``--from DIR`` reads those instead of running (a run at 100k takes about an
hour on a loaded 2-core machine). Scripts that need PostgreSQL (bench_pg_search's PostgreSQL rows)
run only with FIELDDOC_TEST_PG_URL set; bench_hq_import's rows are read from its output as it
prints them (it takes --records, not --sizes).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: (row of the issue's table, goal, script, words every matching table line holds)
ROWS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("search keystroke, common word (page + count), vault", "p95 < 100 ms", "bench_core",
     ("search keystroke, common word",)),
    ("search keystroke, HQ on PostgreSQL", "p95 < 100 ms", "bench_pg_search",
     ("PostgreSQL", "keystroke, common word")),
    ('open "All records" (sorted by title)', "< 100 ms", "bench_core", ("All records by title",)),
    ("word in 1% of records", "< 50 ms", "bench_core", ("word in 1% of records",)),
    ("unlock to a usable window", "< 300 ms, nothing on the GUI thread", "bench_gui_start",
     ("unlock -> first page shown",)),
    ("  GUI thread's longest stall after unlock", "(nothing heavy)", "bench_gui_start",
     ("longest GUI-thread",)),
    ("statistics page", "< 1 s, off the GUI thread", "bench_statistics", ("first visit",)),
    ("  statistics page, nothing changed since", "", "bench_statistics", ("again (cached)",)),
    ("export of 300 new records after a large export", "< 2 s", "bench_incremental_export", ("targeted",)),
    ("JSON import", "<= 60 s at 1M, linear", "bench_core", ("JSON import",)),
    ("PostgreSQL list page", "< 50 ms", "bench_pg_search", ("PostgreSQL", "mid-list page")),
    ("HQ import, one bundle", ">= 20k/s PostgreSQL", "bench_hq_import", ("postgresql",)),
)
SIZED = ("bench_core", "bench_gui_start", "bench_statistics", "bench_incremental_export", "bench_pg_search")
MILLION = ("bench_core", "bench_gui_start", "bench_statistics", "bench_pg_search")  # take --million


def table_lines(text: str) -> list[list[str]]:
    """The cells of every Markdown table line of an output (header and rule lines left out)."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("|") and not set(line) <= set("|-: "):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if cells and cells[0][:1].isdigit():
                out.append(cells)
    return out


def plain_lines(text: str, words: tuple[str, ...]) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if all(w.lower() in ln.lower() for w in words)]


def run(script: str, args: argparse.Namespace) -> str:
    argv = [sys.executable, str(HERE / f"{script}.py")]
    if script in SIZED:
        argv += ["--sizes", args.sizes, "--runs", str(args.runs)]
        if args.million:
            argv += ["--million"] if script in MILLION else ["--sizes", args.sizes + ",1000000"]
    elif script == "bench_hq_import":
        argv += ["--records", args.sizes.split(",")[-1], "--runs", str(args.runs)]
    print(f"\n$ {' '.join(argv[1:])}", flush=True)
    done = subprocess.run(argv, stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    print(done.stdout, flush=True)
    return done.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--million", action="store_true")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--save", type=Path, help="keep every output as DIR/<script>.md")
    ap.add_argument("--from", dest="source", type=Path, help="read DIR/<script>.md instead of running")
    args = ap.parse_args()
    outputs: dict[str, str] = {}
    for script in dict.fromkeys(r[2] for r in ROWS):
        if args.source is not None:
            path = args.source / f"{script}.md"
            outputs[script] = path.read_text("utf-8") if path.exists() else ""
            continue
        outputs[script] = run(script, args)
        if args.save is not None:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"{script}.md").write_text(outputs[script], "utf-8")
    print("\n| issue 14 row | goal | measured (records: the script's line) | script |\n|---|---|---|---|")
    for row, goal, script, words in ROWS:
        text = outputs.get(script, "")
        found = [" · ".join(c) for c in table_lines(text)
                 if all(w.lower() in " ".join(c).lower() for w in words)]
        if not found and script == "bench_hq_import":
            found = plain_lines(text, words)
        shown = "<br>".join(found) if found else "not measured in this run"
        print(f"| {row} | {goal} | {shown} | {script}.py |")
    print("| memory: parse a 1M-record file / in-process import | < 1 GB | not measured by these scripts "
          "| - |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
