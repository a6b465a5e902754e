"""Benchmark: the statistics page's figures at 10k and 100k records (1M with --million).

    python bench/bench_statistics.py [--sizes 10000,100000] [--million] [--runs 5]

Setup (not timed): the vaults of bench/common.py (people, cases, hearings with 0-3 fair-trial
answers, 5% detentions with 1-3 custody segments), kept between runs. In-process, on the worker's
code path (``gui/models/stats.py``), each run on a freshly opened vault (SQLCipher's page cache
cold, the OS file cache warm):

- ``first visit``: ``StatsCache.get`` on an empty cache = the SQL aggregates;
- ``again``: the same call once more = the generation check, answered from the cache;
- ``with a date range``: a year, first visit;
- ``with a date range (2015-03-15 to 2016-07-20)``: a range that cuts two months, first visit;
- ``old path``: the same first visits (whole period, and the year) by the SQL aggregates over the
  documents (``compute(..., facets=False)``), what the page did before ``stat_facets`` (migration 0013).

The first open of a vault made before 0013 runs the migration, which fills ``stat_facets`` from the
documents once: timed separately (``migration 0013``, one run).

The page shows ``first visit`` + drawing; the GUI thread only draws (tests/gui/test_statistics_page.py).
FIELDDOC_BENCH_SRC=<checkout>/src times another commit's ``compute`` (its "first visit") on the
same vaults. Median of --runs, spread = fastest-slowest. Goal at 1M: < 1 s.
"""

from __future__ import annotations

import argparse
import inspect
import sys
import time

from common import PASS, Timing, add_size_args, generated_vault, print_table, sizes_of


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_size_args(ap)
    args = ap.parse_args()
    from fielddoc.gui.models import stats as st
    from fielddoc.store.vault import Vault

    cache_cls = getattr(st, "StatsCache", None)
    has_facets = "facets" in inspect.signature(st.compute).parameters
    rows = []
    for n in sizes_of(args):
        path = generated_vault(n)
        cases = {"first visit": Timing(), "again (cached)": Timing(), "with a date range (2015)": Timing()}
        cut = ("2015-03-15", "2016-07-20")  # cuts two months: their facet rows by date
        cases[f"with a date range ({cut[0]} to {cut[1]})"] = Timing()
        if has_facets:
            cases["old path: first visit"] = Timing()
            cases["old path: with a date range (2015)"] = Timing()
            cases[f"old path: with a date range ({cut[0]} to {cut[1]})"] = Timing()
        figures = None
        started = time.perf_counter()
        Vault.open(path, PASS).lock()  # brings the vault to the newest schema (0013 fills stat_facets)
        rows.append([n, "open (+ migration, if any), once", f"{(time.perf_counter() - started) * 1000:.1f}"])
        for _ in range(args.runs):
            vault = Vault.open(path, PASS)
            vault.idle_timeout = None
            try:
                if has_facets:
                    old = cases["old path: first visit"].time(st.compute, vault, facets=False)
                    cases["old path: with a date range (2015)"].time(st.compute, vault, "2015", "2015",
                                                                        facets=False)
                    old_cut = cases[f"old path: with a date range ({cut[0]} to {cut[1]})"].time(
                        st.compute, vault, *cut, facets=False)
                    vault.lock()
                    vault = Vault.open(path, PASS)  # the facet path on a cold page cache too
                    vault.idle_timeout = None
                if cache_cls is None:  # a commit before the cache: every visit computes
                    figures = cases["first visit"].time(st.compute, vault)
                    cases["again (cached)"].time(st.compute, vault)
                    cases["with a date range (2015)"].time(st.compute, vault, "2015", "2015")
                    cases[f"with a date range ({cut[0]} to {cut[1]})"].time(st.compute, vault, *cut)
                else:
                    cache = cache_cls()
                    figures = cases["first visit"].time(cache.get, vault)
                    cases["again (cached)"].time(cache.get, vault)
                    cases["with a date range (2015)"].time(cache.get, vault, "2015", "2015")
                    got_cut = cases[f"with a date range ({cut[0]} to {cut[1]})"].time(cache.get, vault, *cut)
                    if has_facets:
                        assert got_cut == old_cut, "a range's facet figures differ from the documents'"
            finally:
                vault.lock()
        assert figures is not None
        if has_facets:
            assert figures == old, "the facets' figures differ from the documents'"
        for label, timing in cases.items():
            rows.append([n, label, timing.ms()])
        print(f"{n:,}: {figures.hearings:,} hearings, {figures.detentions:,} detentions, "
              f"{figures.observations:,} fair-trial observations", file=sys.stderr)
    print_table(f"Statistics page figures, in-process, median (fastest-slowest) ms of {args.runs} runs "
                "[goal at 1M: < 1 s, off the GUI thread]", ["records", "case", "ms"], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
