"""Security test 12 at the HQ level: every C2SP CCTV age vector through ``hq import``.

The age layer itself is tested vector by vector in test_age_cctv.py. Here each
vector goes through the whole import, with HQ holding the vector's X25519
identity: none is accepted (the ``success`` payloads are not FieldDoc bundles),
each is refused with one of the bundle errors, and HQ's store is unchanged.
"""

from __future__ import annotations

import pytest

from fielddoc.bundle.errors import BundleFailure
from fielddoc.hq.importer import import_bundle
from tests.test_age_cctv import VECTORS
from tests.test_bundle_support import make_hq, snapshot
from tests.work_count import count_age_work

EXPECTED_CODES = {
    "success": {"not_a_bundle", "unsupported"},
    "header failure": {"corrupt", "not_a_bundle"},
    "HMAC failure": {"corrupt"},
    "payload failure": {"corrupt", "not_a_bundle"},
    "armor failure": {"corrupt", "not_a_bundle"},
    "no match": {"not_for_us", "unsupported"},
}


@pytest.fixture(scope="module")
def hq(tmp_path_factory):
    cleanups: list = []
    store = make_hq(tmp_path_factory.mktemp("cctv") / "hq", "sqlcipher", cleanups)
    yield store
    for fn in cleanups:
        fn()


@pytest.mark.parametrize("name", sorted(VECTORS))
def test_cctv_vector_through_import(name, hq, tmp_path, monkeypatch):
    vec = VECTORS[name]
    ids = vec.x25519_identities or hq.identities()
    monkeypatch.setattr(hq, "identities", lambda: list(ids))
    path = tmp_path / "vector.age"
    path.write_bytes(vec.body)
    before = snapshot(hq)
    work = count_age_work(monkeypatch)
    with pytest.raises(BundleFailure) as exc:
        import_bundle(hq, path)
    # Bounded work, not seconds: no scrypt, one key agreement per (stanza, key), two openings per chunk.
    assert work.within(len(ids), len(vec.body)), work
    assert exc.value.code in EXPECTED_CODES[vec.expect], (vec.expect, exc.value.code, str(exc.value))
    assert snapshot(hq) == before
