"""File > Re-key vault (F6): driven through the menu with the mouse and the keyboard."""

from __future__ import annotations

import io
import os

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from fielddoc.attachments import service as att
from fielddoc.errors import WrongPassphrase
from fielddoc.i18n import translate
from fielddoc.records.service import Records
from fielddoc.store.vault import Vault
from tests.conftest import PASSPHRASE


def _click_file_menu_item(qtbot, window, action, then) -> None:
    """Open File with a click on the menu bar, then click ``action``; ``then`` runs in its dialog."""
    bar = window.menuBar()
    title = bar.actionGeometry(window.file_menu.menuAction()).center()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=title)
    qtbot.waitUntil(window.file_menu.isVisible, timeout=5000)
    assert action in window.file_menu.actions() and action.isEnabled()

    def guard() -> None:  # never leave a modal dialog hanging if `then` failed
        w = QApplication.activeModalWidget()
        if w is not None:
            w._busy = False
            w.reject()

    QTimer.singleShot(0, then)
    QTimer.singleShot(60_000, guard)
    qtbot.mouseClick(window.file_menu, Qt.MouseButton.LeftButton,
                     pos=window.file_menu.actionGeometry(action).center())


def test_rekey_from_the_file_menu(qtbot, make_window, vault, rec):
    rec.create("person", {"id": "per-1", "name": "Witness"})
    a = att.attach(vault, rec, io.BytesIO(os.urandom(90_000)), file_name="photo.jpg")
    old_key = vault.data_key
    window = make_window(vault)
    seen: dict[str, object] = {}

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = type(dialog).__name__
        assert dialog.objectName() == "rekeyDialog"
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.passphrase, "not the passphrase at all")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.status.text() == WrongPassphrase().render(translate), timeout=20000)
        seen["after_wrong"] = vault.data_key == old_key
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    _click_file_menu_item(qtbot, window, window.actions.rekey, drive)
    assert seen == {"dialog": "RekeyDialog", "after_wrong": True}
    assert vault.data_key != old_key  # the dialog was accepted once the new key was in place
    assert window.statusBar().currentMessage() == "The vault has a new key."
    assert window.session is not None and window.session.records.get("per-1")["name"] == "Witness"
    assert att.verify(vault, a.attachment_id) == a.sha256

    window.lock_for_quit()
    v = Vault.open(vault.path, PASSPHRASE)  # the same passphrase opens the re-keyed vault
    try:
        assert v.data_key not in (old_key,)
        assert Records(v).get("per-1")["name"] == "Witness"
        assert v.integrity_problems() == [] and att.verify_all(v) == []
    finally:
        v.lock()
