"""HQ renames a device trusted on first use (shown only as "dev-…") from the device dialog:
select it, Rename…, type the name, Rename. Clicks and keys only."""

from __future__ import annotations

from fielddoc.bundle.device import add_recipient
from fielddoc.bundle.writer import export_bundle
from fielddoc.hq.devices import list_devices
from fielddoc.hq.importer import import_bundle
from fielddoc.records.service import Records
from tests.gui.keys import click, type_text
from tests.test_bundle_support import make_field

WAIT = 30000

def test_hq_renames_a_device_trusted_on_first_use(qtbot, hq_session, hq, tmp_path):
    from fielddoc.gui.dialogs.hq_devices import DevicesDialog

    dev = make_field(tmp_path / "dev", "monitor-c")
    try:
        card = hq.card()
        add_recipient(dev, card, card.fingerprint)
        Records(dev).create("person", {"id": "per-tofu", "name": "Tofu"})
        out = tmp_path / "out"
        out.mkdir()
        import_bundle(hq, export_bundle(dev, out).path, confirm=lambda _d, _f: True)
        device_id = dev.device_id
    finally:
        dev.lock()
    dialog = DevicesDialog(hq_session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog._task is None and dialog.table.rowCount() == 1, timeout=WAIT)
    assert dialog.table.item(0, 0).text() == device_id  # no name yet: only the id
    assert not dialog.rename_button.isEnabled()
    rect = dialog.table.visualItemRect(dialog.table.item(0, 1))
    click(dialog.table.viewport(), rect.center())
    assert dialog.rename_button.isEnabled()
    click(dialog.rename_button)
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=WAIT)
    box = dialog.question
    click(box.field)
    type_text("Ноутбук Актау")
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        click(box.yes_button)
    qtbot.waitUntil(lambda: dialog._task is None and "Ноутбук Актау" in dialog.table.item(0, 0).text(),
                    timeout=WAIT)
    assert dialog.table.item(0, 0).text() == f"Ноутбук Актау\n{device_id}"
    assert list_devices(hq)[0]["label"] == "Ноутбук Актау"
    assert list_devices(hq)[0]["status"] == "active"
    assert "Ноутбук Актау" in dialog.status.text()
