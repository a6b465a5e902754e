"""The exchange with HQ: the three dialogs the main window opens from its Exchange menu.

``ExportBundleDialog`` (here) writes a bundle on a field device, as
``fielddoc export``, and adds HQ recipient cards, as ``fielddoc recipients add``.
``ImportReceiptDialog`` (:mod:`.receipts`) applies HQ's receipt and offers the
purge; ``ImportBundlesDialog`` (:mod:`.hq_bundles`) imports bundles at HQ and
writes receipts (:mod:`.hq_receipts`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fielddoc.bundle import format as fmt
from fielddoc.bundle.cards import RecipientCard
from fielddoc.bundle.device import add_recipient, recipients
from fielddoc.bundle.writer import ExportResult, export_bundle
from fielddoc.errors import FieldDocError
from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.errors import message_for, show_error
from fielddoc.gui.dialogs.exchange_common import (
    PERMILLE,
    ExchangeDialog,
    FormQuestion,
    card_question,
    fixed_font,
    permille,
    size_text,
)
from fielddoc.gui.dialogs.files import pick_folder, pick_open_file
from fielddoc.gui.dialogs.hq_bundles import ImportBundlesDialog
from fielddoc.gui.dialogs.receipts import ImportReceiptDialog
from fielddoc.gui.models.session import Session, alive
from fielddoc.gui.tasks import Cancelled
from fielddoc.gui.widgets.plain import shown

__all__ = ["ExportBundleDialog", "ImportBundlesDialog", "ImportReceiptDialog"]


class ExportBundleDialog(ExchangeDialog):
    """Writes everything HQ has not acknowledged into one signed bundle, encrypted to HQ only."""

    def __init__(self, session: Session, parent: QWidget | None = None, folder: str = "") -> None:
        super().__init__(session, parent)
        self.setObjectName("exportBundleDialog")
        self.result_value: ExportResult | None = None
        self.question: FormQuestion | None = None
        self.heading = role_label(role="subheading")
        self.intro = role_label(role="muted")
        self.recipients_label = role_label(role="subheading")
        self.recipients = QTreeWidget()
        self.recipients.setColumnCount(3)
        self.recipients.setRootIsDecorated(False)
        self.recipients.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recipients.setMaximumHeight(96)
        self.recipients.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recipients.header().setStretchLastSection(False)
        self.recipients.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.recipients.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.no_recipients = role_label(role="warning")
        self.compare = role_label(role="muted")
        self.add_card = QPushButton()
        self.add_card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.add_card.clicked.connect(self.choose_card)
        self.ceiling = QComboBox()
        for level in fmt.EXPORTABLE_CEILINGS:
            self.ceiling.addItem(level, level)
        self.ceiling.setCurrentIndex(fmt.EXPORTABLE_CEILINGS.index(fmt.DEFAULT_CEILING))
        self.everything = QRadioButton()
        self.since_last = QRadioButton()
        self.everything.setChecked(True)
        self._scope = QButtonGroup(self)
        self._scope.addButton(self.everything)
        self._scope.addButton(self.since_last)
        self.redact_unconsented = QCheckBox()
        self.folder = QLineEdit(folder)
        self.folder.textChanged.connect(self._update_buttons)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.name_note = role_label(role="muted")
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.start = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setProperty("primary", True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start.clicked.connect(self.run)
        self.close_button.clicked.connect(self._close_or_cancel)

        card_row = QHBoxLayout()
        card_row.addWidget(self.compare, 1)
        card_row.addWidget(self.add_card)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        scope = QVBoxLayout()
        scope.addWidget(self.everything)
        scope.addWidget(self.since_last)
        scope.addWidget(self.redact_unconsented)
        self.ceiling_label = QLabel()
        self.ceiling_label.setBuddy(self.ceiling)
        self.scope_label = QLabel()
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder)
        form = QFormLayout()
        form.addRow(self.ceiling_label, self.ceiling)
        form.addRow(self.scope_label, scope)
        form.addRow(self.folder_label, folder_row)
        form.addRow("", self.name_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.recipients_label)
        layout.addWidget(self.recipients)
        layout.addWidget(self.no_recipients)
        layout.addLayout(card_row)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)
        self.setMinimumWidth(640)
        self.set_status("", None)
        self.load_recipients()
        self.retranslate()

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export for HQ"))
        self.heading.setText(self.tr("Export a bundle for HQ"))
        self.intro.setText(self.tr(
            "The bundle holds what HQ has not confirmed yet. It is signed by this device and encrypted to "
            "HQ's key: only HQ can open it. Records marked device-only (TLP:RED) and contact details "
            "never leave this device."))
        self.recipients_label.setText(self.tr("HQ recipients"))
        self.recipients.setHeaderLabels([self.tr("Name"), self.tr("Fingerprint"), self.tr("Receipts")])
        self.no_recipients.setText(self.tr(
            "No HQ recipient card yet, so nothing can be exported. Ask HQ for its recipient card "
            "file, add it with the button below, and compare its fingerprint with HQ over a channel "
            "you trust (in person or by phone)."))
        self.compare.setText(self.tr(
            "Compare each fingerprint with the one HQ told you before you export."))
        self.add_card.setText(self.tr("&Add recipient card…"))
        labels = {
            "CLEAR": self.tr("TLP:CLEAR: public records only"),
            "GREEN": self.tr("TLP:GREEN: up to records shared with partners"),
            "AMBER": self.tr("TLP:AMBER: up to records for the organisation"),
            "AMBER+STRICT": self.tr("TLP:AMBER+STRICT: everything except device-only records"),
        }
        for i in range(self.ceiling.count()):
            self.ceiling.setItemText(i, labels[self.ceiling.itemData(i)])
        self.ceiling_label.setText(self.tr("&Highest marking"))
        self.scope_label.setText(self.tr("Send"))
        self.everything.setText(self.tr("E&verything HQ has not acknowledged yet (recommended)"))
        self.everything.setToolTip(self.tr("Then a bundle that gets lost on the way does no harm."))
        self.since_last.setText(self.tr("&Only what is new since the last bundle"))
        self.redact_unconsented.setText(self.tr(
            "Send sources without consent for HQ as &empty stubs (default: leave them out)"))
        self.redact_unconsented.setToolTip(self.tr(
            "A stub carries only the source's id, kind and consent, so HQ knows it exists. "
            "A withdrawal of consent is always sent this way."))
        self.folder_label.setText(self.tr("&Folder"))
        self.folder.setPlaceholderText(self.tr("Where to write the bundle (a USB stick, for example)"))
        self.browse.setText(self.tr("Choose…"))
        self.name_note.setText(self.tr(
            "The file gets a random name that says nothing about what is in it."))
        self.start.setText(self.tr("&Export"))
        self._close_text()
        self._fill_receipts_column()
        super().retranslate()

    def _close_text(self) -> None:
        self.close_button.setText(self.tr("Cancel") if self._task is not None else self.tr("Close"))

    # -- recipients ---------------------------------------------------------------------------
    def load_recipients(self) -> None:
        self.recipients.clear()
        try:
            found = recipients(self._session.vault)
        except FieldDocError as exc:
            error = exc
            self.set_status("error", lambda: message_for(error))
            found = []
        for r in found:
            item = QTreeWidgetItem([shown(r.name), shown(r.fingerprint), ""])
            item.setData(2, Qt.ItemDataRole.UserRole, r.last_ack_sequence)
            item.setFont(1, fixed_font())
            self.recipients.addTopLevelItem(item)
        self._fill_receipts_column()
        has = bool(found)
        self.recipients.setVisible(has)
        self.no_recipients.setVisible(not has)
        self.compare.setVisible(has)
        self._update_buttons()

    def _fill_receipts_column(self) -> None:
        for i in range(self.recipients.topLevelItemCount()):
            item = self.recipients.topLevelItem(i)
            seq = item.data(2, Qt.ItemDataRole.UserRole)
            item.setText(2, self.tr("up to bundle {n}").format(n=seq) if seq else self.tr("none yet"))

    def choose_card(self) -> None:
        chosen = pick_open_file(self, self.tr("Choose HQ's recipient card"),
                                self.tr("Recipient cards (*.json *.card);;All files (*)"))
        if chosen:
            self.offer_card(Path(chosen))

    def offer_card(self, path: Path) -> FormQuestion | None:
        """Show the card's fingerprint; store the card only after an explicit confirmation."""
        try:
            card = RecipientCard.load(path)
        except FieldDocError as exc:
            show_error(self, exc, self.tr("Recipient card"))
            return None

        def answered(yes: bool) -> None:
            self.question = None
            if not yes:
                self.set_status("muted", lambda: self.tr("The card was not added."))
                return
            try:
                added = add_recipient(self._session.vault, card, card.fingerprint)
            except FieldDocError as exc:
                error = exc
                self.set_status("error", lambda: message_for(error))
                return
            name, fpr = shown(card.name), card.fingerprint
            if added:
                self.set_status("ok", lambda: self.tr("Added the card of {name} ({fingerprint}).").format(
                    name=name, fingerprint=fpr))
            else:
                self.set_status("muted", lambda: self.tr(
                    "The card of {name} ({fingerprint}) was already here.").format(
                        name=name, fingerprint=fpr))
            self.load_recipients()

        self.question = card_question(self, card, answered)  # the same question as in Recipients
        return self.question

    # -- export ---------------------------------------------------------------------------------
    def _browse(self) -> None:
        chosen = pick_folder(self, self.tr("Choose where to write the bundle"))
        if chosen:
            self.folder.setText(chosen)

    def _update_buttons(self) -> None:
        self.start.setEnabled(self._task is None and self.recipients.topLevelItemCount() > 0
                              and bool(self.folder.text().strip()))

    def _set_running(self, running: bool) -> None:
        for w in (self.ceiling, self.everything, self.since_last, self.redact_unconsented, self.folder,
                  self.browse, self.add_card):
            w.setEnabled(not running)
        self.bar.setVisible(running)
        self._close_text()
        self._update_buttons()

    def run(self) -> None:
        text = self.folder.text().strip()
        if not text or self._task is not None:
            return
        folder = Path(text).expanduser()
        if not folder.is_dir():
            self.set_status("error", lambda: self.tr(
                "The folder {path} does not exist. Choose an existing folder.").format(path=shown(folder)))
            return
        vault = self._session.vault
        ceiling = self.ceiling.currentData()
        since_last = self.since_last.isChecked()
        stubs = self.redact_unconsented.isChecked()
        self.bar.setRange(0, 0)
        self.set_status("muted", lambda: self.tr("Writing the bundle…"))
        self._task = self._session.runner.submit(
            lambda p: export_bundle(vault, folder, tlp_ceiling=ceiling, since_last=since_last,
                                    progress=p.report, redact_unconsented=stubs),
            on_success=alive(self, self._done), on_failure=alive(self, self._failed))
        self._set_running(True)
        self._timer.start()

    def _tick(self) -> None:
        if self._task is None:
            return
        p = self._task.progress
        if p.total:
            self.bar.setRange(0, PERMILLE)
            self.bar.setValue(permille(p.done, p.total))
            done, total = p.done, p.total
            self.set_status("muted", lambda: self.tr("Writing the bundle… {done} of {total}").format(
                done=size_text(done), total=size_text(total)))

    def _finish(self) -> None:
        self._task = None
        self._timer.stop()
        self._set_running(False)

    def _done(self, result: ExportResult | None) -> None:
        self._finish()
        self.result_value = result
        if result is None:
            self.set_status("ok", lambda: self.tr(
                "Nothing to send: HQ has acknowledged everything, or nothing changed since the last "
                "bundle. No file was written."))
            return
        self.set_status("ok", lambda: self.summary(result))

    def summary(self, r: ExportResult) -> str:
        parts = [self.tr("Bundle {sequence} written: {name} in {folder}.").format(
            sequence=r.sequence, name=shown(r.path.name), folder=shown(r.path.parent))]
        counts = self.tr("Record revisions: {revisions}. Attachment files: {files}. Size: {size}.")
        parts.append(counts.format(revisions=r.revisions, files=r.files, size=size_text(r.size)))
        parts.append(self.tr(
            "The file is encrypted to HQ only: nobody else can open it, not even this device. Send it "
            "to HQ by any channel, then import HQ's receipt."))
        if r.volumes:
            parts.append(self.tr(
                "The drive cannot hold one file this large, so the bundle was cut into {count} volumes, "
                "{first} to {last}. Carry all of them to HQ, which imports them as one bundle.").format(
                    count=len(r.volumes), first=shown(r.volumes[0].name), last=shown(r.volumes[-1].name)))
        if r.more:
            parts.append(self.tr(
                "More is waiting (the bundle reached its size limit): export again for the rest."))
        for p in r.recovered:
            parts.append(self.tr("An interrupted export was finished as well: {name}.").format(
                name=shown(p.name)))
        return "\n".join(parts)

    def _failed(self, exc: BaseException) -> None:
        cancelled = isinstance(exc, Cancelled) or (self._task is not None and self._task.progress.cancelled)
        self._finish()
        if cancelled:
            self.set_status("error", lambda: self.tr("Export cancelled. No file was written."))
        else:
            self.set_status("error", lambda: message_for(exc))

    def _close_or_cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            return
        self.accept()
