"""Fixtures of the form tests (import with ``from tests.gui.forms_fixtures import *``).

They use only pytest-qt's ``qtbot`` and the core fixtures of ``tests/conftest.py``
(``vault``, ``rec``, ``loaded``), so they do not depend on the shell's conftest.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

__all__ = ["activate", "form_runner", "make_editor", "record_texts", "settle"]


@pytest.fixture
def form_runner(qtbot) -> Iterator[Any]:
    from fielddoc.gui.tasks import TaskRunner

    runner = TaskRunner()
    yield runner
    runner.wait_idle()
    runner.shutdown()


def activate(qtbot, widget) -> None:
    """Show ``widget`` as the active window (keyboard shortcuts need one)."""
    from PySide6.QtWidgets import QApplication

    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)


def settle(qtbot, runner) -> None:
    """Let queued work finish and its callbacks run on the GUI thread."""
    runner.wait_idle()
    qtbot.wait(10)
    runner.wait_idle()
    qtbot.wait(10)


@pytest.fixture
def make_editor(qtbot, vault, rec, form_runner) -> Iterator[Callable[..., Any]]:
    from fielddoc.gui.forms import create_editor

    made: list[Any] = []

    def make(kind: str, record_id: str | None = None, defaults: dict | None = None, **kw: Any) -> Any:
        editor = create_editor(kind, vault, rec, form_runner, record_id=record_id, defaults=defaults, **kw)
        editor.ask_unsaved = lambda: "discard"
        qtbot.addWidget(editor)
        editor.resize(1100, 800)
        activate(qtbot, editor)
        made.append(editor)
        return editor

    yield make
    for editor in made:
        editor._draft_timer.stop()
    form_runner.wait_idle()


def record_texts(widget) -> list[str]:
    """Every piece of text a widget tree shows or holds (for the lock wipe test)."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QTableWidget,
        QTextEdit,
        QWidget,
    )

    out: list[str] = []
    for w in [widget, *widget.findChildren(QWidget)]:
        out.append(w.toolTip())
        out.append(w.windowTitle())
        if isinstance(w, QLineEdit):
            out.append(w.text())
            w.undo()  # nothing may come back from the undo history
            out.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out.extend(w.itemText(i) for i in range(w.count()))
            out.append(w.currentText())
        elif isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QListWidget):
            out.extend(w.item(i).text() for i in range(w.count()))
        elif isinstance(w, QTableWidget):
            out.extend(w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount())
                       if w.item(r, c) is not None)
    for model in widget.findChildren(QStandardItemModel):
        out.extend(model.item(r).text() for r in range(model.rowCount()))
    return [t for t in out if t]
