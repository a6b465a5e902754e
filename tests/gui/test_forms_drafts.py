"""Unsaved form drafts: kept encrypted in the vault, offered back after a crash."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from tests.gui.forms_fixtures import *  # noqa: E402,F403
from tests.gui.forms_fixtures import settle  # noqa: E402

CANARY = "DRAFTCANARY-91c2"


def vault_bytes(vault) -> bytes:
    return b"".join(p.read_bytes() for p in vault.path.rglob("*") if p.is_file())


def test_draft_autosave_and_recovery(qtbot, make_editor, vault, rec, form_runner, monkeypatch):
    from fielddoc.gui import forms

    case_id = rec.create("case", {"title": "Case for the draft test"})
    editor = make_editor("hearing", defaults={"case_id": case_id})
    assert editor._draft_timer.interval() == 3000  # a debounce of a few seconds
    editor._draft_timer.setInterval(50)
    editor.widget("narrative").setFocus()
    qtbot.keyClicks(editor.widget("narrative"), CANARY)
    qtbot.waitUntil(lambda: rec.form_drafts() != [], timeout=3000)
    settle(qtbot, form_runner)
    drafts = forms.pending_drafts(rec)
    assert [(d["kind"], d["record_id"]) for d in drafts] == [("hearing", None)]
    # kept inside the encrypted database: the text is nowhere on disk in the clear
    assert CANARY.encode() not in vault_bytes(vault)
    assert CANARY.encode("utf-16-le") not in vault_bytes(vault)

    # "crash": the form goes away without closing or saving
    editor._draft_timer.stop()
    editor.hide()
    editor._wiped = True  # (the test fixture must not discard it when it closes the widget)

    again = make_editor("hearing", defaults={"case_id": case_id})
    assert not again.draft_bar.isHidden()
    again.restore_draft()
    assert CANARY in again.widget("narrative").toPlainText()
    assert again.has_unsaved_changes()
    assert again.save()
    settle(qtbot, form_runner)
    assert rec.form_drafts() == []
    assert rec.get(again.record_id)["narrative"] == CANARY


def test_draft_of_existing_record_and_discard(qtbot, make_editor, loaded, form_runner):
    from fielddoc.gui import forms

    rec = loaded
    editor = make_editor("person", record_id="per-kozlov")
    editor.widget("occupation").set_value("draft occupation")
    editor.widget("occupation").changed.emit()
    editor.save_draft()
    settle(qtbot, form_runner)
    (draft,) = forms.pending_drafts(rec)
    assert draft["record_id"] == "per-kozlov"
    editor._wiped = True
    reopened = forms.open_draft(draft["draft_id"], editor.vault, rec, form_runner)
    qtbot.addWidget(reopened)
    reopened.ask_unsaved = lambda: "discard"
    assert reopened.widget("occupation").value() == "draft occupation"
    assert reopened.request_close()  # closing without saving discards the draft
    settle(qtbot, form_runner)
    assert rec.form_drafts() == []
    assert rec.get("per-kozlov")["occupation"] == "politician; journalist"


def test_offered_draft_can_be_discarded(qtbot, make_editor, rec, form_runner):
    editor = make_editor("organisation")
    editor.widget("name").set_value("Draft org")
    editor.widget("name").changed.emit()
    editor.save_draft()
    settle(qtbot, form_runner)
    editor._wiped = True
    again = make_editor("organisation")
    assert not again.draft_bar.isHidden()
    again.discard_recovered_draft()
    settle(qtbot, form_runner)
    assert rec.form_drafts() == []
    assert again.widget("name").value() is not None and not again.has_unsaved_changes()


def test_ignored_draft_offer_keeps_the_draft(qtbot, make_editor, rec, form_runner):
    editor = make_editor("location")
    editor.widget("name").set_value("Draft place")
    editor.widget("name").changed.emit()
    editor.save_draft()
    settle(qtbot, form_runner)
    editor._wiped = True
    glance = make_editor("location")
    assert not glance.draft_bar.isHidden()
    assert glance.request_close()  # looked, did not choose: the draft stays for later
    settle(qtbot, form_runner)
    assert len(rec.form_drafts()) == 1
