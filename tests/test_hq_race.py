"""Several analysts on one PostgreSQL at the same instant (issue 15): no lost decision, no raw error.

Two analyst processes (tests/hq_race_worker.py) each run one write per round, started at the
same planned instant: resolving the same conflict differently, editing the same record, and
resolving different records; then one analyst is killed with SIGKILL in the middle of a round.
Every round ends with exactly the outcome compare-and-set promises and ``hq verify`` clean.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fielddoc.bundle.writer import export_bundle
from fielddoc.hq import conflicts
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.verify import verify_hq
from fielddoc.records import interchange
from fielddoc.records.service import Records
from tests.test_bundle_support import PASSPHRASE, PG_URL, link, make_field, make_hq

pytestmark = [pytest.mark.postgres, pytest.mark.slow,
              pytest.mark.skipif(not PG_URL, reason="FIELDDOC_TEST_PG_URL is not set")]

ROUNDS = 20
ROOT = Path(__file__).resolve().parent.parent


def _case(i: int, title: str = "Shared") -> dict:
    return {"id": f"case-{i:03d}", "title": f"{title} {i}", "case_type": "criminal",
            "confidentiality": "public"}


class Analyst:
    def __init__(self, hq_path: Path, author: str) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
        self.author = author
        self.proc = subprocess.Popen(  # noqa: S603 - our own worker
            [sys.executable, "-m", "tests.hq_race_worker", str(hq_path), author, PASSPHRASE],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT,
        )
        assert json.loads(self._line()) == {"ready": True}

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, "the analyst process ended"
        return line

    def send(self, **cmd) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()

    def answer(self) -> dict:
        return json.loads(self._line())

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.wait(30)


@pytest.fixture
def team(tmp_path):
    """An HQ on PostgreSQL with 3*ROUNDS+4 records in conflict and ROUNDS+2 plain records."""
    cleanups: list = []
    hq = make_hq(tmp_path / "hq", "postgres", cleanups)
    n = 3 * ROUNDS + 4
    fa, fb = make_field(tmp_path / "fa", "monitor-a"), make_field(tmp_path / "fb", "monitor-b")
    for v, who in ((fa, "A"), (fb, "B")):
        interchange.import_dataset(Records(v), {"cases": [_case(i) for i in range(n)]})
        link(v, hq)
        for i in range(n):
            Records(v).update(f"case-{i:03d}", _case(i, f"Edited by {who}"))
        out = tmp_path / f"out-{who}"
        out.mkdir()
        res = export_bundle(v, out)
        assert res is not None
        import_bundle(hq, res.path)
        v.lock()
    rec = Records(hq, author="setup")
    for i in range(ROUNDS + 2):
        rec.create("case", {**_case(500 + i, "Plain")})
    yield hq, tmp_path / "hq"
    for fn in cleanups:
        fn()


def _heads(hq, rid: str) -> list[str]:
    return [v.hash for v in conflicts.versions(hq, rid)]


def test_two_analysts_at_once_lose_no_decision_and_see_no_raw_error(team):
    hq, path = team
    a, b = Analyst(path, "alice"), Analyst(path, "bob")
    figures = {"same_conflict": [0, 0], "same_record": [0, 0], "different_records": [0, 0], "killed": [0, 0]}
    try:
        for r in range(ROUNDS):  # the same conflict, resolved differently at the same instant
            rid = f"case-{r:03d}"
            h = _heads(hq, rid)
            at = time.time() + 0.3
            a.send(op="resolve", rid=rid, take=h[0], based_on=h, at=at)
            b.send(op="resolve", rid=rid, take=h[1], based_on=h, at=at)
            ans = [a.answer(), b.answer()]
            figures["same_conflict"][0] += 1
            oks = [x["ok"] for x in ans]
            if sorted(oks) != [False, True]:
                figures["same_conflict"][1] += 1
            assert sorted(oks) == [False, True], ans
            winner, loser = (("alice", 0), ans[1]) if oks[0] else (("bob", 1), ans[0])
            assert loser["code"] == "ChangedMeanwhile" and winner[0] in loser["message"], loser
            vs = conflicts.versions(hq, rid)
            assert len(vs) == 1
            chosen = h[winner[1]]
            kept = [v for v in Records(hq).history(rid) if v.hash == chosen]
            assert kept and vs[0].doc == kept[0].doc  # the winner's choice, not the hash order's
        for r in range(ROUNDS):  # the same record edited at the same instant
            rid = f"case-{500 + r:03d}"
            rev = int(Records(hq).meta(rid)["revision"])
            at = time.time() + 0.3
            a.send(op="edit", rid=rid, doc=_case(500 + r, "Alice's"), expected=rev, at=at)
            b.send(op="edit", rid=rid, doc=_case(500 + r, "Bob's"), expected=rev, at=at)
            ans = [a.answer(), b.answer()]
            figures["same_record"][0] += 1
            oks = [x["ok"] for x in ans]
            if sorted(oks) != [False, True]:
                figures["same_record"][1] += 1
            assert sorted(oks) == [False, True], ans
            loser = ans[1] if oks[0] else ans[0]
            winner = "alice" if oks[0] else "bob"
            assert loser["code"] == "ChangedBy" and winner in loser["message"], loser
            expected_title = f"{'Alice' if oks[0] else 'Bob'}'s {500 + r}"
            assert Records(hq).get(rid)["title"] == expected_title
        for r in range(ROUNDS):  # different records at the same instant
            r1, r2 = f"case-{ROUNDS + 2 * r:03d}", f"case-{ROUNDS + 2 * r + 1:03d}"
            at = time.time() + 0.3
            h1, h2 = _heads(hq, r1), _heads(hq, r2)
            a.send(op="resolve", rid=r1, take=h1[0], based_on=h1, at=at)
            b.send(op="resolve", rid=r2, take=h2[1], based_on=h2, at=at)
            ans = [a.answer(), b.answer()]
            figures["different_records"][0] += 1
            if not all(x["ok"] for x in ans):
                figures["different_records"][1] += 1
            assert all(x["ok"] for x in ans), ans
        # kill -9 of one analyst in the middle of each kind of write
        for k, (rid, op) in enumerate(((f"case-{3 * ROUNDS:03d}", "resolve"), ("case-520", "edit"),
                                       (f"case-{3 * ROUNDS + 1:03d}", "resolve"))):
            victim = Analyst(path, "carol")
            at = time.time() + 0.3
            if op == "resolve":
                h = _heads(hq, rid)
                victim.send(op="resolve", rid=rid, take=h[1], based_on=h, at=at)
                other = rid if k == 0 else f"case-{3 * ROUNDS + 2:03d}"  # the same record, then another
                ho = _heads(hq, other)
                a.send(op="resolve", rid=other, take=ho[0], based_on=ho, at=at)
            else:
                rev = int(Records(hq).meta(rid)["revision"])
                victim.send(op="edit", rid=rid, doc=_case(520, "Carol's"), expected=rev, at=at)
                a.send(op="edit", rid=rid, doc=_case(520, "Alice's"), expected=rev, at=at)
            time.sleep(0.3 + random.uniform(0.0, 0.05))  # noqa: S311 - a test's timing
            victim.proc.send_signal(signal.SIGKILL)
            victim.proc.wait(30)
            ans = a.answer()
            figures["killed"][0] += 1
            clean = ans["ok"] or ans["code"] in ("ChangedMeanwhile", "ChangedBy", "NotAHead")
            if not clean:
                figures["killed"][1] += 1
            assert clean, ans
    finally:
        a.close()
        b.close()
    assert verify_hq(hq, files=False) == []
    print("figures (rounds, failures):", figures)


def test_a_database_that_drops_the_import_mid_way_is_a_clean_message_and_leaves_nothing(tmp_path):
    """The server ending the importer's session (what a restart does to it) mid-import: rc 2, the
    translated message, not one row of the bundle saved; the same bundle then imports in full."""
    from sqlalchemy import create_engine, func, select

    from fielddoc.store.schema import revisions

    cleanups: list = []
    hq = make_hq(tmp_path / "hq", "postgres", cleanups)
    try:
        field = make_field(tmp_path / "field", "monitor-a")
        interchange.import_dataset(Records(field), {"cases": [_case(i) for i in range(3000)]})
        link(field, hq)
        (tmp_path / "out").mkdir()
        res = export_bundle(field, tmp_path / "out")
        assert res is not None
        field.lock()
        url = hq.engine.url
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
               "FIELDDOC_PASSPHRASE": PASSPHRASE}
        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        proc = subprocess.Popen(  # noqa: S603 - our own CLI
            [sys.executable, "-m", "tests.helpers.cheap_cli", "hq", "import", "--vault", str(tmp_path / "hq"),
             str(res.path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        ended = 0
        deadline = time.time() + 60
        with admin.connect() as c:
            while not ended and proc.poll() is None and time.time() < deadline:
                ended = c.exec_driver_sql(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = %(d)s "
                    "AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()", {"d": url.database}).scalar()
                time.sleep(0.05)
        out, errs = proc.communicate(timeout=60)
        admin.dispose()
        assert ended, "the import finished before its session could be ended"
        assert "internal error" not in errs + out and "OperationalError" not in errs + out
        with hq.engine.connect() as conn:
            saved = conn.execute(select(func.count()).select_from(revisions)).scalar()
        if proc.returncode == 0:  # ended inside its COMMIT, which the server had: settled as saved
            assert saved == 3000, out + errs  # (hq/commit.py; tests/test_hq_commit.py makes it exactly)
            return
        assert proc.returncode == 2, errs
        assert "The HQ database is not reachable; nothing was saved." in errs
        assert saved == 0
        assert import_bundle(hq, res.path).new_records == 3000
        with hq.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(revisions)).scalar() == 3000
    finally:
        for fn in cleanups:
            fn()
