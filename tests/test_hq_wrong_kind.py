"""Issue 9, "receipt in the bundle folder": HQ's import recognises a FieldDoc file of the wrong
kind (its own receipt, a recipient card, an enrolment file), says what it is and where it belongs,
and in a multi-file import skips it and goes on with the others."""

from __future__ import annotations

import json

from fielddoc.cli.main import main
from tests.test_bundle_cli import KDF
from tests.test_bundle_support import ACCEPTANCE, PASSPHRASE


def _run(capsys, *args, rc=0):
    got = main([str(a) for a in args])
    captured = capsys.readouterr()
    assert got == rc, captured.err + captured.out
    return captured.out + captured.err


def test_readme_flow_with_the_receipt_in_the_bundle_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    field, hq, usb = tmp_path / "field", tmp_path / "hq", tmp_path / "usb"
    usb.mkdir()
    card, enrol = usb / "hq-card.json", usb / "enrol.json"
    _run(capsys, "init", "--vault", field, *KDF)
    _run(capsys, "import-json", "--vault", field, ACCEPTANCE)
    _run(capsys, "hq", "init", "--vault", hq, "--name", "HQ Almaty", "--card-out", card, *KDF)
    fp = json.loads(card.read_text())["fingerprint"]
    _run(capsys, "recipients", "add", "--vault", field, card, "--fingerprint", fp)
    _run(capsys, "enrol", "--vault", field, "--out", enrol)
    efp = json.loads(enrol.read_text())["fingerprint"]
    _run(capsys, "hq", "devices", "enrol", "--vault", hq, enrol, "--fingerprint", efp)
    _run(capsys, "export", "--vault", field, "--out", usb)
    bundles = sorted(usb.glob("*.age"))
    _run(capsys, "hq", "import", "--vault", hq, *bundles)
    dev = json.loads(enrol.read_text())["device"]
    _run(capsys, "hq", "receipt", "--vault", hq, "--device", dev, "--out", usb)
    receipt = next(p for p in usb.glob("*.age") if p not in bundles)

    # the next `hq import /media/usb/*` meets the receipt, the card and the enrolment file
    out = _run(capsys, "hq", "import", "--vault", hq, *sorted(usb.iterdir()))
    assert f"{receipt}: SKIPPED" in out
    assert f"HQ receipt for device {dev}" in out and "fielddoc receipt import" in out
    assert f"{card}: SKIPPED" in out and "recipient card" in out and "fielddoc recipients add" in out
    assert f"{enrol}: SKIPPED" in out and "enrolment file" in out
    assert "already imported" in out  # the bundle itself was still handled
    assert "not encrypted to this HQ" not in out and "REJECTED" not in out
    res = json.loads(_run(capsys, "hq", "import", "--vault", hq, "--json", receipt, *bundles))
    assert res[0]["status"] == "skipped" and res[0]["code"] == "wrong_kind"
    assert res[1]["status"] == "already_imported"
    # the device still imports the receipt
    assert "bundles acknowledged" in _run(capsys, "receipt", "import", "--vault", field, receipt)


def test_a_fifo_among_the_files_does_not_hang_the_import(tmp_path):
    """The pre-pass that looks for key rotation statements never opens a FIFO."""
    import os

    from fielddoc.hq.sniff import json_kind

    fifo = tmp_path / "pipe.age"
    os.mkfifo(fifo)
    assert json_kind(fifo) is None
