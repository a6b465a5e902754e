"""A progress line on the terminal for long CLI operations (export, HQ import).

Shown only when stderr is a terminal, so scripts, pipes and ``--json`` output
stay clean. It prints a label and numbers, never record text.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO


def _size(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GiB"


class Meter:
    """``meter(done, total)`` as a core progress callback; ``meter.close()`` ends the line."""

    def __init__(self, label: str, *, stream: TextIO | None = None, interval: float = 0.1,
                 force: bool = False, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = force or bool(getattr(self.stream, "isatty", lambda: False)())
        self.label = label
        self.interval = interval
        self.clock = clock
        self._last: float | None = None  # None: nothing drawn yet (monotonic time may start near 0)
        self._shown = False

    def __call__(self, done: int, total: int = 0) -> None:
        if not self.enabled:
            return
        now = self.clock()
        recent = self._last is not None and now - self._last < self.interval
        if recent and not (total and done >= total):
            return
        self._last = now
        if total:
            text = f"{self.label}: {min(100, 100 * done // total):3d}% ({_size(done)} of {_size(total)})"
        else:
            text = f"{self.label}: {_size(done)}"
        self.stream.write("\r" + text.ljust(60))
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\r" + " " * 60 + "\r")
            self.stream.flush()
            self._shown = False
