"""Small value widgets: text, numbers, yes/no/unknown, vocabulary codes, lists of strings.

Each follows the protocol of :mod:`fielddoc.gui.widgets.common` (``value``,
``set_value``, ``changed``). Values the widget cannot show as such (a number
where text is expected, an unknown code) are shown as well as possible and
kept unchanged unless the user edits them.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fielddoc import i18n
from fielddoc.gui.widgets.common import EMPTY
from fielddoc.records import vocab


def compact(combo: QComboBox) -> None:
    """A combo box as wide as about 14 characters, whatever its longest item (shown in full in its list)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)


class TextLine(QLineEdit):
    """One line of text; blank means absent."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self._raw: Any = EMPTY
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.textEdited.connect(lambda _t: self.changed.emit())

    def value(self) -> Any:
        text = self.text()
        if not text.strip():
            return EMPTY
        if self._raw is not EMPTY and not isinstance(self._raw, str) and text == _show(self._raw):
            return self._raw
        return text

    def set_value(self, v: Any) -> None:
        self._raw = v
        self.setText("" if v is EMPTY or v is None else _show(v))
        self.setCursorPosition(0)


def _show(v: Any) -> str:
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


class TextArea(QPlainTextEdit):
    """Several lines of text (Tab moves focus on, as in the rest of the form)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 4, placeholder: str = "",
                 min_lines: int | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._loading = False
        if placeholder:
            self.setPlaceholderText(placeholder)
        self._lines = lines
        # ``min_lines``: the form scrolls rather than squeeze this box (a narrative written live)
        self.setMinimumHeight(self._height(min(lines, 2) if min_lines is None else min_lines))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.textChanged.connect(self._on_change)

    def _height(self, lines: int) -> int:
        return self.fontMetrics().lineSpacing() * lines + 14

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self._height(self._lines))

    def _on_change(self) -> None:
        if not self._loading:
            self.changed.emit()

    def value(self) -> Any:
        text = self.toPlainText()
        return text if text.strip() else EMPTY

    def set_value(self, v: Any) -> None:
        self._loading = True
        try:
            self.setPlainText("" if v is EMPTY or v is None else _show(v))
        finally:
            self._loading = False


class NumberLine(QLineEdit):
    """An integer (or, with ``decimals``, a decimal number); blank means absent."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, decimals: bool = False,
                 minimum: int = 0, maximum: int = 10**9) -> None:
        super().__init__(parent)
        self._decimals = decimals
        self._raw: Any = EMPTY
        if decimals:
            validator = QDoubleValidator(minimum, maximum, 6, self)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            # Accept both "7.5" and "7,5" whatever the locale.
            self.setValidator(QRegularExpressionValidator(r"-?\d{0,10}([.,]\d{0,6})?", self))
        else:
            self.setValidator(QIntValidator(minimum, maximum, self))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 14 + 16)
        self.textEdited.connect(lambda _t: self.changed.emit())

    def value(self) -> Any:
        text = self.text().strip().replace(",", ".")
        if not text or text in ("-", "."):
            return EMPTY
        if self._raw is not EMPTY and text == _show(self._raw).replace(",", "."):
            return self._raw
        try:
            if self._decimals and "." in text:
                return float(text)
            return int(text)
        except ValueError:
            return text

    def set_value(self, v: Any) -> None:
        self._raw = v
        self.setText("" if v is EMPTY or v is None else _show(v))


class TriBool(QComboBox):
    """Yes / No / Unknown (null) / blank (absent)."""

    changed = Signal()
    _VALUES = {"empty": EMPTY, "true": True, "false": False, "null": None}

    def __init__(self, parent: QWidget | None = None, unknown: bool = True) -> None:
        super().__init__(parent)
        compact(self)  # long labels must not widen the form (small screens)
        self.addItem("—", "empty")
        self.addItem(self.tr("Yes"), "true")
        self.addItem(self.tr("No"), "false")
        if unknown:
            self.addItem(self.tr("Unknown"), "null")
        self._extra: Any = EMPTY
        self.activated.connect(lambda _i: self.changed.emit())

    def value(self) -> Any:
        choice = self.currentData()
        if choice == "extra":
            return self._extra
        return self._VALUES.get(choice, EMPTY)

    def set_value(self, v: Any) -> None:
        extra = self.findData("extra")
        if extra >= 0:
            self.removeItem(extra)
        for code, value in self._VALUES.items():
            if value is v:
                index = self.findData(code)
                if index >= 0:
                    self.setCurrentIndex(index)
                    return
        # Something a yes/no field does not usually hold (a count): show it, keep it.
        self._extra = v
        self.addItem(_show(v), "extra")
        self.setCurrentIndex(self.count() - 1)


class VocabCombo(QComboBox):
    """A closed vocabulary; an unknown code that a record holds is shown and kept."""

    changed = Signal()

    def __init__(self, vocab_name: str, parent: QWidget | None = None, blank: bool = True,
                 codes: tuple[str, ...] | None = None) -> None:
        super().__init__(parent)
        compact(self)  # long labels must not widen the form (small screens)
        self.vocab_name = vocab_name
        self._blank = blank
        lang = i18n.language()
        if blank:
            self.addItem("—", EMPTY)
        for code in codes if codes is not None else vocab.VOCABS.get(vocab_name, ()):
            self.addItem(vocab.label(vocab_name, code, lang), code)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.activated.connect(lambda _i: self.changed.emit())

    def value(self) -> Any:
        data = self.currentData()
        return EMPTY if data is EMPTY or self.currentIndex() < 0 else data

    def set_value(self, v: Any) -> None:
        if v is EMPTY or (v is None and self._blank):
            self.setCurrentIndex(0 if self._blank else -1)
            if v is None and self._blank:
                self._ensure(v)
            return
        self._ensure(v)

    def _ensure(self, v: Any) -> None:
        for i in range(self.count()):
            data = self.itemData(i)
            if data is not EMPTY and data == v and type(data) is type(v):
                self.setCurrentIndex(i)
                return
        self.addItem(self.tr("{code} (not in the list)").format(code=_show(v)), v)
        self.setCurrentIndex(self.count() - 1)




class CodeLine(QLineEdit):
    """An open code (HURIDOCS 12-digit code, language tag, legal code id)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, placeholder: str = "", width_chars: int = 16) -> None:
        super().__init__(parent)
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * width_chars + 16)
        self.textEdited.connect(lambda _t: self.changed.emit())
        self._raw: Any = EMPTY

    def value(self) -> Any:
        text = self.text().strip()
        if not text:
            return EMPTY
        if self._raw is not EMPTY and text == _show(self._raw):
            return self._raw
        return text

    def set_value(self, v: Any) -> None:
        self._raw = v
        self.setText("" if v is EMPTY or v is None else _show(v))


class TagsLine(QLineEdit):
    """A list of short strings typed with commas between them ("ru, kk")."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self._raw: Any = EMPTY
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.textEdited.connect(lambda _t: self.changed.emit())

    def value(self) -> Any:
        items = [p.strip() for p in self.text().split(",")]
        items = [p for p in items if p]
        if not items:
            return EMPTY
        if isinstance(self._raw, list) and self.text() == self._shown:
            return self._raw
        return items

    def set_value(self, v: Any) -> None:
        self._raw = v
        if isinstance(v, list):
            self._shown = ", ".join(_show(x) for x in v)
        else:
            self._shown = "" if v is EMPTY or v is None else _show(v)
        self.setText(self._shown)

    _shown = ""


class LinesEdit(TextArea):
    """A list of strings, one per line (names that may contain commas)."""

    def __init__(self, parent: QWidget | None = None, lines: int = 3, placeholder: str = "") -> None:
        super().__init__(parent, lines=lines, placeholder=placeholder)
        self._raw: Any = EMPTY
        self._shown = ""

    def value(self) -> Any:
        items = [line.strip() for line in self.toPlainText().splitlines()]
        items = [x for x in items if x]
        if not items:
            return EMPTY
        if isinstance(self._raw, list) and self.toPlainText() == self._shown:
            return self._raw
        return items

    def set_value(self, v: Any) -> None:
        self._raw = v
        if isinstance(v, list):
            self._shown = "\n".join(_show(x) for x in v)
        else:
            self._shown = "" if v is EMPTY or v is None else _show(v)
        self._loading = True
        try:
            self.setPlainText(self._shown)
        finally:
            self._loading = False


class ChoiceLine(QComboBox):
    """Free text with suggestions (open values: time zones, precision words, roles)."""

    changed = Signal()

    def __init__(self, suggestions: list[tuple[str, str]] | list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        compact(self)  # long labels must not widen the form (small screens)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        for s in suggestions:
            code, text = (s, s) if isinstance(s, str) else s
            self.addItem(text if text == code else f"{code} — {text}", code)
        self._raw: Any = EMPTY
        self.setMinimumContentsLength(14)
        self.lineEdit().textEdited.connect(lambda _t: self.changed.emit())
        self.activated.connect(self._picked)
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def _picked(self, index: int) -> None:
        code = self.itemData(index)
        if isinstance(code, str):
            self.lineEdit().setText(code)
        self.changed.emit()

    def value(self) -> Any:
        text = self.lineEdit().text().strip()
        if not text:
            return EMPTY
        if self._raw is not EMPTY and text == _show(self._raw):
            return self._raw
        index = self.findText(text)  # a suggestion chosen by its label ("code — label")
        if index > 0 and isinstance(self.itemData(index), str):
            return self.itemData(index)
        return text

    def set_value(self, v: Any) -> None:
        self._raw = v
        self.setCurrentIndex(0)
        index = self.findData(v) if isinstance(v, str) and v else -1
        if index > 0:
            self.lineEdit().setText(self.itemText(index))  # "code — label"
        else:
            self.lineEdit().setText("" if v is EMPTY or v is None else _show(v))
        self.lineEdit().setCursorPosition(0)


class JuryEdit(QWidget):
    """Jury: none / yes / yes with a number of jurors (true, false or a count)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.choice = QComboBox(self)
        self.choice.addItem("—", "empty")
        self.choice.addItem(self.tr("No jury"), "false")
        self.choice.addItem(self.tr("Jury"), "true")
        self.choice.addItem(self.tr("Unknown"), "null")
        self.count = NumberLine(self)
        self.count.setPlaceholderText(self.tr("jurors"))
        self.count.setAccessibleName(self.tr("Number of jurors"))
        layout.addWidget(self.choice)
        layout.addWidget(self.count)
        layout.addStretch(1)
        self.setFocusProxy(self.choice)
        self.choice.activated.connect(self._picked)
        self.count.changed.connect(self._counted)

    def _picked(self, _index: int) -> None:
        self.count.setEnabled(self.choice.currentData() == "true")
        self.changed.emit()

    def _counted(self) -> None:
        if self.count.value() is not EMPTY:
            self.choice.setCurrentIndex(self.choice.findData("true"))
        self.changed.emit()

    def value(self) -> Any:
        choice = self.choice.currentData()
        if choice == "true":
            n = self.count.value()
            return n if isinstance(n, int) else True
        return {"empty": EMPTY, "false": False, "null": None}.get(choice, EMPTY)

    def set_value(self, v: Any) -> None:
        self.count.set_value(EMPTY)
        if v is True or (isinstance(v, int) and not isinstance(v, bool)):
            self.choice.setCurrentIndex(self.choice.findData("true"))
            if v is not True:
                self.count.set_value(v)
        elif v is False:
            self.choice.setCurrentIndex(self.choice.findData("false"))
        elif v is None:
            self.choice.setCurrentIndex(self.choice.findData("null"))
        else:
            self.choice.setCurrentIndex(0)
        self.count.setEnabled(self.choice.currentData() == "true")


class _CheckCaption(QLabel):
    """A check box's wrapping text: a click on it toggles the box."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)
        self._box = box
        # wrap only what is really long: a squeezed caption wraps into lines the layout then
        # stacks over the next box (seen in ru and kk at 1366 px)
        self.setMinimumWidth(min(self.fontMetrics().horizontalAdvance(text) + 4, 320))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class CheckGroup(QWidget):
    """Several codes of a vocabulary, as check boxes; ``value()`` lists the ticked codes."""

    changed = Signal()

    def __init__(self, vocab_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        lang = i18n.language()
        self.boxes: dict[str, QCheckBox] = {}
        for code in vocab.VOCABS.get(vocab_name, ()):
            text = vocab.label(vocab_name, code, lang)
            box = QCheckBox(self)
            box.toggled.connect(lambda _c: self.changed.emit())
            # The label beside the box wraps (long legal categories in Russian and Kazakh must not
            # widen the form); it is the box's name for screen readers and toggles it when clicked.
            box.setAccessibleName(text)
            caption = _CheckCaption(text, box, self)
            row = QHBoxLayout()
            row.setSpacing(4)
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(caption, 1)
            layout.addLayout(row)
            self.boxes[code] = box
        layout.addStretch(1)
        self._raw: Any = EMPTY
        self._extra: list[Any] = []
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> Any:
        ticked = [c for c, b in self.boxes.items() if b.isChecked()]
        if isinstance(self._raw, list):
            # keep the record's order and any code this list does not know
            kept = [c for c in self._raw if c in ticked or c not in self.boxes]
            out = kept + [c for c in ticked if c not in kept]
        else:
            out = ticked
        return out if out else ([] if isinstance(self._raw, list) and not self._raw else EMPTY)

    def set_value(self, v: Any) -> None:
        self._raw = v
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(isinstance(v, list) and code in v)
            box.blockSignals(False)
