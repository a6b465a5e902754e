"""The CSV dialog's public edition (issue 12 §5)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.gui.test_csv_gui import export, make_dialog  # noqa: F401 - fixture


def test_public_edition_ticked_leaves_out_and_locks_the_includes(qtbot, make_dialog, tmp_path):  # noqa: F811
    dialog = make_dialog()
    dialog.contact.setChecked(True)
    qtbot.mouseClick(dialog.public, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.public.height() // 2))
    assert dialog.public.isChecked() and dialog.public_note.isVisibleTo(dialog)
    assert not dialog.contact.isChecked() and not dialog.contact.isEnabled()
    assert not dialog.device_only.isEnabled()
    out = tmp_path / "public"
    export(qtbot, dialog, out)
    text = "\n".join(p.read_text(encoding="utf-8-sig") for p in out.glob("*.csv"))
    assert "ANON-001" not in text and "M-01" not in text and "Vladimir Kozlov" in text
