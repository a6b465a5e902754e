"""Every list on the acceptance set; search, date range and confidentiality filters; sorting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fielddoc.gui.models.record_table import ID_ROLE, TITLE_ROLE

COUNTS = {"case": 5, "hearing": 6, "incident": 4, "detention": 4, "person": 17, "organisation": 12,
          "location": 9, "source": 17, "attachment": 2}


def _apply(qtbot, lst, **changes):
    with qtbot.waitSignal(lst.model.counted, timeout=5000):
        for name, value in changes.items():
            widget = getattr(lst.filters, name)
            widget.setText(value)
        lst.filters.emit_now()


def _titles(model):
    return [model.data(model.index(r, 0), TITLE_ROLE) for r in range(model.rowCount())]


@pytest.mark.parametrize("kind", sorted(COUNTS))
def test_each_list_opens(qtbot, window, kind):
    lst = window.workspace.show_section(kind, wait=True)
    assert lst.model.rowCount() == COUNTS[kind]
    assert all(_titles(lst.model))
    lst.select_row(0)
    rid = lst.model.data(lst.model.index(0, 0), ID_ROLE)
    assert lst.detail.current is not None and lst.detail.current.id == rid
    assert lst.detail.browser.toPlainText().strip()
    assert str(COUNTS[kind]) in lst.count.text()


def test_all_records_and_type_filter(qtbot, window):
    lst = window.workspace.show_section(None, wait=True)
    total = lst.model.rowCount()
    assert total == 107
    with qtbot.waitSignal(lst.model.counted, timeout=5000):
        lst.filters.type_box.setCurrentIndex(lst.filters.type_box.findData("hearing"))
    assert lst.model.rowCount() == 6


def test_search_narrows_the_list(qtbot, window):
    lst = window.workspace.show_section("person", wait=True)
    _apply(qtbot, lst, search="kozlov")
    assert _titles(lst.model) == ["Vladimir Kozlov"]
    _apply(qtbot, lst, search="")
    assert lst.model.rowCount() == 17
    every = window.workspace.show_section(None, wait=True)
    _apply(qtbot, every, search="Zhanaozen")
    assert 0 < every.model.rowCount() < 107
    assert "Found" in every.count.text()


def test_search_is_debounced_while_typing(qtbot, window):
    lst = window.workspace.show_section("source", wait=True)
    with qtbot.waitSignal(lst.model.counted, timeout=5000):
        qtbot.keyClicks(lst.filters.search, "Reuters")
    assert lst.model.rowCount() == 1


def test_date_range_filter(qtbot, window):
    lst = window.workspace.show_section("hearing", wait=True)
    _apply(qtbot, lst, date_from="2012-06", date_to="2012-08")
    dates = sorted(lst.model.data(lst.model.index(r, 0)) for r in range(lst.model.rowCount()))
    assert dates == ["2012-06-04", "2012-08-02"]
    _apply(qtbot, lst, date_from="2012", date_to="")
    assert lst.model.rowCount() == 6
    _apply(qtbot, lst, date_from="2013")
    assert lst.model.rowCount() == 0


def test_confidentiality_filter(qtbot, window):
    lst = window.workspace.show_section("person", wait=True)
    with qtbot.waitSignal(lst.model.counted, timeout=5000):
        lst.filters.set_confidentiality(("device_only",))
    assert _titles(lst.model) == ["ANON-001"]
    with qtbot.waitSignal(lst.model.counted, timeout=5000):
        lst.filters.set_confidentiality(("public",))
    assert lst.model.rowCount() == 15
    assert "ANON-001" not in _titles(lst.model)
    with qtbot.waitSignal(lst.model.counted, timeout=5000):
        lst.filters.clear()
    assert lst.model.rowCount() == 17


def test_sorting_by_header(qtbot, window):
    lst = window.workspace.show_section("person", wait=True)
    with qtbot.waitSignal(lst.model.counted, timeout=5000):
        lst.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    titles = _titles(lst.model)
    assert titles == sorted(titles, reverse=True)
    with qtbot.waitSignal(lst.model.counted, timeout=5000):
        lst.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _titles(lst.model) == sorted(titles)


def test_case_timeline(qtbot, window):
    view = window.workspace.open_case("case-zhanaozen-37", wait=True)
    kinds = [view.timeline_model.event_at(r).kind for r in range(view.timeline_model.rowCount())]
    assert kinds.count("hearing") == 4
    assert "incident" in kinds and "opened" in kinds
    people = view.people_model
    names = [people.data(people.index(r, 0)) for r in range(people.rowCount())]
    assert "Roza Tuletayeva" in names
    view.timeline.grab()
    hearing_row = kinds.index("hearing")
    with qtbot.waitSignal(view.timeline.activated):
        view.timeline._activate(hearing_row)
    assert view.detail.current is not None and view.detail.current.kind == "hearing"


def test_statistics_page(qtbot, window):
    page = window.workspace.show_section("statistics", wait=True)
    s = page.stats
    assert s is not None and s.hearings == 6 and s.detentions == 4
    assert sum(n for _m, n in s.hearings_per_month) == 6
    assert page.concerns.rowCount() > 0 and page.facilities.rowCount() > 0
    assert {c for c, _n in s.detentions_by_procedure} == {"criminal", "administrative"}
    page.grab()


def test_a_long_list_is_counted_up_to_a_cap_and_grows_as_it_is_scrolled(qtbot, window, monkeypatch):
    """The count stops at COUNT_CAP (10,001 in use; 51 here, on the 107 records): "50+" is shown,
    and scrolling to the end fetches the rest page by page until the true total is known."""
    from PySide6.QtCore import Qt as _Qt

    from fielddoc.gui.models.record_table import RecordTableModel

    monkeypatch.setattr(RecordTableModel, "COUNT_CAP", 51)
    lst = window.workspace.show_section(None, wait=True)
    lst.model.set_filter(lst.model.filter, wait=True)
    assert lst.model.rowCount() == 50
    assert lst.count.text().replace("\u202f", "") == "Records: 50+"
    lst.table.setFocus()
    for _ in range(5):
        qtbot.keyClick(lst.table, _Qt.Key.Key_End, _Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(20)
    assert lst.model.rowCount() == 107
    assert lst.count.text().replace("\u202f", "") == "Records: 107"
