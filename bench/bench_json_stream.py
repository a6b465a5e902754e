"""Peak memory of reading an import file: the whole-file parser against the streaming reader.

For each size, the generated records of ``bench_search.generate`` are written to a
temporary JSON file; then, in a fresh process each (so the peak is the reader's alone),
``interchange.read_json_file`` (what ``import-json`` ran before) and
``jsonstream.iter_interchange`` (keeping only the record ids) read it; with ``--import``
also the whole import into a new vault, ``import_dataset(read_json_file(...))`` (before)
against the streaming ``interchange_stream.import_file`` (what ``import-json`` runs now).
Printed: file size, peak RSS of each process (``VmHWM`` of
/proc/self/status, Linux: not ``ru_maxrss``, which keeps the parent's peak across exec;
it includes the interpreter and the imported modules), the wall time and the process's CPU time
(on a shared machine the wall time says more about the other jobs), median of ``--runs`` runs with
the spread.

    .venv/bin/python bench/bench_json_stream.py --sizes 10000,100000 --runs 5

With ``--ref SRC`` (the ``src`` folder of another source tree, e.g. ``git archive 7b2a634 src``
unpacked) every import is also run by that tree, run for run alternating with this one, in the
same session: the reference path the figures are compared against.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

CHILD = """
import sys, tempfile, time
from pathlib import Path
from fielddoc.records import interchange, jsonstream
path, how = sys.argv[1], sys.argv[2]
if how.startswith("import"):
    from fielddoc.crypto import kdf
    from fielddoc.records import interchange_stream
    from fielddoc.records.service import Records
    from fielddoc.store.vault import Vault
    tmp = tempfile.mkdtemp()
    vault = Vault.create(Path(tmp) / "v", "bench passphrase", params=kdf.TEST_PARAMS)
    vault.idle_timeout = None
t, c = time.perf_counter(), time.process_time()
if how == "import-whole":
    n = interchange.import_dataset(Records(vault), interchange.read_json_file(path)).total_added
elif how == "import-stream":
    n = interchange_stream.import_file(Records(vault), path).total_added
elif how == "whole":
    data = interchange.read_json_file(path)
    n = sum(len(v) for k, v in data.items() if isinstance(v, list))
else:
    ids = [e.value.get("id") for e in jsonstream.iter_interchange(path) if e.index is not None]
    n = len(ids)
secs, cpu = time.perf_counter() - t, time.process_time() - c
hwm = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(n, secs, hwm, cpu)
if how.startswith("import"):
    import shutil
    vault.lock()
    shutil.rmtree(tmp)  # a vault of 1M records is GBs
"""


def measure(path: Path, how: str, src: str | None = None) -> tuple[int, float, float, float]:
    env = None
    if src is not None:
        env = {**os.environ, "PYTHONPATH": src}
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), how], check=True,
                         capture_output=True, text=True, env=env).stdout.split()
    # records, wall s, peak MiB (VmHWM is in KiB), CPU s of the process (less sensitive to other jobs)
    return int(out[0]), float(out[1]), int(out[2]) / 1024, float(out[3])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--import", dest="imports", action="store_true",
                    help="also import the file into a new vault: import_dataset against import_file")
    ap.add_argument("--ref", help="the src folder of a reference tree: its imports alternate with ours")
    ap.add_argument("--only", help="comma-separated: whole, stream, import-whole, import-stream")
    args = ap.parse_args()
    from bench_search import generate

    print("| records | file MiB | reader | peak RSS MiB (median, spread) | seconds (median, spread) "
          "| CPU s (median, spread) | records/s (CPU) |")
    print("|---|---|---|---|---|---|---|")
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "in.json"
            path.write_text(json.dumps(generate(n), ensure_ascii=False, indent=1), "utf-8")
            mib = path.stat().st_size / (1 << 20)
            hows = ("whole", "stream", *(("import-whole", "import-stream") if args.imports else ()))
            if args.only:
                hows = tuple(h for h in hows if h in args.only.split(","))
            for how in hows:
                trees: list[str | None] = [None]
                if args.ref and how.startswith("import"):
                    trees.append(args.ref)
                runs: dict[str | None, list[tuple[int, float, float]]] = {t: [] for t in trees}
                for _ in range(args.runs):
                    for tree in trees:
                        runs[tree].append(measure(path, how, tree))
                for tree, got in runs.items():
                    rss = [r[2] for r in got]
                    secs = [r[1] for r in got]
                    cpu = [r[3] for r in got]
                    label = how if tree is None else f"{how} (ref)"
                    print(f"| {got[0][0]:,} | {mib:.1f} | {label} | {statistics.median(rss):.0f} "
                          f"({min(rss):.0f}–{max(rss):.0f}) | {statistics.median(secs):.2f} "
                          f"({min(secs):.2f}–{max(secs):.2f}) | {statistics.median(cpu):.2f} "
                          f"({min(cpu):.2f}–{max(cpu):.2f}) | {got[0][0] / statistics.median(cpu):,.0f} |",
                          flush=True)


if __name__ == "__main__":
    main()
