"""The build hook: a wheel (``pip install .``) gets the run-time resources built from the
top-level ``resources/`` (``scripts/build_resources.py``). Everything else is in pyproject.toml."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _build_resources():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_resources", ROOT / "scripts" / "build_resources.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithResources(build_py):
    """``build_py`` that also builds the assets into ``fielddoc/resources/`` of the build folder."""

    def run(self) -> None:
        super().run()
        self._resources = _build_resources().build(ROOT, Path(self.build_lib) / "fielddoc")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:  # type: ignore[override]
        return [*super().get_outputs(include_bytecode), *map(str, getattr(self, "_resources", []))]


setup(cmdclass={"build_py": BuildPyWithResources})
