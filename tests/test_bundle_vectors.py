"""The project's bundle test vectors (tests/data/bundle-vectors, CCTV style) on both HQ back ends.

Each vector goes to a fresh HQ holding the vectors' test identity, with the
signing device enrolled, revoked or unknown as its header says, after the
vectors of its ``history``. A vector must end exactly as ``expect`` says, with
bounded work (tests/work_count.py), and a rejected one must leave HQ's store unchanged.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from fielddoc.bundle.errors import BundleFailure
from fielddoc.crypto import signing
from fielddoc.hq import devices
from fielddoc.hq.importer import import_bundle
from tests.test_bundle_support import *  # noqa: F403
from tests.test_bundle_support import make_hq, snapshot
from tests.work_count import count_age_work

HERE = Path(__file__).parent / "data" / "bundle-vectors"
KEYS = json.loads((HERE / "keys.json").read_text())


@dataclass
class Vector:
    name: str
    header: dict[str, str]
    body: bytes


def load(path: Path) -> Vector:
    raw = path.read_bytes()
    head, sep, body = raw.partition(b"\n\n")
    assert sep, f"{path.name}: no blank line after the header"
    header = dict(line.split(": ", 1) for line in head.decode("utf-8").splitlines())
    return Vector(path.name, header, body)


VECTORS = {p.name: load(p) for p in sorted(HERE.iterdir()) if p.is_file() and p.suffix == ""}


def test_vector_set_is_complete():
    expects = {v.header["expect"] for v in VECTORS.values()}
    assert {
        "success",
        "noop",
        "signature",
        "wrong_recipient",
        "unknown_device",
        "revoked_device",
        "replay",
        "tampered",
        "malformed",
        "corrupt",
        "not_for_us",
        "unsupported",
        "not_a_bundle",
    } <= expects
    for v in VECTORS.values():
        assert set(v.header) <= {"expect", "device", "history", "gaps", "comment"}, v.name
        assert v.header["comment"], v.name


def _hq(tmp_path, backend, cleanups):
    hq = make_hq(
        tmp_path / "hq",
        backend,
        cleanups,
        age_identity=KEYS["hq_age_identity"],
        signing_key=base64.b64decode(KEYS["hq_signing_key"]),
    )
    assert hq.fingerprint() == KEYS["hq_card_fingerprint"]
    return hq


def _register(hq, vec: Vector) -> None:
    with hq.engine.begin() as conn:
        for name, status in (("device_enrolled", "enrolled"), ("device_revoked", "revoked")):
            if status == "revoked" and vec.header["device"] != "revoked":
                continue
            pub = signing.public_of(base64.b64decode(KEYS[name]))
            devices.insert_device(conn, pub, label=name, via="enrolment", age_recipient=None)
    if vec.header["device"] == "revoked":
        devices.revoke(hq, signing.key_id(signing.public_of(base64.b64decode(KEYS["device_revoked"]))))


@pytest.mark.parametrize("name", sorted(VECTORS))
def test_vector(name, tmp_path, backend, monkeypatch):
    vec = VECTORS[name]
    cleanups: list = []
    try:
        hq = _hq(tmp_path, backend, cleanups)
        _register(hq, vec)
        for prior in filter(None, (vec.header.get("history") or "").split(",")):
            p = tmp_path / f"h-{prior}"
            p.write_bytes(VECTORS[prior.strip()].body)
            assert import_bundle(hq, p).status == "imported", prior
        path = tmp_path / "bundle.age"
        path.write_bytes(vec.body)
        before = snapshot(hq)
        expect = vec.header["expect"]
        work = count_age_work(monkeypatch)
        if expect in ("success", "noop"):
            res = import_bundle(hq, path)
            assert res.status == ("imported" if expect == "success" else "already_imported")
            want_gaps = [int(x) for x in vec.header.get("gaps", "").split(",") if x]
            assert res.gaps == want_gaps
            if expect == "noop":
                assert snapshot(hq) == before
        else:
            with pytest.raises(BundleFailure) as exc:
                import_bundle(hq, path)
            assert exc.value.code == expect, f"{name}: {exc.value.code}: {exc.value}"
            assert snapshot(hq) == before
        # Bounded work, not seconds: no scrypt, one key agreement per (stanza, key), two openings per chunk.
        assert work.within(len(hq.identities()), len(vec.body)), work
    finally:
        for fn in cleanups:
            fn()
