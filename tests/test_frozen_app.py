"""The frozen application (PyInstaller one-folder build) works without Python or pip.

Builds with ``packaging/build-linux.sh`` into a temporary folder, then runs the
frozen ``fielddoc``: create a vault, import the acceptance data, write a
Kazakh hearing report, export CSV, verify, and start the desktop application
offscreen for a few seconds. Prints the build time and the folder's size.
Runs in CI (Linux, PyInstaller from the dev extras); about a minute.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ACCEPTANCE, PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
#: The frozen binary has no test hook: the cheapest parameters it accepts (the floor), one lane.
CHEAP = ["--kdf-memory-mib", "64", "--kdf-iterations", "3", "--kdf-lanes", "1"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the CI build is the Linux one"),
]


def _size_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> tuple[Path, float, float]:
    pytest.importorskip("PyInstaller", reason="pyinstaller is in the dev extras")
    out = tmp_path_factory.mktemp("frozen")
    env = {**os.environ, "PYTHON": sys.executable}
    start = time.monotonic()
    r = subprocess.run(["bash", str(ROOT / "packaging" / "build-linux.sh"), str(out)], env=env,
                       capture_output=True, text=True, timeout=1800)
    elapsed = time.monotonic() - start
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-4000:]
    app = out / "dist" / "fielddoc"
    return app, elapsed, _size_mib(app)


def test_frozen_app_smoke(frozen, tmp_path, capsys):
    app, elapsed, size = frozen
    with capsys.disabled():
        print(f"\n[frozen app] PyInstaller one-folder build: {elapsed:.0f} s, {size:.0f} MiB ({app})")
    exe = app / "fielddoc"
    assert exe.is_file() and os.access(exe, os.X_OK)
    windowed = app / "fielddoc-gui"  # the windowed executable beside the console CLI, one _internal/
    assert windowed.is_file() and os.access(windowed, os.X_OK)
    assert [p.name for p in app.iterdir() if p.is_dir()].count("_internal") == 1
    share = app / "share"
    assert (share / "applications" / "org.fielddoc.FieldDoc.desktop").is_file()
    assert (share / "metainfo" / "org.fielddoc.FieldDoc.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "org.fielddoc.FieldDoc.png").is_file()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update({"FIELDDOC_PASSPHRASE": PASSPHRASE, "FIELDDOC_LANG": "en", "QT_QPA_PLATFORM": "offscreen",
                "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
                "XDG_RUNTIME_DIR": str(tmp_path)})
    env["PATH"] = "/usr/bin:/bin"  # no venv: the frozen app must bring its own Python

    def run(*args: str) -> subprocess.CompletedProcess:
        r = subprocess.run([str(exe), *args], cwd=tmp_path, env=env, capture_output=True, text=True,
                           timeout=300)
        assert "Traceback" not in r.stderr
        return r

    r = run("--version")
    assert r.returncode == 0 and "fielddoc" in r.stdout
    vault = str(tmp_path / "vault")
    r = run("init", "--vault", vault, *CHEAP)
    assert r.returncode == 0, r.stderr
    r = run("import-json", "--vault", vault, str(ACCEPTANCE))
    assert r.returncode == 0 and "6 hearing" in r.stdout, r.stderr
    pdf = tmp_path / "hearing-kk.pdf"
    r = run("report", "hearing", "hrg-zh-2012-03-28", "--vault", vault, "--out", str(pdf), "--lang", "kk")
    assert r.returncode == 0, r.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Сот отырысы туралы есеп" in text and "2012 жылғы 28 наурыз" in text
    r = run("export-csv", "--vault", vault, str(tmp_path / "csv"))
    assert r.returncode == 0 and (tmp_path / "csv" / "codebook.csv").is_file(), r.stderr
    r = run("verify", "--vault", vault)
    assert r.returncode == 0 and r.stdout.startswith("OK"), r.stdout + r.stderr
    # every interface module (also those imported only from a menu), catalogue, font and the icon
    r = run("gui", "--check")
    assert r.returncode == 0 and r.stdout.startswith("OK: "), r.stdout + r.stderr

    # The desktop application starts offscreen and keeps running (on its lock screen) until stopped.
    # There is no "quit after start" switch, so it is stopped with SIGTERM after a few seconds.
    # The windowed executable, as the Start menu, Finder or a desktop entry starts it: no arguments.
    env["FIELDDOC_HOME"] = vault
    gui = subprocess.Popen([str(windowed)], cwd=tmp_path, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(6)
        alive = gui.poll() is None
    finally:
        gui.send_signal(signal.SIGTERM)
        try:
            _, err = gui.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            gui.kill()
            _, err = gui.communicate()
    assert alive, f"the GUI exited early ({gui.returncode}): {err[-2000:]}"
    assert "Traceback" not in err and "internal error" not in err and "could not load" not in err.lower()
    with capsys.disabled():
        print(f"\n[frozen app] smoke test passed: init, import-json, report hearing (kk), export-csv, "
              f"verify, gui --check, GUI offscreen for 6 s (stopped with SIGTERM, exit {gui.returncode})")


def test_frozen_app_smoke_script_in_a_cyrillic_spaced_percent_path(frozen):
    """packaging/smoke_frozen.py, which the hosted CI runs on Windows and macOS, passes here too."""
    app, _elapsed, _size = frozen
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDDOC_")}
    r = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_frozen.py"), str(app), "--offscreen",
                        "--gui-seconds", "5"], env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0 and r.stdout.startswith("OK: "), r.stdout[-3000:] + r.stderr[-2000:]


def test_frozen_app_holds_the_assets_built_from_resources(frozen):
    """The spec collects exactly what a wheel gets from resources/ (scripts/build_resources.py),
    where fielddoc.resources.path looks in a frozen app; the .ts sources stay out."""
    import importlib.util

    app, _elapsed, _size = frozen
    spec = importlib.util.spec_from_file_location("build_resources", ROOT / "scripts" / "build_resources.py")
    build_resources = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_resources)
    package = app / "_internal" / "fielddoc"
    expected = build_resources.files(ROOT)
    assert len(expected) >= 25  # 10 .qm, 2 core catalogues, 4 font files, 11 icons, 2 demo files
    for source, rel in expected:
        shipped = package / rel
        assert shipped.is_file() and shipped.read_bytes() == source.read_bytes(), rel
    assert (package / "resources" / "huridocs" / "lists.json").is_file()
    assert not list(package.rglob("*.ts"))
