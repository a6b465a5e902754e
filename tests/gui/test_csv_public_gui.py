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


def test_partners_edition_ticked_obeys_share_with_partners(qtbot, make_dialog, window, tmp_path):  # noqa: F811
    """The desktop CSV dialog offers the partners edition (TLP:GREEN) too, one edition at a time."""
    from fielddoc.records.service import Records
    from tests.test_report_partners import HIDDEN, PARTNERS_ONLY, _prepare

    _prepare(Records(window.session.store))
    dialog = make_dialog()
    dialog.contact.setChecked(True)
    qtbot.mouseClick(dialog.public, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.public.height() // 2))
    qtbot.mouseClick(dialog.partners, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.partners.height() // 2))
    assert dialog.partners.isChecked() and not dialog.public.isChecked()
    assert dialog.partners_note.isVisibleTo(dialog) and not dialog.public_note.isVisibleTo(dialog)
    assert not dialog.contact.isChecked() and not dialog.contact.isEnabled()
    out = tmp_path / "partners"
    export(qtbot, dialog, out)
    text = "\n".join(p.read_text(encoding="utf-8-sig") for p in out.glob("*.csv"))
    for name in HIDDEN:
        assert name not in text, name
    for name in PARTNERS_ONLY:
        assert name in text, name
    assert "+7 701" not in text
