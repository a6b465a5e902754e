"""Render the record schema (records/schema_fields.py) as the reference part of docs/data-model.md.

The checkers describe themselves (``schema_checks.described``); this walks them and writes one
table per record kind, with nested objects flattened to dotted paths (``a.b``, ``a[].b``), then the
closed vocabularies with their codes and English, Russian and Kazakh labels. The generated text sits
between two markers in docs/data-model.md; ``python -m fielddoc.records.schema_doc --check`` (run by
the tests) fails when the document and the code disagree, ``--write`` rewrites it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from fielddoc.records import schema, vocab
from fielddoc.records.schema_checks import Check
from fielddoc.records.schema_fields import COMMON, FIELDS, REQUIRED

BEGIN = "<!-- BEGIN GENERATED: python -m fielddoc.records.schema_doc --write -->"
END = "<!-- END GENERATED -->"


def _doc(check: Check) -> str:
    return str(getattr(check, "fd_doc", "JSON value"))


def _shape(check: Check) -> dict[str, Any]:
    return dict(getattr(check, "fd_shape", {}))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rows(fields: Mapping[str, Check], required: tuple[str, ...] = (),
         prefix: str = "") -> Iterator[tuple[str, str, bool]]:
    """(path, description, required) for every field, nested objects flattened after their parent."""
    for name, check in fields.items():
        path = f"{prefix}{name}"
        yield from _walk(path, check, name in required)


def _walk(path: str, check: Check, required: bool) -> Iterator[tuple[str, str, bool]]:
    shape = _shape(check)
    if "fields" in shape:
        yield path, "object", required
        yield from rows(shape["fields"], tuple(shape.get("required", ())), f"{path}.")
        return
    item = shape.get("item")
    if item is not None and _doc(check) == "list":
        inner = _shape(item)
        if "fields" in inner:
            yield path, "list of objects", required
            yield from rows(inner["fields"], tuple(inner.get("required", ())), f"{path}[].")
        else:
            yield path, f"list of: {_doc(item)}", required
        return
    if item is not None:  # dict_of: a map
        yield path, f"{_doc(check)}; values: {_doc(item)}", required
        return
    yield path, _doc(check), required


def _table(fields: Mapping[str, Check], required: tuple[str, ...]) -> list[str]:
    out = ["| field | value | required |", "|---|---|---|"]
    for path, text, req in rows(fields, required):
        out.append(f"| `{_cell(path)}` | {_cell(text)} | {'yes' if req else ''} |")
    return out


def _vocab_names() -> list[str]:
    names: set[str] = set()

    def visit(check: Check) -> None:
        shape = _shape(check)
        if shape.get("vocab"):
            names.add(shape["vocab"])
        for sub in shape.get("fields", {}).values():
            visit(sub)
        if shape.get("item") is not None:
            visit(shape["item"])

    for fields in (COMMON, *FIELDS.values()):
        for check in fields.values():
            visit(check)
    return sorted(names)


def render() -> str:
    out: list[str] = [BEGIN, "", "## 4. Fields of every record (all kinds)", ""]
    out += _table(COMMON, ())
    out += ["", "## 5. Record kinds", ""]
    for n, (key, kind) in enumerate(schema.KINDS.items(), start=1):
        required = REQUIRED.get(kind, ())
        if kind not in schema.LINK_KINDS:
            required = ("id", *required)
        out += [f"### 5.{n} `{kind}` (top-level key `{key}`)", ""]
        if required:
            out += ["Required: " + ", ".join(f"`{r}`" for r in required) + ".", ""]
        out += _table(FIELDS[kind], required)
        out.append("")
    out += ["## 6. Closed vocabularies", "",
            "Codes are stored; labels are shown. A value outside its list is refused.", ""]
    for n, name in enumerate(_vocab_names(), start=1):
        out += [f"### 6.{n} `{name}`", "", "| code | en | ru | kk |", "|---|---|---|---|"]
        for code in vocab.VOCABS[name]:
            labels = vocab.all_labels(name, code)
            out.append(f"| `{_cell(code)}` | {_cell(labels.get('en', ''))} | {_cell(labels.get('ru', ''))} "
                       f"| {_cell(labels.get('kk', ''))} |")
        out.append("")
    out.append(END)
    return "\n".join(out) + "\n"


def splice(document: str, generated: str) -> str:
    start, end = document.find(BEGIN), document.find(END)
    if start < 0 or end < start:
        raise ValueError("docs/data-model.md has lost its generated-section markers")
    return document[:start] + generated + document[end + len(END) + 1:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--doc", type=Path, default=Path("docs/data-model.md"))
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true")
    mode.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    current = args.doc.read_text(encoding="utf-8")
    wanted = splice(current, render())
    if args.check:
        if wanted != current:
            print(f"{args.doc} is out of date: run python -m fielddoc.records.schema_doc --write",
                  file=sys.stderr)
            return 1
        return 0
    if wanted != current:
        args.doc.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
