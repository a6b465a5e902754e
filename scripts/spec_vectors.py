"""Write the known-answer vectors of docs/spec/ into tests/data/vectors/.

An INDEPENDENT implementation, written from docs/spec/canonical-json.md and
docs/spec/hashes.md only: it imports nothing from fielddoc (only the standard
library, and the `cryptography` package for the Ed25519 card vectors), so
tests/test_spec_vectors.py, which checks FieldDoc's code against these files,
cross-checks the spec and the code.

    python scripts/spec_vectors.py          # rewrite tests/data/vectors/
    python scripts/spec_vectors.py --check  # exit 1 if the files differ from what it would write

Every vector is one JSON file: "structure", "name", "comment", "expect" ("ok", "error"
or "mismatch"), the inputs, every intermediate value, and the expected output.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import struct
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "vectors"
MAX_SAFE = 2**53 - 1
GENESIS = "0" * 64


class Refused(Exception):
    pass


# -- strict JSON text -> value (canonical-json.md §2) -------------------------------------
def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise Refused("duplicate member name")
    return dict(pairs)


def _constant(name: str) -> Any:
    raise Refused(f"{name} is not JSON")


def parse(text: str) -> Any:
    """I-JSON as the spec reads it: no duplicate names, no NaN/Infinity literals."""
    return json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)


# -- version 2: RFC 8785 -------------------------------------------------------------------
_ESC = {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}


def jcs_string(s: str) -> str:
    out = ['"']
    for ch in s:
        c = ord(ch)
        if 0xD800 <= c <= 0xDFFF:
            raise Refused("lone surrogate")
        if c in _ESC:
            out.append(_ESC[c])
        elif c < 0x20:
            out.append(f"\\u{c:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _shortest(x: float) -> tuple[str, int]:
    """(digits, n) with x = 0.d1d2...dk * 10**n, k as small as possible (x > 0)."""
    for p in range(1, 18):
        s = f"{x:.{p - 1}e}"
        if float(s) == x:
            break
    mant, exp = s.split("e")
    digits = mant.replace(".", "").rstrip("0") or "0"
    return digits, int(exp) + 1


def es_number(x: float) -> str:
    """ECMA-262 Number::toString(x) for a finite double."""
    if x == 0:
        return "0"
    if x < 0:
        return "-" + es_number(-x)
    s, n = _shortest(x)
    k = len(s)
    if k <= n <= 21:
        return s + "0" * (n - k)
    if 0 < n <= 21:
        return s[:n] + "." + s[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + s
    e = n - 1
    sign = "+" if e >= 0 else "-"
    return (s[0] + ("." + s[1:] if k > 1 else "")) + "e" + sign + str(abs(e))


def _units(s: str) -> list[int]:
    out = []
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            c -= 0x10000
            out += [0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF)]
        else:
            out.append(c)
    return out


def jcs(v: Any) -> str:
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        if abs(v) > MAX_SAFE:
            raise Refused("integer beyond 2**53 - 1")
        return str(v)
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            raise Refused("NaN or infinite number")
        return es_number(v)
    if isinstance(v, str):
        return jcs_string(v)
    if isinstance(v, list):
        return "[" + ",".join(jcs(x) for x in v) + "]"
    if isinstance(v, dict):
        names = sorted(v, key=_units)
        return "{" + ",".join(jcs_string(k) + ":" + jcs(v[k]) for k in names) + "}"
    raise Refused(type(v).__name__)


# -- version 1: the legacy encoding (canonical-json.md §5) --------------------------------
def legacy_number(x: float) -> str:
    if x == 0:
        return "-0.0" if math.copysign(1, x) < 0 else "0.0"
    if x < 0:
        return "-" + legacy_number(-x)
    s, n = _shortest(x)
    e = n - 1  # scientific exponent
    if -4 <= e < 16:
        if n <= 0:
            return "0." + "0" * (-n) + s
        if len(s) <= n:
            return s + "0" * (n - len(s)) + ".0"
        return s[:n] + "." + s[n:]
    mant = s[0] + ("." + s[1:] if len(s) > 1 else "")
    return mant + "e" + ("+" if e >= 0 else "-") + f"{abs(e):02d}"


def legacy(v: Any) -> str:
    if v is None or v is True or v is False:
        return {None: "null", True: "true", False: "false"}[v]
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            raise Refused("NaN or infinite number")
        return legacy_number(v)
    if isinstance(v, str):
        return jcs_string(v)  # same escaping; lone surrogates cannot be UTF-8 encoded
    if isinstance(v, list):
        return "[" + ",".join(legacy(x) for x in v) + "]"
    if isinstance(v, dict):
        return (
            "{"
            + ",".join(
                jcs_string(k) + ":" + legacy(v[k]) for k in sorted(v, key=lambda k: [ord(c) for c in k])
            )
            + "}"
        )
    raise Refused(type(v).__name__)


ENCODERS = {2: jcs, 1: legacy}


def sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


# -- the vectors ------------------------------------------------------------------------------
FILES: dict[str, dict[str, Any]] = {}


def put(structure: str, name: str, data: dict[str, Any]) -> None:
    FILES[f"{structure}/{name}.json"] = {"structure": structure, "name": name, **data}


def canon_vector(name: str, text: str, comment: str) -> None:
    data: dict[str, Any] = {"comment": comment, "input": text, "input_hex": text.encode("utf-8").hex()}
    try:
        value = parse(text)
    except Refused as exc:
        put("canonical-json", name, {**data, "expect": "error", "error": f"parse: {exc}"})
        return
    for v, key in ((2, "jcs"), (1, "legacy")):
        try:
            out = ENCODERS[v](value)
            raw = out.encode("utf-8")
            data[key] = out
            data[key + "_hex"] = raw.hex()
            data[key + "_sha256"] = sha(raw)
        except (Refused, UnicodeEncodeError) as exc:
            data[key] = None
            data[key + "_error"] = str(exc) if isinstance(exc, Refused) else "lone surrogate"
    data["expect"] = "ok" if data["jcs"] is not None else "error"
    put("canonical-json", name, data)


# RFC 8785 Appendix B: IEEE 754 bit patterns and their ECMAScript serialisation.
RFC8785_NUMBERS = [
    ("0000000000000000", "0"),
    ("8000000000000000", "0"),
    ("0000000000000001", "5e-324"),
    ("8000000000000001", "-5e-324"),
    ("7fefffffffffffff", "1.7976931348623157e+308"),
    ("ffefffffffffffff", "-1.7976931348623157e+308"),
    ("4340000000000000", "9007199254740992"),
    ("c340000000000000", "-9007199254740992"),
    ("4430000000000000", "295147905179352830000"),
    ("7fffffffffffffff", None),
    ("7ff0000000000000", None),
    ("44b52d02c7e14af5", "9.999999999999997e+22"),
    ("44b52d02c7e14af6", "1e+23"),
    ("44b52d02c7e14af7", "1.0000000000000001e+23"),
    ("444b1ae4d6e2ef4e", "999999999999999700000"),
    ("444b1ae4d6e2ef4f", "999999999999999900000"),
    ("444b1ae4d6e2ef50", "1e+21"),
    ("3eb0c6f7a0b5ed8c", "9.999999999999997e-7"),
    ("3eb0c6f7a0b5ed8d", "0.000001"),
    ("41b3de4355555553", "333333333.3333332"),
    ("41b3de4355555554", "333333333.33333325"),
    ("41b3de4355555555", "333333333.3333333"),
    ("41b3de4355555556", "333333333.3333334"),
    ("41b3de4355555557", "333333333.33333343"),
    ("becbf647612f3696", "-0.0000033333333333333333"),
    ("43143ff3c1cb0959", "1424953923781206.2"),
]


def number_vectors() -> None:
    for bits, expected in RFC8785_NUMBERS:
        (x,) = struct.unpack(">d", bytes.fromhex(bits))
        try:
            got: str | None = es_number(x) if math.isfinite(x) else None
        except Refused:  # pragma: no cover
            got = None
        if got != expected:
            raise SystemExit(f"spec_vectors: RFC 8785 number {bits}: {got} != {expected}")
        put(
            "canonical-json",
            f"rfc8785-number-{bits}",
            {
                "comment": "RFC 8785 Appendix B: an IEEE 754 double (big-endian bits) and its serialisation",
                "ieee754_hex": bits,
                "expect": "ok" if expected is not None else "error",
                "jcs": expected,
                "jcs_error": None if expected is not None else "NaN or infinite number",
            },
        )


def canonical_vectors() -> None:
    canon_vector(
        "rfc8785-3.2.2-example",
        '{\n  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n'
        '  "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",\n'
        '  "literals": [null, true, false]\n}',
        "RFC 8785 §3.2.2 (the example of §3.2.4's output)",
    )
    canon_vector(
        "rfc8785-3.2.3-sorting",
        '{\n  "\\u20ac": "Euro Sign",\n  "\\r": "Carriage Return",\n'
        '  "\\ufb33": "Hebrew Letter Dalet With Dagesh",\n  "1": "One",\n'
        '  "\\ud83d\\ude00": "Emoji: Grinning Face",\n  "\\u0080": "Control",\n'
        '  "\\u00f6": "Latin Small Letter O With Diaeresis"\n}',
        "RFC 8785 §3.2.3: member names in UTF-16 code unit order (U+1F600 before U+FB33); "
        "the legacy encoding sorts by code point and differs",
    )
    canon_vector("empty-object", "{}", "")
    canon_vector("empty-array", "[]", "")
    canon_vector("literals", "[null,true,false]", "")
    canon_vector(
        "nested", '{"b":[1,{"d":1,"c":2}],"a":{"z":null,"y":"x"}}', "nested objects sorted at every level"
    )
    canon_vector("whitespace", ' { "a" : [ 1 , 2 ] ,\n\t"b" : "x" } ', "insignificant white space removed")
    canon_vector(
        "escapes",
        '"\\u0000\\u0001\\u001f\\b\\t\\n\\f\\r\\"\\\\\\/\\u007f\\u2028\\u00e9"',
        "control characters as \\u00xx lower case except \\b \\t \\n \\f \\r; / U+007F U+2028 é as is",
    )
    canon_vector(
        "non-ascii",
        '"\u0416\u0430\u04a3\u0430\u04e9\u0437\u0435\u043d \U0001f600"',
        "non-ASCII is written as UTF-8, never escaped",
    )
    canon_vector("integers", "[0,-0,1,-1,9007199254740991,-9007199254740991,100]", "safe integers exactly")
    canon_vector(
        "floats",
        "[1.0,-0.0,0.5,1.5e-7,1e-6,1e16,1e21,123456789.125]",
        "floats: ECMAScript form; legacy (Python repr) differs: 1.0, -0.0, 1.5e-07, 1e+16",
    )
    canon_vector(
        "integral-float-2-53",
        "[9007199254740992.0, 1e20]",
        "a float token is a double even when integral and above 2**53 - 1 (RFC 8785 Appendix B)",
    )
    canon_vector("fail-nan", '{"a":NaN}', "NaN is not JSON: refused")
    canon_vector("fail-infinity", "[Infinity]", "Infinity is not JSON: refused")
    canon_vector("fail-overflow", "[1e400]", "a number that overflows a double is refused")
    canon_vector(
        "fail-integer-2-53",
        "[9007199254740992]",
        "an integer token beyond 2**53 - 1 is refused (version 1 wrote its digits)",
    )
    canon_vector("fail-integer-negative-2-53", "[-9007199254740992]", "likewise below -(2**53 - 1)")
    canon_vector("fail-lone-surrogate", '["\\ud800"]', "a lone surrogate is refused (both versions)")
    canon_vector("fail-lone-surrogate-key", '{"\\udc00":1}', "in a member name too")
    canon_vector("fail-duplicate-key", '{"a":1,"a":2}', "duplicate member names are refused when parsing")


# -- revisions and export hashes (hashes.md §3, §4) --------------------------------------------
REV_FIELDS = ("record_id", "kind", "revision", "parent", "op", "device_id", "author", "at")


def revision_parts(fields: dict[str, Any], doc: Any, v: int) -> dict[str, Any]:
    enc = ENCODERS[v]
    header = enc({**{k: fields[k] for k in REV_FIELDS}, "v": v})
    doc_bytes = enc(doc).encode("utf-8")
    hashed = header.encode("utf-8") + b"\n" + doc_bytes
    return {
        "header": header,
        "document": doc_bytes.decode("utf-8"),
        "hashed_hex": hashed.hex(),
        "hash": sha(hashed),
    }


BASE = {
    "record_id": "per-0190f5a4-7c3e-7b1d-9c2a-3e4f5a6b7c8d",
    "kind": "person",
    "revision": 1,
    "parent": None,
    "op": "create",
    "device_id": "dev-abcdefghijklmnopqrst",
    "author": "Айгуль С.",
    "at": "2012-03-28T09:15:00.123456+06:00",
}
DOC = {
    "id": BASE["record_id"],
    "name": "Roza Tuletaeva",
    "confidentiality": "public",
    "tlp": "CLEAR",
    "x_score": 0.5,
    "aliases": ["Роза"],
    "notes": 'line 1\nline 2 "quoted"',
}


def revision_vectors() -> None:
    for v in (2, 1):
        p = revision_parts(BASE, DOC, v)
        put(
            "revision",
            f"v{v}-create",
            {
                "comment": f"revision 1 (no parent), hash version {v}",
                "expect": "ok",
                "v": v,
                "fields": BASE,
                "doc": DOC,
                **p,
            },
        )
        child = {**BASE, "revision": 2, "parent": p["hash"], "op": "update", "author": ""}
        doc2 = {**DOC, "name": "Roza Tuletayeva", "x_score": 1.0}
        p2 = revision_parts(child, doc2, v)
        put(
            "revision",
            f"v{v}-update",
            {
                "comment": f"revision 2, parent = the hash of v{v}-create",
                "expect": "ok",
                "v": v,
                "fields": child,
                "doc": doc2,
                **p2,
            },
        )
    odd = {"id": "per-x", "\ue000": 1, "\U0001f600": 2, "big": 1e15, "small": -1.5e-7, "zero": -0.0}
    for v in (2, 1):
        fields = {**BASE, "record_id": "per-x", "op": "import", "author": "a\u2028b\x01"}
        put(
            "revision",
            f"v{v}-encoding-differences",
            {
                "comment": "a document whose two encodings differ (key order, number forms)",
                "expect": "ok",
                "v": v,
                "fields": fields,
                "doc": odd,
                **revision_parts(fields, odd, v),
            },
        )
    p = revision_parts(BASE, DOC, 2)
    for field, value in (
        ("author", "Айгуль C."),
        ("revision", 2),
        ("at", "2012-03-28T09:15:00.123457+06:00"),
        ("parent", GENESIS),
    ):
        put(
            "revision",
            f"fail-changed-{field}",
            {
                "comment": f"{field} changed after hashing: the hash of v2-create no longer matches "
                "(either version)",
                "expect": "mismatch",
                "v": 2,
                "fields": {**BASE, field: value},
                "doc": DOC,
                "hash": p["hash"],
            },
        )
    put(
        "revision",
        "fail-changed-doc",
        {
            "comment": "one character of the document changed",
            "expect": "mismatch",
            "v": 2,
            "fields": BASE,
            "doc": {**DOC, "name": "Roza Tuletaev a"},
            "hash": p["hash"],
        },
    )
    put(
        "revision",
        "fail-lone-surrogate",
        {
            "comment": "a lone surrogate in the document: no canonical form, no hash",
            "expect": "error",
            "v": 2,
            "fields": BASE,
            "doc_json": '{"id":"per-x","name":"\\ud800"}',
        },
    )

    # export hashes: the redacted document, and the parent's export hash
    contact = {**DOC, "contact": {"phone": "+7 701 000 00 00"}}
    for v in (2, 1):
        orig = revision_parts(BASE, contact, v)
        red = {k: x for k, x in contact.items() if k != "contact"}
        exp = revision_parts(BASE, red, v)
        put(
            "export",
            f"v{v}-redacted",
            {
                "comment": "the `contact` field is removed; the export hash is the revision hash of the "
                "redacted document, same version",
                "expect": "ok",
                "v": v,
                "fields": BASE,
                "doc": contact,
                "revision_hash": orig["hash"],
                "redacted_doc": red,
                "parent_export_hash": None,
                **{k: x for k, x in exp.items() if k != "hash"},
                "export_hash": exp["hash"],
            },
        )
        child = {**BASE, "revision": 2, "parent": orig["hash"], "op": "update"}
        doc2 = {**red, "name": "Roza T."}
        child_rev = revision_parts(child, doc2, v)
        child_exp_fields = {**child, "parent": exp["hash"]}
        child_exp = revision_parts(child_exp_fields, doc2, v)
        put(
            "export",
            f"v{v}-child-of-redacted",
            {
                "comment": "no contact field, but the parent was redacted: parent = the parent's export hash",
                "expect": "ok",
                "v": v,
                "fields": child,
                "doc": doc2,
                "revision_hash": child_rev["hash"],
                "redacted_doc": doc2,
                "parent_export_hash": exp["hash"],
                **{k: x for k, x in child_exp.items() if k != "hash"},
                "export_hash": child_exp["hash"],
            },
        )
        plain = revision_parts(BASE, DOC, v)
        put(
            "export",
            f"v{v}-unchanged",
            {
                "comment": "no contact field, parent not redacted: export hash = revision hash",
                "expect": "ok",
                "v": v,
                "fields": BASE,
                "doc": DOC,
                "revision_hash": plain["hash"],
                "redacted_doc": DOC,
                "parent_export_hash": None,
                **{k: x for k, x in plain.items() if k != "hash"},
                "export_hash": plain["hash"],
            },
        )


    # an attachment: encryption.key_id (the device's file name) is removed too (hashes.md §3)
    att_fields = {**BASE, "record_id": "att-0190f5a4-7c3e-7b1d-9c2a-3e4f5a6b7c8d", "kind": "attachment"}
    att_doc = {"id": att_fields["record_id"], "title": "photo.jpg",
               "encryption": {"algo": "fdat1/aes-256-gcm-stream",
                              "key_id": "00112233445566778899aabbccddeeff"},
               "files": [{"role": "original", "file_name": "photo.jpg", "sha256": "ab" * 32}]}
    att_red = {**att_doc, "encryption": {"algo": "fdat1/aes-256-gcm-stream"}}
    orig = revision_parts(att_fields, att_doc, 2)
    exp = revision_parts(att_fields, att_red, 2)
    put(
        "export",
        "v2-attachment-key-id",
        {
            "comment": "an attachment's `encryption.key_id` (the device's name for the encrypted file) is "
            "removed; HQ stores the file under a name of its own",
            "expect": "ok",
            "v": 2,
            "fields": att_fields,
            "doc": att_doc,
            "revision_hash": orig["hash"],
            "redacted_doc": att_red,
            "parent_export_hash": None,
            **{k: x for k, x in exp.items() if k != "hash"},
            "export_hash": exp["hash"],
        },
    )


# -- audit entries (hashes.md §5) ---------------------------------------------------------------
AUDIT_FIELDS = ("seq", "at", "device_id", "actor", "action", "record_id", "revision_hash", "detail")


def audit_entry(prev: str, entry: dict[str, Any], v: int) -> dict[str, Any]:
    body = ENCODERS[v]({"v": v, "prev": prev, **entry})
    return {
        "prev": prev,
        **entry,
        "v": v,
        "canonical": body,
        "canonical_hex": body.encode().hex(),
        "hash": sha(body.encode("utf-8")),
    }


def audit_vectors() -> None:
    raw = [
        {
            "seq": 1,
            "at": "2026-12-06T17:00:00.000001+00:00",
            "device_id": "dev-abcdefghijklmnopqrst",
            "actor": "Айгуль",
            "action": "create",
            "record_id": "per-x",
            "revision_hash": "a" * 64,
            "detail": "",
        },
        {
            "seq": 2,
            "at": "2026-12-06T17:00:01+00:00",
            "device_id": "dev-abcdefghijklmnopqrst",
            "actor": "",
            "action": "purge",
            "record_id": None,
            "revision_hash": None,
            "detail": 'erased 3 records "delivered"\n',
        },
        {
            "seq": 3,
            "at": "2026-12-06T17:00:02Z",
            "device_id": "dev-abcdefghijklmnopqrst",
            "actor": "x",
            "action": "update",
            "record_id": "per-x",
            "revision_hash": "b" * 64,
            "detail": "\U0001f600",
        },
    ]
    for name, versions in (
        ("v2-chain", (2, 2, 2)),
        ("v1-chain", (1, 1, 1)),
        ("upgrade-v1-then-v2", (1, 1, 2)),
    ):
        prev, entries = GENESIS, []
        for e, v in zip(raw, versions, strict=True):
            ent = audit_entry(prev, e, v)
            entries.append(ent)
            prev = ent["hash"]
        put(
            "audit",
            name,
            {
                "comment": "a chain from GENESIS (64 zeros); each entry's prev is the hash before it",
                "expect": "ok",
                "genesis": GENESIS,
                "entries": entries,
            },
        )
    good = FILES["audit/v2-chain.json"]["entries"]
    put(
        "audit",
        "fail-changed-field",
        {
            "comment": "entry 2's actor changed, its hash kept",
            "expect": "error",
            "genesis": GENESIS,
            "error_entry": 2,
            "entries": [good[0], {**good[1], "actor": "someone"}, good[2]],
        },
    )
    put(
        "audit",
        "fail-broken-link",
        {
            "comment": "entry 2 removed: entry 3's prev is not entry 1's hash",
            "expect": "error",
            "genesis": GENESIS,
            "error_entry": 3,
            "entries": [good[0], good[2]],
        },
    )
    down = audit_entry(good[0]["hash"], {k: good[1][k] for k in AUDIT_FIELDS}, 1)
    put(
        "audit",
        "fail-v1-after-v2",
        {
            "comment": "a version 1 entry after a version 2 entry: refused (rewritten, not legacy)",
            "expect": "error",
            "genesis": GENESIS,
            "error_entry": 2,
            "entries": [good[0], down],
        },
    )
    put(
        "audit",
        "fail-wrong-genesis",
        {
            "comment": "the first entry must link to 64 ASCII zeros",
            "expect": "error",
            "genesis": GENESIS,
            "error_entry": 1,
            "entries": [audit_entry("f" * 64, {k: good[0][k] for k in AUDIT_FIELDS}, 2)],
        },
    )


# -- cards and enrolment files (hashes.md §6) ---------------------------------------------------
def _b32_groups(digest: bytes) -> str:
    s = base64.b32encode(digest[:20]).decode("ascii")
    return " ".join(s[i : i + 4] for i in range(0, 32, 4))


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_decode_x25519(rcpt: str) -> bytes:
    data = [_BECH.index(c) for c in rcpt[4:-6]]
    acc = bits = 0
    out = bytearray()
    for d in data:
        acc = (acc << 5) | d
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
    return bytes(out)


def card_vectors() -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    seed = bytes(range(32))
    key = Ed25519PrivateKey.from_private_bytes(seed)
    pub = key.public_key().public_bytes_raw()
    rcpt = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
    x = _bech32_decode_x25519(rcpt)
    fpr = _b32_groups(hashlib.sha256(b"fielddoc/v1/hq-card\x00" + pub + x).digest())
    body = {
        "type": "fielddoc-recipient-card",
        "version": 1,
        "name": "HQ «Алматы» 😀",
        "age_recipient": rcpt,
        "signing_key": base64.b64encode(pub).decode(),
        "fingerprint": fpr,
        "created_at": "2026-12-06T17:00:00.000000+00:00",
    }
    ctx = b"FieldDoc recipient card v1\x00"
    msg = ctx + jcs(body).encode("utf-8")
    if jcs(body) != legacy(body):
        raise SystemExit("spec_vectors: a card body must encode identically in both versions")
    sig = key.sign(msg)
    put(
        "card",
        "recipient-card",
        {
            "comment": "Ed25519 seed 00..1f; the signed message is the context and the JCS of the card "
            "without `signature` (identical to its version 1 encoding)",
            "expect": "ok",
            "ed25519_seed_hex": seed.hex(),
            "x25519_public_hex": x.hex(),
            "body": body,
            "canonical": jcs(body),
            "signed_message_hex": msg.hex(),
            "signature": base64.b64encode(sig).decode(),
            "file": json.dumps(
                {**body, "signature": base64.b64encode(sig).decode()}, indent=1, ensure_ascii=False
            ),
        },
    )
    put(
        "card",
        "fail-recipient-card-changed-name",
        {
            "comment": "the name changed after signing",
            "expect": "error",
            "file": json.dumps(
                {**body, "name": "HQ Almaty", "signature": base64.b64encode(sig).decode()},
                indent=1,
                ensure_ascii=False,
            ),
        },
    )
    dev = "dev-" + base64.b32encode(
        hashlib.sha256(b"fielddoc/v1/key-id\x00" + pub).digest()[:12]
    ).decode().lower().rstrip("=")
    ebody = {
        "type": "fielddoc-enrolment",
        "version": 1,
        "device": dev,
        "signing_key": base64.b64encode(pub).decode(),
        "age_recipient": rcpt,
        "label": "",
        "created_at": "2026-12-06T17:00:00.000000+00:00",
        "fingerprint": _b32_groups(hashlib.sha256(b"fielddoc/v1/fingerprint\x00" + pub).digest()),
    }
    emsg = b"FieldDoc enrolment v1\x00" + jcs(ebody).encode("utf-8")
    esig = key.sign(emsg)
    put(
        "card",
        "enrolment",
        {
            "comment": 'an enrolment file: label is "" unless the monitor typed one',
            "expect": "ok",
            "ed25519_seed_hex": seed.hex(),
            "body": ebody,
            "canonical": jcs(ebody),
            "signed_message_hex": emsg.hex(),
            "signature": base64.b64encode(esig).decode(),
            "file": json.dumps(
                {**ebody, "signature": base64.b64encode(esig).decode()}, indent=1, ensure_ascii=False
            ),
        },
    )

# -- custody log (custody.md) ---------------------------------------------------------------------
CUSTODY_FIELDS = ("attachment_id", "chain", "seq", "prev", "at", "actor", "action", "detail")


def _own(e: dict[str, Any]) -> dict[str, Any]:
    """An entry's fields other than its place in the chain (seq, prev)."""
    return {k: e[k] for k in CUSTODY_FIELDS if k not in ("seq", "prev")}


def custody_entry(prev: str, seq: int, e: dict[str, Any]) -> dict[str, Any]:
    body = jcs({"v": 1, **_own(e), "seq": seq, "prev": prev})
    return {**_own(e), "seq": seq, "prev": prev,
            "canonical": body, "canonical_hex": body.encode("utf-8").hex(), "hash": sha(body.encode("utf-8"))}


def custody_vectors() -> None:
    aid = "att-0190f5a4-7c3e-7b1d-9c2a-3e4f5a6b7c8d"
    dev, hq = "dev-abcdefghijklmnopqrst", "dev-hqhqhqhqhqhqhqhqhqhq"
    sha_file = "9f" * 32
    steps = [
        {"at": "2012-03-28T09:15:00.123456+06:00", "actor": "Айгуль С.", "action": "collected",
         "detail": {"role": "original", "sha256": sha_file, "sha512": "0e" * 64, "size": 150000}},
        {"at": "2012-03-28T09:20:00.000001+06:00", "actor": "Айгуль С.", "action": "copied",
         "detail": {"role": "original", "sha256": sha_file, "verified": True}},
        {"at": "2012-03-29T10:00:00.000000+06:00", "actor": "Айгуль С.", "action": "reported",
         "detail": {"output": "pdf", "report": "hearing", "sha256": "11" * 32}},
        {"at": "2012-03-30T08:00:00.000000+06:00", "actor": "Айгуль С.", "action": "exported",
         "detail": {"bundle_id": "0190f5a4-7c3e-7b1d-9c2a-3e4f5a6b7c8e", "files": [sha_file],
                    "recipients": ["ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567"], "sequence": 1,
                    "tlp_ceiling": "AMBER+STRICT"}},
    ]
    entries, prev = [], GENESIS
    for i, st in enumerate(steps, start=1):
        e = custody_entry(prev, i, {"attachment_id": aid, "chain": dev, **st})
        entries.append(e)
        prev = e["hash"]
    imported = custody_entry(GENESIS, 1, {
        "attachment_id": aid, "chain": hq, "at": "2012-04-01T12:00:00.000000+06:00", "actor": "hq",
        "action": "imported",
        "detail": {"bundle": "22" * 32, "device": dev, "files": [{"file": "ffeeddccbbaa99887766554433221100",
                   "sha256": sha_file}], "follows": entries[-1]["hash"],
                   "hq": "ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567",
                   "sequence": 1},
    })
    put("custody", "device-chain", {
        "comment": "a device's chain: capture, a copy, a report, an export (custody.md §2-3)",
        "expect": "ok", "genesis": GENESIS, "entries": entries,
    })
    put("custody", "hq-chain", {
        "comment": "HQ's own chain for the same attachment: its `imported` entry follows the device's tip",
        "expect": "ok", "genesis": GENESIS, "device_entries": entries, "entries": [imported],
    })
    changed = [dict(e) for e in entries]
    changed[1] = {**changed[1], "actor": "someone else"}
    put("custody", "fail-changed-field", {
        "comment": "entry 2's actor changed, its hash kept: refused at entry 2",
        "expect": "error", "genesis": GENESIS, "entries": changed, "error_entry": 2,
    })
    relinked = [dict(e) for e in entries]
    relinked[2] = custody_entry("f" * 64, 3, _own(entries[2]))
    put("custody", "fail-broken-link", {
        "comment": "entry 3 is correctly hashed but its prev is not entry 2's hash",
        "expect": "error", "genesis": GENESIS, "entries": relinked, "error_entry": 3,
    })
    put("custody", "fail-missing-entry", {
        "comment": "entry 2 was removed: entry 3 follows entry 1",
        "expect": "error", "genesis": GENESIS, "entries": [entries[0], *entries[2:]], "error_entry": 2,
    })
    wrong = [custody_entry("1" * 64, 1, _own(entries[0]))]
    put("custody", "fail-wrong-genesis", {
        "comment": "the first entry does not start from GENESIS",
        "expect": "error", "genesis": GENESIS, "entries": wrong, "error_entry": 1,
    })


def build() -> dict[str, bytes]:
    FILES.clear()
    number_vectors()
    canonical_vectors()
    revision_vectors()
    audit_vectors()
    card_vectors()
    custody_vectors()
    return {
        name: (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
        for name, data in sorted(FILES.items())
    }


def main(argv: list[str]) -> int:
    files = build()
    if "--check" in argv:
        bad = [n for n, b in files.items() if not (OUT / n).is_file() or (OUT / n).read_bytes() != b]
        for n in bad:
            print("differs:", n)
        return 1 if bad else 0
    for name, content in files.items():
        path = OUT / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    print(f"{len(files)} vectors in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
