"""Text copied from FieldDoc carries the clipboard managers' "do not record" hints (finding F19).

Copies made through the interface (Ctrl+C in the detail pane, in a form field) and
FieldDoc's own copies are marked for KDE (``x-kde-passwordManagerHint``), Windows
(``ExcludeClipboardContentFromMonitorProcessing``, no history, no cloud) and macOS
(``org.nspasteboard.ConcealedType``); the text itself is unchanged and is still
cleared on lock.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest

#: What a clipboard manager must find next to the text (format -> value).
EXPECTED = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
    "application/x-nspasteboard-concealed-type": b"secret",
    "org.nspasteboard.ConcealedType": b"secret",
}


def _assert_hinted(text: str) -> None:
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None and mime.text() == text
    for fmt, value in EXPECTED.items():
        assert mime.hasFormat(fmt), (fmt, mime.formats())
        assert bytes(mime.data(fmt)) == value, fmt


def test_ctrl_c_in_the_detail_pane_is_marked_secret(qtbot, window):
    QGuiApplication.clipboard().clear()
    people = window.workspace.show_section("person", wait=True)
    people.select_row(0)
    browser = people.detail.browser
    qtbot.waitUntil(lambda: bool(browser.toPlainText().strip()), timeout=5000)
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus, timeout=5000)
    QTest.keySequence(browser, QKeySequence.StandardKey.SelectAll)
    QTest.keySequence(browser, QKeySequence.StandardKey.Copy)
    selected = browser.textCursor().selection().toPlainText()
    assert selected.strip()
    _assert_hinted(QGuiApplication.clipboard().text())
    assert QGuiApplication.clipboard().text().strip() == selected.strip()
    assert "text/html" in QGuiApplication.clipboard().mimeData().formats()  # nothing of the copy is lost


def test_ctrl_c_in_a_form_field_is_marked_secret_and_cleared_on_lock(qtbot, window):
    QGuiApplication.clipboard().clear()
    window.workspace.new_record("person")
    editor = window.workspace.tabs.currentWidget()
    field = editor.widget("name")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=5000)
    QTest.keyClicks(field, "Aigerim Tulegenova")
    QTest.keySequence(field, QKeySequence.StandardKey.SelectAll)
    QTest.keySequence(field, QKeySequence.StandardKey.Copy)
    _assert_hinted("Aigerim Tulegenova")
    editor.ask_unsaved = lambda: "discard"
    with qtbot.waitSignal(window.lock.locked, timeout=5000):
        qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == ""


def test_fielddocs_own_copy_is_marked_secret(qtbot, window):
    window.lock.clipboard.copy("Vladimir Kozlov")
    _assert_hinted("Vladimir Kozlov")
