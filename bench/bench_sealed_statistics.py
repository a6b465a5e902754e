"""Benchmark: the statistics page of a sealed team HQ on PostgreSQL, for the administrator and for a
member capped at a confidentiality level (issue 14; docs/statistics.md "Keyed facets").

    FIELDDOC_TEST_PG_URL=... python bench/bench_sealed_statistics.py [--sizes 10000,100000] [--runs 5]

Setup (not timed, a fresh database per size, dropped at the end): a team HQ (sealed from its first
open) receives ``common.generate(n)`` by a JSON import, each hearing, case and detention given a
confidentiality level (public, partners, organisation, restricted, none: one in five each); a
reader capped at ``partners`` joins. Then, in this process, each run with an empty cache:

- ``keyed facets: first visit`` / ``... (2015)`` / ``... (2015-03-15 to 2016-07-20)``: what the page
  runs on the worker now (``StatsCache.get``: the sums of ``stat_facets``, keys mapped back);
- ``documents: ...``: the same figures counted from the opened documents (``compute(...,
  facets=False)``), which is exactly what a sealed HQ's page ran before (commit 2358550 and
  earlier: every hearing, case and detention read, opened and parsed on the worker).

Both sides in-process, on the same database, same runs; the figures of both are compared.
Median of --runs, spread = fastest-slowest. Goal at 1M: < 1 s.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import PASS, Timing, add_size_args, generate, print_table, sizes_of

LEVELS = ("public", "partners", "organisation", "restricted", None)
CUT = ("2015-03-15", "2016-07-20")


def _levelled(data: dict) -> dict:
    for key in ("cases", "hearings", "detentions"):
        for i, doc in enumerate(data.get(key, [])):
            level = LEVELS[i % len(LEVELS)]
            if level is not None:
                doc["confidentiality"] = level
    return data


def run(n: int, runs: int, base_url: str, rows: list[list[object]]) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from fielddoc.crypto import kdf
    from fielddoc.gui.models import stats as st
    from fielddoc.hq.store import init_hq
    from fielddoc.hq.team.invite import invite, join_hq
    from fielddoc.records import interchange
    from fielddoc.records.service import Records

    name = "fdbench_" + secrets.token_hex(4)
    server = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with server.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base_url).set(database=name).render_as_string(hide_password=False)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            hq = init_hq(Path(tmp) / "hq", PASS, params=kdf.TEST_PARAMS, db_url=url)
            t0 = time.perf_counter()
            interchange.import_dataset(Records(hq), _levelled(generate(n)))
            print(f"{n:,}: imported into the sealed HQ in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
            inv = invite(hq, "Capped", "reader", max_level="partners")
            (Path(tmp) / "inv").write_text(inv.invitation.to_json())
            capped = join_hq(Path(tmp) / "capped", PASS, Path(tmp) / "inv", url, params=kdf.TEST_PARAMS)
            try:
                for who, store in (("administrator", hq), ("capped reader", capped)):
                    _measure(n, who, store, runs, st, rows)
            finally:
                capped.lock()
                hq.lock()
    finally:
        with server.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        server.dispose()


def _measure(n: int, who: str, store: Any, runs: int, st: Any, rows: list[list[object]]) -> None:
    ranges = {"first visit": (None, None), "2015": ("2015", "2015"), f"{CUT[0]} to {CUT[1]}": CUT}
    now = {label: Timing() for label in ranges}
    before = {label: Timing() for label in ranges}
    for _ in range(runs):
        for label, (lo, hi) in ranges.items():
            got = now[label].time(st.StatsCache().get, store, lo, hi)
            old = before[label].time(st.compute, store, lo, hi, facets=False)
            assert got == old, f"{who} {label}: the keyed facets' figures differ from the documents'"
    load = os.getloadavg()[0]
    for label in ranges:
        rows.append([n, who, f"keyed facets: {label}", now[label].ms(), f"{load:.1f}"])
        rows.append([n, who, f"documents (before): {label}", before[label].ms(), f"{load:.1f}"])
    figures = st.compute(store)
    print(f"{n:,} {who}: {figures.hearings:,} hearings, {figures.detentions:,} detentions, "
          f"{figures.observations:,} observations", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_size_args(ap)
    args = ap.parse_args()
    url = os.environ.get("FIELDDOC_TEST_PG_URL")
    if not url:
        print("set FIELDDOC_TEST_PG_URL (bash scripts/pg-start.sh)", file=sys.stderr)
        return 2
    rows: list[list[object]] = []
    for n in sizes_of(args):
        run(n, args.runs, url, rows)
    print_table(f"Statistics page of a sealed team HQ, in-process, median (fastest-slowest) ms of "
                f"{args.runs} runs [goal at 1M: < 1 s, off the GUI thread]",
                ["records", "member", "case", "ms", "load"], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
