"""Every focusable control of every window, dialog and form has a name a screen reader can read.

The walk constructs the main window (locked, field, HQ), every record form, and every dialog
reachable from the menus, and fails on a focusable control without an accessible name
(``tests/gui/a11y_walk.py``: the name assistive technology reads, not only ``accessibleName``).
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QWidget  # noqa: E402

from tests.gui.a11y_walk import unnamed  # noqa: E402

FIELD_DIALOGS = ("make_report", "export_csv", "export_bundle", "import_receipt",
                 "show_recipients", "import_briefing", "show_calendar")
HQ_DIALOGS = ("make_report", "export_csv", "import_bundles", "show_conflicts", "show_devices",
              "brief_device", "show_coverage", "show_calendar")


def _dialogs(qtbot, window, names) -> dict[str, QWidget]:
    """Builds each menu dialog the way its menu action does (without running it)."""
    from fielddoc.gui import main_window as mw

    seen: dict[str, QWidget] = {}

    def capture(dialog) -> None:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(50)
        window.runner.wait_idle()
        qtbot.wait(20)
        seen[type(dialog).__name__] = dialog

    original = mw.MainWindow._modal
    mw.MainWindow._modal = lambda self, dialog: capture(dialog)  # type: ignore[method-assign]
    try:
        for name in names:
            getattr(window, name)()
    finally:
        mw.MainWindow._modal = original  # type: ignore[method-assign]
    return seen


def _walk(qtbot, window, names, tag: str) -> list[str]:
    qtbot.wait(20)  # controls shown in a visible window are named once the event loop runs
    missing = [f"{tag}: {m}" for m in unnamed(window)]
    for title, dialog in _dialogs(qtbot, window, names).items():
        missing += [f"{tag}/{title}: {m}" for m in unnamed(dialog)]
        dialog.reject()
    return missing


def test_every_control_has_a_name(qtbot, make_window, vault, loaded, hq, tmp_path):
    from fielddoc.gui.dialogs.create_vault import CreateVaultDialog
    from fielddoc.gui.dialogs.settings import SettingsDialog
    from fielddoc.gui.forms import KINDS, create_editor
    from fielddoc.gui.history import HistoryDialog

    missing: list[str] = []
    locked = make_window(None, tmp_path / "none")
    missing += [f"locked: {m}" for m in unnamed(locked)]
    create = CreateVaultDialog(locked.runner, tmp_path / "new")
    qtbot.addWidget(create)
    missing += [f"CreateVaultDialog: {m}" for m in unnamed(create)]

    window = make_window(vault)
    ws = window.workspace
    for section in (None, "case", "hearing", "person", "statistics"):
        ws.show_section(section, wait=True)
    ws.lists["case"].table.selectRow(0)
    window.runner.wait_idle()
    qtbot.wait(20)
    ws.open_case("case-kozlov", wait=True)
    missing += _walk(qtbot, window, FIELD_DIALOGS, "field")
    from fielddoc.gui.dialogs.import_json import ImportDialog

    importer = ImportDialog(window.session, window)
    qtbot.addWidget(importer)
    missing += [f"ImportDialog: {m}" for m in unnamed(importer)]
    settings = SettingsDialog(window.session.ui_settings(), "en", window)
    qtbot.addWidget(settings)
    missing += [f"SettingsDialog: {m}" for m in unnamed(settings)]
    history = HistoryDialog(window.session.records, "case-kozlov", window)
    qtbot.addWidget(history)
    missing += [f"HistoryDialog: {m}" for m in unnamed(history)]
    for kind in KINDS:
        editor = create_editor(kind, window.session.vault, window.session.records, window.runner)
        editor.ask_unsaved = lambda: "discard"
        qtbot.addWidget(editor)
        editor.show()
        missing += [f"form {kind}: {m}" for m in unnamed(editor)]
    editor = create_editor("hearing", window.session.vault, window.session.records, window.runner,
                           record_id="hrg-zh-2012-03-28")
    editor.ask_unsaved = lambda: "discard"
    qtbot.addWidget(editor)
    editor.show()
    missing += [f"form hearing (existing): {m}" for m in unnamed(editor)]

    hq_window = make_window(hq.vault)
    missing += _walk(qtbot, hq_window, HQ_DIALOGS, "hq")

    print(f"\nfocusable controls without an accessible name: {len(missing)}")
    for m in missing:
        print("  ", m)
    assert not missing, f"{len(missing)} focusable controls have no accessible name"
