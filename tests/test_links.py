"""What links to a record: the links table, kept with every save, import, HQ merge and purge,
and read by its index (not by reading every document)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from fielddoc.bundle.writer import export_bundle
from fielddoc.hq.importer import import_bundle
from fielddoc.records import interchange, query
from fielddoc.records.service import Records
from tests.test_bundle_support import *  # noqa: F403
from tests.test_bundle_support import link

KOZLOV = {"case-kozlov", "hrg-kozlov-2012-10-08", "det-kozlov-2012"}


def _ids(rows) -> set[str]:
    return {r["id"] for r in rows}


def test_a_person_lists_his_case_detention_and_hearing(loaded):
    rows = query.referrers(loaded.store, "per-kozlov")
    assert KOZLOV <= _ids(rows)
    assert {r["kind"] for r in rows} >= {"case", "hearing", "detention"}
    assert all(r["title"] is not None for r in rows)
    kinds = [r["kind"] for r in rows]
    assert kinds == sorted(kinds)  # grouped by type
    # A source lists the records that cite it.
    assert "case-kozlov" in _ids(query.referrers(loaded.store, "src-fh-kozlov"))


def test_links_follow_updates_deletes_and_purge(loaded):
    doc = loaded.get("det-kozlov-2012")
    doc.pop("related_case_id", None)
    loaded.update("det-kozlov-2012", doc)
    assert "det-kozlov-2012" not in _ids(query.referrers(loaded.store, "case-kozlov"))
    assert "det-kozlov-2012" in _ids(query.referrers(loaded.store, "per-kozlov"))
    loaded.delete("hrg-kozlov-2012-10-08")
    assert "hrg-kozlov-2012-10-08" not in _ids(query.referrers(loaded.store, "per-kozlov"))
    loaded.purge("det-kozlov-2012")
    with loaded.store.engine.connect() as conn:
        left = conn.execute(text("SELECT count(*) FROM links WHERE source_id = 'det-kozlov-2012'")).scalar()
    assert left == 0


def test_links_are_written_in_the_same_transaction_as_the_save(loaded, monkeypatch):
    from fielddoc.records import service

    def boom(*_a, **_k):
        raise RuntimeError("crash after the links")

    doc = loaded.get("det-kozlov-2012")
    doc.pop("related_case_id", None)
    monkeypatch.setattr(service.AuditWriter, "append", boom)
    with pytest.raises(RuntimeError):
        loaded.update("det-kozlov-2012", doc)
    assert "det-kozlov-2012" in _ids(query.referrers(loaded.store, "case-kozlov"))  # rolled back


def test_the_query_reads_the_index_not_every_document(loaded):
    with loaded.store.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT records.id FROM links JOIN records ON records.id = links.source_id "
            "WHERE links.target_id = 'per-kozlov' AND records.deleted_at IS NULL")))
    assert "SCAN links" not in plan and "SCAN records" not in plan, plan
    assert "links USING" in plan and "INDEX" in plan, plan


def test_hq_import_fills_the_links(field, hq, tmp_path, acceptance):
    rec = Records(field)
    interchange.import_dataset(rec, acceptance)
    link(field, hq)
    out = tmp_path / "out"
    out.mkdir()
    res = export_bundle(field, out)
    assert res is not None
    import_bundle(hq, res.path)
    assert KOZLOV <= _ids(query.referrers(hq, "per-kozlov"))
    # A second bundle that changes a record: the merge keeps the links current.
    doc = rec.get("det-kozlov-2012")
    doc.pop("related_case_id", None)
    rec.update("det-kozlov-2012", doc)
    res = export_bundle(field, out)
    assert res is not None
    import_bundle(hq, res.path)
    assert "det-kozlov-2012" not in _ids(query.referrers(hq, "case-kozlov"))
    assert "det-kozlov-2012" in _ids(query.referrers(hq, "per-kozlov"))


def test_an_old_vault_gets_its_links_when_it_is_upgraded(tmp_path):
    """Migration 0009 fills the links of the records a 0.1.0 vault already holds."""
    import json
    import shutil
    from pathlib import Path

    from fielddoc.store.vault import Vault

    fixtures = Path(__file__).parent / "data" / "vaults" / "0.1.0"
    expected = json.loads((fixtures / "expected.json").read_text("utf-8"))
    shutil.copytree(fixtures / "vault", tmp_path / "vault")
    vault = Vault.open(tmp_path / "vault", expected["passphrase"])
    vault.idle_timeout = None
    try:
        rec = Records(vault)
        with vault.engine.connect() as conn:
            pairs = conn.execute(text("SELECT count(*) FROM links")).scalar()
        assert pairs > 0
        # Every reference of every current document is there, and nothing else.
        from fielddoc.records import schema

        want = set()
        with vault.engine.connect() as conn:
            for rid, kind, doc in conn.execute(text("SELECT id, kind, doc FROM records")):
                want |= {(t, rid) for _p, t in schema.references(kind, json.loads(doc)) if t != rid}
            have = set(conn.execute(text("SELECT target_id, source_id FROM links")).all())
        assert have == want
        target, source = sorted(want)[0]
        assert source in _ids(query.referrers(rec.store, target)) or rec.meta(source).get("deleted_at")
    finally:
        vault.lock()
