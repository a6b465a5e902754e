"""A report rendered before any window (as a core test or the CLI does) leaves an application
under which a widget can still be made: the order of test files must not matter (found when the
allegation-count tests ran before the GUI tests and the next form aborted the process)."""

from __future__ import annotations

import subprocess
import sys


def test_a_widget_after_a_pdf_report_in_the_same_process(tmp_path):
    code = (
        "from fielddoc.reports import pdf\n"
        "pdf.ensure_app()\n"
        "from PySide6.QtWidgets import QLineEdit\n"
        "w = QLineEdit(); w.setText('ok'); print(w.text())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"
