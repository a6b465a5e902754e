"""Write the known-answer vectors of docs/spec/hq-sealing.md into tests/data/vectors/hq-sealing/.

An INDEPENDENT implementation of the envelope, written from the spec: it imports nothing from
fielddoc (only the standard library and the ``cryptography`` package), so tests/test_hq_sealing_vectors.py,
which checks FieldDoc's code against these files, cross-checks the spec and the code.

    python scripts/spec_vectors_sealing.py          # rewrite the vectors
    python scripts/spec_vectors_sealing.py --check  # exit 1 if the files differ from what it would write
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import struct
import sys
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "vectors" / "hq-sealing"


def hkdf_sha256(ikm: bytes, info: bytes, length: int = 32) -> bytes:
    """RFC 5869 with no salt (a string of HashLen zeros)."""
    prk = hmac.new(b"\x00" * 32, ikm, hashlib.sha256).digest()
    out, block, i = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([i]), hashlib.sha256).digest()
        out += block
        i += 1
    return out[:length]


def test_bytes(label: str, n: int) -> bytes:
    return hashlib.sha256(label.encode("ascii")).digest()[:n]


def header(generation: int) -> bytes:
    return b"FDS\x01" + struct.pack(">I", generation)


def ad(generation: int, table: str, column: str) -> bytes:
    return b"fielddoc/v1/hq-sealed\x00" + header(generation) + f"{table}\x00{column}".encode("ascii")


def envelope(k: bytes, generation: int, table: str, column: str, nonce: bytes, plain: str) -> str:
    key = hkdf_sha256(k, b"fielddoc/v1/hq-seal")
    body = AESGCM(key).encrypt(nonce, plain.encode("utf-8"), ad(generation, table, column))
    return base64.b64encode(header(generation) + nonce + body).decode("ascii")


def build() -> dict[str, bytes]:
    k = test_bytes("hq-sealing K", 32)
    files: dict[str, Any] = {}

    def ok(name: str, generation: int, table: str, column: str, plain: str, comment: str,
           record: str | None = None) -> str:
        nonce = test_bytes(f"hq-sealing nonce {name}", 12)
        env = envelope(k, generation, table, column, nonce, plain)
        files[name] = {
            "structure": "hq-sealing", "name": name, "comment": comment, "expect": "ok",
            "k_hex": k.hex(), "generation": generation, "table": table, "column": column, "record": record,
            "seal_key_hex": hkdf_sha256(k, b"fielddoc/v1/hq-seal").hex(),
            "search_key_hex": hkdf_sha256(k, b"fielddoc/v1/hq-search").hex(),
            "ad_hex": ad(generation, table, column).hex(), "nonce_hex": nonce.hex(),
            "plaintext": plain, "envelope": env,
        }
        return env

    doc = '{"id":"per-1","name":"Роза Тулетаева"}'
    env = ok("records-doc", 1, "records", "doc", doc, "a record's document, bound to its row id", "per-1")
    ok("records-title", 3, "records", "title", "Роза Тулетаева", "a title, generation 3", "per-1")
    ok("audit-empty", 1, "audit", "detail", "", "an empty audit detail is sealed too")

    def fail(name: str, stored: str, comment: str, **as_: Any) -> None:
        files[name] = {
            "structure": "hq-sealing", "name": name, "comment": comment, "expect": "error",
            "k_hex": k.hex(), "generation": as_.get("generation", 1), "table": as_.get("table", "records"),
            "column": as_.get("column", "doc"), "record": as_.get("record", "per-1"), "envelope": stored,
        }

    fail("fail-other-column", env, "an envelope of records.doc read as records.title", column="title")
    fail("fail-other-table", env, "an envelope of records.doc read as revisions.doc", table="revisions")
    fail("fail-other-generation", env, "read by a member holding K of generation 2", generation=2)
    fail("fail-other-record", env, "moved to the row of record per-2 (its id is not the document's)",
         record="per-2")
    raw = bytearray(base64.b64decode(env))
    raw[-1] ^= 1
    fail("fail-flipped-tag", base64.b64encode(bytes(raw)).decode("ascii"), "one bit of the tag flipped")
    fail("fail-plaintext", doc, "a plaintext document planted where an envelope belongs")
    short = base64.b64encode(header(1) + b"\x00" * 20).decode("ascii")
    fail("fail-short", short, "shorter than nonce and tag")
    return {f"{n}.json": (json.dumps(d, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
            for n, d in sorted(files.items())}


def main(argv: list[str]) -> int:
    files = build()
    if "--check" in argv:
        bad = [n for n, b in files.items() if not (OUT / n).is_file() or (OUT / n).read_bytes() != b]
        for n in bad:
            print("differs:", n)
        return 1 if bad else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (OUT / name).write_bytes(content)
    print(f"{len(files)} vectors in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
