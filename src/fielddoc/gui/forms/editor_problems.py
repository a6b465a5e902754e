"""How a record form shows what keeps it from saving: next to each field, else in the list at
the top; and the version stored meanwhile (gui/forms/changed.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from fielddoc import i18n
from fielddoc.errors import Problem
from fielddoc.gui.forms.layout import Page
from fielddoc.gui.widgets import paths
from fielddoc.gui.widgets.binding import Field
from fielddoc.gui.widgets.huridocs import HuridocsListPicker, HuridocsPicker
from fielddoc.gui.widgets.pickers import RecordPicker


class ProblemDisplay:
    """Mixed into :class:`~fielddoc.gui.forms.base.RecordEditor`. Messages keep the
    ``RecordEditor`` context of the catalogue."""

    def _gui_problems(self) -> list[tuple[Field | None, str]]:
        """What the form itself cannot turn into a value (before asking the core)."""
        out: list[tuple[Field | None, str]] = []
        for f in self.fields:
            # a picker (or one inside a repeating row) with typed text that was never linked
            pickers = [f.widget] if isinstance(f.widget, RecordPicker) else []
            pickers += f.widget.findChildren(RecordPicker)
            text = next((t for t in (p.pending_text() for p in pickers) if t), None)
            if text:
                out.append((f, QCoreApplication.translate(
                    "RecordEditor", "“{text}” is not linked to a record: choose it from the list "
                    "or create it with +.").format(text=text[:60])))
            codes = [f.widget] if isinstance(f.widget, HuridocsPicker | HuridocsListPicker) else []
            codes += f.widget.findChildren(HuridocsPicker)
            text = next((t for t in (p.pending_text() for p in codes) if t), None)
            if text:
                out.append((f, QCoreApplication.translate(
                    "RecordEditor", "“{text}” is not a term of this list: choose one from the list "
                    "or type its 12-digit code.").format(text=text[:60])))
        error = self.advanced.parse_error()
        if error:
            out.append((None, QCoreApplication.translate("RecordEditor", "Advanced (JSON): {error}").format(
                error=error)))
        return out

    def clear_problems(self) -> None:
        self.fields.clear_problems()
        self.advanced.error.set_problems([])
        self.problem_box.hide()
        self.problem_box.setText("")
        self.current_button.hide()

    def show_current_version(self) -> None:
        """The version stored now, beside the typed text (gui/forms/changed.py)."""
        from fielddoc.gui.forms.changed import CurrentVersionDialog

        assert self.record_id is not None
        rid = self.record_id
        dialog = CurrentVersionDialog(self, self.records.get(rid), int(self.records.meta(rid)["revision"]))
        dialog.accepted.connect(lambda: self._base_on(dialog.revision))
        self.current_dialog = dialog
        dialog.open()

    def _base_on(self, revision: int) -> None:
        """The user saw ``revision``: their next save replaces it (the typed text is untouched)."""
        self._revision = revision
        self.clear_problems()
        self.state_label.setText(QCoreApplication.translate(
            "RecordEditor", "based on revision {revision}: press Ctrl+S to save").format(revision=revision))

    def problem_text(self, p: Problem) -> str:
        template = i18n.translate(p.problem)
        try:
            return str(template).format(**p.params)
        except (KeyError, IndexError, ValueError):
            return p.problem

    def show_problems(self, problems: list[Problem]) -> None:
        """Show each problem next to its field; the rest in the list at the top."""
        loose: list[str] = []
        focus: QWidget | None = None
        for p in problems:
            text = self.problem_text(p)
            keys = paths.parse(p.field)
            placed = self.fields.show_problem(keys, text) if keys else None
            if placed is None:
                label = (p.field if p.field not in ("(record)", "-")
                         else QCoreApplication.translate("RecordEditor", "record"))
                loose.append(f"{label}: {text}")
                if keys and keys[0] not in {k[0] for k in self.fields.bound() if k}:
                    self.advanced.error.set_problems([*self.advanced.error.text().splitlines(),
                                                      f"{p.field}: {text}"])
            focus = focus or placed
        self._show_banner(len(problems), loose)
        self._focus_problem(focus)

    def _focus_problem(self, widget: QWidget | None) -> None:
        if widget is None:
            return
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(i)
                if isinstance(page, Page):
                    page.ensureWidgetVisible(widget)
                break
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
