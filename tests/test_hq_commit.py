"""A COMMIT at HQ cut by a lost connection is settled from the server's record (hq/commit.py).

The fresh-clone CI of 29209cc caught it: a PostgreSQL restart (``pg_ctl -m fast``) ended the
importer's session just after its COMMIT; the bundle was saved, and the station was told "The HQ
database is not reachable; nothing was saved." Here the lost answer is made exactly: the dialect's
commit runs for real, then the server ends the session and the driver raises what psycopg raises
for a closed connection. Needs FIELDDOC_TEST_PG_URL.
"""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import create_engine, exc, func, select, text

from fielddoc.attachments import service as att
from fielddoc.bundle.writer import export_bundle
from fielddoc.cli.hq_ops import import_failure
from fielddoc.hq import commit
from fielddoc.hq.errors import CommitInDoubt, HQUnreachable
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.verify import verify_hq
from fielddoc.records.service import Records
from fielddoc.store.schema import records, revisions
from fielddoc.store.schema_sync import hq_bundles
from tests.test_bundle_support import NO_PG, PG_URL, link, make_field

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=NO_PG)]

CLOSED = "consuming input failed: server closed the connection unexpectedly"


def _end_session(dbapi_conn) -> None:
    """The server ends this connection's session (what a fast shutdown does to it)."""
    pid = dbapi_conn.dbapi_connection.info.backend_pid
    other = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with other.connect() as c:
        c.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
    other.dispose()


def answer_lost(monkeypatch, engine) -> None:
    """COMMIT reaches the server and is saved; its answer never comes back."""
    real = engine.dialect.do_commit

    def do_commit(dbapi_conn):
        real(dbapi_conn)
        _end_session(dbapi_conn)
        raise psycopg.OperationalError(CLOSED)

    monkeypatch.setattr(engine.dialect, "do_commit", do_commit)


def cut_before(monkeypatch, engine) -> None:
    """The session ends before COMMIT reaches the server: the real driver error, nothing saved."""
    real = engine.dialect.do_commit

    def do_commit(dbapi_conn):
        _end_session(dbapi_conn)
        real(dbapi_conn)

    monkeypatch.setattr(engine.dialect, "do_commit", do_commit)


@pytest.fixture
def bundle(tmp_path, pg_hq):
    field = make_field(tmp_path / "field", "monitor-a")
    try:
        rec = Records(field)
        for i in range(20):
            rec.create("case", {"id": f"case-{i}", "title": f"Case {i}"})
        src = tmp_path / "photo.jpg"
        src.write_bytes(bytes(range(256)) * 400)
        att.attach(field, rec, src, related_ids=["case-1"])
        link(field, pg_hq)
        (tmp_path / "out").mkdir()
        res = export_bundle(field, tmp_path / "out")
        assert res is not None
        return res.path
    finally:
        field.lock()


def _counts(hq) -> tuple[int, int]:
    with hq.engine.connect() as conn:
        return (conn.execute(select(func.count()).select_from(records)).scalar_one(),
                conn.execute(select(func.count()).select_from(hq_bundles)).scalar_one())


def test_an_import_whose_commit_answer_is_lost_is_reported_imported_and_verifies(monkeypatch, pg_hq, bundle):
    answer_lost(monkeypatch, pg_hq.engine)
    result = import_bundle(pg_hq, bundle)  # before: HQUnreachable "nothing was saved", yet it was
    monkeypatch.undo()
    assert result.new_records == 21 and result.new_files == 1  # 20 cases and the attachment, with its file
    assert _counts(pg_hq) == (21, 1)
    assert verify_hq(pg_hq) == []  # the attachment's file is whole too


def test_a_commit_cut_before_the_server_had_it_saves_nothing_and_says_so(monkeypatch, pg_hq, bundle):
    cut_before(monkeypatch, pg_hq.engine)
    with pytest.raises(Exception) as caught:
        import_bundle(pg_hq, bundle)
    monkeypatch.undo()
    results: list = []
    import_failure("b.fdx", caught.value, results, quiet=True)
    assert results[0]["status"] == "failed"
    assert results[0]["message"] == HQUnreachable().render()
    assert _counts(pg_hq) == (0, 0)
    assert import_bundle(pg_hq, bundle).new_records == 21  # the retry imports it all
    assert verify_hq(pg_hq) == []


def test_an_edit_at_hq_whose_commit_answer_is_lost_is_saved_once(monkeypatch, pg_hq):
    rec = Records(pg_hq)
    rec.create("case", {"id": "case-x", "title": "Before"})
    answer_lost(monkeypatch, pg_hq.engine)
    rec.update("case-x", {"id": "case-x", "title": "After"})  # before: HQUnreachable, yet saved
    monkeypatch.undo()
    assert rec.get("case-x")["title"] == "After"
    with pg_hq.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(revisions)
                            .where(revisions.c.record_id == "case-x")).scalar_one() == 2


def test_a_server_that_cannot_be_asked_leaves_the_import_in_doubt_never_not_imported(
    monkeypatch, pg_hq, bundle
):
    answer_lost(monkeypatch, pg_hq.engine)
    real_connect = type(pg_hq.engine).connect

    def refused(self, *a, **kw):
        if self is pg_hq.engine and getattr(refused, "armed", False):
            raise exc.OperationalError("connect", {}, psycopg.OperationalError("connection refused"))
        return real_connect(self, *a, **kw)

    real_settled = commit.settled

    def settled(engine, xid, pid, within=None):
        refused.armed = True  # from COMMIT on, the server does not answer
        try:
            return real_settled(engine, xid, pid, within=0.5)
        finally:
            refused.armed = False

    monkeypatch.setattr(type(pg_hq.engine), "connect", refused)
    monkeypatch.setattr(commit, "settled", settled)
    with pytest.raises(CommitInDoubt) as caught:
        import_bundle(pg_hq, bundle)
    monkeypatch.undo()
    results: list = []
    assert import_failure("b.fdx", caught.value, results, quiet=True) is not None  # the rest waits
    assert results[0]["status"] == "in_doubt" and "NOT IMPORTED" not in results[0]["message"]
    assert "could not find out whether it was saved" in results[0]["message"]
    assert _counts(pg_hq) == (21, 1)  # it was saved: the analyst is told to look, not that it failed
    assert import_bundle(pg_hq, bundle).status == "already_imported"  # importing it again is safe
    assert _counts(pg_hq) == (21, 1)


def test_a_transaction_still_held_by_a_dead_session_is_ended_then_settled(pg_hq):
    engine = pg_hq.engine
    held = engine.connect()
    trans = held.begin()
    held.execute(text("CREATE TEMP TABLE t (x int)"))
    xid, pid = held.execute(text("SELECT txid_current(), pg_backend_pid()")).one()
    assert commit.settled(engine, int(xid), int(pid), within=10) is False  # ended, so aborted
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE pid = :p"),
                            {"p": pid}).scalar_one() == 0
    with pytest.raises(Exception):  # noqa: B017 - the session is gone, whatever the driver calls it
        trans.commit()
    held.invalidate()
    held.close()
    with engine.connect() as conn, conn.begin():
        done = conn.execute(text("SELECT txid_current()")).scalar_one()
    assert commit.settled(engine, int(done), 0, within=1) is True


def test_a_session_ended_during_copy_is_not_reachable_not_an_internal_error(monkeypatch, pg_hq, bundle):
    """COPY runs on the driver's own cursor (hq/staging.py, records/token_index.py): its errors are
    SQLAlchemy's too, so the analyst is told the database is gone, not "internal error"."""
    from fielddoc.hq.dberrors import translated
    from fielddoc.records import token_index

    real = token_index.array_literal
    hit: list[int] = []

    def array_literal(keys):
        if not hit:
            hit.append(1)
            with pg_hq.engine.connect() as c:  # the import's session is the other one writing
                c.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE datname = current_database() AND backend_xid IS NOT NULL "
                               "AND pid <> pg_backend_pid()"))
        return real(keys)

    monkeypatch.setattr(token_index, "array_literal", array_literal)
    with pytest.raises(Exception) as caught:
        import_bundle(pg_hq, bundle)
    monkeypatch.undo()
    assert hit, "the import did not write its search tokens with COPY"
    assert isinstance(translated(caught.value), HQUnreachable), repr(caught.value)  # before: None
    assert _counts(pg_hq) == (0, 0)
    assert import_bundle(pg_hq, bundle).new_records == 21
