"""Normalisation functions for days: "today", "the next day", weekdays, parts of the day
("this morning", "that evening"), weekends and clock times ("9 a.m. Tuesday").

Resolved against the publication date (anchor ``dct``) or the day the text is telling
about (anchor ``text``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dateline.nlp import timex_calendar as cal
from dateline.nlp.timex_calendar import Point
from dateline.nlp.timex_context import FUTURE, PAST, PRESENT, UNKNOWN
from dateline.nlp.timex_grammar import Found
from dateline.nlp.timex_resolution import (
    Context,
    Normaliser,
    Resolution,
    ref_is_near,
    resolved,
    text_base,
)
from dateline.nlp.timex_years import pick_year


def _text_day(f: Found, ctx: Context, offset: int, pod: str | None = None) -> Resolution | None:
    """A day counted from the date under discussion ("the next day", "that evening").

    After a month or a year ("last October ... that same day") the day is not known:
    TIMEX3 keeps the known fields and writes the rest as X (1998-10-XX).
    """
    base, anchor = text_base(ctx, "day")
    if base.gran != "day":
        some = cal.vague(base, "day")
        if some.known is not None:
            return resolved(f, replace(some, part_of_day=pod), anchor, sets_ref=False)
    day = cal.shift_day(base.day, "D", offset)
    return resolved(f, Point("day", day, part_of_day=pod) if day else None, anchor)


def day_word(f: Found, ctx: Context) -> Resolution | None:
    """ "today", "yesterday", "tomorrow('s)", "tonight", "the next day", "that day"."""
    pod = f.word("part_of_day") or f.word("day_word_pod")
    offset = f.word("day_word")
    if f.has("dba") and isinstance(offset, int):
        offset += -1 if (f.text("dba") or "").lower() == "before" else 1
    if offset == 0 and not pod and _generic_present(f, ctx):
        return Resolution("DATE", "PRESENT_REF", sets_ref=False)
    if isinstance(offset, int):
        base, anchor = ctx.today, "dct"
    else:
        rel = f.word("rel_text")
        if rel is None:
            return None
        return _text_day(f, ctx, int(rel), pod)
    day = cal.shift_day(base.day, "D", offset)
    return resolved(f, Point("day", day, part_of_day=pod) if day else None, anchor)


def _generic_present(f: Found, ctx: Context) -> bool:
    """ "today's young people", "in today's world": the present at large, not one day."""
    lemma = ctx.parse.possessed_lemma(f.start, f.end)
    if lemma is not None and ctx.lexicon.lookup("generic_present", lemma):
        return True
    # "today's Russia", "at today's GM": the place or body as it is now; "today's Times"
    # is the day's edition.
    name = ctx.parse.possessed_name(f.start, f.end)
    return name is not None and not ctx.lexicon.lookup("publication", name)


def this_pod(f: Found, ctx: Context) -> Resolution | None:
    """ "this morning", "last night", "that evening", "the next morning", "mid-afternoon"."""
    pod = f.word("part_of_day")
    if f.has("pod_that"):
        return _text_day(f, ctx, 0, pod)
    rel = f.word("pod_rel")
    if rel is not None:  # "the next morning": the day after the one under discussion
        return _text_day(f, ctx, int(rel), pod)
    told = bool(f.rule.args.get("told_day"))
    if told and (
        ctx.direction(f, present=PRESENT) not in (PAST, FUTURE)
        or ctx.parse.in_simple_present(f.start, f.end)
    ):
        return None  # "they are most vocal in the morning": any morning
    if (told or f.has("pod_mid")) and f.word("day_word") is None:
        last = ctx.latest("day")  # "by mid-afternoon": the day told about, else today
        if last is not None and ref_is_near(f, ctx, last):
            return resolved(f, Point("day", last.point.day, part_of_day=pod), "text")
        if told:
            return None  # "in the morning" of no day told about: a habit, or any day
    offset = f.word("day_word")
    if offset is None:
        offset = -1 if f.has("pod_last") else 0
    day = cal.shift_day(ctx.dct, "D", int(offset))
    return resolved(f, Point("day", day, part_of_day=pod) if day else None, "dct")


def weekday(f: Found, ctx: Context) -> Resolution | None:
    """Weekdays by tense and modifiers ("on Sunday", "last Friday", "Tuesday morning")."""
    number = f.word("weekday")
    if not isinstance(number, int):
        return None
    pod = f.word("part_of_day")
    if f.has("day"):
        day = _weekday_with_day(ctx, number, int(f.text("day") or 0))
        return resolved(f, Point("day", day, part_of_day=pod) if day else None, "dct")
    day, anchor = _weekday_date(f, ctx, number)
    if f.has("dba"):  # "the day before last Tuesday('s hearing)"
        day += dt.timedelta(days=-1 if (f.text("dba") or "").lower() == "before" else 1)
    return resolved(f, Point("day", day, part_of_day=pod), anchor)


def _weekday_date(f: Found, ctx: Context, number: int) -> tuple[dt.date, str]:
    recent = f.word("rel_recent")
    rel = f.word("rel_dct")
    text_rel = f.word("rel_text")
    dct = ctx.dct
    if text_rel is not None and ctx.ref is not None:
        base = ctx.ref.point.day
        direction = FUTURE if int(text_rel) > 0 else PAST
        day = cal.weekday_near(base - dt.timedelta(days=int(text_rel) < 0), number, direction)
        return day, "text"
    if recent is not None:
        return cal.weekday_near(
            dct - dt.timedelta(days=int(recent) < 0), number, int(recent)
        ), "dct"
    if rel is not None:
        if int(rel) < 0:
            return cal.weekday_near(dct - dt.timedelta(days=1), number, PAST), "dct"
        if int(rel) > 0:
            return cal.weekday_near(dct, number, FUTURE), "dct"
        monday = dct - dt.timedelta(days=dct.weekday())
        day = monday + dt.timedelta(days=number - 1)
        if day > dct and ctx.direction(f) == PAST:
            day -= dt.timedelta(days=7)  # "This Sunday, a swimmer crossed ...", on a Tuesday
        return day, "dct"
    if number == dct.isoweekday():
        # News names its own day by the weekday ("Smith said on Friday", on a Friday).
        return dct, "dct"
    direction = ctx.direction(f, present=PRESENT)
    named = ctx.weekdays.get(number)
    if direction == PRESENT and named is not None:
        # "Germany on Monday banned the airline ... according to a post on Monday": a
        # weekday the tense leaves open is the one the story has already named.
        return named, "dct"
    day = cal.weekday_near(dct, number, FUTURE if direction == PRESENT else direction)
    if direction in (PAST, FUTURE):
        ctx.weekdays[number] = day
    return day, "dct"


def _weekday_with_day(ctx: Context, number: int, day_of_month: int) -> dt.date | None:
    """The date nearest the publication date with this weekday and day of the month."""
    best: dt.date | None = None
    for months in range(-12, 13):
        first = cal.add_months(ctx.dct.replace(day=1), months)
        date = cal.safe_date(first.year, first.month, day_of_month) if first else None
        if date is None or date.isoweekday() != number:
            continue
        if best is None or abs((date - ctx.dct).days) < abs((best - ctx.dct).days):
            best = date
    return best


def weekend(f: Found, ctx: Context) -> Resolution | None:
    """Weekends ("over the weekend", "this weekend", "last weekend")."""
    dct = ctx.dct
    this_saturday = dct - dt.timedelta(days=dct.weekday()) + dt.timedelta(days=5)
    started = this_saturday if dct >= this_saturday else this_saturday - dt.timedelta(days=7)
    text_rel = f.word("rel_text")
    if text_rel is not None and ctx.ref is not None:
        base = cal.make_point("weekend", ctx.ref.point.day)
        return resolved(f, cal.shift(base, "W", int(text_rel)), "text")
    recent, rel = f.word("rel_recent"), f.word("rel_dct")
    if recent is not None:
        day = started if int(recent) < 0 else started + dt.timedelta(days=7)
    elif rel is not None:
        day = this_saturday + dt.timedelta(days=7 * int(rel))
    elif ctx.direction(f) == FUTURE:
        day = started + dt.timedelta(days=7)
    else:
        day = started
    return resolved(f, Point("weekend", day), "dct")


def clock_time(f: Found, ctx: Context) -> Resolution | None:
    """Clock times with an optional day ("3pm", "10:35 a.m.", "9 a.m. Tuesday", "noon")."""
    clock = _clock(f)
    if clock is None:
        return None
    zone = f.word("timezone") or None
    day, anchor = _clock_day(f, ctx)
    if day is None:
        return resolved(f, None)
    return resolved(f, Point("day", day, clock=clock, zone=zone), anchor)


def _clock(f: Found) -> str | None:
    named = f.word("named_time")
    if named:
        return str(named)
    hour = int(f.text("hour") or f.text("hour2") or f.text("hour3") or f.text("mil_hour") or -1)
    minute = int(f.text("minute") or f.text("minute2") or f.text("mil_minute") or 0)
    meridiem = f.word("am_pm")
    if f.has("hour4"):  # "4 in the morning", "9 in the evening"
        hour = int(f.text("hour4") or -1)
        meridiem = "AM" if f.word("clock_pod") == "MO" else "PM"
    if meridiem and not 1 <= hour <= 12:
        return None
    if meridiem == "PM" and hour < 12:
        hour += 12
    elif meridiem == "AM" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}" if 0 <= hour <= 24 else None


def _clock_day(f: Found, ctx: Context) -> tuple[dt.date | None, str | None]:
    offset = f.word("cday_word")
    if not isinstance(offset, int):
        offset = f.word("aday_word")  # "at 6 p.m. (1700 UTC) tomorrow"
    if isinstance(offset, int):
        return cal.shift_day(ctx.dct, "D", offset), "dct"
    month = f.word("cmonth") or f.word("cmonth2") or f.word("cmonth3") or f.word("amonth")
    day_text = f.text("cday") or f.text("cday2") or f.text("cday3") or f.text("aday")
    if isinstance(month, int) and day_text:
        year_text = f.text("cyear") or f.text("cyear3") or f.text("ayear")
        year = int(year_text or 0) or _nearest_year(ctx, f, month, int(day_text))
        return cal.safe_date(year, month, int(day_text)), "dct"
    number = f.word("cweekday") or f.word("aweekday") or f.word("aweekday2") or f.word("aweekday3")
    if isinstance(number, int):
        # As a bare weekday: a scheduled time in the simple present lies ahead.
        return cal.weekday_near(ctx.dct, number, ctx.direction(f, present=FUTURE)), "dct"
    ref = ctx.ref
    if ref is not None and ref.point.clock and 0 < f.start - ref.end <= 2:
        # "8:30 p.m. local time (1930 UTC)": the same moment in another zone, told right
        # after it (the parser may end a sentence inside the parenthesis).
        return ref.point.day, "text"
    bounds = ctx.parse.sentence(f.start, f.end)
    if ref is not None and ref.point.gran == "day" and bounds and ref.start >= bounds[0]:
        # "flew on Tuesday ... at 18:00 UTC": the day named earlier in the sentence.
        return ref.point.day, "text"
    # "A fire yesterday morning destroyed 200 homes. It broke out at around 3:30am": a
    # past act at a clock time happened on the day the story is telling.
    story = _story_day(ctx)
    if story is not None and ctx.direction(f) == PAST:
        return story, "text"
    return ctx.dct, "dct"


def _story_day(ctx: Context) -> dt.date | None:
    """The last day named, if it is a whole known day not after publication."""
    ref = ctx.ref
    if ref is None or ref.point.gran != "day" or ref.point.known is not None:
        return None
    return ref.point.day if ref.point.day <= ctx.dct else None


def _nearest_year(ctx: Context, f: Found, month: int, day: int) -> int:
    dct = ctx.dct
    options = [
        (y, d)
        for y in (dct.year - 1, dct.year, dct.year + 1)
        if (d := cal.safe_date(y, month, day)) is not None
    ]
    direction = ctx.direction(f)
    firm = direction != UNKNOWN and ctx.parse.firm_tense(f.start, f.end) == direction
    return pick_year(options, dct, direction, firm) or dct.year


NORMALISERS: dict[str, Normaliser] = {
    "day_word": day_word,
    "this_pod": this_pod,
    "weekday": weekday,
    "weekend": weekend,
    "clock_time": clock_time,
}
