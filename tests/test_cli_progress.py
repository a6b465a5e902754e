"""The CLI progress line: on a terminal only, numbers and a label, never record text."""

from __future__ import annotations

import io

from fielddoc.cli.progress import Meter


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_meter_draws_on_a_terminal_and_clears_its_line():
    stream = Tty()
    meter = Meter("importing", stream=stream, interval=0)
    meter(512, 2048)
    meter(2048, 2048)
    assert "importing:  25% (512 B of 2.0 KiB)" in stream.getvalue()
    assert "100%" in stream.getvalue()
    meter.close()
    assert stream.getvalue().endswith("\r")
    meter.close()  # closing twice writes nothing more
    assert stream.getvalue().count(" " * 60) == 1


def test_meter_is_silent_when_not_a_terminal():
    stream = io.StringIO()
    meter = Meter("importing", stream=stream, interval=0)
    meter(1, 2)
    meter.close()
    assert stream.getvalue() == ""


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_meter_throttles_but_always_shows_completion():
    clock = Clock(1_000_000.0)
    stream = Tty()
    meter = Meter("x", stream=stream, interval=3600, clock=clock)
    meter(1, 10)
    clock.now += 1
    meter(2, 10)  # within the interval: skipped
    meter(10, 10)  # completion always drawn
    assert stream.getvalue().count("\r") == 2 and "100%" in stream.getvalue()


def test_meter_draws_its_first_line_on_a_machine_just_booted():
    # time.monotonic() counts from boot on Linux: a fresh CI runner starts near 0,
    # and "never shown" must not be confused with "shown at time 0".
    clock = Clock(5.0)
    stream = Tty()
    meter = Meter("x", stream=stream, interval=3600, clock=clock)
    meter(1, 10)
    assert "x:  10%" in stream.getvalue()
    clock.now += 1
    meter(2, 10)  # now within the interval: skipped
    assert "20%" not in stream.getvalue()


def test_meter_without_a_total_shows_bytes():
    stream = Tty()
    Meter("reading", stream=stream, interval=0)(3 * 1024 * 1024)
    assert "reading: 3.0 MiB" in stream.getvalue()
