"""Dates and times as people read them, in the interface language (QLocale).

``moment(text)`` turns an ISO timestamp ("2026-12-06T17:46:29.123Z") into
"6 декабря 2026, 22:46" (local time, no seconds or milliseconds); ``partial(value,
precision)`` shows an EDTF date at its precision ("декабрь 2011", "2011").
Anything that does not parse is returned as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime

from fielddoc import i18n

ISO_MOMENT = re.compile(r"\A\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?\Z")
_DAY = re.compile(r"\A(\d{4})-(\d\d)-(\d\d)\Z")
_MONTH = re.compile(r"\A(\d{4})-(\d\d)\Z")


def locale() -> QLocale:
    return QLocale(i18n.language())


def _day(q: QLocale, d: QDate) -> str:
    return q.toString(d, "d MMMM yyyy")


def _time(q: QLocale, t: QTime) -> str:
    return q.toString(t, q.timeFormat(QLocale.FormatType.ShortFormat))


def is_moment(text: object) -> bool:
    return isinstance(text, str) and ISO_MOMENT.match(text) is not None


def moment(text: str) -> str:
    """An ISO timestamp in the interface language; one with an offset is shown in local time."""
    if not is_moment(text):
        return text
    iso = text.replace(" ", "T")
    has_zone = iso.endswith("Z") or bool(re.search(r"[+-]\d\d:?\d\d\Z", iso))
    dt = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not dt.isValid():
        return text
    if has_zone:
        dt = dt.toLocalTime()
    q = locale()
    return f"{_day(q, dt.date())}, {_time(q, dt.time())}"


def partial(value: object, precision: object = None) -> str:
    """An EDTF date value at its precision (year, month, day, or a time)."""
    if not isinstance(value, str):
        return "" if value is None else str(value)
    q = locale()
    if is_moment(value):
        return moment(value)
    m = _DAY.match(value)
    if m:
        d = QDate(int(m[1]), int(m[2]), int(m[3]))
        return _day(q, d) if d.isValid() else value
    m = _MONTH.match(value)
    if m and 1 <= int(m[2]) <= 12:
        return f"{q.standaloneMonthName(int(m[2]))} {m[1]}"
    return value
