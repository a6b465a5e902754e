"""A large streamed import rebuilds the secondary indexes of ``records`` once, at its end, in its own
transaction (store/bulk_indexes.py): the same indexes as the migrations made, the same rows as an
import that keeps them, nothing changed when it fails, and a small import leaves them alone.
(What it saves is measured, not asserted: bench/README.md, "The streamed import at 1M".)"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import event, text

from fielddoc import errors
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.records import audit, interchange, interchange_stream, query
from fielddoc.records.service import Records
from fielddoc.store import bulk_indexes
from fielddoc.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.test_import_scale import AT, _dataset, _tables


def _indexes(v: Vault) -> list[tuple[str, str]]:
    with v.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"))]


def _statements(v: Vault) -> list[str]:
    seen: list[str] = []
    event.listen(v.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: seen.append(statement.strip()))
    return seen


@pytest.fixture
def fixed_clock(monkeypatch):
    monkeypatch.setattr(interchange, "now_iso", lambda: AT)
    monkeypatch.setattr(audit, "now_iso", lambda: AT)
    monkeypatch.setattr(interchange_stream, "BATCH", 300)


def _file(tmp_path, data: dict[str, Any]):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def test_a_large_import_rebuilds_the_indexes_once_and_writes_what_an_import_keeping_them_writes(
        tmp_path, monkeypatch, fixed_clock):
    path = _file(tmp_path, _dataset(2_000))
    kept = Vault.create(tmp_path / "kept", PASSPHRASE, params=TEST_PARAMS)
    rebuilt = Vault.create(tmp_path / "rebuilt", PASSPHRASE, params=TEST_PARAMS)
    with rebuilt.engine.begin() as conn:  # the same device: the same revision hashes
        conn.execute(text("UPDATE settings SET value = :d WHERE key = 'device_id'"), {"d": kept.device_id})
    try:
        before = _indexes(rebuilt)
        interchange_stream.import_file(Records(kept, author="m"), path)  # 2,000 < AFTER: kept
        monkeypatch.setattr(bulk_indexes, "AFTER", 100)
        said = _statements(rebuilt)
        interchange_stream.import_file(Records(rebuilt, author="m"), path)
        dropped = [s for s in said if s.startswith("DROP INDEX")]
        made = [s for s in said if s.startswith("CREATE INDEX") or s.startswith("CREATE UNIQUE INDEX")]
        secondary = [name for name, sql in before if sql and name.startswith(("ix_records_", "ix_revisions_"))
                     and name not in bulk_indexes.KEEP]
        assert len(secondary) >= 10 and len(dropped) == len(secondary) == len(made)
        assert _indexes(rebuilt) == before  # the same names, the same SQL as the migrations made
        assert _tables(rebuilt) == _tables(kept)
        with rebuilt.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        page = query.list_records(rebuilt, sort="title", limit=50)  # through an INDEXED BY plan
        assert [r["title"] for r in page] == sorted(r["title"] for r in page)
        assert query.count(rebuilt, query.Filter(text="давление"), cap=10_001) > 1_000
    finally:
        kept.lock()
        rebuilt.lock()


def test_a_large_import_that_fails_keeps_every_index_and_changes_nothing(tmp_path, monkeypatch, fixed_clock):
    data = _dataset(1_000)
    data["hearings"][-1]["case_id"] = "case-nowhere"  # found only at the end of the file
    path = _file(tmp_path, data)
    v = Vault.create(tmp_path / "v", PASSPHRASE, params=TEST_PARAMS)
    try:
        before = _indexes(v)
        monkeypatch.setattr(bulk_indexes, "AFTER", 100)
        said = _statements(v)
        with pytest.raises(errors.ValidationError):
            interchange_stream.import_file(Records(v, author="m"), path)
        assert any(s.startswith("DROP INDEX") for s in said)  # it did drop them, in the transaction
        assert _indexes(v) == before
        with v.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM records").scalar() == 0
    finally:
        v.lock()


def test_an_import_smaller_than_the_store_leaves_the_indexes_alone(tmp_path, monkeypatch, fixed_clock):
    v = Vault.create(tmp_path / "v", PASSPHRASE, params=TEST_PARAMS)
    try:
        interchange_stream.import_file(Records(v, author="m"), _file(tmp_path, _dataset(1_000)))
        monkeypatch.setattr(bulk_indexes, "AFTER", 10)  # the next file (~20 records estimated) is "large"
        said = _statements(v)
        (tmp_path / "more").mkdir()
        extra = {"persons": [{"id": f"per-x{i}", "name": f"Person {i}", "counting_unit": "individual"}
                             for i in range(300)]}
        interchange_stream.import_file(Records(v, author="m"), _file(tmp_path / "more", extra))
        estimated = (tmp_path / "more" / "in.json").stat().st_size // interchange_stream.BYTES_PER_RECORD
        assert 10 <= estimated < 1_000
        assert not [s for s in said if s.startswith("DROP INDEX")]  # but smaller than the store's 1,000
    finally:
        v.lock()
