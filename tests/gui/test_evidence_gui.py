"""Record > Evidence package…: chosen with the mouse, folder typed, unencrypted attachments
confirmed, written on the worker, the signer's fingerprint shown; clicks and keys only."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fielddoc.attachments import service as att  # noqa: E402
from fielddoc.bundle.device import device_fingerprint  # noqa: E402
from fielddoc.evidence.errors import EvidenceFolderExists  # noqa: E402
from fielddoc.i18n import translate  # noqa: E402
from tests.gui.keys import click, click_nav, click_row  # noqa: E402


def test_evidence_package_from_the_record_menu(qtbot, make_window, vault, rec, tmp_path):
    cid = rec.create("case", {"title": "Zhanaozen trial"})
    src = tmp_path / "photo.jpg"
    src.write_bytes(b"\xff\xd8" + bytes(range(256)) * 4)
    att.attach(vault, rec, src, related_ids=[cid])
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "mine.txt").write_text("not yours")
    target = tmp_path / "for-court"
    window = make_window(vault)
    ws = window.workspace
    click_nav(qtbot, ws, "case")
    lst = ws.lists["case"]
    qtbot.waitUntil(lambda: lst.model.rowCount() >= 1, timeout=5000)
    click_row(lst.table, next(r for r in range(lst.model.rowCount()) if lst.model.record_id(r) == cid))
    qtbot.waitUntil(lambda: window._current() is not None and window._current()[0] == cid, timeout=5000)
    seen: dict[str, object] = {}

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog.objectName()
        assert not dialog.ok_button.isEnabled()
        click(dialog.folder)
        QTest.keyClicks(dialog.folder, str(taken))
        seen["enabled_without_confirmation"] = dialog.ok_button.isEnabled()
        click(dialog.confirm)
        assert dialog.confirm.isChecked() and dialog.ok_button.isEnabled()
        click(dialog.ok_button)
        qtbot.waitUntil(lambda: bool(dialog.status.text()), timeout=20000)
        seen["refused"] = dialog.status.text()
        click(dialog.folder)
        QTest.keyClick(dialog.folder, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(dialog.folder, str(target))
        QTest.keyClick(dialog.folder, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(dialog.done_label.text()), timeout=20000)
        seen["done"] = dialog.fingerprint.text()
        # the whole result is in sight: the fingerprint's label fits inside the dialog, unclipped
        dialog.repaint()
        geo = dialog.fingerprint.geometry()
        seen["fingerprint_visible"] = (dialog.fingerprint.isVisible() and geo.height()
                                       >= dialog.fingerprint.heightForWidth(geo.width())
                                       and dialog.rect().contains(geo))
        seen["write_disabled_after"] = not dialog.ok_button.isEnabled()
        click(dialog.buttons.button(dialog.buttons.StandardButton.Cancel))

    def guard() -> None:
        w = QApplication.activeModalWidget()
        if w is not None:
            w._busy = False
            w.reject()

    bar = window.menuBar()
    title = bar.actionGeometry(window.record_menu.menuAction()).center()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=title)
    qtbot.waitUntil(window.record_menu.isVisible, timeout=5000)
    action = window.actions.evidence
    assert action in window.record_menu.actions() and action.isEnabled()
    QTimer.singleShot(0, drive)
    QTimer.singleShot(60_000, guard)
    qtbot.mouseClick(window.record_menu, Qt.MouseButton.LeftButton,
                     pos=window.record_menu.actionGeometry(action).center())

    assert seen["dialog"] == "evidenceDialog"
    assert seen["enabled_without_confirmation"] is False
    assert seen["refused"] == EvidenceFolderExists(path=str(taken)).render(translate)
    assert [p.name for p in taken.iterdir()] == ["mine.txt"]
    assert device_fingerprint(vault) in str(seen["done"]) and seen["write_disabled_after"]
    assert seen["fingerprint_visible"]
    run = subprocess.run([sys.executable, "-I", "verify.py"], cwd=target, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stdout
    assert (target / "records/0002/files/1-original.jpg").read_bytes() == src.read_bytes()
