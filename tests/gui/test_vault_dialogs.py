"""Creating a vault through the dialog; unlocking with a wrong, then the right passphrase."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt

from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.errors import PassphraseMismatch, WeakPassphrase, WrongPassphrase
from fielddoc.i18n import translate
from fielddoc.store.vault import Vault, is_vault

GOOD = "correct horse battery staple"


def test_create_vault_through_the_dialog(qtbot, tmp_path):
    from fielddoc.gui.dialogs.create_vault import CreateVaultDialog
    from fielddoc.gui.tasks import TaskRunner

    runner = TaskRunner()
    folder = tmp_path / "new-vault"
    dialog = CreateVaultDialog(runner, folder, kdf_params=TEST_PARAMS)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.create_button.isEnabled()

    qtbot.keyClicks(dialog.passphrase, "short")
    assert dialog.policy.text() == WeakPassphrase().render(translate)  # the core's words, not ours
    assert not dialog.create_button.isEnabled()

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, GOOD)
    qtbot.keyClicks(dialog.repeat, GOOD + "x")
    assert dialog.policy.text() == PassphraseMismatch().render(translate)
    assert not dialog.create_button.isEnabled()

    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, GOOD)
    assert not dialog.create_button.isEnabled()  # the loss warning is not yet acknowledged
    assert "nobody can open this vault again" in dialog.loss.text()
    dialog.understood.setChecked(True)
    assert dialog.create_button.isEnabled()

    with qtbot.waitSignal(dialog.created, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    vault = blocker.args[0]
    try:
        assert is_vault(folder)
        assert not vault.is_locked
        assert dialog.passphrase.text() == "" and dialog.repeat.text() == ""
    finally:
        vault.lock()
        runner.shutdown()
    Vault.open(folder, GOOD).lock()  # the passphrase typed in the dialog opens it


def _hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_unlock_wrong_then_right_passphrase(qtbot, make_window, tmp_path):
    folder = tmp_path / "vault"
    Vault.create(folder, GOOD, params=TEST_PARAMS).lock()
    before = _hashes(folder)
    window = make_window(vault_dir=folder)
    screen = window.unlock_screen
    assert window.stack.currentWidget() is screen
    assert window.windowTitle() == "Locked"  # the platform adds " — FieldDoc"

    qtbot.keyClicks(screen.passphrase, "not the passphrase at all")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    expected = WrongPassphrase().render(translate)
    qtbot.waitUntil(lambda: screen.message.text() == expected, timeout=10000)
    assert "Wrong passphrase" in expected and "Nothing was changed" in expected
    assert screen.passphrase.text() == ""
    assert window.session is None and window.stack.currentWidget() is screen
    assert _hashes(folder) == before  # nothing changed on disk

    qtbot.keyClicks(screen.passphrase, GOOD)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    assert window.stack.currentWidget() is window.workspace
    assert screen.message.text() == ""
    assert window.windowTitle() == "FieldDoc"


def test_unlock_tampered_header_is_reported_and_never_wipes(qtbot, make_window, tmp_path):
    import dataclasses

    from fielddoc.crypto.kdf import KdfParams
    from fielddoc.errors import HeaderTampered
    from fielddoc.store.vault import read_header

    folder = tmp_path / "vault"
    Vault.create(folder, GOOD, params=TEST_PARAMS, wipe_after=3).lock()
    h = read_header(folder)  # someone edits the KDF section and recomputes the checksum
    (folder / "vault.hdr").write_bytes(dataclasses.replace(h, params=KdfParams(128, 1, 1)).encode())
    window = make_window(vault_dir=folder)
    screen = window.unlock_screen
    expected = HeaderTampered(path=str(folder / "vault.hdr")).render(translate)
    for _ in range(4):  # the owner types the correct passphrase, again and again
        screen.message.setText("")
        qtbot.keyClicks(screen.passphrase, GOOD)
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: screen.message.text() == expected, timeout=10000)
    assert window.session is None
    assert not (folder / "failures").exists()
    assert not (folder / "vault.hdr").read_bytes().startswith(b"FDWIPED")


def test_unlocking_a_vault_below_the_kdf_floor_warns(qtbot, make_window, tmp_path):
    folder = tmp_path / "vault"
    Vault.create(folder, GOOD, params=TEST_PARAMS).lock()
    window = make_window(vault_dir=folder)
    qtbot.keyClicks(window.unlock_screen.passphrase, GOOD)
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    shown = window.statusBar().currentMessage()
    assert "below the minimum" in shown and "m=64 KiB" in shown and "fielddoc passwd" in shown


def test_no_vault_offers_creation(qtbot, make_window, tmp_path):
    window = make_window(vault_dir=tmp_path / "nothing-here")
    screen = window.unlock_screen
    assert screen.create_button.isVisible() and not screen.passphrase.isVisible()
