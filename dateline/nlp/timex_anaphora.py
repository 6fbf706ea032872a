"""Normalisation functions for expressions that point back at a date the text named.

"by that time" is the date just named; "three days later than planned" measures a delay
(or, set after a date, is that date); "Oct. 12, the day before the crash" is Oct. 12; "on
the 15th" is a day of the month under discussion.
"""

from __future__ import annotations

import datetime as dt

from dateline.nlp import timex_calendar as cal
from dateline.nlp.timex_calendar import Point
from dateline.nlp.timex_context import FUTURE, PAST
from dateline.nlp.timex_durations import duration_value
from dateline.nlp.timex_grammar import Found
from dateline.nlp.timex_numbers import parse_number
from dateline.nlp.timex_resolution import Context, Normaliser, Resolution, ref_is_near, resolved

_APPOSITION_GAP = 3  # ", " between a date and the phrase that restates it


def that_time(f: Found, ctx: Context) -> Resolution | None:
    """ "by that time", "at that time": the date named in this sentence or just before."""
    ref = ctx.ref
    if ref is None or not ref_is_near(f, ctx):
        return None  # no date to point at: "at that time" alone is left out
    return resolved(f, ref.point, "text", sets_ref=False)


def apposed_date(f: Found, ctx: Context) -> Resolution | None:
    """ "Oct. 12, the day before the crash": the date it is set after, else no timex."""
    ref = ctx.ref
    if ref is None or not 0 <= f.start - ref.end <= _APPOSITION_GAP:
        return None
    return resolved(f, ref.point, "text", sets_ref=False)


def offset_than(f: Found, ctx: Context) -> Resolution | None:
    """ "three days later than planned": the delay, or the date it restates."""
    ref = ctx.ref
    # "arrives on November 11, three days later than planned": November 11 itself.
    if ref is not None and 0 <= f.start - ref.end <= _APPOSITION_GAP:
        return resolved(f, ref.point, "text", type="DATE", sets_ref=False)
    unit = f.word("unit")
    count = parse_number(f.text("count") or "", ctx.lexicon)
    if unit is None or count is None:
        return None
    return Resolution("DURATION", duration_value(count, str(unit)), sets_ref=False)


def day_of_month(f: Found, ctx: Context) -> Resolution | None:
    """ "on the 15th": that day of the month just named, else of the publication month's
    by tense (the coming 15th for what lies ahead, the last one for what is told as done)."""
    day = int("".join(ch for ch in f.text("day") or "" if ch.isdigit()) or 0)
    ref = ctx.ref
    near = ref is not None and ref_is_near(f, ctx)
    if ref is not None and near and ref.point.gran in ("month", "day") and ref.point.known is None:
        first = ref.point.day
        date = cal.safe_date(first.year, first.month, day)
        return resolved(f, Point("day", date) if date else None, "text")
    this = cal.safe_date(ctx.dct.year, ctx.dct.month, day)
    if this is None:
        return None
    direction = ctx.direction(f, present=FUTURE)
    if direction == FUTURE and this < ctx.dct:
        this = cal.safe_date(*_month_after(ctx.dct), day)
    elif direction == PAST and this > ctx.dct:
        this = cal.safe_date(*_month_before(ctx.dct), day)
    return resolved(f, Point("day", this) if this else None, "dct")


def _month_after(day: dt.date) -> tuple[int, int]:
    return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)


def _month_before(day: dt.date) -> tuple[int, int]:
    return (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)


NORMALISERS: dict[str, Normaliser] = {
    "day_of_month": day_of_month,
    "that_time": that_time,
    "offset_than": offset_than,
    "apposed_date": apposed_date,
}
"""The normalisers of this module by the name the rules use."""
