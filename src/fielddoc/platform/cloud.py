"""Folders a cloud-sync client copies off the computer: OneDrive (also after Known Folder
Move put Desktop and Documents in it), iCloud Drive (also Desktop & Documents), Dropbox and
Google Drive.

A vault there leaves old headers (which an old passphrase still opens) and old databases in
the provider's version history; a plaintext report or CSV there is in the cloud at once.
FieldDoc warns when either is placed in one, and does not suggest such a folder for reports.

Detection is by the roots each client announces or uses by default; a client configured to
sync some other folder is not seen (docs/threat-model.md says so).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath

ONEDRIVE, ICLOUD, DROPBOX, GDRIVE = "OneDrive", "iCloud Drive", "Dropbox", "Google Drive"

#: Environment variables the OneDrive client sets on Windows (personal and work or school).
ONEDRIVE_VARS = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")


@dataclass(frozen=True)
class CloudFolder:
    service: str
    root: Path


def _children(folder: Path, prefix: str) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.name.startswith(prefix) and p.is_dir())
    except OSError:
        return []


def _dropbox_info(platform: str, environ: Mapping[str, str], home: Path) -> list[Path]:
    """The roots Dropbox writes to its info.json (personal and business accounts)."""
    places = [home / ".dropbox" / "info.json"]
    if platform == "win32":
        places = [Path(environ[v]) / "Dropbox" / "info.json" for v in ("APPDATA", "LOCALAPPDATA")
                  if environ.get(v)] + places
    roots = []
    for place in places:
        try:
            data = json.loads(place.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict):
            for account in data.values():
                if isinstance(account, dict) and isinstance(account.get("path"), str):
                    roots.append(Path(account["path"]))
    return roots


def cloud_folders(*, platform: str = sys.platform, environ: Mapping[str, str] | None = None,
                  home: Path | None = None) -> list[CloudFolder]:
    """Every synced root found on this computer (those that exist)."""
    env = os.environ if environ is None else environ
    home = Path.home() if home is None else home
    found: list[CloudFolder] = []

    def add(service: str, path: Path) -> None:
        if path.is_dir() and all(f.root != path for f in found):
            found.append(CloudFolder(service, path))

    for var in ONEDRIVE_VARS:
        if env.get(var):
            add(ONEDRIVE, Path(env[var]))
    for child in _children(home, "OneDrive"):  # OneDrive, "OneDrive - Org" (Windows, Linux clients)
        add(ONEDRIVE, child)
    storage = home / "Library" / "CloudStorage"  # macOS File Provider clients
    for prefix, service in (("OneDrive", ONEDRIVE), ("Dropbox", DROPBOX), ("GoogleDrive", GDRIVE)):
        for child in _children(storage, prefix):
            add(service, child)
    if platform == "darwin":
        mobile = home / "Library" / "Mobile Documents"
        add(ICLOUD, mobile)
        clouddocs = mobile / "com~apple~CloudDocs"
        # With "Desktop & Documents Folders" on, iCloud Drive holds Desktop and Documents
        # entries standing for the home's folders, which it then syncs.
        for name in ("Desktop", "Documents"):
            if os.path.lexists(clouddocs / name):
                add(ICLOUD, home / name)
    for root in _dropbox_info(platform, env, home):
        add(DROPBOX, root)
    for child in _children(home, "Dropbox"):
        add(DROPBOX, child)
    for name in ("Google Drive", "My Drive"):
        add(GDRIVE, home / name)
    return found


def _parts(path: PurePath, platform: str) -> tuple[str, ...]:
    # Windows and macOS file systems are case-insensitive by default.
    parts = path.parts
    return tuple(p.casefold() for p in parts) if platform in ("win32", "darwin") else parts


def _absolute(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return Path(os.path.abspath(path))


def synced_folder(path: Path | str, *, platform: str = sys.platform,
                  environ: Mapping[str, str] | None = None, home: Path | None = None) -> CloudFolder | None:
    """The synced folder ``path`` is in (or is), else None. ``path`` need not exist yet."""
    target = _parts(_absolute(Path(path)), platform)
    for folder in cloud_folders(platform=platform, environ=environ, home=home):
        for root in {folder.root, _absolute(folder.root)}:
            parts = _parts(root, platform)
            if target[:len(parts)] == parts:
                return folder
    return None


def vault_warning(path: Path | str, *, platform: str = sys.platform,
                  environ: Mapping[str, str] | None = None, home: Path | None = None) -> str | None:
    """The translated warning for a vault in a synced folder, or None."""
    folder = synced_folder(path, platform=platform, environ=environ, home=home)
    if folder is None:
        return None
    from fielddoc.i18n import translate

    return translate(
        "WARNING: this vault is in a folder that {service} copies to the cloud ({root}). The "
        "provider keeps old versions: an old header opens with an old passphrase, and deleted "
        "records stay in old copies of the database. Move the vault to a folder that is not synced."
    ).format(service=folder.service, root=folder.root)


def plaintext_warning(path: Path | str, *, platform: str = sys.platform,
                      environ: Mapping[str, str] | None = None, home: Path | None = None) -> str | None:
    """The translated warning for an unencrypted output (report, CSV, evidence) in a synced
    folder, or None."""
    folder = synced_folder(path, platform=platform, environ=environ, home=home)
    if folder is None:
        return None
    from fielddoc.i18n import translate

    return translate(
        "WARNING: {path} is in a folder that {service} copies to the cloud ({root}). This "
        "unencrypted file goes to the provider's servers and stays in its version history even "
        "after you delete it here."
    ).format(path=path, service=folder.service, root=folder.root)


def first_unsynced(candidates: list[str], fallback: Path, *, platform: str = sys.platform,
                   environ: Mapping[str, str] | None = None, home: Path | None = None) -> Path:
    """The first candidate folder that exists and is not synced, else ``fallback``."""
    for candidate in candidates:
        if candidate and Path(candidate).is_dir() and synced_folder(
                candidate, platform=platform, environ=environ, home=home) is None:
            return Path(candidate)
    return fallback
