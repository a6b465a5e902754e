"""File > Re-key vault: the same core function as ``fielddoc rekey`` (store/rekey.py).

The passphrase typed here is the confirmation: re-keying keeps it, and gives
the vault a new data key (the database re-encrypted, every attachment key
re-wrapped). The work runs on the task runner's worker, like every database
access; the dialog cannot be closed while it runs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models.session import Session, alive


class RekeyDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rekeyDialog")
        self._session = session
        self._busy = False
        self.explain = role_label()
        self.warning = role_label(role="warning")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("rekeyPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = role_label(role="error")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        for w in (self.explain, self.warning, self.passphrase, self.status):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Re-key vault"))
        self.explain.setText(self.tr(
            "Re-keying gives this vault a new secret key: the database and the keys of all attachments "
            "are encrypted again under it. Your passphrase stays the same. Whatever someone may recover "
            "from this disk of the vault's earlier state (deleted attachments, old database pages) then "
            "needs the old key, which only a leftover copy of the old key file still holds."))
        self.warning.setText(self.tr(
            "Close FieldDoc everywhere else this vault is open. Backups made before keep the old key."))
        self.passphrase.setPlaceholderText(self.tr("Your passphrase, to confirm"))
        self.ok_button.setText(self.tr("Re-key"))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        self.ok_button.setEnabled(not self._busy and bool(self.passphrase.text()))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.passphrase.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self._update()

    def _start(self) -> None:
        if self._busy or not self.passphrase.text():
            return
        from fielddoc.store.rekey import rekey

        vault, passphrase = self._session.vault, self.passphrase.text()
        self.passphrase.clear()
        self.status.clear()
        self._set_busy(True)
        self._session.runner.submit(
            lambda _p: rekey(vault, passphrase),
            on_success=alive(self, self._done),
            on_failure=alive(self, self._failed),
            label=self.tr("Re-keying the vault…"),
            parent_widget=self,
            cancellable=False,
        )

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.setText(message_for(exc))
        self.passphrase.setFocus()

    def reject(self) -> None:
        if self._busy:
            return
        self.passphrase.clear()
        super().reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if event.key() == Qt.Key.Key_Escape and self._busy:
            return
        super().keyPressEvent(event)
