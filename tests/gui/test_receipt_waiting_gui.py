"""F17 (issue 9) in the receipt dialog: a receipt from one of two HQs the bundle was sent to
marks nothing delivered, and the dialog says the bundle waits for the other HQ's receipt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from fielddoc.bundle.writer import export_bundle
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.receipts import make_receipt
from fielddoc.store.schema import revisions
from tests.test_bundle_support import link, make_hq

LEFT = Qt.MouseButton.LeftButton


def test_receipt_from_one_of_two_hqs_waits_for_the_other(qtbot, window, vault, hq, tmp_path):
    from fielddoc.gui.dialogs.bundles import ImportReceiptDialog

    cleanups: list = []
    try:
        other = make_hq(tmp_path / "hq2", "sqlcipher", cleanups, name="HQ Two")
        link(vault, hq)
        link(vault, other)
        usb = tmp_path / "usb"
        usb.mkdir()
        res = export_bundle(vault, usb)
        assert res is not None
        for h in (hq, other):
            import_bundle(h, res.path)
        receipt = make_receipt(hq, vault.device_id, tmp_path / "r.age").path

        dialog = ImportReceiptDialog(window.session, window, path=str(receipt))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog._task is None, timeout=30000)
        qtbot.mouseClick(dialog.import_button, LEFT)
        qtbot.waitUntil(lambda: dialog.result_value is not None and dialog._task is None, timeout=30000)
        text = dialog.status.text()
        assert "Bundles also sent to other HQ cards that have not acknowledged them yet: 1." in text
        assert "record revisions: 0" in text
        with vault.engine.connect() as conn:
            assert conn.execute(select(func.count()).where(revisions.c.delivered.is_(True))).scalar() == 0
        assert not dialog.purge_button.isEnabled()
    finally:
        for fn in cleanups:
            fn()
