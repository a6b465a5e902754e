"""HURIDOCS fields under real keys: type a word in any of the three languages, pick the
term from the list; a 12-digit code is still accepted; the detail pane shows labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fielddoc import i18n
from fielddoc.gui.widgets.huridocs import HuridocsListPicker, HuridocsPicker
from tests.gui.forms_fixtures import *  # noqa: F403
from tests.gui.keys import CTRL, click, press, show_field, type_text


@pytest.fixture
def russian():
    i18n.set_language("ru")
    yield
    i18n.set_language("en")


def wait_list(qtbot, picker: HuridocsPicker):
    popup = picker.suggest.popup()
    qtbot.waitUntil(lambda: popup.isVisible() and picker.model.rowCount() > 0, timeout=3000)
    return popup


def pick(qtbot, editor, picker: HuridocsPicker, text: str) -> None:
    show_field(editor, picker)
    click(picker)
    type_text(text)
    wait_list(qtbot, picker)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)


def test_incident_fields_are_pickers_not_code_boxes(make_editor):
    editor = make_editor("incident")
    for path in ("violation_status", "monitoring_status"):
        assert isinstance(editor.widget(path), HuridocsPicker), path
    assert isinstance(editor.widget("rights_affected"), HuridocsListPicker)


def test_incident_coded_by_russian_words_saves_codes(qtbot, make_editor, russian, loaded):
    editor = make_editor("incident")
    title = editor.widget("title")
    show_field(editor, title)
    click(title)
    type_text("Разгон митинга")
    status = editor.widget("violation_status")
    pick(qtbot, editor, status, "вероятн")
    assert status.text() == "Вероятно"
    assert status.value() == "040000000000"
    # an English word finds the term too, and it is shown in the interface language
    monitoring = editor.widget("monitoring_status")
    pick(qtbot, editor, monitoring, "active")
    assert monitoring.value() == "010000000000"
    assert monitoring.text() == "Ведётся"
    rights = editor.widget("rights_affected")
    pick(qtbot, editor, rights.picker, "собран")
    assert rights.value() == ["011300000000"]
    assert rights.list.item(0).text() == "Свобода мирных собраний"
    press(Qt.Key.Key_S, CTRL)
    assert editor.record_id is not None, editor.problem_box.text()
    doc = loaded.get(editor.record_id)
    assert doc["violation_status"] == "040000000000"
    assert doc["monitoring_status"] == "010000000000"
    assert doc["rights_affected"] == ["011300000000"]


def test_kazakh_word_and_a_typed_code_are_accepted(qtbot, make_editor, loaded):
    editor = make_editor("detention")
    kind = editor.widget("detention_type")
    pick(qtbot, editor, kind, "үйқамақ")
    assert kind.value() == "040000000000"
    assert kind.text() == "House arrest"
    status = editor.widget("liberty_status")
    show_field(editor, status)
    click(status)
    type_text("020100000000")
    press(Qt.Key.Key_Escape)  # closes the suggestion list only
    assert editor.isVisible()
    assert status.value() == "020100000000"
    # a code FieldDoc has no label for is an open value: kept as typed
    status.selectAll()
    type_text("990101000000")
    assert status.value() == "990101000000"


def test_text_that_is_no_term_is_not_saved(qtbot, make_editor, loaded):
    editor = make_editor("detention")
    person = editor.widget("person_id")
    show_field(editor, person)
    kind = editor.widget("detention_type")
    show_field(editor, kind)
    click(kind)
    type_text("abracadabra")
    assert not kind.suggest.popup().isVisible()
    press(Qt.Key.Key_S, CTRL)
    assert editor.record_id is None
    assert "abracadabra" in editor.problem_box.text() or any(
        "abracadabra" in lbl.text() for lbl in editor.findChildren(type(editor.problem_box)))


def test_existing_codes_show_as_labels_in_the_form(make_editor, loaded, russian):
    editor = make_editor("detention", record_id="det-kozlov-2012")
    assert editor.widget("detention_type").text() == "Содержание под стражей до суда"
    assert editor.widget("liberty_status").text() == "Под стражей"


def test_detail_pane_shows_labels_not_codes(loaded, russian):
    from fielddoc.gui.models import detail

    html = detail.render(detail.load(loaded, "inc-zhanaozen-2011-12-16"))
    assert "Вероятно" in html and "Право на жизнь" in html
    assert "040000000000" not in html and "010100000000" not in html
    html = detail.render(detail.load(loaded, "det-kozlov-2012"))
    assert "Содержание под стражей до суда" in html
    assert "030000000000" not in html
