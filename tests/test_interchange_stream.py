"""The streaming reader of import files: the same data and the same refusals as the whole-file parser,
in memory that does not grow with the file."""

from __future__ import annotations

import json
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from fielddoc import errors
from fielddoc.records import interchange, interchange_stream, jsonstream
from tests.conftest import ACCEPTANCE


def _collect(path: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for e in jsonstream.iter_interchange(path):
        if e.index is None:
            out[e.key] = e.value
        else:
            out.setdefault(e.key, []).append(e.value)
    return out


def _errors(tmp_path: Path, raw: bytes) -> tuple[str, str]:
    """(whole-file parser's error, streaming reader's error) for the same file."""
    path = tmp_path / "in.json"
    path.write_bytes(raw)
    with pytest.raises(errors.InputFileError) as whole:
        interchange.read_json_file(path)
    with pytest.raises(errors.InputFileError) as stream:
        _collect(path)
    assert type(stream.value) is type(whole.value)
    return str(whole.value), str(stream.value)


@pytest.fixture(params=[7, 64, 1 << 20], ids=["chunk7", "chunk64", "chunk1M"])
def chunk(request, monkeypatch):
    """Small windows put every value across a window's edge somewhere."""
    monkeypatch.setattr(jsonstream, "CHUNK", request.param)
    return request.param


def test_stream_gives_the_same_data(tmp_path, chunk):
    raw = ACCEPTANCE.read_bytes()
    for name, data in (("plain.json", raw), ("bom.json", b"\xef\xbb\xbf" + raw),
                       ("compact.json", json.dumps(json.loads(raw), separators=(",", ":")).encode())):
        path = tmp_path / name
        path.write_bytes(data)
        assert _collect(path) == json.loads(raw)


def test_stream_reads_values_longer_than_its_window(tmp_path, chunk):
    path = tmp_path / "in.json"
    data = {"persons": [{"id": "per-1", "notes": "слово " * 5000}, {"id": "per-2", "n": 10**30},
                        12345678901234567890, -1.25e-7, True, None, "x" * 100]}
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert _collect(path) == data
    path.write_text('{"persons": [12345678901234567890, 1, true, 5]}')  # a number across the window's edge
    assert _collect(path) == {"persons": [12345678901234567890, 1, True, 5]}


def test_stream_yields_records_one_at_a_time(tmp_path):
    path = tmp_path / "in.json"
    path.write_text('{"meta": {"a": [1, 2]}, "persons": [{"id": "p1"}, {"id": "p2"}], "cases": []}')
    got = [(e.key, e.index, e.value) for e in jsonstream.iter_interchange(path)]
    assert got == [("meta", None, {"a": [1, 2]}), ("persons", 0, {"id": "p1"}),
                   ("persons", 1, {"id": "p2"})]


REC = '{"id": "per-1", "name": "A"}'
BAD: dict[str, bytes] = {
    "duplicate key in a record": b'{"persons": [' + REC.encode() + b', {"id": "x", "id": "y"}]}',
    "duplicate key, nested": b'{"persons": [{"id": "x", "n": {"a": 1, "a": 2}}]}',
    "duplicate top-level key": b'{"persons": [], "meta": {}, "persons": []}',
    "NaN": b'{"persons": [{"id": "x", "age": NaN}]}',
    "Infinity": b'{"meta": {"v": Infinity}}',
    "-Infinity": b'{"persons": [{"id": "x", "age": -Infinity}]}',
    "bad UTF-8 at the end, after a JSON error": b'{"persons": [{"id": x}]}   \xff',
    "bad UTF-8 inside a string": b'{"persons": [{"id": "p\xc3"}]}',
    "bad UTF-8 after a BOM": b'\xef\xbb\xbf{"persons": [{"id": "\xe2\x82"}]}',
    "truncated inside a record": b'{"persons": [' + REC.encode() + b', {"id": "per-2", "na',
    "truncated inside a number": b'{"persons": [{"id": "x", "age": 12',
    "truncated after a record": b'{"persons": [' + REC.encode(),
    "truncated after a comma": b'{"persons": [' + REC.encode() + b",",
    "truncated after the key": b'{"persons"',
    "empty file": b"",
    "white space only": b"  \n ",
    "nested too deeply": b'{"persons": [{"id": "x", "n": ' + b"[" * 100_000 + b"]" * 100_000 + b"}]}",
    "trailing comma": b'{"persons": [' + REC.encode() + b",]}",
    "extra data": b'{"persons": []} {}',
    "missing colon": b'{"persons" []}',
    "unterminated key": b'{"pers',
    "control character in a string": b'{"persons": [{"id": "a\nb"}]}',
    "error on a later line": ("{\n" + '"persons": [\n' + (REC + ",\n") * 40 + '{"id": tru}\n]}').encode(),
    "error deep in a long line": ('{"persons": [' + (REC + ", ") * 40 + '{"id": "x",, }]}').encode(),
    "long number in a record": b'{"persons": [{"id": "per-9", "n": {"x": [' + b"9" * 5000 + b"]}}]}",
    "long number in a record without id": b'{"cases": [{}, {"n": -' + b"1" * 4400 + b"}]}",
    "long number in meta": b'{"meta": {"n": ' + b"1" * 4400 + b'}, "id": "top"}',
    "long number, then a syntax error": b'{"persons": [{"n": ' + b"1" * 4400 + b"}, {]}",
}


@pytest.mark.parametrize("name", list(BAD))
def test_stream_refuses_as_the_whole_file_parser_does(tmp_path, chunk, name):
    whole, stream = _errors(tmp_path, BAD[name])
    assert stream == whole


def test_stream_refuses_a_top_level_that_is_not_an_object(tmp_path, rec):
    path = tmp_path / "in.json"
    path.write_bytes(b"[1, 2]")
    with pytest.raises(errors.ValidationError) as whole:
        interchange.import_dataset(rec, interchange.read_json_file(path))
    with pytest.raises(errors.ValidationError) as stream:
        _collect(path)
    assert str(stream.value) == str(whole.value)


def test_stream_reports_line_and_column_of_the_whole_file(tmp_path, chunk):
    _, stream = _errors(tmp_path, BAD["error on a later line"])
    assert "line 43 column 8" in stream


def test_stream_refuses_bad_utf8_before_yielding_anything(tmp_path):
    path = tmp_path / "in.json"
    path.write_bytes(b'{"persons": [' + REC.encode() + b"]}\n\xff")
    it = jsonstream.iter_interchange(path)
    with pytest.raises(errors.InputFileError, match="byte"):
        next(it)


def test_stream_refuses_a_file_that_stops_being_utf8_while_read(tmp_path, monkeypatch):
    path = tmp_path / "in.json"
    path.write_bytes(b'{"persons": [{"id": "p\xff"}]}')
    monkeypatch.setattr(jsonstream, "check_utf8", lambda fh, where: None)  # as if it changed after the check
    with pytest.raises(errors.InputFileError, match="not UTF-8"):
        _collect(path)


def _write_big(path: Path, n: int, words: int = 600) -> int:
    pad = "word " * words  # ~3 KB of text per record by default
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"meta": {"source": "bench"},\n"persons": [\n')
        for i in range(n):
            sep = ",\n" if i else ""
            fh.write(sep + json.dumps({"id": f"per-{i:08d}", "name": f"Person {i}", "notes": pad,
                                       "tags": ["a", "b"], "n": i}))
        fh.write("\n]}\n")
    return path.stat().st_size


def test_stream_memory_stays_well_below_the_file_size(tmp_path):
    path = tmp_path / "big.json"
    size = _write_big(path, 11_000)
    assert size >= 30 << 20
    tracemalloc.start()
    try:
        ids: list[str] = []
        for e in jsonstream.iter_interchange(path):
            if e.index is not None:
                ids.append(e.value["id"])  # what an import keeps: a compact form, not the documents
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(ids) == 11_000 and ids[-1] == "per-00010999"
    assert peak < size / 4, (peak, size)


SMALL = json.dumps({"meta": {"v": 1}, "persons": [{"id": "per-1", "name": "Ана\nИван", "n": [1.5, -2e3]},
                                                 {"id": "per-2", "tags": [True, False, None],
                                                  "notes": "слово " * 40}],
                    "cases": [], "x": "y"}, ensure_ascii=False, indent=1).encode()


def _outcome(path: Path, parse) -> tuple[str, Any]:
    try:
        return "ok", parse(path)
    except (errors.InputFileError, errors.ValidationError) as exc:
        return type(exc).__name__, str(exc)


def _whole(path: Path) -> Any:
    data = interchange.read_json_file(path)
    if not isinstance(data, dict):
        raise errors.ValidationError([errors.Problem("-", "(file)", "the top level must be a JSON object")])
    return {k: v for k, v in data.items() if v != [] or k not in interchange.ORDER}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cuts=st.lists(st.tuples(st.integers(0, len(SMALL)), st.integers(0, 3),
                               st.sampled_from([b"", b"{", b"}", b"[", b"]", b",", b":", b'"', b"\\",
                                                b"NaN", b"1", b"\xff", b"\xd0", b" ", b'"id"'])),
                     min_size=1, max_size=3),
       size=st.sampled_from([3, 7, 64]))
def test_stream_agrees_with_the_whole_file_parser_on_mangled_files(tmp_path, monkeypatch, cuts, size):
    monkeypatch.setattr(jsonstream, "CHUNK", size)
    raw = SMALL
    for at, drop, insert in cuts:
        raw = raw[:at] + insert + raw[at + drop:]
    path = tmp_path / "in.json"
    path.write_bytes(raw)
    assert _outcome(path, _collect) == _outcome(path, _whole)


# -- the streaming import ----------------------------------------------------------------
def _counts(vault) -> dict[str, int]:
    with vault.engine.connect() as conn:
        return {t: conn.execute(text(f"select count(*) from {t}")).scalar()
                for t in ("records", "revisions", "audit", "links")}


def test_stream_import_equals_the_whole_file_import(tmp_path, rec, vault, acceptance):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(acceptance, ensure_ascii=False), "utf-8")
    res = interchange_stream.import_file(rec, path)
    assert res.total_added == 107
    assert interchange.export_dataset(rec) == acceptance
    before = _counts(vault)
    again = interchange_stream.import_file(rec, path)
    assert (again.total_added, again.updated, again.unchanged) == (0, 0, 107)
    assert _counts(vault) == before
    acceptance["persons"][0]["occupation"] = "changed"
    path.write_text(json.dumps(acceptance, ensure_ascii=False), "utf-8")
    assert interchange_stream.import_file(rec, path).updated == 1


def _many(n: int, last: dict | None = None, tail: str = "]}") -> str:
    docs = [json.dumps({"id": f"per-{i:06d}", "name": f"P {i}"}) for i in range(n)]
    # a link that comes before the records it refers to
    rels = [json.dumps({"from_id": "per-000001", "type": "same_as", "to_id": f"per-{n - 1:06d}"})]
    out = '{"relations": [' + ",".join(rels) + '], "persons": [' + ",\n".join(docs)
    if last is not None:
        out += ",\n" + json.dumps(last)
    return out + tail


@pytest.mark.parametrize("case", ["dangling reference", "id twice", "truncated", "NaN", "duplicate key"])
def test_stream_import_after_written_batches_changes_nothing(tmp_path, rec, vault, case):
    n = interchange.BATCH + 50
    raw = {
        "dangling reference": _many(n, None, tail='], "involvements": [{"subject_id": "per-000002", '
                                                  '"role": "victim", "object_id": "case-nope"}]}'),
        "id twice": _many(n, {"id": "per-000003", "name": "again"}),
        "truncated": _many(n, None, tail=', {"id": "per-y", "na'),
        "NaN": _many(n, None, tail=', {"id": "per-y", "age": NaN}]}'),
        "duplicate key": _many(n, None, tail=', {"id": "per-y", "id": "per-z"}]}'),
    }[case]
    path = tmp_path / "in.json"
    path.write_text(raw, "utf-8")
    before = _counts(vault)
    with pytest.raises((errors.ValidationError, errors.InputFileError)) as stream:
        interchange_stream.import_file(rec, path)
    assert _counts(vault) == before
    with pytest.raises((errors.ValidationError, errors.InputFileError)) as whole:
        interchange.import_dataset(rec, interchange.read_json_file(path))
    assert type(stream.value) is type(whole.value)
    assert str(stream.value) == str(whole.value)
    if case == "dangling reference":
        assert "case-nope" in str(stream.value)


def test_stream_import_of_a_valid_large_file(tmp_path, rec, vault):
    path = tmp_path / "in.json"
    path.write_text(_many(interchange.BATCH + 50), "utf-8")
    res = interchange_stream.import_file(rec, path)
    assert res.added == {"person": interchange.BATCH + 50, "relation": 1}


def test_stream_import_memory_stays_well_below_the_file_size(tmp_path, rec):
    path = tmp_path / "big.json"
    size = _write_big(path, 3_300, words=2_000)  # ~10 KB per record
    assert size >= 30 << 20
    started = time.monotonic()
    tracemalloc.start()
    try:
        res = interchange_stream.import_file(rec, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert res.added == {"person": 3_300}
    print(f"peak {peak} of {size}, {time.monotonic() - started:.1f} s")
    assert peak < size / 4, (peak, size)
