"""Cloud-synced folders (OneDrive with Known Folder Move, iCloud Desktop & Documents, Dropbox,
Google Drive) are recognised by injection of the platform, the environment and the home folder,
and the CLI warns when a vault or a plaintext output is placed in one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from fielddoc.platform import cloud
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def test_onedrive_known_folder_move_on_windows(tmp_path):
    home = tmp_path / "Пользователь"
    od = home / "OneDrive - Правозащитный центр"
    (od / "Documents").mkdir(parents=True)
    env = {"OneDriveCommercial": str(od)}
    found = cloud.synced_folder(od / "Documents" / "FieldDoc" / "vault", platform="win32",
                                environ=env, home=home)
    assert found == cloud.CloudFolder(cloud.ONEDRIVE, od)
    # Windows paths are case-insensitive: the same folder spelled otherwise is still synced.
    other = Path(str(od).upper()) / "documents" / "report.pdf"
    assert cloud.synced_folder(other, platform="win32", environ=env, home=home) == found
    assert cloud.synced_folder(home / "FieldDoc", platform="win32", environ=env, home=home) is None


def test_onedrive_found_without_the_environment_by_its_default_root(tmp_path):
    (tmp_path / "OneDrive" / "Desktop").mkdir(parents=True)
    found = cloud.synced_folder(tmp_path / "OneDrive" / "Desktop" / "r.pdf", platform="win32",
                                environ={}, home=tmp_path)
    assert found is not None and found.service == cloud.ONEDRIVE


def test_icloud_desktop_and_documents_only_when_icloud_syncs_them(tmp_path):
    home = tmp_path
    (home / "Documents").mkdir()
    (home / "Desktop").mkdir()
    clouddocs = home / "Library" / "Mobile Documents" / "com~apple~CloudDocs"
    clouddocs.mkdir(parents=True)
    where = {"platform": "darwin", "environ": {}, "home": home}
    assert cloud.synced_folder(home / "Documents" / "a.pdf", **where) is None
    os.symlink(home / "Documents", clouddocs / "Documents")  # Desktop & Documents Folders on
    os.symlink(home / "Desktop", clouddocs / "Desktop")
    assert cloud.synced_folder(home / "Documents" / "a.pdf", **where).service == cloud.ICLOUD
    assert cloud.synced_folder(home / "desktop" / "a.csv", **where).service == cloud.ICLOUD
    assert cloud.synced_folder(clouddocs / "x", **where).service == cloud.ICLOUD
    # the same layout on Linux means nothing
    assert cloud.synced_folder(home / "Documents" / "a.pdf", platform="linux", environ={},
                               home=home) is None


def test_dropbox_roots_from_info_json_and_google_drive_on_macos(tmp_path):
    home = tmp_path / "home"
    elsewhere = tmp_path / "D" / "Team Dropbox"
    elsewhere.mkdir(parents=True)
    appdata = tmp_path / "AppData"
    (appdata / "Dropbox").mkdir(parents=True)
    (appdata / "Dropbox" / "info.json").write_text(
        json.dumps({"business": {"path": str(elsewhere), "host": 1}}), encoding="utf-8")
    found = cloud.synced_folder(elsewhere / "x.csv", platform="win32", environ={"APPDATA": str(appdata)},
                                home=home)
    assert found == cloud.CloudFolder(cloud.DROPBOX, elsewhere)
    gd = home / "Library" / "CloudStorage" / "GoogleDrive-monitor@example.org"
    gd.mkdir(parents=True)
    assert cloud.synced_folder(gd / "My Drive" / "r.pdf", platform="darwin", environ={},
                               home=home).service == cloud.GDRIVE


def test_warnings_are_translated_and_name_the_service(tmp_path):
    from fielddoc.i18n import set_language

    (tmp_path / "Dropbox").mkdir()
    where = {"platform": "linux", "environ": {}, "home": tmp_path}
    try:
        set_language("ru")
        text = cloud.vault_warning(tmp_path / "Dropbox" / "vault", **where)
        assert text and "Dropbox" in text and "облак" in text
        set_language("kk")
        text = cloud.plaintext_warning(tmp_path / "Dropbox" / "r.pdf", **where)
        assert text and "Dropbox" in text and "бұлт" in text
    finally:
        set_language("en")
    assert cloud.vault_warning(tmp_path / "vault", **where) is None


def test_reports_do_not_default_to_a_synced_documents_folder(tmp_path):
    home = tmp_path
    docs = home / "OneDrive" / "Documents"
    docs.mkdir(parents=True)
    where = {"platform": "win32", "environ": {"OneDrive": str(home / "OneDrive")}, "home": home}
    assert cloud.first_unsynced([str(docs), str(home)], home, **where) == home
    (home / "Local").mkdir()
    assert cloud.first_unsynced([str(home / "Local")], home, **where) == home / "Local"


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(home), "FIELDDOC_PASSPHRASE": PASSPHRASE, "FIELDDOC_LANG": "ru"}
    for var in cloud.ONEDRIVE_VARS:
        env.pop(var, None)
    return subprocess.run([sys.executable, "-m", "tests.helpers.cheap_cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_cli_warns_for_a_vault_and_a_csv_export_in_a_synced_folder(tmp_path):
    home = tmp_path / "home"
    synced = home / "Dropbox"
    synced.mkdir(parents=True)
    vault = synced / "vault"
    r = _cli(home, "init", "--vault", str(vault))
    assert r.returncode == 0, r.stderr
    assert "Dropbox" in r.stderr and "облак" in r.stderr
    r = _cli(home, "export-csv", "--vault", str(vault), str(synced / "csv"))
    assert r.returncode == 0, r.stderr
    assert r.stderr.count("Dropbox") >= 2  # the vault when opened, the CSV folder when written
    local = home / "local"
    r = _cli(home, "init", "--vault", str(local))
    assert r.returncode == 0 and "Dropbox" not in r.stderr
