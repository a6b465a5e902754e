"""Security test 13: one flipped bit anywhere, truncation at every 64 KiB and age-chunk
boundary +-1, appended garbage: every one rejected, HQ's store unchanged (both back ends)."""

from __future__ import annotations

import random

import pytest

from fielddoc.attachments import service as att
from fielddoc.bundle.errors import BundleFailure
from fielddoc.bundle.writer import export_bundle
from fielddoc.hq.importer import import_bundle
from fielddoc.records.service import Records
from tests.test_bundle_support import *  # noqa: F403
from tests.test_bundle_support import link, snapshot

CHUNK = 64 * 1024
ENC_CHUNK = CHUNK + 16


@pytest.fixture
def bundle(field, hq, tmp_path):
    """A bundle of a few records and a 200 KB attachment (several age chunks); HQ already holds
    an earlier bundle, so "unchanged" is checked on a store with content."""
    rec = Records(field)
    link(field, hq)
    rec.create("person", {"id": "per-first", "name": "First"})
    out = tmp_path / "out"
    out.mkdir()
    import_bundle(hq, export_bundle(field, out).path)
    rec.create("case", {"id": "case-1", "title": "A case"})
    src = tmp_path / "scan.pdf"
    src.write_bytes(random.Random(1).randbytes(200_000))
    att.attach(field, rec, src, related_ids=["case-1"])
    rec.create("person", {"id": "per-2", "name": "Second"})
    res = export_bundle(field, out)
    return res.path.read_bytes()


def _payload_start(data: bytes) -> int:
    mac = data.index(b"\n--- ")
    return data.index(b"\n", mac + 1) + 1 + 16  # header, then the 16-byte payload nonce


def _attempt(hq, tmp_path, data: bytes, label: str) -> str:
    p = tmp_path / "attempt.age"
    p.write_bytes(data)
    try:
        import_bundle(hq, p)
    except BundleFailure as exc:
        return exc.code
    raise AssertionError(f"{label}: a damaged bundle was accepted")


def test_untouched_bundle_imports(bundle, hq, tmp_path):
    p = tmp_path / "ok.age"
    p.write_bytes(bundle)
    assert import_bundle(hq, p).new_files == 1


def test_bit_flips_anywhere(bundle, hq, tmp_path):
    before = snapshot(hq)
    start = _payload_start(bundle)
    positions = set(range(0, start + 80))  # every byte of the age header, nonce and first chunk start
    for k in range(1, (len(bundle) - start) // ENC_CHUNK + 1):
        b = start + k * ENC_CHUNK
        positions.update(range(b - 3, b + 3))
    positions.update(range(len(bundle) - 20, len(bundle)))
    rng = random.Random(4)
    positions.update(rng.randrange(len(bundle)) for _ in range(150))
    codes = set()
    for pos in sorted(p for p in positions if 0 <= p < len(bundle)):
        data = bytearray(bundle)
        data[pos] ^= 1 << rng.randrange(8)
        codes.add(_attempt(hq, tmp_path, bytes(data), f"bit flip at {pos}"))
    assert snapshot(hq) == before
    assert "corrupt" in codes


def test_truncation_at_every_boundary(bundle, hq, tmp_path):
    before = snapshot(hq)
    start = _payload_start(bundle)
    cuts = {0, 1, 10, start - 1, start, start + 1}
    for k in range(1, len(bundle) // CHUNK + 2):
        cuts.update((k * CHUNK - 1, k * CHUNK, k * CHUNK + 1))
    for k in range(0, (len(bundle) - start) // ENC_CHUNK + 2):
        b = start + k * ENC_CHUNK
        cuts.update((b - 1, b, b + 1))
    cuts.add(len(bundle) - 1)
    for cut in sorted(c for c in cuts if 0 <= c < len(bundle)):
        _attempt(hq, tmp_path, bundle[:cut], f"truncated at {cut}")
    assert snapshot(hq) == before


def test_appended_garbage(bundle, hq, tmp_path):
    before = snapshot(hq)
    start = _payload_start(bundle)
    last_chunk = bundle[start + ((len(bundle) - start - 1) // ENC_CHUNK) * ENC_CHUNK :]
    for extra in (b"\x00", b"garbage", random.Random(2).randbytes(ENC_CHUNK), last_chunk, bundle[:100]):
        _attempt(hq, tmp_path, bundle + extra, f"{len(extra)} bytes appended")
    assert snapshot(hq) == before
    p = tmp_path / "ok.age"
    p.write_bytes(bundle)
    assert import_bundle(hq, p).status == "imported"  # and the genuine file still imports
