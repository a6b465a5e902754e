"""Benchmark: the record list model at 100k records.

    python bench/bench_gui_list.py [--records 100000] [--keep DIR]

Setup (not timed): a vault (cheap Argon2id parameters) filled through the
core's ``import_dataset`` with generated hearings spread over 400 cases, 2,000
people and 300 locations, with varied words in titles and narratives.

Measured, with the real ``RecordTableModel`` (what the list view uses):

* open: create the model for a list, count, load the first page and read
  the first screenful of cells (30 rows x every column), for the hearings
  list (100k rows) and the list of every record type; target < 300 ms;
* per keystroke: the user types a search word letter by letter; each
  keystroke is one refilter (count + first page + a screenful of cells);
  also date-range and confidentiality changes; target p95 < 50 ms;
* a jump to the middle of the list (scrollbar drag): one page at offset 50k.

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

WORDS = ("zhanaozen aktau almaty taraz oil workers strike riot appeal verdict defence counsel witness "
         "prosecutor detention custody cage interpreter journalist union lawyer police torture "
         "confession motion adjourned closed session monitor observer court judge panel").split()
CONFIDENTIALITY = ("public", "partners", "organisation", "restricted", "device_only")
TLP = {"public": "CLEAR", "partners": "GREEN", "organisation": "AMBER", "restricted": "AMBER+STRICT",
       "device_only": "RED"}


def generate(n: int, seed: int = 7) -> dict:
    rnd = random.Random(seed)
    locations = [{"id": f"loc-{i}", "name": f"Place {i} {rnd.choice(WORDS).title()}", "country": "KZ"}
                 for i in range(300)]
    courts = [{"id": f"org-court-{i}", "name": f"{rnd.choice(WORDS).title()} court {i}", "org_type": "court"}
              for i in range(40)]
    persons = [{"id": f"per-{i}", "name": f"{rnd.choice(WORDS).title()} {rnd.choice(WORDS).title()} {i}",
                "confidentiality": rnd.choice(CONFIDENTIALITY)} for i in range(2000)]
    cases = []
    for i in range(400):
        conf = rnd.choice(CONFIDENTIALITY)
        cases.append({"id": f"case-{i}", "title": f"Case {i}: {' '.join(rnd.sample(WORDS, 4))}",
                      "case_type": "criminal", "court_id": rnd.choice(courts)["id"],
                      "opened": {"value": f"{rnd.randint(2005, 2024)}-{rnd.randint(1, 12):02d}",
                                 "precision": "month"},
                      "confidentiality": conf, "tlp": TLP[conf]})
    hearings = []
    remaining = n - len(locations) - len(courts) - len(persons) - len(cases)
    for i in range(max(0, remaining)):
        conf = rnd.choice(CONFIDENTIALITY)
        y, m, d = rnd.randint(2005, 2024), rnd.randint(1, 12), rnd.randint(1, 28)
        hearings.append({
            "id": f"hrg-{i}", "case_id": f"case-{rnd.randrange(400)}", "date": f"{y}-{m:02d}-{d:02d}",
            "hearing_type": rnd.choice(["main_trial_session", "appeal_hearing", "preliminary_hearing"]),
            "status": rnd.choice(["held", "adjourned", "held_partly_closed"]),
            "venue_location_id": rnd.choice(locations)["id"],
            "presiding_judge_id": f"per-{rnd.randrange(2000)}",
            "narrative": " ".join(rnd.choice(WORDS) for _ in range(25)),
            "fair_trial": [{"item": "ft.public.public_admitted",
                            "answer": rnd.choice(["yes", "no", "partly"]),
                            "assessment": rnd.choice(["no_concern", "concern", "not_assessed"])}],
            "confidentiality": conf, "tlp": TLP[conf],
        })
    return {"locations": locations, "organisations": courts, "persons": persons, "cases": cases,
            "hearings": hearings}


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--keep", help="build (or reuse) the vault in this folder")
    args = ap.parse_args()

    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from fielddoc.crypto.kdf import TEST_PARAMS
    from fielddoc.gui.app import work_around_pyside_refcount
    from fielddoc.gui.models.record_table import RecordTableModel
    from fielddoc.records import interchange, query
    from fielddoc.records.service import Records
    from fielddoc.store.vault import Vault, is_vault

    work_around_pyside_refcount()
    app = QApplication.instance() or QApplication([])  # fonts and icons need a GUI application
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="fielddoc-bench-list-"))
    path = folder / "vault"
    passphrase = "benchmark passphrase only"
    if is_vault(path):
        vault = Vault.open(path, passphrase)
    else:
        vault = Vault.create(path, passphrase, params=TEST_PARAMS)
        data = generate(args.records)
        t = time.perf_counter()
        interchange.import_dataset(Records(vault), data)
        print(f"setup: imported {sum(len(v) for v in data.values()):,} records in "
              f"{time.perf_counter() - t:.1f} s (not part of the figures)")
    vault.idle_timeout = None
    total = query.count(vault)
    print(f"vault: {total:,} records ({query.count(vault, query.Filter(kind='hearing')):,} hearings)")

    def screenful(model: RecordTableModel) -> None:
        for r in range(min(30, model.rowCount())):
            for c in range(model.columnCount()):
                model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)

    def open_list(kind: str | None) -> RecordTableModel:
        model = RecordTableModel(vault, kind)
        model.reload(wait=True)
        screenful(model)
        return model

    print("\nopen a list (count + first page + 30 rows of cells), target < 300 ms:")
    for kind in ("hearing", None, "person"):
        open_list(kind)  # warm the page cache of SQLite/SQLCipher once
        times = [timed(lambda k=kind: open_list(k)) for _ in range(5)]
        print(f"  {str(kind or 'all records'):12} rows={open_list(kind).rowCount():>7,}  "
              f"median {statistics.median(times):6.1f} ms   max {max(times):6.1f} ms")

    model = open_list("hearing")
    def first_rows(flt: query.Filter) -> float:
        """What the user waits for after a keystroke: the first page on screen (the count follows)."""
        gen_before = model._generation
        t = time.perf_counter()
        model._generation += 1
        gen = model._generation
        from fielddoc.gui.models.pages import fetch_page

        model._filter = flt
        rows = fetch_page(vault, flt, sort=model._sort_key, descending=model._descending, limit=model.PAGE)
        model._apply_page(gen, rows)
        screenful(model)
        shown = (time.perf_counter() - t) * 1000
        model._apply_count(gen, query.count(vault, flt) if len(rows) >= model.PAGE else len(rows))
        assert gen_before < gen
        return shown

    keystrokes: list[float] = []
    shown: list[float] = []
    per_word: dict[str, list[float]] = {}
    from fielddoc.gui.views.filter_bar import MIN_SEARCH

    for word in ("zhanaozen", "appeal verdict", "torture", "interpreter cage", "case 17"):
        for i in range(1, len(word) + 1):
            typed = word[:i].strip()
            # what the filter bar sends: nothing until MIN_SEARCH characters are typed
            flt = query.Filter(kind="hearing", text=typed if len(typed) >= MIN_SEARCH else None)
            ms = timed(lambda f=flt: (model.set_filter(f, wait=True), screenful(model)))
            keystrokes.append(ms)
            per_word.setdefault(word, []).append(ms)
            shown.append(first_rows(flt))
    model.set_filter(query.Filter(kind="hearing"), wait=True)
    print("\nfull-text search, one refilter per keystroke (hearings list), target p95 < 50 ms:")
    for word, times in per_word.items():
        print(f"  {word!r:20} {' '.join(f'{t:5.1f}' for t in times)}")
    print(f"  all {len(keystrokes)} keystrokes, first page AND count: median "
          f"{statistics.median(keystrokes):.1f} ms, p95 {p95(keystrokes):.1f} ms, "
          f"max {max(keystrokes):.1f} ms")
    print("  first rows on screen (the count follows on the runner): "
          f"median {statistics.median(shown):.1f} ms, "
          f"p95 {p95(shown):.1f} ms, max {max(shown):.1f} ms")

    filters = []
    for date_from, date_to in (("2010", "2012"), ("2015-03", "2015-09"), ("2020-01-01", "2020-12-31"),
                               ("2005", None), (None, "2006")):
        filters.append(query.Filter(kind="hearing", date_from=date_from, date_to=date_to))
    for conf in (("public",), ("device_only",), ("public", "partners")):
        filters.append(query.Filter(kind="hearing", confidentiality=conf))
    filters.append(query.Filter(kind="hearing", text="zhanaozen", date_from="2012",
                                confidentiality=("public",)))
    times = [timed(lambda f=f: (model.set_filter(f, wait=True), screenful(model))) for f in filters * 3]
    firsts = [first_rows(f) for f in filters * 3]
    print("\ndate range / confidentiality / combined filter changes (hearings list):")
    print(f"  {len(times)} changes, first page AND count: median {statistics.median(times):.1f} ms, "
          f"p95 {p95(times):.1f} ms, max {max(times):.1f} ms")
    print(f"  first rows on screen: median {statistics.median(firsts):.1f} ms, p95 {p95(firsts):.1f} ms, "
          f"max {max(firsts):.1f} ms")

    model.set_filter(query.Filter(kind="hearing"), wait=True)
    middle = model.rowCount() // 2
    jumps = [timed(lambda r=middle + k * 1000: model.data(model.index(r, 0))) for k in range(5)]
    print(f"\njump to the middle of the list (a page at offset ~{middle:,}): "
          f"median {statistics.median(jumps):.1f} ms, max {max(jumps):.1f} ms")
    vault.lock()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
