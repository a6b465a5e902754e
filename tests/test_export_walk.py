"""An export after a large export reads only the history of the records it sends from (bundle/walk.py).

The targeted walk must give the bundle the full walk gives: the same revisions,
export hashes (redacted ``contact`` chains), files and plaintext digest, for a
mixed history (new records, edits of old ones, deletions, a purge, an attachment),
with and without ``since_last``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from fielddoc.attachments.service import attach
from fielddoc.bundle import export_plan, walk
from fielddoc.bundle.writer import export_bundle
from fielddoc.records.service import Records
from tests.test_bundle_support import link, make_field, make_hq


@pytest.fixture
def linked(tmp_path):
    cleanups: list = []
    hq = make_hq(tmp_path / "hq", "sqlcipher", cleanups)
    field = make_field(tmp_path / "field", "monitor-a")
    link(field, hq)
    yield field
    field.lock()
    for fn in cleanups:
        fn()


def _history(field: Any, tmp_path: Path) -> None:
    rec = Records(field)
    for i in range(40):
        doc: dict[str, Any] = {"id": f"per-{i}", "name": f"Person {i}"}
        if i % 5 == 0:
            doc["contact"] = f"+7 700 000 {i:04d}"  # redacted at export: its chain gets export hashes
        rec.create("person", doc)
    rec.create("case", {"id": "case-1", "title": "Дело", "case_type": "criminal"})
    out = tmp_path / "out"
    out.mkdir()
    assert export_bundle(field, out) is not None  # the large export
    for i in range(40, 45):  # new records
        rec.create("person", {"id": f"per-{i}", "name": f"Person {i}"})
    for i in (0, 3, 10):  # edits of old records, two of them with contacts (redacted chains)
        doc = rec.get(f"per-{i}")
        doc["name"] = f"Person {i} edited"
        rec.update(f"per-{i}", doc)
    rec.delete("per-7")
    rec.purge("per-8")
    src = tmp_path / "photo.bin"
    src.write_bytes(b"evidence bytes" * 100)
    attach(field, rec, src, related_ids=["case-1"], file_name="photo.bin")


def _plans(field: Any, since_last: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    with field.engine.connect() as conn:
        targeted = export_plan.make_plan(conn, field.device_id, "AMBER", since_last)
        monkeypatch.setattr(walk, "TARGETED_MAX", -1)  # every export walks the whole history
        full = export_plan.make_plan(conn, field.device_id, "AMBER", since_last)
        monkeypatch.undo()
    return targeted, full


@pytest.mark.parametrize("since_last", [True, False])
def test_the_targeted_walk_gives_the_bundle_the_full_walk_gives(linked, tmp_path, monkeypatch,
                                                                since_last) -> None:
    _history(linked, tmp_path)
    targeted, full = _plans(linked, since_last, monkeypatch)
    assert full.touched is None and targeted.touched is not None
    full.touched = targeted.touched
    assert targeted == full
    assert targeted.local_hashes  # there is something to send
    if since_last:  # only what changed: 5 new, 3 edits, 1 deletion, the attachment's record
        assert len(targeted.local_hashes) == 10
        assert set(targeted.export_hashes) != set(targeted.local_hashes)  # redacted chains re-hashed


def test_an_export_after_a_large_one_reads_only_what_changed(linked, tmp_path) -> None:
    _history(linked, tmp_path)
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(" ".join(statement.split()))

    event.listen(linked.engine, "before_cursor_execute", seen)
    try:
        res = export_bundle(linked, tmp_path / "out", since_last=True)
    finally:
        event.remove(linked.engine, "before_cursor_execute", seen)
    assert res is not None and res.revisions == 10
    reads = [s for s in statements if "revisions.doc" in s and "FROM revisions" in s]
    assert reads and all("WHERE revisions.record_id IN" in s for s in reads), reads
    flags = [s for s in statements if "records.id_generated" in s and "FROM records" in s]
    assert flags and all("records.id IN" in s for s in flags), flags
