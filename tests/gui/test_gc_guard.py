"""Cyclic garbage collection runs on the GUI thread only (gui/gc_guard.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from fielddoc.gui import gc_guard
from fielddoc.records.service import paused_gc


class _Node:
    pass


def test_automatic_collection_is_off_and_the_timer_collects_cycles(qapp):
    collector = gc_guard.install(qapp)
    assert gc_guard.install(qapp) is collector  # once per application
    assert not gc.isenabled() and collector.timer.isActive()
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    del a, b
    for _ in range(collector.thresholds[0] + 1):  # push generation 0 past its threshold
        _Node()
        [].append([])
    junk = [[] for _ in range(collector.thresholds[0] + 10)]
    assert gone() is not None  # nothing collects on its own
    assert collector.check() >= 2  # the timer's call, on the GUI thread
    assert gone() is None
    del junk


def test_work_on_a_worker_thread_never_collects(qapp):
    gc_guard.install(qapp)
    a = _Node()
    a.self = a
    gone = weakref.ref(a)
    del a

    def work():
        with paused_gc():  # an import on the task runner
            for _ in range(50_000):
                [].append({})
        for _ in range(50_000):  # and after it: still no collection on this thread
            [].append({})

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert gone() is not None and not gc.isenabled()  # paused_gc did not switch it back on
    gc.collect()
    assert gone() is None
