"""Dates, datetimes and time zones of the interchange schema.

Three shapes occur (docs/data-model.md §1.3 and the acceptance set):

* **Date objects** ``{value, precision, is_estimate}`` (EDTF subset). The value
  must have exactly the form of its precision and be a real calendar date:

  ========= ==========================================================
  year      ``YYYY``
  month     ``YYYY-MM``
  day       ``YYYY-MM-DD``
  hour      ``YYYY-MM-DDTHH`` or ``YYYY-MM-DDTHH:00`` (``:00`` seconds allowed)
  minute    ``YYYY-MM-DDTHH:MM`` (``:00`` seconds allowed)
  ========= ==========================================================

  Hour and minute values may end in an offset (``Z`` or ``±HH:MM``); without
  one they are wall-clock time at the record's location. Minutes (hour
  precision) and seconds must be zero: anything finer than the stated precision
  disagrees with it. ``precision`` may be left out, it is then read from the
  value's form. ``is_estimate`` is a boolean or null. Years are 0001–9999; EDTF
  qualifiers (``?``, ``~``, ``X``) are not used: ``is_estimate`` says that.
* **Plain date strings** ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (hearing
  ``date``, ``adjourned_to``, procedural history, custody segments, …).
* **Datetimes**: ISO 8601 extended form WITH an offset,
  ``YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM)`` (``*_at`` fields,
  ``actual_start``, …). Fractions of up to 9 digits are accepted.

Checks return :class:`DateIssue` (a sub-field, an English template, params);
:mod:`fielddoc.records.schema` turns them into :class:`~fielddoc.errors.Problem`.
"""

from __future__ import annotations

import functools
import re
import zoneinfo
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, NamedTuple

PRECISIONS: tuple[str, ...] = ("year", "month", "day", "hour", "minute")

_FORMS = {
    "year": "YYYY",
    "month": "YYYY-MM",
    "day": "YYYY-MM-DD",
    "hour": "YYYY-MM-DDTHH or YYYY-MM-DDTHH:00, optionally with an offset",
    "minute": "YYYY-MM-DDTHH:MM, optionally with an offset",
}
_OFFSET = r"(?P<off>Z|[+-](?P<oh>\d{2}):(?P<om>\d{2}))"
_DATE_RE = re.compile(r"\A(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?\Z", re.ASCII)
_EDTF_TIME_RE = re.compile(
    r"\A(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})T(?P<H>\d{2})"
    r"(?::(?P<M>\d{2})(?::(?P<S>\d{2}))?)?" + _OFFSET + r"?\Z",
    re.ASCII,
)
_DATETIME_RE = re.compile(
    r"\A(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})T(?P<H>\d{2}):(?P<M>\d{2})"
    r"(?::(?P<S>\d{2})(?:\.(?P<f>\d{1,9}))?)?" + _OFFSET + r"\Z",
    re.ASCII,
)
_TIME_OF_DAY_RE = re.compile(r"\A(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\Z", re.ASCII)
_OFFSET_RE = re.compile(r"\A" + _OFFSET + r"\Z", re.ASCII)
_TZ_SHAPE = re.compile(r"\A[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}\Z", re.ASCII)


class DateIssue(NamedTuple):
    field: str  # "" = the value itself, else a key inside a date object
    problem: str  # English template with {named} placeholders
    params: dict[str, Any]


def _short(value: object) -> str:
    text = value if isinstance(value, str) else f"({type(value).__name__})"
    return text if len(text) <= 40 else text[:39] + "…"


def _real_date(y: str, m: str | None, d: str | None) -> bool:
    try:
        date(int(y), int(m or 1), int(d or 1))
    except ValueError:
        return False
    return True


def _offset_ok(mt: re.Match[str]) -> bool:
    if mt.group("off") in (None, "Z"):
        return True
    return int(mt.group("oh")) <= 23 and int(mt.group("om")) <= 59


def _clock_ok(h: str, m: str | None, s: str | None) -> bool:
    return int(h) <= 23 and int(m or 0) <= 59 and int(s or 0) <= 59


def precision_of(value: object) -> str | None:
    """The precision an EDTF value's form expresses (None if not a valid form)."""
    if not isinstance(value, str):
        return None
    mt = _DATE_RE.match(value)
    if mt:
        return "day" if mt.group("d") else "month" if mt.group("m") else "year"
    mt = _EDTF_TIME_RE.match(value)
    if mt is None:
        return None
    if mt.group("S") not in (None, "00"):
        return None
    return "hour" if mt.group("M") is None else "minute"


def _bad_calendar(value: str) -> DateIssue:
    return DateIssue("", "'{value}' is not a real calendar date or time", {"value": _short(value)})


# The checks below are pure functions of a string; records repeat the same dates a lot
# (and list columns re-read them), so their results for short plain ``str`` values are
# cached (short: a file full of huge bad "dates" must not fill memory).
_CACHE_SIZE = 16384
_CACHE_MAX_CHARS = 64


def _own(issue: DateIssue | None) -> DateIssue | None:
    """A cached issue with a ``params`` dict of its own (callers may change theirs)."""
    return None if issue is None else issue._replace(params=dict(issue.params))


def check_edtf(value: object, precision: str | None = None) -> DateIssue | None:
    """Check an EDTF value (and that it agrees with ``precision`` if given)."""
    if (type(value) is str and len(value) <= _CACHE_MAX_CHARS
            and (precision is None or type(precision) is str)):
        return _own(_check_edtf_cached(value, precision))
    return _check_edtf_uncached(value, precision)


def _check_edtf_uncached(value: object, precision: str | None) -> DateIssue | None:
    if not isinstance(value, str):
        return DateIssue("", "a date value must be a string such as '2012-03-28'", {})
    shape = precision_of(value)
    if shape is None:
        return DateIssue("", "'{value}' is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD, "
                             "YYYY-MM-DDTHH or YYYY-MM-DDTHH:MM", {"value": _short(value)})
    mt = _DATE_RE.match(value) or _EDTF_TIME_RE.match(value)
    assert mt is not None  # noqa: S101 - precision_of matched one of them
    if mt.group("y") == "0000" or not _real_date(mt.group("y"), mt.group("m"), mt.group("d")):
        return _bad_calendar(value)
    if "H" in mt.re.groupindex and not (_clock_ok(mt.group("H"), mt.group("M"), None) and _offset_ok(mt)):
        return _bad_calendar(value)
    if precision is None:
        return None
    agrees = shape == precision or (precision == "hour" and shape == "minute" and mt.group("M") == "00")
    if not agrees:
        return DateIssue("value", "'{value}' does not agree with precision '{precision}' (expected {form})",
                         {"value": _short(value), "precision": precision, "form": _FORMS[precision]})
    return None


_check_edtf_cached = functools.lru_cache(maxsize=_CACHE_SIZE)(_check_edtf_uncached)


def check_date_object(obj: object) -> list[DateIssue]:
    """Check ``{value, precision, is_estimate}``; other keys are the caller's business."""
    if not isinstance(obj, dict):
        return [DateIssue("", "must be a date object {{value, precision, is_estimate}}", {})]
    issues: list[DateIssue] = []
    precision = obj.get("precision")
    if precision is not None and precision not in PRECISIONS:
        issues.append(DateIssue("precision", "'{value}' is not one of: {allowed}",
                                {"value": _short(precision), "allowed": ", ".join(PRECISIONS)}))
        precision = None
    if "value" not in obj or obj["value"] is None:
        issues.append(DateIssue("value", "is required (a date such as '2012-03-28')", {}))
    else:
        issue = check_edtf(obj["value"], precision)
        if issue is not None:
            issues.append(issue._replace(field="value"))
    est = obj.get("is_estimate")
    if est is not None and not isinstance(est, bool):
        issues.append(DateIssue("is_estimate", "must be true, false or null", {}))
    return issues


def check_plain_date(value: object) -> DateIssue | None:
    """A date string YYYY, YYYY-MM or YYYY-MM-DD that is a real calendar date."""
    if type(value) is str and len(value) <= _CACHE_MAX_CHARS:
        return _own(_check_plain_date_cached(value))
    return _check_plain_date_uncached(value)


def _check_plain_date_uncached(value: object) -> DateIssue | None:
    if not isinstance(value, str) or not _DATE_RE.match(value):
        return DateIssue("", "'{value}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
                         {"value": _short(value)})
    return check_edtf(value)


_check_plain_date_cached = functools.lru_cache(maxsize=_CACHE_SIZE)(_check_plain_date_uncached)


def parse_datetime(value: str) -> datetime:
    """Parse an ISO 8601 datetime with offset; ValueError if it is not one."""
    mt = _DATETIME_RE.match(value) if isinstance(value, str) else None
    if mt is None:
        raise ValueError("not an ISO 8601 datetime with offset")
    if mt.group("off") == "Z":
        tz = UTC
    else:
        sign = -1 if mt.group("off")[0] == "-" else 1
        hours, minutes = int(mt.group("oh")), int(mt.group("om"))
        if hours > 23 or minutes > 59:
            raise ValueError("offset out of range")
        tz = timezone(sign * timedelta(hours=hours, minutes=minutes))
    frac = mt.group("f") or ""
    return datetime(
        int(mt.group("y")), int(mt.group("m")), int(mt.group("d")), int(mt.group("H")),
        int(mt.group("M")), int(mt.group("S") or 0), int(frac[:6].ljust(6, "0")), tzinfo=tz,
    )


def check_datetime(value: object) -> DateIssue | None:
    """An ISO 8601 datetime with offset, e.g. '2012-03-28T10:00+05:00' or '...Z'."""
    if isinstance(value, str) and _DATETIME_RE.match(value):
        try:
            parse_datetime(value)
        except ValueError:
            return _bad_calendar(value)
        return None
    return DateIssue("", "'{value}' is not a date and time with offset such as '2012-03-28T10:00+05:00'",
                     {"value": _short(value)})


def check_when(value: object) -> list[DateIssue]:
    """A date object, a plain date string or a datetime with offset."""
    if isinstance(value, dict):
        return check_date_object(value)
    if isinstance(value, str):
        if "T" in value:
            issue = check_datetime(value)
        else:
            issue = check_plain_date(value)
        return [issue] if issue else []
    return [DateIssue("", "must be a date object {{value, precision}} or a date string such as "
                          "'2012-03-28'", {})]


def check_time_of_day(value: object) -> DateIssue | None:
    """'HH:MM' or 'HH:MM:SS', or a full datetime with offset."""
    if isinstance(value, str):
        mt = _TIME_OF_DAY_RE.match(value)
        if mt:
            return None if _clock_ok(mt.group("H"), mt.group("M"), mt.group("S")) else _bad_calendar(value)
        if "T" in value:
            return check_datetime(value)
    return DateIssue("", "'{value}' is not a time such as '14:30' or '2012-03-28T14:30+05:00'",
                     {"value": _short(value)})


def check_offset(value: object) -> DateIssue | None:
    """A UTC offset 'Z' or '±HH:MM'."""
    mt = _OFFSET_RE.match(value) if isinstance(value, str) else None
    if mt is None or not _offset_ok(mt):
        return DateIssue("", "'{value}' is not a UTC offset such as '+05:00'", {"value": _short(value)})
    return None


@functools.lru_cache(maxsize=1)
def _zones() -> frozenset[str]:
    try:
        return frozenset(zoneinfo.available_timezones())
    except Exception:  # noqa: BLE001 - no tz database at all: fall back to the shape check
        return frozenset()


def is_timezone(name: object) -> bool:
    """True for an IANA time zone name (e.g. 'Asia/Aqtau').

    Without any tz database on the machine (Windows without ``tzdata``) only
    the shape ``Area/Location`` is checked.
    """
    if not isinstance(name, str) or len(name) > 64:
        return False
    zones = _zones()
    if zones:
        return name in zones
    return _TZ_SHAPE.match(name) is not None


def check_timezone(value: object) -> DateIssue | None:
    if is_timezone(value):
        return None
    return DateIssue("", "'{value}' is not an IANA time zone such as 'Asia/Aqtau'", {"value": _short(value)})


def sort_key(date_value: object) -> str | None:
    """An ISO prefix for sorting and filtering, or None if the value is not a valid date.

    Date objects give the prefix of their precision ('2012-03' for a month,
    '2011-10-26T14' for an hour); datetimes give their wall-clock time without
    the offset ('2012-03-28T10:00'), so an event stays on its local day.
    """
    if type(date_value) is str and len(date_value) <= _CACHE_MAX_CHARS:
        return _sort_key_cached(date_value)
    return _sort_key(date_value)


def _sort_key(date_value: object) -> str | None:
    if isinstance(date_value, dict):
        if check_date_object(date_value):
            return None
        value = str(date_value["value"])
        precision = date_value.get("precision") or precision_of(value) or "minute"
        return _prefix(value, precision)
    if not isinstance(date_value, str):
        return None
    if "T" not in date_value:
        return None if check_plain_date(date_value) else date_value
    if check_datetime(date_value) is None:
        mt = _DATETIME_RE.match(date_value)
        assert mt is not None  # noqa: S101
        return date_value[: mt.start("off")]
    return None


_sort_key_cached = functools.lru_cache(maxsize=_CACHE_SIZE)(_sort_key)


def _prefix(value: str, precision: str) -> str:
    length = {"year": 4, "month": 7, "day": 10, "hour": 13, "minute": 16}[precision]
    return value[:length]
