"""Vectors of docs/spec/bundle.md §10 (a bundle cut into volumes), written from the spec alone.

Called by scripts/spec_vectors_layouts.py (``build(put)``); imports nothing from fielddoc, only
the standard library. The bundle a set carries is opaque here (the volume layer is checked
before anything is decrypted), so the vectors cut fixed test bytes that start like an age file.
Files: tests/data/vectors/bundle/volumes/*.json; tests/test_spec_volumes.py checks FieldDoc's
reader against each.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable
from typing import Any

MAGIC = b"FDVOLUME"
HEADER = struct.Struct(">8sBBHHH16sQQQ32s32s")  # §10.1, 120 bytes
STRUCTURE = "bundle/volumes"


def _fixed(label: str, n: int) -> bytes:
    out, i = b"", 0
    while len(out) < n:
        out += hashlib.sha256(f"fielddoc spec vectors / volumes / {label} / {i}".encode()).digest()
        i += 1
    return out[:n]


def header(index: int, count: int, set_id: bytes, whole: bytes, offset: int, part: bytes, *,
           version: int = 1) -> bytes:
    return HEADER.pack(MAGIC, version, 0, index, count, 0, set_id, len(whole), offset, len(part),
                       hashlib.sha256(whole).digest(), hashlib.sha256(part).digest())


def cut(whole: bytes, set_id: bytes, volume_size: int) -> list[bytes]:
    """The volume files of §10.2: parts of volume_size - 120 bytes, the last one shorter."""
    size = volume_size - HEADER.size
    parts = [whole[i : i + size] for i in range(0, len(whole), size)]
    out, offset = [], 0
    for i, part in enumerate(parts, 1):
        out.append(header(i, len(parts), set_id, whole, offset, part) + part)
        offset += len(part)
    return out


def names(count: int) -> list[str]:
    return [f"5f3c0a9e6d2b4781a0c3e5f7092b4d6e.{i:03d}-of-{count:03d}.age" for i in range(1, count + 1)]


def build(put: Callable[[str, str, dict[str, Any]], None]) -> None:
    whole = b"age-encryption.org/v1\n" + _fixed("bundle", 2500 - 22)
    set_id = _fixed("set id", 16)
    vols = cut(whole, set_id, 1024)  # 904-byte parts: 3 volumes
    assert len(vols) == 3
    n = names(3)

    def files(vs: list[bytes], ns: list[str] | None = None) -> list[dict[str, str]]:
        return [{"name": name, "hex": v.hex()} for name, v in zip(ns or n, vs, strict=True)]

    put(STRUCTURE, "volumes", {
        "expect": "ok", "volume_size": 1024, "set_id": set_id.hex(), "header_size": HEADER.size,
        "whole_hex": whole.hex(), "whole_sha256": hashlib.sha256(whole).hexdigest(),
        "headers": [v[: HEADER.size].hex() for v in vols], "files": files(vols), "given": n[1],
        "note": "any one volume is given; the reader finds the others in its folder"})
    put(STRUCTURE, "names-swapped", {
        "expect": "ok", "whole_hex": whole.hex(), "files": files([vols[1], vols[0], vols[2]]),
        "given": n[0], "note": "file names carry no meaning: the headers give the order"})

    def fail(name: str, vs: list[bytes], error: str, detail: str, note: str, *, given: str | None = None,
             ns: list[str] | None = None) -> None:
        put(STRUCTURE, f"fail-{name}", {"expect": "error", "error": error, "detail": detail,
                                        "files": files(vs, ns), "given": given or (ns or n)[0], "note": note})

    fail("missing", [vols[0], vols[2]], "VolumeMissing", "missing 2 of 3", "volume 2 is not there",
         ns=[n[0], n[2]])
    fail("extra", [*vols, vols[1][: HEADER.size] + bytes(len(vols[1]) - HEADER.size)], "VolumeDuplicated",
         "volume 2", "a second file claims to be volume 2", ns=[*n, "extra.age"])
    p1, p2 = vols[0][HEADER.size:], vols[1][HEADER.size:]
    fail("parts-swapped", [vols[0][: HEADER.size] + p2, vols[1][: HEADER.size] + p1, vols[2]],
         "VolumeDamaged", "Volume 1 of 3", "the parts of volumes 1 and 2 exchanged, headers kept")
    fail("truncated", [vols[0], vols[1], vols[2][:-1]], "VolumeDamaged", "Volume 3 of 3",
         "the last byte of volume 3 is missing")
    altered = bytearray(vols[1])
    altered[HEADER.size + 10] ^= 0x01
    fail("altered", [vols[0], bytes(altered), vols[2]], "VolumeDamaged", "Volume 2 of 3",
         "one bit of volume 2's part flipped")
    part = bytes(altered[HEADER.size:])
    kept = HEADER.unpack(vols[1][: HEADER.size])[:-1]
    rehashed = HEADER.pack(*kept, hashlib.sha256(part).digest()) + part
    fail("altered-with-header", [vols[0], rehashed, vols[2]], "VolumesDoNotMatch", "not the bundle",
         "volume 2's part altered and its SHA-256 in the header updated: only the whole's hash sees it")
    shifted = list(HEADER.unpack(vols[2][: HEADER.size]))
    shifted[8] -= 1  # offset
    fail("offset", [vols[0], vols[1], HEADER.pack(*shifted) + vols[2][HEADER.size:]], "VolumeDamaged",
         "Volume 3 of 3", "volume 3's offset does not follow volume 2")
    recount = list(HEADER.unpack(vols[2][: HEADER.size]))
    recount[4] = 4  # count
    fail("count", [vols[0], vols[1], HEADER.pack(*recount) + vols[2][HEADER.size:]], "VolumesDoNotMatch",
         "different bundles", "volume 3 says the set has 4 volumes")
    fail("version", [header(1, 3, set_id, whole, 0, p1, version=2) + p1, vols[1], vols[2]],
         "VolumeHeaderDamaged", "version 2", "volume format version 2")
