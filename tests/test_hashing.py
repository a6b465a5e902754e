"""SHA-256 on a helper thread (crypto/hashing.py): the same digest, and no thread left behind."""

from __future__ import annotations

import hashlib
import io
import os
import threading

import pytest

from fielddoc.crypto import stream
from fielddoc.crypto.hashing import BATCH, BackgroundSHA256


@pytest.mark.parametrize("sizes", [[], [0], [1], [BATCH], [BATCH - 1, 1, 1], [65536] * 40, [7] * 1000])
def test_same_digest_as_hashlib(sizes):
    pieces = [os.urandom(n) for n in sizes]
    h = BackgroundSHA256()
    for p in pieces:
        h.update(p)
    assert h.hexdigest() == hashlib.sha256(b"".join(pieces)).hexdigest()
    h.close()  # idempotent
    assert h.hexdigest() == hashlib.sha256(b"".join(pieces)).hexdigest()


def test_decryption_with_the_hash_aside_checks_it_and_leaves_no_thread():
    key = os.urandom(32)
    plain = os.urandom(3 * 65536 + 5)
    enc = io.BytesIO()
    result = stream.encrypt_file(key, io.BytesIO(plain), enc)
    before = threading.active_count()
    got = b"".join(stream.iter_decrypt(key, io.BytesIO(enc.getvalue()), expected_sha256=result.sha256,
                                       hash_aside=True))
    assert got == plain
    with pytest.raises(stream.IntegrityError):
        list(stream.iter_decrypt(key, io.BytesIO(enc.getvalue()), expected_sha256="0" * 64, hash_aside=True))
    partial = stream.iter_decrypt(key, io.BytesIO(enc.getvalue()), hash_aside=True)
    next(partial)
    partial.close()  # an export that stops half-way (cancel, size check)
    assert threading.active_count() == before
