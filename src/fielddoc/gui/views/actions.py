"""The main window's actions (menus and toolbar), with their shortcuts and texts."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from fielddoc.gui.lock import LOCK_HOTKEY
from fielddoc.gui.shortcuts import history_shortcut


class Actions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)

        def make(name: str, shortcut: QKeySequence | str | None = None, *,
                 needs_vault: bool = True) -> QAction:
            act = QAction(parent)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setProperty("needs_vault", needs_vault)
            return act

        self.new = make("actionNew", QKeySequence.StandardKey.New)
        self.edit = make("actionEdit", "Ctrl+E")
        self.delete = make("actionDelete", QKeySequence.StandardKey.Delete)
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.history = make("actionHistory", history_shortcut())  # ⌘H hides an app on macOS
        self.search = make("actionSearch", QKeySequence.StandardKey.Find)
        self.refresh = make("actionRefresh", QKeySequence.StandardKey.Refresh)
        self.statistics = make("actionStatistics", "Ctrl+T")
        self.import_json = make("actionImport", "Ctrl+I")
        self.report = make("actionReport", QKeySequence.StandardKey.Print)
        # Exchange with HQ: field vaults export and take receipts; HQ vaults import and resolve.
        self.export_bundle = make("actionExportBundle", "Ctrl+Shift+E")
        self.export_bundle.setProperty("role", "field")
        self.import_receipt = make("actionImportReceipt")
        self.import_receipt.setProperty("role", "field")
        self.import_bundles = make("actionImportBundles", "Ctrl+Shift+I")
        self.import_bundles.setProperty("role", "hq")
        self.conflicts = make("actionConflicts", "Ctrl+Shift+K")
        self.conflicts.setProperty("role", "hq")
        self.recipients = make("actionRecipients")
        self.recipients.setProperty("role", "field")
        self.devices = make("actionDevices")
        self.devices.setProperty("role", "hq")
        self.brief_device = make("actionBriefDevice")
        self.brief_device.setProperty("role", "hq")
        self.import_briefing = make("actionImportBriefing")
        self.import_briefing.setProperty("role", "field")
        self.calendar = make("actionCalendar")
        self.coverage = make("actionCoverage")
        self.coverage.setProperty("role", "hq")
        # Join an HQ team with an invitation: makes a new HQ vault, so only while locked
        self.join_hq = make("actionJoinHq", needs_vault=False)
        self.join_hq.setProperty("locked_only", True)
        self.export_csv = make("actionExportCsv")
        self.evidence = make("actionEvidence")
        self.settings = make("actionSettings", QKeySequence.StandardKey.Preferences)
        self.rekey = make("actionRekey")
        # Ctrl+L is also caught by the lock controller's event filter (inside modal dialogs).
        self.lock = make("actionLock", LOCK_HOTKEY)
        self.lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit = make("actionQuit", QKeySequence.StandardKey.Quit, needs_vault=False)
        self.about = make("actionAbout", needs_vault=False)
        # Text size (View menu): kept as a number only, outside the vault (no record text).
        self.text_larger = make("actionTextLarger", "Ctrl++", needs_vault=False)
        self.text_larger.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.text_smaller = make("actionTextSmaller", "Ctrl+-", needs_vault=False)
        self.text_reset = make("actionTextReset", "Ctrl+0", needs_vault=False)
        for act in (self.text_larger, self.text_smaller, self.text_reset):
            act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.retranslate()

    def all(self) -> list[QAction]:
        return [self.new, self.edit, self.delete, self.history, self.search, self.refresh, self.statistics,
                self.import_json, self.report, self.export_bundle, self.import_receipt, self.import_bundles,
                self.conflicts, self.recipients, self.devices, self.export_csv, self.evidence,
                self.settings, self.lock,
                self.quit, self.about, self.rekey, self.text_larger, self.text_smaller, self.text_reset,
                self.brief_device, self.import_briefing, self.calendar, self.coverage,
                self.join_hq]

    def set_unlocked(self, unlocked: bool, *, hq: bool = False) -> None:
        """Enables what needs an open vault; exchange actions only show for their side."""
        for act in self.all():
            if act.property("needs_vault"):
                act.setEnabled(unlocked)
            if act.property("locked_only"):
                act.setEnabled(not unlocked)
                act.setVisible(not unlocked)
            role = act.property("role")
            if role:
                act.setVisible(unlocked and role == ("hq" if hq else "field"))

    def retranslate(self) -> None:
        self.new.setText(self.tr("&New record"))
        self.new.setToolTip(self.tr("New record of the kind shown (Ctrl+N)"))
        self.edit.setText(self.tr("&Edit"))
        self.delete.setText(self.tr("&Delete…"))
        self.history.setText(self.tr("&History"))
        self.search.setText(self.tr("&Search"))
        self.refresh.setText(self.tr("&Refresh"))
        self.statistics.setText(self.tr("S&tatistics"))
        self.import_json.setText(self.tr("&Import JSON…"))
        self.report.setText(self.tr("&Report…"))
        self.report.setToolTip(self.tr("Preview a PDF report and save it where you choose (Ctrl+P)"))
        self.export_bundle.setText(self.tr("&Export bundle for HQ…"))
        self.export_bundle.setToolTip(self.tr(
            "Write new and changed records to one encrypted, signed file for HQ"))
        self.import_receipt.setText(self.tr("Import HQ &receipt…"))
        self.import_bundles.setText(self.tr("Import &bundles…"))
        self.import_bundles.setToolTip(self.tr("Verify and import bundles from field devices"))
        self.conflicts.setText(self.tr("Resolve &conflicts…"))
        self.recipients.setText(self.tr("HQ reci&pients and enrolment…"))
        self.recipients.setToolTip(self.tr(
            "The HQ keys bundles are encrypted to, and this device's enrolment file for HQ"))
        self.devices.setText(self.tr("Field &devices and HQ card…"))
        self.devices.setToolTip(self.tr("Enrol or revoke field devices; save HQ's recipient card"))
        self.brief_device.setText(self.tr("Brie&f a device…"))
        self.brief_device.setToolTip(self.tr(
            "Write a briefing for a monitor's device: the scheduled hearings they are assigned to"))
        self.import_briefing.setText(self.tr("Import &briefing…"))
        self.import_briefing.setToolTip(self.tr(
            "Import HQ's briefing: your assigned hearings and their cases"))
        self.calendar.setText(self.tr("Hearing c&alendar…"))
        self.calendar.setToolTip(self.tr("Hearings by week or month, per court and per monitor"))
        self.coverage.setText(self.tr("C&overage…"))
        self.coverage.setToolTip(self.tr(
            "Hearings held and monitored per case, court or month; monitor workload"))
        self.join_hq.setText(self.tr("&Join an HQ…"))
        self.join_hq.setToolTip(self.tr("Become a member of an HQ with an invitation from its administrator"))
        self.export_csv.setText(self.tr("Export ta&bles (CSV)…"))
        self.export_csv.setToolTip(self.tr("One unencrypted CSV file per record type, with a codebook"))
        self.evidence.setText(self.tr("E&vidence package…"))
        self.evidence.setToolTip(self.tr(
            "A signed folder for a court: this record, its history, custody log and decrypted attachments"))
        self.settings.setText(self.tr("Se&ttings…"))
        self.rekey.setText(self.tr("Re-&key vault…"))
        self.rekey.setToolTip(self.tr("A new secret key for the vault; the passphrase stays"))
        self.lock.setText(self.tr("&Lock"))
        self.lock.setToolTip(self.tr("Lock now (Ctrl+L): closes the vault and clears the screen"))
        self.quit.setText(self.tr("&Quit"))
        self.about.setText(self.tr("&About FieldDoc"))
        self.text_larger.setText(self.tr("&Larger text"))
        self.text_smaller.setText(self.tr("S&maller text"))
        self.text_reset.setText(self.tr("&Default text size"))
