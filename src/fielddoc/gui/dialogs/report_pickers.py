"""The report dialog's pickers: the choices loaded on the worker, the report kind and its target,
the edition (mixed into :class:`~fielddoc.gui.dialogs.report.ReportDialog`)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox

from fielddoc.gui.models.report_choices import REPORT_KINDS, Choices, load_choices
from fielddoc.gui.widgets.plain import shown


class ReportPickers:
    """Fills the hearing, case and edition pickers from the choices loaded on the worker and follows
    the report kind the user picks."""

    def _load(self) -> None:
        session, current = self._session, self._current
        self._task = session.runner.submit(lambda _p: load_choices(session, current),
                                           on_success=self._guard(self._loaded),
                                           on_failure=self._guard(self._failed))
        self._set_buttons()

    def _loaded(self, choices: Choices) -> None:
        self._task = None
        self._ready = True
        cur_kind, cur_id = self._current if self._current else (None, None)
        self._fill(self.hearing, choices.hearings, cur_id if cur_kind == "hearing" else None)
        self._fill(self.case, choices.cases, choices.case_of_current)
        if choices.period is not None and self.kind_buttons["period"].isChecked():
            first, last = choices.period
            self.date_from.setDate(QDate(first.year, first.month, first.day))
            self.date_to.setDate(QDate(last.year, last.month, last.day))
        self._device_only = {rid for rid, _t, dev in choices.hearings + choices.cases if dev}
        self._set_buttons()
        self.loaded.emit()

    def _fill(self, combo: QComboBox, items: list[tuple[str, str, bool]], selected: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        if not items:
            combo.addItem(self.tr("(none recorded)"), None)
        for rid, title, device_only in items:
            label = shown(title)  # record text: one line, control characters visible
            combo.addItem(self.tr("{title} (device-only)").format(title=label) if device_only else label, rid)
        index = combo.findData(selected) if selected else -1
        combo.setCurrentIndex(max(0, index))
        combo.setEnabled(bool(items))
        combo.blockSignals(False)
        # the list opens wide enough to read whole entries (the box itself elides them)
        combo.view().setMinimumWidth(min(combo.view().sizeHintForColumn(0) + 24, 900))

    def _kind_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self._show_target(REPORT_KINDS[button_id])
            self._options_changed()

    def _show_target(self, kind: str) -> None:
        for name, widget in self.targets.items():
            widget.setVisible(name == kind)

    def _edition_note(self) -> None:
        if self.edition.currentData() == "partners":
            self.edition_note.setText(self.tr(
                "The partners edition, for partner organisations, leaves out records marked above "
                "TLP:GREEN, device-only records, contact details and sources without consent to sharing "
                "with partners, and names people who did not consent by a pseudonym. Page 1 says how much "
                "was left out."))
        else:
            self.edition_note.setText(self.tr(
                "The public edition leaves out records marked above TLP:CLEAR, device-only records, contact "
                "details and sources without consent to publication, and names people who did not consent "
                "to publication by a pseudonym. Page 1 says how much was left out."))

    def _edition_changed(self, _index: int) -> None:
        public = self.edition.currentData() in ("public", "partners")
        if public:
            self.include.setChecked(False)
        self.include.setEnabled(not public and self._task is None)
        self._edition_note()
        self.edition_note.setVisible(public)
        self._options_changed()

    def _include_toggled(self, checked: bool) -> None:
        self.include_warning.setVisible(checked)
        self._options_changed()
