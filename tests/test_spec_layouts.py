"""The byte-layout vectors of docs/spec/{vault,attachment,bundle,cards}.md against FieldDoc's code.

scripts/spec_vectors_layouts.py writes them from the spec without importing fielddoc; here
the real code must read every ``ok`` vector to exactly the values it states, and refuse
every ``error`` vector with exactly the error it names.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fielddoc.bundle import age, briefing, reader
from fielddoc.bundle import format as fmt
from fielddoc.bundle.age_keys import parse_identity, parse_recipient
from fielddoc.bundle.cards import Enrolment, card_fingerprint, check_fingerprint, device_fingerprint
from fielddoc.bundle.device import device_age_identity
from fielddoc.bundle.errors import BundleFailure
from fielddoc.bundle.rotation import RotationStatement
from fielddoc.crypto import kdf, keys, signing, stream
from fielddoc.errors import FieldDocError
from fielddoc.hq import devices
from fielddoc.hq.importer import import_bundle
from fielddoc.records.canonical import canonical
from fielddoc.store import header as hdr
from fielddoc.store.schema import revisions
from tests.test_bundle_support import link, make_field, make_hq, snapshot

ROOT = Path(__file__).resolve().parent.parent
VECTORS = ROOT / "tests" / "data" / "vectors"
KEYS = json.loads((ROOT / "tests" / "data" / "bundle-vectors" / "keys.json").read_text())
STRUCTURES = ("vault", "attachment", "identity", "bundle", "receipt", "rotation", "briefing")


def _all(structure: str) -> list[Path]:
    return sorted((VECTORS / structure).glob("*.json"))


def _load(p: Path) -> dict[str, Any]:
    return json.loads(p.read_text("utf-8"))


def _h(v: dict[str, Any], key: str) -> bytes:
    return bytes.fromhex(v[key])


def test_every_structure_has_known_answers_and_failures():
    for s in STRUCTURES:
        expects = [_load(p)["expect"] for p in _all(s)]
        assert "ok" in expects and "error" in expects, s
    assert sum(len(_all(s)) for s in STRUCTURES) >= 70


def test_vectors_are_what_the_independent_implementation_writes():
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "spec_vectors_layouts.py"), "--check"],
        capture_output=True, text=True, timeout=120,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def _raises(v: dict[str, Any], fn) -> None:
    with pytest.raises(FieldDocError) as exc:
        fn()
    assert type(exc.value).__name__ == v["error"], f"{v['name']}: {type(exc.value).__name__}: {exc.value}"
    assert v.get("detail", "") in str(exc.value), f"{v['name']}: {exc.value}"  # refused for that reason


# -- vault ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", _all("vault"), ids=lambda p: p.stem)
def test_vault_header(path):
    v = _load(path)
    raw = _h(v, "header_hex")
    if v["expect"] == "error":
        _raises(v, lambda: hdr.decode(raw).unwrap(v["passphrase"]))
        return
    header = hdr.decode(raw)
    assert header.encode() == raw
    assert header.associated_data() == _h(v, "associated_data_hex")
    assert header.unwrap(v["passphrase"]) == _h(v, "data_key_hex")
    a = v["argon2"]
    params = kdf.KdfParams(a["memory_kib"], a["iterations"], a["lanes"])
    assert header.params == params and header.salt.hex() == a["salt_hex"]
    assert kdf.derive(v["passphrase"], header.salt, params).hex() == v["kek_hex"]
    if v["name"] != "header":
        assert header.minor == 3 and header.extra == {"x_future": {"n": 1}} and header.wipe_after == 5
        return
    assert header.body().decode("ascii") == v["body"]
    assert header.check.hex() == v["check_hex"] and header.nonce.hex() == v["wrap_nonce_hex"]
    assert header.wrapped_key.hex() == v["wrapped_key_hex"]
    # the code produces the same bytes from the same fields
    rebuilt = hdr.VaultHeader(
        params=params, salt=header.salt, nonce=header.nonce, check=header.check,
        wrapped_key=_h(v, "wrapped_key_hex"), vault_id=header.vault_id, created_at=header.created_at,
        wipe_after=None,
    )
    assert rebuilt.encode() == raw
    dk = _h(v, "data_key_hex")
    assert keys.derive_key(dk, "sqlcipher").hex() == v["sqlcipher_key_hex"]
    assert keys.derive_key(dk, "attachment-wrap").hex() == v["attachment_wrap_key_hex"]


def test_vault_kdf_bounds_are_what_the_spec_says():
    assert kdf.KdfParams(8, 1, 1).sane() and kdf.KdfParams(1024 * 1024, 16, 8).sane()
    too_big = 1024 * 1024 + 1
    for bad in ((7, 1, 1), (too_big, 1, 1), (64, 0, 1), (64, 17, 1), (64, 1, 0), (64, 1, 9), (31, 1, 4)):
        assert not kdf.KdfParams(*bad).sane(), bad


# -- attachments ----------------------------------------------------------------------------------
@pytest.mark.parametrize("path", _all("attachment"), ids=lambda p: p.stem)
def test_attachment(path):
    v = _load(path)
    if "wrapped_key_hex" in v:
        dk, fid, wrapped = _h(v, "data_key_hex"), _h(v, "file_id_hex"), _h(v, "wrapped_key_hex")
        if v["expect"] == "error":
            _raises(v, lambda: keys.unwrap_file_key(dk, fid, wrapped))
            return
        assert keys.unwrap_file_key(dk, fid, wrapped).hex() == v["file_key_hex"]
        assert keys.file_key_of(dk, fid.hex(), wrapped).hex() == v["file_key_hex"]
        assert keys.derive_key(dk, "attachment-wrap").hex() == v["attachment_wrap_key_hex"]
        return
    raw = _h(v, "file_hex")
    key = bytes.fromhex(v.get("file_key_hex_used", v["file_key_hex"]))
    expected_id = bytes.fromhex(v.get("expected_file_id_hex", v["file_id_hex"]))
    out = bytearray()

    def run():
        src = io.BytesIO(raw)
        return stream.decrypt_file(None, src, out.extend, file_key=key, expected_file_id=expected_id)

    if v["expect"] == "error":
        _raises(v, run)
        return
    res = run()
    assert bytes(out).hex() == v["plaintext_hex"] and res.sha256 == v["sha256"]
    head = stream.read_header(io.BytesIO(raw))
    assert head.encode().hex() == v["header_hex"] and head.chunk_size == v["chunk_size"]
    assert head.file_id.hex() == v["file_id_hex"] and head.nonce_prefix.hex() == v["nonce_prefix_hex"]
    if "data_key_hex" in v:  # 0.1.0: the key is derived from the data key and the raw file id
        assert keys.file_key_of(_h(v, "data_key_hex"), v["file_id_hex"], None).hex() == v["file_key_hex"]
        out.clear()
        stream.decrypt_file(_h(v, "data_key_hex"), io.BytesIO(raw), out.extend)
        assert bytes(out).hex() == v["plaintext_hex"]


# -- identities -----------------------------------------------------------------------------------
@pytest.mark.parametrize("path", _all("identity"), ids=lambda p: p.stem)
def test_identity(path):
    v = _load(path)
    if "typed" in v:
        for typed in v["typed"]:
            if v["expect"] == "ok":
                check_fingerprint(v["fingerprint"], typed)
            else:
                _raises(v, lambda t=typed: check_fingerprint(v["fingerprint"], t))
        return
    if "age_recipient" in v and "file" not in v and v["expect"] == "error":
        with pytest.raises(age.AgeError):
            parse_recipient(v["age_recipient"])
        return
    if "file" in v:
        raw = v["file"].encode("utf-8")
        if v["expect"] == "error":
            _raises(v, lambda: Enrolment.load(raw=raw))
            return
        e = Enrolment.load(raw=raw)
        assert e.device == v["device_id"]
        return
    pub = _h(v, "ed25519_public_hex")
    seed = _h(v, "ed25519_seed_hex")
    assert signing.public_of(seed) == pub
    assert signing.key_id(pub) == v["device_id"]
    assert signing.fingerprint(pub) == device_fingerprint(pub) == v["device_fingerprint"]
    assert card_fingerprint(pub, v["age_recipient"]) == v["card_fingerprint"]
    assert parse_recipient(v["age_recipient"]).public_bytes_raw().hex() == v["x25519_public_hex"]
    assert parse_identity(v["age_identity"]).private_bytes_raw().hex() == v["x25519_private_hex"]
    assert age.recipient_of(v["age_identity"]) == v["age_recipient"]


# -- bundles and receipts -----------------------------------------------------------------------
def _open(plain: bytes) -> reader.Opened:
    sealed = age.encrypt_bytes(plain, [age.recipient_of(KEYS["hq_age_identity"])])
    return reader.open_bundle(io.BytesIO(sealed), KEYS["hq_age_identity"])


@pytest.fixture(scope="module")
def bundle_export() -> dict[str, Any]:
    return _load(VECTORS / "bundle" / "export.json")


def test_bundle_layout_known_answers(bundle_export):
    v = bundle_export
    opened = _open(_h(v, "plaintext_hex"))
    assert opened.kind == fmt.KIND_EXPORT and opened.signer_key.hex() == v["device_public_hex"]
    assert opened.signer_id == v["device_id"] and opened.bundle_hash == v["bundle_hash"]
    assert opened.manifest_bytes.decode("utf-8") == v["manifest"]
    assert fmt.sign_message(fmt.KIND_EXPORT, opened.manifest_bytes).hex() == v["signed_message_hex"]
    assert opened.preamble.signature.hex() == v["signature_hex"]
    opened.verify()
    m = fmt.parse_export_manifest(opened.manifest_bytes)
    assert fmt.canonical_bytes(json.loads(v["manifest"])) == opened.manifest_bytes
    body = reader.BodyReader(opened, m)
    got = [
        fmt.parse_entry(raw, i, expected_hash=m.revisions[i], signer=opened.signer_id)
        for i, raw in body.records()
    ]
    assert [r["body"].encode() for r in v["records"]] == [
        fmt.entry_json(**{k: getattr(e, k) for k in ("record_id", "kind", "revision", "parent", "op",
                                                     "device_id", "author", "at", "doc", "draft",
                                                     "id_generated")})
        for e in got
    ]
    files = []
    for f in body.files():
        files.append(f.read())
    assert files == [_h(v, "file_hex")]
    body.finish()


def _hq(tmp_path, cleanups):
    hq = make_hq(tmp_path / "hq", "sqlcipher", cleanups, age_identity=KEYS["hq_age_identity"],
                 signing_key=base64.b64decode(KEYS["hq_signing_key"]))
    with hq.engine.begin() as conn:
        pub = signing.public_of(base64.b64decode(KEYS["device_enrolled"]))
        devices.insert_device(conn, pub, label="device", via="enrolment", age_recipient=None)
    return hq


@pytest.mark.parametrize("path", _all("bundle"), ids=lambda p: p.stem)
def test_bundle_import(path, tmp_path):
    """Every bundle vector, sealed to the test HQ, imported (or refused, leaving HQ unchanged)."""
    v = _load(path)
    cleanups: list = []
    try:
        hq = _hq(tmp_path, cleanups)
        f = tmp_path / "bundle.age"
        f.write_bytes(age.encrypt_bytes(_h(v, "plaintext_hex"), [age.recipient_of(KEYS["hq_age_identity"])]))
        before = snapshot(hq)
        if v["expect"] == "ok":
            assert import_bundle(hq, f).status == "imported"
            return
        with pytest.raises(BundleFailure) as exc:
            import_bundle(hq, f)
        assert type(exc.value).__name__ == v["error"], f"{v['name']}: {type(exc.value).__name__}: {exc.value}"
        assert snapshot(hq) == before
    finally:
        for fn in cleanups:
            fn()


@pytest.mark.parametrize("path", _all("receipt"), ids=lambda p: p.stem)
def test_receipt(path):
    v = _load(path)
    plain = _h(v, "plaintext_hex")

    def read() -> fmt.ReceiptManifest:
        opened = _open(plain)
        assert opened.kind == fmt.KIND_RECEIPT
        opened.verify()
        m = fmt.parse_receipt_manifest(opened.manifest_bytes)
        reader.finish_receipt(opened)
        return m

    if v["expect"] == "error":
        _raises(v, read)
        return
    m = read()
    assert m.raw.decode("utf-8") == v["manifest"]
    assert fmt.sign_message(fmt.KIND_RECEIPT, m.raw).hex() == v["signed_message_hex"]
    assert m.device == _load(VECTORS / "bundle" / "export.json")["device_id"]
    assert m.bundles[0].hash == _load(VECTORS / "bundle" / "export.json")["bundle_hash"]


# -- key rotation statements (cards.md §6) ---------------------------------------------------------
@pytest.mark.parametrize("path", _all("rotation"), ids=lambda p: p.stem)
def test_rotation_statement(path, tmp_path):
    v = _load(path)
    raw = v["file"].encode("utf-8")
    if v["expect"] == "error" and v.get("stage") != "hq":
        _raises(v, lambda: RotationStatement.load(raw=raw))
        return
    st = RotationStatement.load(raw=raw)
    if v["expect"] == "ok":
        assert st.device == v["device_id"] and st.from_sequence == v["from_sequence"]
        assert st.old_signing_key.hex() == v["old_public_hex"]
        assert st.new_signing_key.hex() == v["new_public_hex"]
        assert signing.public_of(_h(v, "new_seed_hex")) == st.new_signing_key
        assert signing.public_of(base64.b64decode(v["old_seed_b64"])) == st.old_signing_key
        assert parse_recipient(st.new_age_recipient).public_bytes_raw().hex() == v["new_x25519_public_hex"]
        assert (st.old_fingerprint, st.new_fingerprint) == (v["old_fingerprint"], v["new_fingerprint"])
        assert canonical(st.body()).decode("utf-8") == v["body"]
        assert st.message().hex() == v["signed_message_hex"]
        assert st.old_signature.hex() == v["old_signature_hex"]
        assert st.new_signature.hex() == v["new_signature_hex"]
        assert st.to_json() == v["file"]  # the code writes the same file from the same values
    cleanups: list = []
    try:  # HQ of keys.json, with the device of the vectors enrolled, applies it (or refuses, unchanged)
        hq = _hq(tmp_path, cleanups)
        if "hq_holds" in v:
            f = tmp_path / "bundle.age"
            plain = _h(_load(VECTORS / v["hq_holds"]), "plaintext_hex")
            f.write_bytes(age.encrypt_bytes(plain, [age.recipient_of(KEYS["hq_age_identity"])]))
            assert import_bundle(hq, f).status == "imported"
        before = snapshot(hq)
        if v["expect"] == "ok":
            dev, applied = devices.apply_rotation(hq, st)
            assert applied and dev.device_id == v["device_id"]
            assert devices.apply_rotation(hq, st)[1] is False  # the same statement again: nothing to do
            return
        _raises(v, lambda: devices.apply_rotation(hq, st))
        assert snapshot(hq) == before
    finally:
        for fn in cleanups:
            fn()


# -- briefings (briefing.md) ----------------------------------------------------------------------
def _vault_digest(vault) -> str:
    from fielddoc.store import schema, schema_sync

    h = hashlib.sha256()
    tables = {**schema.metadata.tables, **schema_sync.metadata.tables}
    with vault.engine.connect() as conn:
        for name in sorted(tables):
            h.update(name.encode())
            for r in sorted(repr(tuple(r)) for r in conn.execute(select(tables[name])).all()):
                h.update(r.encode())
    return h.hexdigest()


@pytest.mark.parametrize("path", _all("briefing"), ids=lambda p: p.stem)
def test_briefing(path, tmp_path):
    """Every briefing vector, sealed to a device that trusts HQ of keys.json and whose id is the
    vectors' device, imported (or refused, leaving the device's vault unchanged)."""
    v = _load(path)
    cleanups: list = []
    field = make_field(tmp_path / "field")
    try:
        hq = _hq(tmp_path, cleanups)
        assert hq.card().fingerprint == v["hq_card_fingerprint"]
        link(field, hq)
        field.set_setting("device_id", v["device_id"])
        hq_key = signing.public_of(base64.b64decode(v["hq_signing_seed_b64"])).hex()
        assert hq_key == v["hq_public_hex"]
        if v["chain_before"] is not None:
            field.set_setting(briefing.CHAIN_KEY, json.dumps({hq_key: v["chain_before"]}))
        to = age.generate_identity()[1] if v.get("sealed_to") else device_age_identity(field)[1]
        f = tmp_path / "briefing.age"
        f.write_bytes(age.encrypt_bytes(_h(v, "plaintext_hex"), [to]))
        before = _vault_digest(field)
        if v["expect"] == "error":
            _raises(v, lambda: briefing.import_briefing(field, f))
            assert _vault_digest(field) == before
            return
        got = briefing.import_briefing(field, f)
        assert got.briefing_hash == v["briefing_hash"] and got.hq == v["hq_card_fingerprint"]
        assert got.already_imported == v.get("already_imported", False)
        assert got.missing == v.get("missing", 0)
        assert json.loads(field.get_setting(briefing.CHAIN_KEY) or "{}") == {hq_key: v["chain_after"]}
        if "vocabulary_after" in v:  # §3.1
            from dataclasses import asdict

            from fielddoc.records import vocab_received

            assert vocab_received.received(field) == v["vocabulary_after"]
            assert asdict(got.vocabulary) == v["vocabulary_report"]
        if v["name"] != "briefing":
            return
        opened = _open(_h(v, "plaintext_hex"))
        assert opened.kind == fmt.KIND_BRIEFING and opened.manifest_bytes.decode("utf-8") == v["manifest"]
        assert fmt.sign_message(fmt.KIND_BRIEFING, opened.manifest_bytes).hex() == v["signed_message_hex"]
        assert opened.preamble.signature.hex() == v["signature_hex"]
        assert got.new_revisions == 2 and got.records == 2
        with field.engine.connect() as conn:
            held = {r[0] for r in conn.execute(select(revisions.c.hash))}
        assert {r["revision_hash"] for r in v["records"]} <= held
    finally:
        field.lock()
        for fn in cleanups:
            fn()


# -- the examples of docs/ agree with the vectors ---------------------------------------------------
EXAMPLES = ROOT / "docs" / "examples"
#: failures only a reader with HQ's registry and cards can see (the example checks one file alone)
_HQ_CONTEXT = {"WrongRecipient"}


_ONE_FILE = [p for p in _all("bundle") + _all("receipt") if _load(p).get("error") not in _HQ_CONTEXT]


@pytest.mark.parametrize("path", _ONE_FILE, ids=lambda p: p.parent.name + "-" + p.stem)
def test_verify_bundle_example_agrees(path, tmp_path):
    v = _load(path)
    plain = tmp_path / "bundle.plain"
    plain.write_bytes(_h(v, "plaintext_hex"))
    signer = KEYS["hq_signing_key"] if path.parent.name == "receipt" else KEYS["device_enrolled"]
    pub = base64.b64encode(signing.public_of(base64.b64decode(signer))).decode()
    out = subprocess.run([sys.executable, "-O", str(EXAMPLES / "verify_bundle.py"), str(plain), pub],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == (0 if v["expect"] == "ok" else 1), out.stdout + out.stderr


#: the example takes the file key from the row and checks no expected file id: those vectors are
#: the code's alone (test_attachment)
_FDAT = [p for p in _all("attachment") if "file_hex" in _load(p)
         and not ("file_key_hex_used" in _load(p) or "expected_file_id_hex" in _load(p))]


@pytest.mark.parametrize("path", _FDAT, ids=lambda p: p.stem)
def test_decrypt_attachment_example_agrees(path, tmp_path):
    """docs/examples/decrypt_attachment.py decrypts every good FDAT vector and refuses every bad one."""
    v = _load(path)
    wrap = _load(VECTORS / "attachment" / "file-key-wrap.json")
    legacy = "data_key_hex" in v
    src = tmp_path / f"{v['file_id_hex']}.fda"
    src.write_bytes(_h(v, "file_hex"))
    target = tmp_path / "out"
    sha = v.get("sha256") or _load(VECTORS / "attachment" / "three-chunks.json")["sha256"]
    out = subprocess.run(
        [sys.executable, "-O", str(EXAMPLES / "decrypt_attachment.py"), str(src),
         "-" if legacy else wrap["wrapped_key_hex"], sha, str(target)],
        input=(v["data_key_hex"] if legacy else wrap["data_key_hex"]) + "\n",
        capture_output=True, text=True, timeout=60,
    )
    ok = v["expect"] == "ok"
    assert out.returncode == (0 if ok else 1), out.stdout + out.stderr
    assert "Traceback" not in out.stderr
    assert target.exists() == ok
    if ok:
        assert target.read_bytes().hex() == v["plaintext_hex"]


@pytest.mark.parametrize("path", _all("vault"), ids=lambda p: p.stem)
def test_open_vault_example_agrees(path, tmp_path):
    """docs/examples/open_vault.py --data-key gives the data key of every good header and
    refuses every bad one with FAILED (never a traceback, never Argon2id on out-of-bounds parameters)."""
    v = _load(path)
    (tmp_path / "vault.hdr").write_bytes(_h(v, "header_hex"))
    out = subprocess.run(
        [sys.executable, "-O", str(EXAMPLES / "open_vault.py"), str(tmp_path), "--data-key"],
        input=v["passphrase"] + "\n", capture_output=True, text=True, timeout=60,
    )
    if v["expect"] == "ok":
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout) == {"data_key": v["data_key_hex"]}
    else:
        assert out.returncode == 1 and "FAILED" in out.stdout + out.stderr, out.stdout + out.stderr
        assert "Traceback" not in out.stderr
