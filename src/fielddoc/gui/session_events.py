"""The operating system says the computer is going to sleep or the screen is locking.

``SessionEvents`` turns the OS's own notifications into one Qt signal,
``lock_requested(reason)``, with reason ``"suspend"`` (sleep, hibernate, lid
closed) or ``"screen-lock"`` (OS screen lock, user switch, remote session
disconnected). Qt itself reports none of these on desktops (its
``ApplicationSuspended`` state is for phones), so each platform is asked
directly, every path guarded by platform and each handler callable from tests:

* Linux: logind on the system bus, ``org.freedesktop.login1.Manager.PrepareForSleep(true)``
  and the session's ``Lock`` signal, plus the desktop's screen saver
  (``org.freedesktop.ScreenSaver``/``org.gnome.ScreenSaver`` ``ActiveChanged(true)``)
  on the session bus, through QtDBus;
* Windows: a native event filter for ``WM_POWERBROADCAST``/``PBT_APMSUSPEND`` and
  ``WM_WTSSESSION_CHANGE`` (lock, console or remote disconnect), after
  ``WTSRegisterSessionNotification`` for the main window;
* macOS: ``NSWorkspaceWillSleepNotification``, ``NSWorkspaceScreensDidSleepNotification``,
  ``NSWorkspaceSessionDidResignActiveNotification`` and the ``com.apple.screenIsLocked``
  distributed notification, when PyObjC is present (the ``macos`` extra, which the macOS
  release installs); ``listen_macos`` takes the notification centres, so tests post to stand-ins.

Whatever is missed (no D-Bus, no PyObjC) is still caught on wake by the idle
clock, which counts the time asleep (``fielddoc.store.idle_clock``).
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from typing import Any

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QObject, Signal, Slot

# -- Windows messages -----------------------------------------------------------------------------
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


class MSG(ctypes.Structure):
    """Win32 ``MSG``, declared here so the filter can be exercised on any OS."""

    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint), ("wParam", ctypes.c_size_t),
                ("lParam", ctypes.c_ssize_t), ("time", ctypes.c_uint32), ("pt_x", ctypes.c_long),
                ("pt_y", ctypes.c_long)]


def windows_reason(message: int, wparam: int) -> str | None:
    """The lock reason a Windows message carries, or None."""
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "suspend"
    if message == WM_WTSSESSION_CHANGE and wparam in (WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT,
                                                     WTS_REMOTE_DISCONNECT):
        return "screen-lock"
    return None


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, events: SessionEvents) -> None:
        super().__init__()
        self._events = events

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:  # noqa: N802 - Qt API
        if bytes(event_type) in (b"windows_generic_MSG", b"windows_dispatcher_MSG") and message:
            msg = MSG.from_address(int(message))
            reason = windows_reason(msg.message, msg.wParam)
            if reason is not None:
                self._events.lock_requested.emit(reason)
        return False, 0  # never swallow the message: Windows and Qt still need it


# -- Linux: logind and the screen saver over D-Bus --------------------------------------------------
LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
LOGIND_SESSION = ("org.freedesktop.login1", "/org/freedesktop/login1/session/auto",
                  "org.freedesktop.login1.Session")
SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class SessionEvents(QObject):
    """One signal for "lock now": the computer is about to sleep or the session is locking."""

    lock_requested = Signal(str)  # "suspend" or "screen-lock"

    def __init__(self, parent: QObject | None = None, *, platform: str = sys.platform) -> None:
        super().__init__(parent)
        self.platform = platform
        self.sources: list[str] = []  # what is being listened to (for the self-check and tests)
        self._native: _WindowsFilter | None = None
        self._mac_observers: list[Any] = []

    def start(self, *, system_bus: Any = None, session_bus: Any = None) -> None:
        """Listen to whatever this platform offers; a missing service is not an error.
        (``system_bus``/``session_bus``: other D-Bus connections than the user's, for tests.)"""
        with contextlib.suppress(Exception):
            if self.platform.startswith("linux") or "bsd" in self.platform:
                self._listen_dbus(system_bus, session_bus)
            elif self.platform == "win32":
                self._listen_windows()
            elif self.platform == "darwin":
                self._listen_macos()

    # -- handlers (also the tests' way in) -------------------------------------------------
    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit("suspend")

    @Slot()
    def on_session_lock(self) -> None:
        self.lock_requested.emit("screen-lock")

    @Slot(bool)
    def on_screensaver_active(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen-lock")

    def native_filter(self) -> QAbstractNativeEventFilter:
        if self._native is None:
            self._native = _WindowsFilter(self)
        return self._native

    # -- platforms ------------------------------------------------------------------------
    def _listen_dbus(self, system: Any = None, session: Any = None) -> None:
        from PySide6.QtDBus import QDBusConnection

        # PySide6 takes the slot as the string SLOT() makes, whatever its signature says.
        system = system if system is not None else QDBusConnection.systemBus()
        if system.isConnected():
            if system.connect(*LOGIND, "PrepareForSleep", self, SLOT("on_prepare_for_sleep(bool)")):
                self.sources.append("logind:PrepareForSleep")
            if system.connect(*LOGIND_SESSION, "Lock", self, SLOT("on_session_lock()")):
                self.sources.append("logind:Lock")
        session = session if session is not None else QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path, iface in SCREEN_SAVERS:
                if session.connect(service, path, iface, "ActiveChanged", self,
                                   SLOT("on_screensaver_active(bool)")):
                    self.sources.append(f"{service}:ActiveChanged")

    def _listen_windows(self) -> None:  # pragma: no cover - Windows only
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self.native_filter())
            self.sources.append("win32:messages")

    def register_window(self, win_id: int) -> None:
        """Windows: ask for session-change messages (lock, disconnect) for this top-level window."""
        if self.platform != "win32":
            return
        with contextlib.suppress(Exception):  # pragma: no cover - Windows only
            wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            if wtsapi.WTSRegisterSessionNotification(ctypes.c_void_p(win_id), NOTIFY_FOR_THIS_SESSION):
                self.sources.append("win32:wts")

    def _listen_macos(self) -> None:  # pragma: no cover - macOS with PyObjC only
        self.listen_macos(macos_centres())

    def listen_macos(self, centres: tuple[Any, Any]) -> None:
        """Observe the notifications of :data:`MACOS_WORKSPACE` on the workspace's notification
        centre and of :data:`MACOS_DISTRIBUTED` on the distributed one (``centres``: those two,
        from :func:`macos_centres` on a Mac, stand-ins with the same method in tests)."""
        workspace, distributed = centres
        for centre, table in ((workspace, MACOS_WORKSPACE), (distributed, MACOS_DISTRIBUTED)):
            for name, reason in table:
                # queue None: the block runs on the thread that posts (the main thread for these);
                # the signal is queued to the GUI thread by Qt if it is another one
                token = centre.addObserverForName_object_queue_usingBlock_(
                    name, None, None, self._macos_block(reason))
                self._mac_observers.append((centre, token))  # kept: the observer lives while we do
                self.sources.append(f"macos:{name}")

    def _macos_block(self, reason: str) -> Any:
        def block(_notification: Any) -> None:
            self.lock_requested.emit(reason)

        return block


# -- macOS: NSWorkspace and distributed notifications (PyObjC, optional) ----------------------------
#: NSWorkspace's notifications (its own centre, not the default one) and the lock reason of each:
#: going to sleep (lid closed, Apple menu → Sleep, idle sleep), the displays going to sleep (often
#: the first sign of a closing lid), the user switching away (fast user switching, login window).
MACOS_WORKSPACE = (
    ("NSWorkspaceWillSleepNotification", "suspend"),
    ("NSWorkspaceScreensDidSleepNotification", "screen-lock"),
    ("NSWorkspaceSessionDidResignActiveNotification", "screen-lock"),
)
#: Distributed notifications loginwindow posts when the screen is locked (Ctrl-Cmd-Q, hot corner).
MACOS_DISTRIBUTED = (("com.apple.screenIsLocked", "screen-lock"),)


def macos_centres() -> tuple[Any, Any]:  # pragma: no cover - macOS with PyObjC only
    """NSWorkspace's notification centre and the distributed one; ImportError without PyObjC
    (``pip install fielddoc[macos]``: pyobjc-framework-Cocoa), which the caller tolerates."""
    from AppKit import NSWorkspace
    from Foundation import NSDistributedNotificationCenter

    return (NSWorkspace.sharedWorkspace().notificationCenter(),
            NSDistributedNotificationCenter.defaultCenter())


__all__ = ["MACOS_DISTRIBUTED", "MACOS_WORKSPACE", "MSG", "SessionEvents", "macos_centres",
           "windows_reason"]
