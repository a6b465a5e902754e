"""Search keystroke benchmark, today's code against a reference, and the index designs compared.

Part 1 (default): a vault of N generated records (default 100,000: Russian and
Kazakh narratives in many word forms, people linked from hearings, places in
both scripts) is built by each code tree, the reference (``--ref``, a commit of
this repository, default 38876ba, checked out into a temporary folder) and this
one. Each types words letter by letter, a rare one and a common one; every
keystroke runs what the record list runs: the first page (200 rows, newest
first) and the count. Each keystroke is timed ``--runs`` times (>= 5); the
table gives the median and p95 over the keystrokes of the per-keystroke medians.

Part 2 (``--designs``): the designs considered for word forms, on plain SQLite
FTS5 with the same generated text: index size, keystroke latency and recall on
a list of Russian and Kazakh word forms (docs/search.md).

The first part runs the reference before today's code, one after the other on
the same machine; both build their vault the same way (JSON import).

usage: python bench/bench_search.py [--records N] [--runs 5] [--ref 38876ba] [--designs]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASS = "benchmark passphrase only"
ROOT = Path(__file__).resolve().parent.parent
RU = ("давление давлении давлением давления суд суда судом судье судья свидетель свидетеля свидетелей "
      "задержание задержания задержании пытки пыток пыткам адвокат адвоката адвокату приговор приговора "
      "нефтяник нефтяников забастовка забастовки протест протеста полиция полиции журналист "
      "журналиста").split()
KK = ("сот соттың сотқа сотта соттан сотты куәгер куәгердің куәгерге ереуіл ереуілге ереуілдің "
      "мұнайшы мұнайшылар мұнайшылардың адвокат адвокатқа шешім шешімі шешімін үкім үкімі үкімін").split()
NAMES = ("Актау Aktau Жанаозен Zhanaozen Алматы Almaty Козлов Kozlov Тулетаева Tuletaeva Шымкент "
         "Shymkent").split()
RARE = "вымогательство"  # in about 0.1% of the records
#: (typed, a record holding only this form must be found)
WORD_FORMS = [("давление", "давлении"), ("давлении", "давлением"), ("суда", "судом"),
              ("свидетель", "свидетелей"), ("задержание", "задержании"), ("пытки", "пыткам"),
              ("приговор", "приговора"), ("забастовка", "забастовки"), ("соттың", "сотқа"),
              ("сотқа", "соттан"), ("куәгердің", "куәгерге"), ("ереуілге", "ереуілдің"),
              ("мұнайшылардың", "мұнайшы"), ("шешімін", "шешімі"), ("үкімін", "үкім"),
              ("Актау", "Aktau"), ("Aktau", "Актау"), ("Козлов", "Kozlov"), ("Kozlov", "Козлова")]
N_FORMS = 15  # the first 15 are word forms, the rest spellings of names


#: (label, word typed, list): "All records" and the hearings list.
CASES = [("rare", RARE, None), ("common", "давлении", None), ("name", "Kozlov", None),
         ("rare, hearings", RARE, "hearing"), ("common, hearings", "давлении", "hearing"),
         ("name, hearings", "Kozlov", "hearing")]


def words(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        r = rng.random()
        out.append(rng.choice(NAMES) if r < 0.05 else rng.choice(KK) if r < 0.35 else rng.choice(RU))
    if rng.random() < 0.001:
        out.append(RARE)
    return " ".join(out)


def generate(n: int, seed: int = 3) -> dict:
    rng = random.Random(seed)
    persons = [{"id": f"per-{i}", "name": f"{rng.choice(NAMES)} {rng.choice(RU)}",
                "counting_unit": "individual"} for i in range(n // 10)]
    cases = [{"id": f"case-{i}", "title": words(rng, 5), "case_type": "criminal"} for i in range(n // 50)]
    hearings = [{"id": f"hrg-{i}", "case_id": f"case-{rng.randrange(len(cases))}",
                 "date": f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                 "status": "held", "narrative": words(rng, 60),
                 "defendants": [{"person_id": f"per-{rng.randrange(len(persons))}"}]}
                for i in range(n - len(persons) - len(cases))]
    return {"persons": persons, "cases": cases, "hearings": hearings}


def prefixes(word: str) -> list[str]:
    """What the list searches while ``word`` is typed (the filter bar waits for 2 characters)."""
    return [word[:i] for i in range(2, len(word) + 1)]


def child(records: int, runs: int) -> None:
    """Runs inside one code tree (PYTHONPATH): build, then time the keystrokes; JSON on stdout."""
    import inspect

    from fielddoc.crypto import kdf
    from fielddoc.records import interchange, query
    from fielddoc.records.service import Records
    from fielddoc.store.vault import Vault

    has_lang = "lang" in inspect.signature(query.Filter).parameters
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(Path(tmp) / "v", PASS, params=kdf.TEST_PARAMS)
        vault.idle_timeout = None
        t0 = time.perf_counter()
        interchange.import_dataset(Records(vault), generate(records))
        out["import_s"] = time.perf_counter() - t0
        size = sum(f.stat().st_size for f in (Path(tmp) / "v").rglob("*") if f.is_file())
        out["vault_mb"] = size / 1e6
        vault.lock()  # as a monitor would meet it: unlocked again after the import
        vault = Vault.open(Path(tmp) / "v", PASS)
        vault.idle_timeout = None
        for label, word, kind in CASES:
            medians, hits = [], []
            for typed in prefixes(word):
                flt = query.Filter(text=typed, kind=kind)
                times = []
                for _ in range(runs):
                    t0 = time.perf_counter()
                    query.list_records(vault, flt, sort="date_sort", descending=True, limit=200)
                    n = query.count(vault, flt)
                    times.append(time.perf_counter() - t0)
                medians.append(statistics.median(times))
                hits.append(n)
            out[label] = {"word": word, "median_ms": statistics.median(medians) * 1000,
                          "p95_ms": sorted(medians)[min(len(medians) - 1, int(len(medians) * 0.95))] * 1000,
                          "max_ms": max(medians) * 1000, "hits": hits[-1]}
        out["lang"] = has_lang
        vault.lock()
    print(json.dumps(out))


def run_tree(src: Path, records: int, runs: int) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")])}
    cmd = [sys.executable, __file__, "--child", "--records", str(records), "--runs", str(runs)]
    res = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if res.returncode:
        raise SystemExit(f"{src}: {res.stderr[-2000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def designs(records: int) -> None:
    """Index size, keystroke latency and word-form recall of three designs, on plain SQLite FTS5."""
    from sqlcipher3 import dbapi2 as sqlite3  # the SQLite FieldDoc runs on (no key: a plain database)

    sys.path.insert(0, str(ROOT / "src"))
    from fielddoc.records.query import fts_query
    from fielddoc.records.search import index_row, normalise, parse_query, stem
    from fielddoc.records.search import words as split

    rng = random.Random(5)
    texts = [words(rng, 60) for _ in range(records)]
    probe = [f"запись {form}" for _, form in WORD_FORMS]  # one record per form, holding only it
    fts = "CREATE VIRTUAL TABLE f USING fts5("
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for name, ddl in (
            ("chosen: query-time stems, prefix indexes 2-6",
             fts + "text, names, terms, tokenize='unicode61 remove_diacritics 2', prefix='2 3 4 5 6')"),
            ("query-time stems, no prefix index",
             fts + "text, names, terms, tokenize='unicode61 remove_diacritics 2')"),
            ("stems as extra index tokens",
             "CREATE VIRTUAL TABLE f USING fts5(text, stems, tokenize='unicode61 remove_diacritics 2')"),
            ("trigram", "CREATE VIRTUAL TABLE f USING fts5(text, tokenize='trigram remove_diacritics 1')"),
            ("trigram, query stems", fts + "text, tokenize='trigram remove_diacritics 1')"),
        ):
            path = Path(tmp) / f"{len(rows)}.db"
            con = sqlite3.connect(path)
            con.execute(ddl)
            t0 = time.perf_counter()
            for i, t in enumerate(texts + probe):
                if name.startswith(("chosen", "query-time")):
                    r = index_row(t, kind="hearing")
                    con.execute("INSERT INTO f(rowid, text, names, terms) VALUES (?,?,?,?)",
                                (i, r.text, r.names, r.terms))
                elif name.startswith("stems"):
                    st = " ".join(sorted({stem(w) for w in split(t)} - set(split(t))))
                    con.execute("INSERT INTO f(rowid, text, stems) VALUES (?,?,?)", (i, t, st))
                else:
                    con.execute("INSERT INTO f(rowid, text) VALUES (?,?)", (i, t))
            con.commit()
            t_index = time.perf_counter() - t0
            con.execute("INSERT INTO f(f) VALUES('optimize')")
            con.commit()
            con.execute("VACUUM")
            con.close()
            con = sqlite3.connect(path)
            size = path.stat().st_size / 1e6

            def match(typed: str, name: str = name) -> str:
                if name.startswith(("chosen", "query-time")):
                    return fts_query(typed) or '""'
                if name.startswith("stems"):
                    return " AND ".join(f'("{w}"* OR stems : "{stem(w)}")' for w in split(typed))
                if name == "trigram, query stems":
                    return " AND ".join('"' + stem(w) + '"' for w in split(typed))
                return '"' + normalise(typed).replace('"', "") + '"'

            found = [0, 0]  # word forms, spellings of names
            base = len(texts)
            for j, (typed, _form) in enumerate(WORD_FORMS):
                if len(normalise(typed)) < 3 and name.startswith("trigram"):
                    continue
                ids = {r[0] for r in con.execute("SELECT rowid FROM f WHERE f MATCH ?", (match(typed),))}
                found[j >= N_FORMS] += (base + j) in ids
            lat = []
            for word in ("давлении", "Kozlov", RARE):
                for typed in prefixes(word):
                    if name.startswith("trigram") and len(typed) < 3:
                        continue  # trigram needs 3 characters
                    t0 = time.perf_counter()
                    con.execute("SELECT count(*) FROM f WHERE f MATCH ?", (match(typed),)).fetchone()
                    lat.append(time.perf_counter() - t0)
            con.close()
            lat.sort()
            rows.append((name, size, t_index, found, statistics.median(lat) * 1000,
                         lat[int(len(lat) * 0.95)] * 1000))
        print(f"\nword-form designs over {records:,} generated records "
              "(plain SQLite FTS5, count per keystroke):")
        print(f"{'design':48} {'index MB':>9} {'build s':>8} {'forms':>6} {'names':>6} {'p50 ms':>7} "
              f"{'p95 ms':>7}")
        n_names = len(WORD_FORMS) - N_FORMS
        for name, size, t, found, p50, p95 in rows:
            print(f"{name:48} {size:9.1f} {t:8.1f} {found[0]:>3}/{N_FORMS:<2} {found[1]:>3}/{n_names:<2} "
                  f"{p50:7.1f} {p95:7.1f}")
        del parse_query


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--ref", default="38876ba")
    ap.add_argument("--designs", action="store_true")
    ap.add_argument("--child", action="store_true")
    args = ap.parse_args()
    if args.child:
        child(args.records, max(args.runs, 1))
        return 0
    if args.designs:
        designs(args.records)
        return 0
    runs = max(args.runs, 5)
    with tempfile.TemporaryDirectory() as tmp:
        ref = Path(tmp) / "ref"
        ref.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.ref, "src"], capture_output=True,
                                 check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(ref)], input=archive, check=True)
        before = run_tree(ref / "src", args.records, runs)
    after = run_tree(ROOT / "src", args.records, runs)
    print(f"search keystroke (first page of 200 + count), {args.records:,} records, median of {runs} runs "
          "per keystroke; target p95 < 50 ms")
    print(f"{'word typed letter by letter':34} {args.ref + ' p50/p95 ms':>20} {'now p50/p95 ms':>16} "
          f"{'hits then':>10} {'hits now':>9}")
    for label, _word, _kind in CASES:
        b, a = before[label], after[label]
        print(f"{label + ': ' + a['word']:34} {b['median_ms']:9.1f} /{b['p95_ms']:7.1f}  "
              f"{a['median_ms']:7.1f} /{a['p95_ms']:6.1f} {b['hits']:>10} {a['hits']:>9}")
    print(f"import: {before['import_s']:.1f} s then, {after['import_s']:.1f} s now; vault "
          f"{before['vault_mb']:.0f} MB then, {after['vault_mb']:.0f} MB now")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
