"""The year of a date named without one ("on March 18", "in June", "that October").

Chosen by the tense of the clause that governs the date, by the year the story is telling
(the last date named), or as the last such day when the text says a period closed on it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateline.nlp import timex_calendar as cal
from dateline.nlp.timex_context import FUTURE, PAST, UNKNOWN
from dateline.nlp.timex_grammar import Found
from dateline.nlp.timex_resolution import Context

_NEAR_DAYS = 200  # a date this far in the tense's direction is less likely than a near one
_FAR_MONTHS, _NEAR_MONTHS = 7, 2
_FUTURE_REACH = 90  # days: an undirected date further ahead is taken as the last one


def pick_year(
    candidates: list[tuple[int, dt.date]], dct: dt.date, direction: int, firm: bool = False
) -> int | None:
    """The year whose date is nearest the publication date, in the tense's direction.

    A date far off in the tense's direction gives way to a near one on the other side
    (tenses read off a sentence are often wrong), unless the tense is ``firm``: a verb in
    the simple past or with "will" that governs the date directly ("took place on
    March 18", "will be held in December").
    """
    if not candidates:
        return None
    nearest = min(candidates, key=lambda c: abs((c[1] - dct).days))
    if direction == PAST:
        allowed = [c for c in candidates if c[1] <= dct + dt.timedelta(days=1)]
    elif direction == FUTURE:
        allowed = [c for c in candidates if c[1] >= dct - dt.timedelta(days=1)]
    else:
        # News looks back more than ahead: a date far ahead is less likely than the
        # last one, unless the last one is further still.
        past = [c for c in candidates if c[1] <= dct]
        if nearest[1] > dct + dt.timedelta(days=_FUTURE_REACH) and past:
            return max(past, key=lambda c: c[1])[0]
        return nearest[0]
    if not allowed:
        return nearest[0]
    best = min(allowed, key=lambda c: abs((c[1] - dct).days))
    if firm:
        return best[0]
    if abs((best[1] - dct).days) > _NEAR_DAYS and abs((nearest[1] - dct).days) < 125:
        return nearest[0]
    return best[0]


def closed_date(ctx: Context, month: int, day: int) -> dt.date | None:
    """The last such day on or before the publication date (the end of a period over)."""
    for year_value in (ctx.dct.year, ctx.dct.year - 1):
        date = cal.safe_date(year_value, month, day)
        if date is not None and date <= ctx.dct:
            return date
    return None


_STORY_GRANS = frozenset({"year", "half", "quarter", "season", "month", "week", "weekend", "day"})


def story_year(ctx: Context) -> dt.date | None:
    """The day of the last date named, if it is no coarser than a year."""
    ref = ctx.ref
    return ref.point.day if ref is not None and ref.point.gran in _STORY_GRANS else None


def month_year(f: Found, ctx: Context, month: int) -> tuple[int, str]:
    """The year of a month named without one, and what it was counted from."""
    rel = f.first_word("rel_dct", "rel_text")
    story = story_year(ctx)
    if story is not None and (f.has("that_year") or (rel is not None and rel[0] == "rel_text")):
        # "in March of that year", "that October", "the following March": the year
        # under discussion, not the publication date's.
        step = int(rel[1]) if rel is not None else 0
        if step < 0:
            return (story.year if month < story.month else story.year - 1), "text"
        if step > 0:
            return (story.year if month > story.month else story.year + 1), "text"
        return story.year, "text"
    return _month_year_dct(f, ctx, month, rel), "dct"


def _month_year_dct(f: Found, ctx: Context, month: int, rel: tuple[str, Any] | None) -> int:
    dct = ctx.dct
    if rel is not None:
        step = int(rel[1])
        if step < 0:
            return dct.year if month < dct.month else dct.year - 1
        if step > 0:
            return dct.year if month > dct.month else dct.year + 1
        return dct.year
    if ctx.parse.closes_period(f.start, f.end):
        return dct.year if month <= dct.month else dct.year - 1  # "the year ended in June"
    ahead = (month - dct.month) % 12  # months until the next such month
    behind = (dct.month - month) % 12  # months since the last one
    direction = _direction(f, ctx)
    firm = direction != UNKNOWN and ctx.parse.firm_tense(f.start, f.end) == direction
    # Tense decides, unless it points far away while the other side is close and the
    # tense is not firm ("changed to a calendar year in December", told in October).
    if direction == PAST and (firm or not (behind >= _FAR_MONTHS and ahead <= _NEAR_MONTHS)):
        return dct.year - 1 if month > dct.month else dct.year
    if direction == FUTURE and (firm or not (ahead >= _FAR_MONTHS and behind <= _NEAR_MONTHS)):
        return dct.year + 1 if month < dct.month else dct.year
    if ahead < behind and ahead <= _NEAR_MONTHS:
        return dct.year if month >= dct.month else dct.year + 1
    return dct.year if month <= dct.month else dct.year - 1


def _direction(f: Found, ctx: Context) -> int:
    """The tense's direction; a simple present that governs the date schedules it."""
    scheduled = ctx.parse.direct_present(f.start, f.end)  # "the museum reopens in May"
    return ctx.direction(f, FUTURE if scheduled else UNKNOWN)


def day_year(f: Found, ctx: Context, month: int, day: int) -> int | None:
    """The year of a month and day named without one (on its weekday, if one is named)."""
    weekday = f.word("weekday")
    candidates = []
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        date = cal.safe_date(year, month, day)
        if date is not None and (weekday is None or date.isoweekday() == weekday):
            candidates.append((year, date))
    if not candidates and weekday is not None:
        return _day_year_plain(ctx, month, day)
    if ctx.parse.closes_period(f.start, f.end):
        # "the fiscal year ended Jan. 31": the period is over, however near the next one.
        end = closed_date(ctx, month, day)
        return end.year if end else None
    direction = _direction(f, ctx)
    # "took place on March 18" written in February: the March before, however near
    # the next one; "will open on Jan. 5": the next one (the nearer-date fallback is
    # for tenses read off the sentence).
    firm = direction != UNKNOWN and ctx.parse.firm_tense(f.start, f.end) == direction
    return pick_year(candidates, ctx.dct, direction, firm)


def _day_year_plain(ctx: Context, month: int, day: int) -> int | None:
    candidates = []
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        date = cal.safe_date(year, month, day)
        if date is not None:
            candidates.append((year, date))
    return pick_year(candidates, ctx.dct, 0)
