"""History dialog: revisions with who/when, and a field-level diff."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from tests.gui.forms_fixtures import *  # noqa: E402,F403


def test_diff_docs_nested_paths():
    from fielddoc.gui.history import diff_docs
    from fielddoc.gui.widgets.common import EMPTY

    old = {"a": 1, "pa": {"status": "open", "seats": 3}, "d": [{"p": "x"}], "gone": "y"}
    new = {"a": 1, "pa": {"status": "restricted", "seats": 3}, "d": [{"p": "x"}, {"p": "z"}], "added": True}
    assert diff_docs(old, new) == [
        ("pa.status", "open", "restricted"),
        ("d[1]", EMPTY, {"p": "z"}),
        ("gone", "y", EMPTY),
        ("added", EMPTY, True),
    ]


def test_history_dialog_shows_revisions_and_diff(qtbot, make_editor, loaded):
    from fielddoc.gui.history import HistoryDialog

    rec = loaded
    editor = make_editor("hearing", record_id="hrg-zh-2012-03-28")
    editor.widget("public_access.status").setCurrentIndex(
        editor.widget("public_access.status").findData("de_facto_closed"))
    editor.widget("narrative").setPlainText("Public kept out by police")
    assert editor.save()
    editor.widget("defendants").rows[0].widget("presence").setCurrentIndex(
        editor.widget("defendants").rows[0].widget("presence").findData("removed"))
    assert editor.save()
    dialog = HistoryDialog(rec, "hrg-zh-2012-03-28")
    qtbot.addWidget(dialog)
    assert dialog.revisions.count() == 3
    assert "Revision 3" in dialog.revisions.item(2).text() and "monitor" in dialog.revisions.item(2).text()
    assert "imported" in dialog.revisions.item(0).text() or "created" in dialog.revisions.item(0).text()
    rows = lambda: [tuple(dialog.diff.item(r, c).text() for c in range(3))  # noqa: E731
                    for r in range(dialog.diff.rowCount())]
    assert rows() == [("defendants[0].presence", "present", "removed")]
    dialog.revisions.setCurrentRow(1)
    assert ("public_access.status", "restricted", "de_facto_closed") in rows()
    assert ("narrative", "—", "Public kept out by police") in rows()
    dialog.clear_sensitive()
    assert dialog.diff.rowCount() == 0 and dialog.revisions.count() == 0
