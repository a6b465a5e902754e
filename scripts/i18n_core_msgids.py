#!/usr/bin/env python3
"""List every user-facing message template of the core, and check the catalogues.

Sources of templates (read from the code with ``ast``, nothing is imported):

* ``msgid = "..."`` class attributes (every FieldDocError subclass, anywhere
  under src/fielddoc);
* validation problem templates: the template argument of ``Problem(rid, field,
  TEMPLATE)``, ``ctx.add(path, TEMPLATE, ...)``, ``DateIssue(field, TEMPLATE,
  ...)`` and the checker factories ``_code_checker(accept, TEMPLATE, ...)`` and
  ``_pattern(regex, TEMPLATE)``;
* literal arguments of ``translate("...")``.

The GUI (``src/fielddoc/gui``, translated with Qt Linguist) is left out.

    python scripts/i18n_core_msgids.py            # print the templates, one per line
    python scripts/i18n_core_msgids.py --check    # exit 1 if a catalogue lacks one or
                                                  # changes its {placeholders}
    python scripts/i18n_core_msgids.py --json     # a JSON list
"""

from __future__ import annotations

import ast
import json
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "fielddoc"
CATALOGUES = ROOT / "resources" / "i18n"
LANGUAGES = ("ru", "kk")
EXCLUDE = ("gui",)

#: call name -> index of the positional argument holding a template
SINKS = {"Problem": 2, "add": 1, "DateIssue": 1, "_code_checker": 1, "_pattern": 1, "translate": 0}
#: keyword arguments holding a template: (call name or "*", keyword)
KEYWORD_SINKS = {("Problem", "problem"), ("*", "msgid")}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def templates_in(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for stmt in node.body:
                if isinstance(stmt, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "msgid" for t in stmt.targets
                ):
                    value = _literal(stmt.value)
                    if value:
                        found.add(value)
        elif isinstance(node, ast.Call):
            name = _name(node.func)
            index = SINKS.get(name)
            if index is not None and len(node.args) > index:
                # ``set.add(x)`` has one argument: only calls with the template slot count
                if name != "add" or len(node.args) >= 2:
                    value = _literal(node.args[index])
                    if value:
                        found.add(value)
            for kw in node.keywords:
                if (name, kw.arg) in KEYWORD_SINKS or ("*", kw.arg) in KEYWORD_SINKS:
                    value = _literal(kw.value)
                    if value:
                        found.add(value)
    return found


def collect(src: Path = SRC) -> list[str]:
    found: set[str] = set()
    for path in sorted(src.rglob("*.py")):
        rel = path.relative_to(src)
        if rel.parts and rel.parts[0] in EXCLUDE:
            continue
        found |= templates_in(ast.parse(path.read_text("utf-8"), str(path)))
    return sorted(found)


def placeholders(template: str) -> set[str]:
    names: set[str] = set()
    for _text, field, _spec, _conv in string.Formatter().parse(template):
        if field is not None:
            names.add(field)
    return names


def load_catalogue(lang: str) -> dict[str, str]:
    path = CATALOGUES / f"core_{lang}.json"
    data = json.loads(path.read_text("utf-8")) if path.exists() else {}
    return {str(k): str(v) for k, v in data.items()}


def problems(msgids: list[str] | None = None) -> list[str]:
    msgids = collect() if msgids is None else msgids
    out: list[str] = []
    for lang in LANGUAGES:
        cat = load_catalogue(lang)
        for m in msgids:
            if m not in cat:
                out.append(f"{lang}: no translation of {m!r}")
                continue
            try:
                want, got = placeholders(m), placeholders(cat[m])
            except ValueError as exc:
                out.append(f"{lang}: the translation of {m!r} is not a valid template ({exc})")
                continue
            if want != got:
                out.append(f"{lang}: the translation of {m!r} has placeholders {sorted(got)}, "
                           f"expected {sorted(want)}")
        for extra in sorted(set(cat) - set(msgids)):
            out.append(f"{lang}: {extra!r} is no longer used (remove it)")
    return out


def main(argv: list[str]) -> int:
    msgids = collect()
    if "--check" in argv:
        found = problems(msgids)
        for p in found:
            print(p)
        print(f"{len(msgids)} templates; {len(found)} problem(s)")
        return 1 if found else 0
    if "--json" in argv:
        print(json.dumps(msgids, ensure_ascii=False, indent=1))
        return 0
    for m in msgids:
        print(m)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
