"""The CLI: passphrase sources, clear errors without tracebacks, and the commands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ACCEPTANCE, PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
#: Cheap Argon2id comes from the test-only runner (tests/helpers/cheap_cli.py), not from an option.
CHEAP: list[str] = []


def run(*args: str, env: dict | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    e = {**os.environ, "FIELDDOC_PASSPHRASE": PASSPHRASE, "FIELDDOC_LANG": "en"}
    e.pop("FIELDDOC_DEBUG", None)
    if env:
        e.update(env)
    return subprocess.run([sys.executable, "-m", "tests.helpers.cheap_cli", *args], cwd=ROOT, env=e,
                          text=True,
                          input=stdin, capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def cli_vault(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("cli") / "vault"
    r = run("init", "--vault", str(d), *CHEAP)
    assert r.returncode == 0, r.stderr
    r = run("import-json", "--vault", str(d), str(ACCEPTANCE))
    assert r.returncode == 0, r.stderr
    assert "107" not in r.stderr
    return d


def no_traceback(r: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout


def test_status_list_show_search(cli_vault):
    r = run("status", "--vault", str(cli_vault))
    assert r.returncode == 0 and "records" in r.stdout and "argon2id" in r.stdout
    r = run("list", "--vault", str(cli_vault), "--type", "hearing")
    assert r.returncode == 0 and "hrg-zh-2012-03-28" in r.stdout
    r = run("show", "--vault", str(cli_vault), "case-kozlov")
    assert r.returncode == 0 and json.loads(r.stdout)["record"]["id"] == "case-kozlov"
    r = run("search", "--vault", str(cli_vault), "Kozlov", "--type", "person", "--json")
    assert r.returncode == 0 and any(x["id"] == "per-kozlov" for x in json.loads(r.stdout))


def test_export_round_trip(cli_vault, tmp_path):
    out = tmp_path / "out.json"
    r = run("export-json", "--vault", str(cli_vault), str(out))
    assert r.returncode == 0 and "NOT encrypted" in r.stderr
    assert json.loads(out.read_text("utf-8")) == json.loads(ACCEPTANCE.read_text("utf-8"))
    r = run("export-json", "--vault", str(cli_vault), str(out))
    assert r.returncode == 2 and "--force" in r.stderr


def test_verify_ok(cli_vault):
    r = run("verify", "--vault", str(cli_vault))
    assert r.returncode == 0, r.stdout
    assert "OK" in r.stdout


def test_wrong_passphrase_message(cli_vault):
    r = run("status", "--vault", str(cli_vault), env={"FIELDDOC_PASSPHRASE": "wrong wrong wrong"})
    assert r.returncode == 2 and "Wrong passphrase" in r.stderr
    no_traceback(r)


def test_passphrase_file(cli_vault, tmp_path):
    f = tmp_path / "pw"
    f.write_text(PASSPHRASE + "\n", "utf-8")
    env = {k: v for k, v in os.environ.items() if k != "FIELDDOC_PASSPHRASE"}
    r = subprocess.run([sys.executable, "-m", "fielddoc", "status", "--vault", str(cli_vault),
                        "--passphrase-file", str(f)], cwd=ROOT, env=env, text=True,
                       capture_output=True, timeout=60, stdin=subprocess.DEVNULL)
    assert r.returncode == 0, r.stderr


def test_no_passphrase_without_terminal_is_a_clear_error(cli_vault):
    env = {k: v for k, v in os.environ.items() if k != "FIELDDOC_PASSPHRASE"}
    r = subprocess.run([sys.executable, "-m", "fielddoc", "status", "--vault", str(cli_vault)],
                       cwd=ROOT, env=env, text=True, capture_output=True, timeout=60,
                       stdin=subprocess.DEVNULL)
    assert r.returncode == 2 and "FIELDDOC_PASSPHRASE" in r.stderr
    no_traceback(r)


def test_passphrase_is_never_an_argument():
    r = run("status", "--passphrase", "x")
    assert r.returncode == 2  # argparse refuses the option


@pytest.mark.parametrize(
    "content,needle",
    [
        ("{not json", "not valid JSON"),
        ('{"persons": [{"id": "p1", "name": "A", "sex": 5}]}', "p1"),
        ('{"hearings": [{"id": "h1", "case_id": "nope"}]}', "h1"),
        ('{"persons": [{"id": "p1", "public_figure": "unknown"}]}', "public_figure"),
        ("[1, 2, 3]", "object"),
    ],
)
def test_invalid_import_is_refused_clearly(cli_vault, tmp_path, content, needle):
    f = tmp_path / "bad.json"
    f.write_text(content, "utf-8")
    before = run("status", "--vault", str(cli_vault)).stdout
    r = run("import-json", "--vault", str(cli_vault), str(f))
    assert r.returncode == 2, r.stdout
    assert needle in r.stderr
    no_traceback(r)
    assert run("status", "--vault", str(cli_vault)).stdout == before


def test_bad_utf8_import(cli_vault, tmp_path):
    f = tmp_path / "bad.json"
    f.write_bytes(b'{"persons": [{"id": "p\xff"}]}')
    r = run("import-json", "--vault", str(cli_vault), str(f))
    assert r.returncode == 2 and "UTF-8" in r.stderr
    no_traceback(r)


def test_missing_file_and_record(cli_vault, tmp_path):
    r = run("import-json", "--vault", str(cli_vault), str(tmp_path / "nope.json"))
    assert r.returncode == 2 and "no such file" in r.stderr
    r = run("show", "--vault", str(cli_vault), "no-such-id")
    assert r.returncode == 2 and "no-such-id" in r.stderr
    no_traceback(r)


def test_add_edit_delete_history(cli_vault):
    r = run("add", "--vault", str(cli_vault), "person", "-", stdin='{"name": "CLI Person"}')
    assert r.returncode == 0, r.stderr
    rid = r.stdout.strip()
    r = run("edit", "--vault", str(cli_vault), rid, "-", "--revision", "1",
            stdin='{"name": "CLI Person 2"}')
    assert r.returncode == 0, r.stderr
    r = run("edit", "--vault", str(cli_vault), rid, "-", "--revision", "1",
            stdin='{"name": "stale"}')
    assert r.returncode == 2 and "changed elsewhere" in r.stderr
    assert run("delete", "--vault", str(cli_vault), rid).returncode == 0
    r = run("history", "--vault", str(cli_vault), rid)
    assert r.returncode == 0 and "create" in r.stdout and "delete" in r.stdout and "~ name" in r.stdout


def test_attach_extract(cli_vault, tmp_path):
    src = tmp_path / "scan.pdf"
    src.write_bytes(os.urandom(100_000))
    r = run("attach", "--vault", str(cli_vault), "case-kozlov", str(src))
    assert r.returncode == 0, r.stderr
    aid = r.stdout.split()[0]
    out = tmp_path / "copy.pdf"
    r = run("extract", "--vault", str(cli_vault), aid, "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_bytes() == src.read_bytes()


def test_weak_passphrase_on_init(tmp_path):
    r = run("init", "--vault", str(tmp_path / "v"), *CHEAP, env={"FIELDDOC_PASSPHRASE": "short"})
    assert r.returncode == 2 and "12 characters or 5 words" in r.stderr
    assert not (tmp_path / "v" / "vault.hdr").exists()


def test_kdf_below_floor_refused(tmp_path):
    r = run("init", "--vault", str(tmp_path / "v"), "--kdf-memory-mib", "8", "--kdf-iterations", "1")
    assert r.returncode == 2 and "between 64 and 1024 MiB" in r.stderr


def test_verify_names_tampered_audit(tmp_path):
    d = tmp_path / "v"
    assert run("init", "--vault", str(d), *CHEAP).returncode == 0
    assert run("add", "--vault", str(d), "person", "-", stdin='{"name": "A"}').returncode == 0
    from fielddoc.store.vault import Vault

    v = Vault.open(d, PASSPHRASE)
    with v.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit SET actor = 'forger' WHERE seq = 1")
    v.lock()
    r = run("verify", "--vault", str(d))
    assert r.returncode == 1 and "audit entry 1 was altered" in r.stdout


def test_demo_no_gui(tmp_path):
    r = run("demo", "--no-gui", "--dir", str(tmp_path / "demo"))
    assert r.returncode == 0, r.stderr
    assert "17 person" in r.stdout


def test_demo_hq_no_gui(tmp_path):
    """An HQ to try the exchange on: A's bundle imported, B's waiting; importing B (trusting its
    fingerprint) leaves exactly one conflict, on the hearing both monitors described."""
    import json

    from fielddoc.cli.commands import DEMO_PASSPHRASE

    demo = tmp_path / "demo"
    r = run("demo", "--hq", "--no-gui", "--dir", str(demo))
    assert r.returncode == 0, r.stderr
    assert "Monitor B's waits in" in r.stdout
    waiting = list((demo / "inbox").iterdir())
    assert len(waiting) == 1
    env = {"FIELDDOC_PASSPHRASE": DEMO_PASSPHRASE}
    r = run("hq", "import", "--vault", str(demo / "hq"), str(waiting[0]), env=env)
    assert r.returncode == 2 and "has not enrolled" in r.stderr  # B is unknown: nothing imported
    enrol = run("enrol", "--vault", str(demo / "field-b"), env=env)
    fingerprint = enrol.stdout.split("fingerprint:")[1].strip().splitlines()[0].strip()
    r = run("hq", "import", "--vault", str(demo / "hq"), str(waiting[0]), "--trust-device", fingerprint,
            env=env)
    assert r.returncode == 0 and "1 records now have conflicting edits" in r.stdout, r.stdout + r.stderr
    r = run("hq", "conflicts", "--vault", str(demo / "hq"), "--json", env=env)
    assert [c["id"] for c in json.loads(r.stdout)] == ["hrg-zh-2012-03-28"]
