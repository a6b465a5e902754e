"""``fielddoc gui --check``: is everything the desktop application needs really there?

Meant for a packaged build (PyInstaller keeps only what its analysis finds):
every module of the interface imports, every Qt catalogue loads in Russian and
Kazakh, the report fonts register and the icon loads. Prints no record text and
opens no vault.
"""

from __future__ import annotations

import importlib
import pkgutil

#: Modules the main window imports only when a menu item is chosen: the walk
#: below must find them, and they are also listed here in case it finds nothing.
LAZY = (
    "fielddoc.gui.dialogs.bundles",
    "fielddoc.gui.dialogs.receipts",
    "fielddoc.gui.dialogs.hq_bundles",
    "fielddoc.gui.dialogs.hq_receipts",
    "fielddoc.gui.dialogs.hq_devices",
    "fielddoc.gui.dialogs.recipients",
    "fielddoc.gui.dialogs.report",
    "fielddoc.gui.dialogs.report_csv",
    "fielddoc.gui.dialogs.rekey",
    "fielddoc.gui.views.conflicts",
    "fielddoc.gui.dialogs.briefings",
    "fielddoc.gui.dialogs.evidence",
    "fielddoc.gui.dialogs.join_hq",
    "fielddoc.gui.views.calendar",
    "fielddoc.gui.views.coverage",
    "fielddoc.reports.pdf",
    "fielddoc.hq.store",
)


def gui_modules() -> list[str]:
    import fielddoc.gui

    found = {m.name for m in pkgutil.walk_packages(fielddoc.gui.__path__, "fielddoc.gui.")}
    return sorted(found | set(LAZY))


def problems() -> tuple[list[str], dict[str, int]]:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    found: list[str] = []
    modules = gui_modules()
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - reported, not raised
            found.append(f"module {name} does not import: {type(exc).__name__}: {exc}")
    from fielddoc.gui.app import app_icon
    from fielddoc.gui.i18n import CATALOGUES, QM_DIR
    from fielddoc.reports.pdf import register_fonts

    for lang in ("ru", "kk"):
        for catalogue in CATALOGUES:
            if not QTranslator(app).load(f"{catalogue}_{lang}", str(QM_DIR)):
                found.append(f"catalogue {catalogue}_{lang}.qm does not load")
    fonts = register_fonts()
    if not fonts:
        found.append("the report fonts do not register")
    if app_icon().isNull():
        found.append("the application icon does not load")
    return found, {"modules": len(modules), "catalogues": 2 * len(CATALOGUES), "fonts": len(fonts)}
