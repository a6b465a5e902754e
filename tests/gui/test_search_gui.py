"""Search under real keys: word forms and linked names in the lists, an escaped snippet, and a
warning of a likely duplicate (Aktau / Актау) in the picker's "+ New" and in the new-record form."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fielddoc.gui.models.record_table import ID_ROLE, SNIPPET_ROLE, TITLE_ROLE
from fielddoc.gui.widgets.pickers import CREATE_ROLE
from tests.gui.forms_fixtures import *  # noqa: F403
from tests.gui.keys import click, click_row, show_field, type_text, wait_popup


def _type_search(qtbot, lst, text: str) -> None:
    click(lst.filters.search)
    with qtbot.waitSignal(lst.model.counted, timeout=5000):
        type_text(text)  # QTest.keyClicks knows Latin-1 only: these are key events with the text


def test_list_finds_word_forms_and_shows_an_escaped_snippet(qtbot, window, loaded):
    rid = loaded.create("incident", {"title": "Жалоба", "description":
                                     "Сообщили: <img src=x> давление <b>."})
    lst = window.workspace.show_section("incident", wait=True)
    _type_search(qtbot, lst, "давлении")
    rows = {lst.model.data(lst.model.index(r, 0), ID_ROLE): r for r in range(lst.model.rowCount())}
    assert rid in rows, "давлении finds давление"
    index = lst.model.index(rows[rid], 0)
    assert "⟦давление⟧" in lst.model.data(index, SNIPPET_ROLE)
    tip = lst.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "<b>давление</b>" in tip
    assert "&lt;img src=x&gt;" in tip and "<img" not in tip, "record text is escaped before markup"
    click_row(lst.table, rows[rid])  # and under the list, for the selected row
    assert lst.found.isVisible()
    shown = lst.found.text()
    assert "<b>давление</b>" in shown and "&lt;img src=x&gt;" in shown and "<img" not in shown
    assert lst.found.textFormat() == Qt.TextFormat.RichText


def test_hearings_list_finds_a_defendant_in_another_script(qtbot, window):
    lst = window.workspace.show_section("hearing", wait=True)
    _type_search(qtbot, lst, "Козлова")
    ids = {lst.model.data(lst.model.index(r, 0), ID_ROLE) for r in range(lst.model.rowCount())}
    assert ids, "the hearings that link Vladimir Kozlov"
    assert all(lst.model.data(lst.model.index(r, 0), TITLE_ROLE) for r in range(lst.model.rowCount()))


def test_picker_new_entry_names_the_likely_duplicate(qtbot, make_editor, loaded):
    editor = make_editor("hearing")
    picker = editor.widget("venue_location_id")
    show_field(editor, picker)
    click(picker.edit)
    type_text("Актау")
    popup = wait_popup(qtbot, picker)
    model = popup.model()
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    new = [model.index(r, 0).data() for r in range(model.rowCount()) if model.index(r, 0).data(CREATE_ROLE)]
    assert labels and "Aktau" in labels[0], "the other spelling is offered first"
    assert new and "Aktau" in new[0] and "similar" in new[0]


def test_new_location_form_warns_of_another_spelling(qtbot, make_editor, loaded):
    editor = make_editor("location")
    name = editor.widget("name")
    show_field(editor, name)
    click(name)
    type_text("Актау")
    qtbot.waitUntil(lambda: editor.duplicate_warning.isVisible(), timeout=3000)
    assert "Aktau" in editor.duplicate_warning.text()
    name.selectAll()
    type_text("Нигде")
    qtbot.waitUntil(lambda: not editor.duplicate_warning.isVisible(), timeout=3000)
