"""HQ's bundle picker opens where bundles usually are (removable media, else Documents), then in
the folder last used, remembered inside the encrypted vault only."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from fielddoc.gui.dialogs import files  # noqa: E402

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def opened(monkeypatch):
    """Every file dialog's starting folder; the dialog 'chooses' ``chosen`` (or is cancelled)."""
    seen: list[str] = []
    chosen: list[str] = []

    def fake_exec(dialog):
        seen.append(dialog.directory().absolutePath())
        if not chosen:
            return QFileDialog.DialogCode.Rejected
        dialog.selectFile(chosen[0])
        monkeypatch.setattr(dialog, "selectedFiles", lambda: list(chosen))
        return QFileDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    return seen, chosen


def test_bundle_picker_starts_where_bundles_are_and_remembers_in_the_vault(qtbot, hq_session, opened,
                                                                            tmp_path, monkeypatch):
    from fielddoc.gui.dialogs.hq_bundles import ImportBundlesDialog

    seen, chosen = opened
    monkeypatch.chdir(tmp_path)  # the program's folder
    dialog = ImportBundlesDialog(hq_session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert seen and seen[-1] != str(tmp_path)
    assert seen[-1] == files.usual_bundle_folder()
    usb = tmp_path / "usb-stick" / "to-hq"
    usb.mkdir(parents=True)
    bundle = usb / "a.age"
    bundle.write_bytes(b"x")
    chosen.append(str(bundle))
    qtbot.mouseClick(dialog.add_button, LEFT)
    chosen.clear()
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert seen[-1] == str(usb)
    # Kept in the encrypted vault's settings, in no plain configuration file.
    assert hq_session.vault.get_setting(files.BUNDLE_FOLDER_KEY) == str(usb)
    config = os.environ.get("XDG_CONFIG_HOME", "")
    for root, _dirs, names in os.walk(config):
        for name in names:
            with open(os.path.join(root, name), "rb") as fh:
                assert b"usb-stick" not in fh.read()


def test_usual_folder_prefers_removable_media(monkeypatch, tmp_path):
    media = tmp_path / "media"
    (media / "STICK").mkdir(parents=True)
    monkeypatch.setattr(files, "MEDIA_ROOTS", (str(media),))
    assert files.usual_bundle_folder() == str(media / "STICK")
    (media / "STICK").rmdir()
    assert files.usual_bundle_folder() != str(media)  # nothing mounted: Documents or home
