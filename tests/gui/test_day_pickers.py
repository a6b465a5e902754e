"""Pickers of linked records under real keys: "+ New …" makes a record with the typed
name, only when the form is saved; Esc closes the suggestion list, not the form; typed
text is a change; Down enters the list, Up never lands on "+ New …"; an exact match is
offered first and no "+ New …" beside it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fielddoc.gui.widgets.common import EMPTY
from fielddoc.gui.widgets.pickers import CREATE_ROLE, ID_ROLE
from fielddoc.records import query
from tests.gui.forms_fixtures import *  # noqa: F403
from tests.gui.keys import CTRL, click, press, show_field, type_text, wait_popup

NEW_NAME = "Серик Прокуроров"


def persons_named(store, name: str) -> list[str]:
    rows = query.list_records(store, query.Filter(kind="person"), limit=10000)
    return [r["id"] for r in rows if r.get("title") == name]


def _choose_new(qtbot, picker, name: str) -> None:
    """Type a name nobody has, then Down, Down … to "+ New person", Enter."""
    show_field(picker.window(), picker)
    click(picker.edit)
    type_text(name)
    popup = wait_popup(qtbot, picker)
    while True:
        press(Qt.Key.Key_Down)
        index = popup.currentIndex()
        assert index.isValid(), "Down must enter the list"
        if index.data(CREATE_ROLE):
            break
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2000)


@pytest.mark.parametrize("field", ["presiding_judge_id", "prosecutor_ids"])
def test_new_person_from_the_list_has_the_typed_name_and_goes_with_the_form(
        qtbot, make_editor, loaded, vault, field):
    editor = make_editor("hearing")
    widget = editor.widget(field)
    picker = getattr(widget, "picker", widget)
    _choose_new(qtbot, picker, NEW_NAME)
    if widget is picker:
        assert picker.edit.text() == NEW_NAME
    else:
        assert [widget.list.item(i).text() for i in range(widget.list.count())] == [NEW_NAME]
    assert persons_named(loaded.store, NEW_NAME) == [], "nothing is created before the form is saved"
    assert not [r for r in query.list_records(loaded.store, query.Filter(kind="person"), limit=10000)
                if "New" in str(r.get("title")) or "+" in str(r.get("title"))]
    # Discard the form: no such person exists.
    press(Qt.Key.Key_Escape)
    assert not editor.isVisible() or editor._closing
    assert persons_named(loaded.store, NEW_NAME) == []


def test_new_person_is_created_once_with_the_form_save(qtbot, make_editor, loaded):
    editor = make_editor("hearing")
    _choose_new(qtbot, editor.widget("presiding_judge_id"), NEW_NAME)
    case = editor.widget("case_id")
    show_field(editor, case)
    click(case.edit)
    type_text("Sokolova")
    wait_popup(qtbot, case)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    assert case.value() == "case-sokolova"
    press(Qt.Key.Key_S, CTRL)
    assert editor.record_id is not None, editor.problem_box.text()
    created = persons_named(loaded.store, NEW_NAME)
    assert len(created) == 1
    assert loaded.get(editor.record_id)["presiding_judge_id"] == created[0]
    assert loaded.get(created[0])["name"] == NEW_NAME


def test_escape_closes_the_suggestions_first_and_typed_text_is_a_change(qtbot, make_editor, loaded):
    editor = make_editor("hearing")
    asked: list[int] = []
    editor.ask_unsaved = lambda: asked.append(1) or "cancel"
    closed: list[int] = []
    editor.closed.connect(lambda: closed.append(1))
    picker = editor.widget("presiding_judge_id")
    show_field(editor, picker)
    click(picker.edit)
    type_text("Nagash")
    popup = wait_popup(qtbot, picker)
    press(Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert not asked and not closed, "Esc with the list open closes only the list"
    assert picker.edit.text() == "Nagash"
    assert editor.has_unsaved_changes(), "typed but unlinked text is a change"
    press(Qt.Key.Key_Escape)
    assert asked and not closed, "closing asks about the typed text"


def test_down_enters_the_list_up_never_reaches_new(qtbot, make_editor, loaded):
    editor = make_editor("hearing")
    picker = editor.widget("presiding_judge_id")
    show_field(editor, picker)
    click(picker.edit)
    type_text("Kozlov")  # not a prefix of "Vladimir Kozlov"
    popup = wait_popup(qtbot, picker)
    press(Qt.Key.Key_Up)
    assert not (popup.currentIndex().isValid() and popup.currentIndex().data(CREATE_ROLE))
    press(Qt.Key.Key_Down)
    assert popup.currentIndex().row() == 0 and popup.currentIndex().data(ID_ROLE) == "per-kozlov"
    press(Qt.Key.Key_Up)  # from the first row back to the text, not round to "+ New"
    assert not (popup.currentIndex().isValid() and popup.currentIndex().data(CREATE_ROLE))
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    assert picker.value() == "per-kozlov"
    assert picker.edit.text() == "Vladimir Kozlov"


def test_exact_match_comes_first_and_no_new_beside_it(qtbot, make_editor, loaded):
    loaded.create("person", {"name": "Vladimir Kozlovsky", "confidentiality": "organisation",
                             "tlp": "AMBER", "counting_unit": "individual"})
    editor = make_editor("hearing")
    picker = editor.widget("presiding_judge_id")
    show_field(editor, picker)
    click(picker.edit)
    type_text("vladimir  KOZLOV ")
    wait_popup(qtbot, picker)
    rows = [picker.model.index(r, 0) for r in range(picker.model.rowCount())]
    assert rows[0].data(ID_ROLE) == "per-kozlov"
    assert not [i for i in rows if i.data(CREATE_ROLE)], "no '+ New' when the person exists"
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    assert picker.value() == "per-kozlov"


def test_no_hits_clears_the_detail_pane(qtbot, make_window, vault, loaded):
    from tests.gui.keys import click_nav, click_row

    window = make_window(vault)
    ws = window.workspace
    click_nav(qtbot, ws, "person")
    lst = ws.lists["person"]
    qtbot.waitUntil(lambda: lst.model.rowCount() > 0, timeout=3000)
    click_row(lst.table, 0)
    assert lst.detail.current is not None
    click(lst.filters.search)
    with qtbot.waitSignal(lst.model.counted, timeout=5000):
        type_text("zzqxwv")
    qtbot.waitUntil(lambda: lst.model.rowCount() == 0, timeout=3000)
    assert lst.detail.current is None
    assert QApplication.focusWidget() is lst.filters.search
    assert EMPTY is not None
