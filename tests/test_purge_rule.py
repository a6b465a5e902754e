"""F17 (issue 9): records become purge-eligible only once every HQ card they were sent to (and
that the device still holds) acknowledged them (docs/bundle-format.md §2)."""

from __future__ import annotations

from fielddoc.bundle.device import remove_recipient
from fielddoc.bundle.receipt import import_receipt, purge_plan
from fielddoc.bundle.writer import export_bundle
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.receipts import make_receipt
from fielddoc.records.service import Records
from tests.test_bundle_support import *  # noqa: F403
from tests.test_bundle_support import link, make_hq


def _two_hqs(field, hq, tmp_path, cleanups):
    other = make_hq(tmp_path / "hq2", "sqlcipher", cleanups, name="HQ Two")
    link(field, hq)
    link(field, other)
    Records(field).create("person", {"id": "per-1", "name": "One", "confidentiality": "public"})
    out = tmp_path / "out"
    out.mkdir()
    res = export_bundle(field, out)
    assert res is not None
    for h in (hq, other):
        import_bundle(h, res.path)
    return other


def test_one_hqs_receipt_is_not_enough(field, hq, tmp_path):
    cleanups: list = []
    try:
        other = _two_hqs(field, hq, tmp_path, cleanups)
        first = import_receipt(field, make_receipt(hq, field.device_id, tmp_path / "r1.age").path)
        assert first.bundles == 1 and first.waiting == 1 and first.revisions == 0
        assert purge_plan(field).record_ids == []  # HQ Two has not acknowledged it
        second = import_receipt(field, make_receipt(other, field.device_id, tmp_path / "r2.age").path)
        assert second.waiting == 0 and second.revisions == 1
        assert purge_plan(field).record_ids == ["per-1"]
    finally:
        for fn in cleanups:
            fn()


def test_a_removed_card_is_no_longer_waited_for(field, hq, tmp_path):
    cleanups: list = []
    try:
        other = _two_hqs(field, hq, tmp_path, cleanups)
        remove_recipient(field, other.fingerprint())
        got = import_receipt(field, make_receipt(hq, field.device_id, tmp_path / "r1.age").path)
        assert got.waiting == 0 and purge_plan(field).record_ids == ["per-1"]
    finally:
        for fn in cleanups:
            fn()
