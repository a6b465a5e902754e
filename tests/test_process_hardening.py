"""F3: no core dumps. Every entry point (``python -m fielddoc``, the ``fielddoc`` script,
the frozen application, which runs ``fielddoc/__main__.py``, and the GUI) turns off crash
dumps before it reads a passphrase: ``RLIMIT_CORE`` 0/0 and, on Linux, not dumpable."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

#: Prints "<dumpable> <soft core limit> <hard core limit>" of the process it runs in.
REPORT = (
    "import ctypes, resource\n"
    "dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)\n"  # PR_GET_DUMPABLE
    "print(dumpable, *resource.getrlimit(resource.RLIMIT_CORE))\n"
)


def _core_limit(pid: int) -> list[str]:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return line.split()[4:6]
    raise AssertionError("no core limit line")


def _python(code: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDDOC_LANG": "en"}
    env.pop("FIELDDOC_PASSPHRASE", None)
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       timeout=120, cwd=ROOT)
    assert p.returncode == 0, p.stderr[-500:]
    return p.stdout.split()


@linux_only
def test_cli_waiting_for_its_passphrase_has_no_core_limit(vault, tmp_path):
    vault.lock()
    fifo = tmp_path / "passphrase"
    os.mkfifo(fifo)
    env = {**os.environ, "FIELDDOC_LANG": "en"}
    env.pop("FIELDDOC_PASSPHRASE", None)
    proc = subprocess.Popen([sys.executable, "-m", "fielddoc", "status", "--vault", str(vault.path),
                             "--passphrase-file", str(fifo)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # Opening the FIFO for writing without blocking succeeds only once the CLI has opened
        # it to read its passphrase: from then on it waits for us.
        deadline = time.monotonic() + 60
        while True:
            try:
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
                break
            except OSError:
                assert proc.poll() is None, proc.communicate()
                assert time.monotonic() < deadline, "the CLI never read its passphrase"
                time.sleep(0.05)
        try:
            assert _core_limit(proc.pid) == ["0", "0"]
            os.write(fd, PASSPHRASE.encode())
        finally:
            os.close(fd)
        out, errs = proc.communicate(timeout=60)
        assert proc.returncode == 0, errs
        assert "argon2id" in out
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@linux_only
@pytest.mark.parametrize("entry", [
    # python -m fielddoc and the frozen application (both run fielddoc/__main__.py)
    "import runpy\ntry:\n    runpy.run_module('fielddoc', run_name='__main__')\n"
    "except SystemExit:\n    pass\n",
    # the console script
    "from fielddoc.cli.main import main\nmain()\n",
])
def test_every_cli_entry_is_not_dumpable(tmp_path, entry):
    setup = f"import sys\nsys.argv = ['fielddoc', 'status', '--vault', {str(tmp_path / 'none')!r}]\n"
    assert _python(setup + entry + REPORT) == ["0", "0", "0"]


@linux_only
def test_the_gui_entry_turns_off_core_dumps():
    pytest.importorskip("PySide6.QtWidgets")
    assert _python("from fielddoc.gui.app import create_app\ncreate_app()\n" + REPORT) == ["0", "0", "0"]


def test_harden_never_fails_and_is_idempotent():
    out = _python("from fielddoc.process_hardening import harden\n"
                  "first = harden(); print(','.join(first) or '-'); assert harden() == first\n")
    if sys.platform.startswith("linux"):
        assert out == ["RLIMIT_CORE,PR_SET_DUMPABLE"]
