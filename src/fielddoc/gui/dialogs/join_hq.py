"""Join an HQ: an invitation from an HQ administrator, the HQ database's address, a folder for
this person's own HQ vault, and their own passphrase (docs/hq-members.md).

The join (a new vault, its passphrase hardening, a PostgreSQL connection) runs on the task runner
(``fielddoc.hq.team.invite.join_hq``); the dialog emits the new, unlocked HQ vault.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fielddoc.crypto.kdf import KdfParams
from fielddoc.errors import FieldDocError
from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.dialogs.files import pick_folder, pick_open_file
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models.session import alive
from fielddoc.gui.tasks import TaskRunner
from fielddoc.gui.widgets.plain import plain_label
from fielddoc.i18n import translate
from fielddoc.store.vault import Vault, check_passphrase_policy


def _join(folder: Path, passphrase: str, invitation: Path, url: str, params: KdfParams | None) -> Vault:
    from fielddoc.hq.team.invite import join_hq

    hq = join_hq(folder, passphrase, invitation, url, params=params)
    if hq.external:
        hq.engine.dispose()  # the session connects again from the vault's saved address
    return hq.vault


class JoinHQDialog(QDialog):
    joined = Signal(object)  # the new, unlocked HQ vault

    def __init__(self, runner: TaskRunner, *, kdf_params: KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinHqDialog")
        self._runner = runner
        self._kdf_params = kdf_params
        self._busy = False
        self.vault: Vault | None = None
        self.intro = plain_label()
        self.invitation = QLineEdit()
        self.choose_invitation = QPushButton()
        self.choose_invitation.clicked.connect(self._pick_invitation)
        self.address = QLineEdit()
        self.folder = QLineEdit()
        self.choose_folder = QPushButton()
        self.choose_folder.clicked.connect(self._pick_folder)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = plain_label(role="muted")
        inv_row, folder_row = QHBoxLayout(), QHBoxLayout()
        inv_row.addWidget(self.invitation, 1)
        inv_row.addWidget(self.choose_invitation)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        self._labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        rows: list[Any] = [inv_row, self.address, folder_row, self.passphrase, self.repeat]
        buddies = (self.invitation, self.address, self.folder, self.passphrase, self.repeat)
        for label, row, buddy in zip(self._labels, rows, buddies, strict=True):
            label.setBuddy(buddy)
            form.addRow(label, row)
        self.buttons = QDialogButtonBox()
        self.join_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.join_button.setProperty("primary", True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.join_button.clicked.connect(self._start)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for w in (self.invitation, self.address, self.folder, self.passphrase, self.repeat):
            w.textChanged.connect(self._validate)
        self.retranslate()
        self.setMinimumWidth(560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Join an HQ"))
        self.intro.setText(self.tr(
            "An HQ administrator gave you an invitation file. Joining makes your own HQ vault in a "
            "folder on this computer, opened with your own passphrase; the invitation then opens "
            "nothing and can be deleted."))
        texts = (self.tr("Invitation"), self.tr("HQ database address"), self.tr("Folder for your HQ vault"),
                 self.tr("Passphrase"), self.tr("Repeat"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.address.setPlaceholderText(self.tr("e.g. postgresql+psycopg://hq.example.org/fielddoc"))
        self.choose_invitation.setText(self.tr("Choose…"))
        self.choose_folder.setText(self.tr("Choose…"))
        self.join_button.setText(self.tr("Join"))
        self._validate()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _pick_invitation(self) -> None:
        chosen = pick_open_file(self, self.tr("Choose the invitation"), self.tr("All files (*)"))
        if chosen:
            self.invitation.setText(chosen)

    def _pick_folder(self) -> None:
        chosen = pick_folder(self, self.tr("Choose a folder for your HQ vault"))
        if chosen:
            self.folder.setText(chosen)

    def _validate(self) -> bool:
        problem = None
        if self.passphrase.text():
            try:
                check_passphrase_policy(self.passphrase.text(), self.repeat.text() or None)
            except FieldDocError as exc:
                problem = exc.render(translate)
        if not self._busy:
            self.status.setText(problem or "")
        ok = (not self._busy and problem is None and bool(self.passphrase.text())
              and self.repeat.text() == self.passphrase.text()
              and all(w.text().strip() for w in (self.invitation, self.address, self.folder)))
        self.join_button.setEnabled(ok)
        return ok

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (self.invitation, self.address, self.folder, self.passphrase, self.repeat,
                  self.choose_invitation, self.choose_folder, self.cancel_button):
            w.setEnabled(not busy)
        self._validate()

    def _start(self) -> None:
        if not self._validate():
            return
        folder = Path(self.folder.text().strip()).expanduser()
        invitation = Path(self.invitation.text().strip()).expanduser()
        url, passphrase, params = self.address.text().strip(), self.passphrase.text(), self._kdf_params
        self._set_busy(True)
        self.status.setText(self.tr("Joining: making your vault and connecting to the HQ database…"))
        self._runner.submit(
            lambda _p: _join(folder, passphrase, invitation, url, params),
            on_success=alive(self, self._done),
            on_failure=alive(self, self._failed),
            cancellable=False,
        )

    def _done(self, vault: Vault) -> None:
        self.vault = vault
        self.passphrase.setText("")
        self.repeat.setText("")
        self._set_busy(False)
        self.joined.emit(vault)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.setText(message_for(exc))

    def reject(self) -> None:
        if self._busy:
            return
        self.passphrase.setText("")
        self.repeat.setText("")
        super().reject()
