"""fielddoc.bundle.age: round trips, age CLI interop, tampering, truncation, fuzzing."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import shutil
import subprocess
import tracemalloc
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fielddoc.bundle import age
from fielddoc.bundle.age_format import b64decode_canonical, b64encode_raw
from fielddoc.bundle.age_keys import bech32_encode
from fielddoc.errors import BundleError

CHUNK = age.CHUNK_SIZE
ENC_CHUNK = CHUNK + 16
SECRET, RECIPIENT = age.generate_identity()
OTHER_SECRET, OTHER_RECIPIENT = age.generate_identity()
HEADER_STAGE = (
    age.AgeHeaderError,
    age.AgeHeaderMacError,
    age.AgeNoMatch,
    age.AgeUnsupportedRecipient,
)
AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")
needs_age = pytest.mark.skipif(
    AGE is None or AGE_KEYGEN is None,
    reason="the age CLI is not installed (Debian/Ubuntu: apt install age)",
)


def payload_start(data: bytes) -> int:
    return age.parse_header(data).size + 16


def released_before_error(data: bytes, identities: list[str]) -> tuple[bytes, Exception | None]:
    out: list[bytes] = []
    try:
        for chunk in age.decrypt_iter(io.BytesIO(data), identities):
            out.append(chunk)
    except age.AgeError as exc:
        return b"".join(out), exc
    return b"".join(out), None


def armor(data: bytes) -> bytes:
    b64 = base64.b64encode(data)
    lines = [b64[i : i + 64] for i in range(0, len(b64), 64)]
    begin, end = b"-----BEGIN AGE ENCRYPTED FILE-----", b"-----END AGE ENCRYPTED FILE-----\n"
    return b"\n".join([begin, *lines, end])


# --- round trips -------------------------------------------------------------
@pytest.mark.parametrize("size", [0, 1, 65535, 65536, 65537, 3 * 65536])
def test_round_trip(size: int) -> None:
    plain = os.urandom(size)
    data = age.encrypt_bytes(plain, [RECIPIENT])
    assert age.decrypt_bytes(data, [SECRET]) == plain
    chunks = list(age.decrypt_iter(io.BytesIO(data), SECRET))
    assert all(0 < len(c) <= CHUNK for c in chunks)
    assert len(chunks) == -(-size // CHUNK)
    sink = io.BytesIO()
    assert age.decrypt_stream(io.BytesIO(data), [SECRET], sink.write) == size
    assert sink.getvalue() == plain


@pytest.mark.parametrize("size", [0, 1, 65535, 65536, 65537, 2 * 65536, 2 * 65536 + 1, 1_000_003])
def test_pyrage_decrypts_what_we_write(size: int) -> None:
    """The Rust age crate, an implementation independent of ours, opens our files for every
    recipient, at and around every chunk boundary (and our own files of pieces of any size)."""
    plain = os.urandom(size)
    theirs = [pyrage.x25519.Identity.generate() for _ in range(2)]
    data = age.encrypt_bytes(plain, [str(t.to_public()) for t in theirs])
    for identity in theirs:
        assert pyrage.decrypt(data, [identity]) == plain
    out = io.BytesIO()
    written = age.encrypt_pieces((plain[i : i + 7777] for i in range(0, size, 7777)), out, RECIPIENT)
    assert written == len(out.getvalue())
    assert age.decrypt_bytes(out.getvalue(), SECRET) == plain


def test_what_we_write_follows_age_md() -> None:
    """Header lines, stanza bodies under 64 columns, a 16-byte nonce, 64 KiB + 16 chunks;
    a new file key and nonce every time."""
    plain = os.urandom(3 * CHUNK)  # ends on a chunk boundary: the last chunk is a full one
    data = age.encrypt_bytes(plain, [RECIPIENT, OTHER_RECIPIENT])
    header = age.parse_header(data)
    lines = data[: header.size].split(b"\n")
    assert lines[0] == b"age-encryption.org/v1" and lines[-2].startswith(b"--- ")
    assert [st.type for st in header.stanzas] == ["X25519", "X25519"]
    assert all(len(line) < 64 for line in lines[1:-2] if not line.startswith(b"->"))
    assert len(data) == header.size + 16 + 3 * (CHUNK + 16)  # no empty final chunk
    again = age.encrypt_bytes(plain, [RECIPIENT, OTHER_RECIPIENT])
    assert again[header.size : header.size + 16] != data[header.size : header.size + 16]
    assert len(age.encrypt_bytes(b"", [RECIPIENT])) == age.parse_header(
        age.encrypt_bytes(b"", [RECIPIENT])).size + 16 + 16  # one empty final chunk


def test_a_cancel_from_the_pieces_propagates() -> None:
    def pieces():
        yield os.urandom(CHUNK * 2)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        age.encrypt_pieces(pieces(), io.BytesIO(), RECIPIENT)
    with pytest.raises(age.AgeKeyError):
        age.encrypt_bytes(b"x", [])


def test_file_to_file(tmp_path: Path) -> None:
    plain = os.urandom(200_000)
    (tmp_path / "in").write_bytes(plain)
    with (tmp_path / "in").open("rb") as src, (tmp_path / "out.age").open("wb") as dst:
        age.encrypt_stream(src, dst, [RECIPIENT])
    with (tmp_path / "out.age").open("rb") as src, (tmp_path / "back").open("wb") as dst:
        age.decrypt_stream(src, [SECRET], dst.write)
    assert (tmp_path / "back").read_bytes() == plain


def test_multiple_recipients() -> None:
    keys = [age.generate_identity() for _ in range(3)]
    plain = os.urandom(70_000)
    data = age.encrypt_bytes(plain, [r for _, r in keys])
    assert age.parse_header(data).stanzas[0].type == "X25519"
    for secret, _ in keys:
        assert age.decrypt_bytes(data, [secret]) == plain
    assert age.decrypt_bytes(data, [OTHER_SECRET, keys[2][0]]) == plain
    with pytest.raises(age.AgeNoMatch):
        age.decrypt_bytes(data, [OTHER_SECRET])
    with pytest.raises(age.AgeNoMatch):
        age.decrypt_bytes(data, [])


def test_identity_objects_and_single_string() -> None:
    key = X25519PrivateKey.generate()
    data = age.encrypt_bytes(b"x", age.recipient_of(key))
    assert age.decrypt_bytes(data, key) == b"x"
    assert age.decrypt_bytes(age.encrypt_bytes(b"y", RECIPIENT), SECRET) == b"y"


def test_decrypt_iter_checks_header_eagerly() -> None:
    data = age.encrypt_bytes(b"abc", [RECIPIENT])
    with pytest.raises(age.AgeNoMatch):
        age.decrypt_iter(io.BytesIO(data), [OTHER_SECRET])  # raises before iteration
    with pytest.raises(age.AgeHeaderError):
        age.decrypt_iter(io.BytesIO(b"garbage"), [SECRET])


# --- age CLI interop ---------------------------------------------------------
@needs_age
@pytest.mark.parametrize("size", [0, 1, 65536, 200_000])
def test_cli_decrypts_ours(tmp_path: Path, size: int) -> None:
    plain = os.urandom(size)
    (tmp_path / "key.txt").write_text(SECRET + "\n")
    (tmp_path / "f.age").write_bytes(age.encrypt_bytes(plain, [OTHER_RECIPIENT, RECIPIENT]))
    result = subprocess.run(
        [AGE, "-d", "-i", tmp_path / "key.txt", tmp_path / "f.age"], check=True, capture_output=True
    )
    assert result.stdout == plain  # (age -o creates no file for an empty plaintext)


@needs_age
@pytest.mark.parametrize("armor", [False, True])
@pytest.mark.parametrize("size", [0, 1, 65536, 200_000])
def test_we_decrypt_cli(tmp_path: Path, size: int, armor: bool) -> None:
    plain = os.urandom(size)
    (tmp_path / "in").write_bytes(plain)
    cmd = [AGE, "-r", RECIPIENT, "-r", OTHER_RECIPIENT, "-o", tmp_path / "f.age"]
    subprocess.run([*cmd, *(["-a"] if armor else []), tmp_path / "in"], check=True)
    data = (tmp_path / "f.age").read_bytes()
    assert age.decrypt_bytes(data, [OTHER_SECRET]) == plain
    assert age.decrypt_bytes(data, [SECRET], armored=armor) == plain
    if armor:
        assert age.decrypt_bytes(data.replace(b"\n", b"\r\n"), [SECRET]) == plain


@needs_age
def test_cli_keys_match_ours(tmp_path: Path) -> None:
    subprocess.run([AGE_KEYGEN, "-o", tmp_path / "k"], check=True, capture_output=True)
    secret = next(line for line in (tmp_path / "k").read_text().splitlines() if line.startswith("AGE-"))
    public = subprocess.run(
        [AGE_KEYGEN, "-y", tmp_path / "k"], check=True, capture_output=True, text=True
    ).stdout.strip()
    assert age.recipient_of(secret) == public


def test_keys_match_pyrage() -> None:
    for _ in range(20):
        secret, recipient = age.generate_identity()
        assert secret.startswith("AGE-SECRET-KEY-1") and recipient.startswith("age1")
        assert str(pyrage.x25519.Identity.from_str(secret).to_public()) == recipient
        theirs = pyrage.x25519.Identity.generate()
        assert age.recipient_of(str(theirs)) == str(theirs.to_public())


# --- keys and messages -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "",
        "AGE-SECRET-KEY-1",
        SECRET[:-1] + ("Q" if SECRET[-1] != "Q" else "P"),  # bad checksum
        SECRET[:20].lower() + SECRET[20:],  # mixed case
        RECIPIENT,  # a recipient is not an identity
        "ssh-ed25519 AAAA",
    ],
)
def test_bad_identity(text: str) -> None:
    with pytest.raises(age.AgeKeyError) as info:
        age.decrypt_bytes(age.encrypt_bytes(b"", RECIPIENT), [text])
    assert SECRET[16:] not in str(info.value)


def test_unsupported_keys() -> None:
    pq = "AGE-SECRET-KEY-PQ-1HZLGZUPT4ETPKDEV8HSGFDCYZ4E522W0A7PU2LHT8EH9W6YLNC3SW78XKG"
    with pytest.raises(age.AgeUnsupportedRecipient, match="mlkem768x25519"):
        age.parse_identity(pq)
    with pytest.raises(age.AgeUnsupportedRecipient):
        age.encrypt_bytes(b"", [bech32_encode("age1pq", bytes(1216))])
    with pytest.raises(age.AgeKeyError, match="low-order"):
        age.encrypt_bytes(b"", [bech32_encode("age", bytes(32))])
    with pytest.raises(age.AgeKeyError):
        age.encrypt_bytes(b"", [])
    assert age.parse_identity(SECRET.lower()).private_bytes_raw() == (
        age.parse_identity(SECRET).private_bytes_raw()
    )


def test_errors_are_bundle_errors_and_render() -> None:
    for cls in (age.AgeNoMatch, age.AgeHeaderMacError):
        assert "{" not in str(cls())
    for cls in (age.AgeArmorError, age.AgeHeaderError, age.AgePayloadError):
        err = cls(detail="x")
        assert isinstance(err, BundleError) and "x" in str(err)
    assert "FieldDoc only uses X25519" in str(age.AgeUnsupportedRecipient(type="scrypt"))
    assert len(str(age.AgeUnsupportedRecipient(type="y" * 5000))) < 400


def test_write_error_is_not_swallowed() -> None:
    """An error on any write (pyrage 1.4, which wrote our bundles before, ignored one on the
    last write of a small file) reaches the caller."""

    class Full(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, b: object) -> int:
            raise OSError(28, "No space left on device")

    for size in (10, 200_000):
        with pytest.raises(OSError, match="No space"):
            age.encrypt_stream(io.BytesIO(b"x" * size), Full(), [RECIPIENT])  # type: ignore[arg-type]


# --- tampering ---------------------------------------------------------------
def _lines(data: bytes) -> tuple[list[bytes], int]:
    size = age.parse_header(data).size
    return data[:size].split(b"\n")[:-1], size


def _replace_line(data: bytes, index: int, new: bytes) -> bytes:
    lines, size = _lines(data)
    lines[index] = new
    return b"\n".join(lines) + b"\n" + data[size:]


def _flip_b64(text: bytes, bit: int) -> bytes:
    raw = bytearray(b64decode_canonical(text))
    raw[bit // 8] ^= 1 << (bit % 8)
    return b64encode_raw(bytes(raw))


def test_every_header_bit_flip_is_caught() -> None:
    data = age.encrypt_bytes(b"secret report", [RECIPIENT])
    size = age.parse_header(data).size
    for bit in range(size * 8):
        mutated = bytearray(data)
        mutated[bit // 8] ^= 1 << (bit % 8)
        with pytest.raises(HEADER_STAGE):
            age.decrypt_iter(io.BytesIO(bytes(mutated)), [SECRET])


def test_header_flips_are_classified() -> None:
    data = age.encrypt_bytes(b"secret report", [RECIPIENT])
    lines, _ = _lines(data)
    x_line = next(i for i, line in enumerate(lines) if line.startswith(b"-> X25519 "))
    for bit in (0, 77, 255):
        with pytest.raises(age.AgeHeaderMacError):
            age.decrypt_bytes(_replace_line(data, -1, b"--- " + _flip_b64(lines[-1][4:], bit)), SECRET)
        with pytest.raises(age.AgeNoMatch):
            age.decrypt_bytes(_replace_line(data, x_line + 1, _flip_b64(lines[x_line + 1], bit)), SECRET)
        share = lines[x_line][10:]
        with pytest.raises(age.AgeNoMatch):
            age.decrypt_bytes(_replace_line(data, x_line, lines[x_line][:10] + _flip_b64(share, bit)), SECRET)
    with pytest.raises(age.AgeHeaderError, match="version"):
        age.decrypt_bytes(_replace_line(data, 0, b"age-encryption.org/v2"), SECRET)


def test_payload_flips_are_caught() -> None:
    plain = os.urandom(3 * CHUNK + 500)
    data = age.encrypt_bytes(plain, [RECIPIENT])
    start = payload_start(data)
    for offset in [start - 16, start - 1] + [
        start + k * ENC_CHUNK + d for k in range(4) for d in (0, 1000, ENC_CHUNK - 1)
    ]:
        if offset >= len(data):
            continue
        mutated = bytearray(data)
        mutated[offset] ^= 0x40
        released, error = released_before_error(bytes(mutated), [SECRET])
        assert isinstance(error, age.AgePayloadError), offset
        intact_chunks = (offset - start) // ENC_CHUNK if offset >= start else 0
        assert released == plain[: intact_chunks * CHUNK], offset


@pytest.mark.parametrize("size", [0, 1, CHUNK, 2 * CHUNK, 3 * CHUNK + 500])
def test_truncation_at_every_chunk_boundary(size: int) -> None:
    plain = os.urandom(size)
    data = age.encrypt_bytes(plain, [RECIPIENT])
    header_size = age.parse_header(data).size
    start = header_size + 16
    cuts = {header_size - 1, header_size, start - 1, len(data) - 1, len(data) - 16}
    cuts |= {start + k * ENC_CHUNK + d for k in range(5) for d in (-1, 0, 1)}
    for cut in sorted(c for c in cuts if 0 < c < len(data)):
        released, error = released_before_error(data[:cut], [SECRET])
        if cut < start:
            assert isinstance(error, age.AgeHeaderError), cut
        else:
            assert isinstance(error, age.AgePayloadError), cut
        assert plain.startswith(released) and len(released) % CHUNK == 0


@pytest.mark.parametrize("size", [0, 1, CHUNK, 3 * CHUNK + 500])
def test_trailing_data_rejected(size: int) -> None:
    plain = os.urandom(size)
    data = age.encrypt_bytes(plain, [RECIPIENT])
    start = payload_start(data)
    for extra in (b"\x00", os.urandom(16), os.urandom(ENC_CHUNK), data[start : start + ENC_CHUNK]):
        released, error = released_before_error(data + extra, [SECRET])
        assert isinstance(error, age.AgePayloadError)
        assert plain.startswith(released)


# --- limits and memory -------------------------------------------------------
def test_header_limits() -> None:
    mac = b"--- " + b"A" * 43 + b"\n"
    many = b"age-encryption.org/v1\n" + b"-> grease\n\n" * 65 + mac
    with pytest.raises(age.AgeHeaderError, match="more than 64"):
        age.parse_header(many)
    huge = b"age-encryption.org/v1\n-> grease\n" + (b"A" * 64 + b"\n") * 1100 + b"\n" + mac
    with pytest.raises(age.AgeHeaderError, match="larger than 64 KiB"):
        age.parse_header(huge)
    src = io.BytesIO(b"age-encryption.org/v1\n" + b"x" * (10 << 20))
    with pytest.raises(age.AgeHeaderError):
        age.decrypt_iter(src, [SECRET])
    assert src.tell() < 80 * 1024  # stopped reading early


class _RandomSource:
    def __init__(self, size: int) -> None:
        self.left = size
        self.digest = hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        n = self.left if n < 0 else min(n, self.left)
        self.left -= n
        data = os.urandom(n)
        self.digest.update(data)
        return data


@pytest.mark.parametrize("armored", [False, True])
def test_constant_memory(tmp_path: Path, armored: bool) -> None:
    size = 12 << 20
    src = _RandomSource(size)
    path = tmp_path / "big.age"
    with path.open("wb") as dst:
        age.encrypt_stream(src, dst, [RECIPIENT])  # type: ignore[arg-type]
    if armored:
        path.write_bytes(armor(path.read_bytes()))
    digest = hashlib.sha256()
    tracemalloc.start()
    try:
        with path.open("rb") as f:
            total = age.decrypt_stream(f, [SECRET], digest.update)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert total == size and digest.digest() == src.digest.digest()
    assert peak < 2 << 20, f"peak {peak} bytes"


# --- fuzzing -----------------------------------------------------------------
FUZZ = settings(max_examples=250, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
SAMPLE_PLAIN = os.urandom(CHUNK + 300)
SAMPLES = [
    age.encrypt_bytes(b"", [RECIPIENT]),
    age.encrypt_bytes(b"short", [RECIPIENT, OTHER_RECIPIENT]),
    age.encrypt_bytes(SAMPLE_PLAIN, [RECIPIENT]),
]
HEADER_TOKENS = [
    b"age-encryption.org/v1\n", b"-> ", b"->", b"X25519 ", b"scrypt ", b"mlkem768x25519 ",
    b"grease", b" ", b"\n", b"\r\n", b"---", b"--- ", b"A" * 43, b"A" * 64, b"QUE", b"=",
    b"\x00", b"\xff", b"-----BEGIN AGE ENCRYPTED FILE-----\n", b"-----END AGE ENCRYPTED FILE-----",
    b"10", b"23",
]  # fmt: skip


@FUZZ
@given(st.binary(max_size=3000))
def test_fuzz_parse_header_random(data: bytes) -> None:
    try:
        header = age.parse_header(data)
    except age.AgeHeaderError:
        return
    assert 0 < header.size <= len(data)


@FUZZ
@given(st.lists(st.sampled_from(HEADER_TOKENS) | st.binary(max_size=8), max_size=40))
def test_fuzz_parse_header_tokens(tokens: list[bytes]) -> None:
    data = b"age-encryption.org/v1\n" + b"".join(tokens)
    for candidate in (data, b"".join(tokens)):
        try:
            age.parse_header(candidate)
        except age.AgeHeaderError:
            pass
        try:
            age.decrypt_bytes(candidate, [SECRET])
        except age.AgeError:
            pass


MUTATION = st.tuples(
    st.sampled_from(["flip", "set", "insert", "delete", "truncate", "append"]),
    st.integers(min_value=0, max_value=len(SAMPLES[2]) + 10),
    st.integers(min_value=0, max_value=255),
)


def _mutate(data: bytes, mutations: list[tuple[str, int, int]]) -> bytes:
    buf = bytearray(data)
    for op, pos, value in mutations:
        pos = pos % (len(buf) + 1)
        if op == "flip" and pos < len(buf):
            buf[pos] ^= 1 << (value % 8)
        elif op == "set" and pos < len(buf):
            buf[pos] = value
        elif op == "insert":
            buf[pos:pos] = bytes([value])
        elif op == "delete":
            del buf[pos : pos + 1 + value % 4]
        elif op == "truncate":
            del buf[pos:]
        elif op == "append":
            buf += bytes([value]) * (1 + value % 20)
    return bytes(buf)


def _only_age_errors(data: bytes, original: bytes, armored: bool | None) -> None:
    try:
        out = age.decrypt_bytes(data, [SECRET], armored=armored)
    except age.AgeError:
        return
    assert out == original  # only a no-op mutation may succeed


@FUZZ
@given(st.sampled_from(range(len(SAMPLES))), st.lists(MUTATION, min_size=1, max_size=4))
def test_fuzz_decrypt_mutated(which: int, mutations: list[tuple[str, int, int]]) -> None:
    plain = [b"", b"short", SAMPLE_PLAIN][which]
    _only_age_errors(_mutate(SAMPLES[which], mutations), plain, None)


ARMORED = armor(SAMPLES[1])


def test_armor_helper_is_valid() -> None:
    assert age.decrypt_bytes(ARMORED, SECRET, armored=True) == b"short"


@FUZZ
@given(st.lists(MUTATION, min_size=1, max_size=4), st.sampled_from([None, True, False]))
def test_fuzz_decrypt_mutated_armor(mutations: list[tuple[str, int, int]], armored: bool | None) -> None:
    _only_age_errors(_mutate(ARMORED, mutations), b"short", armored)


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from([None, True, False]))
def test_fuzz_decrypt_random(data: bytes, armored: bool | None) -> None:
    for candidate in (data, b"age-encryption.org/v1\n" + data):
        try:
            age.decrypt_bytes(candidate, [SECRET], armored=armored)
        except age.AgeError:
            pass
