"""Is the streamed JSON import linear? One import of N records, its rate along the way.

    .venv/bin/python bench/bench_import_scaling.py --records 1000000 [--file F.json] [--keep-file]

Writes the generated records of ``bench_search.generate(N)`` (the file ``bench_json_stream.py``
reads: people, cases, hearings with 60-word narratives; ~1 GB at 1M) unless ``--file`` names one,
then imports it with ``interchange_stream.import_file`` (what ``import-json`` and the GUI run) into a
new vault (cheap KDF parameters) in a fresh process. Printed at 10k, 50k and every 100k records:
wall and CPU seconds so far, the peak RSS so far (``VmHWM``), and the records/s of the segment since
the previous mark, wall and CPU (the process's CPU time: on a shared machine the wall clock mostly
measures the other jobs). The records come in file order (people, then cases, then hearings), so
the first 100k (short person records) run faster than the rest: compare hearing segments with each
other. One run: a 1M import takes minutes to an hour here; the medians of 5 are
``bench_json_stream.py``'s, at 10k and 100k.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = r"""
import shutil, sys, tempfile, time
from pathlib import Path
from fielddoc.crypto import kdf
from fielddoc.records import interchange_stream
from fielddoc.records.service import Records
from fielddoc.store.vault import Vault

def hwm():
    return int(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:"))) / 1024

path = sys.argv[1]
tmp = tempfile.mkdtemp(dir=sys.argv[2])
vault = Vault.create(Path(tmp) / "v", "bench passphrase", params=kdf.TEST_PARAMS)
vault.idle_timeout = None
prev = [0, 0.0, 0.0]
t, c = time.perf_counter(), time.process_time()

def progress(n, total):
    if n % 100000 and n not in (10000, 50000):
        return
    w, p = time.perf_counter() - t, time.process_time() - c
    if n > prev[0]:
        print(f"| {n:,} | {w:.1f} | {p:.1f} | {hwm():.0f} | {(n - prev[0]) / (w - prev[1]):,.0f} "
              f"| {(n - prev[0]) / max(p - prev[2], 1e-9):,.0f} |", flush=True)
        prev[:] = [n, w, p]

n = interchange_stream.import_file(Records(vault), path, progress=progress).total_added
w, p = time.perf_counter() - t, time.process_time() - c
print(f"| {n:,} (end, commit included) | {w:.1f} | {p:.1f} | {hwm():.0f} | {n / w:,.0f} | {n / p:,.0f} |",
      flush=True)
vault.lock()
shutil.rmtree(tmp)
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--file", help="import this file instead of writing one")
    ap.add_argument("--keep-file", action="store_true", help="keep the file written (next to the vault)")
    ap.add_argument("--dir", default=tempfile.gettempdir(), help="where the file and the vault go")
    args = ap.parse_args()
    path = Path(args.file) if args.file else Path(args.dir) / f"bench-import-{args.records}.json"
    if not args.file and not path.exists():
        sys.path.insert(0, str(HERE))
        from bench_search import generate

        with path.open("w", encoding="utf-8") as fh:
            json.dump(generate(args.records), fh, ensure_ascii=False, indent=1)
    print(f"{path}: {path.stat().st_size / (1 << 20):.0f} MiB; load average {os.getloadavg()[0]:.1f}")
    print("| records | wall s | CPU s | peak RSS MiB | records/s of the segment (wall) | records/s (CPU) |")
    print("|---|---|---|---|---|---|")
    try:
        subprocess.run([sys.executable, "-c", CHILD, str(path), args.dir], check=True)
    finally:
        if not args.file and not args.keep_file:
            path.unlink()
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
