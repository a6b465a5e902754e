"""Building a report on the task runner, showing its preview pages and writing the PDF (mixed into
:class:`~fielddoc.gui.dialogs.report.ReportDialog`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.models.report_choices import ReportOptions, build_report
from fielddoc.gui.models.session import alive
from fielddoc.gui.tasks import Cancelled, Progress
from fielddoc.gui.widgets.plain import shown
from fielddoc.platform import cloud
from fielddoc.reports.model import Report

# Resolution of the preview images (the PDF itself is laid out at 300 dpi).
PREVIEW_DPI = 120


class ReportBuilding:
    """Preview and Save: the report is built on the worker, shown page by page, and saved as a PDF
    on the GUI thread (Qt rendering). Needs the dialog's widgets and options."""

    def preview(self) -> None:
        self._build(then=None)

    def save(self) -> None:
        options = self.options()
        if options is None:
            return
        if self._report is not None and self._report_options == options:
            self._save(self._report)
        else:
            self._build(then="save")

    def _build(self, then: str | None) -> None:
        if self._task is not None or not self._ready:
            return
        options = self.options()
        if options is None:
            self.previewed.emit()
            return
        self._after_build = then
        self._busy(True, self.tr("Gathering the records…"))
        session = self._session

        def work(_p: Progress) -> tuple[ReportOptions, Report]:
            return options, build_report(session, options)

        self._task = session.runner.submit(work, on_success=self._guard(self._built),
                                           on_failure=self._guard(self._failed))
        self._set_buttons()

    def _guard(self, fn: Any) -> Any:
        """A task callback that does nothing once the dialog closed (or was deleted)."""
        return alive(self, lambda value: None if self._closed else fn(value))

    def _busy(self, on: bool, text: str = "") -> None:
        self.busy.setVisible(on)
        if on:
            self._say(text)
        self._set_buttons()

    def _built(self, result: tuple[ReportOptions, Report]) -> None:
        self._task = None
        options, report = result
        if self._session.vault.is_locked:
            self.clear_preview()
            return
        self._busy(True, self.tr("Laying out the pages…"))
        self._set_buttons_busy()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.status.repaint()
            self.busy.repaint()
            images = self._render(report)
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            images = None
            self._show_failure(exc)
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.busy.setVisible(False)
        if images is None:
            self._set_buttons()
            self.previewed.emit()
            return
        self._report, self._report_options = report, options
        n = len(images)
        self.preview_area.set_pages(images, [self.tr("Page {n} of {total}").format(n=i + 1, total=n)
                                             for i in range(n)])
        del images
        self._pages_shown()
        self._zoom_shown()
        self._marking_shown()
        self._set_buttons()
        self._say(self._summary(report), "warning" if report.tlp == "RED" else "muted")
        self.previewed.emit()
        if self._after_build == "save":
            self._after_build = None
            self._save(report)

    def _set_buttons_busy(self) -> None:
        self.preview_button.setEnabled(False)
        self.save_button.setEnabled(False)

    @staticmethod
    def _render(report: Report) -> list[QImage]:
        from fielddoc.reports import pdf  # Qt rendering: on the GUI thread (see the module docstring)

        return pdf.render_images(report, PREVIEW_DPI)

    def _summary(self, report: Report) -> str:
        parts = []
        if report.kind == "period" and not report.record_ids:
            parts.append(self.tr("No hearings, incidents or detentions were recorded in this period. "
                                 "The report is empty; you can still save it."))
        else:
            parts.append(self.tr("Preview ready."))
        if report.withheld:
            parts.append(self.tr("Device-only records left out: {n}.").format(n=report.withheld))
        return " ".join(parts)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.busy.setVisible(False)
        self._after_build = None
        if not isinstance(exc, Cancelled):
            self._show_failure(exc)
        self._set_buttons()
        self.previewed.emit()

    def _show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, OSError) and not isinstance(exc, FileNotFoundError | PermissionError):
            text = self.tr("The PDF could not be written there ({reason}). Choose another folder.").format(
                reason=exc.strerror or type(exc).__name__)
        elif isinstance(exc, FileNotFoundError):
            text = self.tr("That folder does not exist. Choose another one.")
        elif isinstance(exc, PermissionError):
            text = self.tr("FieldDoc may not write in that folder. Choose another one.")
        else:
            text = message_for(exc)
        self._say(text, "error")

    def _save(self, report: Report) -> None:
        chosen = self.ask_save_path()
        if not chosen or self._closed or self._session.vault.is_locked:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".pdf")
        from fielddoc.reports import pdf  # Qt rendering: on the GUI thread

        self._busy(True, self.tr("Writing the PDF…"))
        self._set_buttons_busy()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.status.repaint()
            pdf.save_pdf(report, path)
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            self._show_failure(exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.busy.setVisible(False)
            self._set_buttons()
        text = self.tr("Saved as {name}, marked TLP:{tlp}. The PDF is not encrypted: keep it only "
                       "where it is safe.").format(name=shown(path.name), tlp=report.tlp)
        synced = cloud.plaintext_warning(path)
        if synced:
            text = f"{text}\n{shown(synced)}"
        self._say(text, "warning" if report.tlp == "RED" or synced else "ok")
        self.saved.emit(str(path))
