"""The export dialog's consent choice (issue 12 §5): unconsented sources as stubs only when ticked."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from fielddoc.bundle import age
from tests.test_bundle_support import link

LEFT = Qt.MouseButton.LeftButton
SOURCE = {"id": "src-no-hq", "source_kind": "interview", "title": "Interview with Aigerim Zhakupova",
          "consent": {"given": True, "scopes": {"share_with_hq": False}}}


def _run(qtbot, window, folder, tick: bool) -> bytes:
    from fielddoc.gui.dialogs.bundles import ExportBundleDialog

    dialog = ExportBundleDialog(window.session, window, folder=str(folder))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.redact_unconsented.isChecked()  # the default: left out
    if tick:
        box = dialog.redact_unconsented
        qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))  # on the tick box
        assert dialog.redact_unconsented.isChecked()
    qtbot.mouseClick(dialog.start, LEFT)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30000)
    return dialog.result_value.path.read_bytes()


def test_export_dialog_stubs_unconsented_sources_only_when_ticked(qtbot, window, vault, hq, tmp_path):
    window.session.records.create("source", SOURCE)
    link(vault, hq)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    plain = age.decrypt_bytes(_run(qtbot, window, tmp_path / "a", False), hq.identities())
    assert b"Zhakupova" not in plain and b'"record_id":"src-no-hq"' not in plain
    plain = age.decrypt_bytes(_run(qtbot, window, tmp_path / "b", True), hq.identities())
    assert b"Zhakupova" not in plain and b'"record_id":"src-no-hq"' in plain
