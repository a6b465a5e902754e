"""The dependency pins in pyproject.toml resolve on every platform the release builds for."""
from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]

# The environment marker values of the release targets (PEP 508 names).
MAC_INTEL = {"sys_platform": "darwin", "platform_machine": "x86_64", "python_version": "3.12",
             "platform_system": "Darwin", "os_name": "posix"}
MAC_ARM = {**MAC_INTEL, "platform_machine": "arm64"}
WINDOWS = {"sys_platform": "win32", "platform_machine": "AMD64", "python_version": "3.12",
           "platform_system": "Windows", "os_name": "nt"}
LINUX = {"sys_platform": "linux", "platform_machine": "x86_64", "python_version": "3.12",
         "platform_system": "Linux", "os_name": "posix"}


def _requirements(env: dict[str, str], name: str) -> list[Requirement]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    out = []
    for line in data["project"]["dependencies"]:
        req = Requirement(line)
        if req.name == name and (req.marker is None or req.marker.evaluate(env)):
            out.append(req)
    return out


def test_intel_macs_get_a_cryptography_that_has_an_x86_64_wheel() -> None:
    # cryptography 49 dropped the macOS x86_64 wheel; 48.0.1 is the last one built for Intel Macs.
    reqs = _requirements(MAC_INTEL, "cryptography")
    assert len(reqs) == 1, reqs
    spec = reqs[0].specifier
    assert Version("48.0.1") in spec
    assert Version("49.0.0") not in spec
    assert Version("50.0.2") not in spec


def test_other_platforms_keep_the_current_cryptography() -> None:
    for env in (MAC_ARM, WINDOWS, LINUX):
        reqs = _requirements(env, "cryptography")
        assert len(reqs) == 1, (env, reqs)
        assert Version("50.0.2") in reqs[0].specifier, env
