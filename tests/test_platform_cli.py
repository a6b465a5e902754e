"""The CLI on consoles that are not UTF-8 (Windows cp1251/cp866, a redirected stdout)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
KAZAKH = "Ержан Қожағұлов, Жаңаөзен"


def _run(*args: str, encoding: str, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    env = {**os.environ, "FIELDDOC_PASSPHRASE": PASSPHRASE, "FIELDDOC_LANG": "kk",
           "PYTHONIOENCODING": encoding}
    env.pop("FIELDDOC_DEBUG", None)
    env.pop("PYTHONUTF8", None)
    return subprocess.run([sys.executable, "-X", "utf8=0", "-m", "tests.helpers.cheap_cli", *args],
                          cwd=ROOT, env=env, stdout=stdout, stderr=subprocess.PIPE, timeout=120)


@pytest.fixture(scope="module")
def kazakh_vault(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("cp") / "vault"
    assert _run("init", "--vault", str(d), encoding="utf-8").returncode == 0
    rec = d.parent / "rec.json"
    rec.write_text(json.dumps({"name": KAZAKH, "confidentiality": "public"}, ensure_ascii=False), "utf-8")
    r = _run("add", "--vault", str(d), "person", str(rec), encoding="utf-8")
    assert r.returncode == 0, r.stderr
    return d


@pytest.mark.parametrize("encoding", ["cp1251", "cp866", "ascii"])
def test_list_redirected_to_a_file_on_a_legacy_code_page_is_utf8(kazakh_vault, tmp_path, encoding):
    out = tmp_path / "f.txt"
    with open(out, "wb") as fh:
        r = _run("list", "--vault", str(kazakh_vault), "--type", "person", encoding=encoding, stdout=fh)
    assert r.returncode == 0, r.stderr
    assert b"Traceback" not in r.stderr
    assert KAZAKH in out.read_bytes().decode("utf-8")


def test_errors_in_kazakh_reach_a_cp1251_stderr_as_utf8(kazakh_vault):
    r = _run("show", "--vault", str(kazakh_vault), "no-such-record", encoding="cp1251")
    assert r.returncode == 2
    text = r.stderr.decode("utf-8")  # the Kazakh message, whole, in UTF-8
    assert "fielddoc:" in text and "internal error" not in text


def test_windows_console_code_page_is_set_and_unswitchable_streams_escape(monkeypatch):
    from fielddoc.cli.console import utf8_streams

    class Locked:  # a stream whose encoding is fixed: only its error handler may change
        def __init__(self) -> None:
            self.errors = "strict"

        def reconfigure(self, *, encoding: str | None = None, errors: str | None = None) -> None:
            if encoding is not None:
                raise io.UnsupportedOperation("encoding is fixed")
            self.errors = errors or self.errors

    calls: list[str] = []
    out, err = Locked(), io.TextIOWrapper(io.BytesIO(), encoding="cp1251")
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    utf8_streams(platform="win32", set_console_cp=lambda: calls.append("65001"))
    assert calls == ["65001"]
    assert out.errors == "backslashreplace"
    assert err.encoding == "utf-8"
    err.write("қ")
    err.flush()
    assert err.buffer.getvalue() == "қ".encode()
