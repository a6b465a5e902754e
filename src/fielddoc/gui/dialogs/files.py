"""File pickers that leave no trace outside the vault.

Qt's file dialog records the folders it visited in ``QtProject.conf`` (in the
user's config folder). A folder name can say a lot about what a monitor keeps,
so after every dialog that record is erased.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

#: Where removable media are mounted (udisks, older desktops); a stick there is where bundles travel.
MEDIA_ROOTS = ("/run/media/{user}", "/media/{user}", "/media", "/Volumes")
#: The folder bundles were last picked from: an encrypted vault setting, never a plain config file.
BUNDLE_FOLDER_KEY = "ui.bundle_folder"


def usual_bundle_folder() -> str:
    """Where bundles usually are: a mounted removable drive, else Documents, else home."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    for root in MEDIA_ROOTS:
        base = Path(root.format(user=user))
        try:
            drives = sorted(p for p in base.iterdir() if p.is_dir() and os.access(p, os.R_OK))
        except OSError:
            continue
        if drives:
            return str(drives[0])
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


def bundle_folder(settings: object) -> str:
    """The folder to open a bundle picker in: the last one used (kept in the vault), else the usual."""
    get = getattr(settings, "get_setting", None)
    last = get(BUNDLE_FOLDER_KEY) if callable(get) else None
    return last if last and Path(last).is_dir() else usual_bundle_folder()


def remember_bundle_folder(settings: object, chosen: list[str]) -> None:
    """Keeps the folder of the chosen files in the vault's encrypted settings."""
    put = getattr(settings, "set_setting", None)
    if chosen and callable(put):
        put(BUNDLE_FOLDER_KEY, str(Path(chosen[0]).parent))


def forget_file_dialog_history() -> None:
    s = QSettings(QSettings.Scope.UserScope, "QtProject")
    s.remove("FileDialog")
    s.sync()


def pick_open_file(parent: QWidget | None, title: str, name_filter: str) -> str | None:
    dialog = QFileDialog(parent, title, "", name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return None
        files = dialog.selectedFiles()
        return files[0] if files else None
    finally:
        shiboken6.delete(dialog)  # now: its destructor is what writes the history
        forget_file_dialog_history()


def pick_open_files(parent: QWidget | None, title: str, name_filter: str = "", start: str = "") -> list[str]:
    """Several existing files (empty when cancelled), the dialog opening in ``start``."""
    dialog = QFileDialog(parent, title, start, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return list(dialog.selectedFiles())
    finally:
        shiboken6.delete(dialog)
        forget_file_dialog_history()


def pick_save_file(parent: QWidget | None, title: str, suggested: str, name_filter: str = "",
                   default_suffix: str = "") -> str | None:
    """Where to write a new file; ``suggested`` is a path (its folder is where the dialog opens)."""
    dialog = QFileDialog(parent, title, suggested, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return None
        files = dialog.selectedFiles()
        return files[0] if files else None
    finally:
        shiboken6.delete(dialog)
        forget_file_dialog_history()


def pick_folder(parent: QWidget | None, title: str) -> str | None:
    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return None
        files = dialog.selectedFiles()
        return files[0] if files else None
    finally:
        shiboken6.delete(dialog)
        forget_file_dialog_history()
