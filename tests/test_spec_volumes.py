"""docs/spec/bundle.md §10 against FieldDoc's volume reader and writer: every vector of
tests/data/vectors/bundle/volumes/ (written by scripts/spec_vectors_volumes.py, which imports
nothing from FieldDoc) is read back as its bundle or refused with its error, naming the volume."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fielddoc.bundle import volumes as bvolumes
from fielddoc.errors import FieldDocError

VECTORS = Path(__file__).parent / "data" / "vectors" / "bundle" / "volumes"


def _all() -> list[Path]:
    return sorted(VECTORS.glob("*.json"))


def test_there_are_known_answers_and_every_failure_the_spec_names():
    names = {p.stem for p in _all()}
    assert {"volumes", "names-swapped"} <= names
    for fail in ("missing", "extra", "parts-swapped", "truncated", "altered", "altered-with-header"):
        assert f"fail-{fail}" in names


@pytest.mark.parametrize("path", _all(), ids=lambda p: p.stem)
def test_volume_vector(path, tmp_path):
    v = json.loads(path.read_text("utf-8"))
    for f in v["files"]:
        (tmp_path / f["name"]).write_bytes(bytes.fromhex(f["hex"]))
    (tmp_path / "unrelated.age").write_bytes(b"age-encryption.org/v1\nsomething else")
    given = tmp_path / v["given"]
    if v["expect"] == "ok":
        found = bvolumes.open_set(given)
        with found.open() as fh:
            assert fh.read() == bytes.fromhex(v["whole_hex"]) and fh.read() == b""
        return
    with pytest.raises(FieldDocError) as exc:
        bvolumes.open_set(given)
    assert type(exc.value).__name__ == v["error"], f"{v['name']}: {exc.value}"
    assert v["detail"] in str(exc.value), f"{v['name']}: {exc.value}"


def test_the_writer_cuts_as_the_spec_does(tmp_path):
    v = json.loads((VECTORS / "volumes.json").read_text("utf-8"))
    w = bvolumes.VolumeWriter(tmp_path, v["volume_size"], bytes.fromhex(v["set_id"]))
    whole = bytes.fromhex(v["whole_hex"])
    for i in range(0, len(whole), 700):  # written in pieces that do not fall on part boundaries
        w.write(whole[i : i + 700])
    w.close()
    names = w.finish("5f3c0a9e6d2b4781a0c3e5f7092b4d6e")
    assert names == [f["name"] for f in v["files"]]
    assert [(tmp_path / n).read_bytes().hex() for n in names] == [f["hex"] for f in v["files"]]
