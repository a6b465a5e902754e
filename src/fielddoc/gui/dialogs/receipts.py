"""HQ's receipt on a field device: mark what HQ has as delivered, then (opt-in) erase it.

The same core functions as ``fielddoc receipt import`` and ``fielddoc purge-delivered``,
on the task runner; the purge always asks first, and No is the default.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fielddoc.bundle.device import StoredRecipient, recipients
from fielddoc.bundle.receipt import PurgePlan, ReceiptImport, import_receipt, purge_delivered, purge_plan
from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.exchange_common import ExchangeDialog, ask, fit_height
from fielddoc.gui.dialogs.files import pick_open_file
from fielddoc.gui.models.session import Session, alive
from fielddoc.gui.widgets.plain import shown


class ImportReceiptDialog(ExchangeDialog):
    """Applies HQ's receipt (marks what HQ has as delivered), then offers to erase it here."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, path: str = "") -> None:
        super().__init__(session, parent)
        self.setObjectName("importReceiptDialog")
        self.result_value: ReceiptImport | None = None
        self.plan: PurgePlan | None = None
        self.question: QMessageBox | None = None
        self.heading = role_label(role="subheading")
        self.intro = role_label(role="muted")
        self.path = QLineEdit(path)
        self.path.textChanged.connect(self._update_buttons)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.import_button = QPushButton()
        self.import_button.setProperty("primary", True)
        self.import_button.clicked.connect(self.run)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setVisible(False)
        self.purge_heading = role_label(role="subheading")
        self.purge_text = role_label()
        self.purge_button = QPushButton()
        self.purge_button.clicked.connect(self.confirm_purge)
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        row.addWidget(self.import_button)
        purge_row = QHBoxLayout()
        purge_row.addWidget(self.purge_text, 1)
        purge_row.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addSpacing(10)
        layout.addWidget(self.purge_heading)
        layout.addLayout(purge_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.set_status("", None)
        self.retranslate()
        self._update_buttons()
        self.refresh_plan()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import HQ receipt"))
        self.heading.setText(self.tr("Import a receipt from HQ"))
        self.intro.setText(self.tr(
            "A receipt is HQ's signed confirmation of the bundles it imported. It is accepted only if "
            "it is signed by one of your HQ recipients and addressed to this device; then what HQ has "
            "is marked as delivered and is no longer exported."))
        self.path.setPlaceholderText(self.tr("Receipt file from HQ (.age)"))
        self.browse.setText(self.tr("Choose…"))
        self.import_button.setText(self.tr("&Import"))
        self.purge_heading.setText(self.tr("Erase what HQ has"))
        self.purge_button.setText(self.tr("&Erase delivered records…"))
        self._show_plan()
        super().retranslate()

    def _browse(self) -> None:
        chosen = pick_open_file(self, self.tr("Choose a receipt from HQ"),
                                self.tr("FieldDoc receipts (*.age);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def _update_buttons(self) -> None:
        idle = self._task is None
        self.import_button.setEnabled(idle and bool(self.path.text().strip()))
        self.browse.setEnabled(idle)
        self.purge_button.setEnabled(idle and self.plan is not None and bool(self.plan.record_ids))

    def _show_busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)

    # -- receipt ------------------------------------------------------------------------------
    def run(self) -> None:
        text = self.path.text().strip()
        if not text or self._task is not None:
            return
        vault, path = self._session.vault, Path(text).expanduser()
        self._submit(lambda: (import_receipt(vault, path), purge_plan(vault), recipients(vault)), self._done,
                     lambda: self.tr("Checking the receipt…"))

    def _done(self, value: tuple[ReceiptImport, PurgePlan, list[StoredRecipient]]) -> None:
        self._finish()
        self.result_value, self.plan, cards = value
        r = self.result_value
        name = next((shown(c.name) for c in cards if c.fingerprint == r.hq), "")
        self.set_status("ok", lambda: self.summary(r, name))
        self._show_plan()

    def summary(self, r: ReceiptImport, name: str = "") -> str:
        text = self.tr("Receipt accepted from {name} ({fingerprint}).").format(name=name or "HQ",
                                                                              fingerprint=shown(r.hq))
        text += " " + self.tr(
            "Bundles acknowledged: {bundles}. Now marked as delivered: record revisions: {revisions}, "
            "attachment files: {files}.").format(bundles=r.bundles, revisions=r.revisions, files=r.files)
        if r.unknown:
            text += " " + self.tr(
                "Acknowledged bundles unknown on this device (made before a restore?): {n}.").format(
                    n=r.unknown)
        if r.waiting:
            text += " " + self.tr(
                "Bundles also sent to other HQ cards that have not acknowledged them yet: {n}. They count "
                "as delivered once every HQ they were sent to has sent its receipt.").format(n=r.waiting)
        return text

    # -- purge ---------------------------------------------------------------------------------
    def refresh_plan(self) -> None:
        vault = self._session.vault
        self._task = self._session.runner.submit(lambda _p: purge_plan(vault),
                                                 on_success=alive(self, self._planned),
                                                 on_failure=alive(self, self._failed))
        self._update_buttons()

    def _planned(self, plan: PurgePlan) -> None:
        self._finish()
        self.plan = plan
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self.plan
        if plan is None:
            self.purge_text.setText(self.tr("Checking what HQ has…"))
        elif not plan.record_ids:
            self.purge_text.setText(self.tr(
                "Nothing can be erased: no record is fully acknowledged by HQ yet, or every such record "
                "is still needed by another one."))
        else:
            text = self.tr(
                "Acknowledged by HQ and no longer needed here: records: {records}, attachment files: "
                "{files}. Erasing them leaves less to find if this device is seized.").format(
                    records=len(plan.record_ids), files=plan.files)
            if plan.kept_referenced:
                text += " " + self.tr("Kept because other records refer to them: {n}.").format(
                    n=plan.kept_referenced)
            self.purge_text.setText(text)
        fit_height(self)
        self._update_buttons()

    def confirm_purge(self) -> QMessageBox | None:
        plan = self.plan
        if plan is None or not plan.record_ids or self._task is not None:
            return None

        def answered(yes: bool) -> None:
            self.question = None
            if yes and self._task is None:
                vault = self._session.vault
                self._submit(lambda: (purge_delivered(vault, plan), purge_plan(vault)), self._purged,
                             lambda: self.tr("Erasing…"))

        self.question = ask(
            self, self.tr("Erase delivered records"),
            self.tr("Erase from this device: records: {records}, attachment files: {files}?").format(
                records=len(plan.record_ids), files=plan.files),
            self.tr("HQ has confirmed that it has them. They and their history are erased from this "
                    "vault. This cannot be undone."),
            self.tr("Erase them"), self.tr("Keep them"), answered, icon=QMessageBox.Icon.Warning)
        return self.question

    def _purged(self, value: tuple[PurgePlan, PurgePlan]) -> None:
        self._finish()
        done, self.plan = value
        n = len(done.record_ids)
        self.set_status("ok", lambda: self.tr("Erased records that HQ has: {n}.").format(n=n))
        self._show_plan()
        self.changed.emit()
