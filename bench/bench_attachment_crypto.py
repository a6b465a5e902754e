"""Throughput of the encrypted attachment format, with raw references from the same run.

    .venv/bin/python bench/bench_attachment_crypto.py [--mib 512] [--dir PATH] [--repeat 1]

Writes a file of random bytes (the plaintext) into a temporary folder on disk,
then measures, file -> file:

* ``encrypt_file``  (AES-256-GCM STREAM + SHA-256 + SHA-512 of the plaintext)
* ``decrypt_file``  (with ``expected_sha256``, as the attachment service extracts)
* ``verify_file``   (decrypt + SHA-256, nothing written)

and, as references in the same run: a plain file copy in 64 KiB pieces (the
I/O alone) and, over the same bytes held in memory (no I/O): raw ``AESGCM.encrypt`` in
64 KiB chunks, SHA-256 alone and SHA-512 alone. The plaintext was just written,
so it is usually in the page cache: the figures are mostly CPU, not disk.
Prints MB/s (10**6 bytes per second) and ratios; asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fielddoc.crypto.keys import random_key
from fielddoc.crypto.stream import CHUNK_SIZE, decrypt_file, encrypt_file, verify_file

BLOCK = 64 << 20  # in-memory references work on 64 MiB at a time


def fs_type(path: Path) -> str:
    """The file-system type holding ``path`` (Linux), to tell disk from tmpfs."""
    best, kind = "", "?"
    try:
        with open("/proc/mounts", encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) >= 3 and str(path).startswith(parts[1]) and len(parts[1]) > len(best):
                    best, kind = parts[1], parts[2]
    except OSError:
        pass
    return kind


def make_plaintext(path: Path, size: int) -> float:
    t0 = time.perf_counter()
    with open(path, "wb") as fh:
        left = size
        while left:
            n = min(left, 1 << 20)
            fh.write(os.urandom(n))
            left -= n
    return time.perf_counter() - t0


def best_of(repeat: int, fn: Callable[[], float]) -> float:
    return min(fn() for _ in range(repeat))


def in_memory(path: Path, work: Callable[[memoryview], None]) -> float:
    """Time ``work`` over the file's bytes, 64 MiB at a time, excluding the reads."""
    spent = 0.0
    with open(path, "rb") as fh:
        while True:
            block = fh.read(BLOCK)
            if not block:
                return spent
            view = memoryview(block)
            t0 = time.perf_counter()
            work(view)
            spent += time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mib", type=int, default=512, help="plaintext size in MiB (default 512)")
    ap.add_argument("--dir", type=Path, default=None, help="parent of the temporary folder")
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement; the best is shown")
    args = ap.parse_args()
    size = args.mib << 20
    key = random_key()

    with tempfile.TemporaryDirectory(prefix="fd-bench-", dir=args.dir) as tmp:
        folder = Path(tmp)
        plain, cipher, back = folder / "plain.bin", folder / "cipher.fda", folder / "back.bin"
        print(f"FieldDoc attachment crypto benchmark: {args.mib} MiB, chunk {CHUNK_SIZE // 1024} KiB")
        print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs; "
              f"temp folder {folder} ({fs_type(folder)})")
        gen = make_plaintext(plain, size)
        print(f"  generated plaintext in {gen:.2f} s")

        sha_box: list[str] = []

        def enc() -> float:
            t0 = time.perf_counter()
            with open(plain, "rb") as src, open(cipher, "wb") as dst:
                res = encrypt_file(key, src, dst)
            dt = time.perf_counter() - t0
            sha_box[:] = [res.sha256]
            return dt

        def dec() -> float:
            t0 = time.perf_counter()
            with open(cipher, "rb") as src, open(back, "wb") as dst:
                decrypt_file(key, src, dst, expected_sha256=sha_box[0])
            return time.perf_counter() - t0

        def ver() -> float:
            t0 = time.perf_counter()
            verify_file(key, cipher, sha_box[0])
            return time.perf_counter() - t0

        def copy() -> float:
            t0 = time.perf_counter()
            with open(plain, "rb") as src, open(back, "wb") as dst:
                shutil.copyfileobj(src, dst, CHUNK_SIZE)
            return time.perf_counter() - t0

        aead = AESGCM(key)
        nonce, aad = bytes(12), bytes(33)

        def raw_gcm(view: memoryview) -> None:
            for i in range(0, len(view), CHUNK_SIZE):
                aead.encrypt(nonce, view[i : i + CHUNK_SIZE], aad)

        def hasher(name: str) -> Callable[[memoryview], None]:
            h = hashlib.new(name)

            def work(view: memoryview) -> None:
                for i in range(0, len(view), CHUNK_SIZE):
                    h.update(view[i : i + CHUNK_SIZE])

            return work

        t_enc = best_of(args.repeat, enc)
        t_dec = best_of(args.repeat, dec)
        t_ver = best_of(args.repeat, ver)
        t_copy = best_of(args.repeat, copy)
        t_gcm = best_of(args.repeat, lambda: in_memory(plain, raw_gcm))
        t_s256 = best_of(args.repeat, lambda: in_memory(plain, hasher("sha256")))
        t_s512 = best_of(args.repeat, lambda: in_memory(plain, hasher("sha512")))

        overhead = cipher.stat().st_size - size
        mbps = {name: size / t / 1e6 for name, t in [
            ("encrypt_file (file->file, +SHA-256 +SHA-512)", t_enc),
            ("decrypt_file (file->file, +SHA-256 check)", t_dec),
            ("verify_file (decrypt + SHA-256, no output)", t_ver),
            ("plain copy file->file, 64 KiB, no crypto", t_copy),
            ("raw AESGCM.encrypt, 64 KiB chunks, in memory", t_gcm),
            ("SHA-256 alone, in memory", t_s256),
            ("SHA-512 alone, in memory", t_s512),
        ]}
        gcm = size / t_gcm / 1e6
        s256 = size / t_s256 / 1e6
        print(f"  ciphertext overhead: {overhead} bytes ({overhead / size * 100:.4f} %)")
        cp = size / t_copy / 1e6
        print(f"  {'measurement':48} {'MB/s':>9} {'/ raw GCM':>10} {'/ SHA-256':>10} {'/ copy':>8}")
        for name, v in mbps.items():
            print(f"  {name:48} {v:9.0f} {v / gcm:10.2f} {v / s256:10.2f} {v / cp:8.2f}")
        # What the format could reach if the three CPU passes were the only cost:
        s512 = size / t_s512 / 1e6
        bound = 1 / (1 / gcm + 1 / s256 + 1 / s512)
        print(f"  CPU bound for encrypt (GCM + SHA-256 + SHA-512 in series): {bound:.0f} MB/s; "
              f"encrypt_file reaches {mbps[next(iter(mbps))] / bound * 100:.0f} % of it")
        dbound = 1 / (1 / gcm + 1 / s256)
        print(f"  CPU bound for decrypt (GCM + SHA-256 in series): {dbound:.0f} MB/s")


if __name__ == "__main__":
    main()
