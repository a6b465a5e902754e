"""The sync commands of the ``fielddoc`` CLI, end to end, in process (the kill -9 tests run
the same commands as subprocesses)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fielddoc.cli.main import main
from tests.test_bundle_support import ACCEPTANCE, PASSPHRASE

#: Cheap Argon2id: calibration is replaced in-process by the ``run`` fixture, not by an option.
KDF: list[str] = []


@pytest.fixture
def run(monkeypatch, capsys):
    from fielddoc.crypto import kdf

    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(kdf, "calibrate", lambda *a, **k: kdf.TEST_PARAMS)

    def _run(*args: str, rc: int = 0) -> str:
        got = main([str(a) for a in args])
        captured = capsys.readouterr()
        assert got == rc, captured.err + captured.out
        # The test vaults are below the KDF floor on purpose; every open warns about it.
        err = "".join(line for line in captured.err.splitlines(keepends=True)
                      if "passphrase hardening" not in line)
        return captured.out + err

    return _run


@pytest.fixture
def sites(tmp_path, run):
    field, hq = tmp_path / "field", tmp_path / "hq"
    run("init", "--vault", field, *KDF)
    run("import-json", "--vault", field, ACCEPTANCE)
    run("hq", "init", "--vault", hq, "--name", "HQ Almaty", "--card-out", tmp_path / "card.json", *KDF)
    return field, hq


def _fp(path: Path) -> str:
    return json.loads(path.read_text())["fingerprint"]


def test_full_cycle(tmp_path, run, sites):
    field, hq = sites
    card = tmp_path / "card.json"
    out = run(
        "recipients",
        "add",
        "--vault",
        field,
        card,
        "--fingerprint",
        "AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA",
        rc=2,
    )
    assert "does not match" in out
    run("recipients", "add", "--vault", field, card, "--fingerprint", _fp(card).lower())
    assert _fp(card) in run("recipients", "list", "--vault", field)
    run("enrol", "--vault", field, "--out", tmp_path / "enrol.json")
    run(
        "hq",
        "devices",
        "enrol",
        "--vault",
        hq,
        tmp_path / "enrol.json",
        "--fingerprint",
        _fp(tmp_path / "enrol.json"),
    )
    outdir = tmp_path / "out"
    outdir.mkdir()
    assert "Bundle 1 written" in run("export", "--vault", field, "--out", outdir)
    bundle = next(outdir.iterdir())
    shown = run("bundle", "inspect", "--vault", hq, bundle)
    assert "enrolled here" in shown and "104 revisions" in shown
    res = json.loads(run("hq", "import", "--vault", hq, "--json", bundle))
    assert res[0]["status"] == "imported" and res[0]["new_records"] == 104
    assert "already imported" in run("hq", "import", "--vault", hq, bundle)
    run("export-json", "--vault", field, "--exclude-device-only", "--strip-contact", tmp_path / "field.json")
    run("hq", "export-json", "--vault", hq, tmp_path / "hq.json")
    assert json.loads((tmp_path / "hq.json").read_text()) == json.loads((tmp_path / "field.json").read_text())
    assert "OK" in run("hq", "verify", "--vault", hq)
    (tmp_path / "junk.age").write_bytes(b"not a bundle")
    assert "REJECTED" in run("hq", "import", "--vault", hq, tmp_path / "junk.age", rc=2)
    listed = json.loads(run("hq", "devices", "list", "--vault", hq, "--json"))
    assert listed[0]["bundles"] == 1 and listed[0]["gaps"] == []
    run(
        "hq",
        "receipt",
        "--vault",
        hq,
        "--device",
        listed[0]["fingerprint"],
        "--out",
        tmp_path / "receipt.age",
    )
    assert "1 bundles acknowledged" in run("receipt", "import", "--vault", field, tmp_path / "receipt.age")
    assert "--yes" in run("purge-delivered", "--vault", field, rc=2)
    assert "Purged" in run("purge-delivered", "--vault", field, "--yes")
    assert "Nothing new" in run("export", "--vault", field, "--out", outdir)
    run("hq", "export-json", "--vault", hq, tmp_path / "hq2.json")
    assert len(json.loads((tmp_path / "hq2.json").read_text())["persons"]) == 16
    run("hq", "devices", "revoke", "--vault", hq, listed[0]["device"], "--reason", "seized")
    assert "revoked" in run("hq", "devices", "list", "--vault", hq)


def test_trust_on_first_use_and_rotation(tmp_path, run, sites):
    field, hq = sites
    card = tmp_path / "card.json"
    run("recipients", "add", "--vault", field, card, "--fingerprint", _fp(card))
    outdir = tmp_path / "out"
    outdir.mkdir()
    run("export", "--vault", field, "--out", outdir)
    bundle = next(outdir.iterdir())
    out = run("hq", "import", "--vault", hq, bundle, rc=2)
    assert "has not enrolled" in out and "--trust-device" in out
    fpr = run("enrol", "--vault", field).split("fingerprint:")[1].split()[:8]
    assert "trusted on first use" in run(
        "hq", "import", "--vault", hq, "--trust-device", " ".join(fpr), bundle
    )
    run("hq", "card", "--vault", hq, "--rotate", "--out", tmp_path / "card2.json")
    old = _fp(card)
    run(
        "recipients",
        "replace",
        "--vault",
        field,
        old,
        tmp_path / "card2.json",
        "--fingerprint",
        _fp(tmp_path / "card2.json"),
    )
    listed = run("recipients", "list", "--vault", field)
    assert old not in listed and _fp(tmp_path / "card2.json") in listed
    run("recipients", "remove", "--vault", field, _fp(tmp_path / "card2.json"))
    assert "no HQ recipient card" in run("export", "--vault", field, "--out", outdir, rc=2)


def test_conflicts_and_resolve(tmp_path, run, sites):
    field, hq = sites
    field2 = tmp_path / "field2"
    run("init", "--vault", field2, *KDF)
    run("import-json", "--vault", field2, ACCEPTANCE)
    card = tmp_path / "card.json"
    outdir = tmp_path / "out"
    outdir.mkdir()
    for i, v in enumerate((field, field2)):
        run("recipients", "add", "--vault", v, card, "--fingerprint", _fp(card))
        doc = tmp_path / f"case{i}.json"
        doc.write_text(
            json.dumps({"id": "case-kozlov", "title": f"Edited on device {i}", "case_type": "criminal"})
        )
        run("edit", "--vault", v, "case-kozlov", doc)
        fpr = " ".join(run("enrol", "--vault", v).split("fingerprint:")[1].split()[:8])
        sub = outdir / str(i)
        sub.mkdir()
        run("export", "--vault", v, "--out", sub)
        assert (
            "records now have conflicting edits"
            in run("hq", "import", "--vault", hq, "--trust-device", fpr, next(sub.iterdir()))
            or i == 0
        )
    shown = json.loads(run("hq", "conflicts", "--vault", hq, "--json"))
    assert [c["id"] for c in shown] == ["case-kozlov"]
    head = shown[0]["heads"][1]["hash"]
    run("hq", "resolve", "--vault", hq, "case-kozlov", "--take", head[:10])
    assert "(0 records in conflict)" in run("hq", "conflicts", "--vault", hq)
    assert "Give --take" in run("hq", "resolve", "--vault", hq, "case-kozlov", rc=2)


def test_field_vault_is_not_an_hq(tmp_path, run, sites):
    field, _hq = sites
    out = run("hq", "devices", "list", "--vault", field, rc=2)
    assert "not an HQ vault" in out
