"""The filter bar above every list: full-text search, date range, confidentiality,
record type (in the list of every type). Typing is debounced; the result is a
``records.query.Filter``."""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression, QTimer, Signal
from PySide6.QtGui import QAction, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fielddoc import i18n as core_i18n
from fielddoc.gui import a11y
from fielddoc.gui.i18n import is_language_change
from fielddoc.gui.models import labels
from fielddoc.gui.widgets.fields import compact
from fielddoc.records import huridocs, legal_codes, query, vocab

DATE_PATTERN = r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"
_COMPLETE = re.compile(r"\A\d{4}(-\d{2}(-\d{2})?)?\Z")
TYPE_CHOICES = ("case", "hearing", "incident", "detention", "person", "organisation", "location", "source",
                "attachment", "involvement", "relation")
DEBOUNCE_MS = 180
#: Shorter search text is not searched yet: a one-letter prefix matches nearly everything
#: and only slows typing down.
MIN_SEARCH = 2


class FilterBar(QWidget):
    changed = Signal(object)  # query.Filter

    def __init__(self, kind: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        validator = QRegularExpressionValidator(QRegularExpression(DATE_PATTERN), self)
        for w in (self.date_from, self.date_to):
            w.setValidator(validator)
            w.setClearButtonEnabled(True)
            w.textChanged.connect(self._dates_edited)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.confidentiality = QToolButton()
        self.confidentiality.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.confidentiality.setProperty("button", True)
        self._conf_menu = QMenu(self)
        self._conf_actions: dict[str, QAction] = {}
        for code in vocab.VOCABS["confidentiality"]:
            act = QAction(self._conf_menu)
            act.setCheckable(True)
            act.setData(code)
            act.toggled.connect(self._conf_toggled)
            self._conf_menu.addAction(act)
            self._conf_actions[code] = act
        self.confidentiality.setMenu(self._conf_menu)
        # Built only where shown: the type choice in the list of every type, the case filters on the
        # case list (a list opens on its first click, and unlocking builds the first one only).
        self.type_box: QComboBox | None = None
        if kind is None:
            self.type_box = QComboBox()
            self.type_box.addItem("", None)
            for k in TYPE_CHOICES:
                self.type_box.addItem("", k)
            self.type_box.currentIndexChanged.connect(lambda _i: self.emit_now())
        self.reset = QToolButton()
        self.reset.setProperty("button", True)
        self.reset.clicked.connect(self.clear)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.emit_now)
        self.search.textChanged.connect(lambda _t: self._timer.start())

        # Two rows, so long labels (Russian, Kazakh) never squeeze the list beside it.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        first = QHBoxLayout()
        first.addWidget(self.search, 1)
        first.addWidget(self.reset)
        second = QHBoxLayout()
        if self.type_box is not None:
            second.addWidget(self.type_box)
        second.addWidget(self.from_label)
        second.addWidget(self.date_from)
        second.addWidget(self.to_label)
        second.addWidget(self.date_to)
        second.addWidget(self.confidentiality)
        second.addStretch(1)
        layout.addLayout(first)
        layout.addLayout(second)
        if kind == "case":
            self._case_filters(layout)
        self._last: query.Filter | None = None
        self.retranslate()

    def _case_filters(self, layout: QVBoxLayout) -> None:
        """On the case list: tag, priority, monitoring status and selection criterion (issue 12)."""
        self.tag = QLineEdit()
        self.tag.setClearButtonEnabled(True)
        self.tag.textChanged.connect(lambda _t: self._timer.start())
        self.priority = QComboBox()
        self.monitoring_status = QComboBox()
        self.selection_criterion = QComboBox()
        self.offence_family = QComboBox()  # a charge under any code's article of the family
        self.extremist = QCheckBox()  # a charge under an article of a family flagged extremist
        self.extremist.toggled.connect(lambda _on: self.emit_now())
        for box in self._case_boxes():
            box.addItem("", None)
        for code in vocab.VOCABS["case_priority"]:
            self.priority.addItem("", code)
        for term in huridocs.lists()["43"].terms:
            self.monitoring_status.addItem("", term.code)
        for code in vocab.VOCABS["selection_criterion"]:
            self.selection_criterion.addItem("", code)
        for family_id in legal_codes.families():
            self.offence_family.addItem("", family_id)
        for box in self._case_boxes():
            box.currentIndexChanged.connect(lambda _i: self.emit_now())
            compact(box)
        # two rows of two: long Russian and Kazakh labels must not widen the window
        for pair in ((self.tag, self.priority), (self.monitoring_status, self.selection_criterion),
                     (self.offence_family, self.extremist)):
            row = QHBoxLayout()
            layout.addLayout(row)  # first: a widget shown before it has a parent would be a window
            for w in pair:
                row.addWidget(w)
            row.addStretch(1)

    def _case_boxes(self) -> tuple[QComboBox, ...]:
        return (self.priority, self.monitoring_status, self.selection_criterion, self.offence_family)

    def _retranslate_case_filters(self) -> None:
        lang = core_i18n.language()
        self.tag.setPlaceholderText(self.tr("Tag"))
        a11y.name(self.tag, self.tr("Tag"), self.tr("Only cases with this tag"))
        for box, name, title in ((self.priority, "case_priority", self.tr("Any priority")),
                                 (self.selection_criterion, "selection_criterion", self.tr("Any reason"))):
            box.setItemText(0, title)
            for i in range(1, box.count()):
                box.setItemText(i, labels.vocab_label(name, box.itemData(i)))
        self.monitoring_status.setItemText(0, self.tr("Any monitoring status"))
        for i in range(1, self.monitoring_status.count()):
            code = self.monitoring_status.itemData(i)
            self.monitoring_status.setItemText(i, huridocs.label("43", code, lang))
        self.offence_family.setItemText(0, self.tr("Any offence"))
        families = legal_codes.families()
        for i in range(1, self.offence_family.count()):
            self.offence_family.setItemText(i, families[self.offence_family.itemData(i)].name(lang))
        for box in self._case_boxes():
            # the closed box shows its "Any …" title whole (ru and kk ones are long); items stay compact
            box.setMinimumContentsLength(max(14, len(box.itemText(0)) + 1))
        a11y.name(self.priority, self.tr("Priority"))
        a11y.name(self.monitoring_status, self.tr("Monitoring status"))
        a11y.name(self.selection_criterion, self.tr("Reason the case is monitored"))
        a11y.name(self.offence_family, self.tr("Offence"),
                  self.tr("Only cases with a charge for this offence, under the old or the new code"))
        self.extremist.setText(self.tr("Extremist offences"))
        a11y.name(self.extremist, self.tr("Extremist offences"),
                  self.tr("Only cases with a charge under an article flagged as an extremist offence"))

    def retranslate(self) -> None:
        if self.kind == "case":
            self._retranslate_case_filters()
        self.search.setPlaceholderText(self.tr("Search names, titles, notes…"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        placeholder = self.tr("YYYY-MM-DD")
        fm = self.fontMetrics()
        width = max(fm.horizontalAdvance("0000-00-00"), fm.horizontalAdvance(placeholder)) + 40
        for w in (self.date_from, self.date_to):
            w.setPlaceholderText(placeholder)
            w.setFixedWidth(width)
            w.setToolTip(self.tr("A year, a month or a day: 2012, 2012-03 or 2012-03-28"))
        for code, act in self._conf_actions.items():
            act.setText(labels.vocab_label("confidentiality", code))
        self._conf_text()
        if self.type_box is not None:
            self.type_box.setItemText(0, self.tr("Any type"))
            for i, k in enumerate(TYPE_CHOICES, start=1):
                self.type_box.setItemText(i, labels.singular(k))
            a11y.name(self.type_box, self.tr("Record type"))
        self.confidentiality.setToolTip(self.tr("Show only records of the chosen confidentiality levels"))
        self.reset.setText(self.tr("Clear"))
        dates = self.tr("A year, a month or a day: 2012, 2012-03 or 2012-03-28")
        a11y.name(self.date_from, self.tr("Dates from"), dates)
        a11y.name(self.date_to, self.tr("Dates to"), dates)
        a11y.name(self.search, self.tr("Search"), self.tr("Search names, titles, notes…"))
        a11y.name(self.confidentiality, self.tr("Confidentiality"),
                  self.tr("Show only records of the chosen confidentiality levels"))
        self.reset.setToolTip(self.tr("Clear all filters"))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # -- state ------------------------------------------------------------------------
    def selected_confidentiality(self) -> tuple[str, ...]:
        return tuple(code for code, act in self._conf_actions.items() if act.isChecked())

    def set_confidentiality(self, codes: tuple[str, ...]) -> None:
        for code, act in self._conf_actions.items():
            act.blockSignals(True)
            act.setChecked(code in codes)
            act.blockSignals(False)
        self._conf_text()
        self.emit_now()

    def _conf_text(self) -> None:
        chosen = self.selected_confidentiality()
        if not chosen:
            self.confidentiality.setText(self.tr("Confidentiality"))
        elif len(chosen) == 1:
            self.confidentiality.setText(labels.vocab_label("confidentiality", chosen[0]))
        else:
            self.confidentiality.setText(self.tr("Levels: {n}").format(n=len(chosen)))

    def _conf_toggled(self, _on: bool) -> None:
        self._conf_text()
        self.emit_now()

    @staticmethod
    def _date(edit: QLineEdit) -> str | None:
        text = edit.text().strip()
        return text if _COMPLETE.match(text) else None

    def _dates_edited(self, _text: str) -> None:
        for w in (self.date_from, self.date_to):
            text = w.text().strip()
            w.setProperty("incomplete", bool(text) and not _COMPLETE.match(text))
        self._timer.start()

    def current_filter(self) -> query.Filter:
        kind = self.type_box.currentData() if self.type_box is not None else self.kind
        text = self.search.text().strip()
        return query.Filter(
            kind=kind,
            text=text if len(text) >= MIN_SEARCH else None,
            date_from=self._date(self.date_from),
            date_to=self._date(self.date_to),
            confidentiality=self.selected_confidentiality(),
            lang=core_i18n.language(),  # Kazakh word forms when the interface is Kazakh
            tag=(self.tag.text().strip() or None) if self.kind == "case" else None,
            priority=self.priority.currentData() if self.kind == "case" else None,
            monitoring_status=self.monitoring_status.currentData() if self.kind == "case" else None,
            selection_criterion=self.selection_criterion.currentData() if self.kind == "case" else None,
            offence_family=self.offence_family.currentData() if self.kind == "case" else None,
            extremist=self.kind == "case" and self.extremist.isChecked(),
        )

    def emit_now(self) -> None:
        self._timer.stop()
        flt = self.current_filter()
        if flt != self._last:
            self._last = flt
            self.changed.emit(flt)

    def clear(self) -> None:
        boxes: list[QComboBox] = [self.type_box] if self.type_box is not None else []
        edits = [self.search, self.date_from, self.date_to]
        if self.kind == "case":
            boxes += self._case_boxes()
            edits.append(self.tag)
            self.extremist.blockSignals(True)
            self.extremist.setChecked(False)
            self.extremist.blockSignals(False)
        for box in boxes:
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        for w in edits:
            w.blockSignals(True)
            w.clear()
            w.blockSignals(False)
        self.set_confidentiality(())

    def is_active(self) -> bool:
        f = self.current_filter()
        return bool(f.text or f.date_from or f.date_to or f.confidentiality
                    or (self.kind is None and f.kind) or f.tag or f.priority or f.monitoring_status
                    or f.selection_criterion or f.offence_family or f.extremist)
