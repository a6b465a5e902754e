"""Partial dates: year, month, day, hour or minute precision, with "estimated".

Three shapes of the schema (see :mod:`fielddoc.records.dates`):

* ``mode="edtf"``: ``{"value": "2012-03", "precision": "month", "is_estimate": false}``;
  hour and minute values carry an offset (``2011-10-26T14:00+05:00``) unless
  "local time" is chosen;
* ``mode="plain"``: a plain date string ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``;
* ``mode="datetime"``: an ISO 8601 datetime with offset (``2012-03-28T10:00+05:00``).

The first control picks the precision ("—" = no date); the parts that the
precision needs appear after it, in tab order.
"""

from __future__ import annotations

import calendar
import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from fielddoc import i18n
from fielddoc.gui.widgets.common import EMPTY, same
from fielddoc.records import vocab

_LOCALES = {"en": QLocale.Language.English, "ru": QLocale.Language.Russian, "kk": QLocale.Language.Kazakh}
_VALUE_RE = re.compile(
    r"\A(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?P<H>\d{2})(?::(?P<M>\d{2})(?::(?P<S>\d{2})"
    r"(?P<f>\.\d+)?)?)?(?P<off>Z|[+-]\d{2}:\d{2})?)?)?)?\Z"
)
ORDER = ("year", "month", "day", "hour", "minute")
# Arrows hidden (↑/↓ still work). NoButtons would do, but with a style sheet on
# QSpinBox (the application theme has one) Qt then paints no text at all.
_NO_ARROWS = (
    "QSpinBox { border: 1px solid palette(mid); border-radius: 4px; padding: 2px 4px;"
    " background: palette(base); min-width: 2.2em; }"
    "QSpinBox:focus { border-color: palette(highlight); }"
    "QSpinBox::up-button, QSpinBox::down-button { width: 0px; border: none; }"
)



def _offsets() -> list[str]:
    out = []
    for quarter in range(-12 * 4, 14 * 4 + 1):
        sign = "-" if quarter < 0 else "+"
        minutes = abs(quarter) * 15
        out.append(f"{sign}{minutes // 60:02d}:{minutes % 60:02d}")
    return out


def local_offset() -> str:
    """This machine's current UTC offset as '+05:00'."""
    offset = datetime.now().astimezone().utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


class PartialDateEdit(QWidget):
    """A date of a chosen precision, or no date."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        mode: str = "edtf",
        precisions: tuple[str, ...] | None = None,
        estimate: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        if precisions is None:
            precisions = {"edtf": ORDER, "plain": ("year", "month", "day"), "datetime": ("minute",)}[mode]
        self.precisions = precisions
        self._raw: Any = EMPTY
        self._loaded_value: Any = EMPTY
        self._seconds = ""
        self._loading = False
        lang = i18n.language()
        locale = QLocale(_LOCALES.get(lang, QLocale.Language.English))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        self.precision = QComboBox(self)
        self.precision.setAccessibleName(self.tr("Precision"))
        self.precision.addItem("—", "")
        for p in precisions:
            text = self.tr("Date and time") if mode == "datetime" else vocab.label("date_precision", p, lang)
            self.precision.addItem(text, p)
        self.precision.setToolTip(self.tr("How precisely the date is known (— = no date)"))
        layout.addWidget(self.precision)

        self.year = QSpinBox(self)
        self.year.setRange(1, 9999)
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setGroupSeparatorShown(False)
        self.year.setStyleSheet(_NO_ARROWS)
        self.year.setToolTip(self.tr("Year (↑/↓ change it)"))
        layout.addWidget(self.year)

        self.month = QComboBox(self)
        self.month.setAccessibleName(self.tr("Month"))
        for m in range(1, 13):
            name = locale.standaloneMonthName(m, QLocale.FormatType.LongFormat)
            self.month.addItem(f"{m:02d} {name}", m)
        layout.addWidget(self.month)

        self.day = QSpinBox(self)
        self.day.setRange(1, 31)
        self.day.setAccessibleName(self.tr("Day"))
        self.day.setStyleSheet(_NO_ARROWS)
        self.day.setToolTip(self.tr("Day (↑/↓ change it)"))
        layout.addWidget(self.day)

        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setButtonSymbols(QTimeEdit.ButtonSymbols.NoButtons)
        layout.addWidget(self.time)

        self.offset = QComboBox(self)
        self.offset.setAccessibleName(self.tr("UTC offset"))
        self.offset.setToolTip(self.tr("UTC offset of the local time (Aktau +05:00, Almaty +06:00 in 2012)"))
        if mode == "edtf":
            self.offset.addItem(self.tr("local time"), "")
        for off in _offsets():
            self.offset.addItem("UTC" + off, off)
        self.offset.addItem("UTC (Z)", "Z")
        layout.addWidget(self.offset)

        self.estimate = QCheckBox(self.tr("estimated"), self)
        self.estimate.setToolTip(self.tr("The date is an estimate"))
        layout.addWidget(self.estimate)
        self._has_estimate = mode == "edtf" if estimate is None else estimate
        layout.addStretch(1)

        self.precision.currentIndexChanged.connect(self._on_precision)
        self.month.currentIndexChanged.connect(self._clamp_day)
        self.year.valueChanged.connect(self._clamp_day)
        for sig in (self.precision.activated, self.month.activated, self.offset.activated):
            sig.connect(self._edited)
        for spin in (self.year.valueChanged, self.day.valueChanged, self.time.timeChanged):
            spin.connect(self._edited)
        self.estimate.toggled.connect(self._edited)

        self.setFocusProxy(self.precision)
        self._reset_parts()
        self._update_visible()

    # -- internals -------------------------------------------------------------------
    def _edited(self, *_args: Any) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_precision(self, _index: int) -> None:
        self._update_visible()

    def _clamp_day(self, *_args: Any) -> None:
        month = int(self.month.currentData() or 1)
        days = calendar.monthrange(max(1, self.year.value()), month)[1]
        self.day.setMaximum(days)

    def _reset_parts(self) -> None:
        now = datetime.now()
        self.year.setValue(now.year)
        self.month.setCurrentIndex(now.month - 1)
        self._clamp_day()
        self.day.setValue(now.day)
        self.time.setTime(QTime(now.hour, now.minute))
        self._select_offset(local_offset())
        self.estimate.setChecked(False)
        self._seconds = ""

    def _select_offset(self, off: str) -> None:
        index = self.offset.findData(off)
        if index < 0:
            self.offset.addItem("UTC" + off, off)
            index = self.offset.count() - 1
        self.offset.setCurrentIndex(index)

    def current_precision(self) -> str:
        return str(self.precision.currentData() or "")

    def _update_visible(self) -> None:
        p = self.current_precision()
        rank = ORDER.index(p) if p else -1
        self.year.setVisible(rank >= 0)
        self.month.setVisible(rank >= 1)
        self.day.setVisible(rank >= 2)
        self.time.setVisible(rank >= 3)
        self.time.setDisplayFormat("HH:00" if p == "hour" else "HH:mm")
        self.offset.setVisible(rank >= 3)
        self.estimate.setVisible(self._has_estimate and rank >= 0)

    def _compute(self) -> Any:
        p = self.current_precision()
        if not p:
            return EMPTY
        text = f"{self.year.value():04d}"
        if p != "year":
            text += f"-{int(self.month.currentData()):02d}"
        if p in ("day", "hour", "minute"):
            text += f"-{self.day.value():02d}"
        if p in ("hour", "minute"):
            t = self.time.time()
            minute = 0 if p == "hour" else t.minute()
            text += f"T{t.hour():02d}:{minute:02d}"
            if p == "minute" and self._seconds:
                text += self._seconds
            text += str(self.offset.currentData() or "")
        if self.mode != "edtf":
            return text
        out: dict[str, Any] = {"value": text, "precision": p}
        if self._has_estimate:
            out["is_estimate"] = self.estimate.isChecked()
        return out

    # -- value protocol --------------------------------------------------------------
    def value(self) -> Any:
        result = self._compute()
        # An untouched date keeps exactly what the record held.
        if self._raw is not EMPTY and same(self._loaded_value, result):
            return self._raw
        return result

    def set_value(self, v: Any) -> None:
        self._loading = True
        try:
            self._raw = v
            self._loaded_value = EMPTY
            self._reset_parts()
            raw_value, precision, estimate = self._split(v)
            mt = _VALUE_RE.match(raw_value) if isinstance(raw_value, str) else None
            if mt is None:
                self.precision.setCurrentIndex(0)
                if v is not EMPTY and v is not None:
                    # Not a shape this widget can show: kept as it is (the Advanced tab shows it).
                    kept = self.tr("— (kept: {value})").format(value=str(raw_value)[:24])
                    self.precision.setItemText(0, kept)
                else:
                    self.precision.setItemText(0, "—")
                self._update_visible()
                self._loaded_value = self._compute()
                return
            self.precision.setItemText(0, "—")
            if precision not in ORDER:
                precision = "minute" if mt.group("M") else "hour" if mt.group("H") else (
                    "day" if mt.group("d") else "month" if mt.group("m") else "year")
            if self.mode == "datetime":
                precision = "minute"
            if self.precision.findData(precision) < 0:
                precision = self.precisions[-1]
            self.precision.setCurrentIndex(self.precision.findData(precision))
            self.year.setValue(int(mt.group("y")))
            self.month.setCurrentIndex(int(mt.group("m") or 1) - 1)
            self._clamp_day()
            self.day.setValue(int(mt.group("d") or 1))
            if mt.group("H"):
                self.time.setTime(QTime(int(mt.group("H")), int(mt.group("M") or 0)))
                self._seconds = ""
                if mt.group("S") and (mt.group("S") != "00" or mt.group("f")):
                    self._seconds = ":" + mt.group("S") + (mt.group("f") or "")
                self._select_offset(mt.group("off") or "")
            self.estimate.setChecked(bool(estimate))
            self._update_visible()
            self._loaded_value = self._compute()
        finally:
            self._loading = False

    def _split(self, v: Any) -> tuple[Any, str | None, Any]:
        if isinstance(v, dict):
            return v.get("value"), v.get("precision"), v.get("is_estimate")
        return v, None, False

    def set_precision(self, precision: str) -> None:
        """Choose a precision (keeps the parts already set), as the user would."""
        index = self.precision.findData(precision)
        if index >= 0:
            self.precision.setCurrentIndex(index)
            self.changed.emit()
