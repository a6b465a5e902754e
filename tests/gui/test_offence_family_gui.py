"""The case list's offence-family filter and the form's code list from the registry (issue 12 part 4)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from tests.gui.forms_fixtures import *  # noqa: E402,F403
from tests.gui.keys import click, press, type_text  # noqa: E402


def test_case_list_filters_on_offence_family_by_keys(qtbot, window, loaded):
    lst = window.workspace.show_section("case", wait=True)
    bar = lst.filters
    box = bar.offence_family
    assert box.isVisibleTo(bar)
    assert box.itemText(0) == "Any offence"
    with qtbot.waitSignal(lst.model.counted, timeout=5000):
        click(box)  # opens the list; Escape closes it and leaves the focus on the box
        qtbot.waitUntil(lambda: box.view().isVisible(), timeout=3000)
        press(Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not box.view().isVisible() and box.hasFocus(), timeout=3000)
        type_text("Incitement")  # keyboard search of the closed box
    assert box.currentData() == "incitement_of_discord"
    ids = {lst.model.record_id(r) for r in range(lst.model.rowCount())}
    assert ids == {"case-kozlov", "case-sokolova"}
    assert bar.is_active()


def test_case_form_code_choice_comes_from_the_registry(make_editor, loaded):
    from fielddoc.records import legal_codes

    editor = make_editor("case", record_id="case-kozlov")
    ids = [code for code, _title in editor.legal_codes()]
    assert ids == list(legal_codes.codes())
    assert dict(editor.legal_codes())["KZ-CC-2014"] == legal_codes.code_title("KZ-CC-2014", "en")


def test_case_list_extremist_filter_by_click_and_space(qtbot, window, loaded):
    """"Extremist offences": only cases charged under a flagged article (KZ-CC-1997 164, 170)."""
    lst = window.workspace.show_section("case", wait=True)
    bar = lst.filters
    assert bar.extremist.isVisibleTo(bar) and not bar.extremist.isChecked()
    assert bar.extremist.text() == "Extremist offences"
    with qtbot.waitSignal(lst.model.counted, timeout=5000):
        click(bar.extremist)
    assert bar.extremist.isChecked() and bar.is_active()
    ids = {lst.model.record_id(r) for r in range(lst.model.rowCount())}
    assert ids == {"case-kozlov", "case-sokolova"}
    qtbot.waitUntil(bar.extremist.hasFocus, timeout=2000)
    with qtbot.waitSignal(lst.model.counted, timeout=5000):
        press(Qt.Key.Key_Space)  # the keyboard unticks it
    assert not bar.extremist.isChecked()
    assert len({lst.model.record_id(r) for r in range(lst.model.rowCount())}) > 2
