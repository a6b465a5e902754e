"""Where FieldDoc's assets are at run time.

The sources live in the checkout's top-level ``resources/`` (translation catalogues, icons, fonts
with their licence, the demo data set); the build (``scripts/build_resources.py``, called by
``setup.py`` and ``packaging/fielddoc.spec``) copies what the application needs into this package's
folder of a wheel or frozen application. :func:`path` finds them in either place: a source checkout
(tests, an editable install) reads ``resources/`` itself, so there is no built copy to go stale.

This package's own data (``huridocs/``, ``law/``, ``evidence/``) is not an asset: it is read by the
core's code, lives here in ``src/`` and is shipped as package data.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
#: The kinds of asset the build puts here (``scripts/build_resources.py`` RULES).
KINDS = ("i18n", "icons", "fonts", "demo")


def _checkout() -> Path | None:
    """The top-level ``resources/`` when this package runs from a source checkout's ``src/``."""
    if getattr(sys, "frozen", False):
        return None
    src = _PACKAGE.parent.parent
    root = src.parent
    if src.name == "src" and (root / "pyproject.toml").is_file() and (root / "resources").is_dir():
        return root / "resources"
    return None


_BASE = _checkout() or _PACKAGE


def path(kind: str, *parts: str) -> Path:
    """The folder of the ``kind`` of asset (one of :data:`KINDS`), or a file ``parts`` in it."""
    if kind not in KINDS:
        raise ValueError(f"not an asset kind: {kind!r}")
    return _BASE.joinpath(kind, *parts)
