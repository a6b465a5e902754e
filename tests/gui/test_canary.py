"""Canary sweep after a whole GUI session (create, import, search, view, copy, lock, quit):
no form of a unique string put into records appears in any file under the vault
folder, the temp folder, the home folder or Qt's config and cache folders; QSettings
holds window geometry and state only."""

from __future__ import annotations

import base64
import copy
import json
import tempfile
import uuid

from PySide6.QtCore import QSettings, Qt

from fielddoc.crypto.kdf import TEST_PARAMS

GOOD = "correct horse battery staple"


def _forms(canary: str) -> dict[str, bytes]:
    raw = canary.encode("ascii")
    forms = {"ascii": raw, "utf-16-le": canary.encode("utf-16-le"), "utf-16-be": canary.encode("utf-16-be")}
    for shift in range(3):
        enc = base64.b64encode(b"\x00" * shift + raw)
        forms[f"base64+{shift}"] = enc[4:-4]  # the part that does not depend on neighbours
    forms["base64-urlsafe"] = base64.urlsafe_b64encode(raw)[4:-4]
    forms["hex"] = raw.hex().encode()
    return forms


def _sweep(folders, forms) -> list[str]:
    hits = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                hits += [f"{name} in {path}" for name, needle in forms.items() if needle in data]
            if canary_name_hit(path, forms):
                hits.append(f"file name {path}")
    return hits


def canary_name_hit(path, forms) -> bool:
    return "ascii" in forms and forms["ascii"].decode() in path.name


def test_no_canary_on_disk_after_a_gui_session(qtbot, make_window, tmp_path, monkeypatch, acceptance):
    from fielddoc.gui import app as gui_app
    from fielddoc.gui.dialogs.create_vault import CreateVaultDialog
    from fielddoc.gui.dialogs.import_json import ImportDialog

    home, config, cache, tmp = (tmp_path / n for n in ("home", "config", "cache", "tmp"))
    for d in (home, config, cache, tmp):
        d.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)

    canary = "Cnry" + uuid.uuid4().hex  # unique, ASCII, 36 characters
    data = copy.deepcopy(acceptance)
    data["persons"].append({"id": "per-canary", "name": f"{canary} Person", "notes": f"met {canary} at court",
                            "confidentiality": "restricted"})
    data["cases"][0]["outcome_summary"] += f" {canary}"
    outside = tmp_path / "outside"  # where the user keeps the (plaintext) import file: not swept
    outside.mkdir()
    import_file = outside / "import.json"
    import_file.write_text(json.dumps(data), "utf-8")

    runner_window = make_window(vault_dir=tmp_path / "vault", remember_geometry=True)
    dialog = CreateVaultDialog(runner_window.runner, tmp_path / "vault", kdf_params=TEST_PARAMS,
                               parent=runner_window)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, GOOD)
    qtbot.keyClicks(dialog.repeat, GOOD)
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(dialog.created, timeout=10000) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    vault = created.args[0]
    runner_window.open_session(vault)
    window = runner_window

    importer = ImportDialog(window.session, window, path=str(import_file))
    with qtbot.waitSignal(importer.imported, timeout=20000):
        importer.run()
    importer.close()
    window.workspace.refresh_all()

    people = window.workspace.show_section("person", wait=True)
    with qtbot.waitSignal(people.model.counted, timeout=5000):
        people.filters.search.setText(canary)
        people.filters.emit_now()
    assert people.model.rowCount() == 1
    people.select_row(0)
    assert canary in people.detail.browser.toPlainText()
    window.workspace.open_case(data["cases"][0]["id"], wait=True)
    window.workspace.show_section("statistics", wait=True)
    window.lock.clipboard.copy(canary)

    qtbot.keyClick(people.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session is None, timeout=2000)
    window.close()  # quitting writes the window geometry
    window.runner.wait_idle()

    forms = _forms(canary)
    hits = _sweep([tmp_path / "vault", tmp, home, config, cache], forms)
    assert not hits, hits

    ini = gui_app.settings_file()
    assert str(ini).startswith(str(config))
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    assert set(settings.allKeys()) == {gui_app.GEOMETRY_KEY, gui_app.STATE_KEY}


def test_the_sweep_finds_every_form(tmp_path):
    canary = "Cnry" + uuid.uuid4().hex
    forms = _forms(canary)
    for name, needle in forms.items():
        (tmp_path / f"leak-{name}").write_bytes(b"xx" + needle + b"yy")
    hits = _sweep([tmp_path], forms)
    assert len(hits) >= len(forms)
    for shift in range(3):  # base64 of the canary at any alignment inside a longer text
        (tmp_path / "b64").write_bytes(base64.b64encode(b"\x01" * shift + canary.encode() + b"tail"))
        assert any("base64" in h for h in _sweep([tmp_path], {k: v for k, v in forms.items()
                                                             if k.startswith("base64+")}))
