#!/usr/bin/env python3
"""Build what the package needs at run time from the sources in the top-level ``resources/``.

``resources/`` (beside ``src/``, ``tests/`` and ``packaging/``) holds the sources of FieldDoc's
assets: the Qt Linguist catalogues (``i18n/*.ts``) with their compiled ``.qm``, the core message
catalogues (``i18n/core_<lang>.json``), the icon (``icons/fielddoc.svg`` and what
``packaging/make_icons.py`` renders from it), the report fonts with their licence and the demo data
set. The run-time subset, :data:`RULES`, goes into ``fielddoc/resources/<kind>/`` of a wheel or a
frozen application:

* ``setup.py`` (the setuptools build hook, a ``build_py`` subclass) calls :func:`build` on the
  wheel's build folder, so ``pip install .`` and a wheel need no checkout at run time;
* ``packaging/fielddoc.spec`` lists :func:`files` as PyInstaller data;
* a source checkout (tests, ``scripts/setup.sh``'s editable install) needs no build step:
  ``fielddoc.resources.path`` reads ``resources/`` itself, so nothing is copied into ``src/``.

    python scripts/build_resources.py DEST     # build into DEST/fielddoc/resources (a site folder)
    python scripts/build_resources.py --list   # what would be built, one file a line

Standard library only: it runs inside the build backend's isolated environment.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: kind (a folder of ``resources/``, and of ``fielddoc/resources/``) -> the files the package needs.
#: Not shipped: the ``.ts`` catalogues (the application loads the ``.qm``).
RULES: dict[str, tuple[str, ...]] = {
    "i18n": ("*.qm", "core_*.json"),
    "icons": ("fielddoc.svg", "fielddoc-*.png", "fielddoc.ico", "fielddoc.icns"),
    "fonts": ("*.ttf", "LICENSE"),
    "demo": ("*.json", "README.md"),
}


class ResourcesMissing(RuntimeError):
    """The source tree lacks a resource the package needs (a build error, not a user's)."""


def files(root: Path = ROOT) -> list[tuple[Path, Path]]:
    """(source file, destination relative to the ``fielddoc`` package) of every run-time resource."""
    out: list[tuple[Path, Path]] = []
    for kind, patterns in RULES.items():
        folder = root / "resources" / kind
        for pattern in patterns:
            found = sorted(p for p in folder.glob(pattern) if p.is_file())
            if not found:
                raise ResourcesMissing(f"{folder / pattern} matches no file")
            out += [(p, Path("resources") / kind / p.name) for p in found]
    return out


def build(root: Path, package_dir: Path) -> list[Path]:
    """Copy the run-time resources of the checkout ``root`` into ``package_dir`` (a ``fielddoc``
    folder being built); returns the files written."""
    written = []
    for kind in RULES:  # exactly what the rules name: nothing stale from an earlier build
        shutil.rmtree(package_dir / "resources" / kind, ignore_errors=True)
    for source, rel in files(root):
        dest = package_dir / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, dest)
        written.append(dest)
    return written


def main(argv: list[str]) -> int:
    if argv == ["--list"]:
        for source, rel in files():
            print(f"{source.relative_to(ROOT)} -> fielddoc/{rel.as_posix()}")
        return 0
    if len(argv) != 1 or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    dest = Path(argv[0]) / "fielddoc"
    if dest.resolve().is_relative_to((ROOT / "src").resolve()):
        print("a checkout reads resources/ itself: build into a site folder, not src/", file=sys.stderr)
        return 2
    written = build(ROOT, dest)
    print(f"{len(written)} files into {dest / 'resources'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
