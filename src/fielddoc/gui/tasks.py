"""The one task runner: long work off the GUI thread, with progress and cancel.

Every database or file operation that can take long (imports, search over
large data, attachment encryption, exports) goes through ``TaskRunner.submit``.
Work runs on ONE worker thread (so database access is serialised, as in
Anki's CollectionOp); callbacks run on the GUI thread.

    runner.submit(lambda progress: import_dataset(rec, data, progress=progress.report),
                  on_success=self.reload, label=self.tr("Importing"))

``fn`` receives a :class:`Progress`; it calls ``progress.report(done, total)``
and, in loops, ``progress.check()``, which raises :class:`Cancelled` once the
user pressed Cancel.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class Progress:
    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0

    def report(self, done: int, total: int = 0) -> None:
        self.done, self.total = done, total
        self.check()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Task(QObject):
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, progress: Progress, future: Future[Any] | None = None) -> None:
        super().__init__()
        self.progress = progress
        self.future = future

    def cancel(self) -> None:
        self.progress.cancel()


class TaskRunner(QObject):
    """Runs callables on a single worker thread; reports back on the GUI thread."""

    _deliver = Signal(object)  # [task, callable, value, ok], emptied on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fielddoc-task")
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)
        self.active: set[Task] = set()

    def submit(
        self,
        fn: Callable[[Progress], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        label: str | None = None,
        parent_widget: QWidget | None = None,
        cancellable: bool = True,
        show_after_ms: int = 400,
    ) -> Task:
        progress = Progress()
        task = Task(progress)
        if on_success:
            task.finished.connect(on_success)
        if on_failure:
            task.failed.connect(on_failure)
        dialog: QProgressDialog | None = None
        if label is not None:
            dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent_widget)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(show_after_ms)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(progress.cancel)
            timer = QTimer(dialog)
            timer.setInterval(100)

            def tick() -> None:
                if dialog is not None and progress.total:
                    dialog.setMaximum(progress.total)
                    dialog.setValue(min(progress.done, progress.total))

            timer.timeout.connect(tick)
            timer.start()
            task.finished.connect(dialog.close)
            task.failed.connect(dialog.close)
        self.active.add(task)

        # The worker must never hold the last reference to a Qt object. What it runs (often a dialog's
        # closure over QObjects) and the task go back to the GUI thread in one list, which the GUI
        # thread empties: whichever thread lets go last, the objects are released on the GUI thread.
        # (Before, when the GUI thread was done with the task first, the worker's drop of its work
        # item deleted QObjects on the wrong thread, and Qt crashed some time later in its timers.)
        box: list[Any] = [task, fn]

        def work() -> None:
            payload: list[Any] = [box.pop(0), box.pop(0)]  # [task, callable]; box is now empty
            try:
                payload += [payload[1](progress), True]
            except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
                payload += [exc, False]
            self._deliver.emit(payload)

        task.future = self._pool.submit(work)
        return task

    @Slot(object)
    def _on_deliver(self, payload: list[Any]) -> None:
        task, _fn, value, ok = payload
        payload.clear()
        self.active.discard(task)
        if ok:
            task.finished.emit(value)
        else:
            task.failed.emit(value)

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Block until queued work is done (tests, and before locking)."""
        self._pool.submit(lambda: None).result(timeout=timeout)

    def shutdown(self) -> None:
        for task in list(self.active):
            task.cancel()
        self._pool.shutdown(wait=True, cancel_futures=True)
