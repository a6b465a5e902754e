"""The core never imports Qt (also enforced by the import-linter contract)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "fielddoc"
CORE = ["crypto", "store", "records", "bundle", "attachments", "hq", "cli", "platform"]


def test_no_qt_import_statements_outside_gui():
    offenders = []
    for py in SRC.rglob("*.py"):
        rel = py.relative_to(SRC)
        # The GUI, and the PDF renderer of reports (a front end, used by the GUI
        # and lazily by `fielddoc report`), are the only places Qt may appear.
        if rel.parts[0] == "gui" or (rel.parts[0] == "reports" and rel.name.startswith("pdf")):
            continue
        tree = ast.parse(py.read_text("utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for n in names:
                if n.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"} or n.startswith(
                    "fielddoc.gui"
                ):
                    # The CLI may start (or check) the GUI lazily, inside a function.
                    if rel.parts[0] == "cli" and n in ("fielddoc.gui.app", "fielddoc.gui.selfcheck",
                                                       "fielddoc.reports.pdf"):
                        continue
                    offenders.append(f"{rel}: {n}")
    assert offenders == []


def test_importing_the_core_loads_no_qt():
    mods = []
    for pkg in CORE:
        base = SRC / pkg
        if not base.exists():
            continue
        for py in base.rglob("*.py"):
            rel = py.relative_to(SRC.parent).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            if "migrations" in parts:
                continue
            mods.append(".".join(parts))
    code = (
        "import importlib, sys\n"
        f"for m in {mods!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(','.join(bad))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == ""
