"""The custody log holds at every hop, from capture to HQ (issue 11 §2, docs/spec/custody.md)."""

from __future__ import annotations

import json
import struct

import pytest
from sqlalchemy import select, update

from fielddoc.attachments import service as att
from fielddoc.bundle import age
from fielddoc.bundle import format as fmt
from fielddoc.bundle.errors import MalformedContent
from fielddoc.bundle.receipt import purge_delivered, purge_plan
from fielddoc.bundle.writer import export_bundle
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.verify import verify_hq
from fielddoc.records import csv_export, custody
from fielddoc.records.canonical import canonical
from fielddoc.records.service import Records
from fielddoc.store.schema import attachment_files, records, revisions
from fielddoc.store.schema import custody as custody_table
from tests.test_bundle_support import *  # noqa: F403
from tests.test_bundle_support import link


def _attach(vault, tmp_path, name="photo.jpg"):
    src = tmp_path / name
    src.write_bytes(b"\xff\xd8" + bytes(range(256)) * 8)
    return att.attach(vault, Records(vault), src)


def _log(store, aid):
    with store.engine.connect() as conn:
        return custody.log_of(conn, aid)


def _export(vault, tmp_path):
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    res = export_bundle(vault, out)
    assert res is not None
    return res


def _manifest(hq, path):
    plain = age.decrypt_bytes(path.read_bytes(), hq.identities())
    (length,) = struct.unpack(">I", plain[106:110])
    return plain, json.loads(plain[110 : 110 + length])


def test_capture_and_extract_are_chained(vault, rec, tmp_path):
    a = _attach(vault, tmp_path)
    att.extract(vault, rec, a.attachment_id, tmp_path / "copy.jpg")
    log = _log(vault, a.attachment_id)
    assert [e["action"] for e in log] == ["collected", "copied"]
    assert log[0]["detail"]["sha256"] == a.sha256 and log[0]["prev"] == custody.GENESIS
    assert log[1]["prev"] == log[0]["hash"] and log[1]["detail"]["verified"] is True
    assert all(e["chain"] == vault.device_id for e in log)
    assert rec.verify_history() == []


def test_export_carries_the_chain_and_names_bundle_and_recipients(field, hq, tmp_path):
    link(field, hq)
    a = _attach(field, tmp_path)
    res = _export(field, tmp_path)
    _, m = _manifest(hq, res.path)
    carried = [e for e in m["custody"] if e["attachment_id"] == a.attachment_id]
    assert [e["action"] for e in carried] == ["collected", "exported"]
    exported = carried[-1]["detail"]
    assert exported["bundle_id"] == res.bundle_id and exported["sequence"] == res.sequence
    assert exported["recipients"] == [hq.fingerprint()]
    assert exported["files"] == [a.sha256]
    assert [e["hash"] for e in _log(field, a.attachment_id)] == [e["hash"] for e in carried]


def test_hq_import_logs_verified_hashes_who_and_its_own_file(field, hq, tmp_path):
    link(field, hq)
    a = _attach(field, tmp_path)
    res = _export(field, tmp_path)
    import_bundle(hq, res.path)
    log = _log(hq, a.attachment_id)
    assert [e["action"] for e in log] == ["collected", "exported", "imported"]
    imp = log[-1]
    assert imp["chain"] == hq.device_id and imp["actor"] == (hq.get_setting("author", "hq") or "hq")
    assert imp["detail"]["bundle"] == res.bundle_hash and imp["detail"]["hq"] == hq.fingerprint()
    assert imp["detail"]["follows"] == log[1]["hash"]
    (stored,) = imp["detail"]["files"]
    assert stored["sha256"] == a.sha256
    # HQ's own reference: the file a recovery tool finds under that name
    if hq.team is not None:  # a team HQ: the file's encrypted pieces in PostgreSQL
        from fielddoc.hq.team.files import has_pieces

        with hq.engine.connect() as conn:
            assert has_pieces(conn, stored["file"])
    else:
        assert (hq.attachments_dir / f"{stored['file']}.fda").exists()
    assert stored["file"] != a.file_id
    assert verify_hq(hq, files=False) == []


def test_hq_does_not_hold_the_device_file_name(field, hq, tmp_path):
    link(field, hq)
    a = _attach(field, tmp_path)
    import_bundle(hq, _export(field, tmp_path).path)
    with hq.engine.connect() as conn:
        docs = [r[0] for r in conn.execute(select(revisions.c.doc))]
        docs += [r[0] for r in conn.execute(select(records.c.doc))]
        (hq_file,) = [r[0] for r in conn.execute(select(attachment_files.c.file_id))]
    assert not any(a.file_id in d for d in docs)
    doc = json.loads(next(d for d in docs if a.attachment_id in d))
    assert "key_id" not in doc["encryption"]
    assert hq_file != a.file_id


def test_csv_output_with_an_attachment_is_logged(vault, rec, tmp_path):
    a = _attach(vault, tmp_path)
    csv_export.export_csv(rec, tmp_path / "csv")
    log = _log(vault, a.attachment_id)
    assert log[-1]["action"] == "reported" and log[-1]["detail"]["output"] == "csv"
    assert log[-1]["detail"]["files"]


def test_pdf_report_with_an_attachment_is_logged(vault, loaded, tmp_path):
    from fielddoc.reports import content, pdf

    rec = loaded
    src = tmp_path / "p.jpg"
    src.write_bytes(b"\xff\xd8" + bytes(300))
    aid = att.attach(vault, rec, src, related_ids=["hrg-zh-2012-03-28"]).attachment_id
    report = content.hearing_report(rec, "hrg-zh-2012-03-28", "en")
    assert aid in report.record_ids
    pdf.save_pdf(report, tmp_path / "r.pdf")
    e = _log(vault, aid)[-1]
    assert e["action"] == "reported" and e["detail"]["output"] == "pdf"
    import hashlib

    assert e["detail"]["sha256"] == hashlib.sha256((tmp_path / "r.pdf").read_bytes()).hexdigest()


def test_purge_is_logged_and_reaches_hq(field, hq, tmp_path):
    from fielddoc.bundle.receipt import import_receipt
    from fielddoc.hq.receipts import make_receipt

    link(field, hq)
    a = _attach(field, tmp_path)
    import_bundle(hq, _export(field, tmp_path).path)
    make_receipt(hq, field.device_id, tmp_path / "r.age")
    import_receipt(field, tmp_path / "r.age")
    plan = purge_plan(field)
    assert a.attachment_id in plan.record_ids
    purge_delivered(field, plan)
    assert _log(field, a.attachment_id)[-1]["action"] == "purged"
    field_res = _export(field, tmp_path)
    import_bundle(hq, field_res.path)
    actions = [e["action"] for e in _log(hq, a.attachment_id) if e["chain"] == field.device_id]
    assert actions == ["collected", "exported", "purged", "exported"]
    assert verify_hq(hq, files=False) == []


def _reseal(field, hq, path, change):
    plain, m = _manifest(hq, path)
    (length,) = struct.unpack(">I", plain[106:110])
    change(m)
    raw = canonical(m)
    sig = fmt.sign_manifest(fmt.KIND_EXPORT, field.signing_key(), raw)
    new = plain[:42] + sig + struct.pack(">I", len(raw)) + raw + plain[110 + length :]
    path.write_bytes(age.encrypt_bytes(new, [hq.card().age_recipient]))


def test_hq_refuses_a_bundle_whose_custody_chain_is_broken(field, hq, tmp_path):
    link(field, hq)
    _attach(field, tmp_path)
    res = _export(field, tmp_path)

    def change(m):
        m["custody"][0]["detail"]["sha256"] = "0" * 64  # the chain no longer verifies

    _reseal(field, hq, res.path, change)
    with pytest.raises(MalformedContent):
        import_bundle(hq, res.path)


def test_hq_verify_detects_a_changed_or_rewritten_custody_entry(field, hq, tmp_path):
    link(field, hq)
    a = _attach(field, tmp_path)
    import_bundle(hq, _export(field, tmp_path).path)
    with hq.engine.begin() as conn:
        conn.execute(update(custody_table).where(custody_table.c.seq == 1,
                                                 custody_table.c.chain == field.device_id)
                     .values(actor="someone else"))
    assert any("was altered" in p for p in verify_hq(hq, files=False))
    # rewritten consistently (every hash recomputed): no longer what the device signed
    with hq.engine.begin() as conn:
        entries = custody.chain_of(conn, a.attachment_id, field.device_id)
        conn.execute(custody_table.delete().where(custody_table.c.chain == field.device_id))
        prev = custody.GENESIS
        for e in entries:
            e = custody.make_entry(e["attachment_id"], e["chain"], e["seq"], prev, "someone else",
                                   e["action"], e["detail"], e["at"])
            conn.execute(custody_table.insert().values(**custody.entry_row(e)))
            prev = e["hash"]
    problems = verify_hq(hq, files=False)
    assert any("not in the signed manifest" in p for p in problems)


def test_device_verify_detects_a_changed_custody_entry(vault, rec, tmp_path):
    _attach(vault, tmp_path)
    with vault.engine.begin() as conn:
        conn.execute(update(custody_table).values(at="2000-01-01T00:00:00+00:00"))
    assert any("custody log" in p for p in rec.verify_history())


def test_the_documented_bundle_verifier_checks_the_custody_chains(field, hq, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "docs" / "examples" / "verify_bundle.py"
    link(field, hq)
    _attach(field, tmp_path)
    res = _export(field, tmp_path)
    plain, _ = _manifest(hq, res.path)
    (tmp_path / "ok.plain").write_bytes(plain)
    run = subprocess.run([sys.executable, "-I", str(script), str(tmp_path / "ok.plain")],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout

    def change(m):
        m["custody"][0]["actor"] = "someone else"  # re-signed by the device key: only the chain catches it

    _reseal(field, hq, res.path, change)
    bad, _ = _manifest(hq, res.path)
    (tmp_path / "bad.plain").write_bytes(bad)
    run = subprocess.run([sys.executable, "-O", "-I", str(script), str(tmp_path / "bad.plain")],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "custody log" in run.stderr and "was altered" in run.stderr


def test_chains_beyond_the_manifest_budget_go_with_the_next_bundle(field, hq, tmp_path, monkeypatch):
    from fielddoc.bundle import custody_carry

    link(field, hq)
    ids = [_attach(field, tmp_path, f"p{i}.jpg").attachment_id for i in range(3)]
    one = sum(len(custody.entry_body(e)) + 100 for e in _log(field, ids[0]))
    monkeypatch.setattr(custody_carry, "MAX_CARRIED_BYTES", 3 * one)  # room for about one chain
    first = _export(field, tmp_path)
    _, m = _manifest(hq, first.path)
    sent = {e["attachment_id"] for e in m["custody"]}
    assert 0 < len(sent) < 3
    import_bundle(hq, first.path)
    seen = set(sent)
    for _ in range(3):
        if seen == set(ids):
            break
        res = _export(field, tmp_path)
        _, m = _manifest(hq, res.path)
        seen |= {e["attachment_id"] for e in m["custody"]}
        import_bundle(hq, res.path)
    assert seen == set(ids)
    assert all(_log(hq, a)[-1]["action"] == "imported" for a in ids)
    assert verify_hq(hq, files=False) == []
