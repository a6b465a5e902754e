"""Record > Evidence package…: the same core function as ``fielddoc evidence export``
(evidence/package.py, docs/spec/evidence-package.md).

The user names a new folder and confirms that the attachments are written decrypted;
the package is written on the task runner's worker. The signer's fingerprint is shown
at the end, to be given to the recipient over another channel.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.dialogs.exchange_common import large_fixed_font
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models.session import Session, alive


class EvidenceDialog(QDialog):
    def __init__(self, session: Session, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceDialog")
        self._session = session
        self._record_id = record_id
        self._busy = False
        self.result_info: object = None
        self.explain = role_label()
        self.warning = role_label(role="warning")
        self.folder = QLineEdit()
        self.folder.setObjectName("evidenceFolder")
        self.browse = QPushButton()
        self.browse.setObjectName("evidenceBrowse")
        self.confirm = QCheckBox()
        self.confirm.setObjectName("evidenceConfirm")
        self.status = role_label(role="error")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.done_label = role_label()
        self.done_label.setObjectName("evidenceDone")
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the signer's fingerprint on its own line, largest: it is read out to the recipient
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("evidenceFingerprint")
        self.fingerprint.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint.setFont(large_fixed_font())
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setWordWrap(True)
        self.fingerprint.hide()
        self.how_to_check = role_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("evidenceWrite")
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        self.folder.textChanged.connect(self._update)
        self.confirm.toggled.connect(self._update)
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        for w in (self.warning, self.confirm, self.status, self.done_label, self.fingerprint,
                  self.how_to_check):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Evidence package"))
        self.explain.setText(self.tr(
            "A folder for a court or a partner: this record and its attachments, every saved version, "
            "the custody log and a signed list of every file's hashes, with verify.py, which checks it "
            "all without FieldDoc. Choose a new folder:"))
        self.warning.setText(self.tr(
            "The attachments are written DECRYPTED (exact copies of the originals), not encrypted. "
            "Keep the folder safe."))
        self.confirm.setText(self.tr("I understand: write the attachments unencrypted"))
        self.folder.setPlaceholderText(self.tr("A new folder"))
        self.folder.setAccessibleName(self.tr("Folder of the evidence package"))
        self.browse.setText(self.tr("Choose…"))
        self.ok_button.setText(self.tr("Write package"))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        ready = bool(self.folder.text().strip()) and self.confirm.isChecked()
        self.ok_button.setEnabled(not self._busy and self.result_info is None and ready)

    def _browse(self) -> None:
        parent = QFileDialog.getExistingDirectory(self, self.tr("Where to put the evidence package"))
        if parent:
            stamp = datetime.now().strftime("%Y%m%d-%H%M")
            self.folder.setText(str(Path(parent) / f"evidence-{stamp}"))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (self.folder, self.browse, self.confirm):
            w.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self._update()

    def _start(self) -> None:
        if self._busy or not self.ok_button.isEnabled():
            return
        from fielddoc.evidence.package import export_package

        store, rid, out = self._session.store, self._record_id, Path(self.folder.text().strip())
        self.status.clear()
        self._set_busy(True)
        self._session.runner.submit(
            lambda p: export_package(store, [rid], out, progress=p.report),
            on_success=alive(self, self._done),
            on_failure=alive(self, self._failed),
            label=self.tr("Writing the evidence package…"),
            parent_widget=self,
            cancellable=False,
        )

    def _done(self, result: object) -> None:
        self.result_info = result
        self._set_busy(False)
        folder, fingerprint = getattr(result, "folder", ""), getattr(result, "fingerprint", "")
        self.done_label.setText(self.tr(
            "Written to {folder}.\n\nSigner's fingerprint (give it to the recipient separately, e.g. by "
            "phone):").format(folder=str(folder)))
        self.fingerprint.setText(str(fingerprint))
        self.fingerprint.show()
        self.how_to_check.setText(self.tr("The recipient checks the package with: python verify.py"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self._update()
        self.adjustSize()  # the result must be seen whole, the fingerprint above all

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.setText(message_for(exc))
        self.folder.setFocus()

    def reject(self) -> None:
        if self._busy:
            return
        super().reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if event.key() == Qt.Key.Key_Escape and self._busy:
            return
        super().keyPressEvent(event)
