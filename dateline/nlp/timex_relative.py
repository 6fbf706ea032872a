"""Normalisation functions for relative expressions, times of day, durations and sets.

"Relative" means resolved against the publication date (anchor ``dct``) or against the
last date the text mentioned (anchor ``text``): weekdays, "yesterday", "last month",
"two years ago", "the following week", "a year earlier".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dateline.nlp import timex_calendar as cal
from dateline.nlp.timex_calendar import Point
from dateline.nlp.timex_context import FUTURE, PAST, PRESENT, UNKNOWN
from dateline.nlp.timex_grammar import Found
from dateline.nlp.timex_normalise import (
    Context,
    Normaliser,
    Reference,
    Resolution,
    parse_number,
    pick_year,
    resolved,
)

_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
_NEAR_CHARS = 300  # how far back a reference date still counts as "just before"
_SMALLER = {"Y": ("M", 12), "H": ("MIN", 60), "MIN": ("S", 60), "D": ("H", 24), "W": ("D", 7)}
_MULTIPLE = {"2W": ("W", 2), "DE": ("Y", 10), "CE": ("Y", 100)}


def _text_base(ctx: Context, gran: cal.Granularity | None = None) -> tuple[Point, str]:
    """The reference point (anchor ``text``) or the publication date (anchor ``dct``)."""
    ref = ctx.ref_point()
    if ref is None:
        return (cal.make_point(gran, ctx.dct) if gran else ctx.today), "dct"
    if gran is not None and cal.FINENESS[ref.gran] >= cal.FINENESS[gran]:
        return cal.with_granularity(ref, gran), "text"
    return ref, "text"


def _text_day(f: Found, ctx: Context, offset: int, pod: str | None = None) -> Resolution | None:
    """A day counted from the date under discussion ("the next day", "that evening").

    After a month or a year ("last October ... that same day") the day is not known:
    TIMEX3 keeps the known fields and writes the rest as X (1998-10-XX).
    """
    base, anchor = _text_base(ctx, "day")
    if base.gran != "day":
        some = cal.vague(base, "day")
        if some.known is not None:
            return resolved(f, replace(some, part_of_day=pod), anchor, sets_ref=False)
    day = cal.shift_day(base.day, "D", offset)
    return resolved(f, Point("day", day, part_of_day=pod) if day else None, anchor)


# -- days, weekdays, parts of the day ----------------------------------------


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
        if last is not None and _ref_is_near(f, ctx, last):
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
        return monday + dt.timedelta(days=number - 1), "dct"
    if number == dct.isoweekday():
        # News names its own day by the weekday ("Smith said on Friday", on a Friday).
        return dct, "dct"
    return cal.weekday_near(dct, number, ctx.direction(f, present=FUTURE)), "dct"


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


def weekday_set(f: Found, ctx: Context) -> Resolution | None:
    """Recurring weekdays ("every Tuesday", "Tuesdays", "Tuesday nights")."""
    found = f.first_word("weekday", "weekday_plural", "weekday2")
    number = found[1] if found else None
    if not isinstance(number, int):
        return None
    pod = f.word("part_of_day") or f.word("pod2")
    plural = f.text("pod_plural") or f.text("pod_shared")
    if pod is None and plural:
        pod = ctx.lexicon.lookup("part_of_day", plural.rstrip("sS"))
    value = f"XXXX-WXX-{number}" + (f"T{pod}" if pod else "")
    return Resolution("SET", value, sets_ref=False)


def calendar_set(f: Found, ctx: Context) -> Resolution | None:
    """Recurring months, seasons and parts of the day ("each July" XXXX-07, "every summer"
    XXXX-SU, "every night" XXXX-XX-XXTNI)."""
    month, season, pod = f.word("month"), f.word("season"), f.word("part_of_day")
    if isinstance(month, int):
        return Resolution("SET", f"XXXX-{month:02d}", sets_ref=False)
    if pod:
        return Resolution("SET", f"XXXX-XX-XXT{pod}", sets_ref=False)
    return Resolution("SET", f"XXXX-{season}", sets_ref=False) if season else None


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
    month = f.word("cmonth") or f.word("cmonth2") or f.word("cmonth3")
    day_text = f.text("cday") or f.text("cday2") or f.text("cday3")
    if isinstance(month, int) and day_text:
        year_text = f.text("cyear") or f.text("cyear3")
        year = int(year_text or 0) or _nearest_year(ctx, f, month, int(day_text))
        return cal.safe_date(year, month, int(day_text)), "dct"
    number = f.word("cweekday") or f.word("aweekday") or f.word("aweekday2")
    if isinstance(number, int):
        # As a bare weekday: a scheduled time in the simple present lies ahead.
        return cal.weekday_near(ctx.dct, number, ctx.direction(f, present=FUTURE)), "dct"
    ref = ctx.ref
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


# -- relative periods and offsets ---------------------------------------------


def rel_period(f: Found, ctx: Context) -> Resolution | None:
    """ "this week", "last month", "next year", "earlier this month", "the following year"."""
    unit = f.word("period")
    gran = cal.UNIT_GRANULARITY.get(str(unit))
    if gran is None:
        return None
    edge = f.word("edge")
    mod = ctx.lexicon.lookup("modifier", f.text("edge") or "") if edge is None else edge
    if unit == "WE":
        return weekend(f, ctx)
    text_rel = f.word("rel_text")
    if text_rel is not None:
        base, anchor = _text_base(ctx, gran)
        some = cal.vague(base, gran)
        if some.known is not None:  # "the following week" after "in 1997": 1997-WXX
            return resolved(f, some, anchor, mod=mod, sets_ref=False)
        return resolved(f, cal.shift(base, str(unit), int(text_rel)), anchor, mod=mod)
    rel = f.word("rel_dct")
    if rel is None:
        rel = f.word("rel_recent")  # "this past week" is the last one, as "the past week"
    if rel is None:
        return None
    base = cal.make_point(gran, ctx.dct)
    return resolved(f, cal.shift(base, str(unit), int(rel)), "dct", mod=mod)


def offset(f: Found, ctx: Context) -> Resolution | None:
    """ "four years ago", "two days later", "a year earlier", "three weeks from now"."""
    unit = str(f.word("unit"))
    found = f.first_word("offset_word", "offset_relation")
    count = _halved(f, parse_number(f.text("count") or "", ctx.lexicon))
    if found is None or found[1] is None or count is None:
        return None
    sign = int(found[1])
    anchor_kind = ctx.lexicon.lookup("offset_anchor", f.text(found[0]) or "") or "text"
    if anchor_kind == "text" and (count == "X" or unit in _TIME_UNITS):
        # "a few days later", "an hour later": TimeML annotates the measure as a
        # duration; it names no calendar date (and "later" is not after publication).
        # A counted day ("two days later") stays the DATE it reaches: events are dated by it.
        return Resolution("DURATION", duration_value(count, unit), sets_ref=False)
    if count == "X":
        return Resolution("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", sets_ref=False)
    steps, unit = _whole_units(float(count), unit)
    gran = cal.UNIT_GRANULARITY.get(unit, "day")
    if unit == "W" and steps <= int(f.rule.args.get("day_weeks", 0)):
        gran = "day"  # "a week ago" is that day a week back, "six weeks ago" a week
    if unit in ("DE", "CE"):
        gran = "year"
    base, anchor = _offset_base(f, ctx, anchor_kind, gran, unit)
    if unit == "Y" and anchor_kind == "text" and ctx.after_months_span(f):
        # "in the first nine months, against $2 million a year earlier": that year.
        point = Point("year", dt.date(base.day.year + sign * steps, 1, 1))
        return resolved(f, point, anchor, sets_ref=False)
    some = cal.vague(base, gran) if anchor == "text" else base
    if some.known is not None:  # "two days later" after "in October": 1998-10-XX
        return resolved(f, some, anchor, sets_ref=False)
    point = cal.shift(base, unit if unit in _UNIT_SHIFT else "D", sign * steps)
    if point is not None and unit not in _TIME_UNITS:
        point = replace(point, clock=None, zone=None, part_of_day=None)  # "a year earlier"
    return resolved(f, point, anchor, sets_ref=not (anchor == "dct" and sign < 0))


def nth_period(f: Found, ctx: Context) -> Resolution | None:
    """ "a second consecutive day", "the eighth day of X": the day (week) being reported."""
    unit_text = f.text("nth_unit") or f.text("nth_unit2") or ""
    gran = cal.UNIT_GRANULARITY.get(str(ctx.lexicon.lookup("unit", unit_text)))
    if gran is None or ctx.direction(f) == FUTURE:
        return None  # "the first day of the new term" lies ahead on an unknown day
    if f.rule.args.get("running") and not ctx.parse.present_perfect(f.start, f.end):
        return None  # "fell for a second year in a row": which year is told elsewhere
    return resolved(f, cal.make_point(gran, ctx.dct), "dct", sets_ref=False)


def year_end(f: Found, ctx: Context) -> Resolution | None:
    """ "by year-end": the closing day of a year; "by year's end": the year's end (END)."""
    # "since year-end" and a past-tense clause mean the last year-end; otherwise this one.
    back = bool(f.rule.args.get("back")) or ctx.direction(f) == PAST
    year = ctx.dct.year - back
    if not f.has("year_compound"):
        # "year end", "year's end" say "the end of the year" in other words: TIMEX3 writes
        # that as the year with mod END; the hyphenated compound is the accounts' day.
        return resolved(f, Point("year", dt.date(year, 1, 1)), "dct", sets_ref=False, mod="END")
    return resolved(f, Point("day", dt.date(year, 12, 31)), "dct", sets_ref=False)


_UNIT_SHIFT = frozenset({"D", "W", "WE", "M", "Q", "H", "Y", "DE", "CE"})


def _offset_base(
    f: Found, ctx: Context, anchor_kind: object, gran: cal.Granularity, unit: str
) -> tuple[Point, str]:
    ref = ctx.ref_point()
    if anchor_kind == "text" and ref is not None:
        return ref, "text"
    near_quarter = ref is not None and ref.gran in ("quarter", "half") and _ref_is_near(f, ctx)
    if unit in ("Y", "M") and near_quarter and ref is not None:
        return ref, "text"
    if unit in ("H", "MIN", "S"):
        return ctx.today, "dct"
    return cal.make_point(gran, ctx.dct), "dct"


def _halved(f: Found, count: float | str | None) -> float | str | None:
    """ "an hour and a half" adds a half; "half an hour" halves the count."""
    if count is None or count == "X":
        return count
    if f.has("half"):
        count = float(count) + 0.5
    return float(count) / 2 if f.has("half_of") else count


def _whole_units(count: float, unit: str) -> tuple[int, str]:
    """A whole number of (possibly smaller) units: 1.5 years -> 18 months."""
    if count != int(count) and unit in ("DE", "CE"):  # "half a century" -> 50 years
        base, factor = _MULTIPLE[unit]
        return _whole_units(count * factor, base)
    if count != int(count) and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        return round(count * factor), smaller
    if unit in ("2W",):
        return int(count) * 2, "W"
    return round(count), unit


def rel_period_word(f: Found, ctx: Context) -> Resolution | None:
    """ "this century", "last decade"."""
    unit = ctx.lexicon.lookup("period", f.text("big") or "")
    gran = cal.UNIT_GRANULARITY.get(str(unit))
    rel = f.word("rel_dct")
    if gran is None or rel is None:
        return None
    return resolved(f, cal.shift(cal.make_point(gran, ctx.dct), str(unit), int(rel)), "dct")


def the_unit(f: Found, ctx: Context) -> Resolution | None:
    """ "the day", "that day", "the year": the period of the date under discussion."""
    unit = ctx.lexicon.lookup("unit", f.text("the_unit") or "")
    gran = cal.UNIT_GRANULARITY.get(str(unit))
    if gran is None:
        return None
    # The last date named at least as finely ("ended the day" after "on Friday").
    finer = [g for g, rank in cal.FINENESS.items() if rank >= cal.FINENESS[gran]]
    last = ctx.latest(*finer)
    if last is not None and _ref_is_near(f, ctx, last):
        return resolved(f, cal.with_granularity(last.point, gran), "text", sets_ref=False)
    return resolved(f, cal.make_point(gran, ctx.dct), "dct", sets_ref=False)


def _ref_is_near(f: Found, ctx: Context, ref: Reference | None = None) -> bool:
    """True when the reference date was given in this sentence or just before it."""
    ref = ref or ctx.ref
    bounds = ctx.parse.sentence(f.start, f.end)
    if ref is None or bounds is None:
        return ref is not None
    return ref.start >= bounds[0] - _NEAR_CHARS


# -- durations, sets and references ---------------------------------------------


def duration(f: Found, ctx: Context) -> Resolution | None:
    """Durations ("four years", "the past 24 hours", "five-year", "for years")."""
    unit = f.word("unit") or f.word("period")
    if unit is None and f.has("plural_unit"):
        unit = ctx.lexicon.lookup("unit", f.text("plural_unit") or "")
        count: float | str | None = "X"
    else:
        count = parse_number(f.text("count") or "one", ctx.lexicon) if f.has("count") else 1.0
    if unit is None or count is None or _looks_like_year(f.text("count")):
        return None
    count = _halved(f, count)
    value = duration_value(count, str(unit))
    interval = None if count == "X" else _duration_span(f, ctx, float(count), str(unit))
    anchor = "dct" if interval else None
    return Resolution("DURATION", value, None, None, anchor, interval=interval, sets_ref=False)


def _duration_span(
    f: Found, ctx: Context, count: float, unit: str
) -> tuple[dt.date, dt.date] | None:
    """The dates a duration covers when the text ties it to today, else None."""
    direction = f.word("backward")
    if direction is not None:  # "the past two months", "the next two weeks"
        return _duration_interval(ctx.dct, count, unit, int(direction))
    if f.rule.args.get("ahead") and ctx.direction(f) != PAST:
        ahead = _duration_interval(ctx.dct, count, unit, 1)
        if ahead is None or f.has("within"):  # "within two weeks": from today
            return ahead
        return ahead[1], ahead[1]  # "in two weeks": that day
    if ctx.parse.present_perfect(f.start, f.end):
        # "has been held for four years": the four years up to today.
        return _duration_interval(ctx.dct, count, unit, -1)
    return None


def _looks_like_year(text: str | None) -> bool:
    """ "the 1988 quarter" is a year, not 1,988 quarters."""
    return bool(text) and text.isdigit() and len(text) == 4 and 1000 <= int(text) <= 2100


def duration_value(count: float | str, unit: str) -> str:
    """The TIMEX3 duration value ("P4Y", "PT5H30M", "PXY")."""
    if unit in _MULTIPLE:
        base, factor = _MULTIPLE[unit]
        count = count if count == "X" else float(count) * factor
        unit = base
    if count == "X":
        return f"P{'T' if unit in _TIME_UNITS else ''}X{_letter(unit)}"
    amount = float(count)
    if amount != int(amount) and unit in _SMALLER:
        # "2 1/2 years" is P2Y6M: whole units, then the rest in the next smaller unit.
        smaller, factor = _SMALLER[unit]
        whole = int(amount)
        rest = round((amount - whole) * factor)
        head = f"{whole}{_letter(unit)}" if whole else ""
        time_part = smaller in _TIME_UNITS and unit not in _TIME_UNITS
        tail = f"{'T' if time_part else ''}{rest}{_letter(smaller)}" if rest else ""
        return f"P{'T' if unit in _TIME_UNITS else ''}{head}{tail}"
    number = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    return f"P{'T' if unit in _TIME_UNITS else ''}{number}{_letter(unit)}"


def _letter(unit: str) -> str:
    return _TIME_UNITS.get(unit, unit)


def _duration_interval(
    dct: dt.date, count: float, unit: str, direction: int
) -> tuple[dt.date, dt.date] | None:
    steps, whole_unit = _whole_units(count, unit)
    if whole_unit in _MULTIPLE:
        base, factor = _MULTIPLE[whole_unit]
        steps, whole_unit = steps * factor, base
    if whole_unit in _TIME_UNITS:
        return dct, dct
    other = cal.shift_day(dct, whole_unit, direction * steps)
    if other is None:
        return None
    return (other, dct) if direction < 0 else (dct, other)


def vague_period(f: Found, ctx: Context) -> Resolution | None:
    """ "recent years", "the coming months": an unknown number of units (TimeML PXY)."""
    unit = ctx.lexicon.lookup("unit", f.text("vunit") or "")
    if unit is None or f.word("vague_period") is None:
        return None
    return Resolution("DURATION", duration_value("X", str(unit)), sets_ref=False)


def set_every(f: Found, ctx: Context) -> Resolution | None:
    """Sets ("every day", "each year", "every two weeks", "twice a week")."""
    unit = f.word("unit")
    if unit is None:
        return None
    every = f.word("set_quantifier") or "1"
    count = parse_number(f.text("set_count") or "one", ctx.lexicon)
    if not isinstance(count, float | int):
        return None
    return Resolution("SET", duration_value(float(count) * float(every), str(unit)), sets_ref=False)


def set_word(f: Found, ctx: Context) -> Resolution | None:
    """ "daily", "weekly", "annually"."""
    value = f.word("set_word")
    return Resolution(f.rule.type, str(value), sets_ref=False) if value else None


def ref(f: Found, ctx: Context) -> Resolution | None:
    """ "now", "currently", "recently", "soon", "the future"."""
    value = f.word("ref_word") or f.word("term_ref") or f.rule.args.get("value")
    if not value:
        return None
    if ctx.lexicon.lookup("narrative_ref", f.text("ref_word") or "") and ctx.direction(f) == PAST:
        # "the cash soon became a flood": soon after the story's time, not after publication.
        return None
    return Resolution("DATE", str(value), sets_ref=False)


def anniversary(f: Found, ctx: Context) -> Resolution | None:
    """ "the fourth anniversary (of ...)": resolved later from knowledge or its sentence."""
    number = f.word("ordinal")
    if number is None and f.has("ord_num"):
        number = int(f.text("ord_num") or 0)
    if not isinstance(number, int) or number <= 0:
        return None
    return Resolution("DATE", "", sets_ref=False, years_since=number)


NORMALISERS: dict[str, Normaliser] = {
    "day_word": day_word,
    "this_pod": this_pod,
    "weekday": weekday,
    "weekday_set": weekday_set,
    "calendar_set": calendar_set,
    "weekend": weekend,
    "clock_time": clock_time,
    "rel_period": rel_period,
    "rel_period_word": rel_period_word,
    "offset": offset,
    "year_end": year_end,
    "nth_period": nth_period,
    "the_unit": the_unit,
    "duration": duration,
    "vague_period": vague_period,
    "set_every": set_every,
    "set_word": set_word,
    "ref": ref,
    "anniversary": anniversary,
}
