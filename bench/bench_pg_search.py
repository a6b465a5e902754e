"""Search and list latency on SQLCipher (a vault) and PostgreSQL (HQ) at 10k, 100k (and 1M) records.

Both stores hold the same generated records (bench_search.generate: Russian and
Kazakh narratives in many word forms, people linked from hearings, places in
both scripts), imported with ``import_dataset`` (in-process on both sides).
Then, on each store, in this process, what the record list runs:

- **keystroke**: a common word ("давлении", in most records) typed letter by
  letter from the second letter; per keystroke the first page (200 rows, newest
  first) and the count capped at 10,001 (the list shows "10,000+");
- **word in 1%**: "голодовка" (added to every 100th hearing, :func:`generated`), page + count;
- **rare word**: "вымогательство" (about 0.1% of the records), page + count;
- **list page**: "All records" sorted by title, the first page and one in the
  middle of the list, + the capped count; on a sealed HQ (every HQ on PostgreSQL) also the
  first opening, when the titles are decrypted (records/title_order.py);
- **newest first**: "All records" and the hearings, the first page and one in the middle.

Each case runs ``--runs`` times (at least 5); the table gives the median over
the runs, the spread (fastest–slowest run) and, for keystrokes, the p95 over
every keystroke of every run. PostgreSQL: the server named by
FIELDDOC_TEST_PG_URL (a fresh database per size, dropped at the end).

usage: FIELDDOC_TEST_PG_URL=... python bench/bench_pg_search.py [--sizes 10000,100000] [--million] [--runs 5]
       [--stores sqlite,postgresql] [--reuse DIR]

``--reuse DIR`` keeps each size's PostgreSQL HQ between runs (its HQ vault in DIR/hq-N, its
database ``fdbench_reuse_N`` on the server): made once (import never timed again), opened after.
Delete DIR/hq-N and ``DROP DATABASE fdbench_reuse_N`` to rebuild. FIELDDOC_BENCH_SRC: the source
tree measured (bench/common.py), for a reference on the same database.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

import common  # noqa: E402,F401  (puts FIELDDOC_BENCH_SRC or src/ first on the path)
from bench_search import RARE, generate, prefixes  # noqa: E402
from fielddoc.crypto import kdf  # noqa: E402
from fielddoc.hq.store import init_hq, open_hq  # noqa: E402
from fielddoc.records import interchange, query, title_order  # noqa: E402
from fielddoc.records.service import Records  # noqa: E402
from fielddoc.store.sealing import sealer_of  # noqa: E402
from fielddoc.store.vault import Vault  # noqa: E402

PASS = "benchmark passphrase only"
CAP = 10_001
COMMON = "давлении"
OFTEN = "голодовка"  # in 1% of the records: every 100th hearing (generated)


def generated(n: int) -> dict[str, Any]:
    """bench_search.generate(n) with OFTEN in every 100th hearing (the generator's other text unchanged)."""
    data = generate(n)
    for h in often_hearings(data):
        h["narrative"] += " " + OFTEN
    return data


def often_hearings(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [h for i, h in enumerate(data["hearings"]) if i % 100 == 50]


def timed(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def page_and_count(store: Any, flt: query.Filter, sort: str = "date_sort", descending: bool = True,
                   offset: int = 0) -> None:
    query.list_records(store, flt, sort=sort, descending=descending, offset=offset, limit=200)
    query.count(store, flt, cap=CAP)


def measure(store: Any, n: int, runs: int,
            only: list[str] | None = None) -> dict[str, tuple[float, float, float, float]]:
    """case -> (median ms, fastest run ms, slowest run ms, p95 keystroke ms or the median);
    ``only``: the cases whose label contains one of these words."""
    out = {}
    keys: list[float] = []
    per_run = []
    keystroke = "keystroke, common word (page + count)"
    for _ in range(runs if not only or any(w in keystroke for w in only) else 0):
        ts = [timed(lambda t=t: page_and_count(store, query.Filter(text=t))) for t in prefixes(COMMON)]
        keys += ts
        per_run.append(statistics.median(ts))
    if per_run:
        out[keystroke] = (statistics.median(per_run), min(per_run), max(per_run),
                          sorted(keys)[int(len(keys) * 0.95)])
    sealed = sealer_of(store.engine) is not None

    def cold_title() -> None:  # a sealed HQ's first opening by title: every title decrypted
        title_order._INDEXES.pop(store.engine, None)
        page_and_count(store, query.Filter(), sort="title", descending=False)

    cases: list[tuple[str, Callable[[], Any]]] = [
        ("word in 1% (page + count)", lambda: page_and_count(store, query.Filter(text=OFTEN))),
        ("rare word (page + count)", lambda: page_and_count(store, query.Filter(text=RARE))),
        ("All records by title, first page + count",
         lambda: page_and_count(store, query.Filter(), sort="title", descending=False)),
        ("All records by title, mid-list page",
         lambda: query.list_records(store, query.Filter(), sort="title", offset=n // 2, limit=200)),
        ("All records newest first, first page + count", lambda: page_and_count(store, query.Filter())),
        ("All records newest first, mid-list page",
         lambda: query.list_records(store, query.Filter(), sort="date_sort", descending=True,
                                    offset=n // 2, limit=200)),
        ("hearings newest first, first page",
         lambda: query.list_records(store, query.Filter(kind="hearing"), sort="date_sort", descending=True,
                                    limit=200)),
        ("hearings newest first, mid-list page",
         lambda: query.list_records(store, query.Filter(kind="hearing"), sort="date_sort", descending=True,
                                    offset=n // 2, limit=200)),
    ]
    if sealed:
        cases.append(("All records by title, first opening (sealed: titles decrypted)", cold_title))
    for label, fn in [(la, fn) for la, fn in cases if not only or any(w in la for w in only)]:
        ts = [timed(fn) for _ in range(runs)]
        out[label] = (statistics.median(ts), min(ts), max(ts), statistics.median(ts))
    return out


def new_pg_database(url: str) -> tuple[str, Callable[[], None]]:
    name = "fdbench_" + secrets.token_hex(5)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(url).set(database=name).render_as_string(hide_password=False), drop


def reused_hq(n: int, data: dict[str, Any] | None, pg_url: str, where: Path) -> tuple[Any, float | None]:
    """The HQ of ``n`` generated records kept in ``where`` (made once; import seconds or None if reused)."""
    name = f"fdbench_reuse_{n}"
    path, ready = where / f"hq-{n}", where / f"hq-{n}.ready"
    if ready.exists():
        hq = open_hq(path, PASS)
        if not (where / f"hq-{n}.often").exists():  # made before OFTEN: its hearings updated by an import
            interchange.import_dataset(Records(hq), {"hearings": often_hearings(generated(n))})
            (where / f"hq-{n}.often").write_text("added by a second import\n")
        return hq, None
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        c.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    if path.exists():
        shutil.rmtree(path)
    where.mkdir(parents=True, exist_ok=True)
    url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    hq = init_hq(path, PASS, params=kdf.TEST_PARAMS, db_url=url)
    data = data if data is not None else generated(n)
    t0 = time.perf_counter()
    # people and cases first, then the hearings in slices: the same records as one import
    # (each slice's links point at records already stored), with progress and less memory
    interchange.import_dataset(Records(hq), {"persons": data["persons"], "cases": data["cases"]})
    hearings = data["hearings"]
    for i in range(0, len(hearings), 100_000):
        interchange.import_dataset(Records(hq), {"hearings": hearings[i : i + 100_000]})
        print(f"  {n:,}: {i + len(hearings[i : i + 100_000]):,} hearings in "
              f"{time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    with hq.engine.connect() as c:
        c.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
    seconds = time.perf_counter() - t0
    ready.write_text(f"{seconds:.0f} s\n")
    (where / f"hq-{n}.often").write_text("in the first import\n")
    return hq, seconds


def run_size(n: int, runs: int, pg_url: str | None, stores: set[str], reuse: Path | None,
             only: list[str] | None = None) -> list[tuple[str, str, tuple[float, ...], float | None]]:
    data = generated(n) if "sqlite" in stores or reuse is None or not (reuse / f"hq-{n}.ready").exists() \
        else None
    rows: list[tuple[str, str, tuple[float, ...], float | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        if "sqlite" in stores:
            assert data is not None
            vault = Vault.create(Path(tmp) / "v", PASS, params=kdf.TEST_PARAMS)
            vault.idle_timeout = None
            t: float | None = timed(lambda: interchange.import_dataset(Records(vault), data)) / 1000
            for label, figures in measure(vault, n, runs, only).items():
                rows.append(("SQLCipher", label, figures, t))
            vault.lock()
        if pg_url and "postgresql" in stores:
            if reuse is not None:
                hq, t = reused_hq(n, data, pg_url, reuse)
                try:
                    for label, figures in measure(hq, n, runs, only).items():
                        rows.append(("PostgreSQL", label, figures, t))
                finally:
                    hq.lock()
                return rows
            url, drop = new_pg_database(pg_url)
            try:
                hq = init_hq(Path(tmp) / "hq", PASS, params=kdf.TEST_PARAMS, db_url=url)
                t = timed(lambda: interchange.import_dataset(Records(hq), data)) / 1000
                for label, figures in measure(hq, n, runs, only).items():
                    rows.append(("PostgreSQL", label, figures, t))
                hq.lock()
            finally:
                drop()
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--million", action="store_true", help="also 1,000,000 records (hours, tens of GB)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--stores", default="sqlite,postgresql", help="sqlite, postgresql or both")
    ap.add_argument("--reuse", type=Path, help="keep each size's PostgreSQL HQ here between runs")
    ap.add_argument("--cases", help="only the cases whose label holds one of these words (comma-separated)")
    args = ap.parse_args()
    stores = {s.strip() for s in args.stores.split(",") if s.strip()}
    only = [w for w in args.cases.split(",") if w] if args.cases else None
    runs = max(args.runs, 5)
    sizes = [int(s) for s in args.sizes.split(",") if s] + ([1_000_000] if args.million else [])
    pg_url = os.environ.get("FIELDDOC_TEST_PG_URL")
    if not pg_url:
        print("FIELDDOC_TEST_PG_URL is not set: PostgreSQL is left out", file=sys.stderr)
    table = []
    for n in sizes:
        for store, label, figures, import_s in run_size(n, runs, pg_url, stores, args.reuse, only):
            table.append((n, store, label, figures, import_s))
            print(f"{n:>9,} {store:10} {label:44} {figures[0]:8.1f} ms", file=sys.stderr, flush=True)
    print(f"\nmedian of {runs} runs, spread = fastest–slowest run; keystroke p95 over every keystroke; "
          f"counts capped at {CAP:,}")
    print("| records | store | case | median ms | spread ms | p95 ms | import s |")
    print("|---|---|---|---|---|---|---|")
    for n, store, label, (med, lo, hi, p95), import_s in table:
        made = "reused" if import_s is None else f"{import_s:.0f}"
        print(f"| {n:,} | {store} | {label} | {med:.1f} | {lo:.1f}–{hi:.1f} | {p95:.1f} | {made} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
