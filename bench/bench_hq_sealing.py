"""A sealed team HQ (docs/spec/hq-sealing.md): sealing, title order on the client, re-sealing.

For each size, the generated records (bench_search.generate) are imported into a team HQ on
PostgreSQL made the way an HQ before sealing was (no sealer), then, in this process:

- **first open seals**: reopening the HQ seals every record text value and rebuilds the keyed
  token index in one transaction (hq/team/sealing.py ``activate``);
- **title order, first page (builds the index)**: the first "All records" page sorted by title
  in a fresh process state: every title decrypted into the in-memory index;
- **title order, first page / mid-list page**: later pages of the unchanged list (the order kept);
- **title order, first page after a record changed**: one record renamed, then the first page
  (every matching id and head hash read again, one title decrypted, all sorted);
- **hq remove (re-seal + keyed index)**: a member removed: every value re-sealed under the new
  K and the token index rebuilt, in the removal's transaction.

Medians over ``--runs`` runs (at least 5) for the repeated cases, spread = fastest–slowest; the
one-off cases are single measurements. PostgreSQL: the server named by FIELDDOC_TEST_PG_URL
(a fresh database per size, dropped at the end).

usage: FIELDDOC_TEST_PG_URL=... python bench/bench_hq_sealing.py [--sizes 10000,100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bench_search import generate  # noqa: E402
from fielddoc.crypto import kdf  # noqa: E402
from fielddoc.hq.store import init_hq, open_hq  # noqa: E402
from fielddoc.hq.team import sealing  # noqa: E402
from fielddoc.hq.team.invite import invite, join_hq  # noqa: E402
from fielddoc.hq.team.members import remove  # noqa: E402
from fielddoc.records import interchange, query, title_order  # noqa: E402
from fielddoc.records.service import Records  # noqa: E402

PASS = "benchmark passphrase only"


def timed(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def page(store: Any, offset: int = 0) -> None:
    query.list_records(store, query.Filter(), sort="title", offset=offset, limit=200)


def run(n: int, runs: int, base_url: str, rows: list[tuple[str, str, float, float, float]]) -> None:
    name = "fdbench_" + secrets.token_hex(4)
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base_url).set(database=name).render_as_string(hide_password=False)
    real = sealing.activate
    try:
        with tempfile.TemporaryDirectory() as tmp:
            sealing.activate = lambda hq, session: None  # type: ignore[assignment]  # an HQ before sealing
            hq = init_hq(Path(tmp) / "hq", PASS, params=kdf.TEST_PARAMS, db_url=url)
            t0 = time.perf_counter()
            interchange.import_dataset(Records(hq), generate(n))
            print(f"{n}: imported in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
            hq.lock()
            sealing.activate = real  # type: ignore[assignment]
            holder: list[Any] = []
            t = timed(lambda: holder.append(open_hq(Path(tmp) / "hq", PASS)))
            hq = holder[0]
            rows.append((f"{n:,}", "first open seals (values + keyed index)", t, t, t))
            title_order._INDEXES.clear()
            t = timed(lambda: page(hq))
            rows.append((f"{n:,}", "title order, first page (builds the index)", t, t, t))
            for label, off in (("title order, first page", 0), ("title order, mid-list page", n // 2)):
                ts = [timed(lambda o=off: page(hq, o)) for _ in range(runs)]
                rows.append((f"{n:,}", label, statistics.median(ts), min(ts), max(ts)))
            rec = Records(hq)

            def changed_then_page() -> float:
                doc = rec.get("per-1")
                rec.update("per-1", {**doc, "name": doc["name"] + " x"})
                return timed(lambda: page(hq))

            ts = [changed_then_page() for _ in range(runs)]
            rows.append((f"{n:,}", "title order, first page after a record changed", statistics.median(ts),
                         min(ts), max(ts)))
            inv = invite(hq, "Bench", "reader")
            (Path(tmp) / "inv").write_text(inv.invitation.to_json())
            join_hq(Path(tmp) / "reader", PASS, Path(tmp) / "inv", url, params=kdf.TEST_PARAMS).lock()
            t0 = time.perf_counter()
            with hq.engine.begin() as conn:
                removal = remove(conn, hq.team, "Bench")  # type: ignore[arg-type]
            t = (time.perf_counter() - t0) * 1000
            rows.append((f"{n:,}", "hq remove (re-seal + keyed index), whole transaction", t, t, t))
            rows.append((f"{n:,}", "  of which re-seal + keyed index", (removal.reseal_seconds or 0) * 1000,
                         0, 0))
            hq.lock()
    finally:
        sealing.activate = real  # type: ignore[assignment]
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    url = os.environ.get("FIELDDOC_TEST_PG_URL")
    if not url:
        print("set FIELDDOC_TEST_PG_URL (bash scripts/pg-start.sh)", file=sys.stderr)
        return 2
    rows: list[tuple[str, str, float, float, float]] = []
    for n in (int(s) for s in args.sizes.split(",")):
        run(n, max(5, args.runs), url, rows)
    print("| records | case | median ms | spread ms |")
    print("|---|---|---|---|")
    for size, label, med, lo, hi in rows:
        spread = f"{lo:.1f}–{hi:.1f}" if hi > lo else "(once)"
        print(f"| {size} | {label} | {med:.1f} | {spread} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
