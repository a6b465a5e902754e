"""A briefing's vocabulary updates in the GUI (issue 12 §1): the import summary names them and the
case form offers HQ's legal code in its pick list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fielddoc.hq.briefing import make_briefing
from fielddoc.records.service import Records
from tests.gui.forms_fixtures import *  # noqa: F403
from tests.gui.keys import click, show_field
from tests.gui.test_briefing_gui import _plan
from tests.test_bundle_support import link

LEFT = Qt.MouseButton.LeftButton
KG = {"id": "KG-CC-2021", "country": "KG", "kind": "criminal",
      "title": {"en": "Criminal Code of the Kyrgyz Republic (2021)"},
      "in_force_from": None, "in_force_to": None}


def test_import_summary_names_the_vocabulary_and_the_form_offers_it(qtbot, window, vault, hq, tmp_path,
                                                                     make_editor):  # noqa: F811
    from fielddoc.gui.dialogs.briefings import ImportBriefingDialog

    link(vault, hq)
    _plan(hq)
    out = tmp_path / "usb"
    out.mkdir()
    path = make_briefing(hq, vault.device_id, out, monitor_id="p-mon",
                         vocabularies={"tags": ["zhanaozen"], "legal_codes": [KG]}).path
    dialog = ImportBriefingDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setFocus()
    QTest.keyClicks(dialog.path, str(path))
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog.result_value is not None and dialog._task is None, timeout=30000)
    status = dialog.status.text()
    assert "Vocabulary from HQ: new tags: zhanaozen; new legal codes: KG-CC-2021;" in status

    assert Records(vault).get("case-b")["title"] == "Oil workers' trial"
    editor = make_editor("case", record_id="case-b")
    charges = editor.widget("charges")
    show_field(editor, charges.add_button)
    click(charges.add_button)
    code = charges.rows[-1].widget("code")
    texts = [code.itemText(i) for i in range(code.count())]
    assert "KG-CC-2021 — Criminal Code of the Kyrgyz Republic (2021)" in texts
    assert any(t.startswith("KZ-CC-2014") for t in texts)


def test_the_case_form_suggests_the_tags_hq_sent(qtbot, vault, make_editor):  # noqa: F811
    import json

    from fielddoc.records import vocab_received
    from tests.gui.keys import press, type_text

    vault.set_setting(vocab_received.SETTING, json.dumps({"tags": ["zhanaozen", "Trade union"],
                                                          "legal_codes": {}}))
    Records(vault).create("case", {"id": "case-t", "title": "Tagged", "tags": ["labour"]})
    editor = make_editor("case", record_id="case-t")
    tags = editor.widget("tags")
    show_field(editor, tags)
    click(tags)
    press(Qt.Key.Key_End)
    type_text(", zhan")
    qtbot.waitUntil(lambda: tags.suggest.popup().isVisible(), timeout=3000)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    assert tags.value() == ["labour", "zhanaozen"]
    type_text(", union")  # suggestions match anywhere in the tag, without case
    qtbot.waitUntil(lambda: tags.suggest.popup().isVisible(), timeout=3000)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    type_text(", own tag")  # anything else may still be typed
    assert tags.value() == ["labour", "zhanaozen", "Trade union", "own tag"]
