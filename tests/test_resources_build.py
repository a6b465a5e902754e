"""The design card's layout: the sources of FieldDoc's assets live in a top-level ``resources/``
(translation catalogues, icons, fonts with their licence, the demo data set); the build puts what the
package needs at run time into ``fielddoc/resources/`` of a wheel or frozen app, which then works with
no checkout around it. ``scripts/build_resources.py`` says which files; ``setup.py`` (the build hook)
and ``packaging/fielddoc.spec`` both use it."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
LANGS = ("ru", "kk")


def _build_module():
    path = ROOT / "scripts" / "build_resources.py"
    assert path.is_file(), "scripts/build_resources.py (the resources build step) is missing"
    spec = importlib.util.spec_from_file_location("build_resources", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _assert_run_time_resources(pkg: Path) -> None:
    """``pkg`` is an installed ``fielddoc`` folder: everything the application reads is in it."""
    res = pkg / "resources"
    from fielddoc.gui.i18n import CATALOGUES  # noqa: PLC0415 - only the names

    for lang in LANGS:
        for name in CATALOGUES:
            assert (res / "i18n" / f"{name}_{lang}.qm").is_file(), (name, lang)
        assert json.loads((res / "i18n" / f"core_{lang}.json").read_text("utf-8"))
    for font in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf", "LICENSE"):
        assert (res / "fonts" / font).is_file(), font
    for icon in ("fielddoc-16.png", "fielddoc-256.png", "fielddoc.ico", "fielddoc.icns", "fielddoc.svg"):
        assert (res / "icons" / icon).is_file(), icon
    assert (res / "demo" / "zhanaozen-2011-2012.json").is_file()
    # the package's own data stays where it was
    assert (res / "huridocs" / "lists.json").is_file() and (res / "law" / "legal_codes.json").is_file()
    assert (res / "evidence" / "README.txt").is_file()
    # sources are not shipped
    assert not list(res.rglob("*.ts")), "translation sources (.ts) must not be in the package"


def test_asset_sources_live_in_the_top_level_resources_folder():
    for lang in LANGS:
        assert (RESOURCES / "i18n" / f"fielddoc_gui_{lang}.ts").is_file()
        assert (RESOURCES / "i18n" / f"core_{lang}.json").is_file()
    assert (RESOURCES / "icons" / "fielddoc.svg").is_file()
    assert (RESOURCES / "fonts" / "DejaVuSans.ttf").is_file() and (RESOURCES / "fonts" / "LICENSE").is_file()
    assert (RESOURCES / "demo" / "zhanaozen-2011-2012.json").is_file()
    in_package = ROOT / "src" / "fielddoc" / "resources"
    tracked = subprocess.run(["git", "ls-files", str(in_package)], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split()
    for kind in ("i18n", "icons", "fonts", "demo"):
        assert not [p for p in tracked if f"/resources/{kind}/" in p], f"{kind} is committed twice"


def test_a_source_checkout_reads_the_top_level_resources():
    from fielddoc import resources
    from fielddoc.cli.commands import DEMO_DATA
    from fielddoc.gui.app import ICON_DIR
    from fielddoc.gui.i18n import QM_DIR
    from fielddoc.reports.pdf import FONT_DIR

    assert resources.path("i18n") == RESOURCES / "i18n"
    assert QM_DIR == RESOURCES / "i18n" and ICON_DIR == RESOURCES / "icons"
    assert FONT_DIR == RESOURCES / "fonts" and DEMO_DATA == RESOURCES / "demo" / "zhanaozen-2011-2012.json"


def _installed_copy(tmp_path: Path) -> Path:
    """A copy of the package laid out as in site-packages, with the resources built into it."""
    site = tmp_path / "site-packages"
    shutil.copytree(ROOT / "src" / "fielddoc", site / "fielddoc",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    written = _build_module().build(ROOT, site / "fielddoc")
    assert written and all(p.is_relative_to(site / "fielddoc" / "resources") for p in written)
    return site


#: Run in a Python that sees the built copy and no checkout: translations load, fonts, icon, demo data.
_PROBE = r"""
import json, os, sys
from pathlib import Path
import fielddoc
from fielddoc import i18n, resources
from fielddoc.errors import WrongPassphrase
here = Path(fielddoc.__file__).resolve().parent
assert here.is_relative_to(Path(sys.argv[1]).resolve()), here
assert resources.path("i18n").is_relative_to(here), resources.path("i18n")
i18n.set_language("ru")
ru = i18n.translate(WrongPassphrase.msgid)
assert ru != WrongPassphrase.msgid and any("а" <= c <= "я" for c in ru.lower()), ru
from PySide6.QtCore import QTranslator
from fielddoc.gui.selfcheck import problems
found, counts = problems()
assert not found, found
t = QTranslator()
from fielddoc.gui.i18n import QM_DIR
assert t.load("fielddoc_gui_kk", str(QM_DIR)) and not t.isEmpty()
from fielddoc.cli.commands import DEMO_DATA
assert json.loads(DEMO_DATA.read_text("utf-8"))
print(json.dumps(counts))
"""


def _probe(site: Path, tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONPATH=str(site), QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    r = subprocess.run([sys.executable, "-c", _PROBE, str(site)], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_the_built_package_holds_its_resources_and_works_without_the_checkout(tmp_path):
    pytest.importorskip("PySide6")
    site = _installed_copy(tmp_path)
    _assert_run_time_resources(site / "fielddoc")
    counts = _probe(site, tmp_path)
    assert counts["catalogues"] == 10 and counts["fonts"] >= 3


#: The Python whose pip and setuptools build the wheel: this one (scripts/setup.sh installs the build
#: backend into .venv), or another named by FIELDDOC_WHEEL_PYTHON.
WHEEL_PYTHON = os.environ.get("FIELDDOC_WHEEL_PYTHON") or sys.executable


def _wheel_backend_available() -> bool:
    """The build backend (setuptools >= 77, which bundles bdist_wheel) is there, so a wheel can be
    built with no network."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    r = subprocess.run([WHEEL_PYTHON, "-c", "import setuptools; print(setuptools.__version__)"],
                       capture_output=True, text=True, env=env)
    return r.returncode == 0 and int(r.stdout.split(".")[0]) >= 77


@pytest.mark.slow
@pytest.mark.skipif(not _wheel_backend_available(), reason="setuptools>=77 (scripts/setup.sh) is needed "
                    "to build a wheel offline")
def test_a_wheel_built_offline_contains_the_resources_and_works(tmp_path):
    pytest.importorskip("PySide6")
    # Build from a copy of what the sdist holds (MANIFEST.in), so the checkout gets no build/ or egg-info.
    tree = tmp_path / "tree"
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            tree.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, tree / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    shutil.copytree(ROOT / "src", tree / "src", ignore=ignore)
    shutil.copytree(RESOURCES, tree / "resources", ignore=ignore)
    (tree / "scripts").mkdir()
    shutil.copy2(ROOT / "scripts" / "build_resources.py", tree / "scripts" / "build_resources.py")
    out = tmp_path / "wheels"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    r = subprocess.run([WHEEL_PYTHON, "-m", "pip", "wheel", ".", "--no-deps", "--no-build-isolation",
                        "--no-index", "--no-cache-dir", "-w", str(out)], cwd=tree, env=env,
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    (wheel,) = out.glob("fielddoc-*.whl")
    site = tmp_path / "unpacked"
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        assert "fielddoc/resources/i18n/fielddoc_gui_ru.qm" in names
        zf.extractall(site)
    _assert_run_time_resources(site / "fielddoc")
    assert _probe(site, tmp_path)["catalogues"] == 10
