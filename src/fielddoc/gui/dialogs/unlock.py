"""The lock screen: unlock the vault, or create one when there is none yet.

It is what the window shows whenever no vault is open, so it holds no record
text at all: the vault's folder, a passphrase field and messages. A wrong
passphrase gives the core's plain message; no file changes (unless the user
opted in to wiping after N failures, which the core handles). Unlocking
(Argon2id, up to a second) runs on the task runner.

Under the field a line warns when Caps Lock is on or the keyboard layout is not
a Latin one (the platform's answer where there is one, else what the typed
letters show; both sources are injectable for tests), and "Show" reveals the
passphrase while the button is down (hidden again after every attempt).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fielddoc.errors import VaultReadOnly, WrongPassphrase
from fielddoc.fsutil import is_read_only
from fielddoc.gui import a11y, keyboard
from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.i18n import LANGUAGES, NATIVE_NAMES, Language, is_language_change
from fielddoc.gui.models.session import alive
from fielddoc.gui.tasks import TaskRunner
from fielddoc.store.idle_clock import IDLE_CLOCK
from fielddoc.store.vault import Vault, is_vault


class UnlockScreen(QWidget):
    unlocked = Signal(object)  # Vault
    create_requested = Signal()
    open_other_requested = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        language: Language,
        vault_dir: Path,
        *,
        clock: Callable[[], float] = IDLE_CLOCK,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self._runner = runner
        self._language = language
        self._clock = clock
        self._busy = False
        self.vault_dir = vault_dir
        self._reason: str | None = None

        self.card = QFrame()
        self.card.setProperty("role", "card")
        self.card.setMaximumWidth(520)
        self.card.setMinimumWidth(380)
        self.title = QLabel("FieldDoc")
        self.title.setProperty("role", "heading")
        self.subtitle = role_label(role="muted")
        self.location = role_label(role="muted")
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.unlock)
        self.passphrase.installEventFilter(self)
        #: Injectable for tests: the platform's Caps Lock state and the input layout's locale.
        self.caps_lock: Callable[[], bool | None] = keyboard.caps_lock
        self.input_locale: Callable[[], QLocale] = keyboard.input_locale
        self._typed = keyboard.CapsGuess()
        self.show_button = QToolButton()
        self.show_button.setObjectName("showPassphrase")
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._reveal)
        self.keyboard_hint = role_label(role="warning")
        self.keyboard_hint.setObjectName("keyboardHint")
        self.keyboard_hint.setVisible(False)
        self.unlock_button = QPushButton()
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.clicked.connect(self.unlock)
        # A vault on read-only media (an NTFS stick on a Mac, a locked SD card) opens to look.
        self.read_only = QCheckBox()
        self.read_only.setObjectName("openReadOnly")
        self.read_only.setVisible(False)
        self.message = role_label()
        self.message.setObjectName("unlockMessage")
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create_requested)
        self.other_button = QPushButton()
        self.other_button.setFlat(True)
        self.other_button.clicked.connect(self.open_other_requested)
        self.language_box = QComboBox()
        for code in LANGUAGES:
            self.language_box.addItem(NATIVE_NAMES[code], code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language.current)))
        self.language_box.currentIndexChanged.connect(self._language_picked)
        self.language_label = QLabel()

        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.unlock_button)
        lang_row = QHBoxLayout()
        lang_row.addWidget(self.language_label)
        lang_row.addWidget(self.language_box)
        lang_row.addStretch(1)
        lang_row.addWidget(self.other_button)

        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(28, 24, 28, 20)
        inner.setSpacing(10)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addWidget(self.location)
        inner.addLayout(row)
        inner.addWidget(self.read_only)
        inner.addWidget(self.keyboard_hint)
        inner.addWidget(self.message)
        inner.addWidget(self.create_button)
        inner.addSpacing(8)
        inner.addLayout(lang_row)

        outer = QVBoxLayout(self)
        outer.addStretch(2)
        h = QHBoxLayout()
        h.addStretch(1)
        h.addWidget(self.card, 3)
        h.addStretch(1)
        outer.addLayout(h)
        outer.addStretch(3)
        self.message.setVisible(False)
        self.retranslate()
        self.refresh()

    # -- state ------------------------------------------------------------------------
    def set_vault_dir(self, path: Path) -> None:
        self.vault_dir = path
        self._say("", "muted")
        self.refresh()

    def has_vault(self) -> bool:
        return is_vault(self.vault_dir)

    def refresh(self) -> None:
        exists = self.has_vault()
        self.passphrase.setVisible(exists)
        self.show_button.setVisible(exists)
        self.unlock_button.setVisible(exists)
        on_read_only_media = exists and is_read_only(self.vault_dir)
        if on_read_only_media and self.read_only.isHidden():
            self.read_only.setChecked(True)  # the only way it opens; shown, so she knows
        self.read_only.setVisible(on_read_only_media or (exists and isinstance(self._error, VaultReadOnly)))
        self.create_button.setVisible(not exists)
        self.create_button.setProperty("primary", not exists)
        self._texts()
        if exists and self.isVisible():
            self.passphrase.setFocus()

    def show_locked(self, reason: str | None = None) -> None:
        """Back to the lock screen after a lock (``reason``: idle, hotkey, ...)."""
        self._reason = reason
        self.passphrase.setText("")
        self.show_button.setChecked(False)
        self._say(self._reason_text(), "muted")
        self.refresh()

    _error: BaseException | None = None  # what the error line says, to say it again in another language

    def _say(self, text: str, role: str) -> None:
        if role != "error":
            self._error = None
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _reason_text(self) -> str:
        if self._reason == "idle":
            return self.tr("Locked after a period of inactivity.")
        if self._reason == "suspend":
            return self.tr("Locked because the computer went to sleep.")
        if self._reason == "screen-lock":
            return self.tr("Locked because the screen was locked.")
        if self._reason:
            return self.tr("Locked.")
        return ""

    # -- texts --------------------------------------------------------------------------
    # -- the keyboard: Caps Lock, layout, show --------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.passphrase:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                self._typed.key(event)
                self.update_keyboard_hint()
            elif event.type() in (QEvent.Type.FocusIn, QEvent.Type.KeyboardLayoutChange):
                self.update_keyboard_hint()
        return super().eventFilter(watched, event)

    def update_keyboard_hint(self) -> None:
        caps = self.caps_lock()
        if caps is None:
            caps = self._typed.state
        warnings = []
        if caps:
            warnings.append(self.tr("Caps Lock is on."))
        layout = keyboard.non_latin_layout(self.input_locale())
        if layout:
            text = self.tr("The keyboard layout is {layout}, not a Latin one.")
            warnings.append(text.format(layout=layout))
        elif self._typed.non_latin:
            warnings.append(self.tr("You are typing letters that are not Latin: check the keyboard layout."))
        self.keyboard_hint.setText(" ".join(warnings))
        self.keyboard_hint.setVisible(bool(warnings))

    def _reveal(self, shown: bool) -> None:
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))

    def retranslate(self) -> None:
        self.unlock_button.setText(self.tr("Unlock"))
        self.read_only.setText(self.tr("Open &read-only (look without changing anything)"))
        self._reveal(self.show_button.isChecked())
        self.show_button.setToolTip(
            self.tr("Show the passphrase as you type it (mind who can see the screen)"))
        self.show_button.setAccessibleName(self.tr("Show passphrase"))
        if self.keyboard_hint.isVisible():
            self.update_keyboard_hint()
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        a11y.name(self.passphrase, self.tr("Vault passphrase"), self.tr("Enter unlocks the vault."))
        a11y.name(self.language_box, self.tr("Interface language"))
        self.create_button.setText(self.tr("Create a vault…"))
        self.other_button.setText(self.tr("Open another vault…"))
        self.language_label.setText(self.tr("Language:"))
        if self.message.property("role") == "muted" and not self._busy:
            self._say(self._reason_text(), "muted")
        elif self.message.property("role") == "error" and self._error is not None:
            self._say(message_for(self._error), "error")  # the error line follows the language too
        elif self._busy:
            self._say(self.tr("Unlocking…"), "muted")
        self._texts()

    def _texts(self) -> None:
        if self.has_vault():
            self.subtitle.setText(self.tr("This vault is locked. Type your passphrase to open it."))
        else:
            self.subtitle.setText(self.tr(
                "FieldDoc keeps your notes on trials, incidents and detentions in an encrypted vault on "
                "this computer. Nothing is ever sent anywhere. There is no vault here yet: create one "
                "to start recording."))
        self.location.setText(self.tr("Vault folder: {path}").format(path=str(self.vault_dir)))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _language_picked(self, _index: int) -> None:
        code = self.language_box.currentData()
        if code and code != self._language.current:
            self._language.set(str(code))

    def sync_language(self) -> None:
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self._language.current)))
        self.language_box.blockSignals(False)

    # -- unlocking ----------------------------------------------------------------------
    def unlock(self) -> None:
        if self._busy or not self.has_vault():
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.passphrase.setFocus()
            return
        self.passphrase.setText("")
        self.show_button.setChecked(False)
        self._set_busy(True)
        self._say(self.tr("Unlocking…"), "muted")
        folder, clock = self.vault_dir, self._clock
        read_only = not self.read_only.isHidden() and self.read_only.isChecked()
        self._runner.submit(lambda _p: Vault.open(folder, passphrase, clock=clock, read_only=read_only),
                            on_success=alive(self, self._opened), on_failure=alive(self, self._failed),
                            cancellable=False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.passphrase.setEnabled(not busy)
        self.show_button.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.read_only.setEnabled(not busy)
        self.other_button.setEnabled(not busy)

    def _opened(self, vault: Vault) -> None:
        self._set_busy(False)
        self._say("", "muted")
        self._reason = None
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._error = exc
        self._say(message_for(exc), "error")
        if isinstance(exc, WrongPassphrase):
            self.passphrase.setFocus()
        self.refresh()
