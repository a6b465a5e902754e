"""Core benchmarks on generated data (issue: vault/records core).

Prints, for N generated records (default 100,000):
- JSON import time of N records (target < 10 s), with plain sqlite3 inserting
  the same rows in the same run as a reference;
- unlock time excluding the KDF (target < 150 ms);
- save p50/p95 of one record with synchronous=FULL, revision and audit entry
  (target p95 < 20 ms), against a bare synchronous=FULL sqlite3 insert;
- FTS query p95 (target < 50 ms) and paged list open.

usage: python bench/bench_core.py [--records N] [--saves 300] [--queries 200]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from fielddoc.crypto import kdf
from fielddoc.records import interchange, query
from fielddoc.records.service import Records
from fielddoc.store import header as hdr
from fielddoc.store.vault import Vault

WORDS = ("court hearing judge witness detention police strike oil worker journalist "
         "Aktau Zhanaozen Almaty protest sentence appeal lawyer torture interpreter "
         "сот судья куәгер ереуіл мұнайшы адвокат журналист тергеу").split()
PASS = "benchmark passphrase only"


def text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def generate(n: int, seed: int = 1) -> dict:
    rng = random.Random(seed)
    persons = [{"id": f"per-{i}", "name": text(rng, 3), "occupation": text(rng, 2),
                "confidentiality": "organisation", "tlp": "AMBER"} for i in range(n // 4)]
    cases = [{"id": f"case-{i}", "title": text(rng, 6), "case_type": "criminal",
              "opened": {"value": f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}",
                         "precision": "month"}} for i in range(n // 20)]
    hearings = [{"id": f"hrg-{i}", "case_id": f"case-{rng.randrange(len(cases))}",
                 "date": f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                 "status": "held", "narrative": text(rng, 60),
                 "fair_trial": [{"item": "ft.public.public_admitted", "answer": "partly"}]}
                for i in range(n - len(persons) - len(cases))]
    return {"persons": persons, "cases": cases, "hearings": hearings}


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


def reference_sqlite(folder: Path, data: dict) -> float:
    con = sqlite3.connect(folder / "plain.db")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE r (id TEXT PRIMARY KEY, kind TEXT, doc TEXT)")
    rows = [(r["id"], k, json.dumps(r)) for k, v in data.items() for r in v]
    t0 = time.perf_counter()
    with con:
        con.executemany("INSERT INTO r VALUES (?, ?, ?)", rows)
    dt = time.perf_counter() - t0
    con.close()
    return dt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--saves", type=int, default=300)
    ap.add_argument("--queries", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = generate(args.records)
        n = sum(len(v) for v in data.values())
        vault = Vault.create(folder / "v", PASS, params=kdf.TEST_PARAMS)
        vault.idle_timeout = None
        rec = Records(vault)
        t0 = time.perf_counter()
        interchange.import_dataset(rec, data)
        t_import = time.perf_counter() - t0
        t_ref = reference_sqlite(folder, data)
        print(f"JSON import of {n} records: {t_import:.2f} s ({n / t_import:,.0f} records/s); "
              f"plain sqlite3 executemany of the same rows: {t_ref:.2f} s "
              f"(ratio {t_import / t_ref:.1f}x)   [target < 10 s]")
        vault.lock()

        # Unlock excluding the KDF: time Vault.open minus one KDF derivation.
        samples = []
        for _ in range(7):
            h = hdr.decode((folder / "v" / "vault.hdr").read_bytes())
            t0 = time.perf_counter()
            kdf.derive(PASS, h.salt, h.params)
            t_kdf = time.perf_counter() - t0
            t0 = time.perf_counter()
            v = Vault.open(folder / "v", PASS)
            v.idle_timeout = None
            query.list_records(v, query.Filter(kind="hearing"), limit=50)
            samples.append(time.perf_counter() - t0 - t_kdf)
            v.lock()
        print(f"unlock + first page of a list, excluding the KDF, {n} records: "
              f"median {statistics.median(samples) * 1000:.1f} ms   [target < 150 ms]")

        vault = Vault.open(folder / "v", PASS)
        vault.idle_timeout = None
        rec = Records(vault)
        rng = random.Random(2)
        saves = []
        for i in range(args.saves):
            doc = {"id": f"hrg-bench-{i}", "case_id": "case-1", "date": "2024-05-01",
                   "status": "held", "narrative": text(rng, 80)}
            t0 = time.perf_counter()
            if i % 2 == 0:
                rec.create("hearing", doc)
            else:
                rec.update(f"hrg-bench-{i - 1}", {**doc, "id": f"hrg-bench-{i - 1}"})
            saves.append(time.perf_counter() - t0)
        con = sqlite3.connect(folder / "plain.db")
        con.execute("PRAGMA synchronous=FULL")
        ref = []
        for i in range(args.saves):
            t0 = time.perf_counter()
            with con:
                con.execute("INSERT INTO r VALUES (?, ?, ?)", (f"x{i}", "hearing", text(rng, 80)))
            ref.append(time.perf_counter() - t0)
        con.close()
        print(f"save one record (revision + audit + FTS, synchronous=FULL): "
              f"p50 {pct(saves, .5) * 1000:.2f} ms, p95 {pct(saves, .95) * 1000:.2f} ms; "
              f"bare sqlite3 insert p50 {pct(ref, .5) * 1000:.2f} ms, p95 {pct(ref, .95) * 1000:.2f} ms"
              "   [target p95 < 20 ms]")

        qs = []
        for _ in range(args.queries):
            q = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 2)))
            t0 = time.perf_counter()
            query.search(vault, q, limit=100)
            qs.append(time.perf_counter() - t0)
        print(f"full-text search (first 100 hits) over {n} records: p50 {pct(qs, .5) * 1000:.1f} ms, "
              f"p95 {pct(qs, .95) * 1000:.1f} ms   [target p95 < 50 ms]")
        ls = []
        for _ in range(20):
            t0 = time.perf_counter()
            query.count(vault, query.Filter(kind="hearing"))
            query.list_records(vault, query.Filter(kind="hearing"), sort="date_sort", limit=200)
            ls.append(time.perf_counter() - t0)
        print(f"open a list (count + first 200 rows sorted by date): p50 {pct(ls, .5) * 1000:.1f} ms")
        vault.lock()


if __name__ == "__main__":
    main()
