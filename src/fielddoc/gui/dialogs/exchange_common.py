"""Pieces shared by the dialogs of the exchange with HQ (``bundles``, ``hq_bundles``,
``recipients``, ``hq_devices``).

* :class:`ExchangeDialog`: status line, language change, Cancel on close;
* :func:`ask` opens a window-modal question whose safe answer (No) is the
  default, and reports the answer through a callback: the dialog stays
  responsive (a task keeps running, a lock can still close it);
  :class:`FormQuestion` is the same with a fingerprint to compare, a box to
  tick and a line of text (enrolling and revoking a device);
* :func:`card_question` asks to add (or, at a key rotation, to replace) an HQ
  recipient card after comparing its fingerprint: the export dialog and the
  recipients dialog ask the same question;
* every text of these questions is plain text (``widgets.plain``): a name or a
  file name is shown with its control characters escaped, never as markup, and
  the fingerprint to compare, computed from the key, has a label of its own in
  the largest font of the dialog;
* :func:`write_public_file` writes a card or an enrolment file atomically;
  :func:`write_failure` says in words why it could not be written;
* :func:`size_text`, :func:`when_text` and :func:`fixed_font` format sizes,
  times and fingerprints.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models.session import Session, alive
from fielddoc.gui.tasks import Task
from fielddoc.gui.widgets.plain import PLAIN, plain, plain_box, shown

if TYPE_CHECKING:
    from fielddoc.bundle.cards import RecipientCard


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
    dialog) counts as No. Both texts are plain text: outside text in them is never markup.
    """
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(PLAIN)
    box.setText(text)
    box.setInformativeText(informative)
    plain_box(box)
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


def size_text(size: int) -> str:
    """A size in the interface language (``QLocale.setDefault`` follows it)."""
    return QLocale().formattedDataSize(max(0, int(size)), 1)


def fixed_font() -> QFont:
    """Fingerprints are compared group by group: a fixed-width font helps."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def large_fixed_font(scale: float = 1.6) -> QFont:
    """A fingerprint to read out over the phone: fixed width, large and bold (at least ``scale``
    times the interface font, so it is the largest text of a question; headings are 15 pt)."""
    font = fixed_font()
    size = max(font.pointSizeF(), QApplication.font().pointSizeF(), 10.0)
    font.setPointSizeF(size * scale)
    font.setBold(True)
    return font


def when_text(iso: str | None) -> str:
    """A stored UTC time (ISO 8601) as local date and time in the interface language."""
    if not iso:
        return ""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso[:16].replace("T", " ")
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def compact_fingerprint(fingerprint: str, groups: int = 2) -> str:
    """The first groups of a fingerprint without spaces: enough for a file name."""
    return "".join(fingerprint.split()[:groups]).upper()


def write_public_file(folder: Path, name: str, text: str) -> Path:
    """Write a card or an enrolment file (public keys only) atomically into ``folder``.

    The name is made by the caller from a device id or a fingerprint, never from
    record text; a file of that name holds the same keys, so it is replaced.
    """
    from fielddoc.fsutil import atomic_write

    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise FileNotFoundError(2, "No such folder", str(folder))
    target = folder / name
    atomic_write(target, text.encode("utf-8"))
    return target


def write_failure(exc: BaseException) -> str:
    """Why a file could not be written, in the interface language (never a traceback)."""
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate(
            "ExchangeFiles", "That folder does not exist. Choose an existing folder.")
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "ExchangeFiles", "FieldDoc may not write in that folder. Choose another one.")
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "ExchangeFiles", "The file could not be written there ({reason}). Nothing was written; "
            "choose another folder.").format(reason=exc.strerror or type(exc).__name__)
    return message_for(exc)


def card_question(
    parent: QWidget, card: RecipientCard, on_answer: Callable[[bool], None], *, replacing: str = ""
) -> FormQuestion:
    """Show an HQ card's fingerprint; ``on_answer(True)`` only once the user said it matches.

    The fingerprint is computed from the card's keys and shown on its own, largest; the
    card's name (outside text) only in the plain sentence above it. With ``replacing`` (the
    name and fingerprint of the stored card), the question is about a key rotation: the new
    card takes the old one's place.
    """
    if not replacing:
        question = FormQuestion(
            parent,
            QCoreApplication.translate("RecipientCards", "Add HQ recipient card"),
            QCoreApplication.translate(
                "RecipientCards", "Recipient card of “{name}”. Its fingerprint is:").format(
                    name=shown(card.name)),
            QCoreApplication.translate(
                "RecipientCards",
                "Compare it, group by group, with the fingerprint HQ told you over a channel you "
                "trust (in person or by phone). Add the card only if they match exactly: bundles "
                "are encrypted to whoever holds this card's key."),
            QCoreApplication.translate("RecipientCards", "They match: add the card"),
            QCoreApplication.translate("RecipientCards", "Do not add"),
            lambda yes, _text: on_answer(yes),
            fingerprint=card.fingerprint)
    else:
        question = FormQuestion(
            parent,
            QCoreApplication.translate("RecipientCards", "Replace HQ recipient card"),
            QCoreApplication.translate(
                "RecipientCards", "New recipient card of “{name}”. It replaces the card {old}. Its "
                "fingerprint is:").format(name=shown(card.name), old=shown(replacing)),
            QCoreApplication.translate(
                "RecipientCards",
                "HQ has made a new encryption key. Compare the new fingerprint, group by group, with the "
                "one HQ told you over a channel you trust (in person or by phone). Replace the card only "
                "if they match exactly: later bundles are encrypted to this card only."),
            QCoreApplication.translate("RecipientCards", "They match: replace the card"),
            QCoreApplication.translate("RecipientCards", "Do not replace"),
            lambda yes, _text: on_answer(yes),
            fingerprint=card.fingerprint)
        question.text.setProperty("role", "warning")
    question.open()
    return question


class _TickLabel(QLabel):
    """The word-wrapped text of a check box (a QCheckBox does not wrap): a click ticks it."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__()
        plain(self).setText(text)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mousePressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
        super().mousePressEvent(event)


class FormQuestion(QDialog):
    """A window-modal question with a fingerprint to compare, an optional box to tick (the yes
    button waits for it) and an optional line of text; Cancel is the default.

    Every text is plain text (callers pass outside text through ``shown``). The
    fingerprint, which callers compute from key bytes, has its own label in the
    largest font of the dialog. ``on_answer(True, text)`` only for an explicit yes;
    closing it in any way is No.
    """

    def __init__(
        self,
        parent: QWidget,
        title: str,
        text: str,
        informative: str,
        yes_text: str,
        no_text: str,
        on_answer: Callable[[bool, str], None],
        *,
        fingerprint: str = "",
        tick: str = "",
        field: str = "",
        value: str = "",
        placeholder: str = "",
        max_length: int = 200,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._on_answer = on_answer
        self._answered = False
        self._said_yes = False
        self._needs_tick = bool(tick)
        self.text = role_label(text)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = plain(QLabel())
        self.fingerprint.setText(fingerprint)
        self.fingerprint.setFont(large_fixed_font())
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setVisible(bool(fingerprint))
        self.informative = role_label(informative, role="muted")
        self.tick = QCheckBox()
        self.tick.setAccessibleName(tick)
        self.tick_label = _TickLabel(tick, self.tick)
        tick_row = QHBoxLayout()
        tick_row.addWidget(self.tick, 0, Qt.AlignmentFlag.AlignTop)
        tick_row.addWidget(self.tick_label, 1)
        self.tick.setVisible(bool(tick))
        self.tick_label.setVisible(bool(tick))
        self.field = QLineEdit(value)
        self.field.setMaxLength(max_length)
        self.field.setPlaceholderText(placeholder)
        self.field_label = QLabel(field)
        self.field_label.setBuddy(self.field)
        buttons = QDialogButtonBox()
        self.yes_button: QPushButton = buttons.addButton(yes_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.no_button: QPushButton = buttons.addButton(no_text, QDialogButtonBox.ButtonRole.RejectRole)
        self.yes_button.setAutoDefault(False)
        self.no_button.setDefault(True)
        self.yes_button.clicked.connect(self._yes)
        self.no_button.clicked.connect(self.reject)
        self.tick.toggled.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.informative)
        layout.addLayout(tick_row)
        if field:
            form = QFormLayout()
            form.addRow(self.field_label, self.field)
            layout.addLayout(form)
        else:
            self.field.setVisible(False)
            self.field_label.setVisible(False)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.finished.connect(self._finished)
        self._update()

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().showEvent(event)
        fit_height(self)  # the wrapped texts get the height they need at this width

    def defaultButton(self) -> QPushButton:  # noqa: N802 - like QMessageBox, for tests
        return self.no_button

    def _update(self) -> None:
        self.yes_button.setEnabled(not self._needs_tick or self.tick.isChecked())

    def _yes(self) -> None:
        if self.yes_button.isEnabled():
            self._said_yes = True
            self.accept()

    def _finished(self, result: int) -> None:
        if self._answered:
            return
        self._answered = True
        yes = result == QDialog.DialogCode.Accepted and self._said_yes
        self._on_answer(yes, self.field.text().strip())
        self.deleteLater()


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

    # -- one task at a time on the session's runner ---------------------------------------------
    def _update_buttons(self) -> None:
        """Subclasses enable what can be pressed now (``self._task`` is None when idle)."""

    def _show_busy(self, busy: bool) -> None:
        """Subclasses with a busy indicator show or hide it."""

    def _can_submit(self) -> bool:
        return True

    def _submit(self, fn: Callable[[], Any], done: Callable[[Any], None], busy: Callable[[], str] | None,
                failed: Callable[[BaseException], None] | None = None) -> bool:
        """Run ``fn`` on the runner, then ``done`` (or ``failed``/``_failed``) here; False if busy."""
        if self._task is not None or not self._can_submit():
            return False
        self._show_busy(True)
        if busy is not None:
            self.set_status("muted", busy)
        self._task = self._session.runner.submit(lambda _p: fn(), on_success=alive(self, done),
                                                 on_failure=alive(self, failed or self._failed))
        self._update_buttons()
        return True

    def _finish(self) -> None:
        self._task = None
        self._show_busy(False)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.set_status("error", lambda: message_for(exc))
