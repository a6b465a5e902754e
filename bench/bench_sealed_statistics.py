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

``--synthetic 1000000``: a sealed HQ of that many records whose rows are written by SQL
(``generate_series``), not by an import (which would take hours here): the records of
``common.generate(n)``'s shape (a quarter people, 1/20 cases, 1/20 detentions with a procedure and
1-3 facility types, the rest hearings dated 2010-2025 with 0-3 fair-trial observations; levels as
above), each with ``facet_keys`` keyed under the HQ's real facet key and a placeholder envelope
for its document. The trigger builds ``stat_facets`` from them exactly as from imported records;
only ``keyed facets`` can be timed (the documents cannot be opened).
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


def run(n: int, runs: int, base_url: str, rows: list[list[object]], synthetic: bool = False) -> None:
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
            if synthetic:
                _synthetic(hq, n)
            else:
                interchange.import_dataset(Records(hq), _levelled(generate(n)))
            print(f"{n:,}: written into the sealed HQ in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
            inv = invite(hq, "Capped", "reader", max_level="partners")
            (Path(tmp) / "inv").write_text(inv.invitation.to_json())
            capped = join_hq(Path(tmp) / "capped", PASS, Path(tmp) / "inv", url, params=kdf.TEST_PARAMS)
            try:
                for who, store in (("administrator", hq), ("capped reader", capped)):
                    _measure(n, who, store, runs, st, rows, documents=not synthetic)
            finally:
                capped.lock()
                hq.lock()
    finally:
        with server.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        server.dispose()


def _synthetic(hq: Any, n: int) -> None:
    """Records of ``common.generate(n)``'s shape written by SQL, keyed facet rows and all (see above)."""
    from fielddoc.records import facet_keys, vocab

    key = facet_keys.key_of(hq.engine)
    assert key is not None, "not a sealed HQ"

    def keys(facet: str, slot: int, codes: Any, as_json: bool = True) -> list[str]:
        return [facet_keys.value_key(key, facet, slot, f'"{c}"' if as_json else c) for c in codes]

    params = {
        "items": keys("fair_trial", 1, list(vocab.FAIR_TRIAL_BY_ID)[:40]),
        "ass": keys("fair_trial", 2, ("concern", "apparent_violation", "not_assessed")),
        "ans": keys("fair_trial", 3, ("yes", "no", "partly")),
        "procs": keys("procedure", 1, vocab.VOCABS["procedure"]),
        "facs": keys("facility", 1, vocab.VOCABS["facility_type"], as_json=False),
    }
    detentions = n // 20
    rest = n - detentions
    persons, cases = rest // 4, rest // 20
    hearings = rest - persons - cases
    levels = "(ARRAY['public', 'partners', 'organisation', 'restricted', NULL])[1 + i % 5]"
    common = ("'RkRTAQplaceholder', 'RkRTAQplaceholder', 1, md5(i::text), '2026-01-01T00:00:00Z', "
              "'2026-01-01T00:00:00Z', false, false, false")
    cols = ("id, kind, date_sort, confidentiality, facet_keys, docid, title, doc, revision, head_hash, "
            "created_at, updated_at, draft, conflict, id_generated")
    names = ("items", "ass", "ans", "procs", "facs")
    items, ass, ans, procs, facs = (f"(CAST(:{k} AS text[]))" for k in names)
    pick = "[1 + floor(random() * {})::int]".format
    ft = (f"(SELECT coalesce(json_agg(json_build_array('fair_trial', {items}{pick(40)}, {ass}{pick(3)}, "
          f"{ans}{pick(3)})), '[]'::json)::text FROM generate_series(1, b.cnt))")
    day = ("'20' || (10 + floor(random() * 16))::int || '-' || lpad((1 + floor(random() * 12))::int::text, "
           "2, '0') || '-' || lpad((1 + floor(random() * 28))::int::text, 2, '0')")
    det = (f"(SELECT json_agg(r)::text FROM (SELECT json_build_array('procedure', {procs}[1 + b.proc], '', "
           f"'') AS r UNION ALL SELECT json_build_array('facility', f, '', '') FROM (SELECT DISTINCT "
           f"{facs}{pick(10)} AS f FROM generate_series(1, b.cnt)) x) y)")
    from sqlalchemy import text

    step = 100_000
    with hq.engine.begin() as conn:
        for lo in range(0, hearings, step):
            hi = min(hearings, lo + step)
            conn.execute(text(
                f"INSERT INTO records ({cols}) SELECT 'hrg-' || i, 'hearing', {day}, {levels}, {ft}, "
                f"1000000000 + i, {common} FROM (SELECT i, floor(random() * 4)::int AS cnt "
                f"FROM generate_series({lo}, {hi - 1}) i) b"), params)
        conn.execute(text(
            f"INSERT INTO records ({cols}) SELECT 'det-' || i, 'detention', NULL, {levels}, {det}, "
            f"2000000000 + i, {common} FROM (SELECT i, 1 + floor(random() * 3)::int AS cnt, "
            f"floor(random() * {len(params['procs'])})::int AS proc "
            f"FROM generate_series(0, {detentions - 1}) i) b"),
            params)
        conn.execute(text(
            f"INSERT INTO records ({cols}) SELECT 'case-' || i, 'case', NULL, {levels}, '[]', "
            f"3000000000 + i, {common} FROM generate_series(0, {cases - 1}) i"))
        conn.execute(text(
            f"INSERT INTO records ({cols}) SELECT 'per-' || i, 'person', NULL, 'organisation', NULL, "
            f"4000000000 + i, {common} FROM generate_series(0, {persons - 1}) i"))
    with hq.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE stat_facets")
        rows = conn.exec_driver_sql("SELECT count(*) FROM stat_facets").scalar()
    print(f"{n:,} (synthetic): {hearings:,} hearings, {detentions:,} detentions; stat_facets {rows:,} rows",
          file=sys.stderr)


def _measure(n: int, who: str, store: Any, runs: int, st: Any, rows: list[list[object]],
             documents: bool = True) -> None:
    ranges = {"first visit": (None, None), "2015": ("2015", "2015"), f"{CUT[0]} to {CUT[1]}": CUT}
    now = {label: Timing() for label in ranges}
    before = {label: Timing() for label in ranges}
    for _ in range(runs):
        for label, (lo, hi) in ranges.items():
            got = now[label].time(st.StatsCache().get, store, lo, hi)
            if documents:
                old = before[label].time(st.compute, store, lo, hi, facets=False)
                assert got == old, f"{who} {label}: the keyed facets' figures differ from the documents'"
    load = os.getloadavg()[0]
    size = f"{n:,}" if documents else f"{n:,} (synthetic)"
    for label in ranges:
        rows.append([size, who, f"keyed facets: {label}", now[label].ms(), f"{load:.1f}"])
        if documents:
            rows.append([size, who, f"documents (before): {label}", before[label].ms(), f"{load:.1f}"])
    figures = st.compute(store)
    print(f"{n:,} {who}: {figures.hearings:,} hearings, {figures.detentions:,} detentions, "
          f"{figures.observations:,} observations", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_size_args(ap)
    ap.add_argument("--synthetic", default="", help="sizes written by SQL instead (see above), e.g. 1000000")
    args = ap.parse_args()
    url = os.environ.get("FIELDDOC_TEST_PG_URL")
    if not url:
        print("set FIELDDOC_TEST_PG_URL (bash scripts/pg-start.sh)", file=sys.stderr)
        return 2
    rows: list[list[object]] = []
    for n in sizes_of(args) if args.sizes else []:
        run(n, args.runs, url, rows)
    for n in (int(x) for x in args.synthetic.split(",") if x.strip()):
        run(n, args.runs, url, rows, synthetic=True)
    print_table(f"Statistics page of a sealed team HQ, in-process, median (fastest-slowest) ms of "
                f"{args.runs} runs [goal at 1M: < 1 s, off the GUI thread]",
                ["records", "member", "case", "ms", "load"], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
