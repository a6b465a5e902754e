"""The analyst's conflict review at HQ: two devices edited the same hearing, both bundles
were imported; the dialog lists the conflict, compares the versions, and resolves it by
keeping one version or by a field-by-field merge (a merge that fails validation changes
nothing)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from fielddoc.bundle.writer import export_bundle  # noqa: E402
from fielddoc.crypto.kdf import TEST_PARAMS  # noqa: E402
from fielddoc.gui.views.conflicts import KEY_ROLE  # noqa: E402
from fielddoc.hq import conflicts  # noqa: E402
from fielddoc.hq.importer import import_bundle  # noqa: E402
from fielddoc.hq.store import init_hq  # noqa: E402
from fielddoc.records import interchange  # noqa: E402
from fielddoc.records.service import Records  # noqa: E402
from tests.test_bundle_support import PASSPHRASE, link, make_field  # noqa: E402

CASE = {"id": "case-cf-1", "title": "Oil workers case", "case_type": "criminal", "confidentiality": "public",
        "tlp": "CLEAR"}
HEARING = {
    "id": "hrg-cf-1",
    "case_id": "case-cf-1",
    "date": "2012-03-28",
    "instance": "first_instance",
    "hearing_type": "main_trial_session",
    "status": "held",
    "public_access": {"status": "restricted", "capacity_seats": 300},
    "fair_trial": [
        {"item": "ft.public.public_admitted", "answer": "partly", "assessment": "concern"},
        {"item": "ft.presence.dock_cage", "answer": "yes", "assessment": "concern"},
    ],
    "confidentiality": "public",
    "tlp": "CLEAR",
}
#: What device A changed, and what device B changed, in the same hearing.
EDIT_A = {
    "public_access": {"status": "de_facto_closed", "capacity_seats": 300,
                      "notes": "Police kept the public out"},
    "fair_trial": [
        {"item": "ft.public.public_admitted", "answer": "no", "assessment": "apparent_violation"},
        {"item": "ft.presence.dock_cage", "answer": "yes", "assessment": "concern"},
    ],
    "narrative": "Account of monitor A",
}
EDIT_B = {"confidentiality": "restricted", "tlp": "AMBER+STRICT", "narrative": "Account of monitor B"}
DIFFERING = {"public_access", "fair_trial", "narrative", "confidentiality", "tlp"}


def make_conflict(tmp_path, extra_records: int = 0):
    """An HQ store where hrg-cf-1 has two competing versions (device A's and device B's).

    Returns (hq, field_a, field_b); the caller locks them."""
    hq = init_hq(tmp_path / "hq", PASSPHRASE, params=TEST_PARAMS, name="HQ Test")
    a = make_field(tmp_path / "field-a", "monitor-a")
    b = make_field(tmp_path / "field-b", "monitor-b")
    for v in (a, b):
        interchange.import_dataset(Records(v), {"cases": [CASE], "hearings": [HEARING]})
        link(v, hq)
    Records(a).update("hrg-cf-1", {**HEARING, **EDIT_A})
    Records(b).update("hrg-cf-1", {**HEARING, **EDIT_B})
    for i in range(extra_records):  # more conflicts: a second record both edited
        rid = f"case-cf-x{i}"
        for v in (a, b):
            interchange.import_dataset(Records(v), {"cases": [{**CASE, "id": rid, "title": f"Extra {i}"}]})
        Records(a).update(rid, {**CASE, "id": rid, "title": f"Extra {i} (A)"})
        Records(b).update(rid, {**CASE, "id": rid, "title": f"Extra {i} (B)"})
    for v, name in ((a, "a"), (b, "b")):
        out = tmp_path / f"out-{name}"
        out.mkdir()
        res = export_bundle(v, out)
        assert res is not None
        import_bundle(hq, res.path)
    return hq, a, b


@pytest.fixture
def conflict(tmp_path):
    hq, a, b = make_conflict(tmp_path)
    yield hq, a, b
    a.lock()
    b.lock()
    hq.lock()


@pytest.fixture
def make_dialog(qtbot):
    from fielddoc.gui.models.session import Session
    from fielddoc.gui.tasks import TaskRunner

    made = []

    def make(hq):
        from fielddoc.gui.views.conflicts import ConflictsDialog

        runner = TaskRunner()
        session = Session(hq.vault, Records(hq), runner, hq)
        dialog = ConflictsDialog(session)
        qtbot.addWidget(dialog)
        dialog.show()
        made.append((dialog, runner))
        qtbot.waitUntil(lambda: dialog.review is not None or dialog.stack.currentWidget() is dialog.empty)
        return dialog

    yield make
    for _dialog, runner in made:
        runner.wait_idle()
        runner.shutdown()


def _version_of(dialog, device_id) -> int:
    return next(i for i, v in enumerate(dialog.review.versions) if v.device_id == device_id)


def _wait_resolved(qtbot, dialog, hq):
    qtbot.waitUntil(lambda: not dialog._busy, timeout=10000)
    dialog.session.runner.wait_idle()
    qtbot.wait(20)


def test_lists_the_conflict_and_highlights_exactly_the_differing_fields(qtbot, conflict, make_dialog):
    hq, a, b = conflict
    dialog = make_dialog(hq)
    model = dialog.list_model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Hearing"
    assert model.data(model.index(0, 2)) == "2"
    devices = model.data(model.index(0, 3))
    assert "monitor-a" in devices and "monitor-b" in devices
    tip = model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert a.device_id[:12] in tip and b.device_id[:12] in tip
    review = dialog.review
    assert review.id == "hrg-cf-1" and len(review.versions) == 2
    assert set(dialog.highlighted_fields()) == DIFFERING
    assert set(dialog.merge_combos) == DIFFERING
    # values are shown with translated labels, nested parts readable
    ia = _version_of(dialog, a.device_id)
    row = {dialog.compare.item(r, 0).data(KEY_ROLE): r for r in range(dialog.compare.rowCount())}
    pa = dialog.compare.item(row["public_access"], ia + 1).text()
    assert pa.split("\n") == ["Seats: 300", "Notes: Police kept the public out", "Status: Closed in practice"]
    ft = dialog.compare.item(row["fair_trial"], ia + 1).text()
    assert ft.split("\n") == ["• The public was admitted · No · Apparent violation",
                              "• Cage, glass box or restraints without an individual reason · Yes · Concern"]
    status = dialog.compare.item(row["status"], 1).text()
    assert status == "Held"  # vocabulary label, not the code
    # only the differing fields
    dialog.only_differing.setChecked(True)
    assert dialog.compare.rowCount() == len(DIFFERING)
    # each version's card: device, revision, change and author
    cards_text = " ".join(lbl.text() for lbl in dialog.cards.findChildren(type(dialog.status)))
    assert "monitor-a" in cards_text and "monitor-b" in cards_text and "edited" in cards_text


def test_keep_this_version_resolves_and_keeps_history(qtbot, conflict, make_dialog):
    hq, a, b = conflict
    dialog = make_dialog(hq)
    asked = []
    dialog._confirm = lambda title, text, action: asked.append(text) or True
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    ib = _version_of(dialog, b.device_id)
    b_hash = dialog.review.versions[ib].hash
    dialog.keep_buttons[ib].click()
    _wait_resolved(qtbot, dialog, hq)
    assert asked and "Version" in asked[0]
    assert changed == [True]
    assert conflicts.list_conflicts(hq) == []
    doc = Records(hq).get("hrg-cf-1")
    assert doc["narrative"] == "Account of monitor B" and doc["confidentiality"] == "restricted"
    hist = Records(hq).history("hrg-cf-1")
    narratives = {h.doc.get("narrative") for h in hist}
    assert {"Account of monitor A", "Account of monitor B"} <= narratives
    assert hist[-1].op == "resolve" and any(h.hash == b_hash for h in hist)
    # the record left the list; the empty list says so
    assert dialog.list_model.rowCount() == 0
    assert dialog.stack.currentWidget() is dialog.empty
    assert "No conflicts" in dialog.empty.text()


def test_cancelled_confirmation_changes_nothing(qtbot, conflict, make_dialog):
    hq, _a, _b = conflict
    dialog = make_dialog(hq)
    dialog._confirm = lambda *args: False
    dialog.keep_buttons[0].click()
    dialog.save_btn.click()
    dialog.session.runner.wait_idle()
    assert len(conflicts.list_conflicts(hq)) == 1 and dialog.list_model.rowCount() == 1


def test_field_by_field_merge(qtbot, conflict, make_dialog):
    hq, a, b = conflict
    dialog = make_dialog(hq)
    dialog._confirm = lambda *args: True
    ia, ib = _version_of(dialog, a.device_id), _version_of(dialog, b.device_id)
    for key, pick in (("public_access", ia), ("fair_trial", ia), ("narrative", ib),
                      ("confidentiality", ib), ("tlp", ib)):
        dialog.merge_combos[key].setCurrentIndex(pick)
    dialog.preview_btn.click()
    assert dialog.tabs.currentIndex() == 1
    preview = dialog.preview.toPlainText()
    assert "Account of monitor B" in preview and "Police kept the public out" in preview
    assert dialog.preview_problems.isHidden()
    dialog.save_btn.click()
    _wait_resolved(qtbot, dialog, hq)
    assert conflicts.list_conflicts(hq) == []
    doc = Records(hq).get("hrg-cf-1")
    assert doc["narrative"] == "Account of monitor B"
    assert doc["public_access"] == EDIT_A["public_access"] and doc["fair_trial"] == EDIT_A["fair_trial"]
    assert doc["confidentiality"] == "restricted" and doc["tlp"] == "AMBER+STRICT"
    assert doc["status"] == "held"  # a field both versions share is kept


def test_invalid_merge_shows_the_error_and_changes_nothing(qtbot, conflict, make_dialog):
    hq, a, b = conflict
    dialog = make_dialog(hq)
    dialog._confirm = lambda *args: True
    ia, ib = _version_of(dialog, a.device_id), _version_of(dialog, b.device_id)
    dialog.merge_combos["confidentiality"].setCurrentIndex(ia)  # public ...
    dialog.merge_combos["tlp"].setCurrentIndex(ib)  # ... marked AMBER+STRICT: refused
    before = Records(hq).history("hrg-cf-1")
    dialog.preview_btn.click()
    assert not dialog.preview_problems.isHidden()
    assert "TLP" in dialog.preview_problems.text()
    dialog.save_btn.click()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=10000)
    text = dialog.error.text()
    assert "TLP 'AMBER+STRICT' does not match" in text and "Traceback" not in text
    assert len(conflicts.list_conflicts(hq)) == 1
    assert Records(hq).history("hrg-cf-1") == before
    assert dialog.list_model.rowCount() == 1 and dialog.save_btn.isEnabled()


def test_after_a_resolution_the_next_record_is_selected(qtbot, tmp_path, make_dialog):
    hq, a, b = make_conflict(tmp_path, extra_records=2)
    try:
        dialog = make_dialog(hq)
        dialog._confirm = lambda *args: True
        ids = [r.id for r in dialog.list_model.rows]
        assert len(ids) == 3
        first = dialog.review.id
        assert first == ids[0]
        dialog.keep_buttons[0].click()
        _wait_resolved(qtbot, dialog, hq)
        qtbot.waitUntil(lambda: dialog.review is not None and dialog.review.id == ids[1])
        assert [r.id for r in dialog.list_model.rows] == ids[1:]
        assert dialog.current_id() == ids[1]
        assert {c["id"] for c in conflicts.list_conflicts(hq)} == set(ids[1:])
    finally:
        a.lock()
        b.lock()
        hq.lock()


def test_translated_in_russian_and_kazakh(qtbot, conflict, make_dialog):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from fielddoc.gui.i18n import Language

    hq, _a, _b = conflict
    language = Language(QApplication.instance())
    try:
        for lang, title, keep, kind in (("ru", "Конфликты версий", "&Оставить эту версию", "Заседание"),
                                        ("kk", "Нұсқалар қайшылығы", "Осы нұсқаны &қалдыру", "Отырыс")):
            language.set(lang)
            dialog = make_dialog(hq)
            assert dialog.windowTitle() == title
            assert dialog.keep_buttons[0].text() == keep
            model = dialog.list_model
            assert model.data(model.index(0, 0)) == kind
            assert model.headerData(1, Qt.Orientation.Horizontal) not in ("Title", "")
            row = {dialog.compare.item(r, 0).data(KEY_ROLE): r for r in range(dialog.compare.rowCount())}
            assert dialog.compare.item(row["status"], 1).text() not in ("Held", "held")
            dialog.reject()
    finally:
        language.set("en")


def test_no_conflicts_says_so(qtbot, tmp_path, make_dialog):
    hq = init_hq(tmp_path / "hq", PASSPHRASE, params=TEST_PARAMS, name="HQ Test")
    try:
        dialog = make_dialog(hq)
        assert dialog.stack.currentWidget() is dialog.empty
        assert dialog.empty.text() == "No conflicts: every record has one current version"
    finally:
        hq.lock()


def test_closing_forgets_record_text(qtbot, conflict, make_dialog):
    hq, _a, _b = conflict
    dialog = make_dialog(hq)
    dialog.reject()
    assert dialog.list_model.rowCount() == 0 and dialog.compare.rowCount() == 0
    assert dialog.review is None and not dialog.record_heading.text()


def test_opened_from_the_main_window_refreshes_it_and_a_lock_wipes_it(qtbot, tmp_path, make_window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from fielddoc.gui.views.conflicts import ConflictsDialog

    hq, a, b = make_conflict(tmp_path, extra_records=1)
    try:
        window = make_window(hq.vault)
        assert window.session is not None and window.session.is_hq
        assert window.windowTitle() == "HQ"  # the platform adds " — FieldDoc"
        visible = {a.objectName() for a in window.exchange_menu.actions() if a.isVisible()}
        assert visible == {"actionImportBundles", "actionConflicts", "actionDevices",
                           "actionBriefDevice"}  # the HQ side only
        seen: dict = {}
        refreshed = []
        window.workspace.refresh_all = lambda *args: refreshed.append(True)

        def poke():
            dialog = next(w for w in QApplication.topLevelWidgets()
                          if isinstance(w, ConflictsDialog) and w.isVisible())
            qtbot.waitUntil(lambda: dialog.review is not None, timeout=10000)
            dialog._select_row(dialog.list_model.row_of("hrg-cf-1"))
            qtbot.waitUntil(lambda: dialog.review is not None and dialog.review.id == "hrg-cf-1")
            seen["heading"] = dialog.record_heading.text()
            dialog._confirm = lambda *args: True
            dialog.keep_buttons[0].click()
            qtbot.waitUntil(lambda: not dialog._busy, timeout=10000)
            window.runner.wait_idle()
            qtbot.waitUntil(lambda: len(refreshed) == 1)
            qtbot.waitUntil(lambda: dialog.review is not None and dialog.review.id == "case-cf-x0")
            assert dialog.list_model.rowCount() == 1 and dialog.compare.rowCount() > 0
            window.lock.lock("hotkey")
            seen["after"] = (dialog.list_model.rowCount(), dialog.compare.rowCount(),
                             dialog.record_heading.text(), dialog.status.text(), dialog.isVisible())

        QTimer.singleShot(0, poke)
        window.show_conflicts()  # runs the dialog until the lock closes it
        assert seen["heading"] == "28 March 2012 · Main trial session · First instance"
        assert refreshed == [True]
        assert seen["after"] == (0, 0, "", "", False)
    finally:
        a.lock()
        b.lock()
        hq.lock()


def test_the_list_names_hearings_in_the_interface_language(conflict):
    """The stored title is English; the list names a hearing by its date, type and instance
    in the language of the interface."""
    from fielddoc import i18n
    from fielddoc.gui.models.conflicts import ConflictListModel, load_list

    hq, _a, _b = conflict
    rows = load_list(hq)
    model = ConflictListModel()
    model.set_rows(rows)
    i18n.set_language("ru")
    try:
        text = model.data(model.index(0, 1))
        assert text.startswith("28 марта 2012 · ") and "Первая инстанция" in text, text
    finally:
        i18n.set_language("en")
    assert model.data(model.index(0, 1)) == "28 March 2012 · Main trial session · First instance"


def test_a_conflict_another_analyst_resolved_first_is_shown_again_with_who(qtbot, conflict, make_dialog):
    """Compare-and-set (issue 15): the second analyst is told who resolved it and sees it as it is now."""
    hq, a, b = conflict
    dialog = make_dialog(hq)
    dialog._confirm = lambda *_a: True
    ia, ib = _version_of(dialog, a.device_id), _version_of(dialog, b.device_id)
    conflicts.resolve(hq, "hrg-cf-1", take=dialog.review.versions[ia].hash, author="bob")  # bob, elsewhere
    dialog.keep_buttons[ib].click()
    _wait_resolved(qtbot, dialog, hq)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert "bob" in dialog.error.text() and "review it again" in dialog.error.text()
    assert "resolved elsewhere" in dialog.record_sub.text()
    assert Records(hq).get("hrg-cf-1")["narrative"] == "Account of monitor A"  # bob's decision stands
