"""Locking: idle timer, lock hotkey, clipboard hygiene, wiping widgets.

``LockController`` is the single place that locks a session:

* an app-wide event filter counts keyboard, mouse and wheel input as
  activity (``vault.touch()``); a timer asks the vault whether it has been idle
  longer than its ``idle_timeout`` (the clock is injectable, as in KeePassXC's
  ``InactivityTimer``/``MockClock``, so tests do not sleep); by default it is
  the idle clock, which keeps counting while the computer sleeps, so a laptop
  that slept longer than the timeout is locked on wake;
* ``lock()`` (hotkey Ctrl+L, the Lock button, quitting, the computer going to
  sleep or the OS locking the screen (``SessionEvents``), the idle timer) first
  runs the ``before_lock`` callbacks while the key is still there (the main
  window flushes every open form into its encrypted draft and notes where the
  monitor was), then cancels running tasks and calls ``vault.lock()``, which
  disposes the engine and drops the key;
* the vault's lock callback may run on the worker thread (a query that found
  the vault idle locks it there), so it only emits a queued signal; the
  ``locked`` signal then fires on the GUI thread, where the main window wipes
  every view and shows the lock screen. The clipboard is cleared if it holds
  text this application put there.

* ``pause_idle()`` (the hearing mode's "Keep unlocked") stops the idle lock for
  at most ``MAX_IDLE_PAUSE`` seconds; ``resume_idle()``, the end of that time
  or any lock ends the pause, and the idle timeout in force before comes back.
  The hotkey, the Lock button and quitting still lock at once.

Never prompts: a monitor locks when a bailiff walks over.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from fielddoc.gui.clipboard import conceal, copy_text
from fielddoc.gui.session_events import SessionEvents
from fielddoc.gui.shortcuts import matches
from fielddoc.gui.tasks import TaskRunner
from fielddoc.store.idle_clock import IDLE_CLOCK
from fielddoc.store.vault import DEFAULT_IDLE_SECONDS, Vault

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
})
CLIPBOARD_SECONDS = 10
MAX_IDLE_PAUSE = 8 * 3600


LOCK_HOTKEY = QKeySequence("Ctrl+L")


class InactivityFilter(QObject):
    """App-wide: user input counts as activity; the lock hotkey locks.

    The hotkey is also caught here (not only by the Lock action's shortcut)
    because Qt blocks application shortcuts while a modal dialog is open, and
    a monitor must be able to lock from inside any dialog.
    """

    def __init__(self, on_activity: Callable[[], None], on_hotkey: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_activity = on_activity
        self._on_hotkey = on_hotkey

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in ACTIVITY_EVENTS:
            self._on_activity()
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                    and matches(event, LOCK_HOTKEY):  # also Ctrl+Д on a Russian or Kazakh layout
                self._on_hotkey()
                return True
        return False


class ClipboardGuard(QObject):
    """Forgets record text put on the clipboard: after ``seconds`` and on lock.

    Text counts as ours when FieldDoc copied it (``copy``) or when the
    clipboard changed while one of our widgets had the focus (Ctrl+C in a
    field); some platforms (offscreen, Wayland) do not report ownership.
    """

    def __init__(self, seconds: float = CLIPBOARD_SECONDS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(seconds * 1000))
        self._timer.timeout.connect(self.clear)
        QGuiApplication.clipboard().dataChanged.connect(self._changed)

    def copy(self, text: str) -> None:
        self._ours = text
        copy_text(text)  # with the clipboard managers' "do not record" hints
        self._timer.start()

    def _changed(self) -> None:
        cb = QGuiApplication.clipboard()
        text = cb.text()
        if not text:
            return
        ours = text == self._ours or cb.ownsClipboard() or (
            QApplication.focusWidget() is not None
            and QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive)
        if not ours:
            return
        if conceal(cb):  # a widget's own copy (Ctrl+C): the hints are added at once
            return  # setting them changed the clipboard again: that call did the rest
        if text != self._ours:
            self._ours = text
            self._timer.start()

    @Slot()
    def clear(self) -> None:
        """Empty the clipboard if it still holds what we (or one of our fields) put there."""
        cb = QGuiApplication.clipboard()
        current = cb.text()
        if current and (current == self._ours or cb.ownsClipboard()):
            cb.clear()
        self._ours = None
        self._timer.stop()


class LockController(QObject):
    """Locks the current vault on idle, on request and on quit."""

    locked = Signal(str)  # reason: "hotkey", "idle", "quit", "suspend", "screen-lock", "external"
    idle_paused = Signal(bool)  # the idle lock is paused (True) or watching again (False)
    _vault_locked = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        *,
        clock: Callable[[], float] = IDLE_CLOCK,
        check_interval_ms: int = 1000,
        session_events: SessionEvents | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.runner = runner
        self.clipboard = ClipboardGuard(parent=self)
        self._vault: Vault | None = None
        self._reason = "external"
        self._before_lock: list[Callable[[], None]] = []
        self._pause_until: float | None = None
        self._paused_timeout: float | None = None
        self._filter = InactivityFilter(self.activity, lambda: self.lock("hotkey"), self)
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        self._vault_locked.connect(self._after_lock, Qt.ConnectionType.QueuedConnection)
        if session_events is None:
            session_events = SessionEvents(self)
            session_events.start()
        self.session_events = session_events
        session_events.lock_requested.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._filter)
            if isinstance(app, QGuiApplication):
                app.applicationStateChanged.connect(self._on_app_state)

    # -- session -------------------------------------------------------------------
    @property
    def vault(self) -> Vault | None:
        return self._vault

    def attach(self, vault: Vault, idle_timeout: float | None = DEFAULT_IDLE_SECONDS) -> None:
        """Watch ``vault``: the vault's idle check and ours use the same clock."""
        self._vault = vault
        vault.clock = self.clock
        vault.idle_timeout = idle_timeout
        vault.touch()
        vault.on_lock(lambda: self._vault_locked.emit(vault))
        self._timer.start()

    def before_lock(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` on every lock, on the GUI thread, while the vault is still open."""
        self._before_lock.append(callback)

    def set_idle_timeout(self, seconds: float | None) -> None:
        if self._pause_until is not None:
            self._paused_timeout = seconds  # in force again when the pause ends
            return
        if self._vault is not None and not self._vault.is_locked:
            self._vault.idle_timeout = seconds
            self._vault.touch()

    # -- pausing the idle lock (a hearing) ------------------------------------------------
    @property
    def is_idle_paused(self) -> bool:
        return self._pause_until is not None

    def pause_idle(self, seconds: float = MAX_IDLE_PAUSE) -> None:
        """No idle lock for ``seconds`` (at most ``MAX_IDLE_PAUSE``), or until ``resume_idle``."""
        v = self._vault
        if v is None or v.is_locked:
            return
        if self._pause_until is None:
            self._paused_timeout = v.idle_timeout
        self._pause_until = self.clock() + min(max(0.0, seconds), MAX_IDLE_PAUSE)
        v.idle_timeout = None
        v.touch()
        self.idle_paused.emit(True)

    def resume_idle(self) -> None:
        if self._pause_until is None:
            return
        self._pause_until = None
        v = self._vault
        if v is not None and not v.is_locked:
            v.idle_timeout = self._paused_timeout
            v.touch()
        self._paused_timeout = None
        self.idle_paused.emit(False)

    def set_idle_paused(self, paused: bool) -> None:
        if paused:
            self.pause_idle()
        else:
            self.resume_idle()

    @property
    def idle_timeout(self) -> float | None:
        if self._pause_until is not None:
            return self._paused_timeout
        return self._vault.idle_timeout if self._vault is not None else None

    # -- activity and idle -------------------------------------------------------------
    def activity(self) -> None:
        v = self._vault
        if v is not None and not v.is_locked:
            v.touch()

    @Slot()
    def check(self) -> None:
        v = self._vault
        if v is None or v.is_locked:
            return
        if self._pause_until is not None and self.clock() >= self._pause_until:
            # The longest pause is over: the idle time counts from its end, not from before.
            self.resume_idle()
        if v.idle_timeout is not None and v.idle_seconds() > v.idle_timeout:
            self.lock("idle")

    # -- locking -----------------------------------------------------------------------
    @Slot()
    def lock(self, reason: str = "hotkey") -> None:
        """Lock now. Running tasks are told to stop; nothing waits for them."""
        v = self._vault
        if v is None:
            return
        self._reason = reason
        if not v.is_locked:
            v.touch()  # the flush below must not be refused as "idle": the lock follows at once
            for callback in self._before_lock:
                try:
                    callback()
                except Exception:  # noqa: BLE001, S110 - locking must go on whatever a flush does
                    pass
        for task in list(self.runner.active):
            task.cancel()
        v.lock()  # also queues _after_lock through the vault's callback
        self._after_lock(v)

    @Slot(object)
    def _after_lock(self, vault: Vault) -> None:
        if self._vault is None or vault is not self._vault:
            return  # already handled, or a late signal from a previous session
        self._vault = None
        self._timer.stop()
        if self._pause_until is not None:
            self._pause_until = self._paused_timeout = None
            self.idle_paused.emit(False)
        self.clipboard.clear()
        self.locked.emit(self._reason)
        self._reason = "external"

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        # Phones only: desktops never send it (sleep and screen lock come from SessionEvents).
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock("suspend")


def wipe_widgets(root: QWidget) -> None:
    """Remove record text from every widget under ``root`` (and ``root``).

    Used on lock before the session's widgets are deleted, so nothing lingers
    even until the deferred deletion runs.
    """
    for w in [root, *root.findChildren(QWidget)]:
        w.setToolTip("")
        if isinstance(w, QLineEdit):
            w.setText("")
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            w.clear()
            w.document().clearUndoRedoStacks()
        elif isinstance(w, QComboBox):
            if w.property("sensitive_items"):
                w.clear()
            if w.isEditable() and w.lineEdit() is not None:
                w.lineEdit().setText("")
        elif isinstance(w, QLabel):
            w.clear()
        elif isinstance(w, QAbstractButton) and w.property("sensitive"):
            w.setText("")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                w.setTabText(i, "")
                w.setTabToolTip(i, "")
        elif isinstance(w, QAbstractItemView):
            model = w.model()
            wipe = getattr(model, "clear", None)
            if callable(wipe):
                wipe()
