"""Write the byte-layout vectors of docs/spec/{vault,attachment,bundle,cards}.md.

A sibling of scripts/spec_vectors.py and, like it, an INDEPENDENT implementation written
from the spec: it imports nothing from fielddoc (the standard library, the `cryptography`
package for Argon2id, HKDF, AES-GCM, X25519 and Ed25519, and the JCS encoder of
scripts/spec_vectors.py). tests/test_spec_layouts.py checks FieldDoc's code against
every file it writes, so the spec and the code cannot drift apart.

    python scripts/spec_vectors_layouts.py          # rewrite the vectors
    python scripts/spec_vectors_layouts.py --check  # exit 1 if the files differ

Structures (directories of tests/data/vectors/): vault, attachment, bundle, receipt,
identity, and (scripts/spec_vectors_briefing.py) rotation, briefing, and
(scripts/spec_vectors_volumes.py) bundle/volumes.
Keys, salts and nonces are fixed test values; KDF parameters are cheap.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import struct
import sys
import unicodedata
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

sys.path.insert(0, str(Path(__file__).resolve().parent))
import spec_vectors as sv  # noqa: E402  (the JCS encoder and revision hash of the spec)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "vectors"
KEYS = json.loads((ROOT / "tests" / "data" / "bundle-vectors" / "keys.json").read_text("utf-8"))
FILES: dict[str, dict[str, Any]] = {}


def put(structure: str, name: str, data: dict[str, Any]) -> None:
    FILES[f"{structure}/{name}.json"] = {"structure": structure, "name": name, **data}


def fixed(label: str, n: int) -> bytes:
    """Deterministic test bytes: SHA-256 of a label, repeated as needed."""
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"fielddoc spec vectors / {label} / {i}".encode()).digest()
        i += 1
    return out[:n]


def b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def hkdf(ikm: bytes, purpose: str, context: bytes = b"") -> bytes:
    info = b"fielddoc/v1/" + purpose.encode("ascii") + b"\x00" + context
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(ikm)


# -- vault header (vault.md §3-§5) -------------------------------------------------------------
def header_body(doc: dict[str, Any]) -> bytes:
    # vault.md §3: sorted keys, no whitespace, ASCII only (equal to RFC 8785 for these values)
    return sv.jcs(doc).encode("ascii")


def header_bytes(body: bytes, wrapped: bytes, major: int = 1, minor: int = 0) -> tuple[bytes, bytes]:
    ad = b"FDVAULT\x00" + struct.pack(">HHI", major, minor, len(body)) + body
    head = ad + wrapped
    return ad, head + hashlib.sha256(head).digest()


def vault_vectors() -> None:
    passphrase = "Айгуль cafe\u0301 2012"  # noqa: S105 - a test vector; the é in NFD
    nfc = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    salt = fixed("vault salt", 16)
    nonce = fixed("vault nonce", 12)
    data_key = fixed("vault data key", 32)
    m, t, p = 64, 1, 1
    kek = Argon2id(salt=salt, length=32, iterations=t, lanes=p, memory_cost=m).derive(nfc)
    check = hmac.new(kek, b"fielddoc/v1/passphrase-check", hashlib.sha256).digest()[:16]

    def doc(**over: Any) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kdf": {"alg": "argon2id", "memory_kib": m, "iterations": t, "lanes": p, "salt": b64(salt)},
            "wrap": {"alg": "aes-256-gcm", "nonce": b64(nonce)},
            "check": b64(check),
            "db": "sqlcipher4-raw-key/hkdf-sha256",
            "attachments": "fdat1/aes-256-gcm-stream",
            "vault_id": "0190f5a4-7c3e-4b1d-9c2a-3e4f5a6b7c8d",
            "created_at": "2026-12-06T17:00:00+00:00",
            "wipe_after": None,
        }
        d.update(over)
        return d

    def make(d: dict[str, Any], major: int = 1, minor: int = 0) -> tuple[bytes, bytes, bytes]:
        body = header_body(d)
        ad = b"FDVAULT\x00" + struct.pack(">HHI", major, minor, len(body)) + body
        wrapped = AESGCM(kek).encrypt(nonce, data_key, ad)
        return (body, wrapped, *header_bytes(body, wrapped, major, minor))  # type: ignore[return-value]

    body, wrapped, ad, raw = make(doc())
    common = {
        "passphrase": passphrase,
        "passphrase_nfc_utf8_hex": nfc.hex(),
        "argon2": {"type": "argon2id", "version": "0x13", "memory_kib": m, "iterations": t,
                   "lanes": p, "salt_hex": salt.hex(), "tag_length": 32},
    }
    put("vault", "header", {
        "comment": "a vault header with cheap Argon2id parameters (test only); the passphrase is "
        "given in NFD and hashed in NFC",
        "expect": "ok", **common,
        "kek_hex": kek.hex(),
        "check_hex": check.hex(),
        "wrap_nonce_hex": nonce.hex(),
        "data_key_hex": data_key.hex(),
        "body": body.decode("ascii"),
        "associated_data_hex": ad.hex(),
        "wrapped_key_hex": wrapped.hex(),
        "checksum_hex": raw[-32:].hex(),
        "header_hex": raw.hex(),
        "sqlcipher_key_hex": hkdf(data_key, "sqlcipher").hex(),
        "sqlcipher_key_pragma": "PRAGMA key = \"x'" + hkdf(data_key, "sqlcipher").hex() + "'\"",
        "attachment_wrap_key_hex": hkdf(data_key, "attachment-wrap").hex(),
    })
    # a newer minor version with a field this version does not know: readable, covered by the AD
    b2, w2, ad2, raw2 = make(doc(x_future={"n": 1}, wipe_after=5), minor=3)
    put("vault", "header-newer-minor", {
        "comment": "minor version 3 with an unknown body field: MUST be read, the field kept; "
        "wipe_after = 5", "expect": "ok", **common, "kek_hex": kek.hex(),
        "data_key_hex": data_key.hex(), "body": b2.decode("ascii"), "associated_data_hex": ad2.hex(),
        "header_hex": raw2.hex(),
    })

    def fail(name: str, raw_bad: bytes, error: str, comment: str, pw: str = passphrase) -> None:
        put("vault", f"fail-{name}", {
            "comment": comment, "expect": "error", "error": error, "passphrase": pw,
            "header_hex": raw_bad.hex(),
        })

    flipped = bytearray(raw)
    flipped[20] ^= 1
    fail("checksum", bytes(flipped), "HeaderCorrupt", "one body byte changed, checksum not recomputed")
    fail("magic", b"FDVAULX\x00" + raw[8:], "HeaderCorrupt", "wrong magic")
    fail("truncated", raw[:-1], "HeaderCorrupt", "one byte short: the length does not add up")
    fail("wrong-passphrase", raw, "WrongPassphrase", "the check value differs", pw="wrong passphrase")
    fail("unknown-major", make(doc(), major=2)[3], "UnsupportedVersion", "major version 2")
    for name, over in (
        ("kdf-memory-too-large", {"memory_kib": 1024 * 1024 + 1}),
        ("kdf-iterations-too-many", {"iterations": 17}),
        ("kdf-lanes-too-many", {"lanes": 9}),
        ("kdf-memory-below-8-per-lane", {"memory_kib": 31, "lanes": 4}),
        ("kdf-iterations-zero", {"iterations": 0}),
    ):
        d = doc()
        d["kdf"] = {**d["kdf"], **over}
        fail(name, make(d)[3], "HeaderCorrupt",
             f"KDF parameters {over} outside the bounds, checksum recomputed: refused before Argon2id")
    d = doc(vault_id="0190f5a4-7c3e-4b1d-9c2a-3e4f5a6b7c8e")
    altered = header_bytes(header_body(d), wrapped)[1]
    fail("body-altered", altered, "HeaderCorrupt",
         "vault_id changed and the checksum recomputed: the check value matches, the unwrap (AD) fails")
    loose = json.dumps(doc(), sort_keys=True).encode("ascii")  # spaces after , and :
    fail("non-canonical-body", header_bytes(loose, wrapped)[1], "HeaderCorrupt",
         "the body is not in canonical form (whitespace)")
    nan_body = header_body(doc(x_future=0)).replace(b'"x_future":0', b'"x_future":NaN')
    nan_ad = b"FDVAULT\x00" + struct.pack(">HHI", 1, 0, len(nan_body)) + nan_body
    fail("nan-in-body", header_bytes(nan_body, AESGCM(kek).encrypt(nonce, data_key, nan_ad))[1],
         "HeaderCorrupt", "a body member NaN (not JSON), correctly wrapped and checksummed")
    fail("unknown-algorithm", make(doc(db="sqlcipher3"))[3], "HeaderCorrupt", "unknown db algorithm id")
    big = doc(x_pad="a" * 16400)
    fail("body-too-long", make(big)[3], "HeaderCorrupt", "body longer than 16 384 bytes")
    fail("wiped", b"FDWIPED\x00" + bytes(24), "HeaderCorrupt",
         "the wipe marker is not a header (header_io reports it as a wiped vault before decoding)")


# -- attachment files (attachment.md) ----------------------------------------------------------
def fdat(key: bytes, file_id: bytes, prefix: bytes, plain: bytes, chunk: int) -> dict[str, Any]:
    header = b"FDAT" + bytes([1, 1]) + struct.pack(">I", chunk) + file_id + prefix
    pieces = [plain[i : i + chunk] for i in range(0, len(plain), chunk)] or [b""]
    aead = AESGCM(key)
    chunks = []
    for i, p in enumerate(pieces):
        last = 1 if i == len(pieces) - 1 else 0
        nonce = prefix + struct.pack(">IB", i, last)
        chunks.append({"nonce_hex": nonce.hex(), "plaintext_len": len(p),
                       "ciphertext_and_tag_hex": aead.encrypt(nonce, p, header).hex()})
    return {
        "header_hex": header.hex(),
        "chunks": chunks,
        "file_hex": (header + b"".join(bytes.fromhex(c["ciphertext_and_tag_hex"]) for c in chunks)).hex(),
    }


def attachment_vectors() -> None:
    data_key = fixed("vault data key", 32)
    file_id = fixed("file id", 16)
    file_key = fixed("file key", 32)
    prefix = fixed("nonce prefix", 7)
    wrap_nonce = fixed("wrap nonce", 12)
    k_wrap = hkdf(data_key, "attachment-wrap")
    ad = b"fielddoc/v1/attachment-key\x00" + file_id
    wrapped = wrap_nonce + AESGCM(k_wrap).encrypt(wrap_nonce, file_key, ad)
    plain = bytes((i * 7 + 3) % 251 for i in range(2500))
    put("attachment", "file-key-wrap", {
        "comment": "a file's random key, wrapped for its attachment_files row",
        "expect": "ok", "data_key_hex": data_key.hex(), "file_id_hex": file_id.hex(),
        "file_key_hex": file_key.hex(), "attachment_wrap_key_hex": k_wrap.hex(),
        "wrap_nonce_hex": wrap_nonce.hex(), "associated_data_hex": ad.hex(),
        "wrapped_key_hex": wrapped.hex(),
    })
    other_id = fixed("other file id", 16)
    put("attachment", "fail-file-key-wrap-other-file", {
        "comment": "a wrapped key moved to another file's row: the file id in the AD differs",
        "expect": "error", "error": "IntegrityError", "data_key_hex": data_key.hex(),
        "file_id_hex": other_id.hex(), "wrapped_key_hex": wrapped.hex(),
    })
    put("attachment", "fail-file-key-wrap-short", {
        "comment": "a wrapped key that is not 60 bytes", "expect": "error", "error": "IntegrityError",
        "data_key_hex": data_key.hex(), "file_id_hex": file_id.hex(), "wrapped_key_hex": wrapped[:-1].hex(),
    })
    base = {"file_key_hex": file_key.hex(), "file_id_hex": file_id.hex(),
            "nonce_prefix_hex": prefix.hex(), "chunk_size": 1024}
    good = fdat(file_key, file_id, prefix, plain, 1024)
    put("attachment", "three-chunks", {
        "comment": "2500 bytes in chunks of 1024 (the smallest chunk size a reader accepts; writers use "
        "65536): 1024 + 1024 + 452", "expect": "ok", **base,
        "plaintext_hex": plain.hex(), "sha256": hashlib.sha256(plain).hexdigest(),
        "sha512": hashlib.sha512(plain).hexdigest(), **good,
        "file_name": file_id.hex() + ".fda",
    })
    empty = fdat(file_key, file_id, prefix, b"", 65536)
    put("attachment", "empty", {
        "comment": "an empty file is one empty final chunk (the 16-byte tag)", "expect": "ok",
        **{**base, "chunk_size": 65536}, "plaintext_hex": "",
        "sha256": hashlib.sha256(b"").hexdigest(), **empty,
    })
    legacy_key = hkdf(data_key, "attachment", file_id)
    old = fdat(legacy_key, file_id, prefix, b"made by FieldDoc 0.1.0\n", 65536)
    put("attachment", "legacy-derived-key", {
        "comment": "a 0.1.0 file (no wrapped key in its row): K_file = HKDF(data key, "
        "'fielddoc/v1/attachment' 0x00 file id)", "expect": "ok", "data_key_hex": data_key.hex(),
        "file_id_hex": file_id.hex(), "file_key_hex": legacy_key.hex(), "nonce_prefix_hex": prefix.hex(),
        "chunk_size": 65536, "plaintext_hex": b"made by FieldDoc 0.1.0\n".hex(),
        "sha256": hashlib.sha256(b"made by FieldDoc 0.1.0\n").hexdigest(), **old,
    })
    f = bytes.fromhex(good["file_hex"])
    c0, c1, c2 = (33 + i * 1040 for i in range(3))

    def fail(name: str, raw: bytes, comment: str, **extra: Any) -> None:
        put("attachment", f"fail-{name}", {
            "comment": comment, "expect": "error", "error": "IntegrityError", **base, **extra,
            "file_hex": raw.hex(),
        })

    tag = bytearray(f)
    tag[c1 + 1039] ^= 1
    fail("wrong-tag", bytes(tag), "the tag of chunk 1 changed")
    fail("truncated-chunk", f[:-1], "the final chunk lost a byte")
    fail("dropped-final-chunk", f[:c2], "truncated at a chunk boundary: chunk 1 was sealed as not last")
    fail("reordered-chunks", f[:c0] + f[c1:c2] + f[c0:c1] + f[c2:], "chunks 0 and 1 swapped")
    fail("duplicated-chunk", f[:c1] + f[c0:c1] + f[c1:], "chunk 0 repeated")
    fail("appended", f + bytes(16), "data after the final chunk")
    hdr = bytearray(f)
    hdr[30] ^= 1
    fail("header-changed", bytes(hdr), "a nonce-prefix byte of the header changed (the header is every "
         "chunk's AD)")
    fail("bad-magic", b"FDAX" + f[4:], "not FDAT")
    fail("unknown-version", f[:4] + b"\x02" + f[5:], "version 2")
    fail("chunk-size-not-power-of-two", f[:6] + struct.pack(">I", 1000) + f[10:], "chunk size 1000")
    fail("chunk-size-too-small", f[:6] + struct.pack(">I", 512) + f[10:], "chunk size 512")
    fail("short-header", f[:32], "shorter than the 33-byte header")
    fail("wrong-key", f, "another file's key", file_key_hex_used=fixed("other file key", 32).hex())
    fail("unexpected-file-id", f, "the reader expected another file id (a renamed .fda)",
         expected_file_id_hex=other_id.hex())
    # an empty final chunk after full chunks is not a valid encoding
    k = AESGCM(file_key)
    h = bytes.fromhex(good["header_hex"])
    one = plain[:1024]
    bad = h + k.encrypt(prefix + struct.pack(">IB", 0, 0), one, h) + k.encrypt(
        prefix + struct.pack(">IB", 1, 1), b"", h)
    fail("empty-final-chunk-after-data", bad, "a full chunk then an empty final chunk")


# -- identities (cards.md) -------------------------------------------------------------------
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def bech32(hrp: str, data: bytes) -> str:
    acc = bits = 0
    five: list[int] = []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            five.append((acc >> bits) & 31)
    if bits:
        five.append((acc << (5 - bits)) & 31)
    return bech32_five(hrp, five)


def bech32_five(hrp: str, five: list[int]) -> str:
    exp = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _polymod(exp + five + [0] * 6) ^ 1
    check = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in five + check)


def unbech32(text: str) -> tuple[str, bytes]:
    low = text.lower()
    hrp, _, rest = low.rpartition("1")
    five = [_BECH.index(c) for c in rest]
    exp = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    if _polymod(exp + five) != 1:
        raise ValueError("checksum")
    acc = bits = 0
    out = bytearray()
    for d in five[:-6]:
        acc = (acc << 5) | d
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
    return hrp, bytes(out)


def groups(digest: bytes) -> str:
    s = base64.b32encode(digest[:20]).decode("ascii")
    return " ".join(s[i : i + 4] for i in range(0, 32, 4))


def key_id(pub: bytes) -> str:
    d = hashlib.sha256(b"fielddoc/v1/key-id\x00" + pub).digest()[:12]
    return "dev-" + base64.b32encode(d).decode("ascii").rstrip("=").lower()


def identity_vectors() -> None:
    seed = bytes(range(32))
    pub = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()
    xpriv = fixed("x25519 identity", 32)
    xpub = X25519PrivateKey.from_private_bytes(xpriv).public_key().public_bytes_raw()
    ident = bech32("age-secret-key-", xpriv).upper()
    rcpt = bech32("age", xpub)
    fp_input = b"fielddoc/v1/fingerprint\x00" + pub
    card_input = b"fielddoc/v1/hq-card\x00" + pub + xpub
    put("identity", "keys", {
        "comment": "device id, device fingerprint, HQ card fingerprint and the age key encodings",
        "expect": "ok",
        "ed25519_seed_hex": seed.hex(), "ed25519_public_hex": pub.hex(), "ed25519_public_b64": b64(pub),
        "key_id_input_hex": (b"fielddoc/v1/key-id\x00" + pub).hex(),
        "device_id": key_id(pub),
        "fingerprint_input_hex": fp_input.hex(),
        "device_fingerprint": groups(hashlib.sha256(fp_input).digest()),
        "x25519_private_hex": xpriv.hex(), "x25519_public_hex": xpub.hex(),
        "age_identity": ident, "age_recipient": rcpt,
        "card_fingerprint_input_hex": card_input.hex(),
        "card_fingerprint": groups(hashlib.sha256(card_input).digest()),
    })
    fpr = groups(hashlib.sha256(fp_input).digest())
    put("identity", "fingerprint-typed-forms", {
        "comment": "what a person may type for a fingerprint: upper or lower case, any white space",
        "expect": "ok", "fingerprint": fpr,
        "typed": [fpr.lower(), fpr.replace(" ", ""), "  " + fpr.lower() + " "],
    })
    wrong = ("B" if fpr[0] != "B" else "C") + fpr[1:]
    put("identity", "fail-fingerprint-typed-wrong", {
        "comment": "one character differs", "expect": "error", "error": "FingerprintMismatch",
        "fingerprint": fpr, "typed": [wrong],
    })
    bad = rcpt[:-1] + ("q" if rcpt[-1] != "q" else "p")
    put("identity", "fail-age-recipient-checksum", {
        "comment": "the Bech32 checksum of an age recipient is wrong", "expect": "error",
        "error": "AgeError", "age_recipient": bad,
    })
    put("identity", "fail-age-recipient-mixed-case", {
        "comment": "Bech32 forbids mixed case", "expect": "error", "error": "AgeError",
        "age_recipient": rcpt[:10] + rcpt[10:].upper(),
    })
    put("identity", "fail-age-recipient-short", {
        "comment": "31 bytes of key", "expect": "error", "error": "AgeError",
        "age_recipient": bech32("age", xpub[:31]),
    })
    five = [_BECH.index(c) for c in rcpt[4:-6]]
    five[-1] |= 1  # a padding bit set: same key bytes, another string
    put("identity", "fail-age-recipient-nonzero-padding", {
        "comment": "the 4 padding bits after the 32 bytes MUST be zero", "expect": "error",
        "error": "AgeError", "age_recipient": bech32_five("age", five),
    })
    # an enrolment file whose fingerprint field does not match its key
    key = Ed25519PrivateKey.from_private_bytes(seed)

    def enrolment(**over: Any) -> str:
        body = {
            "type": "fielddoc-enrolment", "version": 1, "device": key_id(pub),
            "signing_key": b64(pub), "age_recipient": rcpt, "label": "",
            "created_at": "2026-12-06T17:00:00.000000+00:00", "fingerprint": fpr,
        }
        body.update(over)
        sig = key.sign(b"FieldDoc enrolment v1\x00" + sv.jcs(body).encode("utf-8"))
        return json.dumps({**body, "signature": b64(sig)}, indent=1)

    put("identity", "enrolment-ok", {"comment": "a valid enrolment file", "expect": "ok",
                                     "kind": "enrolment", "device_id": key_id(pub), "file": enrolment()})
    put("identity", "fail-enrolment-wrong-fingerprint", {
        "comment": "signed, but the fingerprint field is not the key's", "expect": "error",
        "error": "EnrolmentInvalid", "kind": "enrolment", "file": enrolment(fingerprint=wrong),
    })
    other = Ed25519PrivateKey.from_private_bytes(fixed("other device", 32)).public_key().public_bytes_raw()
    put("identity", "enrolment-device-other-key", {
        "comment": "device names another key's id (only a revoked device may be re-enrolled so; a reader "
        "of the file alone MUST accept the signature, HQ decides)", "expect": "ok", "kind": "enrolment",
        "device_id": key_id(other), "file": enrolment(device=key_id(other)),
    })
    raw = json.loads(enrolment())
    raw["signature"] = b64(bytes(64))
    put("identity", "fail-enrolment-bad-signature", {
        "comment": "the signature is 64 zero bytes", "expect": "error", "error": "EnrolmentInvalid",
        "kind": "enrolment", "file": json.dumps(raw, indent=1),
    })
    raw = json.loads(enrolment())
    raw["signing_key"] = b64(pub).rstrip("=") if b64(pub).endswith("=") else b64(pub)[:-1]
    put("identity", "fail-enrolment-unpadded-base64", {
        "comment": "standard base64 WITH padding is required", "expect": "error",
        "error": "EnrolmentInvalid", "kind": "enrolment", "file": json.dumps(raw, indent=1),
    })


# -- bundles and receipts (bundle.md) ------------------------------------------------------------
AT = "2026-01-01T10:00:00.000+00:00"
HQ_FP = KEYS["hq_card_fingerprint"]
DEVICE = base64.b64decode(KEYS["device_enrolled"])
HQ_SIGNING = base64.b64decode(KEYS["hq_signing_key"])
REPLY = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
FILE = b"scan bytes\n"
FILE_SHA = hashlib.sha256(FILE).hexdigest()


def pub_of(seed: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()


def record(rid: str, kind: str, doc: dict[str, Any], dev: str) -> tuple[bytes, dict[str, Any]]:
    fields = {"record_id": rid, "kind": kind, "revision": 1, "parent": None, "op": "create",
              "device_id": dev, "author": "monitor", "at": AT}
    parts = sv.revision_parts(fields, doc, 2)
    body = sv.jcs({**fields, "doc": doc, "draft": False, "id_generated": False}).encode("utf-8")
    return body, {"body": body.decode("utf-8"), "revision_hash": parts["hash"],
                  "revision_hashed_hex": parts["hashed_hex"]}


def frame(t: int, body: bytes) -> bytes:
    return struct.pack(">BQ", t, len(body)) + body


def preamble(kind: int, pub: bytes, sig: bytes, n: int) -> bytes:
    return b"FDBUNDLE" + bytes([1, kind]) + pub + sig + struct.pack(">I", n)


CONTEXT = {1: b"FieldDoc bundle manifest v1\x00", 2: b"FieldDoc receipt manifest v1\x00"}


def signed(kind: int, seed: bytes, manifest: bytes, sign_kind: int | None = None) -> tuple[bytes, bytes]:
    msg = CONTEXT[sign_kind or kind] + hashlib.sha256(manifest).digest()
    return msg, Ed25519PrivateKey.from_private_bytes(seed).sign(msg)


def bundle_vectors() -> None:
    pub = pub_of(DEVICE)
    dev = key_id(pub)
    r1, v1 = record("per-1", "person", {"id": "per-1", "name": "A person", "confidentiality": "public"}, dev)
    att_doc = {"id": "att-1", "title": "Scan", "confidentiality": "organisation",
               "files": [{"role": "original", "file_name": "scan.pdf", "sha256": FILE_SHA, "size_bytes": 11}]}
    r2, v2 = record("att-1", "attachment", att_doc, dev)
    frames = [frame(1, r1), frame(1, r2)]
    file_frames = [frame(2, FILE)]

    def manifest(**over: Any) -> dict[str, Any]:
        m: dict[str, Any] = {
            "format": "fielddoc-bundle", "version": 1, "type": "export",
            "bundle_id": "01900000-0000-7000-8000-00000000aa01", "device": dev, "sequence": 1,
            "previous": None, "abandoned": [], "recipients": [HQ_FP], "created_at": AT,
            "tlp_ceiling": "AMBER+STRICT", "reply_to": REPLY,
            "counts": {"revisions": 2, "files": 1},
            "revisions": [v1["revision_hash"], v2["revision_hash"]],
            "records_sha256": hashlib.sha256(b"".join(frames)).hexdigest(),
            "files": [{"attachment_id": "att-1", "role": "original", "size": len(FILE),
                       "sha256": FILE_SHA, "created_at": AT}],
            "more": False, "software": "fielddoc spec vectors",
        }
        m.update(over)
        return m

    def plain(m: dict[str, Any] | bytes, body: list[bytes], *, seed: bytes = DEVICE, kind: int = 1,
              sign_kind: int | None = None, public: bytes | None = None,
              flip_sig: bool = False) -> tuple[bytes, bytes, bytes, bytes]:
        mb = m if isinstance(m, bytes) else sv.jcs(m).encode("utf-8")
        msg, sig = signed(kind, seed, mb, sign_kind)
        if flip_sig:
            sig = bytes([sig[0] ^ 1]) + sig[1:]
        pre = preamble(kind, public or pub_of(seed), sig, len(mb))
        return pre + mb + b"".join(body), mb, msg, sig

    end = frame(3, b"")
    p, mb, msg, sig = plain(manifest(), frames + file_frames + [end])
    put("bundle", "export", {
        "comment": "an export bundle's plaintext (what age decrypts to): 2 RECORD frames, 1 FILE frame, END. "
        "Keys: tests/data/bundle-vectors/keys.json (device_enrolled, HQ card fingerprint)",
        "expect": "ok", "device_seed_b64": KEYS["device_enrolled"], "device_public_hex": pub.hex(),
        "device_id": dev, "records": [v1, v2], "file_hex": FILE.hex(),
        "records_sha256_input_hex": b"".join(frames).hex(),
        "manifest": sv.jcs(manifest()), "signed_message_hex": msg.hex(), "signature_hex": sig.hex(),
        "bundle_hash": hashlib.sha256(mb).hexdigest(), "preamble_hex": p[:110].hex(),
        "plaintext_hex": p.hex(),
    })

    def fail(name: str, pt: bytes, error: str, comment: str) -> None:
        put("bundle", f"fail-{name}", {"comment": comment, "expect": "error", "error": error,
                                       "plaintext_hex": pt.hex()})

    full = frames + file_frames + [end]
    fail("bad-signature", plain(manifest(), full, flip_sig=True)[0], "SignatureInvalid",
         "one bit of the signature flipped")
    fail("receipt-context", plain(manifest(), full, sign_kind=2)[0], "SignatureInvalid",
         "signed with the receipt context")
    fail("records-reordered", plain(manifest(), [frames[1], frames[0]] + file_frames + [end])[0],
         "ContentMismatch", "the two RECORD frames swapped")
    fail("record-duplicated", plain(manifest(), [frames[0], frames[0], frames[1]] + file_frames + [end])[0],
         "ContentMismatch", "RECORD frame 1 sent twice: more records than counts.revisions")
    fail("file-before-records", plain(manifest(), file_frames + frames + [end])[0], "ContentMismatch",
         "a FILE frame where the first RECORD frame belongs")
    fail("unknown-frame", plain(manifest(), frames + file_frames + [frame(4, b"x"), end])[0],
         "BundleCorrupt", "a frame of type 4 before END")
    fail("missing-end", plain(manifest(), frames + file_frames)[0], "BundleCorrupt", "no END frame")
    fail("end-not-empty", plain(manifest(), frames + file_frames + [frame(3, b"\x00")])[0],
         "BundleCorrupt", "an END frame of length 1")
    fail("after-end", plain(manifest(), full + [b"\x00"])[0], "BundleCorrupt", "a byte after END")
    fail("file-missing", plain(manifest(), frames + [end])[0], "ContentMismatch",
         "counts.files is 1 but no FILE frame")
    fail("file-changed", plain(manifest(), frames + [frame(2, b"scan bytez\n"), end])[0], "ContentMismatch",
         "the file's bytes do not hash to the manifest's sha256")
    fail("records-sha256", plain(manifest(records_sha256="0" * 64), full)[0], "ContentMismatch",
         "records_sha256 does not match the RECORD frames")
    other = fixed("other device", 32)
    fail("device-not-signer", plain(manifest(device=key_id(pub_of(other))), full)[0], "SignatureInvalid",
         "manifest.device names another key's id than the preamble's signer")
    fail("signer-key-swapped", plain(manifest(), full, seed=other)[0], "UnknownDevice",
         "signed by a key HQ does not know (the manifest still names the enrolled device)")
    fail("wrong-recipient", plain(manifest(recipients=["AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA"]), full)[0],
         "WrongRecipient", "recipients does not list this HQ's card fingerprint")
    fail("unknown-manifest-key", plain(manifest(x_extra=1), full)[0], "MalformedContent",
         "a manifest key version 1 does not define")
    fail("manifest-count", plain(manifest(counts={"revisions": 3, "files": 1}), full)[0], "MalformedContent",
         "counts.revisions differs from the length of revisions")
    wrong_hash = manifest(revisions=[v1["revision_hash"], "0" * 64])
    fail("revision-hash", plain(wrong_hash, full)[0], "ContentMismatch",
         "the second revision's hash is not the manifest's")
    fail("bad-magic", b"FDBUNDLX" + p[8:], "NotABundle", "wrong magic")
    fail("newer-version", p[:8] + b"\x02" + p[9:], "NotABundle", "format version 2")
    fail("manifest-length-zero", p[:106] + struct.pack(">I", 0) + p[110:], "MalformedContent",
         "manifest length 0")

    # receipts
    hq_pub = pub_of(HQ_SIGNING)
    rm = {"format": "fielddoc-bundle", "version": 1, "type": "receipt",
          "receipt_id": "01900000-0000-7000-8000-0000000000r1".replace("r1", "b1"), "hq": HQ_FP,
          "device": dev, "created_at": AT,
          "bundles": [{"bundle_id": manifest()["bundle_id"], "sequence": 1,
                       "hash": hashlib.sha256(mb).hexdigest()}]}
    rp, rmb, rmsg, rsig = plain(rm, [end], seed=HQ_SIGNING, kind=2)
    put("receipt", "receipt", {
        "comment": "HQ's receipt for the bundle of bundle/export.json, signed by the HQ key of keys.json",
        "expect": "ok", "hq_public_hex": hq_pub.hex(), "manifest": sv.jcs(rm),
        "signed_message_hex": rmsg.hex(), "signature_hex": rsig.hex(), "plaintext_hex": rp.hex(),
    })

    def rfail(name: str, pt: bytes, error: str, comment: str) -> None:
        put("receipt", f"fail-{name}", {"comment": comment, "expect": "error", "error": error,
                                        "plaintext_hex": pt.hex()})

    rfail("bundle-context", plain(rm, [end], seed=HQ_SIGNING, kind=2, sign_kind=1)[0], "SignatureInvalid",
          "signed with the export-bundle context")
    rfail("has-record", plain(rm, [frames[0], end], seed=HQ_SIGNING, kind=2)[0], "BundleCorrupt",
          "a RECORD frame in a receipt")
    rfail("extra-key", plain({**rm, "note": "x"}, [end], seed=HQ_SIGNING, kind=2)[0], "MalformedContent",
          "a manifest key receipts do not define")
    rfail("export-type", plain({**rm, "type": "export"}, [end], seed=HQ_SIGNING, kind=2)[0],
          "MalformedContent", "type 'export' in a kind 2 file")


def build() -> dict[str, bytes]:
    FILES.clear()
    vault_vectors()
    attachment_vectors()
    identity_vectors()
    bundle_vectors()
    import spec_vectors_briefing  # rotation statements and briefings (they use the helpers above)

    spec_vectors_briefing.build(sys.modules[__name__])
    import spec_vectors_volumes  # a bundle cut into volumes (bundle.md §10)

    spec_vectors_volumes.build(put)
    return {
        name: (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
        for name, data in sorted(FILES.items())
    }


def main(argv: list[str]) -> int:
    files = build()
    if "--check" in argv:
        bad = [n for n, b in files.items() if not (OUT / n).is_file() or (OUT / n).read_bytes() != b]
        for n in bad:
            print("differs:", n)
        return 1 if bad else 0
    for name, content in files.items():
        path = OUT / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    print(f"{len(files)} vectors in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
