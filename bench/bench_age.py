"""Benchmark fielddoc.bundle.age against the age CLI, on the same bytes, in the same run.

    python bench/bench_age.py [--mib 1024] [--runs 5] [--tmp DIR]

Generates --mib MiB of random data in a temporary folder, then measures, file
to file:

* encryption: our ``encrypt_stream`` vs ``age -r RECIPIENT -o out in``;
* decryption of the age CLI's output: our ``decrypt_stream`` vs ``age -d``;
* both again with the output fsynced (the export writes durably; ``age -o`` does not):
  the parent fsyncs the output file right after either process exits, timed with it;

and checks every output (SHA-256, and that ``age -d`` opens our file). BOTH sides are timed
the same way: the wall time of a whole process, interpreter start-up and imports included for
ours, process start-up for the age CLI. Our child also reports the time inside it (shown
apart, never used in the ratios). Peak RSS: VmHWM polled from /proc/PID/status (Linux).
Median and spread (fastest-slowest) of --runs runs (>= 5), the order of the two sides
alternating and os.sync() before every run. Prints figures only; asserts nothing.
(Sizes here are bytes, not records: --sizes does not apply.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MiB = 1 << 20
BASELINES: list[int | None] = []
OPERATIONS = ("encrypt", "decrypt", "enc>null", "dec>null")
Runner = Callable[[], tuple[float, float, int | None]]


def _child(argv: list[str]) -> None:
    """Run one operation of ours and print its duration as JSON."""
    sys.path.insert(0, str(ROOT / "src"))
    from fielddoc.bundle import age

    op, src_path, dst_path, key = argv
    baseline = _vm_hwm_kib("self")  # interpreter + cryptography, before any I/O
    with open(src_path, "rb") as src, open(dst_path, "wb") as dst:
        start = time.perf_counter()
        if op == "encrypt":
            age.encrypt_stream(src, dst, [key])
        else:
            age.decrypt_stream(src, [key], dst.write)
        dst.flush()
        seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "peak_kib": _vm_hwm_kib("self"), "base_kib": baseline}))


def _vm_hwm_kib(pid: int | str) -> int | None:
    """Peak RSS (VmHWM) of a live process from /proc, in KiB; None if unavailable."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _run(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int | None, str]:
    """Run cmd; return (wall seconds, peak RSS in KiB, stdout).

    The peak RSS is VmHWM polled from /proc while the process runs (ru_maxrss of
    a child also counts its Python parent's memory at fork time, so it is not used).
    """
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        peak: int | None = None
        while proc.poll() is None:
            peak = max(peak or 0, _vm_hwm_kib(proc.pid) or 0) or peak
            time.sleep(0.002)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode(errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed ({proc.returncode}): {stderr}")
    return wall, peak, stdout


def _fsync(path: Path | None) -> float:
    """Seconds to fsync ``path`` (the parent does it for either side, right after the process)."""
    if path is None:
        return 0.0
    start = time.perf_counter()
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return time.perf_counter() - start


def _ours(op: str, src: Path, dst: Path, key: str) -> tuple[float, float, int | None]:
    """(wall seconds of the whole process, seconds inside it, peak RSS KiB)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules cached
    wall, _, out = _run([sys.executable, __file__, "--child", op, str(src), str(dst), key], env)
    result = json.loads(out)
    BASELINES.append(result["base_kib"])
    return wall, result["seconds"], result["peak_kib"]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(4 * MiB):
            digest.update(block)
    return digest.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=int, default=1024, help="plaintext size in MiB")
    parser.add_argument("--tmp", default=None, help="folder for the temporary files")
    parser.add_argument("--runs", type=int, default=5, help="runs of each (>= 5); median and spread")
    parser.add_argument("--verbose", action="store_true", help="print every run")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return
    age_cli = shutil.which("age")
    if age_cli is None:
        raise SystemExit("the age CLI is not installed (Debian/Ubuntu: apt install age)")
    sys.path.insert(0, str(ROOT / "src"))
    import cryptography

    from fielddoc.bundle import age

    version = subprocess.run([age_cli, "--version"], capture_output=True, text=True).stdout
    size = args.mib * MiB
    mb = size / 1e6
    secret, recipient = age.generate_identity()
    print(f"plaintext {args.mib} MiB; age CLI {version.strip()}; python {sys.version.split()[0]}; ")
    print(f"cryptography {cryptography.__version__}; fielddoc.bundle.age; {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="bench-age-", dir=args.tmp) as tmp:
        folder = Path(tmp)
        plain = folder / "plain.bin"
        (folder / "key.txt").write_text(secret + "\n")
        os.chmod(folder / "key.txt", 0o600)
        with plain.open("wb") as f:
            for _ in range(args.mib):
                f.write(os.urandom(MiB))
        plain_sha = _sha256(plain)

        keyfile = str(folder / "key.txt")
        enc_ours, enc_cli = folder / "ours.age", folder / "cli.age"
        out_ours, out_cli = folder / "out-ours", folder / "out-cli"

        def ours(op: str, src: Path, dst: Path, key: str, sync: bool = False) -> Runner:
            def run() -> tuple[float, float, int | None]:
                wall, inside, rss = _ours(op, src, dst, key)
                return wall + (_fsync(dst) if sync else 0.0), inside, rss

            return run

        def cli(*cmd: str, sync: Path | None = None) -> Runner:
            def run() -> tuple[float, float, int | None]:
                wall, rss, _ = _run([age_cli, *cmd])
                return wall + _fsync(sync), wall, rss

            return run

        null = Path(os.devnull)
        plan: list[tuple[str, str, Runner, Path | None]] = [
            ("encrypt", "fielddoc", ours("encrypt", plain, enc_ours, recipient), None),
            ("encrypt", "age CLI", cli("-r", recipient, "-o", str(enc_cli), str(plain)), None),
            ("enc+fsync", "fielddoc", ours("encrypt", plain, enc_ours, recipient, True), None),
            ("enc+fsync", "age CLI", cli("-r", recipient, "-o", str(enc_cli), str(plain), sync=enc_cli),
             None),
            ("decrypt", "fielddoc", ours("decrypt", enc_cli, out_ours, secret), out_ours),
            ("decrypt", "age CLI", cli("-d", "-i", keyfile, "-o", str(out_cli), str(enc_cli)), out_cli),
            ("enc>null", "fielddoc", ours("encrypt", plain, null, recipient), None),
            ("enc>null", "age CLI", cli("-r", recipient, "-o", os.devnull, str(plain)), None),
            ("dec>null", "fielddoc", ours("decrypt", enc_cli, null, secret), None),
            ("dec>null", "age CLI", cli("-d", "-i", keyfile, "-o", os.devnull, str(enc_cli)), None),
        ]
        runs: dict[tuple[str, str], list[tuple[float, float, int | None]]] = {}
        checks: dict[str, bool] = {}
        ops = list(dict.fromkeys(p[0] for p in plan))
        for rep in range(max(5, args.runs)):
            # alternate the order so neither side always pays for the other's writeback
            for op in ops:
                pair = [p for p in plan if p[0] == op]
                for _, impl, fn, out in pair if rep % 2 == 0 else reversed(pair):
                    os.sync()  # flush earlier writes, untimed
                    result = fn()
                    if args.verbose:
                        print(f"  run {rep + 1}: {op:<9} {impl:<18} {mb / result[0]:8.0f} MB/s")
                    runs.setdefault((op, impl), []).append(result)
                    if out is not None:
                        if impl not in checks:
                            checks[impl] = _sha256(out) == plain_sha
                        out.unlink()
        _run([age_cli, "-d", "-i", keyfile, "-o", str(folder / "out-x"), str(enc_ours)])
        interop_ok = _sha256(folder / "out-x") == plain_sha
        ours_ok, cli_ok = checks["fielddoc"], checks["age CLI"]

        def med(op: str, impl: str, i: int = 0) -> float:
            return statistics.median(r[i] for r in runs[(op, impl)])

        n = len(next(iter(runs.values())))
        print("\n| operation | implementation | median s (whole process) | spread s | MB/s | "
              "inside our process s | peak RSS |\n|---|---|---|---|---|---|---|")
        for op, impl, _, _ in plan:
            got = runs[(op, impl)]
            walls = [r[0] for r in got]
            inside = f"{med(op, impl, 1):.2f}" if impl == "fielddoc" else "-"
            peaks = [r[2] for r in got if r[2]]
            peak = f"{max(peaks) / 1024:.1f} MiB" if peaks else "n/a"
            print(f"| {op} | {impl} | {statistics.median(walls):.2f} | {min(walls):.2f}–{max(walls):.2f} | "
                  f"{mb / statistics.median(walls):,.0f} | {inside} | {peak} |")
        print(f"(median of {n} runs each, os.sync() before every run; \"+fsync\": the output fsynced "
              "after the process, timed for both sides)")
        if all(BASELINES):
            base = max(b for b in BASELINES if b) / 1024
            print(f"(our child's peak RSS after imports, before any I/O: {base:.1f} MiB)")
        for op in ops:
            print(f"{op}: fielddoc / age CLI throughput ratio (whole processes, medians) = "
                  f"{med(op, 'age CLI') / med(op, 'fielddoc'):.2f}")
        print(
            f"\nchecks: our decrypt output {'OK' if ours_ok else 'MISMATCH'}, "
            f"age CLI decrypt output {'OK' if cli_ok else 'MISMATCH'}, "
            f"age -d opens our file {'OK' if interop_ok else 'MISMATCH'}"
        )


if __name__ == "__main__":
    main()
