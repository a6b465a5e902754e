"""New hearings and detentions are filed under the case the monitor chose, not under
whichever case was selected in a list; the court and venue follow a changed case
unless she set them herself. Clicks and keys only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fielddoc.gui.forms.base import RecordEditor
from fielddoc.gui.widgets.common import EMPTY
from tests.gui.keys import (
    CTRL,
    click,
    click_action,
    click_menu_item,
    click_nav,
    click_row,
    press,
    show_field,
    type_text,
    wait_popup,
)


def _select_case(qtbot, ws, case_id: str) -> None:
    click_nav(qtbot, ws, "case")
    lst = ws.lists["case"]
    qtbot.waitUntil(lambda: lst.model.rowCount() >= 5, timeout=3000)
    row = next(r for r in range(lst.model.rowCount()) if lst.model.record_id(r) == case_id)
    click_row(lst.table, row)
    assert lst.detail.current is not None and lst.detail.current.id == case_id


def _pick(qtbot, editor, path: str, text: str) -> None:
    """Replace what a picker holds: click, Ctrl+A, type, Down, Enter."""
    picker = editor.widget(path)
    show_field(editor, picker)
    click(picker.edit)
    press(Qt.Key.Key_A, CTRL)
    type_text(text)
    wait_popup(qtbot, picker)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)


def test_new_from_the_toolbar_is_not_filed_under_the_selected_case(qtbot, make_window, vault, loaded):
    window = make_window(vault)
    ws = window.workspace
    _select_case(qtbot, ws, "case-kuramshin")
    for kind, path in (("hearing", "case_id"), ("detention", "related_case_id")):
        click_nav(qtbot, ws, kind)
        click_action(window, window.actions.new)
        editor = ws.tabs.currentWidget()
        assert isinstance(editor, RecordEditor) and editor.kind == kind
        assert editor.widget(path).value() is EMPTY, f"a new {kind} must not guess its case"
        if kind == "hearing":
            assert editor.widget("court_id").value() is EMPTY
            assert editor.widget("venue_location_id").value() is EMPTY


def test_new_hearing_from_a_case_follows_a_changed_case(qtbot, make_window, vault, loaded):
    window = make_window(vault)
    ws = window.workspace
    _select_case(qtbot, ws, "case-kuramshin")
    pane = ws.lists["case"].detail
    click_menu_item(pane.more, pane.case)  # More > Case timeline
    qtbot.waitUntil(lambda: hasattr(ws.tabs.currentWidget(), "new_hearing"), timeout=3000)
    view = ws.tabs.currentWidget()
    assert getattr(view, "case_id", None) == "case-kuramshin"
    click(view.new_hearing)
    editor = ws.tabs.currentWidget()
    assert isinstance(editor, RecordEditor) and editor.kind == "hearing"
    court, venue, case = (editor.widget(p) for p in ("court_id", "venue_location_id", "case_id"))
    assert (case.value(), court.value(), venue.value()) == (
        "case-kuramshin", "org-court-zhambyl-sicc", "loc-taraz")
    # The monitor files it under another case: court and venue follow.
    _pick(qtbot, editor, "case_id", "Sokolova")
    assert (case.value(), court.value(), venue.value()) == (
        "case-sokolova", "org-court-aktau-city", "loc-aktau")
    assert court.edit.text() == "Aktau City Court"
    # She sets the venue herself: another case change keeps it, the court still follows.
    _pick(qtbot, editor, "venue_location_id", "Almaty")
    assert venue.value() == "loc-almaty"
    _pick(qtbot, editor, "case_id", "Kozlov")
    assert (case.value(), court.value(), venue.value()) == (
        "case-kozlov", "org-court-mangistau-district", "loc-almaty")
    press(Qt.Key.Key_S, CTRL)
    assert editor.record_id is not None, editor.problem_box.text()
    saved = loaded.get(editor.record_id)
    assert (saved["case_id"], saved["court_id"], saved["venue_location_id"]) == (
        "case-kozlov", "org-court-mangistau-district", "loc-almaty")
