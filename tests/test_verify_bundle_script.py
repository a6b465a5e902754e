"""docs/examples/verify_bundle.py (docs/bundle-format.md §7): a real bundle passes; every
tampered one fails with exit 1, also under ``python -O`` (no check is an ``assert``)."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import subprocess
import sys

import pytest

from fielddoc.attachments import service as att
from fielddoc.bundle import age
from fielddoc.bundle import format as fmt
from fielddoc.bundle.writer import export_bundle
from fielddoc.crypto import signing
from fielddoc.records.service import Records
from tests.test_bundle_support import ROOT, link, make_field, make_hq

SCRIPT = ROOT / "docs" / "examples" / "verify_bundle.py"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("verify")
    cleanups: list = []
    hq = make_hq(tmp / "hq", "sqlcipher", cleanups)
    field = make_field(tmp / "field")
    rec = Records(field)
    rec.create("case", {"id": "case-1", "title": "Verify", "x_ratio": 1.5e-7})
    rec.create("person", {"id": "per-1", "name": "Ä \U0001f600", "contact": {"phone": "+7"}})
    src = tmp / "evidence.bin"
    src.write_bytes(bytes(range(256)) * 300)
    att.attach(field, rec, src, related_ids=["case-1"])
    link(field, hq)
    out = tmp / "out"
    out.mkdir()
    res = export_bundle(field, out)
    plain = age.decrypt_bytes(res.path.read_bytes(), hq.identities()[0])
    private = bytes(field.signing_key())
    yield plain, private, res.bundle_hash
    field.lock()
    for fn in cleanups:
        fn()


def _split(plain: bytes):
    _m, _v, kind, public, _sig, length = fmt.PREAMBLE.unpack(plain[:110])
    manifest = plain[110 : 110 + length]
    frames, pos = [], 110 + length
    while pos < len(plain):
        ftype, flen = struct.unpack(">BQ", plain[pos : pos + 9])
        frames.append((ftype, plain[pos + 9 : pos + 9 + flen]))
        pos += 9 + flen
    return kind, public, manifest, frames


def _join(kind, private, manifest: bytes, frames) -> bytes:
    public = signing.public_of(private)
    sig = fmt.sign_manifest(kind, private, manifest)
    body = b"".join(struct.pack(">BQ", t, len(b)) + b for t, b in frames)
    return fmt.encode_preamble(kind, public, sig, len(manifest)) + manifest + body


def _resigned(plain, private, change, frames_change=None) -> bytes:
    kind, _pub, manifest, frames = _split(plain)
    m = json.loads(manifest)
    change(m)
    if frames_change is not None:
        frames = frames_change(frames)
    return _join(kind, private, json.dumps(m, sort_keys=True).encode(), frames)


def _run(tmp_path, data: bytes, key: str | None, *flags: str):
    path = tmp_path / "bundle.plain"
    path.write_bytes(data)
    args = [sys.executable, *flags, "-I", str(SCRIPT), str(path)] + ([key] if key else [])
    return subprocess.run(args, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("flags", [(), ("-O",)], ids=["plain", "python-O"])
def test_real_bundle_passes(bundle, tmp_path, flags):
    plain, private, bundle_hash = bundle
    key = base64.b64encode(signing.public_of(private)).decode()
    run = _run(tmp_path, plain, key, *flags)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("OK export dev-") and f"bundle hash {bundle_hash}" in run.stdout
    kind, _p, manifest, frames = _split(plain)
    assert [t for t, _ in frames] == [1, 1, 1, 2, 3]  # two records, the attachment, its file, END


def _flip(data: bytes, pos: int) -> bytes:
    b = bytearray(data)
    b[pos] ^= 1
    return bytes(b)


def _file_byte(plain, private):
    kind, _p, manifest, frames = _split(plain)
    frames = [(t, _flip(b, 100) if t == 2 else b) for t, b in frames]
    return _join(kind, private, manifest, frames)


def _record_byte(plain, private):
    kind, _p, manifest, frames = _split(plain)
    i = next(i for i, (t, b) in enumerate(frames) if t == 1 and b"Verify" in b)
    frames[i] = (1, frames[i][1].replace(b"Verify", b"Verifz"))
    return _join(kind, private, manifest, frames)


def _records_sha(frames) -> str:
    return hashlib.sha256(
        b"".join(struct.pack(">BQ", t, len(b)) + b for t, b in frames if t == 1)
    ).hexdigest()


def _dropped_record(plain, private):
    _k, _p, _m, frames = _split(plain)
    kept = [*frames[:2], *frames[3:]]  # the last RECORD frame

    def change(m):
        m["records_sha256"] = _records_sha(kept)

    return _resigned(plain, private, change, lambda f: kept)


TAMPERED = {
    "manifest-byte": (lambda p, k: _flip(p, 130), "InvalidSignature"),
    "file-byte": (_file_byte, "FILE frame 1 was altered"),
    "record-byte": (_record_byte, "is not the revision the manifest lists"),
    "unknown-frame-type": (
        lambda p, k: _resigned(p, k, lambda m: None, lambda f: [*f[:-1], (7, b""), f[-1]]),
        "unknown frame type 7",
    ),
    "file-before-records": (
        lambda p, k: _resigned(p, k, lambda m: None, lambda f: [f[3], *f[:3], f[4]]),
        "a RECORD frame after a FILE frame",
    ),
    "count-too-high": (
        lambda p, k: _resigned(p, k, lambda m: m["counts"].update(files=2)),
        "counts do not match",
    ),
    "record-missing": (_dropped_record, "fewer RECORD frames"),
    "end-missing": (lambda p, k: _resigned(p, k, lambda m: None, lambda f: f[:-1]), "no END frame"),
    "another-device": (
        lambda p, k: _resigned(p, k, lambda m: m.update(device="dev-" + "a" * 20)),
        "not the signing key's id",
    ),
    "revision-hash-swapped": (
        lambda p, k: _resigned(p, k, lambda m: m["revisions"].reverse()),
        "is not the revision the manifest lists",
    ),
    "data-after-end": (lambda p, k: p + b"\x00", "data after the END frame"),
    "duplicate-key": (
        lambda p, k: _join(1, k, b'{"format":"fielddoc-bundle","format":"x"}', [(3, b"")]),
        "duplicate key",
    ),
}


@pytest.mark.parametrize("flags", [(), ("-O",)], ids=["plain", "python-O"])
@pytest.mark.parametrize("case", sorted(TAMPERED))
def test_tampered_bundle_fails(bundle, tmp_path, case, flags):
    plain, private, _h = bundle
    make, reason = TAMPERED[case]
    run = _run(tmp_path, make(plain, private), None, *flags)
    assert run.returncode == 1, (run.stdout, run.stderr)
    assert "OK" not in run.stdout
    assert reason in run.stderr, run.stderr


def test_another_signer_is_refused(bundle, tmp_path):
    plain, _private, _h = bundle
    other = base64.b64encode(signing.generate()[1]).decode()
    run = _run(tmp_path, plain, other, "-O")
    assert run.returncode == 1 and "signed by another key" in run.stderr
