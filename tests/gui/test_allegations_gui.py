"""The hearing form's repeatable torture-allegation editor, driven by keys and clicks (issue 12)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from tests.gui.forms_fixtures import *  # noqa: E402,F403
from tests.gui.keys import CTRL, click, press, show_field, type_text  # noqa: E402


def _choose(qtbot, editor, combo, typed: str, label: str) -> None:
    """Pick a vocabulary entry with the keyboard: click the box, close its list, type the start of a label."""
    show_field(editor, combo)
    qtbot.waitUntil(combo.isVisible, timeout=2000)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    type_text(typed)  # no space: a space opens the list
    assert combo.currentText().startswith(label), combo.currentText()


def test_old_allegation_shows_as_a_row_and_a_second_one_is_added(qtbot, make_editor, loaded):
    editor = make_editor("hearing", record_id="hrg-zh-2012-04-16")
    allegations = editor.widget("torture_allegations")
    assert len(allegations.rows) == 1  # the old single allegation, upgraded on read
    first = allegations.rows[0]
    assert first.widget("person_id").value() == "per-tuletayeva"
    assert first.widget("role").value() == "defendant"
    show_field(editor, allegations.add_button)
    click(allegations.add_button)
    assert len(allegations.rows) == 2
    row = allegations.rows[1]
    person = row.widget("person_id")
    show_field(editor, person)
    qtbot.waitUntil(person.edit.isVisible, timeout=2000)
    click(person.edit)
    type_text("Kozlov")
    qtbot.waitUntil(lambda: person.model.rowCount() > 0 and person.completer.popup().isVisible(),
                    timeout=3000)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    assert person.value() == "per-kozlov"
    _choose(qtbot, editor, row.widget("role"), "Witness", "Witness")
    _choose(qtbot, editor, row.widget("phase"), "In", "In police")
    _choose(qtbot, editor, row.widget("court_response"), "Referred", "Referred")
    methods = row.widget("methods")
    show_field(editor, methods.picker)
    click(methods.picker)
    type_text("010000000000")
    qtbot.waitUntil(lambda: methods.picker.suggest.popup().isVisible(), timeout=3000)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    perp = row.widget("perpetrator_description")
    show_field(editor, perp)
    click(perp)
    type_text("two officers")
    press(Qt.Key.Key_S, CTRL)
    assert not editor.problem_box.text(), editor.problem_box.text()
    stored = loaded.get("hrg-zh-2012-04-16")
    assert "torture_allegation" not in stored
    assert stored["torture_allegations"][1] == {
        "person_id": "per-kozlov", "role": "witness", "phase": "police_custody",
        "court_response": "referred_to_prosecutor", "methods": ["010000000000"],
        "perpetrator_description": "two officers",
    }


def test_case_view_defendants_tab(qtbot, window):
    from tests.gui.keys import click_row, click_tab

    view = window.workspace.open_case("case-zhanaozen-37", wait=True)
    click_tab(view.lists, 1)
    assert view.lists.currentWidget() is view.defendants
    assert view.lists.tabText(1).replace("&", "") == "Defendants"
    model = view.defendants_model
    rows = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    roza = rows["Roza Tuletayeva"]
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert model.data(model.index(roza, header.index("Torture allegations"))) == "1"
    assert model.data(model.index(roza, header.index("Verdict"))) == "Guilty"
    assert model.data(model.index(roza, header.index("In custody"))) == "Yes"
    click_row(view.defendants, roza)
    qtbot.waitUntil(lambda: view.detail.current is not None and view.detail.current.kind == "person",
                    timeout=3000)


def test_detained_on_a_day(qtbot, window):
    from tests.gui.keys import click

    page = window.workspace.show_section("statistics", wait=True)
    card = page.detained
    from PySide6.QtWidgets import QScrollArea

    page.findChild(QScrollArea).ensureWidgetVisible(card.day)
    qtbot.waitUntil(card.day.isVisible, timeout=2000)
    click(card.day)
    type_text("2012-03-07")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card.model.rowCount() > 0, timeout=5000)
    people = [card.model.item(r, 0).text() for r in range(card.model.rowCount())]
    assert "Natalia Sokolova" in people  # held until 7 March 2012
    assert card.count.text() == f"{len(people)} in detention"
    card.day.selectAll()
    type_text("2012-03-08")
    click(card.show_button)
    qtbot.waitUntil(lambda: "Natalia Sokolova" not in [card.model.item(r, 0).text()
                                                       for r in range(card.model.rowCount())], timeout=5000)


def test_case_programme_fields_and_list_filters(qtbot, make_editor, loaded):
    """The case form's programme fields by keys and clicks; the stored values are what was chosen."""
    from tests.gui.keys import click

    editor = make_editor("case", record_id="case-kozlov")
    status = editor.widget("monitoring_status")
    show_field(editor, status)
    click(status)
    type_text("pending")
    qtbot.waitUntil(lambda: status.suggest.popup().isVisible(), timeout=3000)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    _choose(qtbot, editor, editor.widget("priority"), "High", "High")
    tags = editor.widget("tags")
    show_field(editor, tags)
    click(tags)
    type_text("zhanaozen, journalism")
    criteria = editor.widget("selection_criteria")
    show_field(editor, criteria.boxes["journalist_defendant"])
    click(criteria.boxes["journalist_defendant"])
    press(Qt.Key.Key_S, CTRL)
    assert not editor.problem_box.text(), editor.problem_box.text()
    doc = loaded.get("case-kozlov")
    assert doc["monitoring_status"] == "020000000000"
    assert doc["priority"] == "high"
    assert doc["tags"] == ["zhanaozen", "journalism"]
    assert doc["selection_criteria"] == ["journalist_defendant"]


def test_case_list_filters_on_priority_and_tag(qtbot, window, loaded):
    doc = loaded.get("case-kozlov")
    loaded.update("case-kozlov", {**doc, "priority": "high", "tags": ["journalism"]})
    lst = window.workspace.show_section("case", wait=True)
    bar = lst.filters
    assert bar.priority.isVisibleTo(bar) and bar.tag.isVisibleTo(bar)
    with qtbot.waitSignal(lst.model.counted, timeout=5000):
        bar.priority.setFocus()
        type_text("High")
    assert lst.model.rowCount() == 1
    with qtbot.waitSignal(lst.model.counted, timeout=5000):
        bar.tag.setFocus()
        type_text("nothing")
        bar.emit_now()
    assert lst.model.rowCount() == 0


def test_sentence_edited_by_keys(qtbot, make_editor, loaded):
    from tests.gui.keys import click

    editor = make_editor("hearing", record_id="hrg-kozlov-2012-10-08")
    row = editor.widget("verdicts").rows[0]
    assert row.widget("sentence.years").value() == 7  # 7.5 years, upgraded
    assert row.widget("sentence.months").value() == 6
    days = row.widget("sentence.days")
    show_field(editor, days)
    click(days)
    type_text("15")
    _choose(qtbot, editor, row.widget("sentence.regime"), "Medium", "Medium security")
    fine = row.widget("sentence.fine.amount")
    show_field(editor, fine)
    click(fine)
    type_text("100")
    _choose(qtbot, editor, row.widget("sentence.fine.unit"), "Monthly", "Monthly calculation")
    press(Qt.Key.Key_S, CTRL)
    assert not editor.problem_box.text(), editor.problem_box.text()
    sentence = loaded.get("hrg-kozlov-2012-10-08")["verdicts"][0]["sentence"]
    assert sentence == {"type": "imprisonment", "years": 7, "months": 6, "days": 15,
                        "regime": "medium_security",
                        "fine": {"amount": 100, "unit": "MCI"},
                        "additional_penalties": [{"type": "confiscation"}]}  # kept, though not on the form


def test_statistics_count_allegations_by_court_response(qtbot, window, loaded):
    """The statistics page's period and a case chosen by keys narrow the count (issue 12)."""
    from PySide6.QtWidgets import QScrollArea

    from tests.gui.keys import click

    h = loaded.get("hrg-zh-2012-04-16")
    h["torture_allegations"] = [
        {"person_id": "per-tuletayeva", "role": "defendant", "court_response": "refused_to_examine"},
        {"person_id": "per-kozlov", "role": "witness", "court_response": "not_addressed"},
        {"person_id": "per-tuletayeva", "role": "defendant"}]
    loaded.update("hrg-zh-2012-04-16", h)
    k = loaded.get("hrg-kozlov-2012-10-08")
    k["torture_allegations"] = [{"person_id": "per-kozlov", "role": "defendant",
                                 "court_response": "evidence_excluded"}]
    loaded.update("hrg-kozlov-2012-10-08", k)
    page = window.workspace.show_section("statistics", wait=True)
    card = page.allegations

    def rows() -> dict[str, tuple[str, str]]:
        return {card.model.item(r, 0).text(): (card.model.item(r, 1).text(), card.model.item(r, 2).text())
                for r in range(card.model.rowCount())}

    click(page.date_from)
    type_text("2012-04")
    click(page.date_to)
    type_text("2012-04")
    click(page.refresh_button)
    qtbot.waitUntil(lambda: card.total.text() == "All allegations: 3, persons: 2, in 1 of 1 hearings",
                    timeout=5000)
    got = rows()
    assert got["Court refused to examine it"] == ("1", "1")
    assert got["Not addressed by the court"] == ("1", "1") and got["Not recorded"] == ("1", "1")
    assert got["Evidence excluded"] == ("0", "0")  # October: outside the period
    page.date_from.clear()
    page.date_to.clear()
    click(page.refresh_button)
    qtbot.waitUntil(lambda: rows().get("Evidence excluded") == ("1", "1"), timeout=5000)
    page.findChild(QScrollArea).ensureWidgetVisible(card.case)
    qtbot.waitUntil(card.case.edit.isVisible, timeout=2000)
    click(card.case.edit)
    type_text("Kozlov, Sapar")
    qtbot.waitUntil(lambda: card.case.completer.popup().isVisible(), timeout=3000)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card.case.value() == "case-kozlov", timeout=3000)
    click(card.show_button)
    qtbot.waitUntil(lambda: rows().get("Court refused to examine it") == ("0", "0"), timeout=5000)
    assert rows()["Evidence excluded"] == ("1", "1")
    assert card.total.text() == "All allegations: 1, persons: 1, in 1 of 1 hearings"
    assert "Not recorded" not in rows()
