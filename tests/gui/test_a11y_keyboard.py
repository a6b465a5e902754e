"""Keyboard, focus ring, system palettes, text size and small screens, driven by real keys."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QPalette  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPushButton, QToolButton  # noqa: E402

from tests.gui.forms_fixtures import activate  # noqa: E402
from tests.gui.keys import press  # noqa: E402

SMALL = ((1024, 600), (1366, 768))


def _focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


def test_tab_leaves_the_table_in_one_press_and_reaches_the_detail_pane(qtbot, window):
    activate(qtbot, window)
    lst = window.workspace.show_section("case", wait=True)
    window.runner.wait_idle()
    qtbot.wait(20)
    lst.select_row(0)
    qtbot.waitUntil(lambda: lst.detail.current is not None, timeout=5000)
    _focus(qtbot, lst.table)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not lst.table, "Tab walked into the next cell"
    reached = [QApplication.focusWidget()]
    for _ in range(12):
        if QApplication.focusWidget() is lst.detail.browser:
            break
        press(Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert QApplication.focusWidget() is lst.detail.browser, [type(w).__name__ for w in reached]
    # Readable by keyboard: the links of the record can be walked and followed with keys.
    assert lst.detail.browser.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    # Shift+Tab goes back toward the table.
    for _ in range(12):
        press(Qt.Key.Key_Backtab)
        if QApplication.focusWidget() is lst.table:
            break
    assert QApplication.focusWidget() is lst.table


def test_focused_buttons_and_fields_show_a_focus_ring(qtbot, window):
    from PySide6.QtWidgets import QLineEdit

    activate(qtbot, window)
    lst = window.workspace.show_section("case", wait=True)
    button = lst.filters.reset
    other = QPushButton("Example", lst)
    other.show()
    edit = QLineEdit(lst)
    edit.show()
    for widget in (other, edit, lst.table):
        _focus(qtbot, lst.filters.search)
        before = widget.grab().toImage()
        _focus(qtbot, widget)
        qtbot.wait(20)
        after = widget.grab().toImage()
        assert before != after, f"{type(widget).__name__} looks the same with the keyboard focus"
    assert button is not None


def _luminance(c) -> float:
    def ch(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())


def contrast(a, b) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark", "high-contrast"])
def test_palettes_follow_the_system_and_text_keeps_contrast(qtbot, qapp, monkeypatch, scheme):
    from fielddoc.gui import theme

    monkeypatch.setattr(theme, "system_scheme", lambda: scheme)
    try:
        theme.apply(qapp)
        pal = qapp.palette()
        dark = pal.color(QPalette.ColorRole.Window).lightness() < 128
        assert dark == (scheme != "light")
        R = QPalette.ColorRole
        pairs = [(R.WindowText, R.Window), (R.Text, R.Base), (R.Text, R.AlternateBase),
                 (R.ButtonText, R.Button), (R.HighlightedText, R.Highlight), (R.PlaceholderText, R.Base),
                 (R.ToolTipText, R.ToolTipBase), (R.Link, R.Base)]
        for fg, bg in pairs:
            ratio = contrast(pal.color(fg), pal.color(bg))
            assert ratio >= (7 if scheme == "high-contrast" else 4.5), (scheme, fg, bg, ratio)
        for name in ("MUTED", "DANGER", "WARNING", "OK", "ACCENT"):
            ratio = contrast(theme.colour(name), pal.color(R.Base))
            assert ratio >= 4.5, (scheme, name, ratio)
        # A real widget paints with it.
        button = QPushButton("x")
        qtbot.addWidget(button)
        button.resize(80, 30)
        img = button.grab().toImage()
        bg = img.pixelColor(3, img.height() // 2)
        assert (bg.lightness() < 128) == dark
    finally:
        monkeypatch.setattr(theme, "system_scheme", lambda: "light")
        theme.apply(qapp)


def test_text_size_from_the_view_menu_is_kept_as_a_number(qtbot, window, qapp):
    from fielddoc.gui import app as gui_app

    activate(qtbot, window)
    base = qapp.font().pointSizeF()
    nav_before = window.workspace.nav.font().pointSizeF()
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    bigger = qapp.font().pointSizeF()
    assert bigger > base
    assert window.workspace.nav.font().pointSizeF() > nav_before  # the styled parts grow too
    stored = gui_app.window_settings().value("view/text_points")
    assert float(stored) == bigger
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert base < qapp.font().pointSizeF() < bigger
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert qapp.font().pointSizeF() == base
    assert window.view_menu.actions()[-1].text()  # the entries are in the View menu


def _inside(widget, window) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_lock_stays_in_sight_when_the_toolbar_overflows(qtbot, make_window, vault, loaded, language):
    window = make_window(vault, language=language)
    window.resize(1366, 768)
    qtbot.wait(50)
    window.toolbar.resize(300, window.toolbar.height())  # fewer buttons fit than there are
    window.resize(window.minimumSizeHint().width(), 600)
    qtbot.wait(50)
    assert _inside(window.lock_button, window), "the Lock button is out of sight"
    assert window.lock_button.defaultAction() is window.actions.lock
    assert not any(w.defaultAction() is window.actions.lock for w in window.toolbar.findChildren(QToolButton))
    lst = window.workspace.show_section("hearing", wait=True)
    assert _inside(lst.table, window) and _inside(lst.filters.search, window)


@pytest.mark.parametrize("size", SMALL)
@pytest.mark.parametrize("language", ["ru", "kk"])
def test_small_screens_forms_do_not_scroll_sideways(qtbot, make_window, vault, loaded, size, language):
    from fielddoc.gui.forms import KINDS

    window = make_window(vault, language=language)
    window.resize(*size)
    qtbot.wait(50)
    assert window.width() <= size[0] and window.height() <= size[1]
    assert _inside(window.lock_button, window), "the Lock button is out of sight"
    problems = []
    for kind in KINDS:
        window.workspace.new_record(kind)
        editor = window.workspace.tabs.currentWidget()
        qtbot.wait(20)
        for area in editor.findChildren(QAbstractScrollArea):
            if type(area).__name__ == "Page":
                tabs = area.parentWidget().parentWidget()
                tabs.setCurrentIndex(tabs.indexOf(area))
                qtbot.wait(20)
                if area.horizontalScrollBar().maximum() > 0:
                    problems.append(f"{kind} page {tabs.indexOf(area)}")
        for button in editor.findChildren(QPushButton):  # scrolled away vertically is fine
            left = button.mapTo(window, button.rect().topLeft()).x()
            if button.isVisible() and (left < 0 or left + button.width() > window.width()):
                problems.append(f"{kind}: button {button.text()!r}")
    assert not problems


def test_conflict_dialog_fits_a_small_screen(qtbot, hq_session):
    from fielddoc.gui.views.conflicts import ConflictsDialog

    dialog = ConflictsDialog(hq_session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(50)
    assert dialog.minimumSizeHint().height() <= 560
    assert dialog.height() <= QGuiApplication.primaryScreen().availableGeometry().height()
    dialog.resize(1000, 560)
    qtbot.wait(20)
    assert dialog.height() <= 560
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    assert buttons and all(_inside(b, dialog) for b in buttons)
