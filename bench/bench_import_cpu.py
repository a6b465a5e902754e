"""JSON import into a vault, wall and CPU seconds, this tree against another's, run by run.

    python bench/bench_import_cpu.py --sizes 20000,100000 --runs 5 [--ref /other/checkout/src]

Each run is a fresh process that builds ``common.generate(N)`` (people, cases, hearings with
fair-trial answers, detentions: what the statistics' facets count), creates a vault (cheap KDF
parameters) and times ``interchange.import_dataset`` of it, in-process: wall clock and the
process's CPU time (less sensitive than the wall clock to other jobs on a shared machine). With
--ref the runs of this tree and of the reference tree alternate. Median and spread
(fastest-slowest) of --runs. Used for the cost of the statistics' facets on imports (migration
0013, bench/README.md).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = """
import shutil, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, {bench!r})
from common import PASS, generate
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.records.interchange import import_dataset
from fielddoc.records.service import Records
from fielddoc.store.vault import Vault
data = generate({n})
folder = Path(tempfile.mkdtemp())
vault = Vault.create(folder / "v", PASS, params=TEST_PARAMS)
vault.idle_timeout = None
w, c = time.perf_counter(), time.process_time()
import_dataset(Records(vault), data)
print(time.perf_counter() - w, time.process_time() - c)
vault.lock()
shutil.rmtree(folder)
"""


def _run(src: Path, n: int) -> tuple[float, float]:
    env = dict(os.environ, PYTHONPATH=str(src))
    out = subprocess.run([sys.executable, "-c", CHILD.format(bench=str(HERE), n=n)], env=env,
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[-2]), float(out[-1])


def _fmt(xs: list[float]) -> str:
    return f"{statistics.median(xs):.2f} ({min(xs):.2f}-{max(xs):.2f})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="20000,100000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--ref", help="the src folder of a reference tree: its runs alternate with ours")
    args = ap.parse_args()
    trees = {"this tree": HERE.parent / "src"}
    if args.ref:
        trees["reference"] = Path(args.ref)
    print("| records | tree | wall s, median (spread) | CPU s, median (spread) | records/s (CPU) |")
    print("|---|---|---|---|---|")
    for n in [int(s) for s in args.sizes.split(",") if s.strip()]:
        got: dict[str, list[tuple[float, float]]] = {t: [] for t in trees}
        for _ in range(args.runs):
            for name, src in trees.items():
                got[name].append(_run(src, n))
        for name, runs in got.items():
            wall, cpu = [w for w, _ in runs], [c for _, c in runs]
            print(f"| {n:,} | {name} | {_fmt(wall)} | {_fmt(cpu)} | {n / statistics.median(cpu):,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
