"""The idle lock's clock counts time asleep: a vault open before the lid closed is locked on wake."""

from __future__ import annotations

import time

import pytest

from fielddoc.errors import Locked
from fielddoc.store import idle_clock
from fielddoc.store.idle_clock import IDLE_CLOCK, SleepAwareClock, boottime_clock, make_idle_clock
from fielddoc.store.vault import Vault
from tests.conftest import PASSPHRASE, TEST_PARAMS


class Machine:
    """A laptop's two clocks: the monotonic one stops while it sleeps, the wall clock does not."""

    def __init__(self) -> None:
        self.mono, self.wall = 500.0, 1_800_000_000.0

    def run(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds

    def sleep(self, seconds: float) -> None:
        self.wall += seconds


def test_a_two_hour_sleep_counts_as_two_hours_idle():
    m = Machine()
    clock = SleepAwareClock(lambda: m.mono, lambda: m.wall)
    start = clock()
    m.run(10)
    assert clock() - start == pytest.approx(10)
    m.sleep(2 * 3600)
    m.run(1)
    assert clock() - start == pytest.approx(2 * 3600 + 11)


def test_wall_clock_set_back_or_small_drift_changes_nothing():
    m = Machine()
    clock = SleepAwareClock(lambda: m.mono, lambda: m.wall)
    start = clock()
    m.wall -= 3600  # the user (or NTP) set the clock back an hour
    m.run(2)
    m.wall += 1.5  # NTP slews a little
    m.run(2)
    assert clock() - start == pytest.approx(4)


def test_vault_idle_across_a_sleep_is_locked_on_wake(tmp_path):
    m = Machine()
    v = Vault.create(tmp_path / "v", PASSPHRASE, params=TEST_PARAMS,
                     clock=SleepAwareClock(lambda: m.mono, lambda: m.wall))
    v.idle_timeout = 300
    v.touch()
    m.run(60)
    v.check_idle()  # a minute: still open
    m.sleep(2 * 3600)  # the lid closes for two hours
    m.run(1)
    with pytest.raises(Locked):
        v.check_idle()
    assert v.is_locked


def test_linux_idle_clock_is_boottime_which_counts_suspend():
    calls: list[int] = []

    def gettime(cid: int) -> float:
        calls.append(cid)
        return 42.0

    clock = boottime_clock(gettime, clock_id=7)
    assert clock is not None and clock() == 42.0 and calls == [7, 7]
    if hasattr(time, "CLOCK_BOOTTIME"):
        assert not isinstance(make_idle_clock("linux"), SleepAwareClock)
    assert isinstance(make_idle_clock("win32"), SleepAwareClock)
    assert isinstance(make_idle_clock("darwin"), SleepAwareClock)


def test_vaults_use_the_idle_clock_by_default(tmp_path):
    v = Vault.create(tmp_path / "v", PASSPHRASE, params=TEST_PARAMS)
    try:
        assert v.clock is IDLE_CLOCK is idle_clock.IDLE_CLOCK
        assert v.clock is not time.monotonic
    finally:
        v.lock()
    opened = Vault.open(tmp_path / "v", PASSPHRASE)
    assert opened.clock is IDLE_CLOCK
    opened.lock()
