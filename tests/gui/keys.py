"""Real hands for GUI tests: keys go where the platform would send them (the open
suggestion list, else the focused widget), clicks land on visible widgets."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidget, QMenu, QTabWidget, QWidget

from tests.conftest import PASSPHRASE

NO_MOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def target() -> QWidget:
    """Where a key press goes: the open popup (a suggestion list), else the focused widget."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MOD) -> None:
    QTest.keyClick(target(), key, modifier)


def type_text(text: str) -> None:
    """Type ``text`` key by key (Cyrillic too: as a Russian or Kazakh layout sends it)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClick(target(), ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, target(), Qt.Key.Key_unknown, ch, NO_MOD)


def click(widget: QWidget, pos: QPoint | None = None) -> None:
    assert widget.isVisible(), f"{widget!r} is not visible"
    top = widget.window()
    if QApplication.activePopupWidget() is None and QApplication.activeWindow() is not top:
        top.activateWindow()  # a click on a window makes it the active one
        for _ in range(100):
            if QApplication.activeWindow() is top:
                break
            QTest.qWait(20)
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, NO_MOD, pos or widget.rect().center())


def click_menu_item(button: QWidget, action) -> None:
    """Click a button that pops up a menu, then the menu entry of ``action``."""
    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu), "the menu did not open"
        click(menu, menu.actionGeometry(action).center())

    QTimer.singleShot(100, choose)
    click(button)


def click_nav(qtbot, ws, kind: str | None) -> None:
    """Click a section of the workspace's navigation list."""
    nav: QListWidget = ws.nav
    for row in range(nav.count()):
        if (nav.item(row).data(Qt.ItemDataRole.UserRole) or None) == kind:
            rect = nav.visualItemRect(nav.item(row))
            click(nav.viewport(), rect.center())
            qtbot.waitUntil(lambda: ws.pages.currentWidget() is ws.lists.get(kind), timeout=3000)
            return
    raise AssertionError(f"no section {kind!r}")


def click_row(view: QAbstractItemView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    click(view.viewport(), rect.center())


def click_tab(tabs: QTabWidget, index: int) -> None:
    bar = tabs.tabBar()
    click(bar, bar.tabRect(index).center())


def show_field(editor, widget: QWidget) -> None:
    """Click the form's tab that holds ``widget`` and scroll to it."""
    for i in range(editor.tabs.count()):
        page = editor.tabs.widget(i)
        if page.isAncestorOf(widget):
            if editor.tabs.currentIndex() != i:
                click_tab(editor.tabs, i)
            ensure = getattr(page, "ensureWidgetVisible", None)
            if ensure is not None:
                ensure(widget)
            return
    raise AssertionError("the widget is on no tab of the form")


def click_action(window, action) -> None:
    """Clicks the visible button of ``action``: in the toolbar, or Lock in the menu bar's corner."""
    widget = window.toolbar.widgetForAction(action)
    lock = getattr(window, "lock_button", None)
    if widget is None and lock is not None and lock.defaultAction() is action:
        widget = lock
    click(widget)


def unlock(qtbot, window) -> None:
    """Type the passphrase on the lock screen and press Enter."""
    screen = window.unlock_screen
    qtbot.waitUntil(lambda: screen.passphrase.isVisible() and screen.passphrase.isEnabled(), timeout=5000)
    click(screen.passphrase)
    QTest.keyClicks(screen.passphrase, PASSPHRASE)
    QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)


def wait_popup(qtbot, picker) -> QWidget:
    popup = picker.completer.popup()
    qtbot.waitUntil(lambda: popup.isVisible() and picker.model.rowCount() > 0, timeout=3000)
    return popup
