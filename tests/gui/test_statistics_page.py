"""The statistics page: figures by SQL aggregates on the worker, cached per store generation."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import event, select

from tests.gui.keys import click

EXTRA = {
    "hearings": [
        {"id": "hrg-x-year", "case_id": "case-kozlov", "date": "2013", "status": "held",
         "fair_trial": [{"item": "ft.public.public_admitted", "answer": "no"},
                        {"item": "ft.public.public_admitted", "answer": "yes", "assessment": "not_assessed"},
                        {"item": "ft.presence.dock_cage", "answer": "yes",
                         "assessment": "apparent_violation"}]},
        {"id": "hrg-x-gap", "case_id": "case-kozlov", "date": "2014-02-03", "status": "held"},
    ],
    "detentions": [
        {"id": "det-x-twice", "person_id": "per-kozlov", "procedure": "administrative",
         "custody_segments": [{"facility": "a", "facility_type": "police_station"},
                              {"facility": "b", "facility_type": "police_station"},
                              {"facility": "c", "facility_type": "in_transit"}]},
        {"id": "det-x-none", "person_id": "per-kozlov"},
    ],
}


def _by_documents(store, date_from=None, date_to=None):
    """The reference: every live document read in Python (the page's way before it used SQL)."""
    from fielddoc.gui.models import stats as st
    from fielddoc.records import vocab
    from fielddoc.store.schema import records

    out = st.Statistics()
    months, facilities, procedures = Counter(), Counter(), Counter()
    with store.engine.connect() as conn:
        rows = conn.execute(select(records.c.kind, records.c.date_sort, records.c.doc).where(
            records.c.kind.in_(st.STAT_KINDS), records.c.deleted_at.is_(None))).all()
    for kind, ds, raw in rows:
        if date_from or date_to:
            if not ds or (date_from and ds + "~" < date_from) or (date_to and ds > date_to + "~"):
                continue
        doc = json.loads(raw)
        if kind in ("hearing", "case"):
            for o in doc.get("fair_trial") or []:
                if vocab.FAIR_TRIAL_BY_ID.get(str(o.get("item"))) is not None:
                    st._observe(out, o.get("item"), o.get("assessment"), o.get("answer"), 1)
        if kind == "hearing":
            out.hearings += 1
            if ds and len(ds) >= 7:
                months[ds[:7]] += 1
        elif kind == "detention":
            out.detentions += 1
            procedures[str(doc.get("procedure") or "unknown")] += 1
            for code in {s["facility_type"] for s in doc.get("custody_segments") or []
                         if isinstance(s.get("facility_type"), str)}:
                facilities[code] += 1
    out.hearings_per_month = st._months(months)
    out.detentions_by_facility = st._ordered(facilities, "facility_type")
    out.detentions_by_procedure = st._ordered(procedures, "procedure")
    return out


@pytest.mark.parametrize("date_from,date_to", [(None, None), ("2012", None), (None, "2012-03"),
                                               ("2012-01", "2012-12-31"), ("2013", "2014")])
def test_the_sql_figures_are_those_of_the_documents(vault, loaded, date_from, date_to):
    from fielddoc.gui.models.stats import compute
    from fielddoc.records.interchange import import_dataset

    import_dataset(loaded, EXTRA)
    loaded.delete("hrg-x-gap")
    assert compute(vault, date_from, date_to) == _by_documents(vault, date_from, date_to)


def _statements(engine):
    """Every statement run on ``engine`` from now on, with the thread it ran on."""
    seen: list[tuple[str, bool]] = []

    def note(_conn, _cursor, statement, *_args):
        seen.append((statement, threading.current_thread() is threading.main_thread()))

    event.listen(engine, "before_cursor_execute", note)
    return seen


def _open_statistics(qtbot, window):
    ws = window.workspace
    nav = ws.nav
    item = nav.item(nav.count() - 1)
    click(nav.viewport(), nav.visualItemRect(item).center())
    qtbot.waitUntil(lambda: ws.stats is not None and ws.stats.stats is not None, timeout=10000)
    return ws.stats


def test_refresh_without_a_change_answers_from_the_cache(qtbot, window, vault):
    """Refresh (and any visit) while nothing changed reads no record; a save makes it count again."""
    page = _open_statistics(qtbot, window)
    before = page.stats
    assert before.hearings == 6
    seen = _statements(vault.engine)
    click(page.refresh_button)
    qtbot.waitUntil(lambda: page.stats is not before or not page.session.runner.active, timeout=10000)
    qtbot.waitUntil(lambda: not page.session.runner.active, timeout=10000)
    assert page.stats == before
    assert seen and not [s for s, _gui in seen if "records" in s], seen
    window.session.records.create("hearing", {"case_id": "case-kozlov", "date": "2015-05-05",
                                              "status": "held"})
    seen.clear()
    click(page.refresh_button)
    qtbot.waitUntil(lambda: page.stats.hearings == 7, timeout=10000)
    assert [s for s, _gui in seen if "records" in s]
    assert page.stats.hearings_per_month[-1] == ("2015-05", 1)


def test_the_page_is_computed_on_the_worker_while_the_gui_keeps_running(qtbot, window, vault, monkeypatch):
    """A slow store (the compute held back 0.8 s on the worker): the event loop keeps serving a 10 ms
    timer all the while, "Computing…" is shown, and no statement over the records runs on the GUI thread."""
    from fielddoc.gui.models import stats as st

    real = st.compute

    def slow(*args, **kwargs):
        time.sleep(0.8)
        return real(*args, **kwargs)

    monkeypatch.setattr(st, "compute", slow)
    seen = _statements(vault.engine)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    ws = window.workspace
    nav = ws.nav
    click(nav.viewport(), nav.visualItemRect(nav.item(nav.count() - 1)).center())
    assert ws.stats is not None and ws.stats.summary.text() == "Computing…"
    shown = time.perf_counter()
    qtbot.waitUntil(lambda: ws.stats.stats is not None, timeout=10000)
    timer.stop()
    during = [t for t in ticks if t >= shown]
    assert len(during) >= 20, len(during)
    assert max(b - a for a, b in zip(during, during[1:], strict=False)) < 0.5  # never blocked for the 0.8 s
    assert ws.stats.stats.hearings == 6
    records_sql = [gui for s, gui in seen if "records" in s]
    assert records_sql and not any(records_sql)


def _stats_sql(statements):
    """The statements that count the figures (this code's SQL, or a pass over the documents)."""
    return [s for s in statements if "json_each" in s or "substr(records.date_sort" in s
            or ("records.doc" in s and "records.kind IN" in s)]


def test_after_unlock_the_figures_kept_in_the_vault_are_shown_at_once(qtbot, window, vault, monkeypatch):
    """Counting reads every document (seconds at 100k records): the whole period's figures are kept in
    the vault, shown at once after unlock (exact when nothing changed), else marked with the time they
    were counted until the worker has counted again."""
    from sqlalchemy.engine import Engine

    from fielddoc.gui.models import stats as st
    from tests.gui.keys import unlock

    _open_statistics(qtbot, window)
    window.runner.wait_idle()
    window.lock.lock("hotkey")
    qtbot.waitUntil(lambda: window.session is None, timeout=5000)
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(Engine, "before_cursor_execute", note)
    try:
        unlock(qtbot, window)
        page = _open_statistics(qtbot, window)
        window.runner.wait_idle()
        qtbot.wait(50)
    finally:
        event.remove(Engine, "before_cursor_execute", note)
    assert _stats_sql(seen) == []  # nothing counted again: the kept figures are this generation's
    assert page.stats.hearings == 6 and page.counted_at is None

    window.session.records.create("hearing", {"case_id": "case-kozlov", "date": "2015-05-05",
                                              "status": "held"})
    window.lock.lock("hotkey")
    qtbot.waitUntil(lambda: window.session is None, timeout=5000)
    real = st.compute

    def slow(*args, **kwargs):
        time.sleep(0.8)
        return real(*args, **kwargs)

    monkeypatch.setattr(st, "compute", slow)
    unlock(qtbot, window)
    ws = window.workspace
    nav = ws.nav
    click(nav.viewport(), nav.visualItemRect(nav.item(nav.count() - 1)).center())
    qtbot.waitUntil(lambda: ws.stats.stats is not None, timeout=10000)
    page = ws.stats
    assert page.stats.hearings == 6 and page.counted_at
    assert "counting again" in page.summary.text()
    qtbot.waitUntil(lambda: page.stats.hearings == 7, timeout=10000)
    assert page.counted_at is None and "counting again" not in page.summary.text()


@pytest.mark.postgres
def test_the_sql_figures_on_postgresql_are_those_of_the_documents(tmp_path, acceptance):
    """The same statements in PostgreSQL's dialect (jsonb), on an HQ holding the same records."""
    from fielddoc.gui.models.stats import compute, generation
    from fielddoc.records.interchange import import_dataset
    from fielddoc.records.service import Records
    from tests.test_bundle_support import NO_PG, PG_URL, make_hq

    if not PG_URL:
        pytest.skip(NO_PG)
    cleanups: list = []
    store = make_hq(tmp_path / "hq", "postgres", cleanups)
    try:
        rec = Records(store)
        import_dataset(rec, acceptance)
        import_dataset(rec, EXTRA)
        rec.delete("hrg-x-gap")
        for date_from, date_to in ((None, None), ("2012", None), (None, "2012-03"), ("2013", "2014")):
            got = compute(store, date_from, date_to)
            assert got == _by_documents(store, date_from, date_to), (date_from, date_to)
        assert got.hearings == 1 and compute(store).detentions == 6
        before = generation(store)
        assert generation(store) == before
        rec.delete("hrg-x-year")
        assert generation(store) != before  # the cache's key moves with every change
    finally:
        for fn in cleanups:
            fn()
