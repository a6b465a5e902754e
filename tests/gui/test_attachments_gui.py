"""Attachments panel: encrypt through the task runner, preview from memory, explicit extract."""

from __future__ import annotations

import hashlib

import pytest

pytest.importorskip("PySide6")

from tests.gui.forms_fixtures import *  # noqa: E402,F403
from tests.gui.forms_fixtures import settle  # noqa: E402

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def make_png(path, w: int = 64, h: int = 48):
    from PySide6.QtGui import QColor, QImage

    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f5d8a"))
    image.setPixelColor(3, 4, QColor("white"))
    assert image.save(str(path), "PNG")
    return path.read_bytes()


@pytest.fixture
def panel(qtbot, vault, rec, form_runner):
    from fielddoc.gui.attachments import AttachmentsPanel

    rid = rec.create("person", {"name": "Photo subject", "confidentiality": "restricted",
                                "tlp": "AMBER+STRICT"})
    p = AttachmentsPanel(vault, rec, form_runner, rid)
    qtbot.addWidget(p)
    p.resize(900, 600)
    p.show()
    settle(qtbot, form_runner)
    return p


def test_attach_png_encrypted_and_previewed(qtbot, panel, vault, rec, form_runner, tmp_path):
    data = make_png(tmp_path / "court-list.png")
    panel.add_files([tmp_path / "court-list.png"])
    qtbot.waitUntil(lambda: len(panel.ids()) == 1, timeout=5000)
    (att_id,) = panel.ids()
    doc = rec.get(att_id)
    assert doc["related_ids"] == [panel.record_id]
    assert doc["files"][0]["sha256"] == hashlib.sha256(data).hexdigest()
    assert doc["confidentiality"] == "restricted"  # as confidential as the record it documents
    # encrypted at rest: no PNG bytes, no file name anywhere in the vault folder
    stored = [p for p in vault.attachments_dir.rglob("*") if p.is_file()]
    assert stored
    for p in stored:
        raw = p.read_bytes()
        assert PNG_MAGIC not in raw and b"IHDR" not in raw and b"court-list" not in raw
        assert "court-list" not in p.name
    # previewed inside the application, from decrypted memory
    qtbot.waitUntil(lambda: panel.viewer.current_image is not None, timeout=5000)
    image = panel.viewer.current_image
    assert (image.width(), image.height()) == (64, 48)
    assert panel.viewer.preview.pixmap() is not None and not panel.viewer.preview.pixmap().isNull()
    assert hashlib.sha256(data).hexdigest() in panel.viewer.info.text()
    actions = [panel.viewer.custody.item(r, 1).text() for r in range(panel.viewer.custody.rowCount())]
    assert actions == ["Collected", "Hashed"]


def test_drop_files_and_extract_only_by_choice(qtbot, panel, rec, form_runner, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    data = make_png(tmp_path / "dropped.png", 20, 10)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "dropped.png"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    qtbot.waitUntil(lambda: len(panel.ids()) == 1, timeout=5000)
    settle(qtbot, form_runner)
    viewer = panel.viewer
    out = tmp_path / "copy.png"
    viewer.confirm_plaintext = lambda: False  # the user declined the warning
    viewer.choose_target = lambda: out
    viewer.save_copy()
    settle(qtbot, form_runner)
    assert not out.exists()
    viewer.confirm_plaintext = lambda: True
    viewer.save_copy()
    qtbot.waitUntil(out.exists, timeout=5000)
    assert out.read_bytes() == data
    settle(qtbot, form_runner)
    events = rec.get(panel.ids()[0])["custody_events"]
    assert events[-1]["action"] == "copied" and events[-1]["sha256_verified"] is True
    viewer.verify()
    qtbot.waitUntil(lambda: rec.get(panel.ids()[0])["custody_events"][-1]["action"] == "verified",
                    timeout=5000)


def test_attachments_tab_in_editor_and_wipe(qtbot, make_editor, rec, form_runner, tmp_path):
    from tests.gui.forms_fixtures import record_texts

    editor = make_editor("incident")
    assert editor.attachments_panel is None  # a new record: save first
    qtbot.keyClicks(editor.widget("title"), "Search of the newspaper office")
    assert editor.save()
    assert editor.attachments_panel is not None
    make_png(tmp_path / "office-door.png")
    editor.attachments_panel.add_files([tmp_path / "office-door.png"])
    qtbot.waitUntil(lambda: editor.attachments_panel.viewer.current_image is not None, timeout=5000)
    editor.clear_sensitive()
    texts = " ".join(record_texts(editor))
    assert "office-door" not in texts and "newspaper office" not in texts
    assert editor.attachments_panel.viewer.current_image is None
    assert editor.attachments_panel.viewer.preview.pixmap().isNull()


def test_the_attachment_file_dialogs_leave_no_folder_history(qtbot, tmp_path, monkeypatch):
    """Qt writes the folders a file dialog visited to QtProject.conf when it is destroyed;
    after our pickers that record is gone (a folder name can say what a monitor keeps)."""
    import os

    from PySide6.QtCore import QCoreApplication, QEvent, QSettings
    from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

    from fielddoc.gui import attachments

    secret = tmp_path / "Zhanaozen-witnesses"
    secret.mkdir()
    (secret / "a.jpg").write_bytes(b"x")
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[str] = []

    def exec_(dialog):  # the user walks into the folder and picks a file
        dialog.setDirectory(str(secret))
        dialog.selectFile(chosen[-1])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", exec_)
    chosen.append(str(secret / "a.jpg"))
    assert attachments.choose_files(parent) == [secret / "a.jpg"]
    chosen.append(str(secret / "copy.jpg"))
    assert attachments.choose_save_path(parent, "copy.jpg") == secret / "copy.jpg"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # any deleteLater
    qtbot.wait(20)
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.sync()
    assert "FileDialog" not in qt.childGroups()
    if os.path.exists(qt.fileName()):
        assert "Zhanaozen" not in open(qt.fileName(), encoding="utf-8", errors="replace").read()


def test_a_decrypted_copy_saved_into_a_synced_folder_is_warned_of(qtbot, panel, rec, form_runner, tmp_path,
                                                                  monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    home = tmp_path / "home"
    (home / "Dropbox").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    make_png(tmp_path / "photo.png", 20, 10)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    panel.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: len(panel.ids()) == 1, timeout=5000)
    settle(qtbot, form_runner)
    viewer = panel.viewer
    out = home / "Dropbox" / "copy.png"
    viewer.confirm_plaintext = lambda: True
    viewer.choose_target = lambda: out
    viewer.save_copy()
    qtbot.waitUntil(out.exists, timeout=5000)
    settle(qtbot, form_runner)
    qtbot.waitUntil(lambda: "Dropbox" in viewer.status.text(), timeout=5000)
    assert "cloud" in viewer.status.text()
