"""Render the record forms offscreen, in English, Russian and Kazakh, to shots/forms/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_forms.py [--lang ru] [--only hearing]

Builds a throwaway vault (cheap test KDF parameters) in a temporary folder,
imports the acceptance data set (public reporting), opens the hearing,
detention and person forms on real records and saves one PNG per tab.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtWidgets import QApplication  # noqa: E402

SHOTS = {
    "hearing": ("hrg-zh-2012-03-28", None),
    "detention": ("det-kozlov-2012", None),
    "person": ("per-kozlov", None),
}


def _attach_sample(vault: object, records: object) -> None:
    """A generated image attached to the hearing, from memory (no file on disk)."""
    import io

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter

    from fielddoc.attachments.service import attach

    image = QImage(480, 320, QImage.Format.Format_RGB32)
    image.fill(QColor("#dbe6f1"))
    painter = QPainter(image)
    painter.fillRect(40, 200, 400, 80, QColor("#2f5d8a"))
    painter.drawText(60, 120, "generated sample image")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    attach(vault, records, io.BytesIO(bytes(data)), related_ids=["hrg-zh-2012-03-28"],
           file_name="queue-outside-court.png", title="Queue outside the court (sample)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", action="append", choices=("en", "ru", "kk"))
    parser.add_argument("--only", action="append")
    parser.add_argument("--out", default=str(ROOT / "shots" / "forms"))
    args = parser.parse_args()
    langs = args.lang or ["en", "ru", "kk"]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    app = QApplication.instance() or QApplication(sys.argv)
    from fielddoc.crypto.kdf import TEST_PARAMS
    from fielddoc.gui import theme
    from fielddoc.gui.i18n import Language
    from fielddoc.gui.tasks import TaskRunner
    from fielddoc.records.interchange import import_dataset
    from fielddoc.records.service import Records
    from fielddoc.store.vault import Vault

    theme.apply(app)
    language = Language(app)
    data = json.loads((ROOT / "tests" / "data" / "zhanaozen-2011-2012.json").read_text("utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(Path(tmp) / "vault", "screenshots only, not a real vault", params=TEST_PARAMS)
        vault.idle_timeout = None
        records = Records(vault)
        import_dataset(records, data)
        runner = TaskRunner()
        from fielddoc.gui.forms import create_editor
        from fielddoc.gui.history import HistoryDialog

        _attach_sample(vault, records)
        doc = records.get("hrg-zh-2012-03-28")
        doc["public_access"]["status"] = "de_facto_closed"
        doc["narrative"] = "Police stopped relatives at the door after the lunch break."
        records.update("hrg-zh-2012-03-28", doc)

        for lang in langs:
            language.set(lang)
            for kind, (record_id, _) in SHOTS.items():
                if args.only and kind not in args.only:
                    continue
                editor = create_editor(kind, vault, records, runner, record_id=record_id)
                editor.resize(1180, 860)
                editor.show()
                for index in range(editor.tabs.count()):
                    editor.tabs.setCurrentIndex(index)
                    app.processEvents()
                    runner.wait_idle()
                    app.processEvents()
                    name = f"{kind}-{index}-{lang}.png"
                    editor.grab().save(str(out / name))
                    print(out / name)
                if kind == "hearing":
                    history = HistoryDialog(records, record_id, editor)
                    history.resize(900, 420)
                    history.show()
                    app.processEvents()
                    history.grab().save(str(out / f"history-{lang}.png"))
                    print(out / f"history-{lang}.png")
                    history.close()
                editor.clear_sensitive()
                editor.close()
                editor.deleteLater()
                app.processEvents()
        runner.wait_idle()
        runner.shutdown()
        vault.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
