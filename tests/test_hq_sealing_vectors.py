"""The envelope of docs/spec/hq-sealing.md: FieldDoc's code against the known-answer vectors.

The vectors (tests/data/vectors/hq-sealing/) are written by scripts/spec_vectors_sealing.py,
an implementation of the spec that imports nothing from FieldDoc.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from fielddoc.errors import SealedValueRefused
from fielddoc.store.sealing import ROW_CHECKS, SEAL_INFO, SEARCH_INFO, Sealer, associated_data, subkey

ROOT = Path(__file__).resolve().parent.parent
VECTORS = sorted((ROOT / "tests" / "data" / "vectors" / "hq-sealing").glob("*.json"))


def test_there_are_vectors_of_both_kinds():
    expects = [json.loads(p.read_text("utf-8"))["expect"] for p in VECTORS]
    assert expects.count("ok") >= 3 and expects.count("error") >= 6


def test_vectors_are_what_the_independent_implementation_writes():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "spec_vectors_sealing.py"), "--check"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr


def _open(v: dict, sealer: Sealer) -> str:
    plain = sealer.open(v["table"], v["column"], v["envelope"], v["record"])
    check = ROW_CHECKS.get((v["table"], v["column"]))
    if check is not None and v["record"] is not None and not check[1](v["record"], plain):
        raise SealedValueRefused(table=v["table"], column=v["column"], record=v["record"])
    return plain


@pytest.mark.parametrize("path", VECTORS, ids=lambda p: p.stem)
def test_vector(path):
    v = json.loads(path.read_text("utf-8"))
    k = bytes.fromhex(v["k_hex"])
    sealer = Sealer.of(k, v["generation"])
    if v["expect"] == "ok":
        assert subkey(k, SEAL_INFO).hex() == v["seal_key_hex"]
        assert subkey(k, SEARCH_INFO).hex() == v["search_key_hex"]
        assert associated_data(v["generation"], v["table"], v["column"]).hex() == v["ad_hex"]
        got = sealer.seal(v["table"], v["column"], v["plaintext"], nonce=bytes.fromhex(v["nonce_hex"]))
        assert got == v["envelope"]
        assert _open(v, sealer) == v["plaintext"]
    else:
        with pytest.raises(SealedValueRefused) as refused:
            _open(v, sealer)
        assert v["table"] in str(refused.value)
