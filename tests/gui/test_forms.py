"""Record forms: create and edit every record type through the real widgets."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from tests.gui.forms_fixtures import *  # noqa: E402,F403


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def pick_vocab(combo, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))
    combo.activated.emit(combo.currentIndex())


def save(qtbot, editor) -> None:
    """Ctrl+S, as a user would press it."""
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget() or editor
    qtbot.keyClick(target, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_create_person_by_typing(qtbot, make_editor, rec):
    editor = make_editor("person")
    saved = []
    editor.saved.connect(saved.append)
    assert not editor.has_unsaved_changes()
    type_into(qtbot, editor.widget("name"), "Aigerim Nurlanovna")
    editor.widget("other_names").insertPlainText("Айгерим Нурлановна")  # QTest types ASCII only
    pick_vocab(editor.widget("sex"), "female")
    type_into(qtbot, editor.widget("occupation"), "journalist")
    type_into(qtbot, editor.widget("citizenship"), "KZ")
    assert editor.has_unsaved_changes()
    save(qtbot, editor)
    assert saved and editor.record_id == saved[0]
    doc = rec.get(saved[0])
    assert doc["name"] == "Aigerim Nurlanovna"
    assert doc["other_names"] == ["Айгерим Нурлановна"]
    assert doc["sex"] == "female" and doc["occupation"] == "journalist" and doc["citizenship"] == ["KZ"]
    # defaults: organisation / TLP:AMBER, an individual
    assert doc["confidentiality"] == "organisation" and doc["tlp"] == "AMBER"
    assert doc["counting_unit"] == "individual"
    assert not editor.has_unsaved_changes()
    assert editor.windowTitle() == "Person"  # no record text in the title


@pytest.mark.parametrize("kind, field, text", [
    ("organisation", "name", "Zhanaozen City Court"),
    ("location", "name", "Courtroom 3, Aktau"),
    ("case", "title", "Case of the oil workers"),
    ("incident", "title", "Dispersal of a picket"),
    ("source", "title", "Interview with a witness"),
    ("attachment", "title", "Photo of the court list"),
])
def test_create_each_titled_kind(qtbot, make_editor, rec, kind, field, text):
    editor = make_editor(kind)
    type_into(qtbot, editor.widget(field), text)
    assert editor.save()
    doc = rec.get(editor.record_id)
    assert doc[field] == text and doc["confidentiality"] == "organisation" and doc["tlp"] == "AMBER"


def test_create_hearing_detention_links(qtbot, make_editor, loaded):
    rec = loaded
    hearing = make_editor("hearing", defaults={"case_id": "case-kozlov"})
    # the case's court and venue are filled in, today's date is the default
    assert hearing.widget("court_id").value() == "org-court-mangistau-district"
    assert isinstance(hearing.widget("date").value(), str)
    assert not hearing.has_unsaved_changes()
    pick_vocab(hearing.widget("status"), "adjourned")
    type_into(qtbot, hearing.widget("adjournment_reason"), "prosecutor ill")
    assert hearing.save()
    doc = rec.get(hearing.record_id)
    assert doc["case_id"] == "case-kozlov" and doc["status"] == "adjourned"
    assert doc["venue_location_id"] == "loc-aktau"

    det = make_editor("detention", defaults={"case_id": "case-kozlov", "person_id": "per-kozlov"})
    pick_vocab(det.widget("procedure"), "administrative")
    type_into(qtbot, det.widget("sentence_days"), "15")
    pick_vocab(det.widget("access.lawyer.status"), "delayed")
    det.widget("wgad_assessment.categories").boxes["II"].setChecked(True)  # the analyst's tab
    assert det.save()
    doc = rec.get(det.record_id)
    assert doc["related_case_id"] == "case-kozlov" and doc["person_id"] == "per-kozlov"
    assert doc["sentence_days"] == 15 and doc["access"] == {"lawyer": {"status": "delayed"}}
    assert doc["apprehension"]["datetime"]["precision"] == "day"
    assert doc["wgad_assessment"] == {"categories": ["II"]}

    inv = make_editor("involvement", defaults={"case_id": "case-kozlov"})
    inv.widget("subject_id").select("per-plugov", user=True)
    pick_vocab(inv.widget("role"), "defence_counsel")
    assert inv.save()
    doc = rec.get(inv.record_id)
    assert (doc["subject_id"], doc["object_id"], doc["role"]) == (
        "per-plugov", "case-kozlov", "defence_counsel")

    rel = make_editor("relation")
    rel.widget("from_id").select("det-kozlov-2012", user=True)
    rel.widget("to_id").select("case-kozlov", user=True)
    type_into(qtbot, rel.widget("type").lineEdit(), "detention_in_case")
    assert rel.save(), [(f.path, f.error.text()) for f in rel.fields if f.error and f.error.text()]
    assert rec.get(rel.record_id)["type"] == "detention_in_case"

    iv = make_editor("intervention")
    type_into(qtbot, iv.widget("title"), "Urgent appeal to the WGAD")
    assert iv.save()


def test_edit_each_acceptance_record_keeps_everything(qtbot, make_editor, loaded, acceptance):
    """Open, change one field, save: every other part of the stored document is unchanged."""
    rec = loaded
    cases = {
        "hearing": ("hrg-zh-2012-03-28", "narrative"), "case": ("case-kozlov", "outcome_summary"),
        "detention": ("det-kozlov-2012", "conditions"),
        "incident": ("inc-stantv-attack-2011-10-26", "impact"),
        "person": ("per-kozlov", "occupation"), "organisation": ("org-court-aktau-city", "name"),
        "location": ("loc-aktau", "admin1"), "source": ("src-anon-witness-001", "url"),
        "attachment": ("att-photo-armand", "description"),
    }
    for kind, (rid, field) in cases.items():
        before = rec.get(rid)
        editor = make_editor(kind, record_id=rid)
        assert not editor.has_unsaved_changes(), kind
        widget = editor.widget(field)
        widget.setFocus()
        if hasattr(widget, "moveCursor"):
            widget.moveCursor(widget.textCursor().MoveOperation.End)
        else:
            widget.end(False)
        qtbot.keyClicks(widget, " EDITED")
        assert editor.has_unsaved_changes(), kind
        assert editor.save(), kind
        after = rec.get(rid)
        assert str(after[field]).endswith(" EDITED"), kind
        after.pop(field)
        before.pop(field, None)
        assert after == before, kind
        assert rec.meta(rid)["revision"] == 2


def test_unmodelled_fields_preserved(qtbot, make_editor, loaded):
    rec = loaded
    rid = "hrg-zh-2012-03-28"
    doc = rec.get(rid)
    doc["public_access"]["x_seating_plan"] = {"rows": 12, "note": "kept"}
    doc["x_custom"] = ["a", {"b": 1}]
    doc["defendants"][0]["x_row_extra"] = True
    doc["fair_trial"][0]["period"] = "2012-03-28"
    rec.update(rid, doc)
    editor = make_editor("hearing", record_id=rid)
    advanced = editor.advanced.editor.toPlainText()
    assert "_illustrative" in advanced and "x_seating_plan" in advanced and "x_custom" in advanced
    # change a nested sibling of an unmodelled key, a row field and a checklist answer
    pick_vocab(editor.widget("public_access.status"), "open")
    editor.widget("defendants").rows[0].widget("dock").setCurrentIndex(
        editor.widget("defendants").rows[0].widget("dock").findData("cage"))
    editor.widget("defendants").rows[0].widget("dock").activated.emit(0)
    editor.checklist.rows["ft.public.public_admitted"].answer.set_value("yes")
    editor.checklist.rows["ft.public.public_admitted"].answer.changed.emit()
    assert editor.save()
    after = rec.get(rid)
    assert after["_illustrative"] == doc["_illustrative"]
    assert after["public_access"]["notes"] == doc["public_access"]["notes"]
    assert after["public_access"]["x_seating_plan"] == {"rows": 12, "note": "kept"}
    assert after["public_access"]["status"] == "open"
    assert after["x_custom"] == ["a", {"b": 1}]
    assert after["defendants"][0] == {**doc["defendants"][0], "dock": "cage"}
    assert after["fair_trial"][0] == {**doc["fair_trial"][0], "answer": "yes"}
    assert after["monitors"] == doc["monitors"] and after["media"] == doc["media"]


def test_advanced_json_edits_apply(qtbot, make_editor, loaded):
    rec = loaded
    editor = make_editor("person", record_id="per-tuletayeva")
    text = editor.advanced.editor.toPlainText()
    assert "age_reported" in text
    editor.advanced.editor.setPlainText('{"age_reported": {"value": 47, "as_of": "2012-04-16"}}')
    assert editor.has_unsaved_changes()
    assert editor.save()
    assert rec.get("per-tuletayeva")["age_reported"]["value"] == 47
    editor.advanced.editor.setPlainText("{not json")
    assert not editor.save()
    assert "JSON" in editor.advanced.error.text() and not editor.advanced.error.isHidden()


def test_validation_problem_next_to_field_and_nothing_saved(qtbot, make_editor, rec):
    from fielddoc.records import query

    editor = make_editor("location")
    type_into(qtbot, editor.widget("name"), "Somewhere")
    type_into(qtbot, editor.widget("lat"), "95.5")
    type_into(qtbot, editor.widget("country"), "Kazakhstan")
    assert not editor.save()
    assert editor.record_id is None
    assert query.count(rec.store, query.Filter(kind="location")) == 0
    lat = editor.field("lat")
    assert lat.error is not None and not lat.error.isHidden() and lat.error.text()
    assert editor.widget("lat").property("invalid") is True
    country = editor.field("country")
    assert country.error is not None and country.error.text()
    assert not editor.problem_box.isHidden()
    # fixing the values lets it save, and the problems go away
    editor.widget("lat").set_value(43.6)
    editor.widget("country").set_value("KZ")
    assert editor.save()
    assert lat.error.isHidden() and editor.problem_box.isHidden()


def test_validation_problem_in_a_row_and_translated(qtbot, make_editor, loaded):
    from fielddoc import i18n

    i18n.set_language("ru")
    try:
        editor = make_editor("hearing", record_id="hrg-zh-2012-03-28")
        row = editor.widget("defendants").rows[0]
        row.widget("note").set_value("x\x00y")  # a NUL character is refused by the core
        row.widget("note").changed.emit()
        assert not editor.save()
        error = row.fieldset.find(("note",)).error
        assert error is not None and not error.isHidden()
        from fielddoc.i18n import translate

        expected = translate("contains a NUL character, which is not allowed in text", "ru")
        assert error.text() == expected
        assert loaded.meta("hrg-zh-2012-03-28")["revision"] == 1
    finally:
        i18n.set_language("en")


def test_required_link_fields(qtbot, make_editor, rec):
    editor = make_editor("involvement")
    assert not editor.save()
    for path in ("subject_id", "object_id", "role"):
        assert editor.field(path).error.text(), path


def test_confidentiality_sets_tlp(qtbot, make_editor, rec):
    editor = make_editor("organisation")
    type_into(qtbot, editor.widget("name"), "Secret NGO")
    pick_vocab(editor.confidentiality, "device_only")
    assert editor.tlp_badge.text() == "TLP:RED"
    assert editor.save()
    doc = rec.get(editor.record_id)
    assert (doc["confidentiality"], doc["tlp"]) == ("device_only", "RED")


@pytest.mark.parametrize("precision, estimate, expected", [
    ("year", False, "2011"),
    ("month", True, "2011-12"),
    ("day", False, "2011-12-16"),
    ("hour", False, "2011-12-16T14:00+05:00"),
    ("minute", True, "2011-12-16T14:35+05:00"),
])
def test_partial_dates(qtbot, make_editor, rec, precision, estimate, expected):
    from PySide6.QtCore import QTime

    editor = make_editor("incident")
    type_into(qtbot, editor.widget("title"), "Dates")
    start = editor.widget("start")
    start.set_precision(precision)
    start.year.setValue(2011)
    start.month.setCurrentIndex(11)
    start.day.setValue(16)
    start.time.setTime(QTime(14, 35))
    start.offset.setCurrentIndex(start.offset.findData("+05:00"))
    start.estimate.setChecked(estimate)
    assert start.year.isVisible() and start.month.isVisible() == (precision != "year")
    assert start.time.isVisible() == (precision in ("hour", "minute"))
    assert editor.save()
    assert rec.get(editor.record_id)["start"] == {"value": expected, "precision": precision,
                                                  "is_estimate": estimate}


def test_plain_date_and_datetime_fields(qtbot, make_editor, loaded):
    from PySide6.QtCore import QTime

    editor = make_editor("hearing", record_id="hrg-zh-2012-03-28")
    date = editor.widget("date")
    assert date.value() == "2012-03-28"
    date.set_precision("month")
    adjourned = editor.widget("adjourned_to")
    adjourned.set_precision("day")
    adjourned.year.setValue(2012)
    adjourned.month.setCurrentIndex(3)
    adjourned.day.setValue(2)
    start = editor.widget("actual_start")
    start.time.setTime(QTime(10, 15))
    assert editor.save()
    doc = loaded.get("hrg-zh-2012-03-28")
    assert doc["date"] == "2012-03" and doc["adjourned_to"] == "2012-04-02"
    assert doc["actual_start"] == "2012-03-28T10:15+05:00"
    assert doc["actual_end"] == "2012-03-28T17:30+05:00"  # untouched: kept as it was


def test_picker_search_and_inline_create(qtbot, make_editor, loaded):
    editor = make_editor("hearing")
    picker = editor.widget("presiding_judge_id")
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "Nagash")
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=2000)
    first = picker.model.index(0, 0)
    picker._activated(first)
    assert picker.value() == "per-judge-nagashybayev"
    assert picker.edit.text() == "Aralbay Nagashybayev"
    # the last entry creates a new person with the typed name
    prosecutor = editor.widget("prosecutor_ids")
    qtbot.keyClicks(prosecutor.picker.edit, "Serik Prosecutorov")
    prosecutor.picker.refresh()
    create_row = prosecutor.picker.model.rowCount() - 1
    prosecutor.picker._activated(prosecutor.picker.model.index(create_row, 0))
    ids = prosecutor.value()
    assert len(ids) == 1 and not loaded.exists(ids)  # staged: created when the form is saved
    # typed text that was never linked blocks the save with a message next to the field
    qtbot.keyClicks(editor.widget("court_id").edit, "No such court")
    assert not editor.save()
    assert "not linked" in editor.field("court_id").error.text()
    assert not loaded.exists(ids)
    editor.widget("court_id").edit.clear()
    editor.widget("case_id").set_value("case-kozlov")
    assert editor.save(), editor.problem_box.text()
    assert loaded.get(ids[0])["name"] == "Serik Prosecutorov"
    assert loaded.get(ids[0])["confidentiality"] == "organisation"


def test_keyboard_save_and_escape(qtbot, make_editor, rec):
    editor = make_editor("organisation")
    asked = []
    editor.ask_unsaved = lambda: asked.append(1) or "cancel"
    closed = []
    editor.closed.connect(lambda: closed.append(1))
    type_into(qtbot, editor.widget("name"), "Bar association")
    qtbot.keyClick(editor.widget("name"), Qt.Key.Key_Escape)
    assert asked and not closed  # the user chose to stay
    qtbot.keyClick(editor.widget("name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.record_id is not None
    qtbot.keyClick(editor.widget("name"), Qt.Key.Key_Escape)
    assert closed and len(asked) == 1  # nothing unsaved: no question


def test_tab_order_follows_the_form(qtbot, make_editor):
    editor = make_editor("person")
    name = editor.widget("name")
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert editor.widget("other_names").hasFocus()
    qtbot.keyClick(editor.widget("other_names"), Qt.Key.Key_Tab)
    assert editor.widget("pseudonym").hasFocus()
    # a row added later is reached in layout order, not at the end of the chain
    hearing = make_editor("hearing")
    hearing.tabs.setCurrentIndex(1)
    defendants = hearing.widget("defendants")
    row = defendants.add_row()
    note = row.widget("note")
    note.setFocus()
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    assert hearing.focusWidget() is row.remove_button or hearing.focusWidget() is defendants.add_button


def test_repeat_rows_add_and_remove(qtbot, make_editor, loaded):
    editor = make_editor("hearing", record_id="hrg-kozlov-2012-10-08")
    verdicts = editor.widget("verdicts")
    assert len(verdicts.rows) == 3
    verdicts.remove_row(verdicts.rows[2])
    row = verdicts.add_row()
    row.widget("defendant_id").select("per-sapargali", user=True)
    pick_vocab(row.widget("result"), "acquitted")
    verdicts.add_row()  # added and left empty: not stored
    assert editor.save()
    stored = loaded.get("hrg-kozlov-2012-10-08")["verdicts"]
    assert [v["defendant_id"] for v in stored] == ["per-kozlov", "per-aminov", "per-sapargali"]
    assert stored[2] == {"defendant_id": "per-sapargali", "result": "acquitted"}


def test_forms_in_russian(qtbot, make_editor, rec):
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from fielddoc import i18n
    from fielddoc.gui.i18n import QM_DIR

    translator = QTranslator()
    assert translator.load("fielddoc_forms_ru", str(QM_DIR))
    QApplication.instance().installTranslator(translator)
    i18n.set_language("ru")
    try:
        editor = make_editor("hearing")
        tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
        assert "&Заседание" in tabs and "&Анкета" in tabs and "&Оценка аналитика" in tabs
        assert editor.windowTitle() == "Заседание"
        assert editor.widget("status").itemText(1) == "Состоялось"  # vocabulary label
        assert editor.checklist.rows["ft.public.public_admitted"].answer.buttons[0].text() == "Да"
    finally:
        QApplication.instance().removeTranslator(translator)
        i18n.set_language("en")
