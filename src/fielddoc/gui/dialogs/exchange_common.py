"""Pieces shared by the dialogs of the exchange with HQ (``bundles``, ``hq_bundles``).

* :class:`ExchangeDialog`: status line, language change, Cancel on close;
* :func:`ask` opens a window-modal question whose safe answer (No) is the
  default, and reports the answer through a callback: the dialog stays
  responsive (a task keeps running, a lock can still close it);
* :func:`pick_open_files` is :func:`~fielddoc.gui.dialogs.files.pick_open_file`
  for several files, with the same erasing of the file dialog's history;
* :func:`size_text` and :func:`fixed_font` format sizes and fingerprints.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.files import forget_file_dialog_history
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models.session import Session
from fielddoc.gui.tasks import Task


def ask(
    parent: QWidget,
    title: str,
    text: str,
    informative: str,
    yes_text: str,
    no_text: str,
    on_answer: Callable[[bool], None],
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox:
    """A question with the safe answer as default; ``on_answer(True)`` only for an explicit yes.

    Closing the box (Escape, the window's close button, a lock rejecting every
    dialog) counts as No.
    """
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.YesRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    answered = False

    def finished(_result: int) -> None:
        nonlocal answered
        if answered:
            return
        answered = True
        on_answer(box.clickedButton() is yes)
        box.deleteLater()

    box.finished.connect(finished)
    box.yes_button = yes  # tests press it
    box.open()
    return box


def fit_height(dialog: QWidget) -> None:
    """Grow a shown dialog so that its word-wrapped texts fit (a result, a longer language)."""
    layout = dialog.layout()
    if layout is None or not dialog.isVisible():
        return
    layout.activate()
    width = dialog.width()
    need = layout.heightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
    if need > dialog.height():
        dialog.resize(width, need)


def pick_open_files(parent: QWidget | None, title: str, name_filter: str) -> list[str]:
    dialog = QFileDialog(parent, title, "", name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return list(dialog.selectedFiles())
    finally:
        shiboken6.delete(dialog)  # now: its destructor is what writes the history
        forget_file_dialog_history()


def size_text(size: int) -> str:
    """A size in the interface language (``QLocale.setDefault`` follows it)."""
    return QLocale().formattedDataSize(max(0, int(size)), 1)


def fixed_font() -> QFont:
    """Fingerprints are compared group by group: a fixed-width font helps."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


PERMILLE = 1000


def permille(done: int, total: int) -> int:
    """Progress bars take ints (32 bits): bytes are scaled to thousandths."""
    if total <= 0:
        return 0
    return max(0, min(PERMILLE, done * PERMILLE // total))


class ExchangeDialog(QDialog):
    """A dialog with a status line whose text is re-made in the current language, and a task
    that Cancel (or Escape) stops; a lock closes the dialog at once."""

    def __init__(self, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._session = session
        self._task: Task | None = None
        self.status = role_label()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._status_text: Callable[[], str] | None = None

    def set_status(self, role: str, text: Callable[[], str] | None) -> None:
        self._status_text = text
        self.status.setProperty("role", role)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text() if text else "")
        self.status.setVisible(text is not None)
        fit_height(self)

    def retranslate(self) -> None:
        if self._status_text is not None:
            self.status.setText(self._status_text())
        fit_height(self)

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
            if not self._session.vault.is_locked:
                return  # the task reports back, then the dialog can close
        super().reject()
