"""Create a vault: a folder, a passphrase typed twice, and what losing it means.

The passphrase rules are the core's (``check_passphrase_policy``); this dialog
only shows the core's message as the user types. Vault creation (which
calibrates Argon2id for this machine, up to a few seconds) runs on the task
runner.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fielddoc.crypto.kdf import KdfParams
from fielddoc.errors import FieldDocError
from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.dialogs.files import pick_folder
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models.session import alive
from fielddoc.gui.tasks import TaskRunner
from fielddoc.gui.widgets.plain import plain_label
from fielddoc.i18n import translate
from fielddoc.store.idle_clock import IDLE_CLOCK
from fielddoc.store.vault import Vault, check_passphrase_policy


def role_label(text: str = "", role: str = "") -> QLabel:
    """A word-wrapped label with a style role; plain text, never markup (``widgets.plain``)."""
    return plain_label(text, role)


class CreateVaultDialog(QDialog):
    created = Signal(object)  # the new, unlocked Vault

    def __init__(
        self,
        runner: TaskRunner,
        folder: Path | None = None,
        *,
        kdf_params: KdfParams | None = None,
        clock: Callable[[], float] = IDLE_CLOCK,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("createVaultDialog")
        self._runner = runner
        self._kdf_params = kdf_params
        self._clock = clock
        self._busy = False
        self.vault: Vault | None = None

        self.heading = role_label(role="heading")
        self.intro = role_label()
        self.folder = QLineEdit(str(folder) if folder else "")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.author = QLineEdit()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_chars = QCheckBox()
        self.show_chars.toggled.connect(self._toggle_echo)
        self.policy = role_label(role="muted")
        self.loss = role_label()
        self.loss_title = role_label(role="subheading")
        self.loss_box = QFrame()
        self.loss_box.setObjectName("lossWarning")
        self.loss_box.setStyleSheet("#lossWarning { background: #fff4e5; border: 1px solid #f5c27a; "
                                    "border-radius: 6px; } #lossWarning QLabel { color: #1f2328; }")
        box = QVBoxLayout(self.loss_box)
        box.addWidget(self.loss_title)
        box.addWidget(self.loss)
        self.understood = QCheckBox()
        self.wipe = QCheckBox()
        self.wipe_count = QSpinBox()
        self.wipe_count.setRange(3, 50)
        self.wipe_count.setValue(10)
        self.wipe_count.setEnabled(False)
        self.wipe.toggled.connect(self.wipe_count.setEnabled)
        self.wipe.toggled.connect(self._validate)
        self.wipe_note = role_label(role="muted")
        self.status = role_label()

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        wipe_row = QHBoxLayout()
        wipe_row.addWidget(self.wipe, 1)
        wipe_row.addWidget(self.wipe_count)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form_labels = [QLabel() for _ in range(4)]
        fields = (self.folder, self.author, self.passphrase, self.repeat)
        for label, field in zip(self._form_labels, fields, strict=True):
            label.setBuddy(field)
        self.form.addRow(self._form_labels[0], folder_row)
        self.form.addRow(self._form_labels[1], self.author)
        self.form.addRow(self._form_labels[2], self.passphrase)
        self.form.addRow(self._form_labels[3], self.repeat)
        self.form.addRow(QLabel(), self.show_chars)

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setProperty("primary", True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.clicked.connect(self._create)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.policy)
        layout.addWidget(self.loss_box)
        layout.addWidget(self.understood)
        layout.addLayout(wipe_row)
        layout.addWidget(self.wipe_note)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for w in (self.passphrase, self.repeat, self.folder):
            w.textChanged.connect(self._validate)
        self.understood.toggled.connect(self._validate)
        self.retranslate()
        self.setMinimumWidth(560)

    # -- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create a vault"))
        self.heading.setText(self.tr("Create an encrypted vault"))
        self.intro.setText(self.tr(
            "Everything you record is kept in this vault, encrypted with a key that only your "
            "passphrase unlocks. Nothing is ever sent anywhere."))
        self.browse.setText(self.tr("Choose…"))
        self.author.setPlaceholderText(self.tr("e.g. your initials or monitor code"))
        self.passphrase.setPlaceholderText(self.tr("at least 12 characters, or 5 words"))
        self.repeat.setPlaceholderText(self.tr("type it again"))
        self.show_chars.setText(self.tr("Show what I type"))
        texts = (self.tr("Folder"), self.tr("Your name or code"), self.tr("Passphrase"), self.tr("Repeat"))
        for label, text in zip(self._form_labels, texts, strict=True):
            label.setText(text)
        self.loss_title.setText(self.tr("If you lose the passphrase, the data is gone"))
        self.loss.setText(self.tr(
            "If you lose this passphrase, nobody can open this vault again: not you, not your "
            "organisation, not the makers of FieldDoc. There is no reset and no back door. "
            "Learn it by heart, or write it down and keep it apart from this laptop."))
        self.understood.setText(self.tr("I understand that a lost passphrase cannot be recovered."))
        self.wipe.setText(self.tr("Erase the vault's key after this many wrong passphrases in a row:"))
        self.wipe_note.setText(self.tr(
            "Off by default. When it triggers, everything in the vault is lost for good, for you "
            "as for anyone else. Use it only if you keep copies at headquarters."))
        self.create_button.setText(self.tr("Create vault"))
        self._validate()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour ----------------------------------------------------------------------
    def _toggle_echo(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _browse(self) -> None:
        chosen = pick_folder(self, self.tr("Choose a folder for the vault"))
        if chosen:
            self.folder.setText(chosen)

    def _policy_message(self) -> str | None:
        """The core's verdict on the passphrase, or None when it is acceptable."""
        first, second = self.passphrase.text(), self.repeat.text()
        try:
            check_passphrase_policy(first, second if second else None)
        except FieldDocError as exc:
            return exc.render(translate)
        return None

    def _validate(self) -> bool:
        problem = self._policy_message() if self.passphrase.text() else None
        if not self.passphrase.text():
            self.policy.setProperty("role", "muted")
            self.policy.setText(self.tr("Choose a long passphrase: a few unrelated words are easier "
                                        "to remember and harder to guess than a short password."))
        elif problem:
            self.policy.setProperty("role", "error")
            self.policy.setText(problem)
        elif not self.repeat.text():
            self.policy.setProperty("role", "muted")
            self.policy.setText(self.tr("Long enough. Now type it again."))
        else:
            self.policy.setProperty("role", "ok")
            self.policy.setText(self.tr("The passphrases match."))
        self.policy.style().unpolish(self.policy)
        self.policy.style().polish(self.policy)
        ok = (not self._busy and problem is None and bool(self.passphrase.text())
              and self.repeat.text() == self.passphrase.text() and self.understood.isChecked()
              and bool(self.folder.text().strip()))
        self.create_button.setEnabled(ok)
        return ok

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (self.folder, self.browse, self.author, self.passphrase, self.repeat, self.understood,
                  self.wipe, self.cancel_button):
            w.setEnabled(not busy)
        self.wipe_count.setEnabled(not busy and self.wipe.isChecked())
        self._validate()

    def _create(self) -> None:
        if not self._validate():
            return
        folder = Path(self.folder.text().strip()).expanduser()
        passphrase = self.passphrase.text()
        author = self.author.text().strip() or "monitor"
        wipe_after = self.wipe_count.value() if self.wipe.isChecked() else None
        params, clock = self._kdf_params, self._clock
        self._set_busy(True)
        self.status.setProperty("role", "muted")
        self.status.setText(self.tr("Creating the vault and tuning the passphrase hardening to this "
                                    "computer. This takes a few seconds…"))
        self._runner.submit(
            lambda _p: Vault.create(folder, passphrase, params=params, wipe_after=wipe_after,
                                    author=author, clock=clock),
            on_success=alive(self, self._done),
            on_failure=alive(self, self._failed),
            cancellable=False,
        )

    def _done(self, vault: Vault) -> None:
        self.vault = vault
        self.passphrase.setText("")
        self.repeat.setText("")
        self._set_busy(False)
        self.created.emit(vault)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.setProperty("role", "error")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(message_for(exc))

    def reject(self) -> None:
        if self._busy:
            return
        self.passphrase.setText("")
        self.repeat.setText("")
        super().reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if event.key() == Qt.Key.Key_Escape and self._busy:
            return
        super().keyPressEvent(event)
