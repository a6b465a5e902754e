#!/usr/bin/env python3
"""Verify a decrypted FieldDoc bundle or receipt without FieldDoc (docs/bundle-format.md §7).

    age -d -i hq-identity.txt -o bundle.plain BUNDLE    # writes PLAINTEXT: use a safe place
    python3 verify_bundle.py bundle.plain [SIGNER_PUBLIC_KEY_BASE64]

Needs only Python 3.11+ and the `cryptography` package. Prints "OK …" and exits 0 if every
check passes; prints "FAILED: reason" to stderr and exits 1 at the first failure; exits 2 on
a usage error. Every check is an explicit `if`, so it holds under `python -O` too.

Checked: the preamble; the signature over the manifest (by the given key, if one is given);
that the manifest is strict JSON of this format and kind; for an export bundle, that its
`device` is the id of the signing key, that the frames come in the order RECORD…, FILE…,
END with exactly the counts the manifest gives, that every revision hash recomputed from
its RECORD frame (docs/spec/hashes.md) is the manifest's entry at its position and names
the signer, `records_sha256`, every file's size and SHA-256; that nothing follows END.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import struct
import sys
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

CONTEXT = {1: b"FieldDoc bundle manifest v1\x00", 2: b"FieldDoc receipt manifest v1\x00"}
KIND_TYPE = {1: "export", 2: "receipt"}
RECORD, FILE, END = 0x01, 0x02, 0x03
MAX_MANIFEST, MAX_RECORD, MAX_FILE = 32 << 20, 8 << 20, 1 << 40
CHUNK = 1 << 20
EXPORT_KEYS = {"format", "version", "type", "bundle_id", "device", "sequence", "previous", "abandoned",
               "recipients", "created_at", "tlp_ceiling", "reply_to", "counts", "revisions",
               "records_sha256", "files", "more", "software"}
EXPORT_OPTIONAL = {"meta", "custody"}
RECEIPT_KEYS = {"format", "version", "type", "receipt_id", "hq", "device", "created_at", "bundles"}
CUSTODY_KEYS = {"attachment_id", "chain", "seq", "prev", "at", "actor", "action", "detail", "hash"}
CUSTODY_ACTIONS = {"collected", "copied", "exported", "imported", "reported", "purged"}


class Failed(Exception):
    pass


def check(condition: bool, reason: str) -> None:
    if not condition:
        raise Failed(reason)


def read_exact(f: BinaryIO, n: int, what: str) -> bytes:
    data = f.read(n)
    check(len(data) == n, f"truncated: {what} is cut off")
    return data


def device_id(public: bytes) -> str:
    digest = hashlib.sha256(b"fielddoc/v1/key-id\x00" + public).digest()[:12]
    return "dev-" + base64.b32encode(digest).decode("ascii").rstrip("=").lower()


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    check(len({k for k, _ in pairs}) == len(pairs), "a JSON object has a duplicate key")
    return dict(pairs)


def _no_constant(name: str) -> Any:
    raise Failed(f"{name} is not JSON")


def strict_json(raw: bytes, what: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Failed(f"{what} is not valid UTF-8 JSON") from None


# -- canonical JSON (docs/spec/canonical-json.md) ---------------------------------------------
def es_number(x: float) -> str:
    check(math.isfinite(x), "NaN or infinity in a record")
    if x == 0:
        return "0"
    if x < 0:
        return "-" + es_number(-x)
    mantissa, _, exp = repr(x).partition("e")
    whole, _, frac = mantissa.partition(".")
    n = len(whole) + int(exp or 0) if whole != "0" else -(len(frac) - len(frac.lstrip("0")))
    d = (whole + frac).lstrip("0").rstrip("0") or "0"
    k = len(d)
    if k <= n <= 21:
        return d + "0" * (n - k)
    if 0 < n <= 21:
        return d[:n] + "." + d[n:]
    if -6 < n <= 0:
        return "0." + "0" * -n + d
    e = n - 1
    return d[0] + ("." + d[1:] if k > 1 else "") + "e" + ("+" if e >= 0 else "-") + str(abs(e))


def jcs(v: Any) -> str:
    """Version 2: RFC 8785."""
    if isinstance(v, bool) or v is None:
        return json.dumps(v)
    if isinstance(v, int):
        check(abs(v) <= 2**53 - 1, "an integer beyond 2**53 - 1 in a record")
        return str(v)
    if isinstance(v, float):
        return es_number(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ",".join(jcs(x) for x in v) + "]"
    names = sorted(v, key=lambda s: s.encode("utf-16-be", "surrogatepass"))
    return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + jcs(v[k]) for k in names) + "}"


def legacy(v: Any) -> str:
    """Version 1 (FieldDoc 0.1.0)."""
    return json.dumps(v, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def revision_hashes(e: dict[str, Any]) -> list[str]:
    """The revision hash of a RECORD frame under version 2 and version 1 (docs/spec/hashes.md §2)."""
    out = []
    for v, encode in ((2, jcs), (1, legacy)):
        head = {k: e[k] for k in HEAD_KEYS}
        try:
            data = encode({**head, "v": v}).encode("utf-8") + b"\n" + encode(e["doc"]).encode("utf-8")
        except (Failed, UnicodeEncodeError, ValueError):
            continue
        out.append(hashlib.sha256(data).hexdigest())
    return out


# -- the bundle (docs/bundle-format.md §2) ----------------------------------------------------
HEAD_KEYS = ("record_id", "kind", "revision", "parent", "op", "device_id", "author", "at")
ENTRY_KEYS = {*HEAD_KEYS, "doc", "draft", "id_generated"}


def check_custody(entries: Any, device: str) -> None:
    """The manifest's custody chains (docs/spec/custody.md §2, §4): whole, linked, hashed."""
    check(isinstance(entries, list), "custody is not a list")
    tips: dict[str, tuple[int, str]] = {}
    for e in entries:
        check(isinstance(e, dict) and set(e) == CUSTODY_KEYS, "a custody entry has the wrong keys")
        aid = e["attachment_id"]
        check(isinstance(aid, str) and e["chain"] == device, "a custody entry of another device")
        seq, prev = tips.get(aid, (0, "0" * 64))
        check(e["seq"] == seq + 1 and e["prev"] == prev,
              f"custody log of {aid}: entry {seq + 1} is missing or not linked")
        check(e["action"] in CUSTODY_ACTIONS and isinstance(e["detail"], dict),
              f"custody log of {aid}: entry {seq + 1} is malformed")
        body = jcs({"v": 1, **{k: e[k] for k in CUSTODY_KEYS - {"hash"}}}).encode("utf-8")
        check(hashlib.sha256(body).hexdigest() == e["hash"],
              f"custody log of {aid}: entry {seq + 1} was altered")
        tips[aid] = (e["seq"], e["hash"])


def verify(path: str, key_b64: str | None) -> str:
    with open(path, "rb") as f:
        magic, version, kind, public, signature, length = struct.unpack(
            ">8sBB32s64sI", read_exact(f, 110, "the preamble")
        )
        check(magic == b"FDBUNDLE", "not a FieldDoc bundle (magic)")
        check(version == 1, f"format version {version}, not 1")
        check(kind in CONTEXT, f"unknown kind {kind}")
        if key_b64 is not None:
            check(public == base64.b64decode(key_b64, validate=True), "signed by another key")
        check(1 <= length <= MAX_MANIFEST, "manifest length out of range")
        manifest_bytes = read_exact(f, length, "the manifest")
        try:
            Ed25519PublicKey.from_public_bytes(public).verify(
                signature, CONTEXT[kind] + hashlib.sha256(manifest_bytes).digest()
            )
        except InvalidSignature:
            raise Failed("InvalidSignature: the manifest was not signed by this key") from None
        m = strict_json(manifest_bytes, "the manifest")
        check(isinstance(m, dict), "the manifest is not a JSON object")
        check(m.get("format") == "fielddoc-bundle" and m.get("version") == 1, "not a version 1 manifest")
        check(m.get("type") == KIND_TYPE[kind], "the manifest's type does not match the kind")
        required = EXPORT_KEYS if kind == 1 else RECEIPT_KEYS
        optional = EXPORT_OPTIONAL if kind == 1 else set()
        check(required <= set(m) <= required | optional,
              "the manifest lacks a member or has one version 1 does not define (docs/spec/bundle.md §3, §5)")
        if kind == 1:
            check(m.get("device") == device_id(public), "the manifest's device is not the signing key's id")
            counts, revisions, files = m.get("counts"), m.get("revisions"), m.get("files")
            check(isinstance(counts, dict) and isinstance(revisions, list) and isinstance(files, list),
                  "counts, revisions or files missing")
            n_rev, n_files = counts.get("revisions"), counts.get("files")
            check(n_rev == len(revisions) and n_files == len(files), "counts do not match the lists")
            check(all(isinstance(h, str) for h in revisions), "a revision hash is not a string")
            check(len(set(revisions)) == len(revisions), "a revision is listed twice")
            check_custody(m.get("custody", []), m["device"])
        else:
            revisions, files = [], []
        records, i_rec, i_file = hashlib.sha256(), 0, 0
        while True:
            header = read_exact(f, 9, "a frame header (no END frame)")
            ftype, flen = struct.unpack(">BQ", header)
            check(ftype in (RECORD, FILE, END), f"unknown frame type {ftype}")
            if ftype == END:
                check(flen == 0, "the END frame has a body")
                break
            if ftype == RECORD:
                check(i_file == 0, "a RECORD frame after a FILE frame")
                check(i_rec < len(revisions), "more RECORD frames than the manifest counts")
                check(flen <= MAX_RECORD, "a RECORD frame over 8 MiB")
                body = read_exact(f, flen, "a RECORD frame")
                records.update(header + body)
                e = strict_json(body, f"RECORD frame {i_rec + 1}")
                check(isinstance(e, dict) and set(e) == ENTRY_KEYS,
                      f"RECORD frame {i_rec + 1} has the wrong keys")
                check(e["device_id"] == m["device"], f"RECORD frame {i_rec + 1} is another device's revision")
                check(revisions[i_rec] in revision_hashes(e),
                      f"RECORD frame {i_rec + 1} is not the revision the manifest lists")
                i_rec += 1
            else:
                check(i_file < len(files), "more FILE frames than the manifest counts")
                want = files[i_file]
                check(isinstance(want, dict) and flen == want.get("size") and flen <= MAX_FILE,
                      f"FILE frame {i_file + 1} has the wrong size")
                digest, left = hashlib.sha256(), flen
                while left:
                    chunk = read_exact(f, min(left, CHUNK), f"FILE frame {i_file + 1}")
                    digest.update(chunk)
                    left -= len(chunk)
                check(digest.hexdigest() == want.get("sha256"), f"FILE frame {i_file + 1} was altered")
                i_file += 1
        check(f.read(1) == b"", "data after the END frame")
    check(i_rec == len(revisions), "fewer RECORD frames than the manifest counts")
    check(i_file == len(files), "fewer FILE frames than the manifest counts")
    if kind == 1:
        check(records.hexdigest() == m.get("records_sha256"), "records altered (records_sha256)")
    bundle_hash = hashlib.sha256(manifest_bytes).hexdigest()
    return f"OK {m['type']} {m.get('device')} sequence {m.get('sequence')} bundle hash {bundle_hash}"


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print("usage: verify_bundle.py PLAINTEXT [SIGNER_PUBLIC_KEY_BASE64]", file=sys.stderr)
        return 2
    try:
        print(verify(argv[1], argv[2] if len(argv) == 3 else None))
    except Failed as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:  # unreadable file, bad base64 key
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
