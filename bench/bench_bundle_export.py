"""Bundle export benchmark (issue 4): FieldDoc export vs the ``age`` CLI on the same bytes.

Generates attachment files totalling --gib GiB (default 1), encrypts them into a
field vault, then in the same run:
- ``age -r RECIPIENT`` over the same plaintext bytes (``cat files | age``),
- ``export_bundle`` in a child process (decrypts each attachment from the vault,
  hashes it, frames it, signs, and age-encrypts the stream with pyrage),
and prints both throughputs, their ratio (target >= 0.7x) and the export's
peak memory (target < 200 MB, measured as the child's maximum RSS).

Each is run --rounds times (default 5, at least 5), alternating, after ``sync`` so that
the write-back of one run's gigabyte is not charged to the next; the medians of whole
processes are compared (the export's child: interpreter start-up, unlock with cheap KDF
parameters and the export; the age CLI: ``cat | age``), with their spreads. The time
inside the export's process is shown apart, never in the ratios. Both write their output
to the same folder. The export fsyncs its file
and folder (an atomic, durable write: kill -9 or power loss leaves no partial
bundle), which ``age -o`` does not; so the age reference is also timed with an
fsync of its output (``age -o F && sync F``), and both ratios are printed. On a
machine whose disk is slower than the cipher, the second is the fair one.

``--verify`` decrypts the last round's bundle with the age CLI and checks it is a FieldDoc
bundle (sizes here are bytes of attachments, not records: --sizes does not apply).

usage: python bench/bench_bundle_export.py [--gib 1.0] [--files 16] [--rounds 5] [--dir DIR] [--verify]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fielddoc.attachments import service as att
from fielddoc.bundle import age
from fielddoc.bundle.cards import RecipientCard
from fielddoc.bundle.device import add_recipient
from fielddoc.bundle.format import MAGIC
from fielddoc.crypto import kdf, signing
from fielddoc.records.service import Records
from fielddoc.store.vault import Vault

PASS = "benchmark passphrase only"
CHILD = """
import sys, time
from pathlib import Path
from fielddoc.bundle.writer import export_bundle
from fielddoc.store.vault import Vault
v = Vault.open(sys.argv[1], sys.argv[2]); v.idle_timeout = None
t0 = time.perf_counter()
res = export_bundle(v, Path(sys.argv[3]))
dt = time.perf_counter() - t0
hwm = 0
try:  # this process's own peak RSS (reset at exec, unlike ru_maxrss)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            hwm = int(line.split()[1]) * 1024
except OSError:
    import resource
    hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(dt, res.size, res.path, hwm)
"""


def run(cmd: str) -> tuple[float, str]:
    """Wall time and stdout of a shell command."""
    t0 = time.perf_counter()
    out = subprocess.run(cmd, shell=True, check=True, stdout=subprocess.PIPE).stdout
    return time.perf_counter() - t0, out.decode()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gib", type=float, default=1.0)
    ap.add_argument("--files", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--dir", help="work folder (needs about 4x the data size free)")
    ap.add_argument("--verify", action="store_true", help="also decrypt the bundle with the age CLI")
    args = ap.parse_args()
    if args.rounds < 5:
        raise SystemExit("--rounds: at least 5 (median and spread of fewer say little)")
    if shutil.which("age") is None:
        raise SystemExit("the age CLI is needed for the reference (apt-get install age)")
    total = int(args.gib * (1 << 30))
    per = total // args.files
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        rng = random.Random(1)
        plain = []
        for i in range(args.files):
            p = folder / f"photo-{i:02d}.bin"
            with open(p, "wb") as fh:
                left = per
                while left:
                    n = min(left, 16 << 20)
                    fh.write(rng.randbytes(n))
                    left -= n
            plain.append(p)
        size = per * args.files
        vault = Vault.create(folder / "field", PASS, params=kdf.TEST_PARAMS)
        vault.idle_timeout = None
        rec = Records(vault)
        rec.create("case", {"id": "case-1", "title": "Benchmark case"})
        t0 = time.perf_counter()
        for p in plain:
            att.attach(vault, rec, p, related_ids=["case-1"])
        t_attach = time.perf_counter() - t0
        identity, recipient = age.generate_identity()
        card = RecipientCard.make("Bench HQ", recipient, signing.generate()[0])
        add_recipient(vault, card, card.fingerprint)
        vault.lock()
        print(
            f"{args.files} files, {size / (1 << 20):.0f} MiB in all (encrypting them into the vault took "
            f"{t_attach:.1f} s)"
        )

        ref_out = folder / "reference.age"
        files = " ".join(str(p) for p in plain)
        out = folder / "out"
        ages: list[float] = []
        ages_durable: list[float] = []
        exports: list[tuple[float, float, str]] = []
        for _ in range(args.rounds):
            ref_out.unlink(missing_ok=True)
            os.sync()
            ages.append(run(f"cat {files} | age -r {recipient} -o {ref_out}")[0])
            ref_out.unlink()
            os.sync()
            ages_durable.append(run(f"cat {files} | age -r {recipient} -o {ref_out} && sync {ref_out}")[0])
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            os.sync()
            t0 = time.perf_counter()
            argv = [sys.executable, "-c", CHILD, str(folder / "field"), PASS, str(out)]
            env = dict(os.environ)
            env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules cached
            stdout = subprocess.run(argv, check=True, stdout=subprocess.PIPE, text=True, env=env).stdout
            exports.append((time.perf_counter() - t0, 0.0, stdout))
        rss_age = None
        if shutil.which("time") or Path("/usr/bin/time").exists():
            _, got = run(f"cat {files} | /usr/bin/time -f %M age -r {recipient} -o {ref_out} 2>&1")
            rss_age = int(got.split()[-1]) * 1024
        ref_out.unlink()
        for p in plain:
            p.unlink()
        t_age = statistics.median(ages)
        t_age_durable = statistics.median(ages_durable)
        walls = [e[0] for e in exports]
        t_total = statistics.median(walls)
        t_exp = statistics.median(float(e[2].split()[0]) for e in exports)
        rss = max(int(e[2].split()[3]) for e in exports)
        last_path = exports[-1][2].split()[2]  # the bundle of the last round is still there
        bundle_size = int(exports[-1][2].split()[1])

        def spread(values: list[float]) -> str:
            return f"{min(values):.2f}–{max(values):.2f} s"

        mb = size / 1e6
        mem = f"{rss_age / 1e6:.0f} MB" if rss_age else "n/a"
        print(f"age CLI (cat | age -r), whole process: median {t_age:.2f} s ({spread(ages)}) = "
              f"{mb / t_age:,.0f} MB/s, peak RSS {mem}")
        print(f"age CLI + fsync of its output: median {t_age_durable:.2f} s ({spread(ages_durable)}) = "
              f"{mb / t_age_durable:,.0f} MB/s")
        print(f"FieldDoc export, whole process (start-up, unlock, export): median {t_total:.2f} s "
              f"({spread(walls)}) = {mb / t_total:,.0f} MB/s; inside the process {t_exp:.2f} s; "
              f"bundle {bundle_size / 1e6:,.0f} MB")
        print(f"ratio export/age, whole processes: {t_age / t_total:.2f}x   [target >= 0.7x]")
        print(f"ratio export/(age + fsync), whole processes, both durable: {t_age_durable / t_total:.2f}x")
        print(
            f"export peak memory (peak RSS of the exporting process): {rss / 1e6:.0f} MB   [target < 200 MB]"
        )
        if args.verify:
            ident = folder / "id.txt"
            ident.write_text(identity + "\n")
            plain_out = folder / "bundle.plain"
            t_v, _ = run(f"age -d -i {ident} -o {plain_out} {last_path}")
            with plain_out.open("rb") as fh:
                head = fh.read(len(MAGIC))
            plain_out.unlink()
            if head != MAGIC:
                raise SystemExit(f"--verify: the decrypted bundle does not start with {MAGIC!r}")
            print(f"the bundle decrypts with the age CLI ({t_v:.1f} s) and starts with {MAGIC.decode()}")


if __name__ == "__main__":
    main()
