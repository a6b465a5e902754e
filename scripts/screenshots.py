#!/usr/bin/env python3
"""Render the main screens offscreen to PNG files, in English, Russian and Kazakh.

    python scripts/screenshots.py                 # shots/<lang>/*.png for en, ru, kk
    python scripts/screenshots.py --lang ru       # one language
    python scripts/screenshots.py --pseudo        # also shots/pseudo-rtl/ (long strings, right to left)

Uses a throwaway vault holding the acceptance data (cheap KDF: screenshots
only). Nothing is written outside the output folder and a temporary folder
that is removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from fielddoc.crypto.kdf import TEST_PARAMS  # noqa: E402
from fielddoc.records import interchange  # noqa: E402
from fielddoc.records.service import Records  # noqa: E402
from fielddoc.store.vault import Vault  # noqa: E402

DEMO = ROOT / "resources" / "demo" / "zhanaozen-2011-2012.json"
PASSPHRASE = "screenshots only - demo data"  # noqa: S105 - a throwaway vault
SIZE = (1280, 800)


def pump(ms: int = 60) -> None:
    app = QApplication.instance()
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def save(widget: QWidget, folder: Path, name: str) -> Path:
    pump()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    return path


def shoot(lang: str, out: Path, work: Path, *, pseudo_rtl: bool = False) -> list[Path]:
    from fielddoc.gui import app as gui_app
    from fielddoc.gui.dialogs.create_vault import CreateVaultDialog
    from fielddoc.gui.dialogs.import_json import ImportDialog
    from fielddoc.gui.dialogs.settings import SettingsDialog
    from fielddoc.gui.models.session import UiSettings
    from fielddoc.gui.widgets import pseudo

    qapp = gui_app.create_app()
    translator = None
    if pseudo_rtl:
        translator = pseudo.install(qapp)
        pseudo.set_rtl(qapp, True)
    folder = out / ("pseudo-rtl" if pseudo_rtl else lang)
    folder.mkdir(parents=True, exist_ok=True)
    vault_dir = work / f"vault-{folder.name}"
    vault = Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS, author="demo")
    interchange.import_dataset(Records(vault), interchange.read_json_file(DEMO))
    window = gui_app.build(vault=vault, language=lang, remember_geometry=False, kdf_params=TEST_PARAMS)
    window.resize(*SIZE)
    window.show()
    ws = window.workspace
    shots: list[Path] = []

    lst = ws.show_section("hearing", wait=True)
    lst.select_row(0)
    shots.append(save(window, folder, "01-hearings"))
    lst = ws.show_section("detention", wait=True)
    lst.select_row(1)
    shots.append(save(window, folder, "02-detentions"))
    lst = ws.show_section("person", wait=True)
    lst.select_row(0)
    shots.append(save(window, folder, "03-people"))
    lst = ws.show_section(None, wait=True)
    lst.filters.search.setText("Zhanaozen")
    lst.apply_filter(lst.filters.current_filter(), wait=True)
    lst.select_row(0)
    shots.append(save(window, folder, "04-search"))
    view = ws.open_case("case-zhanaozen-37", wait=True)
    view.detail.show_record("hrg-zh-2012-03-28")
    shots.append(save(window, folder, "05-case-timeline"))
    ws.show_section("statistics", wait=True)
    shots.append(save(window, folder, "06-statistics"))

    try:
        from fielddoc.gui.forms import create_editor  # the forms engineer's editor
    except ImportError:
        create_editor = None
    if create_editor is not None:
        ws.edit_record("hrg-zh-2012-03-28", "hearing")
        pump(200)
        shots.append(save(window, folder, "07-hearing-form"))
        editor = ws.tabs.currentWidget()
        tabs = getattr(editor, "tabs", None)
        if tabs is not None and tabs.count() > 4:
            tabs.setCurrentIndex(4)  # the fair-trial checklist
            shots.append(save(window, folder, "07b-hearing-checklist"))
        ws.new_record("hearing", {"case_id": "case-zhanaozen-37"})
        pump(200)
        shots.append(save(window, folder, "08-new-hearing-form"))

    settings = SettingsDialog(UiSettings(language=lang), lang, window)
    settings.show()
    shots.append(save(settings, folder, "09-settings"))
    settings.close()
    importer = ImportDialog(window.session, window, path=str(DEMO))
    importer.show()
    shots.append(save(importer, folder, "10-import"))
    importer.close()

    window.lock.lock("hotkey")
    shots.append(save(window, folder, "11-locked"))
    screen = window.unlock_screen
    screen.passphrase.setText("a wrong passphrase")
    screen.unlock()
    window.runner.wait_idle()
    pump(200)
    screen.passphrase.setText("")
    shots.append(save(window, folder, "12-wrong-passphrase"))

    create = CreateVaultDialog(window.runner, work / "new-vault", kdf_params=TEST_PARAMS, parent=window)
    create.show()
    create.passphrase.setText("short one")
    create.resize(create.sizeHint())
    shots.append(save(create, folder, "13-create-vault-weak"))
    create.passphrase.setText("five quiet words in a row")
    create.repeat.setText("five quiet words in a row")
    create.understood.setChecked(True)
    shots.append(save(create, folder, "14-create-vault-ok"))
    create.close()

    empty = gui_app.build(vault_dir=work / "no-vault-here", language=lang, remember_geometry=False)
    empty.resize(*SIZE)
    empty.show()
    shots.append(save(empty, folder, "15-first-start"))

    for w in (window, empty):
        w.lock_for_quit()
        w.runner.wait_idle()
        w.runner.shutdown()
        w.close()
        w.deleteLater()
    window.language.set("en")
    if translator is not None:
        pseudo.uninstall(qapp, translator)
        pseudo.set_rtl(qapp, False)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    pump()
    return shots


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", action="append", choices=("en", "ru", "kk"))
    ap.add_argument("--out", default=str(ROOT / "shots"))
    ap.add_argument("--pseudo", action="store_true", help="also render the pseudo-locale, right to left")
    args = ap.parse_args(argv)
    out = Path(args.out)
    work = Path(tempfile.mkdtemp(prefix="fielddoc-shots-"))
    try:
        for lang in args.lang or ["en", "ru", "kk"]:
            for p in shoot(lang, out, work):
                print(p)
        if args.pseudo:
            for p in shoot("en", out, work, pseudo_rtl=True):
                print(p)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
