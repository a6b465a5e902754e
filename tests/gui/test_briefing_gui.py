"""Briefings through the GUI: HQ's "Brief a device…" writes one, the device's "Import briefing…"
merges it and lists the monitor's new assignments (real vaults, real files, real input)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fielddoc.records.service import Records
from tests.test_bundle_support import link

LEFT = Qt.MouseButton.LeftButton


def _plan(hq) -> None:
    rec = Records(hq)
    rec.create("organisation", {"id": "org-court", "name": "Aktau city court"})
    rec.create("person", {"id": "p-mon", "name": "Aigerim"})
    rec.create("case", {"id": "case-b", "title": "Oil workers' trial"})
    for hid, day in (("h-b1", 4), ("h-b2", 6)):
        rec.create("hearing", {
            "id": hid, "case_id": "case-b", "status": "scheduled", "date": f"2026-05-{day:02d}",
            "scheduled_start": f"2026-05-{day:02d}T10:00:00+05:00", "court_id": "org-court",
            "assignments": [{"monitor_id": "p-mon", "mode": "online", "status": "assigned"}],
        })


def test_hq_briefs_a_device_and_the_device_imports_it(qtbot, window, vault, hq, hq_session, tmp_path):
    from fielddoc.gui.dialogs.briefings import BriefDeviceDialog, ImportBriefingDialog

    link(vault, hq)
    _plan(hq)
    out = tmp_path / "usb"
    out.mkdir()
    writer = BriefDeviceDialog(hq_session, None)
    qtbot.addWidget(writer)
    writer.show()
    assert writer.device.currentData() == vault.device_id
    assert writer.monitor.currentData() == "p-mon" and "Aigerim" in writer.monitor.currentText()
    assert not writer.start.isEnabled()  # no folder yet
    writer.folder.setFocus()
    QTest.keyClicks(writer.folder, str(out))
    assert writer.start.isEnabled()
    qtbot.mouseClick(writer.start, LEFT)
    qtbot.waitUntil(lambda: writer.result_value is not None, timeout=30000)
    (path,) = list(out.iterdir())
    assert "Briefing 1 written" in writer.status.text() and "Hearings: 2" in writer.status.text()

    dialog = ImportBriefingDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled() and not dialog.assignments.isVisible()
    dialog.path.setFocus()
    QTest.keyClicks(dialog.path, str(path))
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog.result_value is not None and dialog._task is None, timeout=30000)
    assert "Your assignments: 2, new or changed: 2." in dialog.status.text()
    tree = dialog.assignments
    assert tree.isVisible() and tree.topLevelItemCount() == 2
    first = tree.topLevelItem(0)
    assert first.text(0) == "2026-05-04T10:00:00+05:00"
    assert first.text(1) == "Oil workers' trial" and first.text(2) == "Aktau city court"
    assert first.text(3) == "Online" and first.text(4) == "Assigned" and first.text(5) == "new"
    assert Records(vault).get("h-b2")["status"] == "scheduled"
    # the same file again: checked, nothing changes
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog._task is None and "already imported" in dialog.status.text(),
                    timeout=30000)


def test_a_briefing_for_another_device_is_refused_with_the_core_message(qtbot, window, vault, hq,
                                                                        hq_session, tmp_path):
    from fielddoc.gui.dialogs.briefings import ImportBriefingDialog
    from fielddoc.hq.briefing import make_briefing
    from tests.test_bundle_support import make_field

    other = make_field(tmp_path / "other", "monitor-b")
    link(other, hq)
    _plan(hq)
    out = tmp_path / "usb"
    out.mkdir()
    path = make_briefing(hq, other.device_id, out, monitor_id="p-mon").path
    other.lock()
    dialog = ImportBriefingDialog(window.session, window, path=str(path))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog._task is None and dialog.status.property("role") == "error",
                    timeout=30000)
    assert "not encrypted to this device" in dialog.status.text() and "Traceback" not in dialog.status.text()
    assert dialog.result_value is None and not Records(vault).exists(["h-b1"])


def test_the_exchange_menu_has_the_briefing_actions(window):
    visible = {a.objectName() for a in window.exchange_menu.actions() if a.isVisible()}
    assert "actionImportBriefing" in visible and "actionBriefDevice" not in visible
