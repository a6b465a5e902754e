#!/usr/bin/env python3
"""Which interface files feed which Qt Linguist catalogue, and the commands to update them.

Each part of the interface has its own catalogue (``fielddoc_<part>_<lang>.ts``)
so that people translating, or changing, one part never touch another's file.
``fielddoc_gui`` takes every module not claimed by a more specific catalogue.

    python scripts/i18n_update.py            # pyside6-lupdate every catalogue (ru, kk)
    python scripts/i18n_update.py --release  # pyside6-lrelease every catalogue to .qm
    python scripts/i18n_update.py --check    # exit 1 if a module with tr() calls feeds no
                                             # catalogue or two, or a catalogue holds messages
                                             # from a module that is not its own

The catalogues live in the top-level ``resources/i18n/`` with their ``.qm`` beside them (both
committed; a source checkout reads them there, a build copies the ``.qm``:
``scripts/build_resources.py``). After updating, translate every new message
(``tests/gui/test_i18n.py`` fails on an unfinished one, a changed {placeholder} or a lost
& mnemonic), then release.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "src" / "fielddoc" / "gui"
I18N = ROOT / "resources" / "i18n"
LANGS = ("ru", "kk")

#: Specific catalogues first; ``fielddoc_gui`` gets what is left of its patterns.
CATALOGUE_FILES: dict[str, tuple[str, ...]] = {
    "fielddoc_forms": ("attachments.py", "history.py", "forms/*.py", "widgets/*.py"),
    "fielddoc_exchange": (
        "dialogs/bundles*.py", "dialogs/exchange*.py", "dialogs/receipts*.py", "dialogs/hq_*.py",
        "dialogs/recipients*.py", "dialogs/briefings*.py",
    ),
    "fielddoc_conflicts": ("views/conflicts*.py", "models/conflicts*.py"),
    "fielddoc_report": ("dialogs/report*.py",),
    "fielddoc_gui": ("*.py", "models/*.py", "views/*.py", "dialogs/*.py"),
}
_TRANSLATABLE = re.compile(r"\.tr\(|QT_TRANSLATE_NOOP|QCoreApplication\.translate\(")


def _matches(patterns: tuple[str, ...]) -> set[Path]:
    return {p for pat in patterns for p in GUI.glob(pat) if p.name != "__init__.py"}


def catalogue_files() -> dict[str, list[Path]]:
    claimed: set[Path] = set()
    out: dict[str, list[Path]] = {}
    for name, patterns in CATALOGUE_FILES.items():
        files = _matches(patterns) - claimed
        claimed |= files
        out[name] = sorted(files)
    return out


def translatable_modules() -> set[Path]:
    return {p for p in GUI.rglob("*.py") if _TRANSLATABLE.search(p.read_text("utf-8"))}


def problems() -> list[str]:
    found: list[str] = []
    owners = catalogue_files()
    owned = {p: name for name, files in owners.items() for p in files}
    for module in sorted(translatable_modules()):
        if module not in owned:
            found.append(f"{module.relative_to(ROOT)} has tr() calls but feeds no catalogue")
    for name, files in owners.items():
        own = {p.resolve() for p in files}
        for lang in LANGS:
            ts = I18N / f"{name}_{lang}.ts"
            if not ts.is_file():
                found.append(f"{ts.relative_to(ROOT)} is missing")
                continue
            for loc in ET.parse(ts).getroot().iter("location"):  # noqa: S314 - our own file
                filename = loc.get("filename")
                if filename and (ts.parent / filename).resolve() not in own:
                    found.append(f"{ts.name} holds messages of {filename}, which is not its module")
    return sorted(set(found))


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def update() -> None:
    for name, files in catalogue_files().items():
        for lang in LANGS:
            subprocess.run([_tool("pyside6-lupdate"), *map(str, files), "-no-obsolete", "-locations",
                            "relative", "-target-language", lang, "-ts", str(I18N / f"{name}_{lang}.ts")],
                           check=True)


def release() -> None:
    for name in CATALOGUE_FILES:
        for lang in LANGS:
            ts = I18N / f"{name}_{lang}.ts"
            qm = ts.with_suffix(".qm")
            subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str]) -> int:
    if "--check" in argv:
        found = problems()
        print("\n".join(found) or "every translatable module feeds exactly one catalogue")
        return 1 if found else 0
    if "--release" in argv:
        release()
    else:
        update()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
