"""A field device's HQ recipient cards and its enrolment for HQ.

The cards are what bundles are encrypted to: added after comparing their
fingerprint with HQ (as ``fielddoc recipients add``), replaced when HQ rotates
its key (``recipients replace``), removed (``recipients remove``). The
enrolment section shows this device's fingerprint, large, for reading out to
HQ, and writes the enrolment file (``fielddoc enrol --out``). Every core call
runs on the task runner; a card file is only read on the GUI thread (a few
hundred bytes) so that its fingerprint can be shown at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fielddoc.bundle.cards import RecipientCard
from fielddoc.bundle.device import (
    StoredRecipient,
    add_recipient,
    device_fingerprint,
    enrolment,
    recipients,
    remove_recipient,
    replace_recipient,
)
from fielddoc.errors import FieldDocError
from fielddoc.gui import a11y
from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.dialogs.exchange_common import (
    ExchangeDialog,
    FormQuestion,
    ask,
    card_question,
    fixed_font,
    large_fixed_font,
    when_text,
    write_failure,
    write_public_file,
)
from fielddoc.gui.dialogs.files import pick_folder, pick_open_file
from fielddoc.gui.models.session import Session
from fielddoc.gui.widgets.plain import plain, shown


def enrolment_file_name(device_id: str) -> str:
    """The device id (derived from its public key) and nothing else: no name, no record text."""
    return f"enrolment-{device_id}.json"


class RecipientsDialog(ExchangeDialog):
    """Field device: the HQ cards bundles are encrypted to, and this device's enrolment."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("recipientsDialog")
        self.question: QMessageBox | FormQuestion | None = None
        self._cards: list[StoredRecipient] = []
        self._device: tuple[str, str] | None = None  # (device id, fingerprint)
        self.saved_path: Path | None = None
        self.heading = role_label(role="subheading")
        self.intro = role_label(role="muted")
        self.table = QTreeWidget()
        self.table.setColumnCount(3)
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.table.header().setStretchLastSection(False)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.no_recipients = role_label(role="warning")
        self.no_recipients.setVisible(False)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.choose_card)
        self.replace_button = QPushButton()
        self.replace_button.clicked.connect(self.choose_replacement)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.confirm_remove)
        self.enrol_heading = role_label(role="subheading")
        self.enrol_intro = role_label(role="muted")
        self.fingerprint = plain(QLabel())
        self.fingerprint.setFont(large_fixed_font())
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setMinimumHeight(self.fingerprint.fontMetrics().height() + 16)
        self.device_id = role_label(role="muted")
        self.device_id.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.device_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label = QLineEdit()
        self.label.setMaxLength(200)
        self.label_label = QLabel()
        self.label_label.setBuddy(self.label)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.choose_enrolment_folder)
        self.file_note = role_label(role="muted")
        self.add_button.setAutoDefault(False)
        self.replace_button.setAutoDefault(False)
        self.remove_button.setAutoDefault(False)
        self.save_button.setAutoDefault(False)  # Enter never starts a change
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        card_buttons = QHBoxLayout()
        card_buttons.addStretch(1)
        card_buttons.addWidget(self.remove_button)
        card_buttons.addWidget(self.replace_button)
        card_buttons.addWidget(self.add_button)
        label_row = QHBoxLayout()
        label_row.addWidget(self.label, 1)
        label_row.addWidget(self.save_button)
        form = QFormLayout()
        form.addRow(self.label_label, label_row)
        form.addRow("", self.file_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.no_recipients)
        layout.addLayout(card_buttons)
        layout.addSpacing(12)
        layout.addWidget(self.enrol_heading)
        layout.addWidget(self.enrol_intro)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.device_id)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(680)
        self.set_status("", None)
        self.retranslate()
        self.reload()

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("HQ recipients and enrolment"))
        self.heading.setText(self.tr("HQ recipient cards"))
        a11y.name(self.table, self.tr("HQ recipient cards"))
        self.intro.setText(self.tr(
            "Bundles from this device are encrypted to these cards only: only the HQ that holds a "
            "card's key can open them. Add a card only after comparing its fingerprint with HQ over a "
            "channel you trust (in person or by phone)."))
        self.table.setHeaderLabels([self.tr("Name"), self.tr("Fingerprint"), self.tr("Added")])
        self.no_recipients.setText(self.tr(
            "No HQ recipient card yet, so nothing can be exported. Ask HQ for its recipient card file "
            "and add it."))
        self.add_button.setText(self.tr("&Add recipient card…"))
        self.replace_button.setText(self.tr("&Replace…"))
        self.replace_button.setToolTip(self.tr(
            "HQ has a new encryption key: put its new card in the place of the selected one."))
        self.remove_button.setText(self.tr("Re&move…"))
        self.enrol_heading.setText(self.tr("Enrolment for HQ"))
        self.enrol_intro.setText(self.tr(
            "HQ accepts bundles from this device once it knows its key: from the enrolment file, or "
            "when the first bundle arrives. Either way, read this fingerprint to HQ over a channel you "
            "trust, group by group:"))
        self._show_device()
        self.label_label.setText(self.tr("&Label for HQ"))
        self.label.setPlaceholderText(self.tr("Optional"))
        self.save_button.setText(self.tr("&Save enrolment file…"))
        self.file_note.setText(self.tr(
            "The file holds this device's public keys and the label, nothing secret. Its name is the "
            "device id."))
        self._fill_dates()
        super().retranslate()

    def _show_device(self) -> None:
        if self._device is None:
            self.fingerprint.setText("…")
            self.device_id.setText("")
            return
        device, fpr = self._device
        self.fingerprint.setText(fpr)
        self.device_id.setText(self.tr("Device {device}").format(device=device))

    def _fill_dates(self) -> None:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            item.setText(2, when_text(item.data(2, Qt.ItemDataRole.UserRole)))

    # -- loading --------------------------------------------------------------------------------

    def reload(self, after: Callable[[], None] | None = None) -> None:
        """Read the cards and this device's fingerprint on the worker."""
        vault = self._session.vault

        def load() -> tuple[list[StoredRecipient], str, str]:
            return recipients(vault), vault.device_id, device_fingerprint(vault)

        def loaded(value: tuple[list[StoredRecipient], str, str]) -> None:
            self._finish()
            cards, device, fpr = value
            self._device = (device, fpr)
            self._show_device()
            self._fill(cards)
            if after is not None:
                after()

        if not self._submit(load, loaded, None):
            return

    def _fill(self, cards: list[StoredRecipient]) -> None:
        selected = self.selected()
        self._cards = cards
        self.table.clear()
        for r in cards:
            item = QTreeWidgetItem([shown(r.name), shown(r.fingerprint), ""])
            item.setData(0, Qt.ItemDataRole.UserRole, r.fingerprint)
            item.setData(2, Qt.ItemDataRole.UserRole, r.added_at)
            item.setFont(1, fixed_font())
            self.table.addTopLevelItem(item)
            if selected is not None and r.fingerprint == selected.fingerprint:
                item.setSelected(True)
        if self.table.topLevelItemCount() == 1:
            self.table.topLevelItem(0).setSelected(True)
        self._fill_dates()
        self.no_recipients.setVisible(not cards)
        self.table.setVisible(bool(cards))
        self._update_buttons()

    def selected(self) -> StoredRecipient | None:
        items = self.table.selectedItems()
        if not items:
            return None
        fpr = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self._cards if c.fingerprint == fpr), None)

    def select(self, fingerprint: str) -> None:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            item.setSelected(item.data(0, Qt.ItemDataRole.UserRole) == fingerprint)

    def _update_buttons(self) -> None:
        idle = self._task is None
        chosen = self.selected() is not None
        self.add_button.setEnabled(idle)
        self.replace_button.setEnabled(idle and chosen)
        self.remove_button.setEnabled(idle and chosen)
        self.save_button.setEnabled(idle and self._device is not None)

    def _load_card(self, path: Path) -> RecipientCard | None:
        try:
            return RecipientCard.load(path)
        except FieldDocError as exc:
            error = exc
            self.set_status("error", lambda: message_for(error))
            return None

    # -- add ------------------------------------------------------------------------------------
    def choose_card(self) -> None:
        chosen = pick_open_file(self, self.tr("Choose HQ's recipient card"),
                                self.tr("Recipient cards (*.json *.card);;All files (*)"))
        if chosen:
            self.offer_card(Path(chosen))

    def offer_card(self, path: Path) -> FormQuestion | None:
        """Show the card's fingerprint; store the card only after an explicit confirmation."""
        if self._task is not None:
            return None
        card = self._load_card(path)
        if card is None:
            return None

        def answered(yes: bool) -> None:
            self.question = None
            if not yes:
                self.set_status("muted", lambda: self.tr("The card was not added. Nothing was changed."))
                return
            vault, name, fpr = self._session.vault, shown(card.name), card.fingerprint

            def added(was_new: bool) -> None:
                self._finish()
                if was_new:
                    self.reload(lambda: self.select(fpr))
                    self.set_status("ok", lambda: self.tr(
                        "Added the card of {name} ({fingerprint}).").format(name=name, fingerprint=fpr))
                    self.changed.emit()
                else:
                    self.set_status("muted", lambda: self.tr(
                        "The card of {name} ({fingerprint}) was already here.").format(
                            name=name, fingerprint=fpr))

            self._submit(lambda: add_recipient(vault, card, fpr), added,
                         lambda: self.tr("Adding the card…"))

        self.question = card_question(self, card, answered)
        return self.question

    # -- replace --------------------------------------------------------------------------------
    def choose_replacement(self) -> None:
        if self.selected() is None:
            return
        chosen = pick_open_file(self, self.tr("Choose HQ's new recipient card"),
                                self.tr("Recipient cards (*.json *.card);;All files (*)"))
        if chosen:
            self.offer_replacement(Path(chosen))

    def offer_replacement(self, path: Path) -> FormQuestion | None:
        """Key rotation: a new card of the same HQ (same signing key) takes the selected one's place."""
        old = self.selected()
        if old is None or self._task is not None:
            return None
        card = self._load_card(path)
        if card is None:
            return None
        if card.fingerprint == old.fingerprint:
            self.set_status("muted", lambda: self.tr(
                "This is the card that is already here: nothing to replace. HQ makes a new card when "
                "it rotates its key."))
            return None
        if card.signing_key != old.signing_key:
            name = shown(old.name)
            self.set_status("error", lambda: self.tr(
                "This card was not made by the same HQ as the card of {name}: its signing key is "
                "different. Nothing was changed. To send bundles to another HQ as well, add its card "
                "instead.").format(name=name))
            return None

        def answered(yes: bool) -> None:
            self.question = None
            if not yes:
                self.set_status("muted", lambda: self.tr("The card was not replaced. Nothing was changed."))
                return
            vault, name, fpr = self._session.vault, shown(card.name), card.fingerprint

            def replaced(_none: object) -> None:
                self._finish()
                self.reload(lambda: self.select(fpr))
                self.set_status("ok", lambda: self.tr(
                    "Replaced by the new card of {name} ({fingerprint}). Later bundles are encrypted to "
                    "it only.").format(name=name, fingerprint=fpr))
                self.changed.emit()

            self._submit(lambda: replace_recipient(vault, old.fingerprint, card, fpr), replaced,
                         lambda: self.tr("Replacing the card…"))

        self.question = card_question(self, card, answered,
                                      replacing=f"{old.name} ({old.fingerprint})")
        return self.question

    # -- remove ---------------------------------------------------------------------------------
    def confirm_remove(self) -> QMessageBox | None:
        old = self.selected()
        if old is None or self._task is not None:
            return None
        last = len(self._cards) == 1
        if last:
            informative = self.tr(
                "It is the only HQ card on this device: until you add another one, nothing can be "
                "exported. Bundles already written are not affected.")
        else:
            informative = self.tr(
                "Later bundles will not be encrypted to it. Bundles already written are not affected.")

        def answered(yes: bool) -> None:
            self.question = None
            if not yes:
                self.set_status("muted", lambda: self.tr("The card was kept. Nothing was changed."))
                return
            vault, name = self._session.vault, shown(old.name)

            def removed(_none: object) -> None:
                self._finish()
                self.reload()
                if last:
                    self.set_status("warning", lambda: self.tr(
                        "Removed the card of {name}. There is no HQ card left: add one before you "
                        "export.").format(name=name))
                else:
                    self.set_status("ok", lambda: self.tr(
                        "Removed the card of {name}. Later bundles will not be encrypted to it.").format(
                            name=name))
                self.changed.emit()

            self._submit(lambda: remove_recipient(vault, old.fingerprint), removed,
                         lambda: self.tr("Removing the card…"))

        self.question = ask(
            self, self.tr("Remove HQ recipient card"),
            self.tr("Remove the card of “{name}”?\n\n{fingerprint}").format(
                name=shown(old.name), fingerprint=shown(old.fingerprint)),
            informative, self.tr("Remove the card"), self.tr("Keep it"), answered,
            icon=QMessageBox.Icon.Warning)
        return self.question

    # -- enrolment ------------------------------------------------------------------------------
    def choose_enrolment_folder(self) -> None:
        chosen = pick_folder(self, self.tr("Choose where to save the enrolment file"))
        if chosen:
            self.save_enrolment(Path(chosen))

    def save_enrolment(self, folder: Path) -> None:
        """Write the signed enrolment file (public keys only) atomically into ``folder``."""
        vault, label = self._session.vault, self.label.text().strip()

        def write() -> Path:
            e = enrolment(vault, label)
            return write_public_file(folder, enrolment_file_name(e.device), e.to_json())

        def saved(path: Path) -> None:
            self._finish()
            self.saved_path = path
            self.set_status("ok", lambda: self.tr(
                "Enrolment file saved: {name} in {folder}. Give it to HQ, then read the fingerprint "
                "above to HQ over a channel you trust.").format(name=shown(path.name),
                                                               folder=shown(path.parent)))

        def failed(exc: BaseException) -> None:
            self._finish()
            self.set_status("error", lambda: write_failure(exc))

        self._submit(write, saved, lambda: self.tr("Saving the enrolment file…"), failed)
