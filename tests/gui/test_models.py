"""pytest-qt's model tester on every table model of the application."""

from __future__ import annotations

import pytest

from fielddoc.gui.models.record_table import RecordTableModel


@pytest.mark.parametrize("kind", ["case", "hearing", "incident", "detention", "person", "organisation",
                                  "location", "source", "attachment", None])
def test_record_table_model(qtmodeltester, vault, loaded, kind):
    """One tester per model (the tester stays connected and checks every later change)."""
    from fielddoc.records.query import Filter

    model = RecordTableModel(vault, kind)
    model.reload(wait=True)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    # later changes are checked by the connected tester: sort, filter, clear (on lock)
    order = model.sort_state[1]
    model.sort(0, order)
    model.set_filter(Filter(text="Zhanaozen"), wait=True)
    model.set_filter(Filter(), wait=True)
    model.retranslate()
    model.clear()
    assert model.rowCount() == 0


def test_paging_beyond_the_first_page(qtmodeltester, vault, loaded):
    model = RecordTableModel(vault, None)
    model.PAGE = 10
    model.MAX_PAGES = 3
    model.reload(wait=True)
    ids = [model.record_id(r) for r in range(model.rowCount())]
    assert len(ids) == 107 and len(set(ids)) == 107
    assert len(model._pages) <= 3
    qtmodeltester.check(model, force_py=True)


def test_case_and_chart_models(qtmodeltester, vault, loaded):
    from fielddoc.gui.models.case_models import PeopleModel, TimelineModel
    from fielddoc.gui.models.case_overview import case_overview
    from fielddoc.gui.models.series import SeriesModel
    from fielddoc.gui.models.stats import compute
    from fielddoc.records.service import Records

    ov = case_overview(Records(vault), "case-kozlov")
    timeline, people = TimelineModel(), PeopleModel()
    timeline.set_events(ov.events)
    people.set_people(ov.people)
    assert timeline.rowCount() and people.rowCount()
    stats = compute(vault)
    months = SeriesModel([lambda: "Hearings"], lambda c: c)
    months.set_rows([(m, [n]) for m, n in stats.hearings_per_month])
    concerns = SeriesModel([lambda: "a", lambda: "b", lambda: "c"], lambda c: c)
    concerns.set_rows(sorted(stats.concerns_by_group.items()))
    assert months.rowCount() and concerns.rowCount()
    for model in (timeline, people, months, concerns):
        qtmodeltester.check(model, force_py=True)
        qtmodeltester._cleanup()  # one tester at a time, each fully checked


def test_a_hearing_known_only_by_its_date_is_named_in_the_interface_language(qapp) -> None:
    """A hearing's stored title is its ISO date; tabs, headings and lists read it as people do."""
    from fielddoc import i18n
    from fielddoc.gui.models import labels

    try:
        i18n.set_language("ru")
        assert labels.hearing_title("2026-12-06T18:39", None, None) == "6 декабря 2026"
        i18n.set_language("kk")
        assert labels.hearing_title("2026-12-06", None, None) == "6 желтоқсан 2026"
        i18n.set_language("en")
        assert labels.hearing_title("2011-12", None, None) == "December 2011"
        assert labels.hearing_title(None, None, None) == ""
    finally:
        i18n.set_language("en")
