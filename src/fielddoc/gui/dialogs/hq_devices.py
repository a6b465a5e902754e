"""HQ's device registry and HQ's own recipient card.

The same core calls as ``fielddoc hq devices list / enrol / rename / revoke`` and
``fielddoc hq card [--rotate]``, on the task runner. Enrolling asks for an
explicit statement that the fingerprint was compared with the monitor out of
band; revoking and rotating say what follows and default to Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fielddoc.bundle.cards import Enrolment, RecipientCard
from fielddoc.gui import a11y, theme
from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.dialogs.exchange_common import (
    ExchangeDialog,
    FormQuestion,
    ask,
    compact_fingerprint,
    fixed_font,
    large_fixed_font,
    when_text,
    write_failure,
    write_public_file,
)
from fielddoc.gui.dialogs.files import pick_folder, pick_open_file
from fielddoc.gui.models.session import Session
from fielddoc.gui.widgets.plain import plain, plain_tip, shown
from fielddoc.hq.devices import Device, enrol, list_devices, rename, revoke
from fielddoc.hq.importer import number_ranges
from fielddoc.hq.store import HQStore

COLUMNS = 6
DEVICE, FINGERPRINT, ENROLLED, LAST, GAPS, STATUS = range(COLUMNS)


def two_lines(fingerprint: str) -> str:
    """Eight groups as two lines of four: the table stays narrow, the groups stay whole."""
    groups = fingerprint.split()
    half = (len(groups) + 1) // 2
    return " ".join(groups[:half]) + "\n" + " ".join(groups[half:]) if len(groups) > 4 else fingerprint


def card_file_name(fingerprint: str) -> str:
    """The start of the card's fingerprint and nothing else: no HQ name, no record text."""
    return f"recipient-card-{compact_fingerprint(fingerprint)}.json"


def load_registry(hq: HQStore) -> tuple[list[dict[str, Any]], str, str]:
    """On the worker: the devices (as ``fielddoc hq devices list``), HQ's name and its
    current card fingerprint."""
    return list_devices(hq), hq.name, hq.fingerprint()


class DevicesDialog(ExchangeDialog):
    """HQ: the enrolled devices (enrol, revoke) and this HQ's recipient card (save, rotate)."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("devicesDialog")
        self.question: QMessageBox | FormQuestion | None = None
        self._devices: list[dict[str, Any]] = []
        self._hq: tuple[str, str] | None = None  # (name, fingerprint)
        self.saved_path: Path | None = None
        self.heading = role_label(role="subheading")
        self.intro = role_label(role="muted")
        self.table = QTableWidget(0, COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = role_label(role="muted")
        self.empty.setVisible(False)
        self.enrol_button = QPushButton()
        self.enrol_button.clicked.connect(self.choose_enrolment)
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(self.confirm_revoke)
        self.rename_button = QPushButton()
        self.rename_button.clicked.connect(self.ask_rename)
        self.rename_button.setAutoDefault(False)
        self.card_heading = role_label(role="subheading")
        self.card_intro = role_label(role="muted")
        self.hq_name = plain(QLabel())
        name_font = QFont(self.hq_name.font())
        name_font.setBold(True)
        self.hq_name.setFont(name_font)
        self.hq_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint = plain(QLabel("…"))
        self.fingerprint.setFont(large_fixed_font())
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setMinimumHeight(self.fingerprint.fontMetrics().height() + 16)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.choose_card_folder)
        self.rotate_button = QPushButton()
        self.rotate_button.clicked.connect(self.confirm_rotate)
        self.enrol_button.setAutoDefault(False)
        self.revoke_button.setAutoDefault(False)
        self.save_button.setAutoDefault(False)
        self.rotate_button.setAutoDefault(False)  # Enter never starts a change
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        device_buttons = QHBoxLayout()
        device_buttons.addStretch(1)
        device_buttons.addWidget(self.rename_button)
        device_buttons.addWidget(self.revoke_button)
        device_buttons.addWidget(self.enrol_button)
        card_buttons = QHBoxLayout()
        card_buttons.addStretch(1)
        card_buttons.addWidget(self.rotate_button)
        card_buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(device_buttons)
        layout.addSpacing(12)
        layout.addWidget(self.card_heading)
        layout.addWidget(self.card_intro)
        layout.addWidget(self.hq_name)
        layout.addWidget(self.fingerprint)
        layout.addLayout(card_buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumSize(980, 560)
        self.set_status("", None)
        self.retranslate()
        self.reload()

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Field devices and HQ card"))
        self.heading.setText(self.tr("Enrolled field devices"))
        a11y.name(self.table, self.tr("Enrolled field devices"))
        self.intro.setText(self.tr(
            "HQ imports bundles only from enrolled devices that are not revoked. Enrol a device from "
            "its enrolment file after comparing its fingerprint with the monitor, or trust it when its "
            "first bundle arrives."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Device"), self.tr("Fingerprint"), self.tr("Enrolled"), self.tr("Last bundle"),
            self.tr("Missing bundles"), self.tr("Status")])
        self.empty.setText(self.tr("No device is enrolled yet."))
        self.enrol_button.setText(self.tr("&Enrol from file…"))
        self.revoke_button.setText(self.tr("&Revoke…"))
        self.rename_button.setText(self.tr("Re&name…"))
        self.card_heading.setText(self.tr("This HQ's recipient card"))
        self.card_intro.setText(self.tr(
            "Field devices encrypt their bundles to this card. Give the card file to monitors and tell "
            "them this fingerprint over a channel you trust (in person or by phone):"))
        self._show_card()
        self.save_button.setText(self.tr("&Save recipient card…"))
        self.rotate_button.setText(self.tr("R&otate encryption key…"))
        self._fill_table()
        super().retranslate()

    def _show_card(self) -> None:
        if self._hq is None:
            self.hq_name.setText("")
            self.fingerprint.setText("…")
            return
        name, fpr = self._hq
        self.hq_name.setText(shown(name))
        self.fingerprint.setText(fpr)

    def enrolled_text(self, d: dict[str, Any]) -> str:
        how = self.tr("enrolment file") if d["via"] == "enrolment" else self.tr("trust on first use")
        return when_text(d["enrolled_at"]) + "\n" + how

    def status_text(self, d: dict[str, Any]) -> str:
        if d["status"] != "revoked":
            return self.tr("Active")
        text = self.tr("Revoked on {when}").format(when=when_text(d["revoked_at"]))
        if d.get("reason"):
            text += ": " + shown(d["reason"])
        return text

    def gaps_text(self, d: dict[str, Any]) -> str:
        return number_ranges(d["gaps"], "–") if d["gaps"] else self.tr("none")

    # -- loading --------------------------------------------------------------------------------
    def _can_submit(self) -> bool:
        return self._session.hq is not None

    def reload(self, after: Callable[[], None] | None = None) -> None:
        hq = self._session.hq

        def loaded(value: tuple[list[dict[str, Any]], str, str]) -> None:
            self._finish()
            self._devices, name, fpr = value
            self._hq = (name, fpr)
            self._show_card()
            self._fill_table()
            if after is not None:
                after()

        self._submit(lambda: load_registry(hq), loaded, None)

    def _fill_table(self) -> None:
        chosen = self.selected()
        self.table.setRowCount(len(self._devices))
        for row, d in enumerate(self._devices):
            revoked = d["status"] == "revoked"
            last = "" if d["last_sequence"] is None else str(d["last_sequence"])
            if last and d["last_import_at"]:
                last += "\n" + when_text(d["last_import_at"])
            device = shown(d["label"]) + "\n" + shown(d["device"]) if d["label"] else shown(d["device"])
            texts = [device, two_lines(d["fingerprint"]), self.enrolled_text(d), last, self.gaps_text(d),
                     self.status_text(d)]
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, d["device"])
                if col == FINGERPRINT:
                    item.setFont(fixed_font())
                    item.setToolTip(plain_tip(d["fingerprint"]))
                if col == DEVICE:
                    item.setToolTip(plain_tip(d["device"]))
                if col == GAPS and d["gaps"]:
                    item.setForeground(QBrush(theme.WARNING))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(self.tr(
                        "Bundles with these numbers have not arrived from this device: ask the monitor "
                        "to export again (a new bundle carries everything HQ has not acknowledged)."))
                if col == STATUS:
                    item.setForeground(QBrush(theme.DANGER if revoked else theme.OK))
                if revoked and col != STATUS:
                    item.setForeground(QBrush(theme.MUTED))
                self.table.setItem(row, col, item)
            if chosen is not None and d["device"] == chosen["device"]:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self._devices))
        self.empty.setVisible(not self._devices and self._hq is not None)
        self._update_buttons()

    def selected(self) -> dict[str, Any] | None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) != 1:
            return None
        item = self.table.item(rows.pop(), DEVICE)
        device = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((d for d in self._devices if d["device"] == device), None)

    def select(self, device: str) -> None:
        for row, d in enumerate(self._devices):
            if d["device"] == device:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        idle = self._task is None
        chosen = self.selected()
        self.enrol_button.setEnabled(idle)
        self.revoke_button.setEnabled(idle and chosen is not None and chosen["status"] != "revoked")
        self.rename_button.setEnabled(idle and chosen is not None)
        self.save_button.setEnabled(idle and self._hq is not None)
        self.rotate_button.setEnabled(idle and self._hq is not None)

    def _known(self, device: str) -> dict[str, Any] | None:
        return next((d for d in self._devices if d["device"] == device), None)

    # -- enrol ----------------------------------------------------------------------------------
    def choose_enrolment(self) -> None:
        chosen = pick_open_file(self, self.tr("Choose a device's enrolment file"),
                                self.tr("Enrolment files (*.json);;All files (*)"))
        if chosen:
            self.offer_enrolment(Path(chosen))

    def offer_enrolment(self, path: Path) -> None:
        """Read the file on the worker, then show its fingerprint and ask for the comparison."""
        self._submit(lambda: Enrolment.load(path), self._ask_enrol,
                     lambda: self.tr("Reading the enrolment file…"))

    def _ask_enrol(self, e: Enrolment) -> None:
        self._finish()
        self.set_status("", None)
        known = self._known(e.device)
        informative = self.tr(
            "Compare it, group by group, with the fingerprint the monitor reads to you over a channel "
            "you trust (in person or by phone). Enrol the device only if they match exactly: HQ then "
            "accepts every bundle signed by this key.")
        if known is not None and known["status"] == "revoked":
            informative += "\n\n" + self.tr(
                "This device was revoked. Enrolling it again means its bundles are accepted again.")
        elif known is not None:
            informative += "\n\n" + self.tr("This device is already enrolled: enrolling it again changes "
                                            "only its label.")

        def answered(yes: bool, label: str) -> None:
            self.question = None
            if not yes:
                self.set_status("muted", lambda: self.tr("The device was not enrolled. Nothing was changed."))
                return
            hq = self._session.hq

            def enrolled(dev: Device) -> None:
                self._finish()
                self.reload(lambda: self.select(dev.device_id))
                self.set_status("ok", lambda: self.tr(
                    "Enrolled device {device} ({fingerprint}). Its bundles are now accepted.").format(
                        device=dev.device_id, fingerprint=dev.fingerprint))
                self.changed.emit()

            self._submit(lambda: enrol(hq, e, e.fingerprint, label=label or None), enrolled,
                         lambda: self.tr("Enrolling the device…"))

        self.question = FormQuestion(
            self, self.tr("Enrol device"),
            self.tr("Enrolment file of device {device}. Its fingerprint is:").format(device=shown(e.device)),
            informative, self.tr("&Enrol the device"), self.tr("Cancel"), answered,
            fingerprint=e.fingerprint,
            tick=self.tr("I compared this fingerprint with the monitor over a channel I trust, and it "
                         "matches exactly."),
            field=self.tr("&Label"), value=e.label,
            placeholder=self.tr("Optional: a name for this device at HQ"))
        self.question.open()

    # -- rename ---------------------------------------------------------------------------------
    def ask_rename(self) -> FormQuestion | None:
        """Name the selected device as HQ knows it (a device trusted on first use has no name)."""
        d = self.selected()
        if d is None or self._task is not None:
            return None
        device = d["device"]

        def answered(yes: bool, label: str) -> None:
            self.question = None
            if not yes:
                self.set_status("muted", lambda: self.tr("The device was not renamed. Nothing was changed."))
                return
            hq = self._session.hq

            def renamed(dev: Device) -> None:
                self._finish()
                self.reload(lambda: self.select(dev.device_id))
                self.set_status("ok", lambda: self.tr("Device {device} is now named “{name}”.").format(
                    device=dev.device_id, name=shown(dev.label)) if dev.label else self.tr(
                    "Device {device} has no name now.").format(device=dev.device_id))
                self.changed.emit()

            self._submit(lambda: rename(hq, device, label), renamed, lambda: self.tr("Renaming the device…"))

        self.question = FormQuestion(
            self, self.tr("Rename device"),
            self.tr("Name of device {device} at HQ. Its fingerprint is:").format(device=shown(device)),
            self.tr("The name is HQ's own: it is shown instead of the device's id in lists, conflicts and "
                    "the history, and never sent to the device."),
            self.tr("&Rename"), self.tr("Cancel"), answered,
            fingerprint=d["fingerprint"], field=self.tr("&Name"), value=d["label"] or "",
            placeholder=self.tr("e.g. Aktau laptop (Aigul)"), max_length=200)
        self.question.open()
        return self.question

    # -- revoke ---------------------------------------------------------------------------------
    def confirm_revoke(self) -> FormQuestion | None:
        d = self.selected()
        if d is None or d["status"] == "revoked" or self._task is not None:
            return None
        device = d["device"]

        def answered(yes: bool, reason: str) -> None:
            self.question = None
            if not yes:
                self.set_status("muted", lambda: self.tr("The device was not revoked. Nothing was changed."))
                return
            hq = self._session.hq

            def revoked(dev: Device) -> None:
                self._finish()
                self.reload()
                self.set_status("ok", lambda: self.tr(
                    "Revoked device {device}: its future bundles will be refused. What it sent before is "
                    "kept.").format(device=dev.device_id))
                self.changed.emit()

            self._submit(lambda: revoke(hq, device, reason), revoked, lambda: self.tr("Revoking the device…"))

        name = f"{shown(d['label'])} ({shown(device)})" if d["label"] else shown(device)
        self.question = FormQuestion(
            self, self.tr("Revoke device"),
            self.tr("Revoke device {device}? Its fingerprint is:").format(device=name),
            self.tr("From now on HQ refuses every bundle from this device, including bundles it has "
                    "already written. What it sent before is kept. Revoke a device that was lost, "
                    "seized or may be in someone else's hands. Its bundles are accepted again only "
                    "if you enrol it again from its enrolment file."),
            self.tr("&Revoke the device"), self.tr("Cancel"), answered,
            fingerprint=d["fingerprint"], field=self.tr("&Reason"),
            placeholder=self.tr("Optional: why (kept at HQ only)"), max_length=500)
        self.question.text.setProperty("role", "warning")
        self.question.open()
        return self.question

    # -- HQ's card ------------------------------------------------------------------------------
    def choose_card_folder(self) -> None:
        chosen = pick_folder(self, self.tr("Choose where to save HQ's recipient card"))
        if chosen:
            self.save_card(Path(chosen))

    def save_card(self, folder: Path) -> None:
        """Write HQ's current recipient card (as ``fielddoc hq card --out``) atomically into ``folder``."""
        hq = self._session.hq

        def write() -> Path:
            card = hq.card()
            return write_public_file(folder, card_file_name(card.fingerprint), card.to_json())

        def saved(path: Path) -> None:
            self._finish()
            self.saved_path = path
            self.set_status("ok", lambda: self.tr(
                "Recipient card saved: {name} in {folder}. Give it to the monitors and tell them its "
                "fingerprint.").format(name=shown(path.name), folder=shown(path.parent)))

        def failed(exc: BaseException) -> None:
            self._finish()
            self.set_status("error", lambda: write_failure(exc))

        self._submit(write, saved, lambda: self.tr("Saving the recipient card…"), failed)

    def confirm_rotate(self) -> QMessageBox | None:
        if self._task is not None or self._session.hq is None:
            return None

        def answered(yes: bool) -> None:
            self.question = None
            if not yes:
                self.set_status("muted", lambda: self.tr("The key was not rotated. Nothing was changed."))
                return
            hq = self._session.hq

            def rotated(card: RecipientCard) -> None:
                self._finish()
                fpr = card.fingerprint
                self.reload()
                self.set_status("warning", lambda: self.tr(
                    "A new encryption key is now current. New fingerprint: {fingerprint}. Save the new "
                    "card and give it to every field device; bundles made for the old card still open "
                    "here.").format(fingerprint=fpr))
                self.changed.emit()

            self._submit(hq.rotate_age_key, rotated, lambda: self.tr("Making a new encryption key…"))

        self.question = ask(
            self, self.tr("Rotate HQ's encryption key"),
            self.tr("Make a new encryption key for this HQ?"),
            self.tr("The recipient card changes, and so does its fingerprint. Every field device must "
                    "then get the new card and replace the old one with it (HQ recipients and enrolment → "
                    "Replace…), comparing the new fingerprint with you. Until then devices keep "
                    "encrypting to the old key: those bundles, and every older one, still open here. "
                    "Rotate when the old key may have been exposed."),
            self.tr("Rotate the key"), self.tr("Cancel"), answered, icon=QMessageBox.Icon.Warning)
        return self.question
