"""Custody events written by FieldDoc use only fields the record schema knows (issue 11 §2)."""

from __future__ import annotations

from fielddoc.attachments import service as att
from fielddoc.records import schema


def test_custody_events_validate_against_the_schema(vault, rec, tmp_path):
    src = tmp_path / "photo.jpg"
    src.write_bytes(b"\xff\xd8" + bytes(1000))
    aid = att.attach(vault, rec, src).attachment_id
    att.extract(vault, rec, aid, tmp_path / "copy.jpg")
    doc = rec.get(aid)
    events = doc["custody_events"]
    assert [e["action"] for e in events] == ["collected", "hashed", "copied"]
    assert all(e["device_id"] == vault.device_id for e in events)  # the device that did it
    analysis = schema.analyse("attachment", doc, draft=True)
    assert analysis.problems == []
    assert not [p for p in analysis.unknown if p.startswith("custody_events")], analysis.unknown


def test_custody_event_device_id_is_checked_as_text():
    doc = {
        "id": "att-1",
        "custody_events": [{"at": "2026-12-06T10:00:00Z", "action": "copied", "device_id": 7}],
    }
    problems = schema.analyse("attachment", doc, draft=True).problems
    assert [p.field for p in problems] == ["custody_events[0].device_id"]
