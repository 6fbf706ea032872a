"""Business periods: quarters, halves, fiscal years and year-ago comparisons.

"the third quarter", "Q1 2023", "the quarter ended July 31", "the year-ago period",
"the 1988 period", "fiscal 2024", "the latest fiscal year", "the past decade".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from dateline.nlp import timex_calendar as cal
from dateline.nlp.timex_calendar import Point
from dateline.nlp.timex_context import FUTURE, PAST, UNKNOWN
from dateline.nlp.timex_grammar import Found
from dateline.nlp.timex_normalise import explicit_date
from dateline.nlp.timex_numbers import parse_year, year_of
from dateline.nlp.timex_resolution import Context, Normaliser, Resolution, resolved
from dateline.nlp.timex_years import closed_date

_QUARTER_REACH = 40  # days per month of the period: how far a quarter (120 days) or a
# half (240) that the tense points to may lie from today


def quarter(f: Found, ctx: Context) -> Resolution | None:
    """Quarters and halves ("the third quarter", "Q1 2023", "the quarter", "first half")."""
    kind = f.word("quarter_word") or ("H" if f.rule.args.get("half") else "Q")
    gran = "quarter" if kind == "Q" else "half"
    count = 4 if gran == "quarter" else 2
    number = _quarter_number(f, count)
    if number is None:
        return _unnumbered_quarter(f, ctx, gran)
    if not 1 <= number <= count:
        return resolved(f, None)
    if f.rule.args.get("plural") and not f.has("year") and ctx.parse.habitual(f.start, f.end):
        # "is usually busiest in the second and fourth quarters": those of any year.
        return Resolution("SET", f"XXXX-{kind}{number}", sets_ref=False)
    year_value, anchor = _pair_year(f, ctx, gran) or _quarter_year(f, ctx, gran, number)
    if year_value is None or not 1 <= year_value <= 9999:
        return resolved(f, None)
    month = (number - 1) * (12 // count) + 1
    return resolved(f, Point(gran, dt.date(year_value, month, 1)), anchor)


def _pair_year(f: Found, ctx: Context, gran: str) -> tuple[int | None, str | None] | None:
    """The year of the first of "the third and fourth quarters": the later quarter's."""
    partner = int(f.text("pair_num") or 0) or f.word("pair_ordinal")
    noun = f.spans.get("pair_noun")
    if not isinstance(partner, int) or partner <= 0 or noun is None or f.has("year"):
        return None
    # The tense is read at the plural noun, which the clause governs.
    return _quarter_year(replace(f, start=noun[0], end=noun[1]), ctx, gran, partner)


def _quarter_number(f: Found, count: int) -> int | None:
    if f.has("q_num"):
        return int(f.text("q_num") or 0)
    ordinal = f.word("ordinal")
    if isinstance(ordinal, int):
        return count if ordinal == -1 else ordinal
    return None


def _quarter_year(f: Found, ctx: Context, gran: str, number: int) -> tuple[int | None, str | None]:
    for name in ("year", "fyear", "year2", "year3"):
        if f.has(name):
            return parse_year(f.text(name), ctx.dct), None
    if f.has("year_short"):
        return parse_year(f.text("year_short"), ctx.dct), None
    rel = f.first_word("yrel", "yrel2")
    if rel is not None:
        return ctx.dct.year + int(rel[1]), "dct"
    if f.has("year_ago"):
        base = ctx.ref_point() or ctx.today
        return base.day.year - 1, "text" if ctx.ref else "dct"
    end_month = f.word("end_month")
    if isinstance(end_month, int) and f.has("end_day"):
        # "the second quarter ended Oct. 31", written on 27 October: last year's.
        end = closed_date(ctx, end_month, int(f.text("end_day") or 0))
        if end is not None:
            return end.year, "dct"
    first_month = (number - 1) * (3 if gran == "quarter" else 6) + 1
    if first_month <= cal.canonical_day(gran, ctx.dct).month:
        return ctx.dct.year, "dct"
    # A quarter still to come this year, or the one of last year: the nearer one,
    # unless the tense points the other way and that one is near too.
    ahead = dt.date(ctx.dct.year, first_month, 1) - ctx.dct
    months = 3 if gran == "quarter" else 6
    behind = ctx.dct - cal.add_months(dt.date(ctx.dct.year - 1, first_month, 1), months)  # type: ignore[operator]
    direction, reach = ctx.direction(f), _QUARTER_REACH * months
    # A firm tense decides however far ("since the third quarter", "fell in the third
    # quarter", "will open in the fourth quarter"), as it does for months.
    firm = direction != UNKNOWN and ctx.parse.firm_tense(f.start, f.end) == direction
    if direction == PAST and (firm or behind.days <= reach):
        return ctx.dct.year - 1, "dct"
    if direction == FUTURE and (firm or ahead.days <= reach):
        return ctx.dct.year, "dct"
    return ctx.dct.year - (behind < ahead), "dct"


def _unnumbered_quarter(f: Found, ctx: Context, gran: str) -> Resolution | None:
    unit = "Q" if gran == "quarter" else "H"
    current = cal.make_point(gran, ctx.dct)  # type: ignore[arg-type]
    ref = ctx.ref_point()
    end_month = f.word("end_month")
    if isinstance(end_month, int) and f.has("end_day") and (ref is None or ref.gran != gran):
        # "the quarter ended July 31", no quarter named before: the calendar quarter of
        # those three months. After "the fiscal first quarter" it is that one.
        end = closed_date(ctx, end_month, int(f.text("end_day") or 0))
        return resolved(f, cal.period_ending(gran, end) if end else None, "dct")  # type: ignore[arg-type]
    rel = f.first_word("qrel")
    if rel is not None and _reported_this(f, ctx, rel, current, ref):
        # "reported a loss for the third quarter ... This quarter's loss includes": the
        # quarter just reported, as results are of a quarter that is over.
        return resolved(f, ref, "text")
    if rel is not None:
        return resolved(f, cal.shift(current, unit, int(rel[1])), "dct")
    named = _under_discussion(ctx, gran, current)
    base = ref if ref is not None and ref.gran == gran else named or cal.shift(current, unit, -1)
    latest = f.has("latest")
    if latest:
        # "the latest quarter" has been reported, so it has ended: the last one named
        # (a fiscal quarter), else the one before today's.
        past = named is not None and named.day < current.day
        base = named if past else cal.shift(current, unit, -1)
    anchor = "text" if base is ref and not latest else "dct"
    text_rel = f.first_word("qtext")
    counted = _counted_from(ref, gran, unit, int(text_rel[1])) if text_rel and ref else None
    if counted is not None:
        return resolved(f, counted, "text", sets_ref=counted.known is None)
    if text_rel is not None and ref is None:  # "the following quarter", nothing named
        return resolved(f, cal.shift(current, unit, int(text_rel[1])), "dct")
    if text_rel is not None and base is not None:
        return resolved(f, cal.shift(base, unit, int(text_rel[1])), anchor)
    year_rel = f.first_word("yrel")
    if base is not None and (f.has("year_ago") or (year_rel and int(year_rel[1]) < 0)):
        return resolved(f, cal.shift(base, "Y", -1), anchor)
    return resolved(f, base, anchor)


def _under_discussion(ctx: Context, gran: str, current: Point) -> Point | None:
    """The last quarter (half) named, if it may be the one a bare "the quarter" means.

    A day or a month named after "the fiscal first quarter" ("the quarter ended Sept.
    29", "earlier this month") does not change the period the report is about; a
    year-ago quarter (more than a year back) and a coming one are no such period.
    """
    named = ctx.latest(gran)
    if named is None:
        return None
    unit, steps = ("Q", 3) if gran == "quarter" else ("H", 1)
    oldest = cal.shift(current, unit, -steps)
    if oldest is None:  # a publication date in year 1
        return None
    return named.point if oldest.day <= named.point.day <= current.day else None


def _counted_from(ref: Point | None, gran: str, unit: str, step: int) -> Point | None:
    """ "the following quarter" after a named date: after a quarter or a month, the next
    quarter; after a year, some quarter of it (2019-QX), as the text does not say which.
    """
    if ref is None:
        return None
    if ref.gran == gran:
        return cal.shift(ref, unit, step)
    some = cal.vague(ref, gran)  # type: ignore[arg-type]
    if some.known is not None:
        return some
    if cal.FINENESS[ref.gran] > cal.FINENESS[gran]:
        return cal.shift(cal.make_point(gran, ref.day), unit, step)  # type: ignore[arg-type]
    return None


def _reported_this(
    f: Found, ctx: Context, rel: tuple[str, Any], current: Point, ref: Point | None
) -> bool:
    """True for "this quarter" told of the quarter just ended and named before it."""
    if int(rel[1]) != 0 or ref is None or ref.gran != current.gran:
        return False
    if (f.text("qrel") or "").lower() != "this" or ctx.direction(f) == FUTURE:
        return False  # "the current quarter" is today's; "this quarter will be better" too
    return ref == cal.shift(current, "Q" if current.gran == "quarter" else "H", -1)


def year_ago(f: Found, ctx: Context) -> Resolution | None:
    """The same period a year before the one under discussion ("the year-ago quarter")."""
    ref = ctx.ref_point()
    if ctx.after_months_span(f):  # "for the nine months ... year-earlier net": that year
        year = (ref.day.year if ref is not None else ctx.dct.year) - 1
        return resolved(f, Point("year", dt.date(year, 1, 1)), "text", sets_ref=False)
    if ref is not None and ref.gran in ("quarter", "half") and ref.day > ctx.dct:
        # A coming quarter has no year-ago results yet: the latest one reported.
        unit = "Q" if ref.gran == "quarter" else "H"
        ref = cal.shift(cal.make_point(ref.gran, ctx.dct), unit, -1)
    if ref is not None and ref.gran != "day":
        if ref.day.year == ctx.dct.year - 1 and not _just_reported(ref, ctx.dct):
            # Already last year's figures ("Last year ... the year-ago results"): the
            # comparison is with this year's period, not one two years back. A quarter
            # that ended just before publication is the one reported ("the third
            # quarter", told in February), so its year-ago quarter is a year before it.
            return resolved(f, ref, "text", sets_ref=False)
        return resolved(f, cal.shift(ref, "Y", -1), "text")
    # "the same quarter last year" with no period under discussion: this quarter's.
    gran = _SAME_UNIT.get((f.text("same_unit") or "").lower(), "year")
    if gran == "week":  # the week of the same number: 52 weeks back
        return resolved(f, cal.make_point(gran, ctx.dct - dt.timedelta(weeks=52)), "dct")
    return resolved(f, cal.shift(cal.make_point(gran, ctx.dct), "Y", -1), "dct")


def _just_reported(ref: Point, dct: dt.date) -> bool:
    """True for a quarter or half that ended within the reach of a results report."""
    if ref.gran not in ("quarter", "half"):
        return False
    return (dct - ref.interval()[1]).days <= _REPORTED_DAYS


_REPORTED_DAYS = 200  # a results report comes out within about two quarters of the period

_SAME_UNIT: dict[str, cal.Granularity] = {"quarter": "quarter", "month": "month", "week": "week"}


def year_period(f: Found, ctx: Context) -> Resolution | None:
    """ "the 1988 period": the quarter or half under discussion, in the year named."""
    value = year_of(f, ctx.dct)
    if value is None or not 1 <= value <= 9999:
        return None
    last = ctx.latest("quarter", "half")
    ref = last.point if last is not None else None
    if ref is not None and not ctx.after_months_span(f):
        day = cal.safe_date(value, ref.day.month, 1)
        return resolved(f, Point(ref.gran, day) if day else None, "text", sets_ref=False)
    return resolved(f, Point("year", dt.date(value, 1, 1)))


def fiscal_year(f: Found, ctx: Context) -> Resolution | None:
    """Fiscal years ("fiscal 2024", "FY24", "the current fiscal year")."""
    written = f.text("year") or f.text("year2") or f.text("year3") or f.text("year_short")
    value = parse_year(written, ctx.dct)
    anchor = None
    if value is None:
        rel = f.word("rel_dct")
        # "the latest fiscal year" has been reported, so it has ended: the one before.
        step = int(rel) if rel is not None else -1 if f.has("latest") else 0
        value, anchor = ctx.dct.year + step, "dct"
    return resolved(f, Point("year", dt.date(value, 1, 1)) if 1 <= value <= 9999 else None, anchor)


def month_quarter(f: Found, ctx: Context) -> Resolution | None:
    """ "the March quarter": the calendar quarter of that month, the month read by tense."""
    month = explicit_date(f, ctx)
    if month is None or month.point is None:
        return month
    return resolved(f, cal.make_point("quarter", month.point.day), month.anchor)


def past_span(f: Found, ctx: Context) -> Resolution | None:
    """ "the past decade (century)": the years up to today, or the calendar one before."""
    unit = str(f.lexicon.lookup("period", f.text("big") or ""))
    years = {"DE": 10, "CE": 100}.get(unit)
    gran = cal.UNIT_GRANULARITY.get(unit)
    if years is None or gran is None:
        return None
    if ctx.dct.year % years < years / 2:
        # More than half of those years lie in the calendar decade before ("the past
        # decade", told in 2011, is the 2000s): TIMEX3 names it as "the last decade".
        previous = cal.shift(cal.make_point(gran, ctx.dct), unit, -1)
        return resolved(f, previous, "dct", type="DATE")
    start = cal.shift_day(ctx.dct, "Y", -years)
    interval = (start, ctx.dct) if start is not None else None
    return Resolution(
        "DURATION", f"P{years}Y", None, None, "dct", interval=interval, sets_ref=False
    )


NORMALISERS: dict[str, Normaliser] = {
    "quarter": quarter,
    "month_quarter": month_quarter,
    "year_ago": year_ago,
    "year_period": year_period,
    "fiscal_year": fiscal_year,
    "past_span": past_span,
}
