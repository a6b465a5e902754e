"""What the main window's menus and toolbar open: import, report, exchange and HQ dialogs,
settings, re-keying, text size and About (mixed into :class:`~fielddoc.gui.main_window.MainWindow`)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from fielddoc import __version__
from fielddoc.errors import FieldDocError
from fielddoc.gui import theme
from fielddoc.gui.dialogs.errors import show_error
from fielddoc.gui.dialogs.import_json import ImportDialog
from fielddoc.gui.dialogs.settings import SettingsDialog


class WindowActions:
    """One method per command; each runs its dialog modally and refreshes the workspace when the
    dialog changed records. Needs the window's session, workspace and runner."""

    def import_json(self) -> None:
        if self.session is None or self.workspace is None:
            return
        dialog = ImportDialog(self.session, self)
        dialog.imported.connect(lambda _r: self.workspace and self.workspace.refresh_all())
        dialog.exec()
        dialog.deleteLater()

    def _modal(self, dialog: QDialog) -> None:
        """Runs a dialog; one that changed records says so with a ``changed`` signal."""
        changed = getattr(dialog, "changed", None)
        if changed is not None:
            changed.connect(lambda *_: self.workspace and self.workspace.refresh_all())
        dialog.exec()
        dialog.deleteLater()

    def make_report(self) -> None:
        if self.session is None:
            return
        from fielddoc.gui.dialogs.report import ReportDialog

        self._modal(ReportDialog(self.session, self._current(), self))

    def export_bundle(self) -> None:
        if self.session is None or self.session.is_hq:
            return
        from fielddoc.gui.dialogs.bundles import ExportBundleDialog

        self._modal(ExportBundleDialog(self.session, self))

    def import_receipt(self) -> None:
        if self.session is None or self.session.is_hq:
            return
        from fielddoc.gui.dialogs.bundles import ImportReceiptDialog

        self._modal(ImportReceiptDialog(self.session, self))

    def import_bundles(self) -> None:
        if self.session is None or not self.session.is_hq:
            return
        from fielddoc.gui.dialogs.bundles import ImportBundlesDialog

        self._modal(ImportBundlesDialog(self.session, self))

    def show_conflicts(self) -> None:
        if self.session is None or not self.session.is_hq:
            return
        from fielddoc.gui.views.conflicts import ConflictsDialog

        self._modal(ConflictsDialog(self.session, self))

    def brief_device(self) -> None:
        if self.session is None or not self.session.is_hq:
            return
        from fielddoc.gui.dialogs.briefings import BriefDeviceDialog

        self._modal(BriefDeviceDialog(self.session, self))

    def import_briefing(self) -> None:
        if self.session is None or self.session.is_hq:
            return
        from fielddoc.gui.dialogs.briefings import ImportBriefingDialog

        self._modal(ImportBriefingDialog(self.session, self))

    def show_calendar(self) -> None:
        if self.session is None:
            return
        from fielddoc.gui.views.calendar import CalendarDialog

        dialog = CalendarDialog(self.session, self)
        chosen: list[str] = []
        dialog.open_requested.connect(lambda rid: (chosen.append(rid), dialog.accept()))
        self._modal(dialog)
        if chosen and self.workspace is not None:
            self.workspace.edit_record(chosen[0], "hearing")  # the hearing double-clicked

    def show_coverage(self) -> None:
        if self.session is None or not self.session.is_hq:
            return
        from fielddoc.gui.views.coverage import CoverageDialog

        self._modal(CoverageDialog(self.session, self))

    def show_recipients(self) -> None:
        if self.session is None or self.session.is_hq:
            return
        from fielddoc.gui.dialogs.recipients import RecipientsDialog

        self._modal(RecipientsDialog(self.session, self))

    def show_devices(self) -> None:
        if self.session is None or not self.session.is_hq:
            return
        from fielddoc.gui.dialogs.hq_devices import DevicesDialog

        self._modal(DevicesDialog(self.session, self))

    def export_csv(self) -> None:
        if self.session is None:
            return
        from fielddoc.gui.dialogs.report_csv import CsvExportDialog

        self._modal(CsvExportDialog(self.session, self))

    def evidence_package(self) -> None:
        cur = self._current()
        if self.session is None or cur is None:
            self.statusBar().showMessage(self.tr("Select a record first."), 5000)
            return
        from fielddoc.gui.dialogs.evidence import EvidenceDialog

        self._modal(EvidenceDialog(self.session, cur[0], self))

    def open_settings(self) -> None:
        if self.session is None:
            return
        current = self.session.ui_settings()
        dialog = SettingsDialog(current, self.language.current, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self.session is not None:
            chosen = dialog.result_settings()
            try:
                self.session.save_ui_settings(chosen)
            except FieldDocError as exc:
                show_error(self, exc)
            else:
                self.lock.set_idle_timeout(chosen.idle_seconds)
                self.capture.set_on(chosen.hide_from_capture)
                if chosen.language:
                    self.language.set(chosen.language)
                    self.unlock_screen.sync_language()
        dialog.deleteLater()

    def rekey_vault(self) -> None:
        if self.session is None:
            return
        from fielddoc.gui.dialogs.rekey import RekeyDialog

        dialog = RekeyDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("The vault has a new key."), 8000)
        dialog.deleteLater()

    def change_text_size(self, step: int) -> None:
        """Larger (+1), smaller (-1) or the default (0) text; the size is kept as a number only."""
        from fielddoc.gui import app as gui_app

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        points = None if step == 0 else theme.text_points() + step
        used = theme.set_text_points(app, points)
        settings = gui_app.window_settings()
        if points is None:
            settings.remove(gui_app.TEXT_SIZE_KEY)
        else:
            settings.setValue(gui_app.TEXT_SIZE_KEY, used)
        settings.sync()
        self.statusBar().showMessage(self.tr("Text size: {points} pt").format(points=f"{used:g}"), 3000)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About FieldDoc"), self.tr(
            "FieldDoc {version}\n\nEncrypted, offline documentation of trials, incidents and detentions "
            "for human-rights monitors. Nothing leaves this computer unless you export it.").format(
                version=__version__))
