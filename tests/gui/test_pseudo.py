"""Pseudo-locale (every string ~40 % longer) and right-to-left layout: every screen
renders without an exception. The images are saved so a person can check them
for clipping (``scripts/screenshots.py --pseudo`` writes the same to shots/)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.gui.widgets import pseudo


def test_pseudo_text_keeps_placeholders_and_markup():
    text = pseudo.pseudo("{n} records in <b>&amp;Cases</b> &Lock %1")
    assert text.startswith("[") and text.endswith("]")
    for keep in ("{n}", "<b>", "&amp;", "</b>", "&Ļ", "%1"):
        assert keep in text
    assert len(pseudo.pseudo("Unlock")) >= len("Unlock") * 1.4


@pytest.fixture
def pseudo_rtl(qapp):
    translator = pseudo.install(qapp)
    pseudo.set_rtl(qapp, True)
    yield
    pseudo.uninstall(qapp, translator)
    pseudo.set_rtl(qapp, False)


def _grab(widget, folder, name):
    QApplication.processEvents()
    image = widget.grab()
    assert not image.isNull() and image.width() > 50
    image.save(str(folder / f"{name}.png"))


def test_every_screen_renders_in_pseudo_locale_and_rtl(qtbot, pseudo_rtl, make_window, vault, loaded,
                                                        tmp_path):
    from fielddoc.gui.dialogs.create_vault import CreateVaultDialog
    from fielddoc.gui.dialogs.import_json import ImportDialog
    from fielddoc.gui.dialogs.settings import SettingsDialog
    from fielddoc.gui.models.session import UiSettings

    window = make_window(vault)
    ws = window.workspace
    assert ws.nav.item(0).text().startswith("[")
    assert window.actions.lock.text().startswith("[")
    for kind in ("case", "hearing", "incident", "detention", "person", "source", None):
        lst = ws.show_section(kind, wait=True)
        lst.select_row(0)
        assert lst.detail.current is not None  # selection works right to left
        _grab(window, tmp_path, f"list-{kind}")
    ws.show_section("statistics", wait=True)
    _grab(window, tmp_path, "statistics")
    ws.open_case("case-zhanaozen-37", wait=True)
    _grab(window, tmp_path, "case")
    for dialog in (CreateVaultDialog(window.runner, tmp_path / "x", kdf_params=TEST_PARAMS, parent=window),
                   SettingsDialog(UiSettings(), "en", window), ImportDialog(window.session, window)):
        dialog.show()
        _grab(dialog, tmp_path, dialog.objectName())
        dialog.close()
    window.lock.lock("hotkey")
    _grab(window, tmp_path, "locked")
    assert len(list(tmp_path.glob("*.png"))) == 13
