"""Folders FieldDoc makes for plaintext output are the owner's only (finding F19, second part).

The CSV tables are not encrypted; a folder FieldDoc creates for them (and its missing
parents) gets mode 0700 whatever the umask, so other accounts on the machine cannot
list or read them. Folders that already existed are the user's and keep their mode.
"""

from __future__ import annotations

import os
import stat
import sys

import pytest

from fielddoc.cli.main import main
from fielddoc.records.csv_export import export_csv
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


@pytest.fixture
def open_umask():
    old = os.umask(0o022)  # the usual umask: new folders would be world-readable
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_csv_folders_made_here_are_private(loaded, tmp_path, open_umask):
    os.chmod(tmp_path, 0o755)
    target = tmp_path / "shared" / "tables"
    export_csv(loaded, target)
    assert _mode(tmp_path / "shared") == 0o700 and _mode(target) == 0o700
    assert _mode(tmp_path) == 0o755  # not made by FieldDoc: left alone
    assert (target / "codebook.csv").is_file()


def test_an_existing_folder_keeps_its_mode(loaded, tmp_path, open_umask):
    target = tmp_path / "mine"
    target.mkdir()
    os.chmod(target, 0o750)
    export_csv(loaded, target)
    assert _mode(target) == 0o750


def test_cli_export_csv_makes_a_private_folder(loaded, vault, vault_dir, tmp_path, open_umask, monkeypatch,
                                               capsys):
    vault.lock()
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "usb" / "csv"
    assert main(["export-csv", "--vault", str(vault_dir), str(target)]) == 0, capsys.readouterr().err
    assert _mode(tmp_path / "usb") == 0o700 and _mode(target) == 0o700
