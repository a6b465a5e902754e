"""HQ writes a receipt for a device: which of its bundles HQ imported, signed by HQ and
encrypted to that device only (``fielddoc.hq.receipts.make_receipt``, as ``fielddoc hq receipt``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
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

from fielddoc.errors import FieldDocError
from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.dialogs.exchange_common import fit_height
from fielddoc.gui.dialogs.files import pick_folder
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models.session import Session, alive
from fielddoc.gui.tasks import Task
from fielddoc.gui.widgets.plain import shown
from fielddoc.hq.devices import list_devices
from fielddoc.hq.receipts import ReceiptResult, make_receipt


class WriteReceiptDialog(QDialog):
    """HQ: a signed receipt of every bundle imported from one device, encrypted to that device."""

    def __init__(self, session: Session, parent: QWidget | None = None, preferred: str | None = None,
                 folder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("writeReceiptDialog")
        self._session = session
        self._task: Task | None = None
        self.result_value: ReceiptResult | None = None
        self._status: Callable[[], str] | None = None
        self.intro = role_label(role="muted")
        self.device = QComboBox()
        self.device_label = QLabel()
        self.device_label.setBuddy(self.device)
        self.fingerprint = role_label(role="muted")
        self.fingerprint.setWordWrap(False)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device.currentIndexChanged.connect(self._show_fingerprint)
        self.folder = QLineEdit(folder)
        self.folder.textChanged.connect(self._update_buttons)
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.status = role_label()
        self.buttons = QDialogButtonBox()
        self.start = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setProperty("primary", True)
        self.start.clicked.connect(self.run)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.device_label, self.device)
        form.addRow("", self.fingerprint)
        form.addRow(self.folder_label, row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self._devices: list[dict] = []
        try:
            self._devices = list_devices(session.hq) if session.hq is not None else []
        except FieldDocError as exc:
            error = exc
            self._status = lambda: message_for(error)
        for d in self._devices:
            self.device.addItem("", d["device"])
        if preferred is not None and (i := self.device.findData(preferred)) >= 0:
            self.device.setCurrentIndex(i)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Write receipt"))
        self.intro.setText(self.tr(
            "A receipt tells a device which of its bundles HQ has imported, so that it stops sending "
            "them again and may erase them. It is signed by HQ and encrypted to that device only."))
        self.device_label.setText(self.tr("&Device"))
        self.folder_label.setText(self.tr("&Folder"))
        self.folder.setPlaceholderText(self.tr("Where to write the receipt"))
        self.browse.setText(self.tr("Choose…"))
        self.start.setText(self.tr("&Write receipt"))
        for i, d in enumerate(self._devices):
            self.device.setItemText(i, self.tr("{device} (bundles imported: {bundles})").format(
                device=shown(d["device"]), bundles=d["bundles"])
                + ("" if d["status"] != "revoked" else " " + self.tr("(revoked)")))
        self._show_fingerprint()
        if not self._devices and self._status is None:
            self.status.setProperty("role", "muted")
            self.status.setText(self.tr("No device is enrolled yet: import a bundle first."))
        else:
            self.status.setText(self._status() if self._status else "")

    def _show_fingerprint(self) -> None:
        i = self.device.currentIndex()
        if 0 <= i < len(self._devices):
            self.fingerprint.setText(self.tr("Fingerprint: {fingerprint}").format(
                fingerprint=self._devices[i]["fingerprint"]))
        else:
            self.fingerprint.clear()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _browse(self) -> None:
        chosen = pick_folder(self, self.tr("Choose where to write the receipt"))
        if chosen:
            self.folder.setText(chosen)

    def _update_buttons(self) -> None:
        self.start.setEnabled(self._task is None and self.device.count() > 0
                              and bool(self.folder.text().strip()))

    def _set_status(self, role: str, text: Callable[[], str]) -> None:
        self._status = text
        self.status.setProperty("role", role)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text())
        fit_height(self)

    def run(self) -> None:
        text = self.folder.text().strip()
        device = self.device.currentData()
        if not text or device is None or self._task is not None or self._session.hq is None:
            return
        folder = Path(text).expanduser()
        if not folder.is_dir():
            self._set_status("error", lambda: self.tr(
                "The folder {path} does not exist. Choose an existing folder.").format(path=shown(folder)))
            return
        hq = self._session.hq
        self._set_status("muted", lambda: self.tr("Writing the receipt…"))
        self._task = self._session.runner.submit(lambda _p: make_receipt(hq, device, folder),
                                                 on_success=alive(self, self._done),
                                                 on_failure=alive(self, self._failed))
        self._update_buttons()

    def _done(self, r: ReceiptResult) -> None:
        self._task = None
        self.result_value = r
        self._set_status("ok", lambda: self.tr(
            "Receipt written: {name} in {folder}. Bundles of device {device} it acknowledges: {bundles}. "
            "Send it back to the monitor; only that device can open it.").format(
                bundles=r.bundles, device=shown(r.device), name=shown(r.path.name),
                folder=shown(r.path.parent)))
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_status("error", lambda: message_for(exc))
        self._update_buttons()

    def reject(self) -> None:
        if self._task is not None and not self._session.vault.is_locked:
            return  # a receipt takes a moment; it is written completely or not at all
        super().reject()
