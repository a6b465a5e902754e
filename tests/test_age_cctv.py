"""All C2SP CCTV age test vectors (tests/data/age-cctv) against fielddoc.bundle.age.

Mapping of the vectors' ``expect`` classes to FieldDoc exceptions:

* ``success``         -> decrypts, payload SHA-256 matches; but
                         AgeUnsupportedRecipient when the vector has no X25519
                         identity (passphrase/scrypt or hybrid ML-KEM files):
                         FieldDoc never runs scrypt nor ML-KEM.
* ``header failure``  -> AgeHeaderError, always, including for scrypt and hybrid
                         stanzas: malformed stanzas of the spec's recipient types
                         (argument count/length/canonical base64, 32-byte body,
                         low-order X25519 share, scrypt not alone, scrypt work
                         factor outside 1..22) are refused by the parser whichever
                         identities are given; a missing/short payload nonce is a
                         header failure too, as in the vectors.
* ``HMAC failure``    -> AgeHeaderMacError.
* ``payload failure`` -> AgePayloadError, after releasing exactly the plaintext
                         whose hash the vector gives (as the reference does).
* ``armor failure``   -> AgeArmorError.
* ``no match``        -> AgeNoMatch when the vector has an X25519 identity; but
                         AgeUnsupportedRecipient when it has none (scrypt/hybrid
                         stanzas we cannot try), and for ``x25519_lowercase``,
                         whose only stanza has the unknown type ``x25519``: a
                         header with no X25519 stanza at all is "unsupported".
"""

from __future__ import annotations

import hashlib
import io
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from fielddoc.bundle import age
from fielddoc.bundle.age_format import b64encode_raw
from tests.work_count import count_age_work

VECTOR_DIR = Path(__file__).parent / "data" / "age-cctv"
NOT_VECTORS = {"README.md", "SOURCE"}

EXPECTED_COUNTS = {
    "success": 26,
    "header failure": 62,
    "HMAC failure": 1,
    "payload failure": 19,
    "no match": 13,
    "armor failure": 22,
}

DEFAULT_CLASS: dict[str, type[age.AgeError] | None] = {
    "success": None,
    "header failure": age.AgeHeaderError,
    "HMAC failure": age.AgeHeaderMacError,
    "payload failure": age.AgePayloadError,
    "armor failure": age.AgeArmorError,
    "no match": age.AgeNoMatch,
}
#: Only stanza is of the unknown type "x25519": nothing addressed to X25519 at all.
NO_X25519_STANZA = {"x25519_lowercase"}


@dataclass
class Vector:
    name: str
    expect: str
    body: bytes
    payload: str | None = None
    identities: list[str] = field(default_factory=list)
    passphrases: list[str] = field(default_factory=list)
    armored: bool = False

    @property
    def x25519_identities(self) -> list[str]:
        return [i for i in self.identities if i.startswith("AGE-SECRET-KEY-1")]

    @property
    def expected(self) -> type[age.AgeError] | None:
        if self.expect in ("success", "no match") and not self.x25519_identities:
            return age.AgeUnsupportedRecipient
        if self.name in NO_X25519_STANZA:
            return age.AgeUnsupportedRecipient
        return DEFAULT_CLASS[self.expect]


def load(path: Path) -> Vector:
    raw = path.read_bytes()
    head, sep, body = raw.partition(b"\n\n")
    assert sep, f"{path.name}: no blank line after the text header"
    vec = Vector(name=path.name, expect="", body=b"")
    compressed = False
    for line in head.decode("utf-8").split("\n"):
        key, _, value = line.partition(": ")
        if key == "expect":
            vec.expect = value
        elif key == "payload":
            vec.payload = value
        elif key == "identity":
            vec.identities.append(value)
        elif key == "passphrase":
            vec.passphrases.append(value)
        elif key == "armored":
            vec.armored = value == "yes"
        elif key == "compressed":
            assert value == "zlib"
            compressed = True
    vec.body = zlib.decompress(body) if compressed else body
    assert vec.expect in EXPECTED_COUNTS, f"{path.name}: unknown expect {vec.expect!r}"
    return vec


VECTOR_PATHS = sorted(p for p in VECTOR_DIR.iterdir() if p.name not in NOT_VECTORS)
VECTORS = {p.name: load(p) for p in VECTOR_PATHS}


def run(vec: Vector, armored: bool | None) -> tuple[type[Exception] | None, bytes]:
    """Decrypt; return (exception class or None, plaintext released)."""
    released: list[bytes] = []
    error: type[Exception] | None = None
    try:
        for chunk in age.decrypt_iter(io.BytesIO(vec.body), vec.x25519_identities, armored=armored):
            assert 0 < len(chunk) <= age.CHUNK_SIZE
            released.append(chunk)
    except age.AgeError as exc:
        error = type(exc)
        assert str(exc)  # renders
    return error, b"".join(released)


def test_all_vectors_present() -> None:
    counts = Counter(v.expect for v in VECTORS.values())
    assert dict(counts) == EXPECTED_COUNTS
    assert len(VECTORS) == 143


@pytest.mark.parametrize("name", sorted(VECTORS))
def test_vector(name: str, monkeypatch) -> None:
    vec = VECTORS[name]
    work = count_age_work(monkeypatch)
    error, released = run(vec, armored=vec.armored)
    assert error is vec.expected, f"{name}: expected {vec.expected}, got {error}"
    if vec.payload is not None and error in (None, age.AgePayloadError):
        # CCTV rule: all plaintext released before the end or the error hashes to `payload`.
        assert hashlib.sha256(released).hexdigest() == vec.payload
    if error is not None and vec.payload is None:
        assert released == b""
    # Bounded work, not seconds: no scrypt, one key agreement per (stanza, key), two openings per chunk.
    assert work.within(len(vec.x25519_identities), len(vec.body)), (name, work)


@pytest.mark.parametrize("name", sorted(VECTORS))
def test_vector_autodetect(name: str) -> None:
    """armored=None (detection) classifies like the explicit mode."""
    vec = VECTORS[name]
    error, _ = run(vec, armored=None)
    if name == "armor_garbage_leading":
        # Starts with "garbage": detected as binary, then not an age file.
        assert error is age.AgeHeaderError
    else:
        assert error is vec.expected


def test_scrypt_work_factor_23_is_refused_without_running_scrypt(monkeypatch) -> None:
    """Refused while the header is parsed: no scrypt, no key agreement, nothing opened."""
    vec = VECTORS["scrypt_work_factor_23"]
    work = count_age_work(monkeypatch)
    with pytest.raises(age.AgeHeaderError):
        age.decrypt_bytes(vec.body, [], armored=False)
    assert (work.scrypt, work.headers, work.unwraps, work.openings) == (0, 0, 0, 0)


def test_pyrage_bug_vectors_rejected() -> None:
    """pyrage 1.4 accepts these; the spec requires a final (short) body line."""
    for name in ("stanza_missing_body", "stanza_missing_final_line"):
        with pytest.raises(age.AgeHeaderError, match="final short body line"):
            age.parse_header(VECTORS[name].body)


def _encode_header(header: age.Header) -> bytes:
    out = [b"age-encryption.org/v1\n"]
    for stanza in header.stanzas:
        out.append(b" ".join([b"->", *(a.encode() for a in (stanza.type, *stanza.args))]) + b"\n")
        body = b64encode_raw(stanza.body)
        lines = [body[i : i + 64] for i in range(0, len(body), 64)]
        if not lines or len(lines[-1]) == 64:
            lines.append(b"")
        out.extend(line + b"\n" for line in lines)
    return b"".join(out) + b"--- " + b64encode_raw(header.mac) + b"\n"


@pytest.mark.parametrize(
    "name",
    sorted(n for n, v in VECTORS.items() if v.expect != "header failure" and not v.armored),
)
def test_header_round_trip(name: str) -> None:
    """Every parsable header re-encodes to the exact same bytes (no lossy parsing)."""
    body = VECTORS[name].body
    header = age.parse_header(body)
    assert _encode_header(header) == body[: header.size]
    assert header.mac_input == body[: header.size - 45]
