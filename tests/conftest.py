"""Shared fixtures. Argon2id runs with cheap parameters passed explicitly;
the production default is never changed for tests."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fielddoc.crypto.kdf import TEST_PARAMS  # noqa: E402

#: Set by scripts/test.sh (and so by CI), which installs everything the tests need (age,
#: poppler, PostgreSQL, PySide6): there a skipped test is a failure, so a missing server
#: or tool can never turn a run green by skipping what it should have checked.
STRICT_SKIPS = os.environ.get("FIELDDOC_STRICT_SKIPS") == "1"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if STRICT_SKIPS and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = ("skipped under FIELDDOC_STRICT_SKIPS=1 (scripts/test.sh installs "
                           f"everything): {reason}")


def pytest_collectreport(report):
    if STRICT_SKIPS and report.skipped:
        report.outcome = "failed"


DATA = Path(__file__).parent / "data"
ACCEPTANCE = DATA / "zhanaozen-2011-2012.json"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _language_from_the_environment():
    """A test that chose a language (``i18n.set_language``, the GUI's language menu) must not
    decide the language of the next one: after each test the core reads it from the environment again."""
    import fielddoc.i18n

    yield
    fielddoc.i18n._current = None


@pytest.fixture
def acceptance() -> dict:
    return json.loads(ACCEPTANCE.read_text("utf-8"))


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path):
    from fielddoc.store.vault import Vault

    v = Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS)
    v.idle_timeout = None
    yield v
    v.lock()


@pytest.fixture
def rec(vault):
    from fielddoc.records.service import Records

    return Records(vault)


@pytest.fixture
def loaded(vault, rec, acceptance):
    from fielddoc.records.interchange import import_dataset

    import_dataset(rec, acceptance)
    return rec


@pytest.fixture
def pg_hq(tmp_path):
    """An HQ on a fresh PostgreSQL database (skipped without FIELDDOC_TEST_PG_URL)."""
    from tests.test_bundle_support import make_hq

    cleanups: list = []
    store = make_hq(tmp_path / "hq", "postgres", cleanups)
    yield store
    for fn in cleanups:
        fn()
