"""HQ names its devices: a device trusted on first use (no label) gets a name with
`fielddoc hq devices rename`; the name is checked like any label; an unknown device is a
plain error."""

from __future__ import annotations

import json

from tests.test_bundle_cli import KDF, run, sites  # noqa: F401 - fixtures

__all__ = ["KDF"]


def _trusted_device(tmp_path, run, field, hq) -> str:  # noqa: F811
    card = tmp_path / "card.json"
    fingerprint = json.loads(card.read_text())["fingerprint"]
    run("recipients", "add", "--vault", field, card, "--fingerprint", fingerprint)
    outdir = tmp_path / "out"
    outdir.mkdir()
    run("export", "--vault", field, "--out", outdir)
    fpr = run("enrol", "--vault", field).split("fingerprint:")[1].split()[:8]
    run("hq", "import", "--vault", hq, "--trust-device", " ".join(fpr), next(outdir.iterdir()))
    listed = json.loads(run("hq", "devices", "list", "--vault", hq, "--json"))
    assert len(listed) == 1 and listed[0]["label"] == ""
    return listed[0]["device"]


def test_hq_renames_a_device_by_id_or_fingerprint(tmp_path, run, sites):  # noqa: F811
    field, hq = sites
    device = _trusted_device(tmp_path, run, field, hq)
    out = run("hq", "devices", "rename", "--vault", hq, device, "Aktau laptop (Айгуль)")
    assert "Aktau laptop (Айгуль)" in out
    listed = json.loads(run("hq", "devices", "list", "--vault", hq, "--json"))
    assert listed[0]["label"] == "Aktau laptop (Айгуль)"
    assert listed[0]["status"] != "revoked"
    # by fingerprint, and "" removes the name
    run("hq", "devices", "rename", "--vault", hq, listed[0]["fingerprint"], "")
    assert json.loads(run("hq", "devices", "list", "--vault", hq, "--json"))[0]["label"] == ""


def test_rename_refuses_unsafe_labels_and_unknown_devices(tmp_path, run, sites):  # noqa: F811
    field, hq = sites
    device = _trusted_device(tmp_path, run, field, hq)
    out = run("hq", "devices", "rename", "--vault", hq, device, "evil\u202elabel", rc=2)
    assert "Nothing was changed" in out and "Traceback" not in out
    assert json.loads(run("hq", "devices", "list", "--vault", hq, "--json"))[0]["label"] == ""
    out = run("hq", "devices", "rename", "--vault", hq, "dev-nosuchdevice", "x", rc=2)
    assert "Traceback" not in out and "dev-nosuchdevice" in out
