"""What every benchmark shares: the sizes (--sizes, --million), median and spread of the runs,
one scaling table, and vaults of N generated records kept between runs (setup, never timed).

    from common import add_size_args, sizes_of, Timing, print_table, generated_vault

Figures are medians of >= 5 runs; "spread" is fastest-slowest. Both sides of a comparison
are timed the same way (whole processes, or both in-process), as each script says.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The source tree measured (another checkout's src/ to compare commits on the same data).
SRC = Path(os.environ.get("FIELDDOC_BENCH_SRC", ROOT / "src"))
sys.path.insert(0, str(SRC))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PASS = "benchmark passphrase only"
MILLION = 1_000_000
#: Generated vaults are kept here between runs (one per generator and size); delete to rebuild.
CACHE = Path(os.environ.get("FIELDDOC_BENCH_CACHE", "/tmp/fielddoc-bench-vaults"))


def add_size_args(ap: argparse.ArgumentParser, default: str = "10000,100000", runs: int = 5) -> None:
    ap.add_argument("--sizes", default=default, help="record counts, comma-separated (default %(default)s)")
    ap.add_argument("--million", action="store_true", help="add 1,000,000 records (hours, tens of GB)")
    ap.add_argument("--runs", type=int, default=runs, help="runs per figure (>= 5; default %(default)s)")


def sizes_of(args: argparse.Namespace) -> list[int]:
    sizes = [int(s.replace("_", "")) for s in str(args.sizes).split(",") if s.strip()]
    if MILLION in sizes and not args.million:
        raise SystemExit("1,000,000 records only with --million")
    if args.million and MILLION not in sizes:
        sizes.append(MILLION)
    if args.runs < 5:
        raise SystemExit("--runs: at least 5 (median and spread of fewer say little)")
    return sizes


@dataclass
class Timing:
    """Seconds of every run of one case."""

    samples: list[float] = field(default_factory=list)

    def add(self, seconds: float) -> None:
        self.samples.append(seconds)

    def time(self, fn, *args, **kwargs):  # noqa: ANN001, ANN201 - any callable
        t0 = time.perf_counter()
        out = fn(*args, **kwargs)
        self.add(time.perf_counter() - t0)
        return out

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def pct(self, p: float) -> float:
        values = sorted(self.samples)
        return values[min(len(values) - 1, int(len(values) * p))]

    def ms(self) -> str:
        """``median (fastest–slowest)`` in milliseconds."""
        return f"{self.median * 1000:.1f} ({min(self.samples) * 1000:.1f}–{max(self.samples) * 1000:.1f})"

    def s(self) -> str:
        return f"{self.median:.2f} ({min(self.samples):.2f}–{max(self.samples):.2f})"


def print_table(title: str, header: list[str], rows: list[list[object]]) -> None:
    """One Markdown table: paste it into bench/README.md as it is."""
    print(f"\n{title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(f"{c:,}" if isinstance(c, int) else str(c) for c in row) + " |")
    sys.stdout.flush()


def generate(n: int, seed: int = 7) -> dict:
    """N records like an HQ's: people, cases, hearings with fair-trial answers, and detentions with
    procedures and custody segments (the statistics page counts all of these)."""
    from bench_core import generate as core
    from fielddoc.records import vocab

    rng = random.Random(seed)
    detentions = n // 20
    data = core(n - detentions, seed)
    items = [i for i in vocab.FAIR_TRIAL_BY_ID][:40]
    for h in data["hearings"]:
        h["fair_trial"] = [{"item": rng.choice(items), "answer": rng.choice(("yes", "no", "partly")),
                            "assessment": rng.choice(("concern", "apparent_violation", "not_assessed"))}
                           for _ in range(rng.randint(0, 3))]
    facilities, procedures = vocab.VOCABS["facility_type"], vocab.VOCABS["procedure"]
    persons = len(data["persons"])
    data["detentions"] = [
        {"id": f"det-{i}", "person_id": f"per-{rng.randrange(persons)}", "procedure": rng.choice(procedures),
         "custody_segments": [{"facility": f"facility {rng.randrange(500)}",
                               "facility_type": rng.choice(facilities)} for _ in range(rng.randint(1, 3))]}
        for i in range(detentions)]
    return data


def generated_vault(n: int) -> Path:
    """A vault of ``generate(n)`` (cheap KDF parameters), built once and kept in CACHE."""
    from fielddoc.crypto.kdf import TEST_PARAMS
    from fielddoc.records import interchange
    from fielddoc.records.service import Records
    from fielddoc.store.vault import Vault

    path = CACHE / f"hq-like-{n}"
    if (path / ".complete").exists():
        return path
    if path.exists():
        import shutil

        shutil.rmtree(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"(setup, not timed: a vault of {n:,} generated records in {path})", file=sys.stderr, flush=True)
    vault = Vault.create(path, PASS, params=TEST_PARAMS)
    vault.idle_timeout = None
    interchange.import_dataset(Records(vault), generate(n))
    vault.lock()
    (path / ".complete").write_text("ok")
    return path
