"""The court evidence package (issue 11 §3, docs/spec/evidence-package.md): written all or
nothing, signed, and checked by its own verify.py without FieldDoc, which refuses every
single changed byte, a missing file and an extra one, also under ``python -O``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fielddoc.attachments import service as att
from fielddoc.cli.main import main as cli_main
from fielddoc.evidence import package as pkg
from fielddoc.evidence.errors import EvidenceFolderExists
from fielddoc.records import custody
from fielddoc.records.service import Records
from fielddoc.store.schema import audit
from tests.conftest import PASSPHRASE
from tests.test_bundle_support import backend  # noqa: F401 - a fixture of hq
from tests.test_bundle_support import field as field  # noqa: F401 - a fixture
from tests.test_bundle_support import hq as hq  # noqa: F401 - a fixture

ORIGINAL = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 9 + b"end of photo"


def _case_with_photo(vault, tmp_path: Path) -> tuple[str, str]:
    rec = Records(vault)
    cid = rec.create("case", {"title": "Жаңаөзен 2011", "description": "Судебное дело"})
    rec.update(cid, {**rec.get(cid), "title": "Жаңаөзен 2011–2012"})
    src = tmp_path / "photo.JPG"
    src.write_bytes(ORIGINAL)
    a = att.attach(vault, rec, src, related_ids=[cid])
    return cid, a.attachment_id


def _run(folder: Path, *args: str, python: str = sys.executable, opts: tuple[str, ...] = ("-I",)):
    return subprocess.run([python, *opts, "verify.py", *args], cwd=folder, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def package(vault, tmp_path):
    cid, aid = _case_with_photo(vault, tmp_path)
    res = pkg.export_package(vault, [cid], tmp_path / "package")
    return res, cid, aid


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_package_holds_records_history_custody_and_the_original_bytes(vault, package):
    res, cid, aid = package
    folder = res.folder
    manifest = json.loads((folder / "manifest.json").read_bytes())
    assert [r["id"] for r in manifest["records"]] == [cid, aid]
    assert [r["chosen"] for r in manifest["records"]] == [True, False]
    history = json.loads((folder / "records/0001/history.json").read_bytes())
    assert [h["revision"] for h in history] == [1, 2] and history[1]["parent"] == history[0]["hash"]
    photo = folder / "records/0002/files/1-original.jpg"
    assert photo.read_bytes() == ORIGINAL
    listed = {f["path"]: f for f in manifest["files"]}
    assert set(listed) | {"manifest.json", "manifest.sig"} == {
        p.relative_to(folder).as_posix() for p in _files(folder)}
    assert "sha512" in listed["records/0002/files/1-original.jpg"]
    # the export is a custody event of the attachment, in the vault and in the package
    with vault.engine.connect() as conn:
        log = custody.chain_of(conn, aid, vault.device_id)
    assert [e["action"] for e in log] == ["collected", "evidence_export"]
    assert log[-1]["detail"]["package"] == res.package_id
    assert json.loads((folder / "records/0002/custody.json").read_bytes())[-1] == log[-1]
    readme = (folder / "README.txt").read_text("utf-8")
    assert res.fingerprint in readme and "РУССКИЙ" in readme and "ҚАЗАҚША" in readme
    from fielddoc.store.vault import Vault  # the vault's own checks still hold with the new action
    assert isinstance(vault, Vault) and not vault.integrity_problems()


def test_verify_py_passes_and_checks_the_fingerprint(package):
    res = package[0]
    ok = _run(res.folder)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "RESULT: VERIFIED" in ok.stdout and res.fingerprint in ok.stdout
    good = _run(res.folder, "--fingerprint", res.fingerprint.replace(" ", "").lower())
    assert good.returncode == 0 and "matches" in good.stdout
    wrong = _run(res.folder, "--fingerprint", "AAAA " * 7 + "AAAA")
    assert wrong.returncode == 1 and "NOT the one you gave" in wrong.stdout


def _clean_venv(tmp_path: Path) -> Path:
    """A virtualenv without pip or FieldDoc, where only cryptography and its dependencies import."""
    import cryptography

    venv = tmp_path / "clean-venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = subprocess.run([str(python), "-I", "-c", purelib],
                          capture_output=True, text=True, check=True).stdout.strip()
    source = Path(cryptography.__file__).resolve().parent.parent
    only = tmp_path / "only-cryptography"
    only.mkdir()
    for entry in source.iterdir():
        if entry.name.split("-")[0].split(".")[0] in ("cryptography", "cffi", "_cffi_backend", "pycparser"):
            (only / entry.name).symlink_to(entry)
    (Path(site) / "only_cryptography.pth").write_text(str(only) + "\n", "utf-8")
    return python


def test_verify_py_runs_in_a_clean_virtualenv_without_fielddoc(package, tmp_path):
    python = _clean_venv(tmp_path)
    env_check = subprocess.run([str(python), "-I", "-c", "import fielddoc"], capture_output=True, text=True)
    assert env_check.returncode != 0 and "fielddoc" in env_check.stderr  # FieldDoc is not there
    res = _run(package[0].folder, python=str(python))
    assert res.returncode == 0, res.stdout + res.stderr
    assert "RESULT: VERIFIED" in res.stdout
    (package[0].folder / "records/0002/files/1-original.jpg").write_bytes(ORIGINAL[:-1] + b"!")
    bad = _run(package[0].folder, python=str(python))
    assert bad.returncode == 1 and "1-original.jpg: size or hash differs" in bad.stdout


def test_every_single_changed_byte_in_every_file_is_refused(package):
    folder = package[0].folder
    files = _files(folder)
    assert len(files) >= 10
    for path in files:
        data = path.read_bytes()
        for pos in sorted({0, len(data) // 2, len(data) - 1}):
            changed = bytearray(data)
            changed[pos] ^= 0x01
            path.write_bytes(bytes(changed))
            try:
                res = _run(folder)
            finally:
                path.write_bytes(data)
            assert res.returncode != 0, f"{path.relative_to(folder)} byte {pos} changed: {res.stdout}"
            if path.name != "verify.py":
                assert "FAILED: " in res.stdout and "NOT VERIFIED" in res.stdout
    assert _run(folder).returncode == 0  # restored: verifies again


def test_a_missing_or_an_extra_file_is_refused(package):
    folder = package[0].folder
    history = folder / "records/0001/history.json"
    data = history.read_bytes()
    history.unlink()
    res = _run(folder)
    assert res.returncode == 1
    assert "records/0001/history.json: listed in the manifest but missing" in res.stdout
    history.write_bytes(data)
    (folder / "records/0002/files/2-extra.jpg").write_bytes(b"planted")
    res = _run(folder)
    assert res.returncode == 1 and "2-extra.jpg: not listed in the manifest" in res.stdout


def test_a_file_name_with_terminal_controls_is_printed_escaped(package):
    """A planted file named to clear the screen and print a fake verdict is shown as escapes."""
    folder = package[0].folder
    (folder / "records/0002/files/\x1b[2J\rRESULT: VERIFIED\u202e.jpg").write_bytes(b"planted")
    res = _run(folder)
    assert res.returncode == 1
    assert "\x1b" not in res.stdout and "\r" not in res.stdout and "\u202e" not in res.stdout
    assert "\\x1b[2J\\x0dRESULT: VERIFIED\\u202e.jpg: not listed in the manifest" in res.stdout, res.stdout


def test_a_corrupted_package_fails_under_python_O(package):
    folder = package[0].folder
    custody_file = folder / "records/0002/custody.json"
    custody_file.write_bytes(custody_file.read_bytes().replace(b'"collected"', b'"Collected"'))
    for opts in (("-I", "-O"), ("-I", "-OO")):
        res = _run(folder, opts=opts)
        assert res.returncode == 1 and "custody.json" in res.stdout, res.stdout


def test_verify_py_has_no_assert_and_imports_nothing_of_fielddoc():
    import ast

    tree = ast.parse(pkg.verifier_source())
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.Assert)]
    imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert imported <= {"base64", "hashlib", "json", "math", "os", "sys", "cryptography"}


def test_a_resigned_package_with_a_rewritten_revision_is_refused(vault, package):
    """Whoever holds the signing key cannot change a revision's content without its hash showing it."""
    import base64
    import hashlib

    from fielddoc.crypto import signing
    from fielddoc.records.canonical import canonical

    folder = package[0].folder
    hist_path = folder / "records/0001/history.json"
    history = json.loads(hist_path.read_bytes())
    history[0]["author"] = "someone else"
    hist_path.write_bytes(canonical(history))
    manifest = json.loads((folder / "manifest.json").read_bytes())
    for f in manifest["files"]:
        if f["path"] == "records/0001/history.json":
            data = hist_path.read_bytes()
            f["size"], f["sha256"] = len(data), hashlib.sha256(data).hexdigest()
    data = canonical(manifest)
    (folder / "manifest.json").write_bytes(data)
    sig = signing.sign(vault.signing_key(), pkg.SIGNATURE_CONTEXT + data)
    (folder / "manifest.sig").write_bytes(base64.b64encode(sig) + b"\n")
    res = _run(folder)
    assert res.returncode == 1
    assert "records/0001/history.json revision 1: the revision hash does not match" in res.stdout


def _audit_count(conn) -> int:
    return int(conn.execute(select(func.count()).select_from(audit)).scalar())


def test_failure_half_way_leaves_no_folder_and_no_custody_entry(vault, tmp_path, monkeypatch):
    cid, aid = _case_with_photo(vault, tmp_path)
    with vault.engine.connect() as conn:
        before = (len(custody.chain_of(conn, aid)), _audit_count(conn))

    def broken() -> bytes:
        raise OSError("disk full")

    monkeypatch.setattr(pkg, "verifier_source", broken)
    with pytest.raises(OSError):
        pkg.export_package(vault, [cid], tmp_path / "package")
    assert not (tmp_path / "package").exists()
    assert not [p for p in tmp_path.iterdir() if "fielddoc-tmp" in p.name]
    with vault.engine.connect() as conn:
        after = (len(custody.chain_of(conn, aid)), _audit_count(conn))
    assert after == before


def _cli(vault, *args: str) -> int:
    return cli_main(["evidence", "export", "--vault", str(vault.path), *args])


def test_cli_refuses_an_unknown_record_and_an_existing_folder_in_russian(vault, tmp_path, monkeypatch,
                                                                          capsys):
    cid, aid = _case_with_photo(vault, tmp_path)
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDDOC_LANG", "ru")
    with vault.engine.connect() as conn:
        before = len(custody.chain_of(conn, aid))
    out = tmp_path / "package"
    assert _cli(vault, cid, "no-such-record", "--out", str(out), "--yes") == 2
    err = capsys.readouterr().err
    assert "no-such-record" in err and "Нет записи" in err and "Traceback" not in err
    assert not out.exists() and not [p for p in tmp_path.iterdir() if "fielddoc-tmp" in p.name]
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    assert _cli(vault, cid, "--out", str(out), "--yes") == 2
    err = capsys.readouterr().err
    assert "уже существует" in err and "Traceback" not in err
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    with vault.engine.connect() as conn:
        assert len(custody.chain_of(conn, aid)) == before
    with pytest.raises(EvidenceFolderExists):
        pkg.export_package(vault, [cid], out)


def test_cli_needs_confirmation_then_writes_and_prints_the_fingerprint(vault, tmp_path, monkeypatch, capsys):
    from fielddoc.bundle.device import device_fingerprint

    cid, _aid = _case_with_photo(vault, tmp_path)
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDDOC_LANG", "en")
    out = tmp_path / "package"
    assert _cli(vault, cid, "--out", str(out)) == 2  # no terminal, no --yes: nothing written
    assert "--yes" in capsys.readouterr().err and not out.exists()
    out.mkdir()  # an empty folder is accepted
    assert _cli(vault, cid, "--out", str(out), "--yes") == 0
    printed = capsys.readouterr().out
    assert device_fingerprint(vault) in printed and "DECRYPTED" in printed
    assert _run(out).returncode == 0


def test_hq_package_is_signed_by_hq_and_verifies(field, hq, tmp_path):
    from fielddoc.bundle.writer import export_bundle
    from fielddoc.hq.importer import import_bundle
    from tests.test_bundle_support import link

    link(field, hq)
    cid, aid = _case_with_photo(field, tmp_path)
    outdir = tmp_path / "bundles"
    outdir.mkdir()
    res = export_bundle(field, outdir)
    assert res is not None
    import_bundle(hq, res.path)
    ev = pkg.export_package(hq, [cid], tmp_path / "hq-package")
    assert ev.fingerprint == hq.fingerprint() and ev.attachments == 1
    signer = json.loads((ev.folder / "signer.json").read_bytes())
    assert signer["role"] == "hq" and signer["age_recipient"].startswith("age1")
    run = _run(ev.folder, "--fingerprint", hq.fingerprint())
    assert run.returncode == 0, run.stdout
    chains = {e["chain"] for e in json.loads((ev.folder / "records/0002/custody.json").read_bytes())}
    assert chains == {field.device_id, hq.device_id}  # capture on the device, import and export at HQ
    assert (ev.folder / "records/0002/files/1-original.jpg").read_bytes() == ORIGINAL


VECTOR = Path(__file__).parent / "data" / "vectors" / "evidence" / "package-v1.json"


def _vector_folder(v: dict, folder: Path) -> Path:
    for rel, content in v["files"].items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(bytes.fromhex(content) if "/files/" in rel else content.encode("utf-8"))
    (folder / "manifest.json").write_bytes(v["manifest_json"].encode("utf-8"))
    (folder / "manifest.sig").write_bytes(v["manifest_sig"].encode("ascii"))
    return folder


def test_known_answer_vector_matches_fieldDoc_and_verifies(tmp_path):
    """docs/spec/evidence-package.md §7: FieldDoc's encoder, hashes, signer and signature give the
    vector's bytes, and the verifier accepts the vector's package (and refuses it changed)."""
    import base64

    from fielddoc.crypto import signing
    from fielddoc.evidence import verify_package
    from fielddoc.records.canonical import canonical, revision_hash

    v = json.loads(VECTOR.read_text("utf-8"))
    seed = bytes.fromhex(v["ed25519_seed_hex"])
    manifest_bytes = v["manifest_json"].encode("utf-8")
    assert canonical(v["manifest"]) == manifest_bytes
    assert bytes.fromhex(v["signed_message_hex"]) == pkg.SIGNATURE_CONTEXT + manifest_bytes
    sig = signing.sign(seed, pkg.SIGNATURE_CONTEXT + manifest_bytes)  # Ed25519 is deterministic
    assert base64.b64encode(sig).decode() + "\n" == v["manifest_sig"]
    assert signing.public_of(seed).hex() == v["public_key_hex"]
    assert signing.fingerprint(signing.public_of(seed)) == v["fingerprint"]
    signer = pkg.Signer("device", "dev-abcdefghijklmnopqrst", "Айгуль С.", seed, None, v["fingerprint"])
    assert canonical(signer.body()).decode("utf-8") == v["files"]["signer.json"]
    revs = [r for d in ("0001", "0002") for r in json.loads(v["files"][f"records/{d}/history.json"])]
    assert [revision_hash(record_id=r["record_id"], kind=r["kind"], revision=r["revision"],
                          parent_hash=r["parent"], op=r["op"], device_id=r["device_id"], author=r["author"],
                          at=r["at"], doc_json=r["document"]) for r in revs] == v["revision_hashes"]
    entries = json.loads(v["files"]["records/0002/custody.json"])
    assert [custody.entry_hash(e) for e in entries] == v["custody_hashes"]
    assert custody.check_chain(entries) is None
    folder = _vector_folder(v, tmp_path / "vector")
    rep, fp, _counts = verify_package.verify(str(folder), v["fingerprint"])
    assert rep.failures == [] and fp == v["fingerprint"]
    (folder / "records/0002/files/1-original.jpg").write_bytes(b"photo bytes, not a real JPEG!")
    rep, _fp, _counts = verify_package.verify(str(folder))
    assert rep.failures


def test_vector_script_still_writes_the_stored_vector():
    res = subprocess.run([sys.executable, "scripts/evidence_vector.py", "--check"],
                         cwd=Path(__file__).parent.parent, capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stdout


def test_a_file_the_system_adds_is_refused_with_a_hint(package):
    folder = package[0].folder
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    res = _run(folder)
    assert res.returncode == 1 and ".DS_Store: not listed in the manifest" in res.stdout
    assert "made by your system" in res.stdout


def test_cli_exports_from_an_hq_with_hq_option(field, hq, tmp_path, monkeypatch, capsys):
    from fielddoc.bundle.writer import export_bundle
    from fielddoc.hq.importer import import_bundle
    from tests.test_bundle_support import link

    link(field, hq)
    cid, _aid = _case_with_photo(field, tmp_path)
    outdir = tmp_path / "bundles"
    outdir.mkdir()
    res = export_bundle(field, outdir)
    assert res is not None
    import_bundle(hq, res.path)
    hq_path, fingerprint = hq.vault.path, hq.fingerprint()
    hq.lock()  # the command opens it itself
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDDOC_LANG", "en")
    out = tmp_path / "from-hq"
    argv = ["evidence", "export", "--hq", "--vault", str(hq_path), cid, "--out", str(out), "--yes"]
    assert cli_main(argv) == 0
    assert fingerprint in capsys.readouterr().out
    assert json.loads((out / "signer.json").read_bytes())["role"] == "hq"
    assert _run(out, "--fingerprint", fingerprint).returncode == 0


def test_the_evidence_export_entry_reaches_hq_and_the_documented_verifier(field, hq, tmp_path):
    """The device's evidence_export custody entry is carried to HQ in the next bundle: HQ
    imports it and docs/examples/verify_bundle.py accepts the chain."""
    import struct

    from fielddoc.bundle import age
    from fielddoc.bundle.writer import export_bundle
    from fielddoc.hq.importer import import_bundle
    from fielddoc.hq.verify import verify_hq
    from tests.test_bundle_support import link

    link(field, hq)
    cid, aid = _case_with_photo(field, tmp_path)
    pkg.export_package(field, [cid], tmp_path / "package")
    outdir = tmp_path / "bundles"
    outdir.mkdir()
    res = export_bundle(field, outdir)
    assert res is not None
    plain = age.decrypt_bytes(res.path.read_bytes(), hq.identities())
    (length,) = struct.unpack(">I", plain[106:110])
    manifest = json.loads(plain[110:110 + length])
    carried = [e["action"] for e in manifest["custody"] if e["attachment_id"] == aid]
    assert carried == ["collected", "evidence_export", "exported"]
    (tmp_path / "b.plain").write_bytes(plain)
    script = Path(__file__).resolve().parents[1] / "docs" / "examples" / "verify_bundle.py"
    run = subprocess.run([sys.executable, "-I", str(script), str(tmp_path / "b.plain")], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    import_bundle(hq, res.path)
    with hq.engine.connect() as conn:
        assert "evidence_export" in [e["action"] for e in custody.chain_of(conn, aid, field.device_id)]
    assert verify_hq(hq) == []
