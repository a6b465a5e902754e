"""Revision and audit hashes: version 2 (RFC 8785) is written, version 1 (FieldDoc 0.1.0) still verifies.

docs/spec/hashes.md. The byte-level vectors are in tests/test_spec_vectors.py; these tests
check the version handling in a real vault.
"""

from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy import select, update

from fielddoc.records.canonical import (
    GENESIS,
    audit_hash,
    canonical,
    canonical_v1,
    dumps_v1,
    revision_hash,
    revision_version,
)
from fielddoc.records.jcs import CanonicalJSONError
from fielddoc.store.schema import audit, records, revisions


def _downgrade_to_v1(vault, floats: tuple[str, ...] = ()) -> None:
    """Rewrite every revision and audit entry as FieldDoc 0.1.0 wrote them (version 1 hashes).

    ``floats``: top-level fields that were doubles (the version 2 bytes stored ``1.0`` as ``1``).
    """
    with vault.engine.begin() as conn:
        remap: dict[str, str] = {}
        for r in conn.execute(select(revisions).order_by(revisions.c.seq)).mappings().all():
            doc = json.loads(r["doc"])
            for k in floats:
                if k in doc:
                    doc[k] = float(doc[k]) if doc[k] != 0 else -0.0
            doc_json = dumps_v1(doc)
            parent = remap.get(r["parent_hash"], r["parent_hash"]) if r["parent_hash"] else None
            h = revision_hash(
                record_id=r["record_id"],
                kind=r["kind"],
                revision=r["revision"],
                parent_hash=parent,
                op=r["op"],
                device_id=r["device_id"],
                author=r["author"],
                at=r["at"],
                doc_json=doc_json,
                v=1,
            )
            remap[r["hash"]] = h
            conn.execute(
                update(revisions)
                .where(revisions.c.seq == r["seq"])
                .values(hash=h, parent_hash=parent, doc=doc_json)
            )
        for r in conn.execute(select(records.c.id, records.c.head_hash)).all():
            conn.execute(update(records).where(records.c.id == r[0]).values(head_hash=remap[r[1]]))
        prev = GENESIS
        for a in conn.execute(select(audit).order_by(audit.c.seq)).mappings().all():
            rh = remap.get(a["revision_hash"], a["revision_hash"])
            h = audit_hash(
                prev_hash=prev,
                seq=a["seq"],
                at=a["at"],
                device_id=a["device_id"],
                actor=a["actor"],
                action=a["action"],
                record_id=a["record_id"],
                revision_hash=rh,
                detail=a["detail"],
                v=1,
            )
            conn.execute(
                update(audit).where(audit.c.seq == a["seq"]).values(hash=h, prev_hash=prev, revision_hash=rh)
            )
            prev = h


def test_new_revisions_are_version_2_over_rfc8785(rec, vault):
    rid = rec.create(
        "person",
        {
            "name": "Ä\U0001f600",
            "confidentiality": "public",
            "tlp": "CLEAR",
            "x_score": 1.5e-7,
            "\ue000": 1,
            "\U0001f600": 2,
        },
    )
    with vault.engine.connect() as conn:
        r = conn.execute(select(revisions).where(revisions.c.record_id == rid)).mappings().one()
    doc = json.loads(r["doc"])
    assert r["doc"].encode("utf-8") == canonical(doc)  # stored bytes are the JCS bytes
    assert '"x_score":1.5e-7' in r["doc"]  # ECMAScript number form, not Python's 1.5e-07
    assert r["doc"].index('"\U0001f600"') < r["doc"].index('"\ue000"')  # UTF-16 order
    head = (
        f'{{"at":"{r["at"]}","author":{json.dumps(r["author"])},"device_id":"{r["device_id"]}",'
        f'"kind":"person","op":"create","parent":null,"record_id":"{rid}","revision":1,"v":2}}'
    )
    assert r["hash"] == hashlib.sha256(head.encode() + b"\n" + r["doc"].encode()).hexdigest()
    fields = {k: r[k] for k in ("record_id", "kind", "revision", "op", "device_id", "author", "at")}
    assert revision_version(r["hash"], parent_hash=None, doc_json=r["doc"], **fields) == 2


def test_audit_entries_are_version_2(rec, vault):
    rec.create("person", {"name": "A"})
    with vault.engine.connect() as conn:
        a = conn.execute(select(audit).order_by(audit.c.seq)).mappings().first()
    body = {
        "v": 2,
        "prev": GENESIS,
        "seq": a["seq"],
        "at": a["at"],
        "device_id": a["device_id"],
        "actor": a["actor"],
        "action": a["action"],
        "record_id": a["record_id"],
        "revision_hash": a["revision_hash"],
        "detail": a["detail"],
    }
    assert a["prev_hash"] == GENESIS
    assert a["hash"] == hashlib.sha256(canonical(body)).hexdigest()


def test_version_1_vault_still_verifies_and_new_work_continues_the_chain(rec, vault):
    rid = rec.create("person", {"name": "A", "x_weight": 1.0})
    rec.update(rid, {"id": rid, "name": "B", "x_weight": 1e-7})
    _downgrade_to_v1(vault)
    with vault.engine.connect() as conn:
        assert '"x_weight":1e-07' in conn.execute(select(revisions.c.doc)).scalars().all()[-1]
    assert rec.verify_history() == []
    rec.update(rid, {"id": rid, "name": "C"})  # a version 2 revision on a version 1 parent
    assert rec.verify_history() == []
    assert [h.doc["name"] for h in rec.history(rid)] == ["A", "B", "C"]


def test_altered_version_1_revision_is_caught(rec, vault):
    rid = rec.create("person", {"name": "A"})
    _downgrade_to_v1(vault)
    with vault.engine.begin() as conn:
        conn.execute(
            update(revisions)
            .where(revisions.c.record_id == rid)
            .values(doc=dumps_v1({"id": rid, "name": "Z"}))
        )
    assert any("altered" in p for p in rec.verify_history())


def test_version_1_audit_entry_after_version_2_is_refused(rec, vault):
    rec.create("person", {"name": "A"})
    rec.create("person", {"name": "B"})
    with vault.engine.begin() as conn:  # entry 2 rewritten under the old version
        a = conn.execute(select(audit).where(audit.c.seq == 2)).mappings().one()
        h = audit_hash(
            prev_hash=a["prev_hash"],
            seq=2,
            at=a["at"],
            device_id=a["device_id"],
            actor=a["actor"],
            action=a["action"],
            record_id=a["record_id"],
            revision_hash=a["revision_hash"],
            detail=a["detail"],
            v=1,
        )
        conn.execute(update(audit).where(audit.c.seq == 2).values(hash=h))
    assert any("older hash version" in p for p in rec.verify_history())


@pytest.mark.parametrize(
    "value", [float("nan"), float("inf"), 2**53, -(2**60), "\ud800", b"x", {"k": {1, 2}}]
)
def test_values_without_canonical_form_are_refused(value):
    with pytest.raises(CanonicalJSONError):
        canonical({"a": value})


def test_numbers_beyond_2_53_are_refused_by_the_record_schema(rec):
    from fielddoc import errors

    with pytest.raises(errors.ValidationError) as exc:
        rec.create("person", {"name": "A", "x_big": 2**53})
    assert exc.value.problems[0].field.endswith("x_big")
    assert canonical_v1({"a": 2**53}) == b'{"a":9007199254740992}'  # version 1 kept them


def _independent():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "spec_vectors.py"
    spec = importlib.util.spec_from_file_location("spec_vectors", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _random_value(rnd, depth=0):
    import struct

    pick = rnd.randrange(9 if depth < 4 else 6)
    if pick == 0:
        return rnd.choice([None, True, False])
    if pick == 1:
        return rnd.randint(-(2**53) + 1, 2**53 - 1) if rnd.random() < 0.5 else rnd.randint(-1000, 1000)
    if pick == 2:
        while True:
            (x,) = struct.unpack(">d", rnd.getrandbits(64).to_bytes(8, "big"))
            if x == x and abs(x) != float("inf"):
                return x
    if pick == 3:
        return rnd.choice([0.5, 1.0, -0.0, 1e21, 1e-7, 123.456, 1e16, 2.0**60])
    if pick in (4, 5):
        alphabet = 'aZ09 "\\/\b\f\n\r\t\x00\x1f\x7f\u2028é€\ue000\ufb33\uffff\U0001f600\U0010ffff:,.[]{}'
        return "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(8)))
    if pick == 6:
        return [_random_value(rnd, depth + 1) for _ in range(rnd.randrange(5))]
    keys = ["", "a", "b", "\ue000", "\U0001f600", "\ufb33", "é", "10", "1", "\u0080"]
    return {
        rnd.choice(keys) + rnd.choice(keys): _random_value(rnd, depth + 1) for _ in range(rnd.randrange(6))
    }


def test_encoder_agrees_with_the_independent_implementation_on_random_values():
    import random

    ind = _independent()
    rnd = random.Random(8785)
    for _ in range(3000):
        value = {"k": _random_value(rnd)}
        assert canonical(value) == ind.jcs(value).encode("utf-8"), value
        assert canonical_v1(value) == ind.legacy(value).encode("utf-8"), value


@pytest.mark.parametrize("meta", [{"n": 2**60}, {"s": "\ud800"}])
def test_manifest_meta_without_canonical_form_is_malformed_content(meta):
    from fielddoc.bundle import format as fmt
    from fielddoc.bundle.errors import MalformedContent
    from fielddoc.crypto import signing
    from tests.test_bundle_support import raw_manifest

    key, _pub = signing.generate()
    m = raw_manifest(key, ["AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA"], [], meta=meta)
    raw = json.dumps(m, sort_keys=True).encode()  # (json.dumps escapes the surrogate as \ud800)
    with pytest.raises(MalformedContent) as exc:
        fmt.parse_export_manifest(raw)
    assert exc.value.params["field"] == "manifest.meta"


def test_version_1_revisions_export_import_and_verify_at_hq(tmp_path):
    """A vault from 0.1.0 (version 1 hashes, a float 1.0, a redacted contact) reaches HQ intact."""
    from fielddoc.bundle.writer import export_bundle
    from fielddoc.hq.importer import import_bundle
    from fielddoc.hq.verify import verify_hq
    from fielddoc.records.service import Records
    from tests.test_bundle_support import link, make_field, make_hq

    cleanups: list = []
    hq = make_hq(tmp_path / "hq", "sqlcipher", cleanups)
    field = make_field(tmp_path / "field")
    try:
        rec = Records(field)
        rid = rec.create("person", {"name": "A", "x_weight": 1.0, "contact": {"phone": "+7"}})
        rec.update(rid, {"id": rid, "name": "B", "x_weight": -0.0, "contact": {"phone": "+7"}})
        _downgrade_to_v1(field, floats=("x_weight",))
        rec.update(rid, {"id": rid, "name": "C", "x_weight": 2.0})  # version 2 on a version 1 chain
        link(field, hq)
        out = tmp_path / "out"
        out.mkdir()
        res = export_bundle(field, out)
        result = import_bundle(hq, res.path)
        assert result.new_revisions == 3
        assert verify_hq(hq) == []
        with hq.engine.connect() as conn:
            docs = conn.execute(select(revisions.c.doc).order_by(revisions.c.revision)).scalars().all()
        assert '"x_weight":1.0' in docs[0] and '"x_weight":-0.0' in docs[1]  # legacy bytes kept
        assert '"x_weight":2' in docs[2] and '"x_weight":2.0' not in docs[2]  # RFC 8785 bytes
        assert all('"contact"' not in d for d in docs)
    finally:
        field.lock()
        for fn in cleanups:
            fn()
