"""Dates, datetimes and time zones (fielddoc.records.dates)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fielddoc.records import dates

# -- date objects ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        ("2016", "year"),
        ("2012-06", "month"),
        ("2012-03-28", "day"),
        ("2012-02-29", "day"),  # leap year
        ("2000-02-29", "day"),  # leap century
        ("2011-10-26T14", "hour"),
        ("2011-10-26T14:00", "hour"),
        ("2011-10-26T14:00+05:00", "hour"),  # the acceptance set's form
        ("2011-10-26T14:00:00Z", "hour"),
        ("2011-10-26T14:30", "minute"),
        ("2011-10-26T14:30-03:30", "minute"),
        ("2011-10-26T14:30:00Z", "minute"),
        ("2011-10-26T00:00", "minute"),
        ("0001-01-01", "day"),
        ("9999-12-31", "day"),
    ],
)
def test_every_precision_accepted(value: str, precision: str) -> None:
    assert dates.check_date_object({"value": value, "precision": precision, "is_estimate": False}) == []
    assert dates.check_date_object({"value": value, "precision": precision}) == []


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        ("2021-09", "day"),
        ("2021-09", "year"),
        ("2021-09-01", "month"),
        ("2021", "month"),
        ("2011-10-26T14:30", "hour"),  # minutes finer than an hour
        ("2011-10-26T14", "minute"),
        ("2011-10-26", "hour"),
        ("2011-10-26T14:00", "day"),
    ],
)
def test_value_must_agree_with_precision(value: str, precision: str) -> None:
    issues = dates.check_date_object({"value": value, "precision": precision})
    assert [i.field for i in issues] == ["value"]
    assert issues[0].params["precision"] == precision


@pytest.mark.parametrize(
    "value",
    [
        "2011-02-30",
        "2011-02-29",
        "1900-02-29",
        "2012-13",
        "2012-00",
        "2012-04-31",
        "0000",
        "2012-01-01T24:00",
        "2012-01-01T23:60",
        "2012-01-01T10:00+24:00",
    ],
)
def test_impossible_dates_rejected(value: str) -> None:
    issues = dates.check_date_object({"value": value})
    assert len(issues) == 1 and issues[0].field == "value"
    assert "calendar" in issues[0].problem
    assert issues[0].params["value"] == value


@pytest.mark.parametrize(
    "value",
    [
        "12-03-2012",
        "2012/03/28",
        "2012-3-28",
        "20120328",
        "2012-03-28 10:00",
        "2012-03-28T10:00:15",
        "2012-03-28T10:00:00.5",
        "2012~",
        "2012?",
        "201X",
        "",
        " 2012",
        "٢٠١٢",
        "2012-03-28T10:00+0500",
    ],
)
def test_malformed_values_rejected(value: str) -> None:
    issues = dates.check_date_object({"value": value, "precision": "day"})
    assert issues and issues[0].field == "value"


def test_precision_inferred_when_missing() -> None:
    assert dates.precision_of("2012") == "year"
    assert dates.precision_of("2012-06") == "month"
    assert dates.precision_of("2012-06-01") == "day"
    assert dates.precision_of("2012-06-01T10") == "hour"
    assert dates.precision_of("2012-06-01T10:15+06:00") == "minute"
    assert dates.precision_of("2012-06-01T10:15:16") is None
    assert dates.precision_of(2012) is None


def test_date_object_shape_problems() -> None:
    assert [i.field for i in dates.check_date_object({"precision": "day"})] == ["value"]
    assert [i.field for i in dates.check_date_object({"value": "2012", "precision": "decade"})] == [
        "precision"
    ]
    assert [i.field for i in dates.check_date_object({"value": "2012", "is_estimate": "yes"})] == [
        "is_estimate"
    ]
    assert [i.field for i in dates.check_date_object({"value": 2012})] == ["value"]
    assert dates.check_date_object("2012")[0].field == ""
    assert dates.check_date_object({"value": "2012", "is_estimate": None}) == []


# -- plain date strings and datetimes --------------------------------------------------


@pytest.mark.parametrize("value", ["2012", "2012-08", "2012-08-06"])
def test_plain_dates(value: str) -> None:
    assert dates.check_plain_date(value) is None
    assert dates.check_when(value) == []


@pytest.mark.parametrize("value", ["2012-08-32", "2012-8-6", "06.08.2012", 20120806, None, "2012-08-06T10"])
def test_bad_plain_dates(value: object) -> None:
    assert dates.check_plain_date(value) is not None


@pytest.mark.parametrize(
    "value",
    [
        "2012-03-28T10:00+05:00",
        "2012-03-28T10:00:00+05:00",
        "2012-03-28T10:00:00.5+05:00",
        "2012-03-28T10:00:00.123456789-04:00",
        "2012-01-10T09:12:44Z",
        "2024-02-29T23:59:59.999Z",
    ],
)
def test_datetimes_with_offset(value: str) -> None:
    assert dates.check_datetime(value) is None
    assert dates.check_when(value) == []


@pytest.mark.parametrize(
    "value",
    [
        "2012-03-28T10:00",
        "2012-03-28 10:00+05:00",
        "2012-03-28T10+05:00",
        "2012-03-28T10:00+5:00",
        "2012-02-30T10:00Z",
        "2012-03-28T10:61Z",
        "2012-03-28T10:00:00.Z",
        "2012-03-28t10:00z",
        "2012-03-28T10:00:00.1234567890Z",
        1332910800,
        None,
    ],
)
def test_bad_datetimes(value: object) -> None:
    assert dates.check_datetime(value) is not None


def test_parse_datetime() -> None:
    dt = dates.parse_datetime("2012-03-28T10:00+05:00")
    assert dt.utcoffset() == timedelta(hours=5)
    assert dt.astimezone(UTC).hour == 5
    frac = dates.parse_datetime("2012-03-28T10:00:00.123456789Z")
    assert frac.microsecond == 123456 and frac.tzinfo == UTC
    assert dates.parse_datetime("2012-03-28T10:00-03:30").utcoffset() == -timedelta(hours=3, minutes=30)
    with pytest.raises(ValueError):
        dates.parse_datetime("2012-03-28T10:00")
    with pytest.raises(ValueError):
        dates.parse_datetime("2012-02-30T10:00Z")


def test_check_when_accepts_all_three_shapes() -> None:
    assert dates.check_when({"value": "2012", "precision": "year"}) == []
    assert dates.check_when("2012-03") == []
    assert dates.check_when("2012-03-28T10:00+05:00") == []
    assert dates.check_when(["2012"])
    assert dates.check_when("2012-03-28T10:00")  # a bare string datetime needs its offset


def test_time_of_day_and_offsets() -> None:
    assert dates.check_time_of_day("14:30") is None
    assert dates.check_time_of_day("14:30:05") is None
    assert dates.check_time_of_day("2012-03-28T14:30+05:00") is None
    assert dates.check_time_of_day("25:00") is not None
    assert dates.check_time_of_day("2pm") is not None
    assert dates.check_offset("+05:00") is None and dates.check_offset("Z") is None
    assert dates.check_offset("+5") is not None and dates.check_offset("+25:00") is not None


# -- time zones -----------------------------------------------------------------------


@pytest.mark.parametrize("tz", ["Asia/Aqtau", "Asia/Almaty", "Asia/Bishkek", "Europe/London", "UTC"])
def test_iana_zones(tz: str) -> None:
    assert dates.is_timezone(tz)
    assert dates.check_timezone(tz) is None


@pytest.mark.parametrize(
    "tz", ["Asia/Nowhere", "asia/aqtau", "+05:00", "", "Asia/Aqtau ", 5, None, "A" * 100]
)
def test_bad_zones(tz: object) -> None:
    assert not dates.is_timezone(tz)
    issue = dates.check_timezone(tz)
    assert issue is not None and "IANA" in issue.problem


# -- sort keys ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ({"value": "2016", "precision": "year"}, "2016"),
        ({"value": "2012-11", "precision": "month"}, "2012-11"),
        ({"value": "2012-11-24", "precision": "day", "is_estimate": True}, "2012-11-24"),
        ({"value": "2011-10-26T14:00+05:00", "precision": "hour"}, "2011-10-26T14"),
        ({"value": "2011-10-26T14:05", "precision": "minute"}, "2011-10-26T14:05"),
        ({"value": "2011-10-26T14:05"}, "2011-10-26T14:05"),
        ("2012-03-28", "2012-03-28"),
        ("2007", "2007"),
        ("2012-03-28T23:30+05:00", "2012-03-28T23:30"),  # wall-clock day is kept
        ("2012-01-10T09:12:44.5Z", "2012-01-10T09:12:44.5"),
        ({"value": "2011-02-30", "precision": "day"}, None),
        ("yesterday", None),
        (None, None),
        (20120328, None),
    ],
)
def test_sort_key(value: object, key: str | None) -> None:
    assert dates.sort_key(value) == key


def test_sort_keys_order_chronologically() -> None:
    values = [
        "2012",
        "2012-03",
        "2012-03-28",
        "2012-03-28T10:00+05:00",
        {"value": "2012-03-29T08", "precision": "hour"},
        "2012-04",
    ]
    keys = [dates.sort_key(v) for v in values]
    assert keys == sorted(keys)


# -- properties -----------------------------------------------------------------------


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_every_real_day_is_valid(d: date) -> None:
    text = d.isoformat()
    assert dates.check_date_object({"value": text, "precision": "day"}) == []
    assert dates.check_date_object({"value": text[:7], "precision": "month"}) == []
    assert dates.sort_key({"value": text, "precision": "day"}) == text


@given(st.datetimes(min_value=datetime(1, 1, 2), timezones=st.just(timezone(timedelta(hours=5)))))
def test_isoformat_datetimes_round_trip(dt: datetime) -> None:
    text = dt.isoformat()
    assert dates.check_datetime(text) is None
    assert dates.parse_datetime(text) == dt


@settings(max_examples=300)
@given(
    st.one_of(
        st.text(max_size=40),
        st.from_regex(r"\A[0-9T:+Z.-]{0,30}\Z"),
        st.integers(),
        st.none(),
        st.dictionaries(
            st.sampled_from(["value", "precision", "is_estimate", "x"]),
            st.one_of(st.text(max_size=25), st.booleans(), st.none(), st.integers()),
        ),
    )
)
def test_never_raises(value: object) -> None:
    dates.check_when(value)
    dates.check_datetime(value)
    dates.check_plain_date(value)
    dates.check_time_of_day(value)
    dates.check_timezone(value)
    dates.sort_key(value)
    dates.precision_of(value)
