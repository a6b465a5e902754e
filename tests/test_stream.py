"""The encrypted attachment file format (fielddoc.crypto.stream) and sub-keys (crypto.keys).

Every way of damaging or rearranging an encrypted file must raise
IntegrityError and nothing else; the format is pinned by an independent
re-implementation of the spec and by frozen test vectors.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import random
import tracemalloc
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fielddoc.crypto import stream
from fielddoc.crypto.keys import constant_time_eq, derive_key, random_key
from fielddoc.crypto.stream import (
    CHUNK_SIZE,
    HEADER_SIZE,
    TAG_BYTES,
    decrypt_file,
    encrypt_file,
    iter_decrypt,
    read_header,
    verify_file,
)
from fielddoc.errors import AttachmentError, IntegrityError

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
CS = CHUNK_SIZE
ENC = CS + TAG_BYTES


# --------------------------------------------------------------------------- helpers
def encrypt(data: bytes, key: bytes = KEY, **kw) -> bytes:
    out = io.BytesIO()
    encrypt_file(key, io.BytesIO(data), out, **kw)
    return out.getvalue()


def decrypt(ct: bytes, key: bytes = KEY, **kw) -> bytes:
    parts: list[bytes] = []
    decrypt_file(key, io.BytesIO(ct), parts.append, **kw)
    return b"".join(parts)


def chunk_spans(ct: bytes, chunk_size: int = CS) -> list[tuple[int, int]]:
    """(start, end) of every encrypted chunk in ``ct``."""
    enc = chunk_size + TAG_BYTES
    spans = []
    pos = HEADER_SIZE
    while pos < len(ct):
        spans.append((pos, min(pos + enc, len(ct))))
        pos += enc
    return spans


def hkdf_sha256(ikm: bytes, info: bytes) -> bytes:
    """RFC 5869 with an all-zero salt and L = 32, written out independently."""
    prk = hmac.new(b"\x00" * 32, ikm, hashlib.sha256).digest()
    return hmac.new(prk, info + b"\x01", hashlib.sha256).digest()


def reference_encrypt(key: bytes, plaintext: bytes, file_id: bytes, prefix: bytes, cs: int = CS) -> bytes:
    """The format as docs/attachment-format.md describes it, without using stream.py."""
    header = b"FDAT\x01\x01" + cs.to_bytes(4, "big") + file_id + prefix
    aead = AESGCM(hkdf_sha256(key, b"fielddoc/v1/attachment\x00" + file_id))
    chunks = [plaintext[i : i + cs] for i in range(0, len(plaintext), cs)] or [b""]
    last = len(chunks) - 1
    body = b"".join(
        aead.encrypt(prefix + i.to_bytes(4, "big") + (b"\x01" if i == last else b"\x00"), c, header)
        for i, c in enumerate(chunks)
    )
    return header + body


def payload(n: int, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(n)


class ShortReads:
    """A source that returns at most a few hundred bytes per read (like a pipe)."""

    def __init__(self, data: bytes, seed: int = 7) -> None:
        self._buf = io.BytesIO(data)
        self._rnd = random.Random(seed)

    def read(self, n: int = -1) -> bytes:
        return self._buf.read(min(n, self._rnd.randint(1, 700)))


class Generated:
    """``total`` bytes produced on the fly (never held in memory at once)."""

    def __init__(self, total: int) -> None:
        self.left = total
        self.block = bytes(range(256)) * 256  # 64 KiB

    def read(self, n: int = -1) -> bytes:
        n = min(n, self.left, len(self.block))
        self.left -= n
        return self.block[:n]


class Sink:
    def __init__(self) -> None:
        self.n = 0

    def write(self, b: bytes) -> int:
        self.n += len(b)
        return len(b)


SIZES = [0, 1, 65535, 65536, 65537, 5 * 65536 + 3]


# --------------------------------------------------------------------------- round trips
@pytest.mark.parametrize("n", SIZES)
def test_round_trip(n: int, tmp_path: Path) -> None:
    data = payload(n)
    out = io.BytesIO()
    res = encrypt_file(KEY, io.BytesIO(data), out)
    ct = out.getvalue()
    n_chunks = max(1, -(-n // CS))
    assert len(ct) == HEADER_SIZE + n + n_chunks * TAG_BYTES
    assert res.size == n
    assert res.sha256 == hashlib.sha256(data).hexdigest()
    assert res.sha512 == hashlib.sha512(data).hexdigest()
    assert len(res.file_id) == 16
    assert read_header(io.BytesIO(ct)).file_id == res.file_id

    # every way of decrypting gives the same plaintext
    assert decrypt(ct, expected_sha256=res.sha256, expected_file_id=res.file_id) == data
    buf = io.BytesIO()
    dres = decrypt_file(KEY, io.BytesIO(ct), buf, expected_sha256=res.sha256)
    assert buf.getvalue() == data
    assert (dres.file_id, dres.size, dres.sha256) == (res.file_id, n, res.sha256)
    assert b"".join(iter_decrypt(KEY, io.BytesIO(ct), expected_sha256=res.sha256)) == data
    p = tmp_path / "f.fda"
    p.write_bytes(ct)
    assert verify_file(KEY, p, res.sha256) == dres
    assert verify_file(KEY, str(p), res.sha256.upper()).size == n


def test_matches_independent_reference() -> None:
    """encrypt_file output equals the spec re-implemented here (given its random fields)."""
    for n in (0, 5, CS, CS + 1, 3 * CS):
        data = payload(n, seed=n)
        ct = encrypt(data)
        h = read_header(io.BytesIO(ct))
        assert h.chunk_size == CS and h.version == 1 and h.algorithm == 1
        assert ct == reference_encrypt(KEY, data, h.file_id, h.nonce_prefix)


def test_frozen_vector() -> None:
    """A file written by format v1 must stay readable forever."""
    vector = bytes.fromhex(
        "4644415401010001000000112233445566778899aabbccddeeffa0a1a2a3a4a5a6"
        "9f051049e760c5762c8b14e03a8dd59192149fba604fec76e4"
    )
    fid = bytes.fromhex("00112233445566778899aabbccddeeff")
    assert decrypt(vector, expected_sha256=hashlib.sha256(b"FieldDoc\n").hexdigest()) == b"FieldDoc\n"
    assert reference_encrypt(KEY, b"FieldDoc\n", fid, bytes.fromhex("a0a1a2a3a4a5a6")) == vector
    h = read_header(io.BytesIO(vector))
    assert (h.file_id, h.nonce_prefix, h.chunk_size) == (fid, bytes.fromhex("a0a1a2a3a4a5a6"), CS)


def test_given_file_id_and_fresh_nonce_prefix() -> None:
    fid = bytes(range(16))
    a, b = encrypt(b"same", file_id=fid), encrypt(b"same", file_id=fid)
    assert read_header(io.BytesIO(a)).file_id == fid
    # Reusing a file id by mistake still gives unrelated ciphertexts (random nonce prefix).
    assert a[:HEADER_SIZE - 7] == b[:HEADER_SIZE - 7] and a[HEADER_SIZE:] != b[HEADER_SIZE:]
    with pytest.raises(ValueError):
        encrypt(b"x", file_id=b"short")


def test_short_reads_give_canonical_chunks() -> None:
    data = payload(3 * CS + 100)
    out = io.BytesIO()
    res = encrypt_file(KEY, ShortReads(data), out)  # type: ignore[arg-type]
    ct = out.getvalue()
    assert len(ct) == HEADER_SIZE + len(data) + 4 * TAG_BYTES
    h = read_header(io.BytesIO(ct))
    assert ct == reference_encrypt(KEY, data, h.file_id, h.nonce_prefix)
    parts: list[bytes] = []
    decrypt_file(KEY, ShortReads(ct, seed=3), parts.append, expected_sha256=res.sha256)  # type: ignore[arg-type]
    assert b"".join(parts) == data


def test_progress_reports_cumulative_bytes_and_can_cancel() -> None:
    seen: list[int] = []
    encrypt(payload(2 * CS + 5), progress=seen.append)
    assert seen == [CS, 2 * CS, 2 * CS + 5]

    class Cancelled(Exception):
        pass

    def cancel(done: int) -> None:
        if done >= CS:
            raise Cancelled

    with pytest.raises(Cancelled):
        encrypt(payload(3 * CS), progress=cancel)


# --------------------------------------------------------------------------- tampering
def test_wrong_key() -> None:
    ct = encrypt(b"secret testimony")
    with pytest.raises(IntegrityError, match="chunk 0 failed authentication"):
        decrypt(ct, key=OTHER_KEY)


def test_every_bit_flip_in_small_multichunk_file() -> None:
    # 1 KiB chunks: three chunks (header, full, full, short) in ~2 KiB, so every bit is cheap to try.
    data = payload(2 * 1024 + 5)
    ct = encrypt(data, chunk_size=1024)
    assert decrypt(ct) == data
    for pos in range(len(ct)):
        for bit in range(8):
            bad = bytearray(ct)
            bad[pos] ^= 1 << bit
            with pytest.raises(IntegrityError):
                decrypt(bytes(bad))


def test_every_bit_flip_in_tiny_file() -> None:
    ct = encrypt(b"x")
    for pos in range(len(ct)):
        for bit in range(8):
            bad = bytearray(ct)
            bad[pos] ^= 1 << bit
            with pytest.raises(IntegrityError):
                decrypt(bytes(bad))


def test_sampled_bit_flips_in_larger_file() -> None:
    ct = encrypt(payload(3 * CS + 17))
    rnd = random.Random(42)
    positions = set(range(HEADER_SIZE + 2))
    for start, end in chunk_spans(ct):
        positions |= {start, start + 1, end - TAG_BYTES - 1, end - TAG_BYTES, end - 1}
    positions |= {rnd.randrange(len(ct)) for _ in range(60)}
    for pos in sorted(positions):
        bad = bytearray(ct)
        bad[pos] ^= 1 << rnd.randrange(8)
        with pytest.raises(IntegrityError):
            decrypt(bytes(bad))


@pytest.mark.parametrize("n", [CS - 1, 3 * CS, 3 * CS + 3])
def test_truncation_anywhere_near_boundaries(n: int) -> None:
    ct = encrypt(payload(n))
    cuts = {0, 1, HEADER_SIZE - 1, HEADER_SIZE, HEADER_SIZE + 1, len(ct) - 1}
    for start, end in chunk_spans(ct):
        cuts |= {start - 1, start, start + 1, end - 1, end, end + 1}
    for cut in sorted(c for c in cuts if 0 <= c < len(ct)):
        with pytest.raises(IntegrityError):
            decrypt(ct[:cut])


def test_truncation_at_chunk_boundary_is_named() -> None:
    ct = encrypt(payload(3 * CS))
    with pytest.raises(IntegrityError, match="truncated"):
        decrypt(ct[: HEADER_SIZE + 2 * ENC])
    with pytest.raises(IntegrityError, match="no data after the header"):
        decrypt(ct[:HEADER_SIZE])
    with pytest.raises(IntegrityError, match="bad header"):
        decrypt(b"")


@pytest.mark.parametrize("n", [0, 10, CS, 2 * CS, 2 * CS + 7])
@pytest.mark.parametrize("extra", [b"\x00", b"A" * 16, bytes(ENC), b"B" * (ENC + 5)])
def test_appended_data(n: int, extra: bytes) -> None:
    ct = encrypt(payload(n))
    with pytest.raises(IntegrityError):
        decrypt(ct + extra)


def test_appended_data_after_full_final_chunk_is_named() -> None:
    ct = encrypt(payload(2 * CS))
    with pytest.raises(IntegrityError, match="trailing data"):
        decrypt(ct + b"\x00")
    # a copy of the last chunk appended again
    last_start, last_end = chunk_spans(ct)[-1]
    with pytest.raises(IntegrityError):
        decrypt(ct + ct[last_start:last_end])


def test_reordered_dropped_duplicated_chunks() -> None:
    ct = encrypt(payload(3 * CS + 9))
    header = ct[:HEADER_SIZE]
    chunks = [ct[s:e] for s, e in chunk_spans(ct)]
    assert len(chunks) == 4
    variants = [
        [chunks[1], chunks[0], chunks[2], chunks[3]],  # swap
        [chunks[0], chunks[2], chunks[1], chunks[3]],
        [chunks[0], chunks[2], chunks[3]],  # drop a middle chunk
        [chunks[0], chunks[0], chunks[1], chunks[2], chunks[3]],  # duplicate
        [chunks[0], chunks[1], chunks[2]],  # drop the final chunk
        [chunks[3]],  # only the final chunk
    ]
    for v in variants:
        with pytest.raises(IntegrityError):
            decrypt(header + b"".join(v))


def test_splicing_between_files_with_same_key() -> None:
    data = payload(3 * CS)
    a, b = encrypt(data), encrypt(data)  # same key, same content, different file ids
    assert read_header(io.BytesIO(a)).file_id != read_header(io.BytesIO(b)).file_id
    sa, sb = chunk_spans(a), chunk_spans(b)
    # chunk 1 of b in place of chunk 1 of a
    spliced = a[: sa[1][0]] + b[sb[1][0] : sb[1][1]] + a[sa[1][1] :]
    with pytest.raises(IntegrityError, match="chunk 1"):
        decrypt(spliced)
    # b's header on a's body
    with pytest.raises(IntegrityError):
        decrypt(b[:HEADER_SIZE] + a[HEADER_SIZE:])
    # same file id forced, but a different nonce prefix still separates them
    fid = bytes(16)
    c, d = encrypt(data, file_id=fid), encrypt(data, file_id=fid)
    with pytest.raises(IntegrityError):
        decrypt(c[:HEADER_SIZE] + d[HEADER_SIZE:])


def test_expected_sha256_mismatch() -> None:
    ct = encrypt(b"the original")
    wrong = hashlib.sha256(b"something else").hexdigest()
    with pytest.raises(IntegrityError, match="SHA-256"):
        decrypt(ct, expected_sha256=wrong)
    with pytest.raises(IntegrityError):
        list(iter_decrypt(KEY, io.BytesIO(ct), expected_sha256=wrong))
    with pytest.raises(IntegrityError):
        decrypt(ct, expected_sha256="not a hash")


def test_verify_file(tmp_path: Path) -> None:
    data = payload(CS + 1)
    p = tmp_path / "a.fda"
    with open(p, "wb") as fh:
        res = encrypt_file(KEY, io.BytesIO(data), fh)
    before = sorted(tmp_path.iterdir())
    assert verify_file(KEY, p, res.sha256, expected_file_id=res.file_id).sha256 == res.sha256
    assert sorted(tmp_path.iterdir()) == before  # nothing written
    with pytest.raises(IntegrityError):
        verify_file(KEY, p, hashlib.sha256(b"").hexdigest())
    with pytest.raises(IntegrityError, match="missing"):
        verify_file(KEY, tmp_path / "gone.fda", res.sha256)
    with pytest.raises(IntegrityError, match="wrong file id"):
        verify_file(KEY, p, res.sha256, expected_file_id=bytes(16))


def test_wrong_file_id() -> None:
    ct = encrypt(b"x")
    with pytest.raises(IntegrityError, match="wrong file id"):
        decrypt(ct, expected_file_id=bytes(16))


def test_bad_headers_without_key() -> None:
    ct = encrypt(b"hello", chunk_size=4096)
    h = read_header(io.BytesIO(ct))
    assert h.chunk_size == 4096 and h.file_id_hex == h.file_id.hex()
    cases = {
        "not a FieldDoc": b"XDAT" + ct[4:],
        "version": ct[:4] + b"\x02" + ct[5:],
        "algorithm": ct[:5] + b"\x09" + ct[6:],
        "chunk size": ct[:6] + (3000).to_bytes(4, "big") + ct[10:],
        "shorter than a header": ct[:20],
    }
    for what, bad in cases.items():
        with pytest.raises(IntegrityError, match=what):
            read_header(io.BytesIO(bad))
        with pytest.raises(IntegrityError, match=what):
            decrypt(bad)
    with pytest.raises(IntegrityError, match="chunk size"):
        read_header(io.BytesIO(ct[:6] + (1 << 30).to_bytes(4, "big") + ct[10:]))


def test_empty_final_chunk_after_data_is_refused() -> None:
    """Canonical encoding: only an empty file ends with an empty chunk."""
    fid, prefix = bytes(range(16)), bytes(7)
    data = payload(CS)
    header = b"FDAT\x01\x01" + CS.to_bytes(4, "big") + fid + prefix
    aead = AESGCM(derive_key(KEY, "attachment", fid))
    forged = (
        header
        + aead.encrypt(prefix + (0).to_bytes(4, "big") + b"\x00", data, header)
        + aead.encrypt(prefix + (1).to_bytes(4, "big") + b"\x01", b"", header)
    )
    with pytest.raises(IntegrityError, match="empty final chunk"):
        decrypt(forged)


def test_counter_never_wraps(monkeypatch: pytest.MonkeyPatch) -> None:
    assert stream.MAX_COUNTER == 2**32 - 1  # the u32 counter: at most 2**32 chunks = 256 TiB
    ct4 = encrypt(payload(4 * 1024), chunk_size=1024)  # counters 0..3
    monkeypatch.setattr(stream, "MAX_COUNTER", 3)
    assert decrypt(ct4) == payload(4 * 1024)
    monkeypatch.setattr(stream, "MAX_COUNTER", 2)
    encrypt(payload(3 * 1024), chunk_size=1024)  # counters 0..2: fine
    with pytest.raises(AttachmentError, match="256 TiB"):
        encrypt(payload(3 * 1024 + 1), chunk_size=1024)
    with pytest.raises(IntegrityError, match="more chunks"):
        decrypt(ct4)


# --------------------------------------------------------------------------- secrecy, memory
def test_ciphertext_hides_canary() -> None:
    canary = b"CANARY-Zhanaozen-witness-7F3A9C"
    data = (b"report: " + canary + b"\n") * 5000  # ~200 KiB, several chunks
    ct = encrypt(data)
    assert canary not in ct
    assert canary[:12] not in ct
    # two encryptions of the same content share nothing after the header
    ct2 = encrypt(data)
    assert ct[HEADER_SIZE:HEADER_SIZE + 64] != ct2[HEADER_SIZE:HEADER_SIZE + 64]
    assert hashlib.sha256(data).digest() not in ct and hashlib.sha256(data).hexdigest().encode() not in ct


def test_memory_is_bounded(tmp_path: Path) -> None:
    total = 64 << 20
    p = tmp_path / "big.fda"
    tracemalloc.start()
    try:
        src = Generated(total)
        with open(p, "wb") as fh:
            tracemalloc.reset_peak()
            res = encrypt_file(KEY, src, fh)  # type: ignore[arg-type]
            enc_peak = tracemalloc.get_traced_memory()[1]
        assert res.size == total
        with open(p, "rb") as fh:
            tracemalloc.reset_peak()
            sink = Sink()
            decrypt_file(KEY, fh, sink, expected_sha256=res.sha256)  # type: ignore[arg-type]
            dec_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert sink.n == total
    assert enc_peak < 2 << 20, enc_peak
    assert dec_peak < 2 << 20, dec_peak


# --------------------------------------------------------------------------- fuzzing
def _only_integrity_errors(ct: bytes) -> bytes | None:
    try:
        return decrypt(ct)
    except IntegrityError:
        return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_fuzz_random_bytes(data: bytes) -> None:
    assert _only_integrity_errors(data) is None
    assert _only_integrity_errors(b"FDAT" + data) is None


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([1024, 2048, CS, 1 << 20, 0, 3, 1 << 31]), st.binary(max_size=3000))
def test_fuzz_valid_looking_header(chunk_size: int, body: bytes) -> None:
    header = b"FDAT\x01\x01" + chunk_size.to_bytes(4, "big") + bytes(16) + bytes(7)
    assert _only_integrity_errors(header + body) is None


_SMALL = encrypt(payload(2 * 1024 + 3), chunk_size=1024)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_fuzz_mutations(data: st.DataObject) -> None:
    ct = bytearray(_SMALL)
    for _ in range(data.draw(st.integers(1, 4))):
        op = data.draw(st.sampled_from(["set", "insert", "delete"]))
        pos = data.draw(st.integers(0, max(0, len(ct) - 1)))
        if op == "set" and ct:
            ct[pos] = data.draw(st.integers(0, 255))
        elif op == "insert":
            ct[pos:pos] = data.draw(st.binary(min_size=1, max_size=40))
        elif ct:
            del ct[pos : pos + data.draw(st.integers(1, 40))]
    out = _only_integrity_errors(bytes(ct))
    assert out is None or (bytes(ct) == _SMALL and out == payload(2 * 1024 + 3))


# --------------------------------------------------------------------------- keys
def test_derive_key_vectors() -> None:
    fid = bytes.fromhex("00112233445566778899aabbccddeeff")
    assert derive_key(KEY, "sqlcipher").hex() == (
        "e694844e465c6a53c92e905b1d4628e6493c31cf5b4302b0fc8c2a53dfedeba3"
    )
    assert derive_key(KEY, "attachment", fid).hex() == (
        "98cdc983a2efd0905c288a22c98f4d55b23afa09049a60158334cb2e0a09c346"
    )
    assert derive_key(KEY, "audit") == hkdf_sha256(KEY, b"fielddoc/v1/audit\x00")


def test_derive_key_separation_and_misuse() -> None:
    keys = {
        derive_key(KEY, "sqlcipher"),
        derive_key(KEY, "attachment"),
        derive_key(KEY, "attachment", b"\x00"),
        derive_key(KEY, "attachment", bytes(16)),
        derive_key(KEY, "attachment", bytes(15) + b"\x01"),
        derive_key(OTHER_KEY, "sqlcipher"),
    }
    assert len(keys) == 6 and all(len(k) == 32 for k in keys)
    for bad_key in (b"", bytes(16), bytes(33)):
        with pytest.raises(ValueError):
            derive_key(bad_key, "sqlcipher")
    for bad_purpose in ("", "Sql", "a\x00b", "sqlcipher/x", "é"):
        with pytest.raises(ValueError):
            derive_key(KEY, bad_purpose)


def test_random_key_and_constant_time_eq() -> None:
    a, b = random_key(), random_key()
    assert len(a) == 32 and a != b
    assert constant_time_eq(a, bytes(a)) and not constant_time_eq(a, b)
    assert constant_time_eq("abc", "abc") and not constant_time_eq("abc", "abd")
    assert not constant_time_eq("abc", b"abc") and not constant_time_eq("é", "é".upper())
    assert not constant_time_eq(b"a", b"ab")


def test_errors_never_mention_key_material() -> None:
    ct = encrypt(b"x")
    with pytest.raises(IntegrityError) as exc:
        decrypt(ct, key=OTHER_KEY)
    text = str(exc.value)
    for k in (KEY, OTHER_KEY, derive_key(KEY, "attachment", read_header(io.BytesIO(ct)).file_id)):
        assert k.hex() not in text
