"""docs/data-model.md's reference sections are the schema the code validates with."""

from __future__ import annotations

from pathlib import Path

from fielddoc.records import schema, schema_doc
from fielddoc.records.schema_fields import FIELDS

DOC = Path(__file__).resolve().parents[1] / "docs" / "data-model.md"


def test_the_document_matches_the_code() -> None:
    current = DOC.read_text(encoding="utf-8")
    assert schema_doc.splice(current, schema_doc.render()) == current, (
        "docs/data-model.md is out of date: run python -m fielddoc.records.schema_doc --write")


def test_every_field_of_every_kind_is_documented_with_its_type() -> None:
    text = schema_doc.render()
    for kind, fields in FIELDS.items():
        section = text.split(f"`{kind}` (top-level key `{schema.KEYS[kind]}`)")[1].split("\n### ")[0]
        for name in fields:
            row = next(line for line in section.splitlines() if line.startswith(f"| `{name}` |"))
            assert "JSON value" not in row or name in {"contact", "embedded_metadata"}, row


def test_a_field_added_to_the_schema_makes_the_check_fail(tmp_path: Path, monkeypatch) -> None:
    doc = tmp_path / "data-model.md"
    doc.write_text(DOC.read_text(encoding="utf-8"), encoding="utf-8")
    assert schema_doc.main(["--doc", str(doc), "--check"]) == 0
    from fielddoc.records.schema_checks import STR
    monkeypatch.setitem(FIELDS["case"], "brand_new_field", STR)
    assert schema_doc.main(["--doc", str(doc), "--check"]) == 1
    assert schema_doc.main(["--doc", str(doc), "--write"]) == 0
    assert "| `brand_new_field` | string |" in doc.read_text(encoding="utf-8")


def test_vocabulary_codes_are_listed_with_three_languages() -> None:
    text = schema_doc.render()
    assert "### 6." in text and "| `device_only` |" in text
    row = next(line for line in text.splitlines() if line.startswith("| `device_only` |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert all(cells), row
