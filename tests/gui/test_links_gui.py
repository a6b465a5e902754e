"""A person's detail pane lists what refers to him, grouped by type; the links open by keyboard."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.gui.forms_fixtures import activate  # noqa: E402
from tests.gui.keys import press  # noqa: E402


def test_kozlov_shows_his_case_detention_and_hearing(qtbot, window):
    activate(qtbot, window)
    lst = window.workspace.show_section("person", wait=True)
    lst.filters.search.setFocus()
    QTest.keyClicks(lst.filters.search, "Kozlov")
    qtbot.waitUntil(lambda: lst.model.rowCount() == 1, timeout=5000)
    lst.table.setFocus()
    press(Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: lst.detail.current is not None and lst.detail.current.id == "per-kozlov",
                    timeout=5000)
    html = lst.detail.browser.toHtml()
    text = lst.detail.browser.toPlainText()
    for rid in ("case-kozlov", "det-kozlov-2012", "hrg-kozlov-2012-10-08"):
        assert f"record:{rid}" in html
    assert "Referred to by" in text
    # named as their own panes name them: not "per-kozlov · criminal" but the person and the
    # procedure, the hearing by its date as people read it
    referred = text[text.index("Referred to by"):]
    assert "per-kozlov" not in referred and "Vladimir Kozlov · " in referred, referred
    assert "2012-10-08" not in referred and "8 October 2012" in referred, referred
    assert text.index("Cases") < text.index("Detentions") < text.index("Hearings")  # grouped by type
    # By keyboard: Tab into the pane, Tab to a link, Enter follows it.
    lst.detail.browser.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is lst.detail.browser, timeout=2000)
    for _ in range(60):
        press(Qt.Key.Key_Tab)
        if "case-kozlov" in lst.detail.browser.textCursor().charFormat().anchorHref():
            break
    assert "case-kozlov" in lst.detail.browser.textCursor().charFormat().anchorHref()
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lst.detail.current is not None and lst.detail.current.id == "case-kozlov",
                    timeout=5000)
    assert lst.detail.back.isVisible()
