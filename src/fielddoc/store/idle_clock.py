"""The idle lock's clock: one that keeps counting while the computer sleeps.

``time.monotonic`` stops during suspend on Linux (``CLOCK_MONOTONIC``) and on
macOS (``mach_absolute_time``), so a vault unlocked before the lid closed was
still open on wake, however long the laptop slept. The idle clock is:

* on Linux, ``CLOCK_BOOTTIME``, which counts suspend;
* elsewhere (or where that clock is missing), a :class:`SleepAwareClock`: the
  monotonic clock plus every stretch by which the wall clock ran ahead of it
  between two readings (a sleep, a hibernation). The lock timer reads it every
  second, so a gap of more than :data:`JUMP_SECONDS` can only be a sleep or the
  wall clock set forward; either way the idle time grows and the vault locks
  sooner, never later. A wall clock set backwards is ignored.

Both clocks are injectable, so tests jump them instead of sleeping.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable

#: A wall-clock lead over the monotonic clock larger than this between two readings is a sleep.
JUMP_SECONDS = 5.0


class SleepAwareClock:
    """Monotonic seconds that also count time spent asleep (detected from wall-clock jumps)."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic,
                 wall: Callable[[], float] = time.time, jump: float = JUMP_SECONDS) -> None:
        self._monotonic = monotonic
        self._wall = wall
        self._jump = jump
        self._lock = threading.Lock()  # the vault's idle check also runs on the worker thread
        self._last: tuple[float, float] | None = None
        self.slept = 0.0

    def __call__(self) -> float:
        with self._lock:
            mono, wall = self._monotonic(), self._wall()
            if self._last is not None:
                lead = (wall - self._last[1]) - (mono - self._last[0])
                if lead > self._jump:
                    self.slept += lead
            self._last = (mono, wall)
            return mono + self.slept


def boottime_clock(clock_gettime: Callable[[int], float] | None = None,
                   clock_id: int | None = None) -> Callable[[], float] | None:
    """Linux's ``CLOCK_BOOTTIME`` (counts suspend), or None where it does not exist."""
    cid = clock_id if clock_id is not None else getattr(time, "CLOCK_BOOTTIME", None)
    get = clock_gettime or getattr(time, "clock_gettime", None)
    if cid is None or get is None:
        return None
    try:
        get(cid)
    except OSError:  # an old kernel
        return None
    return lambda: get(cid)


def make_idle_clock(platform: str = sys.platform) -> Callable[[], float]:
    """The clock for idle locks on this platform (see the module's docstring)."""
    if platform.startswith("linux"):
        boot = boottime_clock()
        if boot is not None:
            return boot
    return SleepAwareClock()


#: The process's idle clock: the default of every ``clock=`` that times an idle lock.
IDLE_CLOCK: Callable[[], float] = make_idle_clock()

__all__ = ["IDLE_CLOCK", "JUMP_SECONDS", "SleepAwareClock", "boottime_clock", "make_idle_clock"]
