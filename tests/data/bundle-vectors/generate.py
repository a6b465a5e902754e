"""Generate the FieldDoc bundle test vectors (CCTV style): one failure per vector.

Usage (from the repository root): ``.venv/bin/python tests/data/bundle-vectors/generate.py``

Each vector is a file: a text header of ``key: value`` lines, a blank line, then
the bundle file exactly as HQ would receive it. Header keys:

``expect``   ``success``, ``noop`` (already imported), or the ``code`` of the
             expected ``BundleFailure`` (``signature``, ``unknown_device``, ...)
``device``   how HQ knows the signing device before the import:
             ``enrolled``, ``revoked`` or ``unknown``
``history``  vectors HQ imports first (each must succeed), comma-separated
``gaps``     for ``success``: the sequence numbers HQ must report missing
``comment``  what the vector tests

All keys are in ``keys.json`` (test keys, derived from fixed seeds: never use
them for anything else). age encryption is randomised, so regenerating changes
the bytes of every vector but not what it tests. Each vector must be rejected
(or accepted) for exactly its one reason: the generator builds every one from
the same valid parts and breaks one thing.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

import pyrage  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey  # noqa: E402
from tests.test_bundle_support import entry, hq_fingerprint, raw_manifest, raw_plaintext  # noqa: E402

from fielddoc.bundle import age  # noqa: E402
from fielddoc.bundle import format as fmt  # noqa: E402
from fielddoc.bundle.age_keys import format_identity  # noqa: E402
from fielddoc.crypto import signing  # noqa: E402


def seed(name: str) -> bytes:
    return hashlib.sha256(b"fielddoc bundle test vectors v1 / " + name.encode()).digest()


HQ_IDENTITY = format_identity(X25519PrivateKey.from_private_bytes(seed("hq-age")))
HQ_SIGNING = seed("hq-ed25519")
OTHER_HQ_IDENTITY = format_identity(X25519PrivateKey.from_private_bytes(seed("other-hq-age")))
DEVICE = seed("device-enrolled")
REVOKED = seed("device-revoked")
UNKNOWN = seed("device-unknown")
FORGER = seed("forger")
DEVICE_REPLY = format_identity(X25519PrivateKey.from_private_bytes(seed("device-age")))
AT = "2026-01-01T10:00:00.000+00:00"


def bid(n: int) -> str:
    return f"01900000-0000-7000-8000-{n:012x}"


def person(key: bytes, rid: str, name: str = "A person", **kw):
    return entry(key, rid, {"name": name, "confidentiality": "public"}, at=AT, **kw)


def attachment(key: bytes, rid: str, sha: str, file_name: str = "scan.pdf"):
    doc = {
        "title": "Scan",
        "confidentiality": "organisation",
        "files": [{"role": "original", "file_name": file_name, "sha256": sha, "size_bytes": 11}],
    }
    return entry(key, rid, doc, kind="attachment", at=AT)


FILE = b"scan bytes\n"
FILE_SHA = hashlib.sha256(FILE).hexdigest()
HQ_FP = hq_fingerprint(HQ_IDENTITY, HQ_SIGNING)
HQ_RECIPIENT = age.recipient_of(HQ_IDENTITY)


def manifest(key: bytes, recs, files=(), **kw):
    kw.setdefault("reply_to", age.recipient_of(DEVICE_REPLY))
    kw.setdefault("bundle_id", bid(kw.get("sequence", 1)))
    return raw_manifest(key, kw.pop("recipients", [HQ_FP]), list(recs), list(files), **kw)


def file_entry(sha: str = FILE_SHA, size: int = len(FILE), att: str = "att-1") -> dict:
    return {"attachment_id": att, "role": "original", "size": size, "sha256": sha, "created_at": AT}


def seal(plain: bytes, recipient: str = HQ_RECIPIENT) -> bytes:
    return age.encrypt_bytes(plain, [recipient])


def valid_parts(
    key: bytes = DEVICE, sequence: int = 1, previous: str | None = None, names=("per-1", "per-2")
):
    recs = [person(key, n) for n in names] + [attachment(key, "att-1", FILE_SHA)]
    m = manifest(key, recs, [file_entry()], sequence=sequence, previous=previous)
    return m, recs


def build() -> dict[str, tuple[dict[str, str], bytes]]:
    v: dict[str, tuple[dict[str, str], bytes]] = {}

    def add(
        name: str, body: bytes, expect: str, comment: str, device: str = "enrolled", **extra: str
    ) -> None:
        v[name] = ({"expect": expect, "device": device, **extra, "comment": comment}, body)

    m, recs = valid_parts()
    valid_plain = raw_plaintext(DEVICE, m, [b for b, _ in recs], [FILE])
    valid_hash = fmt.bundle_hash(fmt.canonical_bytes(m))
    add("valid", seal(valid_plain), "success", "a well-formed bundle: 3 revisions and 1 attachment file")
    add(
        "already_imported",
        seal(valid_plain),
        "noop",
        "the same bundle again (re-encrypted): changes nothing",
        history="valid",
    )
    m_r, recs_r = valid_parts(names=("per-9",))
    add(
        "replay",
        seal(raw_plaintext(DEVICE, m_r, [b for b, _ in recs_r], [FILE])),
        "replay",
        "another bundle that reuses sequence number 1",
        history="valid",
    )
    m_g, recs_g = valid_parts(
        sequence=3, previous=hashlib.sha256(b"bundle 2, never sent").hexdigest(), names=("per-3",)
    )
    add(
        "gap",
        seal(raw_plaintext(DEVICE, m_g, [b for b, _ in recs_g], [FILE])),
        "success",
        "bundle 3 after bundle 1: imported, bundle 2 reported missing",
        history="valid",
        gaps="2",
    )
    m_f, recs_f = valid_parts(sequence=3, previous=valid_hash, names=("per-4",))
    add(
        "fork",
        seal(raw_plaintext(DEVICE, m_f, [b for b, _ in recs_f], [FILE])),
        "replay",
        "bundle 3 names bundle 1 as its predecessor, but HQ has a bundle 2 that follows bundle 1 (a fork)",
        history="valid,fork_base",
    )
    m_fb, recs_fb = valid_parts(sequence=2, previous=valid_hash, names=("per-5",))
    add(
        "fork_base",
        seal(raw_plaintext(DEVICE, m_fb, [b for b, _ in recs_fb], [FILE])),
        "success",
        "bundle 2, correctly chained to bundle 1",
        history="valid",
    )

    add(
        "signature_invalid",
        seal(raw_plaintext(DEVICE, m, [b for b, _ in recs], [FILE], sign_key=FORGER)),
        "signature",
        "the manifest is signed by another key than the enrolled device's in the preamble",
    )
    altered = fmt.canonical_bytes(m).replace(b'"software":"fielddoc test"', b'"software":"fielddoc tesT"')
    sig = fmt.sign_manifest(fmt.KIND_EXPORT, DEVICE, fmt.canonical_bytes(m))
    plain = (
        fmt.encode_preamble(fmt.KIND_EXPORT, signing.public_of(DEVICE), sig, len(altered))
        + altered
        + valid_plain[fmt.PREAMBLE_SIZE + len(fmt.canonical_bytes(m)) :]
    )
    add("manifest_altered", seal(plain), "signature", "one byte of the manifest changed after signing")
    add(
        "manifest_names_other_device",
        seal(
            raw_plaintext(
                DEVICE,
                manifest(DEVICE, recs, [file_entry()], device="dev-" + "a" * 20),
                [b for b, _ in recs],
                [FILE],
            )
        ),
        "signature",
        "a validly signed manifest that names another device id than the signing key's",
    )
    other_fp = hq_fingerprint(OTHER_HQ_IDENTITY, HQ_SIGNING)
    add(
        "wrong_recipient",
        seal(
            raw_plaintext(
                DEVICE,
                manifest(DEVICE, recs, [file_entry()], recipients=[other_fp]),
                [b for b, _ in recs],
                [FILE],
            )
        ),
        "wrong_recipient",
        "signed for another HQ, re-encrypted to this one (surreptitious forwarding)",
    )
    m_u, recs_u = valid_parts(UNKNOWN)
    add(
        "unknown_device",
        seal(raw_plaintext(UNKNOWN, m_u, [b for b, _ in recs_u], [FILE])),
        "unknown_device",
        "a valid bundle from a device HQ never enrolled",
        device="unknown",
    )
    m_v, recs_v = valid_parts(REVOKED)
    add(
        "revoked_device",
        seal(raw_plaintext(REVOKED, m_v, [b for b, _ in recs_v], [FILE])),
        "revoked_device",
        "a valid bundle from a device HQ revoked",
        device="revoked",
    )

    # content that does not match the signed manifest
    add(
        "tampered_attachment",
        seal(raw_plaintext(DEVICE, m, [b for b, _ in recs], [b"scan bytes!"])),
        "tampered",
        "the attachment's bytes do not hash to the manifest's SHA-256",
    )
    other_body = person(DEVICE, "per-1", "Someone else")[0]
    add(
        "record_not_in_manifest",
        seal(raw_plaintext(DEVICE, m, [other_body] + [b for b, _ in recs[1:]], [FILE])),
        "tampered",
        "a record frame is not the revision the manifest lists",
    )
    add(
        "extra_record",
        seal(raw_plaintext(DEVICE, m, [b for b, _ in recs] + [other_body], [FILE])),
        "tampered",
        "one record frame more than the manifest lists",
    )
    add(
        "missing_file",
        seal(raw_plaintext(DEVICE, m, [b for b, _ in recs], [])),
        "tampered",
        "the manifest lists a file the bundle does not carry",
    )
    add(
        "missing_end",
        seal(raw_plaintext(DEVICE, m, [b for b, _ in recs], [FILE], end=b"")),
        "corrupt",
        "no END frame: a plaintext cut short but re-encrypted",
    )
    add(
        "trailing_after_end",
        seal(raw_plaintext(DEVICE, m, [b for b, _ in recs], [FILE], trailing=b"\x00")),
        "corrupt",
        "one byte after the END frame",
    )
    add("truncated", seal(valid_plain)[:-30], "corrupt", "the age file is cut 30 bytes before its end")
    add("appended", seal(valid_plain) + b"\n", "corrupt", "one byte appended to the age file")

    # hostile content inside a validly signed bundle
    for name, file_name, what in (
        ("path_traversal_name", "../../../etc/passwd", "a path (traversal)"),
        ("nul_in_name", "scan\u0000.pdf", "a NUL character"),
        ("backslash_name", "..\\..\\boot.ini", "a Windows path"),
    ):
        r2 = [person(DEVICE, "per-1"), attachment(DEVICE, "att-1", FILE_SHA, file_name)]
        add(
            name,
            seal(raw_plaintext(DEVICE, manifest(DEVICE, r2, [file_entry()]), [b for b, _ in r2], [FILE])),
            "malformed",
            f"an attachment file name that is {what}",
        )
    million = manifest(DEVICE, recs, [file_entry()])
    million["counts"] = {"revisions": 1_000_000, "files": 1}
    add(
        "million_records",
        seal(raw_plaintext(DEVICE, million, [b for b, _ in recs], [FILE])),
        "malformed",
        "the manifest announces 10^6 revisions (more than a bundle may hold): refused before reading any",
    )
    head = raw_plaintext(DEVICE, m, [], end=b"")[: fmt.PREAMBLE_SIZE + len(fmt.canonical_bytes(m))]
    add(
        "huge_record_frame",
        seal(head + fmt.frame_header(fmt.F_RECORD, 1 << 40) + b"{}"),
        "corrupt",
        "a record frame that claims 1 TiB: refused before allocating anything",
    )
    big = bytearray(raw_plaintext(DEVICE, m, [], end=b"")[: fmt.PREAMBLE_SIZE])
    big[106:110] = struct.pack(">I", 0xFFFFFFFF)
    add(
        "huge_manifest",
        seal(bytes(big) + b"{}"),
        "malformed",
        "a manifest length of 4 GiB: refused before reading",
    )
    bad = b'{"record_id":"per-1","doc":"\xff\xfe"}'
    add(
        "bad_utf8",
        seal(raw_plaintext(DEVICE, manifest(DEVICE, [(bad, "0" * 64)]), [bad])),
        "malformed",
        "a record frame that is not UTF-8",
    )
    dup = [person(DEVICE, "per-1")] * 2
    add(
        "duplicate_revisions",
        seal(raw_plaintext(DEVICE, manifest(DEVICE, dup), [b for b, _ in dup])),
        "malformed",
        "the same revision twice (duplicate ids)",
    )
    body, h = person(DEVICE, "per-1")
    dupkey = body.replace(b'{"at"', b'{"at":"x","at"', 1)
    assert dupkey != body
    add(
        "duplicate_json_keys",
        seal(raw_plaintext(DEVICE, manifest(DEVICE, [(dupkey, h)]), [dupkey])),
        "malformed",
        "a record object with a key that appears twice",
    )
    deep = entry(DEVICE, "per-1", {"name": "Deep", "extra": json.loads("[" * 900 + "]" * 900)}, at=AT)
    add(
        "deep_nesting",
        seal(raw_plaintext(DEVICE, manifest(DEVICE, [deep]), [deep[0]])),
        "malformed",
        "a field nested 900 levels deep",
    )
    deeper = b'{"record_id":"per-1","doc":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    add(
        "deep_nesting_100k",
        seal(raw_plaintext(DEVICE, manifest(DEVICE, [(deeper, "0" * 64)]), [deeper])),
        "malformed",
        "100 000 levels of nesting: no recursion blow-up",
    )
    foreign = person(DEVICE, "per-1", device_id="dev-" + "b" * 20)
    add(
        "foreign_device_revision",
        seal(raw_plaintext(DEVICE, manifest(DEVICE, [foreign]), [foreign[0]])),
        "malformed",
        "a revision that claims to come from another device than the signer",
    )
    invalid = entry(DEVICE, "per-1", {"name": 42}, at=AT)
    add(
        "invalid_record",
        seal(raw_plaintext(DEVICE, manifest(DEVICE, [invalid]), [invalid[0]])),
        "malformed",
        "a person whose name is a number (record schema)",
    )
    unknown_key = manifest(DEVICE, recs, [file_entry()])
    unknown_key["surprise"] = True
    add(
        "unknown_manifest_key",
        seal(raw_plaintext(DEVICE, unknown_key, [b for b, _ in recs], [FILE])),
        "malformed",
        "a manifest key this format version does not define",
    )

    # not a bundle for us
    add(
        "not_for_this_hq",
        seal(valid_plain, age.recipient_of(OTHER_HQ_IDENTITY)),
        "not_for_us",
        "encrypted to another HQ's key",
    )
    add(
        "passphrase_encrypted",
        pyrage.passphrase.encrypt(valid_plain, "a passphrase"),
        "unsupported",
        "an age file encrypted with a passphrase (scrypt)",
    )
    add(
        "not_age",
        b"PK\x03\x04 this is a zip file, not an age file\n",
        "not_a_bundle",
        "not an age file at all",
    )
    add(
        "bad_magic",
        seal(b"NOTABNDL" + valid_plain[8:]),
        "not_a_bundle",
        "the plaintext is not a FieldDoc bundle",
    )
    newer = bytearray(valid_plain)
    newer[8] = 2
    add("newer_version", seal(bytes(newer)), "not_a_bundle", "format version 2")
    receipt = raw_plaintext(DEVICE, m, [], kind=fmt.KIND_RECEIPT)
    add("receipt_as_bundle", seal(receipt), "not_a_bundle", "a receipt presented as an export bundle")
    return v


def write(vectors: dict[str, tuple[dict[str, str], bytes]]) -> None:
    for old in HERE.iterdir():
        if old.suffix == "" and old.is_file():
            old.unlink()
    for name, (header, body) in sorted(vectors.items()):
        text = "".join(f"{k}: {v}\n" for k, v in header.items()) + "\n"
        (HERE / name).write_bytes(text.encode("utf-8") + body)
    keys = {
        "warning": "TEST KEYS for the bundle test vectors only. Never use them for anything else.",
        "hq_age_identity": HQ_IDENTITY,
        "hq_signing_key": base64.b64encode(HQ_SIGNING).decode(),
        "hq_card_fingerprint": HQ_FP,
        "device_enrolled": base64.b64encode(DEVICE).decode(),
        "device_revoked": base64.b64encode(REVOKED).decode(),
        "device_unknown": base64.b64encode(UNKNOWN).decode(),
        "device_reply_identity": DEVICE_REPLY,
    }
    (HERE / "keys.json").write_text(json.dumps(keys, indent=1) + "\n")


if __name__ == "__main__":
    vs = build()
    write(vs)
    print(f"wrote {len(vs)} vectors to {HERE}")
