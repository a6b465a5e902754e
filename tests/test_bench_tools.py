"""The benchmarks' shared rules (bench/common.py) and the issue table of bench/run_all.py."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def bench_modules():
    sys.path.insert(0, str(BENCH))
    try:
        yield importlib.import_module("common"), importlib.import_module("run_all")
    finally:
        sys.path.remove(str(BENCH))


def _args(common, *argv: str) -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    common.add_size_args(ap)
    return ap.parse_args(list(argv))


def test_sizes_at_least_five_runs_and_a_million_only_behind_its_flag(bench_modules):
    common, _ = bench_modules
    assert common.sizes_of(_args(common)) == [10_000, 100_000]
    assert common.sizes_of(_args(common, "--sizes", "10000", "--million")) == [10_000, 1_000_000]
    with pytest.raises(SystemExit):
        common.sizes_of(_args(common, "--sizes", "1000000"))
    with pytest.raises(SystemExit):
        common.sizes_of(_args(common, "--runs", "2"))  # the issue: median and spread of >= 5 runs


def test_median_and_spread(bench_modules):
    common, _ = bench_modules
    t = common.Timing([0.010, 0.030, 0.020, 0.050, 0.040])
    assert t.median == pytest.approx(0.030)
    assert t.ms() == "30.0 (10.0–50.0)"


def test_run_all_finds_each_row_in_the_scripts_tables(bench_modules, tmp_path, monkeypatch):
    _, run_all = bench_modules
    (tmp_path / "bench_statistics.md").write_text(
        "| records | case | ms |\n|---|---|---|\n| 10,000 | first visit | 284.1 (238.8–297.1) |\n"
        "| 10,000 | again (cached) | 0.6 (0.4–0.7) |\n", "utf-8")
    lines = run_all.table_lines((tmp_path / "bench_statistics.md").read_text("utf-8"))
    assert lines == [["10,000", "first visit", "284.1 (238.8–297.1)"],
                     ["10,000", "again (cached)", "0.6 (0.4–0.7)"]]
    monkeypatch.setattr(sys, "argv", ["run_all.py", "--from", str(tmp_path)])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert run_all.main() == 0
    row = next(ln for ln in out.getvalue().splitlines() if ln.startswith("| statistics page |"))
    assert "10,000 · first visit · 284.1 (238.8–297.1)" in row
    assert "| search keystroke, HQ on PostgreSQL | p95 < 100 ms | not measured in this run |" \
        in out.getvalue()
