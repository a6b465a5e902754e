#!/usr/bin/env python3
"""Open a FieldDoc vault's database without FieldDoc (docs/recovery.md §2-3).

Needs Python 3.11+, the ``cryptography`` package and the ``sqlcipher3`` module
(SQLCipher >= 4; Debian 12's ``sqlcipher`` CLI, 3.4.1, cannot open the database).

usage: open_vault.py VAULT_FOLDER [--data-key] [--files] [--secret NAME]
       (the passphrase is read from standard input, one line)

Prints, as JSON: the data key (``--data-key``), the ``attachment_files`` rows
(``--files``: file_id, attachment_id, role, size_bytes, sha256, wrapped_key in hex)
or one row of the ``secrets`` table (``--secret NAME``: ASCII as text, else ``hex:``). Without an option it
prints the tables and their row counts. It only reads.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import struct
import sys
import unicodedata
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def _not_json(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _header_body(header: bytes) -> tuple[int, dict]:
    """docs/spec/vault.md §2-§3: layout, checksum, canonical body, algorithm ids, KDF bounds."""
    if header[:8] != b"FDVAULT\x00":
        raise SystemExit("FAILED: not a FieldDoc vault header (or the key was wiped)")
    major, _minor, n = struct.unpack(">HHI", header[8:16])
    if major != 1 or not 1 <= n <= 16384 or len(header) != 16 + n + 48 + 32:
        raise SystemExit("FAILED: unsupported or damaged header")
    if hashlib.sha256(header[:-32]).digest() != header[-32:]:
        raise SystemExit("FAILED: the header's checksum does not match")
    raw = header[16 : 16 + n]
    try:
        body = json.loads(raw, parse_constant=_not_json)
        k, w = body["kdf"], body["wrap"]
        ok = (
            json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii") == raw
            and (k["alg"], w["alg"]) == ("argon2id", "aes-256-gcm")
            and body["db"] == "sqlcipher4-raw-key/hkdf-sha256"
            and body["attachments"] == "fdat1/aes-256-gcm-stream"
            and all(type(k[x]) is int for x in ("memory_kib", "iterations", "lanes"))
            and 8 <= k["memory_kib"] <= 1024 * 1024 and 1 <= k["iterations"] <= 16 and 1 <= k["lanes"] <= 8
            and k["memory_kib"] >= 8 * k["lanes"]
        )
    except (ValueError, KeyError, TypeError, UnicodeError):
        ok = False
    if not ok:  # checked before Argon2id: a tampered header must not cost gigabytes
        raise SystemExit("FAILED: the header's body is damaged or was altered")
    return n, body


def data_key(header: bytes, passphrase: str) -> bytes:
    """docs/spec/vault.md §4: Argon2id, the check value, the AES-256-GCM unwrap."""
    n, body = _header_body(header)
    k = body["kdf"]
    kek = Argon2id(salt=base64.b64decode(k["salt"]), length=32, iterations=k["iterations"],
                   lanes=k["lanes"], memory_cost=k["memory_kib"]).derive(
        unicodedata.normalize("NFC", passphrase).encode("utf-8"))
    check = hmac.new(kek, b"fielddoc/v1/passphrase-check", hashlib.sha256).digest()[:16]
    if not hmac.compare_digest(check, base64.b64decode(body["check"])):
        raise SystemExit("FAILED: wrong passphrase")
    nonce = base64.b64decode(body["wrap"]["nonce"])
    try:
        return AESGCM(kek).decrypt(nonce, header[16 + n : 16 + n + 48], header[: 16 + n])
    except InvalidTag:
        raise SystemExit("FAILED: the header was altered (the key does not unwrap)") from None


def sqlcipher_key(key: bytes) -> bytes:
    info = b"fielddoc/v1/sqlcipher\x00"
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(key)


def connect(folder: Path, key: bytes):  # type: ignore[no-untyped-def]
    import sqlcipher3

    conn = sqlcipher3.connect(f"file:{folder / 'vault.db'}?mode=ro", uri=True)
    version = (conn.execute("PRAGMA cipher_version").fetchone() or [""])[0] or ""
    if not version or int(version.split(".")[0]) < 4:
        raise SystemExit(f"FAILED: SQLCipher >= 4 is needed, this sqlcipher3 has {version or 'none'}")
    conn.execute(f"PRAGMA key = \"x'{sqlcipher_key(key).hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # fails at once on a wrong key
    return conn


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        sys.stderr.write(__doc__ or "")
        return 2
    folder = Path(argv[1])
    key = data_key((folder / "vault.hdr").read_bytes(), sys.stdin.readline().rstrip("\r\n"))
    if "--data-key" in argv:
        print(json.dumps({"data_key": key.hex()}))
        return 0
    conn = connect(folder, key)
    if "--files" in argv:
        rows = conn.execute("SELECT file_id, attachment_id, role, size_bytes, sha256, wrapped_key "
                            "FROM attachment_files ORDER BY created_at, file_id").fetchall()
        names = ("file_id", "attachment_id", "role", "size_bytes", "sha256", "wrapped_key")
        print(json.dumps([dict(zip(names[:5], r[:5], strict=True)) | {names[5]: r[5].hex() if r[5] else None}
                          for r in rows]))
    elif "--secret" in argv:
        name = argv[argv.index("--secret") + 1]
        row = conn.execute("SELECT value FROM secrets WHERE name = ?", (name,)).fetchone()
        value = None if row is None else bytes(row[0])
        text = value.decode("ascii") if value is not None and value.isascii() else None
        print(json.dumps({name: text if text is not None or value is None else "hex:" + value.hex()}))
    else:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'fts_%' ORDER BY name")]
        print(json.dumps({t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
