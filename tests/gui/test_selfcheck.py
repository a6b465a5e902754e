"""``fielddoc gui --check`` (run on the frozen build in CI) finds every part of the interface."""

from __future__ import annotations

import ast
from pathlib import Path

from fielddoc.gui import selfcheck

GUI = Path(selfcheck.__file__).resolve().parent


def test_every_module_imported_from_a_function_is_listed():
    """PyInstaller finds imports inside functions too, but the check must not rely on a walk
    of the package alone: every deferred import of the interface is named in LAZY."""
    deferred = set()
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith(
                            ("fielddoc.gui.dialogs", "fielddoc.gui.views")):
                        deferred.add(inner.module)
    assert deferred and deferred <= set(selfcheck.LAZY), deferred - set(selfcheck.LAZY)


def test_the_check_passes_here_and_counts_what_it_checked(qapp):
    found, counts = selfcheck.problems()
    assert found == []
    assert counts["modules"] > 60 and counts["catalogues"] == 10 and counts["fonts"] >= 2


def test_the_check_reports_a_missing_module(qapp, monkeypatch):
    monkeypatch.setattr(selfcheck, "LAZY", (*selfcheck.LAZY, "fielddoc.gui.dialogs.not_there"))
    found, _ = selfcheck.problems()
    assert found == ["module fielddoc.gui.dialogs.not_there does not import: ModuleNotFoundError: "
                     "No module named 'fielddoc.gui.dialogs.not_there'"]
