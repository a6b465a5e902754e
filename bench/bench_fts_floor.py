"""The floor of the import's full-text work: the FTS5 inserts of the import's own index rows, alone.

    .venv/bin/python bench/bench_fts_floor.py --records 100000 --runs 1

Builds the index rows (``records.search.index_row``: text, linked titles, name skeletons) of
``bench_search.generate(N)`` (the file bench_json_stream.py and bench_import_scaling.py import) once,
then, each case in a fresh process, writes them into a new SQLCipher database (the vault's
pragmas, the 256 MiB import cache, one transaction, the table of migration 0007) with a bare
``executemany``, and prints the process's CPU seconds and wall seconds:

* ``passes``: sorted passes of 2 Mi characters, as the streamed import writes them
  (``interchange.FTS_STREAM_CHARS``);
* ``one pass``: every row in one sorted pass (no segment merges: the floor of this table);
* ``automerge=8``: passes, with FTS5's automerge at 8 instead of 4 (fewer merges, more segments);
* ``no prefixes``: passes into a table without the prefix indexes (a search design change, shown
  for its cost only).
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = r"""
import os, pickle, sys, time, sqlcipher3
rows = pickle.load(open(sys.argv[1], "rb"))
case, db = sys.argv[2], sys.argv[3]
c = sqlcipher3.connect(db, isolation_level=None)
c.execute("PRAGMA key = \"x'" + "11" * 32 + "'\"")
for p in ("PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY", "PRAGMA journal_mode = WAL",
          "PRAGMA synchronous = FULL", "PRAGMA cache_size = -262144"):
    c.execute(p).fetchall()
prefix = "" if case == "no prefixes" else ", prefix = '2 3 4 5 6'"
c.execute("CREATE VIRTUAL TABLE fts_index USING fts5(text, names, terms, "
          "tokenize = 'unicode61 remove_diacritics 2'" + prefix + ")")
c.execute("INSERT INTO fts_index(fts_index, rank) VALUES('secure-delete', 1)")
t, cpu = time.perf_counter(), time.process_time()
c.execute("BEGIN")
if case == "automerge=8":
    c.execute("INSERT INTO fts_index(fts_index, rank) VALUES('automerge', 8)")
limit = 1 << 62 if case == "one pass" else 2 << 20
chunk, chars = [], 0
for r in rows:
    chunk.append(r)
    chars += len(r[1])
    if chars >= limit:
        c.executemany("INSERT INTO fts_index(rowid, text, names, terms) VALUES (?, ?, ?, ?)", sorted(chunk))
        chunk, chars = [], 0
c.executemany("INSERT INTO fts_index(rowid, text, names, terms) VALUES (?, ?, ?, ?)", sorted(chunk))
c.execute("COMMIT")
print(time.process_time() - cpu, time.perf_counter() - t)
"""


def rows_of(n: int) -> list[tuple[int, str, str, str]]:
    sys.path.insert(0, str(HERE))
    from bench_search import generate
    from fielddoc.records import fts, schema, upgrade
    from fielddoc.records.search import index_row

    data = generate(n)
    titles: dict[str, str] = {}
    out = []
    for key, kind in schema.KINDS.items():
        for doc in data.get(key) or []:
            a = schema.analyse(kind, upgrade.upgrade_doc(kind, doc), draft=True)
            titles[doc["id"]] = a.title
            refs = list(dict.fromkeys(r for _, r in a.refs))
            r = index_row(a.text, [titles[x] for x in refs if x in titles], refs, kind)
            out.append((fts.docid(doc["id"]), r.text, r.names, r.terms))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--cases", default="passes,one pass,automerge=8,no prefixes")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = Path(tmp) / "rows.pkl"
        with rows.open("wb") as fh:
            pickle.dump(rows_of(args.records), fh)
        print(f"load average {os.getloadavg()[0]:.1f}")
        print("| records | case | CPU s | wall s |")
        print("|---|---|---|---|")
        for case in args.cases.split(","):
            for _ in range(args.runs):
                db = Path(tmp) / "fts.db"
                out = subprocess.run([sys.executable, "-c", CHILD, str(rows), case, str(db)], check=True,
                                     capture_output=True, text=True).stdout.split()
                for f in Path(tmp).glob("fts.db*"):
                    f.unlink()
                cpu, wall = float(out[0]), float(out[1])
                print(f"| {args.records:,} | {case} | {cpu:.2f} | {wall:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
