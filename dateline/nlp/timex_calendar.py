"""Calendar points at a granularity: shifting, TIMEX3 values and inclusive date intervals.

A ``Point`` is a period of the calendar (a day, an ISO week, a quarter, a season ...)
named by its granularity and a day inside it. All arithmetic stays within
``datetime.date``; anything that would leave its range yields ``None``, never an error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

Granularity = Literal[
    "century", "decade", "year", "half", "quarter", "season", "month", "week", "weekend", "day"
]

# Coarse to fine; a shift keeps the finer of two granularities.
FINENESS: dict[str, int] = {
    "century": 0,
    "decade": 1,
    "year": 2,
    "half": 3,
    "season": 4,
    "quarter": 4,
    "month": 5,
    "week": 6,
    "weekend": 6,
    "day": 7,
}

# First month of each meteorological season; winter belongs to the year of its December.
SEASON_START: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# Unit letters (as in the rules) to the granularity they name.
UNIT_GRANULARITY: dict[str, Granularity] = {
    "CE": "century",
    "DE": "decade",
    "Y": "year",
    "H": "half",
    "Q": "quarter",
    "M": "month",
    "W": "week",
    "WE": "weekend",
    "D": "day",
}


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar period: its granularity, a day inside it, and optional decorations."""

    gran: Granularity
    day: dt.date
    season: str | None = None  # SP, SU, FA, WI for gran == "season"
    part_of_day: str | None = None  # MO, AF, EV, NI
    clock: str | None = None  # "HH:MM" for times of day
    zone: str | None = None  # "Z", "-05" ...
    # Known only down to this coarser period ("that same day" after "last October" is
    # some day of October, TIMEX3 1998-10-XX); None when fully known.
    known: Granularity | None = None

    @property
    def value(self) -> str:
        """The TIMEX3 value of this point."""
        return format_value(self)

    def interval(self) -> tuple[dt.date, dt.date]:
        """The first and last day (inclusive) of this period."""
        return interval(self)


def make_point(gran: Granularity, day: dt.date, season: str | None = None) -> Point:
    """A point whose day is the canonical first day of its period."""
    return Point(gran, canonical_day(gran, day, season), season=season)


def canonical_day(gran: str, day: dt.date, season: str | None = None) -> dt.date:
    """The first day of the period of granularity ``gran`` containing ``day``."""
    if gran == "century":
        return dt.date(max(1, day.year // 100 * 100), 1, 1)
    if gran == "decade":
        return dt.date(max(1, day.year // 10 * 10), 1, 1)
    if gran == "year":
        return dt.date(day.year, 1, 1)
    if gran == "half":
        return dt.date(day.year, 1 if day.month <= 6 else 7, 1)
    if gran == "quarter":
        return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if gran == "season" and season is not None:
        return dt.date(day.year, SEASON_START[season], 1)
    if gran == "month":
        return day.replace(day=1)
    if gran == "week":
        return day - dt.timedelta(days=day.weekday())
    if gran == "weekend":
        return day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=5)
    return day


def period_ending(gran: Granularity, end: dt.date) -> Point | None:
    """The calendar quarter (half) that mostly overlaps the one ending on ``end``.

    A fiscal quarter "ended July 31" runs May to July: its middle month, June, puts it
    in Q2. A period ending early in a month ("ended Oct. 1") ends with the month before.
    """
    months = 3 if gran == "quarter" else 6
    last_month = end if end.day >= 15 else add_months(end, -1)
    middle = add_months(last_month, -(months // 2)) if last_month is not None else None
    return make_point(gran, middle) if middle is not None else None


def add_months(day: dt.date, months: int) -> dt.date | None:
    """``day`` moved by whole months, clamped to the month's end; None out of range."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        return None
    last = days_in_month(year, month + 1)
    return dt.date(year, month + 1, min(day.day, last))


def days_in_month(year: int, month: int) -> int:
    """Number of days in a month (Gregorian)."""
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.timedelta(days=1)).day


def shift_day(day: dt.date, unit: str, n: int) -> dt.date | None:
    """``day`` moved by ``n`` units (D, W, WE, M, Q, H, Y, DE, CE); None out of range."""
    try:
        if unit == "D":
            return day + dt.timedelta(days=n)
        if unit in ("W", "WE"):
            return day + dt.timedelta(weeks=n)
    except OverflowError:
        return None
    months = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        return None
    return add_months(day, months * n)


def shift(point: Point, unit: str, n: int) -> Point | None:
    """The point ``n`` units later (earlier when negative), at the same granularity."""
    if point.gran == "season" and unit == "season":
        moved = add_months(point.day, 3 * n)
        if moved is None:
            return None
        code = next(k for k, m in SEASON_START.items() if m == moved.month)
        return replace(point, day=moved, season=code)
    moved = shift_day(point.day, unit, n)
    if moved is None:
        return None
    return replace(point, day=canonical_day(point.gran, moved, point.season))


def vague(point: Point, gran: Granularity) -> Point:
    """A ``gran`` period inside ``point`` when the text does not say which one.

    TIMEX3 writes the unknown fields as X ("1998-10-XX", "1997-WXX"); only a year or a
    month can carry them, so a coarser or odder ``point`` is returned unchanged.
    """
    if point.gran not in _VAGUE_KNOWN or gran not in _VAGUE_PARTS:
        return point
    if FINENESS[point.gran] >= FINENESS[gran] or (point.gran, gran) in _NOT_INSIDE:
        return point
    return Point(gran, point.day, known=point.gran)


_VAGUE_KNOWN = frozenset({"year", "month"})
_VAGUE_PARTS = frozenset({"half", "quarter", "month", "week", "weekend", "day"})
_NOT_INSIDE = frozenset({("month", "half"), ("month", "quarter")})  # a month is inside them


def with_granularity(point: Point, gran: Granularity) -> Point:
    """The period of granularity ``gran`` that contains ``point``'s day."""
    return make_point(gran, point.day)


def iso_week(day: dt.date) -> tuple[int, int]:
    """ISO year and week number."""
    year, week, _ = day.isocalendar()
    return year, week


def format_value(p: Point) -> str:
    """The TIMEX3 value string of a point."""
    d = p.day
    if p.known is not None:
        return _vague_value(p)
    if p.gran == "century":
        return f"{d.year // 100:02d}"
    if p.gran == "decade":
        return f"{d.year // 10:03d}"
    if p.gran == "year":
        return f"{d.year:04d}"
    if p.gran == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if p.gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if p.gran == "season":
        return f"{d.year:04d}-{p.season}"
    if p.gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if p.gran in ("week", "weekend"):
        year, week = iso_week(d)
        return f"{year:04d}-W{week:02d}" + ("-WE" if p.gran == "weekend" else "")
    text = d.isoformat()
    if p.clock:
        return f"{text}T{p.clock}{p.zone or ''}"
    if p.part_of_day:
        return f"{text}T{p.part_of_day}"
    return text


def _vague_value(p: Point) -> str:
    """ "1998-10-XX", "1998-XX-XX", "1997-WXX", "1997-XX", "1997-QX": unknown fields as X."""
    year = f"{p.day.year:04d}"
    if p.gran in ("quarter", "half"):
        return f"{year}-{'Q' if p.gran == 'quarter' else 'H'}X"
    if p.gran in ("week", "weekend"):
        return f"{year}-WXX" + ("-WE" if p.gran == "weekend" else "")
    month = f"{p.day.month:02d}" if p.known == "month" else "XX"
    if p.gran == "month":
        return f"{year}-XX"
    text = f"{year}-{month}-XX"
    return f"{text}T{p.part_of_day}" if p.part_of_day else text


def interval(p: Point) -> tuple[dt.date, dt.date]:
    """The inclusive first and last day of a point's period."""
    if p.known is not None:
        return interval(make_point(p.known, p.day))
    start = p.day
    months = {"year": 12, "half": 6, "quarter": 3, "season": 3, "month": 1}.get(p.gran)
    if p.gran == "century":
        return start, _year_end(start.year + 99)
    if p.gran == "decade":
        return start, _year_end(start.year + 9)
    if months is not None:
        after = add_months(start, months)
        return start, (after - dt.timedelta(days=1)) if after else dt.date.max
    if p.gran == "week":
        return start, start + dt.timedelta(days=6)
    if p.gran == "weekend":
        return start, start + dt.timedelta(days=1)
    return start, start


def _year_end(year: int) -> dt.date:
    return dt.date(min(year, 9999), 12, 31)


def narrow(span: tuple[dt.date, dt.date], mod: str | None) -> tuple[dt.date, dt.date]:
    """The first, middle or last third of an interval for START, MID and END.

    Any other modifier (WITHIN: "the depths of winter") keeps the whole interval.
    """
    start, end = span
    days = (end - start).days + 1
    if mod not in ("START", "MID", "END") or days < 3:
        return span
    third = days // 3
    if mod == "START":
        return start, start + dt.timedelta(days=third - 1)
    if mod == "MID":
        return start + dt.timedelta(days=third), end - dt.timedelta(days=third)
    return end - dt.timedelta(days=third - 1), end


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None when the fields do not name one (February 30, year 0 ...)."""
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    """The nth ISO weekday (1 = Monday) of a month; nth = -1 is the last one."""
    if not 1 <= year <= 9999:
        return None
    if nth > 0:
        first = dt.date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return safe_date(year, month, 1 + offset + 7 * (nth - 1))
    last = dt.date(year, month, days_in_month(year, month))
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> dt.date | None:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    if not 1583 <= year <= 9999:
        return None
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def weekday_near(dct: dt.date, weekday: int, direction: int) -> dt.date:
    """The given ISO weekday: on or before ``dct`` (direction <= 0) or after it (> 0)."""
    if direction > 0:
        ahead = (weekday - dct.isoweekday()) % 7 or 7
        return dct + dt.timedelta(days=ahead)
    back = (dct.isoweekday() - weekday) % 7
    return dct - dt.timedelta(days=back)


def season_year(day: dt.date) -> int:
    """The year whose winter (from December) or other season contains ``day``."""
    return day.year - 1 if day.month <= 2 else day.year


def season_point(year: int, code: str) -> Point | None:
    """The season ``code`` of ``year`` (winter starts in that year's December)."""
    if not 1 <= year <= 9999:
        return None
    return Point("season", dt.date(year, SEASON_START[code], 1), season=code)


def season_of(day: dt.date) -> str:
    """The season code a day falls in."""
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP"}.get(
        day.month, "SU" if day.month <= 8 else "FA"
    )


def holiday_start(day: dt.date, gran: str) -> dt.date:
    """The first day of the holiday's week, the Saturday of its (nearest) weekend."""
    if gran == "week":
        return day - dt.timedelta(days=day.weekday())
    if gran == "weekend":
        return day + dt.timedelta(days=(5 - day.weekday() + 3) % 7 - 3)
    return day


def holiday_date(spec: Mapping[str, Any], year_value: int) -> dt.date | None:
    """The date of a holiday described by the rules in a given year."""
    if spec.get("function") == "easter":
        base = easter(year_value)
        return base + dt.timedelta(days=int(spec.get("offset", 0))) if base else None
    if "weekday" in spec:
        base = nth_weekday(year_value, spec["month"], spec["weekday"], spec["nth"])
        return base + dt.timedelta(days=int(spec.get("offset", 0))) if base else None
    return safe_date(year_value, spec["month"], spec["day"])
