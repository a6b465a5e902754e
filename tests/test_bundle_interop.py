"""Interop: a bundle decrypts with the standard ``age`` CLI given HQ's identity, and the
signature and hashes then verify with the procedure written in docs/bundle-format.md
(the very code block of the document, run with only ``cryptography``)."""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys

import pytest

from fielddoc.attachments import service as att
from fielddoc.bundle.writer import export_bundle
from fielddoc.crypto import signing
from fielddoc.records.service import Records
from tests.test_bundle_support import ROOT, link, make_field, make_hq

DOC = ROOT / "docs" / "bundle-format.md"
pytestmark = pytest.mark.skipif(
    shutil.which("age") is None, reason="the age CLI is not installed (apt-get install age)"
)


SCRIPT = ROOT / "docs" / "examples" / "verify_bundle.py"


def _doc_script() -> str:
    assert "docs/examples/verify_bundle.py" in DOC.read_text("utf-8"), "§7 no longer names the script"
    return SCRIPT.read_text("utf-8")


@pytest.fixture
def setup(tmp_path):
    cleanups: list = []
    hq = make_hq(tmp_path / "hq", "sqlcipher", cleanups)
    field = make_field(tmp_path / "field")
    rec = Records(field)
    rec.create("case", {"id": "case-1", "title": "Interop"})
    src = tmp_path / "evidence.bin"
    src.write_bytes(bytes(range(256)) * 700)
    att.attach(field, rec, src, related_ids=["case-1"])
    link(field, hq)
    out = tmp_path / "out"
    out.mkdir()
    res = export_bundle(field, out)
    ident = tmp_path / "hq-identity.txt"
    ident.write_text(hq.identities()[0] + "\n")
    script = tmp_path / "verify_bundle.py"
    script.write_text(_doc_script())
    yield hq, field, res, ident, script
    field.lock()
    for fn in cleanups:
        fn()


def _age_decrypt(ident, bundle, out):
    subprocess.run(
        ["age", "-d", "-i", str(ident), "-o", str(out), str(bundle)], check=True, capture_output=True
    )


def test_age_cli_decrypts_and_documented_procedure_verifies(setup, tmp_path):
    hq, field, res, ident, script = setup
    plain = tmp_path / "bundle.plain"
    _age_decrypt(ident, res.path, plain)
    key = base64.b64encode(signing.public_of(field.signing_key())).decode()
    run = subprocess.run([sys.executable, "-I", str(script), str(plain), key], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("OK export") and f"bundle hash {res.bundle_hash}" in run.stdout


def test_documented_procedure_rejects_a_forgery(setup, tmp_path):
    hq, field, res, ident, script = setup
    plain = tmp_path / "bundle.plain"
    _age_decrypt(ident, res.path, plain)
    data = bytearray(plain.read_bytes())
    data[200] ^= 1  # inside the signed manifest
    plain.write_bytes(bytes(data))
    key = base64.b64encode(signing.public_of(field.signing_key())).decode()
    run = subprocess.run([sys.executable, "-I", str(script), str(plain), key], capture_output=True, text=True)
    assert run.returncode == 1 and "InvalidSignature" in run.stderr
    other = base64.b64encode(signing.generate()[1]).decode()
    _age_decrypt(ident, res.path, plain)
    run = subprocess.run(
        [sys.executable, "-I", str(script), str(plain), other], capture_output=True, text=True
    )
    assert run.returncode == 1 and "signed by another key" in run.stderr


def test_age_cli_refuses_with_another_identity(setup, tmp_path):
    _hq, _field, res, _ident, _script = setup
    other = tmp_path / "other.txt"
    subprocess.run(["age-keygen", "-o", str(other)], check=True, capture_output=True)
    run = subprocess.run(["age", "-d", "-i", str(other), str(res.path)], capture_output=True)
    assert run.returncode != 0 and not run.stdout
