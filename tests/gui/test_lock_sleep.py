"""The laptop sleeps, the lid closes, the OS locks the screen: FieldDoc is locked too."""

from __future__ import annotations

import ctypes

import pytest
from PySide6.QtCore import QCoreApplication

from fielddoc.gui.session_events import (
    MSG,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    SessionEvents,
)
from fielddoc.store.idle_clock import SleepAwareClock
from tests.gui.conftest import RECORD_TEXTS
from tests.gui.helpers import leaks


class LaptopClock(SleepAwareClock):
    """The idle clock over a monotonic clock that stops while asleep and a wall clock that does not."""

    def __init__(self) -> None:
        self.mono, self.wall = 1000.0, 1_800_000_000.0
        super().__init__(lambda: self.mono, lambda: self.wall)

    def advance(self, seconds: float) -> None:  # awake (the fixtures' FakeClock interface)
        self.mono += seconds
        self.wall += seconds

    def sleep(self, seconds: float) -> None:
        self.wall += seconds


@pytest.fixture
def clock() -> LaptopClock:
    return LaptopClock()


def _open_records(window):
    window.workspace.show_section("person", wait=True).select_row(0)
    assert leaks(RECORD_TEXTS)


def test_two_hours_asleep_is_locked_on_wake(qtbot, window, vault, clock):
    _open_records(window)
    clock.advance(60)
    qtbot.wait(60)
    assert window.session is not None
    with qtbot.waitSignal(window.lock.locked, timeout=2000) as blocker:
        clock.sleep(2 * 3600)  # the lid closes; the monotonic clock stands still
        clock.advance(1)  # the lid opens
    assert blocker.args == ["idle"]
    assert vault.is_locked and not leaks(RECORD_TEXTS)


def test_logind_prepare_for_sleep_locks_at_once(qtbot, window, vault):
    _open_records(window)
    events = window.lock.session_events
    events.on_prepare_for_sleep(False)  # "resumed": nothing to do
    assert window.session is not None
    with qtbot.waitSignal(window.lock.locked, timeout=2000) as blocker:
        events.on_prepare_for_sleep(True)
    assert blocker.args == ["suspend"]
    assert vault.is_locked and not leaks(RECORD_TEXTS)
    assert "sleep" in window.unlock_screen.message.text()


@pytest.mark.parametrize("inject", ["logind_lock", "screensaver"])
def test_os_screen_lock_locks(qtbot, window, vault, inject):
    _open_records(window)
    events = window.lock.session_events
    events.on_screensaver_active(False)
    assert window.session is not None
    with qtbot.waitSignal(window.lock.locked, timeout=2000) as blocker:
        if inject == "logind_lock":
            events.on_session_lock()
        else:
            events.on_screensaver_active(True)
    assert blocker.args == ["screen-lock"]
    assert vault.is_locked
    assert "screen was locked" in window.unlock_screen.message.text()


def _send_windows_message(events: SessionEvents, message: int, wparam: int) -> None:
    msg = MSG(hwnd=None, message=message, wParam=wparam, lParam=0)
    handled = events.native_filter().nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg))
    assert handled[0] is False  # Windows and Qt still get every message


@pytest.mark.parametrize(("message", "wparam", "reason"), [
    (WM_POWERBROADCAST, PBT_APMSUSPEND, "suspend"),
    (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, "screen-lock"),
])
def test_windows_power_and_session_messages_lock(qtbot, window, vault, message, wparam, reason):
    _open_records(window)
    events = window.lock.session_events
    _send_windows_message(events, WM_POWERBROADCAST, 0x12)  # PBT_APMRESUMEAUTOMATIC: no lock
    _send_windows_message(events, 0x0200, PBT_APMSUSPEND)  # WM_MOUSEMOVE carrying a 4: no lock
    assert window.session is not None
    with qtbot.waitSignal(window.lock.locked, timeout=2000) as blocker:
        _send_windows_message(events, message, wparam)
    assert blocker.args == [reason]
    assert vault.is_locked


def test_each_platform_listens_where_it_can(qtbot):
    """Starting on any platform never fails; on Linux the D-Bus slots exist for QtDBus to call."""
    for platform in ("linux", "darwin", "win32", "freebsd14"):
        events = SessionEvents(platform=platform)
        events.start()  # no bus, no PyObjC, not Windows: quietly nothing
        events.deleteLater()
    events = SessionEvents(platform="linux")
    meta = events.metaObject()
    for slot in ("on_prepare_for_sleep(bool)", "on_session_lock()", "on_screensaver_active(bool)"):
        assert meta.indexOfSlot(slot) >= 0, slot
    QCoreApplication.processEvents()


@pytest.fixture
def private_bus():
    """A D-Bus daemon of the test's own, standing in for the system and session buses."""
    import shutil
    import subprocess

    from PySide6.QtDBus import QDBusConnection

    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (scripts/setup.sh --dev installs it)")
    proc = subprocess.Popen([daemon, "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    address = proc.stdout.readline().strip()
    bus = QDBusConnection.connectToBus(address, f"fielddoc-test-{proc.pid}")
    assert bus.isConnected()
    yield address, bus
    QDBusConnection.disconnectFromBus(f"fielddoc-test-{proc.pid}")
    proc.terminate()
    proc.wait(10)


@pytest.mark.parametrize(("service", "path", "iface", "name", "reason"), [
    ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
     "PrepareForSleep", "suspend"),
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
     "ActiveChanged", "screen-lock"),
])
def test_real_dbus_signals_reach_the_lock(qtbot, private_bus, service, path, iface, name, reason):
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    address, bus = private_bus
    events = SessionEvents(platform="linux")
    events.start(system_bus=bus, session_bus=bus)
    assert "logind:PrepareForSleep" in events.sources
    assert "org.freedesktop.ScreenSaver:ActiveChanged" in events.sources
    # logind (or the screen saver) as its own process would be: owning its well-known name
    sender = QDBusConnection.connectToBus(address, "fielddoc-test-sender")
    try:
        assert sender.registerService(service)
        qtbot.wait(100)
        false = QDBusMessage.createSignal(path, iface, name)
        true = QDBusMessage.createSignal(path, iface, name)
        false.setArguments([False])  # waking up: nothing to do
        true.setArguments([True])
        with qtbot.waitSignal(events.lock_requested, timeout=5000) as blocker:
            assert sender.send(false) and sender.send(true)
        assert blocker.args == [reason]
    finally:
        QDBusConnection.disconnectFromBus("fielddoc-test-sender")


class NotificationCentre:
    """Stands in for NSNotificationCenter: PyObjC's selector name, a token per observer."""

    def __init__(self) -> None:
        self.blocks: dict[str, list] = {}

    def addObserverForName_object_queue_usingBlock_(self, name, obj, queue, block):  # noqa: N802 - PyObjC
        assert obj is None and queue is None
        self.blocks.setdefault(name, []).append(block)
        return object()

    def post(self, name: str) -> None:
        for block in self.blocks.get(name, []):
            block(object())


@pytest.mark.parametrize(("centre", "name", "reason"), [
    ("workspace", "NSWorkspaceWillSleepNotification", "suspend"),
    ("workspace", "NSWorkspaceScreensDidSleepNotification", "screen-lock"),
    ("workspace", "NSWorkspaceSessionDidResignActiveNotification", "screen-lock"),
    ("distributed", "com.apple.screenIsLocked", "screen-lock"),
])
def test_macos_workspace_and_screen_lock_notifications_lock(qtbot, window, vault, centre, name, reason):
    _open_records(window)
    events = window.lock.session_events
    centres = {"workspace": NotificationCentre(), "distributed": NotificationCentre()}
    events.listen_macos((centres["workspace"], centres["distributed"]))
    assert f"macos:{name}" in events.sources
    centres["workspace"].post("NSWorkspaceDidWakeNotification")  # waking: nothing to do
    centres["distributed"].post("com.apple.screenIsUnlocked")
    assert window.session is not None
    with qtbot.waitSignal(window.lock.locked, timeout=2000) as blocker:
        centres[centre].post(name)
    assert blocker.args == [reason]
    assert vault.is_locked and not leaks(RECORD_TEXTS)
