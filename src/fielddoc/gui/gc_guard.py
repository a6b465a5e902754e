"""Python's cyclic garbage collector runs on the GUI thread only.

CPython runs a collection on whichever thread happens to allocate when the
counters pass their thresholds. With long work on the task runner's worker
thread (imports, exports), that is often the worker: it then frees Python
wrappers of Qt objects owned by the GUI thread (a closed dialog held in a
reference cycle by its lambdas), and Qt deletes them from the wrong thread:
a segmentation fault, seen in the tests after a CSV export and known from
other PySide/PyQt applications. So the application switches automatic
collection off and collects from a timer on the GUI thread, generation by
generation with Python's own thresholds (the approach of pyqtgraph's
``GarbageCollector``). Reference counting, which frees almost everything,
is unaffected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Collect the generations whose counters passed their thresholds; returns objects freed."""
        l0, l1, l2 = gc.get_count()
        t0, t1, t2 = self.thresholds
        freed = 0
        if l0 > t0:
            freed += gc.collect(0)
            if l1 > t1:
                freed += gc.collect(1)
                if l2 > t2:
                    freed += gc.collect(2)
        return freed


def install(app: QApplication) -> MainThreadCollector:
    """Once per application (idempotent)."""
    existing = app.findChild(MainThreadCollector)
    if isinstance(existing, MainThreadCollector):
        gc.disable()
        return existing
    return MainThreadCollector(app)
