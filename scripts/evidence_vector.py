#!/usr/bin/env python3
"""Write the known-answer evidence package of docs/spec/evidence-package.md §7.

    python scripts/evidence_vector.py           # (re)write tests/data/vectors/evidence/package-v1.json
    python scripts/evidence_vector.py --check   # exit 1 if the stored file differs

Built from fixed inputs with the standalone verifier's own RFC 8785 encoder and hashes
(src/fielddoc/evidence/verify_package.py, which imports nothing of FieldDoc) and the
``cryptography`` package; tests/test_evidence.py checks FieldDoc's writer against it.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "vectors" / "evidence" / "package-v1.json"
_spec = importlib.util.spec_from_file_location("verify_package",
                                               ROOT / "src/fielddoc/evidence/verify_package.py")
assert _spec is not None and _spec.loader is not None
vp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(vp)

SEED = bytes(range(32))
DEVICE = "dev-abcdefghijklmnopqrst"
CASE = "case-0190f5a4-7c3e-7b1d-9c2a-3e4f5a6b7c8d"
ATT = "att-0190f5a4-7c3e-7b1d-9c2a-3e4f5a6b7c8e"
PACKAGE = "6f1c2a43-5b7d-4e8f-9a0b-1c2d3e4f5a6b"
PHOTO = b"photo bytes, not a real JPEG\n"


def _revision(rid: str, kind: str, n: int, parent: str | None, op: str, at: str, doc: dict[str, Any]) -> dict:
    r = {"record_id": rid, "kind": kind, "revision": n, "parent": parent, "op": op, "device_id": DEVICE,
         "author": "Айгуль С.", "at": at, "document": vp.jcs(doc).decode()}
    r["hash"] = vp.sha256(vp.revision_header(r, 2) + b"\n" + r["document"].encode())
    return r


def _custody(seq: int, prev: str, at: str, action: str, detail: dict[str, Any]) -> dict:
    e = {"attachment_id": ATT, "chain": DEVICE, "seq": seq, "prev": prev, "at": at, "actor": "Айгуль С.",
         "action": action, "detail": detail}
    e["hash"] = vp.sha256(vp.jcs({**e, "v": 1}))
    return e


def build() -> dict[str, Any]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    key = Ed25519PrivateKey.from_private_bytes(SEED)
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    signer = {"type": "fielddoc-evidence-signer", "version": 1, "role": "device", "device_id": DEVICE,
              "name": "Айгуль С.", "signing_key": base64.b64encode(public).decode(),
              "fingerprint": vp.fingerprint_of({"role": "device"}, public)}
    case1 = {"id": CASE, "title": "Жаңаөзен", "confidentiality": "public"}
    case2 = {**case1, "title": "Жаңаөзен 2011–2012", "x_amount": 1.5}
    h1 = _revision(CASE, "case", 1, None, "create", "2012-03-28T09:15:00.123456+06:00", case1)
    h2 = _revision(CASE, "case", 2, h1["hash"], "update", "2012-03-28T10:00:00.000001+06:00", case2)
    sha256, sha512 = hashlib.sha256(PHOTO).hexdigest(), hashlib.sha512(PHOTO).hexdigest()
    att = {"id": ATT, "title": "photo.jpg", "related_ids": [CASE], "files": [
        {"role": "original", "file_name": "photo.jpg", "size_bytes": len(PHOTO), "sha256": sha256,
         "sha512": sha512}]}
    a1 = _revision(ATT, "attachment", 1, None, "create", "2012-03-28T09:20:00.000000+06:00", att)
    c1 = _custody(1, vp.GENESIS, "2012-03-28T09:20:00.000000+06:00", "collected",
                  {"sha256": sha256, "sha512": sha512, "size": len(PHOTO), "role": "original"})
    c2 = _custody(2, c1["hash"], "2012-04-02T12:00:00.000000+06:00", "evidence_export",
                  {"package": PACKAGE, "files": [sha256], "signer": signer["fingerprint"]})
    files = {
        "README.txt": b"(the README of the package)\n",
        "verify.py": b"# (verify.py of the package)\n",
        "signer.json": vp.jcs(signer),
        "records/0001/record.json": vp.jcs(case2),
        "records/0001/history.json": vp.jcs([h1, h2]),
        "records/0002/record.json": vp.jcs(att),
        "records/0002/history.json": vp.jcs([a1]),
        "records/0002/custody.json": vp.jcs([c1, c2]),
        "records/0002/files/1-original.jpg": PHOTO,
    }
    listed = []
    for path, data in sorted(files.items()):
        f: dict[str, Any] = {"path": path, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        if "/files/" in path:
            f.update(sha512=hashlib.sha512(data).hexdigest(), attachment_id=ATT, role="original")
        listed.append(f)
    manifest = {
        "type": "fielddoc-evidence-package", "version": 1, "package_id": PACKAGE,
        "created_at": "2012-04-02T12:00:00.000000+06:00",
        "signer": {"role": "device", "device_id": DEVICE, "fingerprint": signer["fingerprint"]},
        "records": [
            {"id": CASE, "kind": "case", "dir": "records/0001", "head": h2["hash"], "chosen": True,
             "deleted": False, "absent_parents": []},
            {"id": ATT, "kind": "attachment", "dir": "records/0002", "head": a1["hash"], "chosen": False,
             "deleted": False, "absent_parents": []},
        ],
        "files": listed,
    }
    manifest_bytes = vp.jcs(manifest)
    message = vp.CONTEXT + manifest_bytes
    sig = key.sign(message)
    return {
        "comment": "docs/spec/evidence-package.md §7: a complete package; write `files` (UTF-8 text, or "
                   "hex for files/), manifest.json and manifest.sig into a folder and it verifies",
        "ed25519_seed_hex": SEED.hex(),
        "public_key_hex": public.hex(),
        "fingerprint": signer["fingerprint"],
        "files": {p: (d.hex() if "/files/" in p else d.decode()) for p, d in files.items()},
        "revision_hashes": [h1["hash"], h2["hash"], a1["hash"]],
        "custody_hashes": [c1["hash"], c2["hash"]],
        "manifest": manifest,
        "manifest_json": manifest_bytes.decode(),
        "manifest_sha256": hashlib.sha256(manifest_bytes).hexdigest(),
        "signed_message_hex": message.hex(),
        "manifest_sig": base64.b64encode(sig).decode() + "\n",
    }


def text() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str]) -> int:
    if "--check" in argv:
        same = OUT.read_text("utf-8") == text()
        print("up to date" if same else f"{OUT} differs; run scripts/evidence_vector.py")
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text(), "utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
