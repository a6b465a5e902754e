"""The main window warns, in the status bar, when the unlocked vault is in a cloud-synced folder."""

from __future__ import annotations

from fielddoc.store.vault import Vault
from tests.conftest import PASSPHRASE, TEST_PARAMS


def test_a_vault_in_a_synced_folder_is_named_in_the_status_bar(make_window, tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "OneDrive").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    vault = Vault.create(home / "OneDrive" / "Documents" / "vault", PASSPHRASE, params=TEST_PARAMS)
    vault.idle_timeout = None
    window = make_window(vault)
    message = window.statusBar().currentMessage()
    assert "OneDrive" in message and "cloud" in message


def test_a_vault_elsewhere_gets_no_such_warning(make_window, tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "OneDrive").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    vault = Vault.create(home / "vault", PASSPHRASE, params=TEST_PARAMS)
    vault.idle_timeout = None
    window = make_window(vault)
    assert "cloud" not in window.statusBar().currentMessage()
