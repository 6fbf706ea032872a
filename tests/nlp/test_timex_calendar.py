"""Calendar arithmetic behind TIMEX3 values and intervals."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.nlp import timex_calendar as cal
from dateline.nlp.timex_calendar import Point


@pytest.mark.parametrize(
    ("point", "value", "first", "last"),
    [
        (cal.make_point("day", dt.date(2026, 2, 24)), "2026-02-24", "2026-02-24", "2026-02-24"),
        (cal.make_point("week", dt.date(2026, 2, 24)), "2026-W09", "2026-02-23", "2026-03-01"),
        (
            cal.make_point("weekend", dt.date(2026, 2, 18)),
            "2026-W08-WE",
            "2026-02-21",
            "2026-02-22",
        ),
        (cal.make_point("month", dt.date(2024, 2, 10)), "2024-02", "2024-02-01", "2024-02-29"),
        (cal.make_point("quarter", dt.date(2023, 5, 5)), "2023-Q2", "2023-04-01", "2023-06-30"),
        (cal.make_point("half", dt.date(2023, 8, 5)), "2023-H2", "2023-07-01", "2023-12-31"),
        (cal.make_point("decade", dt.date(1994, 1, 1)), "199", "1990-01-01", "1999-12-31"),
        (cal.make_point("century", dt.date(1950, 1, 1)), "19", "1900-01-01", "1999-12-31"),
        (cal.season_point(2025, "WI"), "2025-WI", "2025-12-01", "2026-02-28"),
        (cal.season_point(2024, "SU"), "2024-SU", "2024-06-01", "2024-08-31"),
    ],
)
def test_values_and_intervals(point: Point, value: str, first: str, last: str) -> None:
    assert point.value == value
    assert point.interval() == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


def test_time_of_day_values() -> None:
    day = dt.date(2026, 2, 24)
    assert Point("day", day, clock="15:00").value == "2026-02-24T15:00"
    assert Point("day", day, part_of_day="MO").value == "2026-02-24TMO"


def test_shift_keeps_granularity_and_clamps_month_ends() -> None:
    month = cal.make_point("month", dt.date(2024, 1, 31))
    assert cal.shift(month, "M", 1).value == "2024-02"  # type: ignore[union-attr]
    assert cal.add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert cal.shift(cal.make_point("quarter", dt.date(2024, 1, 1)), "Y", -1).value == "2023-Q1"  # type: ignore[union-attr]


def test_out_of_range_is_none_not_an_error() -> None:
    assert cal.shift_day(dt.date(9999, 12, 1), "M", 5) is None
    assert cal.shift_day(dt.date(1, 1, 5), "D", -10) is None
    assert cal.safe_date(2023, 2, 30) is None
    assert cal.easter(99999) is None


def test_holiday_helpers() -> None:
    assert cal.easter(2024) == dt.date(2024, 3, 31)
    assert cal.nth_weekday(2025, 11, 4, 4) == dt.date(2025, 11, 27)  # Thanksgiving
    assert cal.nth_weekday(2025, 5, 1, -1) == dt.date(2025, 5, 26)  # last Monday of May


def test_weekday_near_and_narrow() -> None:
    monday = dt.date(2026, 2, 23)
    assert cal.weekday_near(monday, 7, -1) == dt.date(2026, 2, 22)
    assert cal.weekday_near(monday, 1, -1) == monday
    assert cal.weekday_near(monday, 1, 1) == dt.date(2026, 3, 2)
    span = (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert cal.narrow(span, "START")[0] == span[0]
    assert cal.narrow(span, "END")[1] == span[1]
    assert cal.narrow(span, None) == span


@pytest.mark.parametrize(
    ("gran", "end", "value"),
    [
        ("quarter", dt.date(2026, 9, 30), "2026-Q3"),  # July to September
        ("quarter", dt.date(2026, 7, 31), "2026-Q2"),  # May to July: mostly the second
        ("quarter", dt.date(2026, 10, 2), "2026-Q3"),  # a few days over: still July-Sept
        ("quarter", dt.date(2026, 1, 31), "2025-Q4"),  # November to January
        ("half", dt.date(2026, 6, 30), "2026-H1"),
    ],
)
def test_the_calendar_period_of_a_period_ending_on_a_day(
    gran: cal.Granularity, end: dt.date, value: str
) -> None:
    point = cal.period_ending(gran, end)
    assert point is not None and point.value == value
