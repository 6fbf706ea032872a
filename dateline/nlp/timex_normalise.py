"""Normalisation functions for calendar expressions (dates, years, decades, seasons).

Each function is named by the patterns of the rules file and turns one match into a
``Resolution`` (TIMEX3 type and value, the calendar point, the anchor; see
``timex_resolution``) or ``None`` when the match is not a time expression after all. None
of them raises on odd input: an impossible date becomes ``XXXX-XX-XX`` with no interval.
The year of a date named without one is chosen in ``timex_years``.
"""

from __future__ import annotations

import datetime as dt

from dateline.nlp import timex_calendar as cal
from dateline.nlp.timex_calendar import Point
from dateline.nlp.timex_context import FUTURE, PAST, UNKNOWN
from dateline.nlp.timex_grammar import Found
from dateline.nlp.timex_numbers import parse_year, year_of
from dateline.nlp.timex_resolution import Context, Normaliser, Resolution, modifier, resolved
from dateline.nlp.timex_years import day_year, month_year, pick_year, story_year

_RANGE_REACH = 24  # characters from a date to the day that ends its range ("Sept. 30 to 2")


# -- explicit dates --------------------------------------------------------------


def explicit_date(f: Found, ctx: Context) -> Resolution | None:
    """Month names with a day and/or year ("Feb. 24", "24 February 2022", "March")."""
    month = f.word("month")
    if not isinstance(month, int):
        return _words_year_only(f, ctx)
    year = year_of(f, ctx.dct)
    day = _day_of(f)
    anchor = "dct" if f.has("yrel") else None  # "July last year"
    if day is None:
        if year is None and _any_year(f, ctx):  # "the monsoon usually arrives in June"
            return Resolution("DATE", f"XXXX-{month:02d}", mod=modifier(f), sets_ref=False)
        if year is None:
            year, anchor = month_year(f, ctx, month)
        point = cal.safe_date(year, month, 1) if year else None
        return resolved(f, Point("month", point) if point else None, anchor)
    if year is None:
        year, anchor = day_year(f, ctx, month, day), "dct"
    date = cal.safe_date(year, month, day) if year else None
    return resolved(f, Point("day", date) if date else None, anchor, sets_ref=not _ends(f, ctx))


def _any_year(f: Found, ctx: Context) -> bool:
    """A month with no "this"/"last" in a sentence that tells what usually happens."""
    return f.first_word("rel_dct", "rel_text") is None and ctx.parse.habitual(f.start, f.end)


def range_day(f: Found, ctx: Context) -> Resolution | None:
    """The last day of a range after a month and day ("April 24 and 25"): that month's."""
    ref = ctx.ref
    if ref is None or ref.point.gran != "day" or ref.point.known is not None:
        return None
    if not 0 < f.start - ref.start <= _RANGE_REACH:
        return None  # only right after the date it continues
    day = _day_of(f)
    first = ref.point.day
    date = cal.safe_date(first.year, first.month, day) if day else None
    if date is None or date <= first:
        return None
    return resolved(f, Point("day", date), "text", sets_ref=False)


def _ends(f: Found, ctx: Context) -> bool:
    """ "the quarter ended Sept. 30": the day bounds the quarter, which stays the topic."""
    ref = ctx.ref
    if ref is None or ref.point.gran not in ("quarter", "half") or f.start - ref.start > 40:
        return False
    return ctx.parse.closes_period(f.start, f.end)


def week_of(f: Found, ctx: Context) -> Resolution | None:
    """ "the week of March 6", "the last week of March": an ISO week."""
    res = explicit_date(f, ctx)
    if res is None or res.point is None:
        return res
    point = res.point
    nth = f.word("wordinal")
    if point.gran == "day":
        day = point.day
    elif isinstance(nth, int) and nth != 0:
        # The weeks with most of their days in the month, as ISO counts weeks.
        start, end = point.interval()
        offset = -3 if nth < 0 else 3 + 7 * (nth - 1)
        day = (end if nth < 0 else start) + dt.timedelta(days=offset)
        if day > end:
            return None
    else:
        return None
    return resolved(f, cal.make_point("week", day), res.anchor)


def _words_year_only(f: Found, ctx: Context) -> Resolution | None:
    value = year_of(f, ctx.dct)
    return resolved(f, Point("year", dt.date(value, 1, 1))) if value and value > 0 else None


def _day_of(f: Found) -> int | None:
    if f.has("day"):
        digits = "".join(ch for ch in f.text("day") or "" if ch.isdigit())
        return int(digits) if digits else None
    ordinal = f.word("ordinal")
    return ordinal if isinstance(ordinal, int) and ordinal > 0 else None


def iso_date(f: Found, ctx: Context) -> Resolution | None:
    """ISO 8601 dates and date-times ("2024-02-24", "2024-02-24T10:30")."""
    year = parse_year(f.text("year4"), ctx.dct)
    month, day = int(f.text("month_num") or 0), int(f.text("day_num") or 0)
    date = cal.safe_date(year, month, day) if year else None
    if date is None:
        return resolved(f, None)
    if f.has("hour") and f.has("minute"):
        clock = f"{int(f.text('hour') or 0):02d}:{f.text('minute')}"
        return resolved(f, Point("day", date, clock=clock))
    return resolved(f, Point("day", date))


def numeric_date(f: Found, ctx: Context) -> Resolution | None:
    """Slashed or dotted dates; day/month order from the document or the language default."""
    n1, n2 = int(f.text("n1") or 0), int(f.text("n2") or 0)
    year = parse_year(f.text("n3"), ctx.dct)
    day_first = ctx.day_first or f.text("sep") == "."
    if n1 > 12 >= n2:
        day_first = True
    elif n2 > 12 >= n1:
        day_first = False
    day, month = (n1, n2) if day_first else (n2, n1)
    date = cal.safe_date(year, month, day) if year else None
    return resolved(f, Point("day", date) if date else None)


def year(f: Found, ctx: Context) -> Resolution | None:
    """A year ("2022", "the year 1990", "fiscal 2024", "300 BC", "1990-91")."""
    if f.has("era"):
        return _era_year(f)
    value = year_of(f, ctx.dct)  # digits, or words: "the year two thousand"
    if value is None or not 1 <= value <= 9999:
        return None
    point = Point("year", dt.date(value, 1, 1))
    interval = None
    end_text = f.text("year_end")
    if end_text:
        end = int(end_text) if len(end_text) == 4 else value // 100 * 100 + int(end_text)
        if not value < end <= value + 10:
            return None
        interval = (point.day, dt.date(end, 12, 31))
    return resolved(f, point, interval=interval)


def _era_year(f: Found) -> Resolution | None:
    digits = f.text("year_any") or ""
    era = (f.text("era") or "").replace(".", "").upper()
    if not digits.isdigit() or not 0 < int(digits) < 10000:
        return None
    if era.startswith("B"):
        return resolved(f, None, value=f"BC{int(digits):04d}")
    return resolved(f, Point("year", dt.date(int(digits), 1, 1)))


def decade(f: Found, ctx: Context) -> Resolution | None:
    """Decades ("the 1990s", "the '80s", "the nineties")."""
    digits = (f.text("decade_digits") or "").strip("'’")
    tens = f.word("decade_word")
    if digits:
        if len(digits) >= 3:
            return resolved(f, _decade_point(int(digits) // 10 * 10))
        tens = int(digits) // 10
    if not isinstance(tens, int):
        return None
    hundreds = f.word("century_word")
    if isinstance(hundreds, int) and 10 <= hundreds <= 20:
        return resolved(f, _decade_point(hundreds * 100 + tens * 10))
    century = ctx.dct.year // 100
    if century * 100 + tens * 10 > ctx.dct.year:
        century -= 1
    return resolved(f, _decade_point(century * 100 + tens * 10), "dct")


def _decade_point(first_year: int) -> Point | None:
    return Point("decade", dt.date(first_year, 1, 1)) if 1 <= first_year <= 9990 else None


def century(f: Found, ctx: Context) -> Resolution | None:
    """Centuries ("the 20th century" -> 19)."""
    text = f.text("century_num")
    number = int(text) if text and text.isdigit() else f.word("ordinal")
    if not isinstance(number, int) or not 1 <= number <= 99:
        return None
    return resolved(f, Point("century", dt.date(max(1, (number - 1) * 100), 1, 1)))


# -- seasons and holidays -----------------------------------------------------


def season(f: Found, ctx: Context) -> Resolution | None:
    """Seasons ("this winter", "last fall", "the summer of 1994", "spring 2023")."""
    code = f.word("season")
    if not isinstance(code, str):
        return None
    explicit = year_of(f, ctx.dct)
    if explicit is not None:
        return resolved(f, cal.season_point(explicit, code))
    current_year = cal.season_year(ctx.dct) if code == "WI" else ctx.dct.year
    recent = f.word("rel_recent")
    rel = f.first_word("rel_dct", "rel_text")
    if rel is not None and rel[0] == "rel_text" and ctx.ref is not None:
        ref_year = ctx.ref.point.day.year
        return resolved(f, cal.season_point(ref_year + int(rel[1]), code), "text")
    story = story_year(ctx) if f.has("that_year") else None
    if story is not None:  # "in the spring of that year"
        return resolved(f, cal.season_point(story.year, code), "text")
    point = cal.season_point(current_year, code)
    if point is None:
        return resolved(f, None)
    start, end = point.interval()
    if recent is not None or rel is None:
        direction = int(recent) if recent is not None else ctx.direction(f)
        if direction == PAST and start > ctx.dct:
            return resolved(f, cal.season_point(current_year - 1, code), "dct")
        if direction == FUTURE and end < ctx.dct:
            return resolved(f, cal.season_point(current_year + 1, code), "dct")
        return resolved(f, point, "dct")
    step = int(rel[1])
    if step > 0 and start > ctx.dct:
        step = 0  # "next summer", told in March: this year's, which has not begun
    return resolved(f, cal.season_point(current_year + step, code), "dct")


def holiday(f: Found, ctx: Context) -> Resolution | None:
    """Named days ("Christmas", "Thanksgiving", "Easter 2024", "Easter week")."""
    spec = ctx.holidays.get(str(f.word("holiday")))
    if spec is None:
        return None
    explicit = parse_year(f.text("year"), ctx.dct)
    years = [explicit] if explicit else [ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1]
    gran = _HOLIDAY_UNITS.get((f.text("holiday_unit") or "").lower(), "day")
    # A week or weekend is placed by its first day ("as Easter week began" on its Monday).
    days = [(y, cal.holiday_date(spec, y)) for y in years]
    candidates = [(y, cal.holiday_start(d, gran)) for y, d in days if d is not None]
    direction = ctx.direction(f)
    # "marched on Anzac Day", written in February: a simple past that governs the day
    # puts it behind, as it does a month and day ("took place on March 18").
    firm = direction != UNKNOWN and ctx.parse.firm_tense(f.start, f.end) == direction
    chosen = explicit or pick_year(candidates, ctx.dct, direction, firm)
    date = next((d for y, d in candidates if y == chosen), None)
    point = Point(gran, date) if date else None
    return resolved(f, point, None if explicit else "dct")


_HOLIDAY_UNITS: dict[str, cal.Granularity] = {"week": "week", "weekend": "weekend"}


NORMALISERS: dict[str, Normaliser] = {
    "explicit_date": explicit_date,
    "range_day": range_day,
    "week_of": week_of,
    "iso_date": iso_date,
    "numeric_date": numeric_date,
    "year": year,
    "decade": decade,
    "century": century,
    "season": season,
    "holiday": holiday,
}
