"""Core benchmarks on generated data, at 10k and 100k records (1M with --million).

    python bench/bench_core.py [--sizes 10000,100000] [--million] [--runs 5] [--import-runs N]

For each size, in-process, everything timed the way a user waits for it:

- JSON import: ``read_json_file`` (reading and parsing the file) + ``import_dataset`` into a fresh
  vault, per run; the parse share shown apart; plain sqlite3 inserting the same rows as a reference;
- unlock + first page + count, excluding the KDF: ``Vault.open`` then what the list shows first
  (``gui/models/pages.fetch_page`` of 100 rows - summaries, documents, linked titles - and
  ``query.count`` capped at 10,001, as ``RecordTableModel`` does);
- save one record (revision + audit + FTS, synchronous=FULL), p50/p95, against a bare sqlite3 insert;
- search, page + count as the GUI runs them on every keystroke: a common word typed letter by
  letter, a word in 1% of the records and a word in 0.1%;
- lists: "All records" by title (first page + count) and the hearings newest first.

Median and spread (fastest-slowest) of the runs; for keystrokes and saves also p95 over every
sample. One scaling table at the end (Markdown, for bench/README.md). Setup (generating and
writing the JSON file) is not timed.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from common import Timing, add_size_args, print_table, sizes_of
from fielddoc.crypto import kdf
from fielddoc.gui.models.pages import fetch_page
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


RARE_1 = "Qyzylorda"  # in 1% of the hearings
RARE_01 = "Shetpe"  # in 0.1%


def with_rare_words(data: dict) -> dict:
    for i, h in enumerate(data["hearings"]):
        if i % 100 == 7:
            h["narrative"] += " " + RARE_1
        if i % 1000 == 17:
            h["narrative"] += " " + RARE_01
    return data


def gui_page_and_count(store, flt) -> None:  # noqa: ANN001 - a store and a query.Filter
    """What the list shows first: RecordTableModel's first page and its capped count, in the order
    "All records" opens with (its first sortable column, the title, ascending; searching keeps it)."""
    fetch_page(store, flt, sort="title", offset=0, limit=100)
    query.count(store, flt, cap=10_001)


def measure_size(n: int, runs: int, import_runs: int, saves: int) -> list[list[object]]:
    rows: list[list[object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = with_rare_words(generate(n))
        total = sum(len(v) for v in data.values())
        src = folder / "data.json"
        src.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        del data
        imp, parse = Timing(), Timing()
        for i in range(import_runs):
            path = folder / f"v{i}"
            vault = Vault.create(path, PASS, params=kdf.TEST_PARAMS)
            vault.idle_timeout = None
            t0 = time.perf_counter()
            parsed = interchange.read_json_file(src)
            parse.add(time.perf_counter() - t0)
            interchange.import_dataset(Records(vault), parsed)
            imp.add(time.perf_counter() - t0)
            vault.lock()
            if i < import_runs - 1:
                shutil.rmtree(path)
        vpath = folder / f"v{import_runs - 1}"
        t_ref = reference_sqlite(folder, parsed)
        del parsed
        rows.append([total, "JSON import (read + parse + import)",
                     f"{imp.s()} s = {total / imp.median:,.0f}/s", f"runs {len(imp.samples)}"])
        rows.append([total, "  of which reading + parsing the file", f"{parse.s()} s", ""])
        rows.append([total, "  plain sqlite3 executemany of the same rows", f"{t_ref:.2f} s", "reference"])

        unlock = Timing()
        for _ in range(runs):
            h = hdr.decode((vpath / "vault.hdr").read_bytes())
            t0 = time.perf_counter()
            kdf.derive(PASS, h.salt, h.params)
            t_kdf = time.perf_counter() - t0
            t0 = time.perf_counter()
            v = Vault.open(vpath, PASS)
            v.idle_timeout = None
            gui_page_and_count(v, query.Filter(kind="case"))
            unlock.add(time.perf_counter() - t0 - t_kdf)
            v.lock()
        rows.append([total, "unlock + first page + count, excl. KDF", f"{unlock.ms()} ms", "goal < 300 ms"])

        vault = Vault.open(vpath, PASS)
        vault.idle_timeout = None
        rec = Records(vault)
        rng = random.Random(2)
        save = Timing()
        for i in range(saves):
            doc = {"id": f"hrg-bench-{i}", "case_id": "case-1", "date": "2024-05-01",
                   "status": "held", "narrative": text(rng, 80)}
            if i % 2 == 0:
                save.time(rec.create, "hearing", doc)
            else:
                save.time(rec.update, f"hrg-bench-{i - 1}", {**doc, "id": f"hrg-bench-{i - 1}"})
        con = sqlite3.connect(folder / "plain.db")
        con.execute("PRAGMA synchronous=FULL")
        ref = Timing()
        for i in range(saves):
            t0 = time.perf_counter()
            with con:
                con.execute("INSERT INTO r VALUES (?, ?, ?)", (f"x{i}", "hearing", text(rng, 80)))
            ref.add(time.perf_counter() - t0)
        con.close()
        rows.append([total, "save one record (p50 / p95)",
                     f"{save.pct(.5) * 1000:.1f} / {save.pct(.95) * 1000:.1f} ms",
                     f"bare sqlite3 {ref.pct(.5) * 1000:.1f} / {ref.pct(.95) * 1000:.1f} ms"])

        keystrokes, per_run = Timing(), Timing()
        word = "journalist"
        for _ in range(runs):
            for i in range(2, len(word) + 1):
                keystrokes.time(gui_page_and_count, vault, query.Filter(text=word[:i]))
            per_run.add(sum(keystrokes.samples[-(len(word) - 1):]) / (len(word) - 1))
        rows.append([total, "search keystroke, common word (page + count)", f"{per_run.ms()} ms",
                     f"p95 {keystrokes.pct(.95) * 1000:.1f} ms"])
        for word, share in ((RARE_1, "1%"), (RARE_01, "0.1%")):
            t = Timing()
            for _ in range(runs):
                t.time(gui_page_and_count, vault, query.Filter(text=word))
            rows.append([total, f"search, word in {share} of records (page + count)", f"{t.ms()} ms", ""])
        for label, flt in (("All records by title (page + count)", query.Filter()),
                           ("hearings newest first (page + count)", query.Filter(kind="hearing"))):
            t = Timing()
            sort = "title" if flt.kind is None else "date_sort"
            for _ in range(runs):
                t0 = time.perf_counter()
                fetch_page(vault, flt, sort=sort, descending=flt.kind is not None, offset=0, limit=100)
                query.count(vault, flt, cap=10_001)
                t.add(time.perf_counter() - t0)
            rows.append([total, label, f"{t.ms()} ms", ""])
        vault.lock()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_size_args(ap)
    ap.add_argument("--import-runs", type=int, default=None, help="JSON imports per size (default --runs)")
    ap.add_argument("--saves", type=int, default=300)
    args = ap.parse_args()
    rows: list[list[object]] = []
    for n in sizes_of(args):
        rows += measure_size(n, args.runs, args.import_runs or args.runs, args.saves)
    print_table(f"Core, in-process, median (fastest-slowest) of {args.runs} runs",
                ["records", "case", "median (spread)", "note"], rows)


if __name__ == "__main__":
    main()
