"""Records: create/update/delete, revisions, audit chain, search, drafts."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text, update

from fielddoc import errors
from fielddoc.records import probe, query
from fielddoc.records.service import ConflictError
from fielddoc.store.schema import audit, revisions


def test_create_update_delete_history(rec):
    rid = rec.create("person", {"name": "Roza Tuletaeva", "confidentiality": "public", "tlp": "CLEAR"})
    assert rec.get(rid)["name"] == "Roza Tuletaeva"
    assert rec.update(rid, {"id": rid, "name": "Roza Tuletayeva"}) == 2
    rec.delete(rid)
    with pytest.raises(errors.RecordNotFound):
        rec.get(rid)
    hist = rec.history(rid)
    assert [h.op for h in hist] == ["create", "update", "delete"]
    assert hist[1].parent_hash == hist[0].hash and hist[2].parent_hash == hist[1].hash
    assert hist[0].doc["name"] == "Roza Tuletaeva"
    assert all(h.device_id == rec.store.device_id for h in hist)
    assert rec.verify_history() == []


def test_invalid_record_writes_nothing(rec, vault):
    with vault.engine.connect() as conn:
        before = conn.execute(text("select count(*) from revisions")).scalar()
    with pytest.raises(errors.ValidationError) as exc:
        rec.create("person", {"id": "per-x", "name": "X", "confidentiality": "secret"})
    assert exc.value.problems[0].record_id == "per-x"
    assert "confidentiality" in exc.value.problems[0].field
    with vault.engine.connect() as conn:
        assert conn.execute(text("select count(*) from revisions")).scalar() == before


def test_dangling_reference_rejected(rec):
    with pytest.raises(errors.ValidationError) as exc:
        rec.create("hearing", {"id": "hrg-1", "case_id": "case-missing", "date": "2012-03-28"})
    assert any(p.field == "case_id" for p in exc.value.problems)


def test_optimistic_concurrency(rec):
    rid = rec.create("person", {"name": "A"})
    rec.update(rid, {"name": "B"}, expected_revision=1)
    with pytest.raises(ConflictError):
        rec.update(rid, {"name": "C"}, expected_revision=1)


def test_audit_chain_tamper_detected(rec, vault):
    rid = rec.create("person", {"name": "A"})
    rec.update(rid, {"name": "B"})
    assert rec.verify_history() == []
    with vault.engine.begin() as conn:
        conn.execute(update(audit).where(audit.c.seq == 1).values(actor="someone else"))
    problems = rec.verify_history()
    assert any("audit entry 1 was altered" in p for p in problems)


def test_audit_entry_deletion_detected(rec, vault):
    for i in range(3):
        rec.create("person", {"name": f"P{i}"})
    with vault.engine.begin() as conn:
        conn.execute(audit.delete().where(audit.c.seq == 2))
    assert any("missing" in p or "does not link" in p for p in rec.verify_history())


def test_revision_tamper_detected(rec, vault):
    rid = rec.create("person", {"name": "A"})
    with vault.engine.begin() as conn:
        conn.execute(update(revisions).where(revisions.c.record_id == rid)
                     .values(doc=json.dumps({"id": rid, "name": "Forged"})))
    assert any("was altered" in p for p in rec.verify_history())


def test_search_and_filters(loaded, vault):
    hits = query.search(vault, "Kozlov")
    assert any(h["id"] == "per-kozlov" for h in hits)
    assert query.search(vault, "Kozlov", query.Filter(kind="case"))
    assert all(h["kind"] == "case" for h in query.search(vault, "Kozlov", query.Filter(kind="case")))
    # Query syntax characters never break the search.
    for q in ['"', "AND OR NOT", "*", "a:b", "(", "NEAR(", "' OR 1=1 --"]:
        query.search(vault, q)
    hearings_2012 = query.list_records(vault, query.Filter(kind="hearing", date_from="2012-01-01",
                                                           date_to="2012-12-31"))
    assert hearings_2012 and all(h["date_sort"].startswith("2012") for h in hearings_2012)
    public = query.list_records(vault, query.Filter(confidentiality=("public",)), limit=1000)
    assert public and all(r["confidentiality"] == "public" for r in public)
    n = query.count(vault, query.Filter(kind="person"))
    assert n == 17


def test_search_kazakh_and_russian(rec, vault):
    rec.create("person", {"id": "per-kk", "name": "Әлия Жұмабекқызы", "occupation": "мұнайшы"})
    assert [h["id"] for h in query.search(vault, "жұмабекқызы")] == ["per-kk"]
    assert [h["id"] for h in query.search(vault, "мұнай")] == ["per-kk"]


def test_deleted_record_leaves_search(rec, vault):
    rid = rec.create("person", {"name": "Zyxwvut Canary"})
    assert query.search(vault, "Zyxwvut")
    rec.delete(rid)
    assert not query.search(vault, "Zyxwvut")


def test_form_drafts_roundtrip(rec):
    rec.save_form_draft("d1", "hearing", {"narrative": "half written"})
    drafts = rec.form_drafts()
    assert drafts[0]["doc"]["narrative"] == "half written"
    rec.discard_form_draft("d1")
    assert rec.form_drafts() == []


def test_draft_flag_and_device_only_marked(rec, vault):
    rid = rec.create("person", {"name": "Anon", "confidentiality": "device_only", "tlp": "RED"},
                     draft=True)
    rows = query.list_records(vault, query.Filter(drafts_only=True))
    assert [r["id"] for r in rows] == [rid]
    assert rows[0]["confidentiality"] == "device_only"


def test_rare_search_terms_probe_the_search_index_and_find_the_same_records(loaded, vault, monkeypatch):
    """A rare term is looked up through ix_records_search (SQLite cannot estimate an FTS
    subquery and would walk the date index); a common term keeps the sort index. Both give
    the same page."""
    from sqlalchemy import event

    flt = query.Filter(text="Kozlov")
    seen: list[str] = []

    def capture(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(vault.engine, "before_cursor_execute", capture)
    try:
        rare = query.list_records(vault, flt, limit=1000)
    finally:
        event.remove(vault.engine, "before_cursor_execute", capture)
    assert rare and any(r["id"] == "per-kozlov" for r in rare)
    assert any("FROM records INDEXED BY ix_records_search" in s for s in seen), seen
    monkeypatch.setattr(query, "RARE_HITS", 0)  # now every term counts as common
    common = query.list_records(vault, flt, limit=1000)
    assert [r["id"] for r in common] == [r["id"] for r in rare]
    monkeypatch.setattr(query, "COMMON_HITS", 1)  # and very common: the date index walked, each row probed
    monkeypatch.setattr(probe, "budget", lambda hits, segments=1: 10**6)  # (with room for the whole list)
    seen.clear()
    event.listen(vault.engine, "before_cursor_execute", capture)
    try:
        probed = query.list_records(vault, flt, limit=1000)
    finally:
        event.remove(vault.engine, "before_cursor_execute", capture)
    assert [r["id"] for r in probed] == [r["id"] for r in rare]
    assert any("INDEXED BY ix_records_live_date" in s for s in seen), seen
    assert any("json_each" in s and "EXISTS" in s for s in seen), seen
    with vault.engine.connect() as conn:
        assert query._hits(conn, query.Filter(text="")) is None


def test_confidentiality_count_is_answered_from_an_index(loaded, vault):
    with vault.engine.connect() as conn:
        plan = " ".join(str(r) for r in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM records WHERE kind = 'hearing' "
            "AND deleted_at IS NULL AND confidentiality IN ('public', 'partners')")))
    assert "COVERING INDEX ix_records_kind_conf" in plan, plan
    assert query.count(vault, query.Filter(kind="hearing", confidentiality=("public", "partners"))) > 0


def test_linked_records_are_created_with_the_record_or_not_at_all(rec):
    """A form's inline "+ New person" is stored in the form's own transaction."""
    judge = {"id": "per-new-judge", "name": "Новый Судья", "confidentiality": "organisation",
             "tlp": "AMBER", "counting_unit": "individual"}
    case = {"title": "Case", "confidentiality": "organisation", "tlp": "AMBER"}
    bad = {**case, "confidentiality": "secret"}
    with pytest.raises(errors.ValidationError):
        rec.create("case", bad, linked=[("person", judge)])
    assert not rec.exists(["per-new-judge"]), "nothing is left when the record is refused"
    cid = rec.create("case", case)
    with pytest.raises(errors.ValidationError):
        rec.update(cid, {**bad, "id": cid}, linked=[("person", judge)])
    assert not rec.exists(["per-new-judge"])
    hearing = {"case_id": cid, "date": "2012-03-28", "presiding_judge_id": "per-new-judge",
               "confidentiality": "organisation", "tlp": "AMBER"}
    hid = rec.create("hearing", hearing, linked=[("person", judge)])
    assert rec.get("per-new-judge")["name"] == "Новый Судья"
    assert rec.get(hid)["presiding_judge_id"] == "per-new-judge"
    assert rec.verify_history() == []
