"""The fair-trial checklist: the monitor's answers, and (apart) the analyst's assessments.

:class:`FairTrialChecklist` shows the questions of ``vocab.FAIR_TRIAL_ITEMS``
grouped A–K, each with answer buttons (yes / no / partly / not observed / n.a. /
unknown) and a note. :class:`AssessmentPanel` is a separate view, labelled as
the analyst's, with one assessment per item (no concern / concern / apparent
violation / not assessed) next to the monitor's answer, read-only there.

Both edit the same list of FairTrialObservation objects (``fair_trial``); the
checklist widget is the value widget bound to that path. Observations of items
the application does not know, and keys it does not show (``period``,
``source_ids``), are kept.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fielddoc import i18n
from fielddoc.gui.widgets.binding import ErrorLabel, _mark
from fielddoc.gui.widgets.common import EMPTY, same
from fielddoc.gui.widgets.fields import TagsLine, TextLine, VocabCombo
from fielddoc.gui.widgets.segmented import SegmentedChoice
from fielddoc.records import vocab
from fielddoc.records.ids import now_iso

ANSWERS = ("yes", "no", "partly", "not_observed", "not_applicable", "unknown")
ASSESSMENTS = ("no_concern", "concern", "apparent_violation", "not_assessed")
#: What the analyst writes; a change to any of them stamps assessed_by and assessed_at.
ASSESSMENT_KEYS = ("assessment", "assessment_note", "standards", "assessment_status")



def answer_labels() -> list[tuple[str, str]]:
    short = {
        "yes": QCoreApplication.translate("FairTrialChecklist", "Yes"),
        "no": QCoreApplication.translate("FairTrialChecklist", "No"),
        "partly": QCoreApplication.translate("FairTrialChecklist", "Partly"),
        "not_observed": QCoreApplication.translate("FairTrialChecklist", "Not observed"),
        "not_applicable": QCoreApplication.translate("FairTrialChecklist", "N/A"),
        "unknown": QCoreApplication.translate("FairTrialChecklist", "Unknown"),
    }
    return [(code, short[code]) for code in ANSWERS]


def _group_box(code: str, lang: str, parent: QWidget) -> tuple[QGroupBox, QGridLayout]:
    """A group A-K; its standards on a wrapping line of their own (in a title they would widen
    a narrow pane)."""
    box = QGroupBox(f"{code}. {vocab.FT_GROUPS[code].label(lang)}", parent)
    rows_box = QVBoxLayout(box)
    right = QLabel(vocab.FT_GROUPS[code].right, box)
    right.setWordWrap(True)
    right.setEnabled(False)  # muted: for reference
    rows_box.addWidget(right)
    grid = QGridLayout()
    grid.setHorizontalSpacing(10)
    rows_box.addLayout(grid)
    return box, grid


class _ItemRow:
    def __init__(self, item: vocab.FairTrialItem) -> None:
        self.item = item
        self.answer: SegmentedChoice | None = None
        self.note: TextLine | None = None
        self.assessment: SegmentedChoice | None = None
        self.basis: VocabCombo | None = None
        self.assessment_note: TextLine | None = None
        self.standards: TagsLine | None = None
        self.status: VocabCombo | None = None
        self.answer_echo: QLabel | None = None
        self.error: ErrorLabel | None = None
        self.loaded: dict[str, Any] = {}
        self.stamp: tuple[str, str] | None = None  # (assessed_by, assessed_at) of this session's change


class FairTrialChecklist(QWidget):
    """The monitor's answers; the value widget of ``fair_trial``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, level: str = "hearing") -> None:
        super().__init__(parent)
        self.lang = i18n.language()
        self.level = level  # the items asked on a hearing, or on the whole case
        #: Who the analyst is (the form sets it): stamped as ``assessed_by`` on what they change.
        self.assessor: str | None = None
        # A hearing asks what can be observed in court; the case asks every item (the items that
        # cannot be observed in court, from the file and interviews, are asked only there).
        items = vocab.fair_trial_items("hearing") if level == "hearing" else vocab.FAIR_TRIAL_ITEMS
        self.rows: dict[str, _ItemRow] = {it.id: _ItemRow(it) for it in items}
        self._original: Any = EMPTY
        self._index_map: list[str | None] = []
        self.assessments: AssessmentPanel | None = None
        self._cells: list[tuple[QGridLayout, int, QLabel, _ItemRow]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        legend = QLabel(self.tr("The monitor records what was observed. Keys on a row of buttons: "
                                "1 yes, 2 no, "
                           "3 partly, 4 not observed, 5 not applicable, 6 unknown; Space clears; "
                           "←/→ move. The analyst's assessment is on its own tab."), self)
        legend.setWordWrap(True)
        outer.addWidget(legend)
        self.error = ErrorLabel(self)
        outer.addWidget(self.error)
        for code in vocab.FT_GROUPS:
            items = [r for r in self.rows.values() if r.item.group == code]
            if not items:
                continue
            box, grid = _group_box(code, self.lang, self)
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(4)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(2, 2)
            for n, row in enumerate(items):
                q = QLabel(row.item.label(self.lang), box)
                q.setWordWrap(True)
                q.setMinimumWidth(220)
                q.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                row.answer = SegmentedChoice(answer_labels(), box)
                row.answer.setAccessibleName(row.item.label(self.lang))
                row.answer.setObjectName("answer:" + row.item.id)
                q.setBuddy(row.answer)
                row.note = TextLine(box, placeholder=self.tr("Note"))
                question = row.item.label(self.lang)
                row.note.setAccessibleName(self.tr("Note on: {question}").format(question=question))
                row.note.setMinimumWidth(140)
                row.basis = VocabCombo("answer_basis", box)
                row.basis.setAccessibleName(self.tr("Basis of the answer to: {question}").format(
                    question=question))
                row.basis.setToolTip(self.tr("What the answer rests on"))
                row.error = ErrorLabel(box)
                self._cells.append((grid, n, q, row))
                row.answer.changed.connect(self._answer_changed)
                row.note.changed.connect(self.changed)
                row.basis.changed.connect(self.changed)
            outer.addWidget(box)
        outer.addStretch(1)
        self.compact = False
        self._place()

    def set_compact(self, on: bool) -> None:
        """Compact (beside the hearing notes): the answers on a line of their own under the
        question and its note, so the checklist fits a narrow pane without scrolling sideways."""
        if on != self.compact:
            self.compact = on
            self._place()

    def _place(self) -> None:
        for grid, n, q, row in self._cells:
            assert row.answer is not None and row.note is not None and row.error is not None
            assert row.basis is not None
            for w in (q, row.answer, row.note, row.basis, row.error):
                grid.removeWidget(w)
            if self.compact:
                grid.addWidget(q, n * 4, 0, 1, 2)
                grid.addWidget(row.note, n * 4, 2)
                grid.addWidget(row.answer, n * 4 + 1, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
                grid.addWidget(row.basis, n * 4 + 2, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
                grid.addWidget(row.error, n * 4 + 3, 0, 1, 3)
            else:
                grid.addWidget(q, n * 3, 0)
                grid.addWidget(row.answer, n * 3, 1, Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(row.note, n * 3, 2)
                grid.addWidget(row.basis, n * 3 + 1, 2)  # under the note: no wider than before
                grid.addWidget(row.error, n * 3 + 2, 0, 1, 3)

    def _answer_changed(self) -> None:
        if self.assessments is not None:
            self.assessments.echo()
        self.changed.emit()

    # -- value protocol ------------------------------------------------------------------
    def _parts(self, row: _ItemRow) -> dict[str, Any]:
        assert row.answer is not None and row.note is not None and row.basis is not None
        parts = {"answer": row.answer.value(), "note": row.note.value(), "answer_basis": row.basis.value()}
        for key, widget in (("assessment", row.assessment), ("assessment_note", row.assessment_note),
                            ("standards", row.standards), ("assessment_status", row.status)):
            parts[key] = widget.value() if widget is not None else row.loaded.get(key, EMPTY)
        return parts

    def _compose(self, row: _ItemRow, base: dict[str, Any] | None) -> dict[str, Any] | None:
        obs = copy.deepcopy(base) if base is not None else {"item": row.item.id}
        changed = assessed = False
        for key, value in self._parts(row).items():
            if same(value, row.loaded.get(key, EMPTY)):
                continue
            changed = True
            assessed = assessed or key in ASSESSMENT_KEYS
            if value is EMPTY or value == []:
                obs.pop(key, None)
            else:
                obs[key] = value
        if assessed:
            if row.stamp is None:  # one stamp per editing session, not one per keystroke
                row.stamp = (self.assessor or "", now_iso())
            if row.stamp[0]:
                obs["assessed_by"] = row.stamp[0]
            obs["assessed_at"] = row.stamp[1]
        if base is not None and not changed:
            return obs
        if set(obs) <= {"item"}:
            return None
        return obs

    def value(self) -> Any:
        out: list[Any] = []
        self._index_map = []
        done: set[str] = set()
        original = self._original if isinstance(self._original, list) else []
        for obs in original:
            item = obs.get("item") if isinstance(obs, dict) else None
            if isinstance(item, str) and item in self.rows and item not in done:
                done.add(item)
                new = self._compose(self.rows[item], obs)
                if new is not None:
                    out.append(new)
                    self._index_map.append(item)
            else:
                out.append(obs)
                self._index_map.append(None)
        for item_id, row in self.rows.items():
            if item_id in done:
                continue
            new = self._compose(row, None)
            if new is not None:
                out.append(new)
                self._index_map.append(item_id)
        if not out:
            return [] if isinstance(self._original, list) and not self._original else EMPTY
        return out

    def set_value(self, v: Any) -> None:
        self._original = copy.deepcopy(v)
        seen: set[str] = set()
        first: dict[str, dict[str, Any]] = {}
        if isinstance(v, list):
            for obs in v:
                item = obs.get("item") if isinstance(obs, dict) else None
                if isinstance(item, str) and item in self.rows and item not in seen:
                    seen.add(item)
                    first[item] = obs
        for item_id, row in self.rows.items():
            obs = first.get(item_id, {})
            assert row.answer is not None and row.note is not None
            assert row.basis is not None
            row.answer.set_value(obs.get("answer", EMPTY))
            row.note.set_value(obs.get("note", EMPTY))
            row.basis.set_value(obs.get("answer_basis", EMPTY))
            row.loaded = {"answer": row.answer.value(), "note": row.note.value(),
                          "answer_basis": row.basis.value()}
            for key, widget in (("assessment", row.assessment), ("assessment_note", row.assessment_note),
                                ("standards", row.standards), ("assessment_status", row.status)):
                if widget is not None:
                    widget.set_value(obs.get(key, EMPTY))
                    row.loaded[key] = widget.value()
                else:
                    row.loaded[key] = obs.get(key, EMPTY)
            row.stamp = None
        if self.assessments is not None:
            self.assessments.echo()

    def rebase(self) -> None:
        value = self.value()
        self.set_value(value)

    # -- problems --------------------------------------------------------------------------
    def show_problem(self, rest: tuple[Any, ...], text: str) -> QWidget | None:
        if not rest or not isinstance(rest[0], int) or rest[0] >= len(self._index_map):
            return None
        item = self._index_map[rest[0]]
        if item is None:
            return None
        row = self.rows[item]
        assert row.error is not None and row.answer is not None
        existing = [row.error.text()] if row.error.text() else []
        row.error.set_problems([*existing, text])
        target: QWidget = row.answer
        if len(rest) > 1 and rest[1] == "note" and row.note is not None:
            target = row.note
        if len(rest) > 1 and rest[1] == "assessment" and row.assessment is not None:
            target = row.assessment
        others = {"answer_basis": row.basis, "assessment_note": row.assessment_note,
                  "standards": row.standards, "assessment_status": row.status}
        if len(rest) > 1 and others.get(str(rest[1])) is not None:
            target = others[str(rest[1])]  # type: ignore[assignment]
        _mark(target, True)
        return target

    def clear_problems(self) -> None:
        self.error.set_problems([])
        for row in self.rows.values():
            if row.error is not None:
                row.error.set_problems([])
            for w in (row.answer, row.note, row.assessment, row.basis, row.assessment_note, row.standards,
                      row.status):
                if w is not None:
                    _mark(w, False)


class AssessmentPanel(QWidget):
    """The analyst's assessment of each item, apart from the monitor's answers."""

    changed = Signal()

    def __init__(self, checklist: FairTrialChecklist, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checklist = checklist
        checklist.assessments = self
        lang = checklist.lang
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        banner = QLabel(self.tr("<b>Analyst's assessment.</b> Legal assessment made later by an analyst, "
                           "kept apart from what the monitor observed. The monitor's answer is shown "
                           "for reference; the compliant answer is given in brackets."), self)
        banner.setWordWrap(True)
        banner.setTextFormat(Qt.TextFormat.RichText)
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet("QLabel { background: #fff8e1; color: #1f2328; padding: 6px; }")
        outer.addWidget(banner)
        options = [(code, vocab.label("ft_assessment", code, lang)) for code in ASSESSMENTS]
        answers = dict(answer_labels())
        for code in vocab.FT_GROUPS:
            rows = [r for r in checklist.rows.values() if r.item.group == code]
            if not rows:
                continue
            box, grid = _group_box(code, lang, self)
            grid.setColumnStretch(0, 1)
            for n, row in enumerate(rows):
                expected = row.item.expected
                hint = (self.tr("[compliant: {answer}]").format(answer=answers.get(expected, expected))
                        if expected else self.tr("[for information]"))
                q = QLabel(f"{row.item.label(lang)} <span style='color: gray'>{hint}</span>", box)
                q.setTextFormat(Qt.TextFormat.RichText)
                q.setWordWrap(True)
                q.setMinimumWidth(240)
                row.answer_echo = QLabel("—", box)
                row.answer_echo.setMinimumWidth(90)
                row.answer_echo.setToolTip(self.tr("The monitor's answer"))
                row.assessment = SegmentedChoice(options, box)
                row.assessment.setObjectName("assessment:" + row.item.id)
                row.assessment.setAccessibleName(
                    self.tr("Assessment of: {question}").format(question=row.item.label(lang)))
                q.setBuddy(row.assessment)
                row.assessment.set_value(row.loaded.get("assessment", EMPTY))
                question = row.item.label(lang)
                row.assessment_note = TextLine(box, placeholder=self.tr("Reasoning"))
                row.assessment_note.setAccessibleName(self.tr("Reasoning on: {question}").format(
                    question=question))
                row.standards = TagsLine(box, placeholder=row.item.right)
                row.standards.setAccessibleName(self.tr("Standards applied to: {question}").format(
                    question=question))
                row.standards.setToolTip(self.tr("Standards, separated by commas, e.g. {example}").format(
                    example=row.item.right))
                row.status = VocabCombo("assessment_status", box)
                row.status.setAccessibleName(self.tr("Status of the assessment of: {question}").format(
                    question=question))
                for key, widget in (("assessment_note", row.assessment_note), ("standards", row.standards),
                                    ("assessment_status", row.status)):
                    widget.set_value(row.loaded.get(key, EMPTY))
                    widget.changed.connect(self.changed)
                    widget.changed.connect(checklist.changed)
                row.assessment.changed.connect(self.changed)
                row.assessment.changed.connect(checklist.changed)
                grid.addWidget(q, n * 3, 0)
                grid.addWidget(row.answer_echo, n * 3, 1)
                grid.addWidget(row.assessment, n * 3, 2)
                grid.addWidget(row.assessment_note, n * 3 + 1, 0, 1, 2)
                grid.addWidget(row.status, n * 3 + 1, 2)
                grid.addWidget(row.standards, n * 3 + 2, 0, 1, 3)
            outer.addWidget(box)
        outer.addStretch(1)
        self.echo()

    def echo(self) -> None:
        answers = dict(answer_labels())
        for row in self.checklist.rows.values():
            if row.answer_echo is None or row.answer is None:
                continue
            value = row.answer.value()
            row.answer_echo.setText(answers.get(value, "—") if isinstance(value, str) else "—")
