"""Keep FieldDoc's windows out of screenshots, screen recordings, screen sharing and Windows
Recall's snapshots (an opt-in setting, as Signal Desktop has).

* Windows 10 2004 and later: ``SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)``: the
  window is left out of captures (shown as nothing), and Recall does not save it.
* macOS: ``NSWindow.sharingType = NSWindowSharingNone`` through the Objective-C runtime (ctypes,
  no PyObjC needed). Apple's newer capture path (ScreenCaptureKit) is not bound to honour it.
* Linux: X11 and Wayland give an application no such switch; nothing is done, and the setting
  says so.

Each top-level window is treated when it is shown (dialogs included) while the setting is on.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

WDA_NONE = 0x00
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0
NS_WINDOW_SHARING_READ_ONLY = 1


def supported(platform: str = sys.platform) -> bool:
    return platform in ("win32", "darwin")


def _windows(hwnd: int, on: bool, user32: Any) -> bool:
    if user32 is None:  # pragma: no cover - Windows only
        user32 = ctypes.windll.user32  # type: ignore[attr-defined]
    return bool(user32.SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE if on else WDA_NONE))


def _macos(view: int, on: bool, objc: Any) -> bool:  # pragma: no cover - macOS only
    if objc is None:
        import ctypes.util

        objc = ctypes.CDLL(ctypes.util.find_library("objc"))
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    send = objc.objc_msgSend
    send.restype = ctypes.c_void_p
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    window = send(view, objc.sel_registerName(b"window"))  # winId() is the NSView
    if not window:
        return False
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_long]
    send(window, objc.sel_registerName(b"setSharingType:"),
         NS_WINDOW_SHARING_NONE if on else NS_WINDOW_SHARING_READ_ONLY)
    return True


def apply(widget: QWidget, on: bool, *, platform: str = sys.platform, native: Any = None) -> bool:
    """Hide (or show again) one top-level window from capture; False where it cannot be done.
    ``native``: the user32 (Windows) or libobjc (macOS) to call, for tests."""
    if not supported(platform):
        return False
    try:
        handle = int(widget.winId())
        if platform == "win32":
            return _windows(handle, on, native)
        return _macos(handle, on, native)
    except (OSError, AttributeError, ValueError):
        return False


class CaptureGuard(QObject):
    """While on, every top-level window is hidden from capture as it is shown."""

    def __init__(self, parent: QObject | None = None, *, platform: str = sys.platform,
                 native: Any = None) -> None:
        super().__init__(parent)
        self.platform = platform
        self.native = native
        self.on = False

    def set_on(self, on: bool) -> None:
        app = QApplication.instance()
        if on == self.on or not isinstance(app, QApplication):
            return
        self.on = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        for widget in app.topLevelWidgets():
            if widget.isVisible():
                apply(widget, on, platform=self.platform, native=self.native)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            apply(watched, True, platform=self.platform, native=self.native)
        return False
