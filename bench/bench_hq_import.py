"""HQ import benchmark on generated data (issue 4).

Prints, for N generated records (default 50,000) sent in one bundle:
- export time of the bundle on the device;
- HQ import throughput in records/s (target >= 10k records/s), against the JSON
  interchange import of the same records into a vault in the same run;
- re-import time of the same bundle (target < 10% of the first import).

HQ runs on its SQLCipher vault, and on PostgreSQL when --db-url (or
FIELDDOC_TEST_PG_URL) names a server: a fresh database is created there.

With --runs R (default 1) each store imports the bundle R times, every time into a fresh
HQ (a fresh database on PostgreSQL), and prints the median and the spread (fastest-slowest)
of the first imports; --stores picks the stores (default both).

With --pg-write copy,executemany the PostgreSQL runs alternate between the ways the import
writes its rows (fielddoc.hq.staging.PG_WRITE: COPY of the values the column types made, or a
SQLAlchemy Core executemany), run by run in the same session, and each gets its median.

With --fixture DIR the device vault, the staging HQ and the bundle are made once in DIR and
reused by later invocations with the same --records (so a reference tree and this one can
alternate invocation by invocation on the same bundle, without regenerating it); --skip-json
leaves out the JSON interchange reference. --profile FILE writes a cProfile of the (last) import.

usage: python bench/bench_hq_import.py [--records N] [--db-url URL] [--runs R]
                                       [--stores sqlcipher,postgresql] [--pg-write copy,executemany]
                                       [--fixture DIR] [--skip-json] [--profile FILE]
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import os
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_core import generate  # noqa: E402
from fielddoc.bundle.device import add_recipient, device_fingerprint, enrolment  # noqa: E402
from fielddoc.bundle.writer import export_bundle  # noqa: E402
from fielddoc.crypto import kdf  # noqa: E402
from fielddoc.hq import devices  # noqa: E402
from fielddoc.hq import staging as hq_staging  # noqa: E402
from fielddoc.hq.importer import import_bundle  # noqa: E402
from fielddoc.hq.store import from_vault, init_hq  # noqa: E402
from fielddoc.records import interchange  # noqa: E402
from fielddoc.records.service import Records  # noqa: E402
from fielddoc.store.vault import Vault  # noqa: E402

PASS = "benchmark passphrase only"
PROFILE: str | None = None


def pg_database(url: str) -> tuple[str, object]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = "fdbench_" + secrets.token_hex(4)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(url).set(database=name).render_as_string(hide_password=False), drop


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=50_000)
    ap.add_argument("--db-url", default=os.environ.get("FIELDDOC_TEST_PG_URL"))
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--stores", default="sqlcipher,postgresql")
    ap.add_argument("--pg-write", default="copy", help="comma-separated: copy, executemany (alternated)")
    ap.add_argument("--fixture", help="a folder keeping the vault and the bundle between invocations")
    ap.add_argument("--skip-json", action="store_true", help="no JSON interchange reference")
    ap.add_argument("--profile", help="write a cProfile of the last import to this file")
    args = ap.parse_args()
    global PROFILE
    PROFILE = args.profile
    with contextlib.ExitStack() as stack:
        if args.fixture:
            folder = Path(args.fixture) / str(args.records)
            folder.mkdir(parents=True, exist_ok=True)
            for old in folder.glob("hq-*-*"):  # the HQs of an interrupted invocation
                if old.name != "hq-card":
                    shutil.rmtree(old, ignore_errors=True)
        else:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        bundles = sorted((folder / "out").glob("*")) if (folder / "out").is_dir() else []
        if bundles and (folder / "n").is_file():
            n = int((folder / "n").read_text())
            field = Vault.open(folder / "field", PASS)
            field.idle_timeout = None
            path = bundles[0]
            print(f"fixture {folder}: {n} records, bundle {path.stat().st_size / 1e6:.1f} MB (made before)")
        else:
            field, path, n = make_fixture(folder, args.records, args.skip_json)
            (folder / "n").write_text(str(n))
        # every HQ below holds the staging HQ's keys, to which the bundle is encrypted
        for label, base in (("sqlcipher", None), ("postgresql", args.db_url)):
            if label not in args.stores.split(","):
                continue
            if label == "postgresql" and not base:
                print("[postgresql] skipped: give --db-url or set FIELDDOC_TEST_PG_URL")
                continue
            modes = args.pg_write.split(",") if label == "postgresql" else ["-"]
            by_mode: dict[str, list[float]] = {m: [] for m in modes}
            for run in range(args.runs):
                for mode in modes:
                    if mode != "-":
                        hq_staging.PG_WRITE = mode
                    drop, url = None, base
                    if url:
                        url, drop = pg_database(url)
                    try:
                        by_mode[mode].append(
                            run_same_identity(folder, field, path, n, url, f"{label}-{mode}-{run}")
                        )
                    finally:
                        if drop:
                            drop()  # type: ignore[operator]
            for mode, times in by_mode.items():
                med = statistics.median(times)
                print(
                    f"[{label}{'' if mode == '-' else ' ' + mode}] {n} records, {len(times)} runs: "
                    f"median {med:.2f} s = {n / med:,.0f} records/s, "
                    f"spread {min(times):.2f}-{max(times):.2f} s "
                    f"({n / max(times):,.0f}-{n / min(times):,.0f}/s)"
                )
        field.lock()


def make_fixture(folder: Path, records: int, skip_json: bool) -> tuple[Vault, Path, int]:
    """The device vault with ``records`` generated records, the staging HQ and one bundle to it."""
    data = generate(records)
    n = sum(len(v) for v in data.values())
    field = Vault.create(folder / "field", PASS, params=kdf.TEST_PARAMS)
    field.idle_timeout = None
    t0 = time.perf_counter()
    interchange.import_dataset(Records(field), data)
    t_json = time.perf_counter() - t0
    if not skip_json:
        print(
            f"reference: JSON interchange import of the same {n} records into a vault: {t_json:.2f} s "
            f"= {n / t_json:,.0f} records/s"
        )
    staging = init_hq(folder / "hq-card", PASS, params=kdf.TEST_PARAMS)
    card = staging.card()
    add_recipient(field, card, card.fingerprint)
    (folder / "out").mkdir()
    t0 = time.perf_counter()
    res = export_bundle(field, folder / "out")
    t_export = time.perf_counter() - t0
    assert res is not None
    print(f"export of {res.revisions} revisions: {t_export:.2f} s ({res.size / 1e6:.1f} MB bundle)")
    staging.lock()
    return field, Path(res.path), n


def server_cpu(db_url: str | None) -> float:
    """CPU seconds (user + system) of the whole PostgreSQL cluster serving ``db_url``'s database:
    the postmaster's children alive now, plus those that ended (reaped into the postmaster's
    cutime/cstime), when the server runs on this machine and this user may read its /proc (else 0).

    Wall time on a shared machine mostly measures the other tenants; CPU time is the work. The
    difference across an import is the server's share of it (backends, WAL writer, checkpointer,
    autovacuum), if nothing else uses the cluster meanwhile (a throwaway one: scripts/pg-start.sh).
    """
    if not db_url or not Path("/proc/self/stat").exists():
        return 0.0
    from sqlalchemy.engine import make_url

    name = f" {make_url(db_url).database} ".encode()
    stats: dict[int, list[str]] = {}
    postmaster = None
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes()  # the postmaster's is its path: every process read
            stats[int(proc.name)] = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if cmd.startswith(b"postgres: ") and name in cmd:
            postmaster = int(stats[int(proc.name)][1])  # a backend of this database: its parent
    if postmaster is None or postmaster not in stats:
        return 0.0
    own = stats[postmaster]  # utime, stime, cutime, cstime
    total = sum(int(own[i]) for i in (11, 12, 13, 14))
    total += sum(int(f[11]) + int(f[12]) for pid, f in stats.items() if int(f[1]) == postmaster)
    return total / os.sysconf("SC_CLK_TCK")


def run_same_identity(
    folder: Path, field: Vault, bundle: Path, n: int, db_url: str | None, label: str
) -> float:
    """An HQ holding the staging HQ's keys (the bundle is encrypted to them)."""
    staging = Vault.open(folder / "hq-card", PASS)
    keys = from_vault(staging)
    identity, signing_key = keys.identities()[0], staging.signing_key()
    staging.lock()
    hq = init_hq(
        folder / f"hq-{label}",
        PASS,
        params=kdf.TEST_PARAMS,
        db_url=db_url,
        age_identity=identity,
        signing_key=signing_key,
    )
    devices.enrol(hq, enrolment(field), device_fingerprint(field))
    prof = cProfile.Profile() if PROFILE else None
    server = server_cpu(db_url)
    t0, c0 = time.perf_counter(), time.process_time()
    if prof:
        prof.enable()
    res = import_bundle(hq, bundle)
    if prof:
        prof.disable()
        prof.dump_stats(PROFILE)
    t_first, c_first = time.perf_counter() - t0, time.process_time() - c0
    s_first = server_cpu(db_url) - server
    assert res.new_revisions == n, res
    t0 = time.perf_counter()
    again = import_bundle(hq, bundle)
    t_again = time.perf_counter() - t0
    assert again.status == "already_imported"
    print(
        f"[{label}] HQ import of {n} records: {t_first:.2f} s = {n / t_first:,.0f} records/s   "
        f"[target >= 10,000/s]  (this process's CPU time {c_first:.2f} s: wall time above it means "
        "the machine was busy)"
        + (f"; the PostgreSQL cluster's CPU time {s_first:.2f} s" if db_url else "")
    )
    print(
        f"[{label}] re-import of the same bundle: {t_again:.3f} s = {100 * t_again / t_first:.1f}% of the "
        f"first   [target < 10%]"
    )
    hq.lock()
    shutil.rmtree(folder / f"hq-{label}", ignore_errors=True)
    return t_first


if __name__ == "__main__":
    main()
