"""Safe HQ operations on PostgreSQL (issue 15, parts 3 and 5): whose database it is, orphan files
kept in a quarantine, one HQ per database, TLS beyond this computer, a lock that names its holder,
and clean messages when the database goes away."""

from __future__ import annotations

import contextlib
import os
import time

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError

from fielddoc.cli.main import main
from fielddoc.hq import locks
from fielddoc.hq.errors import HQDatabaseTaken, LockBusy, TLSRequired
from fielddoc.hq.safety import QUARANTINE, require_tls
from fielddoc.hq.store import init_hq, open_hq
from fielddoc.hq.team.errors import NotAMember
from fielddoc.records.service import ChangedBy, ConflictError, Records
from fielddoc.store.vault import ATTACHMENT_SUFFIX
from tests.conftest import TEST_PARAMS
from tests.test_bundle_cli import KDF
from tests.test_bundle_support import NO_PG, PASSPHRASE, PG_URL, make_hq, new_pg_database

pg = pytest.mark.skipif(not PG_URL, reason=NO_PG)
DEAD = "postgresql+psycopg://fielddoc@127.0.0.1:1/nothing"


@pytest.fixture
def cleanups():
    fns: list = []
    yield fns
    for fn in fns:
        fn()


def _old_file(folder, name: str) -> None:
    p = folder / (name + ATTACHMENT_SUFFIX)
    p.write_bytes(b"encrypted evidence")
    old = time.time() - 3600
    os.utime(p, (old, old))


@pg
def test_a_vault_opened_against_another_database_keeps_every_file(tmp_path, cleanups):
    hq = make_hq(tmp_path / "hq", "postgres", cleanups)
    for i in range(4):
        _old_file(hq.attachments_dir, f"file{i}")
    hq.lock()
    other, drop = new_pg_database()
    cleanups.append(drop)
    # a typo in --db-url: refused (a team member's vault makes no new team elsewhere, which would
    # replace its credential), and no file touched
    with pytest.raises(NotAMember):
        open_hq(tmp_path / "hq", PASSPHRASE, db_url=other)
    assert len(list((tmp_path / "hq" / "hq-files").glob("*" + ATTACHMENT_SUFFIX))) == 4
    open_hq(tmp_path / "hq", PASSPHRASE).lock()  # its own database still opens


@pg
def test_orphans_of_its_own_database_go_to_the_quarantine_not_away(tmp_path, cleanups, monkeypatch):
    """An HQ before teams (files in hq-files/; a team's files are rows in PostgreSQL, never orphans)."""
    import fielddoc.hq.team.attach as attach_mod

    monkeypatch.setattr(attach_mod, "attach", lambda hq: None)
    hq = make_hq(tmp_path / "hq", "postgres", cleanups)
    _old_file(hq.attachments_dir, "orphan")
    folder = hq.attachments_dir
    hq.lock()
    again = open_hq(tmp_path / "hq", PASSPHRASE)
    again.lock()
    assert not (folder / ("orphan" + ATTACHMENT_SUFFIX)).exists()
    assert (folder / QUARANTINE / ("orphan" + ATTACHMENT_SUFFIX)).read_bytes() == b"encrypted evidence"


@pg
def test_a_second_hq_init_on_the_same_database_is_refused(tmp_path, cleanups):
    url, drop = new_pg_database()
    cleanups.append(drop)
    first = init_hq(tmp_path / "a", PASSPHRASE, params=TEST_PARAMS, db_url=url)
    first.lock()
    with pytest.raises(HQDatabaseTaken) as caught:
        init_hq(tmp_path / "b", PASSPHRASE, params=TEST_PARAMS, db_url=url)
    assert "hq join" in caught.value.render()
    assert not (tmp_path / "b").exists()


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://hq@db.example.invalid/hq",
    "postgresql+psycopg://hq@db.example.invalid/hq?sslmode=require",
    "postgresql+psycopg://hq@10.0.0.5/hq?sslmode=verify-ca",
])
def test_a_remote_database_without_verified_tls_is_refused_before_connecting(tmp_path, url, monkeypatch):
    monkeypatch.delenv("PGSSLMODE", raising=False)
    with pytest.raises(TLSRequired):
        init_hq(tmp_path / "hq", PASSPHRASE, params=TEST_PARAMS, db_url=url)
    assert not (tmp_path / "hq").exists()


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://hq@db.example.invalid/hq?sslmode=verify-full",
    "postgresql+psycopg://hq@127.0.0.1:5432/hq",
    "postgresql+psycopg://hq@localhost/hq",
    "postgresql+psycopg://hq@[::1]/hq",
    "postgresql+psycopg://hq@/hq?host=/var/run/postgresql",
])
def test_loopback_sockets_and_verify_full_pass(url, monkeypatch):
    monkeypatch.delenv("PGSSLMODE", raising=False)
    monkeypatch.delenv("PGHOST", raising=False)
    require_tls(url)


@pg
def test_a_waiter_is_told_who_holds_the_write_lock_and_gives_up(tmp_path, cleanups):
    hq = make_hq(tmp_path / "hq", "postgres", cleanups, author="Айгуль")
    other = create_engine(hq.engine.url)
    locks.configure(other)
    cleanups.append(other.dispose)
    told = []
    with hq.engine.begin() as holding:
        hq.write_lock(holding, "import", "Айгуль")
        with pytest.raises(LockBusy) as caught, other.begin() as conn:
            locks.acquire(conn, "resolve", "bob", wait=0.5, on_wait=told.append)
    assert told and told[0].who == "Айгуль" and told[0].purpose == "import"
    text = caught.value.render()
    assert "Айгуль" in text and time.strftime("%Y-%m-%d") in text
    with other.begin() as conn:  # released with the holder's transaction
        locks.acquire(conn, "resolve", "bob", wait=0.5)


@pg
def test_a_holder_asleep_inside_its_transaction_does_not_block_for_ever(tmp_path, cleanups):
    hq = make_hq(tmp_path / "hq", "postgres", cleanups)
    other = create_engine(hq.engine.url)
    cleanups.append(other.dispose)
    holding = hq.engine.connect()
    holding.exec_driver_sql("SET idle_in_transaction_session_timeout = '1s'")  # 10 min in real life
    hq.write_lock(holding, "import", "sleepy")
    time.sleep(2.5)  # the laptop sleeps in the middle of its import
    with other.begin() as conn:
        locks.acquire(conn, "resolve", "bob", wait=2)  # the server ended the sleeper's session
    with contextlib.suppress(Exception):
        holding.close()


@pg
def test_every_hq_session_has_limits_against_a_dead_holder(tmp_path, cleanups):
    hq = make_hq(tmp_path / "hq", "postgres", cleanups)
    with hq.engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW idle_in_transaction_session_timeout").scalar() == "10min"
        assert conn.exec_driver_sql("SHOW tcp_keepalives_idle").scalar() == "30"


@pg
def test_an_edit_at_hq_on_an_old_revision_names_who_changed_it(tmp_path, cleanups):
    hq = make_hq(tmp_path / "hq", "postgres", cleanups)
    Records(hq, author="setup").create("case", {"id": "c1", "title": "A", "case_type": "criminal",
                                                "confidentiality": "public"})
    doc = {"title": "B", "case_type": "criminal", "confidentiality": "public"}
    Records(hq, author="bob").update("c1", doc, expected_revision=1)
    with pytest.raises(ChangedBy) as caught:
        Records(hq, author="alice").update(
            "c1", {"title": "C", "case_type": "criminal", "confidentiality": "public"}, expected_revision=1)
    assert isinstance(caught.value, ConflictError) and "bob" in caught.value.render()


@pytest.fixture
def run(monkeypatch, capsys):
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)

    def _run(*args, rc=0):
        got = main([str(a) for a in args])
        captured = capsys.readouterr()
        assert got == rc, captured.err + captured.out
        return captured.out + captured.err

    return _run


def _gone() -> OperationalError:
    engine = create_engine(DEAD)
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        return exc
    finally:
        engine.dispose()
    raise AssertionError("port 1 answered")


@pg
def test_a_database_that_goes_away_is_a_clean_message(tmp_path, run, monkeypatch):
    url, drop = new_pg_database()
    try:
        run("hq", "init", "--vault", tmp_path / "hq", "--card-out", tmp_path / "card.json", "--db-url", url,
            *KDF)
        gone = _gone()

        def boom(*_a, **_k):
            raise gone

        monkeypatch.setattr("fielddoc.hq.conflicts.list_conflicts", boom)
        out = run("hq", "conflicts", "--vault", tmp_path / "hq", rc=2)
        assert "The HQ database is not reachable; nothing was saved." in out
        assert "internal error" not in out and "OperationalError" not in out
    finally:
        drop()


@pg
def test_a_multi_file_import_reports_each_files_fate(tmp_path, run, monkeypatch):
    url, drop = new_pg_database()
    try:
        run("hq", "init", "--vault", tmp_path / "hq", "--card-out", tmp_path / "card.json", "--db-url", url,
            *KDF)
        files = []
        for i in range(3):
            f = tmp_path / f"b{i}.fdb"
            f.write_bytes(b"x")
            files.append(f)
        gone = _gone()
        calls = []

        def flaky(_hq, path, **_k):
            calls.append(path)
            raise gone

        monkeypatch.setattr("fielddoc.hq.importer.import_bundle", flaky)
        out = run("hq", "import", "--vault", tmp_path / "hq", *files, rc=2)
        assert len(calls) == 1
        assert "b0.fdb: NOT IMPORTED: The HQ database is not reachable; nothing was saved." in out
        for name in ("b1.fdb", "b2.fdb"):
            assert f"{name}: NOT ATTEMPTED because of the file before" in out
        assert "internal error" not in out
    finally:
        drop()


@pg
def test_audit_appends_from_two_sessions_never_collide(tmp_path, cleanups):
    """Any path that appends to HQ's audit chain (device key rotations, identity export, …), not
    only imports and edits: the second waits for the first instead of reusing its sequence number."""
    import threading

    from fielddoc.records.audit import AuditWriter, verify_chain

    hq = make_hq(tmp_path / "hq", "postgres", cleanups)
    other = create_engine(hq.engine.url)
    cleanups.append(other.dispose)
    from fielddoc.hq.team import sealing

    sealing.use(other, hq.team.key, hq.team.generation)  # another session of a member: same keys
    outcome: list = []

    def second() -> None:
        try:
            with other.begin() as conn:
                AuditWriter(conn, "dev-b", "bob").append("note", None, None, detail="b")
            outcome.append("ok")
        except Exception as exc:  # noqa: BLE001 - the test reports it
            outcome.append(type(exc).__name__)

    with hq.engine.begin() as conn:
        AuditWriter(conn, "dev-a", "alice").append("note", None, None, detail="a")
        t = threading.Thread(target=second)
        t.start()
        time.sleep(1.0)  # bob reads the chain's head while alice's entry is not committed
    t.join(30)
    assert outcome == ["ok"]
    with hq.engine.connect() as conn:
        assert verify_chain(conn) == []


@pg
@pytest.mark.parametrize(("purpose", "said"), [
    ("import", "An import by"), ("resolve", "A conflict resolution by"), ("update", "A record edit by"),
    ("rotation", "A rotation of HQ's keys by"),
])
def test_a_waiter_is_told_what_the_holder_is_doing(tmp_path, cleanups, purpose, said, capsys):
    """Before: every holder was 'An import by …', even an analyst resolving or editing."""
    from fielddoc.cli.hq_ops import told_waiting
    from fielddoc.cli.progress import Meter

    hq = make_hq(tmp_path / "hq", "postgres", cleanups)
    other = create_engine(hq.engine.url)
    cleanups.append(other.dispose)
    with hq.engine.begin() as holding:
        hq.write_lock(holding, purpose, "Dana")
        with pytest.raises(LockBusy) as caught, other.begin() as conn:
            locks.acquire(conn, "import", "Station", wait=0.5, on_wait=told_waiting(Meter("import")))
    assert caught.value.render().startswith(said + " Dana")
    assert capsys.readouterr().err.startswith(said + " Dana")
