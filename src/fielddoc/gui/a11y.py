"""Names for screen readers: every focusable control gets an accessible name.

Most controls are named by what a sighted user reads next to them: the form label whose buddy
they are (or whose buddy is the composite they belong to, such as a record picker), the title
of the group or tab they sit in, or their placeholder. Qt itself only finds a label that is a
sibling of the control, so ``name_controls`` derives the name and sets it, marked as derived;
derived names follow a language switch (they are derived again from the retranslated labels).
Names are never derived from record text (tab titles of open records, window titles): only from
interface text. Controls with nothing to read beside them (the record table, the detail pane, the passphrase
field) are named explicitly where they are made, with ``name`` (translated text).

``install`` adds an event filter to the application that names the controls of every window
when it is shown and again after a language change, and each control shown later on its own.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

DERIVED = "a11yDerived"


def name(widget: QWidget, text: str, description: str | None = None) -> None:
    """An explicit accessible name (translated text), and a description where it helps."""
    widget.setProperty(DERIVED, False)
    widget.setAccessibleName(text)
    if description is not None:
        widget.setAccessibleDescription(description)


def spoken_name(w: QWidget) -> str:
    """The name assistive technology reads for ``w``."""
    iface = QAccessible.queryAccessibleInterface(w)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()


def is_control(w: QWidget) -> bool:
    """A control the keyboard can reach (a scroll area's viewport and focus-proxied widgets not)."""
    if w.focusPolicy() == Qt.FocusPolicy.NoFocus or w.focusProxy() is not None:
        return False
    parent = w.parentWidget()
    return not (isinstance(parent, QAbstractScrollArea) and parent.viewport() is w)


def _clean(text: str) -> str:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


#: Set (True) on a tab widget whose tab titles are record text: they never become names, which
#: would keep record text in widgets after a lock.
RECORD_TITLES = "a11yRecordTitles"


def _tab_title(w: QWidget) -> str:
    """The title of the tab ``w`` is the page of, if any (never a record's title)."""
    stack = w.parentWidget()
    tabs = stack.parentWidget() if isinstance(stack, QStackedWidget) else None
    if isinstance(tabs, QTabWidget) and not tabs.property(RECORD_TITLES):
        index = tabs.indexOf(w)
        if index >= 0:
            return tabs.tabText(index)
    return ""


def derive(w: QWidget, buddies: dict[int, str]) -> str:
    """What a sighted user reads for ``w``: its label, its composite's label, group or tab."""
    own = ""
    if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
        own = w.placeholderText()
    elif isinstance(w, QAbstractButton):
        own = w.text()
    node: QWidget | None = w
    while node is not None:
        label = buddies.get(id(node))
        if label:
            return label if not own or node is w else f"{label}: {_clean(own)}"
        if node is not w and node.property(DERIVED) is False and node.accessibleName():
            return node.accessibleName()
        title = _tab_title(node)
        if title:
            return _clean(own) or _clean(title)
        if isinstance(node, QGroupBox) and node.title():
            return f"{_clean(node.title())}: {_clean(own)}" if own else _clean(node.title())
        if node.isWindow():
            break
        node = node.parentWidget()
    return _clean(own or w.toolTip())


def _buddies(root: QWidget) -> dict[int, str]:
    out: dict[int, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            out[id(buddy)] = _clean(label.text())
    return out


def _name_one(w: QWidget, buddies: dict[int, str] | None) -> bool:
    """Names ``w`` if it is an unnamed control; False if nothing could be found to name it."""
    if not is_control(w) or w.property(DERIVED) is False:
        return True
    if w.property(DERIVED) is not True and (w.accessibleName() or spoken_name(w)):
        return True
    text = derive(w, _buddies(w.window()) if buddies is None else buddies)
    if text:
        w.setAccessibleName(text)
        w.setProperty(DERIVED, True)
    return bool(text)


def name_controls(root: QWidget) -> int:
    """Names every control under ``root`` that has no name; returns how many stay unnamed."""
    buddies = _buddies(root.window())
    return sum(0 if _name_one(w, buddies) else 1 for w in (root, *root.findChildren(QWidget)))


class _Namer(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pending: list[QWidget] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(obj, QWidget):
            if obj.isWindow():
                name_controls(obj)
            elif is_control(obj) and obj.property(DERIVED) is None and not obj.accessibleName():
                # Controls shown later in a visible window (a form opened in a tab): one pass over
                # their window once the event loop is free, however many were shown.
                if not self._pending:
                    QTimer.singleShot(0, self._flush)
                self._pending.append(obj.window())
        elif kind == QEvent.Type.LanguageChange and isinstance(obj, QWidget) and obj.isWindow():
            # After the window's own widgets have retranslated their labels.
            QTimer.singleShot(0, obj, lambda w=obj: name_controls(w))
        return False

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        done: list[QWidget] = []
        for window in pending:
            if shiboken6.isValid(window) and not any(window is d for d in done):
                done.append(window)
                name_controls(window)


_namer: _Namer | None = None


def install(app: QApplication) -> None:
    global _namer
    if _namer is None:
        _namer = _Namer(app)
        app.installEventFilter(_namer)
