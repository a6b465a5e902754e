"""Choosing only some cases for a period report or the CSV tables (records.case_selection, issue 12).

A tag, a priority, a monitoring status (HURIDOCS list 43), a reason for monitoring, an offence
family and "extremist offences only":
the case list's filters, for the report and CSV dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from fielddoc import i18n as core_i18n
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models import labels
from fielddoc.gui.widgets.fields import compact
from fielddoc.records import huridocs, legal_codes, vocab
from fielddoc.records.case_selection import CaseSelection


class CaseSelectionBox(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseSelection")
        self.title = QLabel()
        self.tag = QLineEdit()
        self.tag.setClearButtonEnabled(True)
        self.tag.textChanged.connect(lambda _t: self.changed.emit())
        self.priority = QComboBox()
        self.status = QComboBox()
        self.criterion = QComboBox()
        self.offence = QComboBox()
        for box, codes in ((self.priority, vocab.VOCABS["case_priority"]),
                           (self.status, tuple(t.code for t in huridocs.lists()["43"].terms)),
                           (self.criterion, vocab.VOCABS["selection_criterion"]),
                           (self.offence, tuple(legal_codes.families()))):
            box.addItem("", None)
            for code in codes:
                box.addItem("", code)
            compact(box)
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.extremist = QCheckBox()
        self.extremist.toggled.connect(lambda _on: self.changed.emit())
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.tag, 1, 0)
        grid.addWidget(self.priority, 1, 1)
        grid.addWidget(self.criterion, 2, 0)
        grid.addWidget(self.offence, 2, 1)
        grid.addWidget(self.status, 3, 0)
        grid.addWidget(self.extremist, 3, 1)
        self.retranslate()

    def retranslate(self) -> None:
        lang = core_i18n.language()
        self.title.setText(self.tr("Only these cases (and their hearings and detentions):"))
        self.tag.setPlaceholderText(self.tr("Any tag"))
        self.tag.setAccessibleName(self.tr("Tag"))
        for box, name, first, title in (
            (self.priority, "case_priority", self.tr("Any priority"), self.tr("Priority")),
            (self.criterion, "selection_criterion", self.tr("Any reason"),
             self.tr("Reason the case is monitored")),
        ):
            box.setItemText(0, first)
            box.setAccessibleName(title)
            for i in range(1, box.count()):
                box.setItemText(i, labels.vocab_label(name, box.itemData(i)))
        self.offence.setItemText(0, self.tr("Any offence"))
        self.offence.setAccessibleName(self.tr("Offence"))
        families = legal_codes.families()
        for i in range(1, self.offence.count()):
            self.offence.setItemText(i, families[self.offence.itemData(i)].name(lang))
        self.status.setItemText(0, self.tr("Any monitoring status"))
        self.status.setAccessibleName(self.tr("Monitoring status"))
        for i in range(1, self.status.count()):
            self.status.setItemText(i, huridocs.label("43", self.status.itemData(i), lang))
        for box in (self.priority, self.status, self.criterion, self.offence):
            box.setMinimumContentsLength(max(14, len(box.itemText(0)) + 1))
        self.extremist.setText(self.tr("Only cases charged with an extremist offence"))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def selection(self) -> CaseSelection:
        return CaseSelection(tag=self.tag.text().strip() or None, priority=self.priority.currentData(),
                             monitoring_status=self.status.currentData(),
                             selection_criterion=self.criterion.currentData(),
                             offence_family=self.offence.currentData(), extremist=self.extremist.isChecked())
