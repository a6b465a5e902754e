"""GUI test fixtures: offscreen Qt, Qt's config and cache folders isolated, a fake
clock for the idle lock, and a main window on a vault holding the acceptance set."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Before any QApplication exists: Qt caches some of these paths on first use.
_QT_HOME = Path(tempfile.mkdtemp(prefix="fielddoc-gui-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_QT_HOME / "config")
os.environ["XDG_CACHE_HOME"] = str(_QT_HOME / "cache")
os.environ.pop("FIELDDOC_LANG", None)

pytest.importorskip("PySide6.QtWidgets")

from fielddoc.crypto.kdf import TEST_PARAMS  # noqa: E402
from tests.conftest import PASSPHRASE  # noqa: E402

#: Strings of the acceptance set that must never be on screen after a lock.
RECORD_TEXTS = (
    "Kozlov", "Zhanaozen", "Kuramshin", "Sokolova", "Tuletayeva", "Kosanov", "Aktau", "Golos",
    "11471803100615", "Nagashybayev", "Armand", "Civic Solidarity",
)


@pytest.fixture(autouse=True)
def _gc_on_the_gui_thread(qapp):
    """As in the application (gui/gc_guard.py): cyclic collection only on the GUI thread."""
    from fielddoc.gui import gc_guard

    gc_guard.install(qapp)


@pytest.fixture
def hq(tmp_path):
    """An HQ on its SQLCipher vault (the exchange dialogs' tests)."""
    from fielddoc.hq.store import init_hq

    store = init_hq(tmp_path / "hq", PASSPHRASE, params=TEST_PARAMS, name="HQ Almaty")
    yield store
    store.lock()


@pytest.fixture
def hq_session(hq):
    """A GUI session on that HQ, with its own task runner."""
    from fielddoc.gui.models.session import Session
    from fielddoc.gui.tasks import TaskRunner
    from fielddoc.records.service import Records

    runner = TaskRunner()
    yield Session(hq.vault, Records(hq), runner, hq)
    runner.shutdown()


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_window(qtbot, clock):
    """Factory: a shown main window (English), torn down cleanly."""
    from fielddoc.gui import app as gui_app

    made = []

    def make(vault=None, vault_dir=None, *, language="en", remember_geometry=False, kdf_params=TEST_PARAMS):
        window = gui_app.build(vault_dir, vault, clock=clock, kdf_params=kdf_params, language=language,
                               check_interval_ms=20, remember_geometry=remember_geometry)
        qtbot.addWidget(window)
        window.resize(1200, 760)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.lock_for_quit()
        window.runner.wait_idle()
        window.runner.shutdown()
        window.language.set("en")


@pytest.fixture
def window(make_window, vault, loaded):
    """The main window, unlocked on the acceptance set."""
    return make_window(vault)
