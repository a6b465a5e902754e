"""Issue 15 §6: the PostgreSQL server restarted in the middle of HQ writes, on the test's own cluster.

A dedicated server (scripts/pg-start.sh, its own folder and port; the shared test server is not
touched) is restarted with ``pg_ctl restart -m fast`` or ``-m immediate`` (a crash, then recovery):

* mid-import (while the import holds HQ's write lock, i.e. inside its transaction), ROUNDS rounds;
* mid-resolve and mid-edit, ROUNDS rounds each: alternately while the write waits inside its
  transaction for HQ's write lock (held by the test), and at a random instant around the write.

Every round: the import station or analyst (its own process, tests/hq_race_worker.py) either
completes or is told exactly "The HQ database is not reachable; nothing was saved." (nothing
partial: no record of the bundle, the conflict unresolved, the record at its old revision), and
the same process repeats the write afterwards, which then completes. ``hq verify`` is clean at
the end. The figures are printed and written in docs/hq-safety.md.
"""

from __future__ import annotations

import contextlib
import os
import random
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from fielddoc.bundle.writer import export_bundle
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.hq import conflicts
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.locks import WRITE_LOCK
from fielddoc.hq.store import init_hq, open_hq
from fielddoc.hq.verify import verify_hq
from fielddoc.records import interchange
from fielddoc.records.service import Records
from fielddoc.store.schema import records
from fielddoc.store.schema_sync import hq_bundles
from tests.test_bundle_support import PASSPHRASE, link, make_field
from tests.test_hq_race import Analyst

ROOT = Path(__file__).resolve().parent.parent
PG_BIN = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
pytestmark = [pytest.mark.postgres, pytest.mark.slow,
              pytest.mark.skipif(not PG_BIN, reason="PostgreSQL is not installed")]

ROUNDS = 10
CLI_ROUNDS = 4  # more import rounds, each through the real CLI (`fielddoc hq import`) in its own process
PER_BUNDLE = 400  # records in each round's bundle: an import long enough to be cut
UNREACHABLE = "The HQ database is not reachable; nothing was saved."
FIGURES: dict[str, dict[str, int]] = {}


class Server:
    """A PostgreSQL cluster of this test's own, started and stopped with scripts/pg-start.sh/pg-stop.sh."""

    def __init__(self) -> None:
        # not under pytest's tmp_path: as root the server runs as postgres, which cannot enter it (0700)
        self.dir = Path(tempfile.mkdtemp(prefix="fielddoc-pg-restart-"))
        self.env = {**os.environ, "FIELDDOC_PG_DIR": str(self.dir)}
        self.env.pop("FIELDDOC_PG_PORT", None)
        self.url = subprocess.run(  # noqa: S603 - the project's own script
            ["bash", "scripts/pg-start.sh"], cwd=ROOT, env=self.env, check=True, capture_output=True,
            text=True,
        ).stdout.strip().splitlines()[-1]

    def restart(self, mode: str) -> None:
        cmd = [str(PG_BIN[-1] / "pg_ctl"), "-D", str(self.dir), "-l", str(self.dir / "log"), "-m", mode,
               "-w", "restart"]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)  # noqa: S603

    def stop(self) -> None:
        subprocess.run(["bash", "scripts/pg-stop.sh"], cwd=ROOT, env=self.env,  # noqa: S603
                       capture_output=True, check=False)
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def server():
    s = Server()
    try:
        yield s
    finally:
        s.stop()


def _database(server: Server) -> str:
    name = "fdrestart_" + secrets.token_hex(4)
    admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(server.url).set(database=name).render_as_string(hide_password=False)


def _case(i: int, title: str = "Shared") -> dict:
    return {"id": f"case-{i:05d}", "title": f"{title} {i}", "case_type": "criminal",
            "confidentiality": "public"}


def _lock_holder_seen(su, timeout: float = 60.0) -> bool:
    """True once some session holds HQ's write lock (the import is inside its transaction)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if su.execute(text("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = :k "
                           "AND pid <> pg_backend_pid()"), {"k": WRITE_LOCK & 0xFFFFFFFF}).first():
            return True
        time.sleep(0.005)
    return False


def _waiter_seen(su, timeout: float = 30.0) -> bool:
    """True once another session waits for a lock (a write inside its transaction, at HQ's write lock)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if su.execute(text("SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                           "AND pid <> pg_backend_pid()")).first():
            return True
        time.sleep(0.01)
    return False


def _figures() -> dict[str, int]:
    return {"rounds": 0, "completed": 0, "cut": 0, "retried": 0, "failures": 0}


def _cli(argv: list[str]) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
           "FIELDDOC_PASSPHRASE": PASSPHRASE, "FIELDDOC_LANG": "en"}
    return subprocess.Popen(  # noqa: S603 - our own CLI
        [sys.executable, "-m", "tests.helpers.cheap_cli", *argv], cwd=ROOT, env=env,
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _count(url: str, r: int) -> int:
    """How many records of round ``r``'s bundle HQ holds."""
    ids = [f"case-{r * PER_BUNDLE + i:05d}" for i in range(PER_BUNDLE)]
    check = create_engine(url)
    try:
        with check.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(records).where(records.c.id.in_(ids)))
                       .scalar_one())
    finally:
        check.dispose()


def _outcome(answer: dict, figures: dict[str, int]) -> bool:
    """True if the write completed; else it must be the clean 'not reachable' message."""
    if answer["ok"]:
        figures["completed"] += 1
        return True
    if answer.get("code") == "HQUnreachable" and answer.get("message") == UNREACHABLE:
        figures["cut"] += 1
        return False
    figures["failures"] += 1
    raise AssertionError(answer)


def _retry(worker: Analyst, cmd: dict, figures: dict[str, int]) -> None:
    worker.send(**cmd, at=time.time())
    again = worker.answer()
    if not again["ok"]:
        figures["failures"] += 1
    assert again["ok"], again
    figures["retried"] += 1


def test_a_server_restart_mid_import_leaves_nothing_partial_and_a_retry_imports(server, tmp_path):
    url = _database(server)
    hq = init_hq(tmp_path / "hq", PASSPHRASE, params=TEST_PARAMS, db_url=url, author="Station")
    field = make_field(tmp_path / "field", "monitor-a")
    bundles = []
    try:
        link(field, hq)
        for r in range(ROUNDS + CLI_ROUNDS):
            interchange.import_dataset(Records(field), {
                "cases": [_case(r * PER_BUNDLE + i, "From the field") for i in range(PER_BUNDLE)]})
            out = tmp_path / f"out-{r}"
            out.mkdir()
            res = export_bundle(field, out)
            assert res is not None
            bundles.append(res.path)
    finally:
        field.lock()
        hq.lock()
    figures = FIGURES.setdefault("import", _figures())
    station = Analyst(tmp_path / "hq", "Station")
    su = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT",
                       pool_pre_ping=True)
    try:
        for r in range(ROUNDS):
            figures["rounds"] += 1
            cmd = {"op": "import", "path": str(bundles[r])}
            with su.connect() as conn:
                station.send(**cmd, at=time.time())
                assert _lock_holder_seen(conn)
            time.sleep(random.uniform(0.0, 0.15))  # somewhere inside the import's transaction
            server.restart("immediate" if r % 2 else "fast")
            done = _outcome(station.answer(), figures)
            n = _count(url, r)
            check = create_engine(url)
            with check.connect() as conn:
                logged = conn.execute(select(func.count()).select_from(hq_bundles)).scalar()
            check.dispose()
            assert n == (PER_BUNDLE if done else 0), (r, n)  # all of the bundle or nothing
            assert logged == r + (1 if done else 0)
            if not done:
                _retry(station, cmd, figures)
        station.close()
        cli = FIGURES.setdefault("import_cli", _figures())
        for r in range(ROUNDS, ROUNDS + CLI_ROUNDS):
            cli["rounds"] += 1
            argv = ["hq", "import", "--vault", str(tmp_path / "hq"), str(bundles[r])]
            with su.connect() as conn:
                proc = _cli(argv)
                assert _lock_holder_seen(conn)
            time.sleep(random.uniform(0.0, 0.15))
            server.restart("immediate" if r % 2 else "fast")
            stdout, stderr = proc.communicate(timeout=120)
            said = stdout + stderr
            assert "internal error" not in said and "Traceback" not in said, said
            done = _count(url, r) == PER_BUNDLE
            if done:
                assert proc.returncode == 0, said
                cli["completed"] += 1
                continue
            assert _count(url, r) == 0  # nothing partial
            assert proc.returncode == 2 and f"NOT IMPORTED: {UNREACHABLE}" in stderr, said
            cli["cut"] += 1
            again = _cli(argv)
            stdout, stderr = again.communicate(timeout=120)
            assert again.returncode == 0 and _count(url, r) == PER_BUNDLE, stdout + stderr
            cli["retried"] += 1
    finally:
        station.close()
        su.dispose()
        print(f"\nserver restart figures: {FIGURES}")
    hq = open_hq(tmp_path / "hq", PASSPHRASE)
    try:
        with hq.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(records)).scalar()
            assert total == (ROUNDS + CLI_ROUNDS) * PER_BUNDLE
        assert verify_hq(hq) == []
    finally:
        hq.lock()
    assert figures["failures"] == 0


def test_a_server_restart_mid_resolve_and_mid_edit_loses_nothing(server, tmp_path):
    url = _database(server)
    hq = init_hq(tmp_path / "hq", PASSPHRASE, params=TEST_PARAMS, db_url=url, author="setup")
    try:
        for who in ("A", "B"):  # ROUNDS records in conflict
            v = make_field(tmp_path / f"f{who}", f"monitor-{who}")
            interchange.import_dataset(Records(v), {"cases": [_case(i) for i in range(ROUNDS)]})
            link(v, hq)
            for i in range(ROUNDS):
                Records(v).update(f"case-{i:05d}", _case(i, f"Edited by {who}"))
            (tmp_path / f"out-{who}").mkdir()
            res = export_bundle(v, tmp_path / f"out-{who}")
            assert res is not None
            import_bundle(hq, res.path)
            v.lock()
        for i in range(ROUNDS):
            Records(hq).create("case", _case(500 + i, "Plain"))
        heads = {f"case-{i:05d}": [v.hash for v in conflicts.versions(hq, f"case-{i:05d}")]
                 for i in range(ROUNDS)}
    finally:
        hq.lock()
    analyst = Analyst(tmp_path / "hq", "Dana")
    su = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT",
                       pool_pre_ping=True)
    check = create_engine(url, pool_pre_ping=True)
    try:
        for op in ("resolve", "edit"):
            figures = FIGURES.setdefault(op, _figures())
            for r in range(ROUNDS):
                figures["rounds"] += 1
                if op == "resolve":
                    rid = f"case-{r:05d}"
                    cmd = {"op": "resolve", "rid": rid, "take": heads[rid][r % 2], "based_on": heads[rid]}
                else:
                    rid = f"case-{500 + r:05d}"
                    cmd = {"op": "edit", "rid": rid, "doc": _case(500 + r, "Dana's"), "expected": 1}
                mode = "immediate" if r % 2 else "fast"
                if r % 4 < 2:  # the write waits inside its transaction for HQ's write lock, held here
                    holder = create_engine(url, isolation_level="AUTOCOMMIT")
                    with su.connect() as watch, contextlib.suppress(Exception), holder.connect() as conn:
                        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": WRITE_LOCK})
                        analyst.send(**cmd, at=time.time())
                        assert _waiter_seen(watch)
                        server.restart(mode)  # ends the holder's session too
                    holder.dispose()
                else:  # at a random instant around the write
                    analyst.send(**cmd, at=time.time() + 0.2)
                    time.sleep(0.2 + random.uniform(-0.05, 0.05))
                    server.restart(mode)
                done = _outcome(analyst.answer(), figures)
                check.dispose()
                with check.connect() as conn:
                    row = conn.execute(select(records.c.revision, records.c.conflict)
                                       .where(records.c.id == rid)).one()
                if op == "resolve":
                    assert bool(row.conflict) is (not done), (r, row)  # resolved, or untouched
                else:
                    assert row.revision == (2 if done else 1), (r, row)
                if not done:
                    _retry(analyst, cmd, figures)
    finally:
        analyst.close()
        su.dispose()
        check.dispose()
        print(f"\nserver restart figures: {FIGURES}")
    hq = open_hq(tmp_path / "hq", PASSPHRASE)
    try:
        for r in range(ROUNDS):
            assert len(conflicts.versions(hq, f"case-{r:05d}")) == 1
            assert Records(hq).get(f"case-{500 + r:05d}")["title"] == f"Dana's {500 + r}"
        assert verify_hq(hq) == []
    finally:
        hq.lock()
    assert all(f["failures"] == 0 for f in FIGURES.values())
