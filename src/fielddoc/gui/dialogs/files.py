"""File pickers that leave no trace outside the vault.

Qt's file dialog records the folders it visited in ``QtProject.conf`` (in the
user's config folder). A folder name can say a lot about what a monitor keeps,
so after every dialog that record is erased.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget


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


def pick_open_files(parent: QWidget | None, title: str, name_filter: str = "") -> list[str]:
    """Several existing files (empty when cancelled)."""
    dialog = QFileDialog(parent, title, "", name_filter)
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
