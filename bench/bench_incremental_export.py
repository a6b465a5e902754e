"""Export of a few new records after a large export (issue 14: "reads only what changed").

A vault gets N generated records (bench_core.generate, JSON import) and one
large export of all of them. Then, per run, 300 new records are created and
exported with ``since_last`` (the bundle after the last one), timed in this
process: once with the targeted walk (bundle/walk.py: only the history of the
records that have something to send) and once with the full walk of every
revision (the behaviour before it, ``walk.TARGETED_MAX = -1``), on the same
vault in the same run. Median and spread (fastest-slowest) of --runs runs.

usage: python bench/bench_incremental_export.py [--sizes 10000,100000] [--new 300] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_core import generate  # noqa: E402
from fielddoc.bundle import walk  # noqa: E402
from fielddoc.bundle.device import add_recipient  # noqa: E402
from fielddoc.bundle.writer import export_bundle  # noqa: E402
from fielddoc.crypto import kdf  # noqa: E402
from fielddoc.hq.store import init_hq  # noqa: E402
from fielddoc.records import interchange  # noqa: E402
from fielddoc.records.service import Records  # noqa: E402
from fielddoc.store.vault import Vault  # noqa: E402

PASS = "benchmark passphrase only"


def run_size(n: int, new: int, runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"targeted": [], "full walk": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        field = Vault.create(folder / "field", PASS, params=kdf.TEST_PARAMS)
        field.idle_timeout = None
        rec = Records(field)
        interchange.import_dataset(rec, generate(n))
        hq = init_hq(folder / "hq", PASS, params=kdf.TEST_PARAMS)
        card = hq.card()
        add_recipient(field, card, card.fingerprint)
        hq.lock()
        out = folder / "out"
        out.mkdir()
        t0 = time.perf_counter()
        export_bundle(field, out)
        print(f"{n:,}: the large export {time.perf_counter() - t0:.1f} s", flush=True)
        k = 0
        for _ in range(runs):
            for label, cap in (("targeted", walk.TARGETED_MAX), ("full walk", -1)):
                for _ in range(new):
                    rec.create("person", {"id": f"new-{k}", "name": f"New person {k}"})
                    k += 1
                saved, walk.TARGETED_MAX = walk.TARGETED_MAX, cap
                try:
                    t0 = time.perf_counter()
                    res = export_bundle(field, out, since_last=True)
                    times[label].append(time.perf_counter() - t0)
                finally:
                    walk.TARGETED_MAX = saved
                assert res is not None and res.revisions == new, res
        field.lock()
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--new", type=int, default=300)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    rows = []
    for n in (int(x) for x in args.sizes.split(",")):
        for label, t in run_size(n, args.new, max(1, args.runs)).items():
            rows.append((n, label, statistics.median(t), min(t), max(t)))
    print(f"\nexport of {args.new} new records after a large export, since_last; median of {args.runs} runs")
    print("| records before | walk | median s | spread s |\n|---|---|---|---|")
    for n, label, med, lo, hi in rows:
        print(f"| {n:,} | {label} | {med:.2f} | {lo:.2f}–{hi:.2f} |")


if __name__ == "__main__":
    main()
