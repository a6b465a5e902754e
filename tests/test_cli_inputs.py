"""Outside input the CLI must refuse cleanly (F12, F13, the filters): a translated message
and exit 2, never "internal error", a hang or running out of memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ACCEPTANCE, PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, lang: str = "en", timeout: float = 120, stdin: str | None = None,
        **env: str) -> subprocess.CompletedProcess:
    e = {**os.environ, "FIELDDOC_PASSPHRASE": PASSPHRASE, "FIELDDOC_LANG": lang, **env}
    e.pop("FIELDDOC_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "fielddoc", *args], cwd=ROOT, env=e, text=True,
                          capture_output=True, timeout=timeout, input=stdin)


def clean_refusal(r: subprocess.CompletedProcess, *needles: str) -> None:
    assert r.returncode == 2, (r.returncode, r.stdout[-500:], r.stderr[-500:])
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr, r.stderr[-500:]
    for needle in needles:
        assert needle in r.stderr, r.stderr[-500:]


@pytest.fixture(scope="module")
def vault_path(tmp_path_factory) -> Path:
    from fielddoc.crypto.kdf import TEST_PARAMS
    from fielddoc.records.interchange import import_dataset, read_json_file
    from fielddoc.records.service import Records
    from fielddoc.store.vault import Vault

    path = tmp_path_factory.mktemp("inputs") / "vault"
    v = Vault.create(path, PASSPHRASE, params=TEST_PARAMS)
    import_dataset(Records(v), read_json_file(ACCEPTANCE))
    v.lock()
    return path


# -- F13 ----------------------------------------------------------------------------------------
def test_import_of_an_integer_of_5000_digits_names_the_record_and_field(vault_path, tmp_path):
    data = json.loads(ACCEPTANCE.read_text("utf-8"))
    text = json.dumps({"persons": [data["persons"][0]]})
    text = text.replace('"sex": "male"', '"group_size": ' + "9" * 5000 + ', "sex": "male"')
    src = tmp_path / "big.json"
    src.write_text(text, "utf-8")
    r = run("import-json", "--vault", str(vault_path), str(src))
    clean_refusal(r, "per-kozlov", "group_size", "4300")
    r = run("import-json", "--vault", str(vault_path), str(src), lang="ru")
    clean_refusal(r, "per-kozlov", "group_size", "4300", "цифр")
    r = run("add", "--vault", str(vault_path), "person", "-", stdin='{"name": "x", "group_size": -'
            + "1" * 4400 + "}")
    clean_refusal(r, "group_size", "4300")


def _hostile_bundle(tmp_path: Path, software: str, meta: str) -> tuple[Path, Path]:
    """An HQ vault and a validly signed bundle whose manifest holds the given raw JSON text."""
    from fielddoc.bundle import age
    from tests.test_bundle_support import link, make_field, make_hq, raw_manifest, raw_plaintext, seal

    cleanups: list = []
    hq = make_hq(tmp_path / "hq", "sqlcipher", cleanups)
    field = make_field(tmp_path / "field")
    link(field, hq)
    key = field.signing_key()
    recipient = age.recipient_of(hq.identities()[0])
    m = raw_manifest(key, sorted(hq.fingerprints()), [], software="SOFTWARE", meta={"note": "META"})
    from fielddoc.records.canonical import canonical

    raw = canonical(m).replace(b'"SOFTWARE"', software.encode()).replace(b'"META"', meta.encode())
    bundle = tmp_path / "hostile.age"
    bundle.write_bytes(seal(raw_plaintext(key, raw, []), [recipient]))
    field.lock()
    for fn in cleanups:
        fn()
    return tmp_path / "hq", bundle


@pytest.mark.parametrize(("software", "meta", "field"), [
    (r'"fielddoc \ud800 build"', '"ok"', "manifest.software"),
    ('"fielddoc test"', r'"\udfff"', "manifest.meta"),
    ('"fielddoc test"', '{"' + "\\udfff" + '": 1}', "manifest.meta"),
])
def test_a_manifest_with_a_lone_surrogate_is_refused_saying_what_it_is(tmp_path, software, meta, field):
    hq, bundle = _hostile_bundle(tmp_path, software, meta)
    for args in (["bundle", "inspect", "--json"], ["bundle", "inspect"], ["hq", "import"]):
        r = run(*args, "--vault", str(hq), str(bundle))
        assert r.returncode in (1, 2), (args, r.stdout, r.stderr)
        assert "Traceback" not in r.stderr and "internal error" not in r.stderr, r.stderr
        assert field in r.stdout + r.stderr and "lone UTF-16 surrogate" in r.stdout + r.stderr, r.stderr
    r = run("bundle", "inspect", "--json", "--vault", str(hq), str(bundle), lang="ru")
    assert field in r.stderr and "суррогат" in r.stderr


def test_json_output_writes_lone_surrogates_as_escapes():
    from fielddoc.cli.common import json_text

    text, count = json_text({"a\ud800": ["x\udfffy", "\U0001f600"]})
    assert count == 2 and text.encode("utf-8")  # printable on a UTF-8 terminal
    assert json.loads(text) == {"a\ud800": ["x\udfffy", "\U0001f600"]}
    assert json_text({"a": "b"}) == (json.dumps({"a": "b"}, indent=1), 0)


# -- filters ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("args", "needles"), [
    (["list", "--type", "hearings"], ["hearings", "hearing, incident"]),
    (["list", "--type", "Hearing"], ["Hearing"]),
    (["list", "--from", "yesterday"], ["--from", "yesterday", "YYYY-MM-DD"]),
    (["list", "--from", "2012-13"], ["--from", "2012-13"]),
    (["list", "--to", "2012-02-30"], ["--to", "2012-02-30"]),
    (["list", "--from", "2012-3-28"], ["2012-3-28"]),
    (["list", "--from", "2013", "--to", "2012-06"], ["2013", "2012-06"]),
    (["list", "--confidentiality", "secret"], ["secret", "device_only"]),
    (["list", "--sort", "colour"], ["colour", "date_sort"]),
    (["list", "--limit", "-1"], ["--limit", "-1"]),
    (["list", "--offset", "-5"], ["--offset", "-5"]),
    (["list", "--case", "case-nobody"], ["case-nobody"]),
    (["list", "--case", "per-kozlov"], ["per-kozlov"]),
    (["search", "Kozlov", "--type", "people"], ["people"]),
    (["search", "Kozlov", "--from", "2012-00"], ["2012-00"]),
    (["search", "!!! ???"], ["!!! ???"]),
    (["report", "period", "--from", "last year", "--out", "x.pdf"], ["last year"]),
    (["report", "period", "--from", "2012", "--to", "2011-12-32", "--out", "x.pdf"], ["2011-12-32"]),
])
def test_wrong_filters_are_refused_saying_what_is_accepted(vault_path, tmp_path, args, needles):
    if "--out" in args:
        args = [*args[:-1], str(tmp_path / "x.pdf")]
    r = run(*args, "--vault", str(vault_path))
    clean_refusal(r, *needles)
    assert not (tmp_path / "x.pdf").exists()


def test_filter_messages_are_translated(vault_path):
    r = run("list", "--type", "hearings", "--vault", str(vault_path), lang="ru")
    clean_refusal(r, "hearings", "тип")
    r = run("list", "--from", "yesterday", "--vault", str(vault_path), lang="kk")
    clean_refusal(r, "yesterday", "YYYY")
    assert "is not a date" not in r.stderr


@pytest.mark.parametrize("args", [
    ["list", "--type", "hearing", "--from", "2012", "--to", "2012-03"],
    ["list", "--from", "2012-03-28", "--to", "2012-03-28", "--confidentiality", "public"],
    ["list", "--case", "case-kozlov", "--sort", "title", "--limit", "0"],
    ["search", "Kozlov", "--type", "person", "--from", "1960"],
])
def test_right_filters_still_work(vault_path, args):
    r = run(*args, "--vault", str(vault_path))
    assert r.returncode == 0, r.stderr


# -- F12: files that are not files --------------------------------------------------------------
@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("hostile")
    (d / "zero-link").symlink_to("/dev/zero")
    os.mkfifo(d / "fifo")
    (d / "fifo-link").symlink_to(d / "fifo")
    (d / "folder").mkdir()
    big = d / "big.json"
    with open(big, "wb") as f:  # sparse: takes no disk space
        f.truncate((1 << 30) + 1)
    card = d / "big-card.json"
    card.write_bytes(b"{" + b" " * (16 * 1024) + b"}")
    record = d / "big-record.json"
    with open(record, "wb") as f:
        f.truncate((8 << 20) + 1)
    return {"zero": Path("/dev/zero"), "zero-link": d / "zero-link", "fifo": d / "fifo",
            "fifo-link": d / "fifo-link", "folder": d / "folder", "big": big, "big-card": card,
            "big-record": record}


NOT_A_FILE = ("zero", "zero-link", "fifo", "fifo-link", "folder")


def _commands(vault: Path, hq: Path, path: Path) -> list[list[str]]:
    return [
        ["import-json", "--vault", str(vault), str(path)],
        ["add", "--vault", str(vault), "person", str(path)],
        ["edit", "--vault", str(vault), "per-kozlov", str(path)],
        ["attach", "--vault", str(vault), "case-kozlov", str(path)],
        ["recipients", "add", "--vault", str(vault), str(path)],
        ["receipt", "import", "--vault", str(vault), str(path)],
        ["hq", "devices", "enrol", "--vault", str(hq), str(path)],
        ["hq", "import", "--vault", str(hq), str(path)],
        ["bundle", "inspect", "--vault", str(hq), str(path)],
    ]


@pytest.fixture(scope="module")
def hq_path(tmp_path_factory) -> Path:
    from fielddoc.crypto.kdf import TEST_PARAMS
    from fielddoc.hq.store import init_hq

    path = tmp_path_factory.mktemp("inputs-hq") / "hq"
    init_hq(path, PASSPHRASE, params=TEST_PARAMS, name="HQ").lock()
    return path


@pytest.mark.parametrize("kind", NOT_A_FILE)
def test_devices_fifos_and_folders_are_refused_at_once(vault_path, hq_path, hostile_files, kind):
    for args in _commands(vault_path, hq_path, hostile_files[kind]):
        r = run(*args, timeout=60)  # a FIFO without a writer must not hang, /dev/zero not fill memory
        assert r.returncode == 2, (args, r.stdout[-300:], r.stderr[-300:])
        assert "Traceback" not in r.stderr and "internal error" not in r.stderr, (args, r.stderr)
        assert "not an ordinary file" in r.stderr, (args, r.stderr)


def test_oversized_files_are_refused_before_they_are_read(vault_path, hq_path, hostile_files):
    r = run("import-json", "--vault", str(vault_path), str(hostile_files["big"]))
    clean_refusal(r, "larger than 1 GiB")
    for args in (["recipients", "add", "--vault", str(vault_path), str(hostile_files["big-card"])],
                 ["hq", "devices", "enrol", "--vault", str(hq_path), str(hostile_files["big-card"])]):
        clean_refusal(run(*args), "larger than 16 KiB")
    for args in (["add", "--vault", str(vault_path), "person", str(hostile_files["big-record"])],
                 ["edit", "--vault", str(vault_path), "per-kozlov", str(hostile_files["big-record"])]):
        clean_refusal(run(*args), "larger than 8 MiB")
    r = run("import-json", "--vault", str(vault_path), str(hostile_files["big"]), lang="ru")
    clean_refusal(r, "1 GiB")
    assert "larger than" not in r.stderr


def test_standard_input_is_read_with_a_cap(vault_path):
    with open("/dev/zero", "rb") as zero:
        e = {**os.environ, "FIELDDOC_PASSPHRASE": PASSPHRASE, "FIELDDOC_LANG": "en"}
        r = subprocess.run([sys.executable, "-m", "fielddoc", "add", "--vault", str(vault_path), "person",
                            "-"], cwd=ROOT, env=e, stdin=zero, capture_output=True, text=True, timeout=60)
    clean_refusal(r, "standard input", "larger than 8 MiB")


def test_passphrase_file_may_be_a_pipe_but_not_endless(vault_path, hostile_files):
    r = run("status", "--vault", str(vault_path), "--passphrase-file", str(hostile_files["zero-link"]),
            timeout=60)
    clean_refusal(r, "larger than 64 KiB")
    r = run("status", "--vault", str(vault_path), "--passphrase-file", str(hostile_files["folder"]))
    clean_refusal(r, "not an ordinary file")
