"""F10 (issue 9): a bundle that contradicts the chain HQ holds for its device is refused as a fork.

Against both HQ back ends. Each refused import leaves HQ's store byte for byte as it was.
"""

from __future__ import annotations

import pytest

from fielddoc.bundle import age
from fielddoc.bundle import format as fmt
from fielddoc.bundle.errors import ChainFork, ChainForkAbandoned, ChainForkLater, ReplayError
from fielddoc.hq.importer import import_bundle
from tests.test_bundle_support import *  # noqa: F403
from tests.test_bundle_support import entry, link, raw_manifest, raw_plaintext, seal, snapshot


class Chain:
    """Raw bundles of one enrolled device, built by hand so that their chain can lie."""

    def __init__(self, field, hq, tmp_path):
        link(field, hq)
        self.key = field.signing_key()
        self.hq = hq
        self.dir = tmp_path / "bundles"
        self.dir.mkdir()
        from fielddoc.bundle.device import device_age_identity

        self.reply_to = device_age_identity(field)[1]

    def bundle(self, sequence, previous=None, abandoned=None, rid=None):
        body, h = entry(self.key, rid or f"per-{sequence}", {"name": f"Person {sequence}"})
        m = raw_manifest(
            self.key,
            [self.hq.fingerprint()],
            [(body, h)],
            sequence=sequence,
            previous=previous,
            abandoned=abandoned,
            reply_to=self.reply_to,
        )
        plain = raw_plaintext(self.key, m, [body])
        path = self.dir / f"b{sequence}-{len(list(self.dir.iterdir()))}.age"
        path.write_bytes(seal(plain, [age.recipient_of(self.hq.identities()[0])]))
        return path, fmt.bundle_hash(fmt.canonical_bytes(m))


def _refused(hq, path, error):
    before = snapshot(hq)
    with pytest.raises(error) as exc:
        import_bundle(hq, path)
    assert snapshot(hq) == before
    return str(exc.value)


def test_previous_contradicting_the_held_predecessor_is_a_fork(field, hq, tmp_path):
    c = Chain(field, hq, tmp_path)
    p1, h1 = c.bundle(1)
    import_bundle(hq, p1)
    claimed = "ab" * 32
    p2, _ = c.bundle(2, previous=claimed)
    msg = _refused(hq, p2, ChainFork)
    assert h1 in msg and claimed in msg  # both hashes: what HQ holds, what the bundle claims
    assert "Nothing was imported" in msg


def test_no_previous_although_hq_holds_the_predecessor_is_a_fork(field, hq, tmp_path):
    c = Chain(field, hq, tmp_path)
    p1, h1 = c.bundle(1)
    import_bundle(hq, p1)
    p2, _ = c.bundle(2, previous=None, abandoned=[1])  # "1 was abandoned": HQ has it
    msg = _refused(hq, p2, ChainForkAbandoned)
    assert h1 in msg


def test_abandoning_a_sequence_hq_holds_is_a_fork(field, hq, tmp_path):
    c = Chain(field, hq, tmp_path)
    p1, h1 = c.bundle(1)
    p2, h2 = c.bundle(2, previous=h1)
    import_bundle(hq, p1)
    import_bundle(hq, p2)
    p3, h3 = c.bundle(3, previous=h1, abandoned=[2])
    msg = _refused(hq, p3, ChainForkAbandoned)
    assert h2 in msg and h3 in msg


def test_a_bundle_a_later_one_called_abandoned_is_a_fork(field, hq, tmp_path):
    c = Chain(field, hq, tmp_path)
    p1, h1 = c.bundle(1)
    p3, h3 = c.bundle(3, previous=h1, abandoned=[2])
    import_bundle(hq, p1)
    import_bundle(hq, p3)
    p2, h2 = c.bundle(2, previous=h1)
    msg = _refused(hq, p2, ChainForkLater)
    assert h3 in msg and h2 in msg
    assert issubclass(ChainForkLater, ReplayError)


def test_an_honest_chain_with_an_abandoned_sequence_imports(field, hq, tmp_path):
    c = Chain(field, hq, tmp_path)
    p1, h1 = c.bundle(1)
    p3, h3 = c.bundle(3, previous=h1, abandoned=[2])
    p4, _ = c.bundle(4, previous=h3)
    for p in (p4, p1, p3):  # any order
        assert import_bundle(hq, p).status == "imported"
    assert import_bundle(hq, p1).status == "already_imported"
