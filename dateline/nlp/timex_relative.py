"""Normalisation functions for relative periods and offsets.

"Relative" means resolved against the publication date (anchor ``dct``) or against the
last date the text mentioned (anchor ``text``): "last month", "two years ago", "the
following week", "a year earlier", "the day", "by year-end". Days and weekdays are in
``timex_days``; durations and sets in ``timex_durations``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dateline.nlp import timex_calendar as cal
from dateline.nlp.timex_calendar import Point
from dateline.nlp.timex_context import FUTURE, PAST
from dateline.nlp.timex_days import weekend
from dateline.nlp.timex_durations import TIME_UNITS, duration_value, halved, whole_units
from dateline.nlp.timex_grammar import Found
from dateline.nlp.timex_numbers import parse_number
from dateline.nlp.timex_resolution import (
    Context,
    Normaliser,
    Resolution,
    ref_is_near,
    resolved,
    text_base,
)

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
        base, anchor = text_base(ctx, gran)
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
    count = halved(f, parse_number(f.text("count") or "", ctx.lexicon))
    if found is None or found[1] is None or count is None:
        return None
    sign = int(found[1])
    anchor_kind = ctx.lexicon.lookup("offset_anchor", f.text(found[0]) or "") or "text"
    if anchor_kind == "text" and (count == "X" or unit in TIME_UNITS):
        # "a few days later", "an hour later": TimeML annotates the measure as a
        # duration; it names no calendar date (and "later" is not after publication).
        # A counted day ("two days later") stays the DATE it reaches: events are dated by it.
        return Resolution("DURATION", duration_value(count, unit), sets_ref=False)
    if count == "X":
        return Resolution("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", sets_ref=False)
    steps, unit = whole_units(float(count), unit)
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
    if point is not None and unit not in TIME_UNITS:
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
    first = _first_of_told_day(f, ctx)
    if first is not None:
        return resolved(f, cal.make_point(gran, first), "text", sets_ref=False)
    return resolved(f, cal.make_point(gran, ctx.dct), "dct", sets_ref=False)


def _first_of_told_day(f: Found, ctx: Context) -> dt.date | None:
    """ "She began the protest on August 20, 2018. She stood alone on the first day": in a
    past clause just after a day told, the first day (week) is that day's, not today's."""
    ref = ctx.ref
    if f.word("ordinal") != 1 or ref is None or ref.point.gran != "day":
        return None
    if ref.point.day >= ctx.dct - dt.timedelta(days=1) or not ref_is_near(f, ctx, ref):
        return None
    return ref.point.day if ctx.direction(f) == PAST else None


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
    near_quarter = ref is not None and ref.gran in ("quarter", "half") and ref_is_near(f, ctx)
    if unit in ("Y", "M") and near_quarter and ref is not None:
        return ref, "text"
    if unit in ("H", "MIN", "S"):
        return ctx.today, "dct"
    return cal.make_point(gran, ctx.dct), "dct"


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
    if last is not None and ref_is_near(f, ctx, last):
        return resolved(f, cal.with_granularity(last.point, gran), "text", sets_ref=False)
    return resolved(f, cal.make_point(gran, ctx.dct), "dct", sets_ref=False)


# -- references -------------------------------------------------------------


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
    "rel_period": rel_period,
    "rel_period_word": rel_period_word,
    "offset": offset,
    "year_end": year_end,
    "nth_period": nth_period,
    "the_unit": the_unit,
    "ref": ref,
    "anniversary": anniversary,
}
