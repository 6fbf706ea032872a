"""Normalisation functions for calendar expressions (dates, years, quarters, seasons).

Each function is named by the patterns of the rules file and turns one match into a
``Resolution`` (TIMEX3 type and value, the calendar point, the anchor) or ``None`` when
the match is not a time expression after all. None of them raises on odd input: an
impossible date becomes ``XXXX-XX-XX`` with no interval.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dateline.nlp import timex_calendar as cal
from dateline.nlp.timex_calendar import Point
from dateline.nlp.timex_context import FUTURE, PAST, PRESENT, UNKNOWN, ParseView
from dateline.nlp.timex_grammar import Found, Lexicon

INVALID = "XXXX-XX-XX"
_NEAR_DAYS = 200  # a date this far in the tense's direction is less likely than a near one
_FAR_MONTHS, _NEAR_MONTHS = 7, 2
_RANGE_REACH = 24  # characters from a date to the day that ends its range ("Sept. 30 to 2")
_FUTURE_REACH = 90  # days: an undirected date further ahead is taken as the last one


@dataclass(slots=True)
class Reference:
    """The last date the text mentioned, for "a year earlier" and "the next day"."""

    point: Point
    start: int
    end: int = -1  # where its words end (-1: not known)


@dataclass(slots=True)
class Context:
    """Everything a normaliser may consult for one document."""

    dct: dt.date
    parse: ParseView
    lexicon: Lexicon
    holidays: Mapping[str, Mapping[str, Any]]
    day_first: bool = False
    ref: Reference | None = None
    _last: dict[str, Reference] = field(default_factory=dict)  # by granularity
    _directions: dict[tuple[int, int], int] = field(default_factory=dict)
    _months_span: int = -1  # where the last span of months ("the first nine months") starts

    def direction(self, f: Found, present: int = UNKNOWN) -> int:
        """Tense direction of the clause governing a match; ``present`` for simple present."""
        key = (f.start, f.end)
        if key not in self._directions:
            self._directions[key] = self.parse.direction(f.start, f.end)
        found = self._directions[key]
        return present if found == PRESENT else found

    @property
    def today(self) -> Point:
        """The publication date as a day point."""
        return Point("day", self.dct)

    def ref_point(self) -> Point | None:
        """The current reference point, if any."""
        return self.ref.point if self.ref is not None else None

    def remember(
        self, point: Point, start: int, sets_ref: bool, topic: bool = True, end: int = -1
    ) -> None:
        """Note a resolved date: maybe the new reference, and the last of its granularity.

        A deadline ("by 1992") is no ``topic``: "the year" after it is not that year,
        though "the year after" still counts from it.
        """
        if sets_ref:
            self.ref = Reference(point, start, end)
        if topic:
            self._last[point.gran] = Reference(point, start, end)

    def note_months(self, start: int) -> None:
        """Note a results span of months ("the first nine months", "the latest six months")."""
        self._months_span = start

    def after_months_span(self, f: Found) -> bool:
        """True when a span of months, named after the last quarter, opens ``f``'s sentence.

        "In the first nine months, net was $3 million, against $2 million a year earlier":
        the comparison is with the same months of the year before, which TIMEX3 can only
        write as that year.
        """
        bounds = self.parse.sentence(f.start, f.end)
        if self._months_span < 0 or bounds is None:
            return False
        if not bounds[0] <= self._months_span < f.start:
            return False
        # A date named inside the span ("the six months ended Aug. 12") is the anchor.
        named = [r for r in (self.latest("quarter", "half"), self.ref) if r is not None]
        return all(r.start < self._months_span for r in named)

    def latest(self, *grans: str) -> Reference | None:
        """The last date the text named at one of these granularities."""
        found = [self._last[g] for g in grans if g in self._last]
        return max(found, key=lambda r: r.start) if found else None


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a normaliser decided for one match."""

    type: str
    value: str
    point: Point | None = None
    mod: str | None = None
    anchor: str | None = None
    anchor_value: str | None = None
    interval: tuple[dt.date, dt.date] | None = None
    end: int | None = None  # a longer extent than the match (anniversaries)
    sets_ref: bool = True
    years_since: int | None = None  # an anniversary still to be placed (see timex.py)


Normaliser = Callable[[Found, Context], Resolution | None]


def resolved(f: Found, point: Point | None, anchor: str | None = None, **kw: Any) -> Resolution:
    """A resolution for ``point`` (``XXXX-XX-XX`` when the point could not be built)."""
    mod = kw.pop("mod", None) or modifier(f)
    type_ = kw.pop("type", None) or f.rule.type
    if point is None:
        kw["sets_ref"] = False  # an invalid date is no reference
        return Resolution(type_, kw.pop("value", INVALID), None, mod, anchor, **kw)
    if point.clock or point.part_of_day:
        type_ = "TIME"
    return Resolution(type_, point.value, point, mod, anchor, **kw)


def modifier(f: Found) -> str | None:
    """The START/MID/END modifier of a match, if any."""
    half = f.word("half_prefix")  # "the last half of the '80s"
    if half is not None:
        return str(half)
    for name in ("mod_prefix", "mod2", "edge"):
        text = (f.text(name) or "").strip(" -\t\n")
        if text:
            found = f.lexicon.lookup("modifier", text)
            return found if found is not None else f.lexicon.lookup("hyphen_modifier", text)
    return None


def parse_year(text: str | None, dct: dt.date) -> int | None:
    """A four-digit year, or a two-digit one ('98) placed in the century nearest ``dct``."""
    if not text:
        return None
    digits = text.strip("'’ ")
    if not digits.isdigit():
        return None
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if 2000 + year <= dct.year + 10 else 1900
    return year if 1 <= year <= 9999 else None


def year_of(f: Found, dct: dt.date) -> int | None:
    """The year a match names: digits, words ("nineteen ninety-six") or "last year"."""
    if f.has("year"):
        return parse_year(f.text("year"), dct)
    if f.has("year_words"):
        return _year_from_words(f.text("year_words") or "", f.lexicon)
    rel = f.word("yrel")
    return dct.year + int(rel) if rel is not None else None


def _year_from_words(text: str, lexicon: Lexicon) -> int | None:
    words = text.lower().replace("-", " ").split()
    if len(words) < 2:
        return None
    head = lexicon.lookup("numword", words[0])
    if words[1] == "thousand":
        rest = parse_number(" ".join(w for w in words[2:] if w != "and") or "zero", lexicon)
        return 2000 + int(rest) if isinstance(rest, float | int) else None
    rest = parse_number(" ".join(words[1:]).replace("hundred", "zero"), lexicon)
    if not isinstance(head, int) or not isinstance(rest, float | int) or rest >= 100:
        return None
    return head * 100 + int(rest)


def parse_number(text: str, lexicon: Lexicon) -> float | str | None:
    """A count from digits or words ("twenty-four", "5 1/2", "a few" -> "X")."""
    low = " ".join(text.lower().replace("-", " ").split())
    vague = lexicon.lookup("vague_count", low)
    if vague is not None:
        return "X" if vague == "X" else float(vague)
    half = 0.0
    for tail in (" and a half",):
        if low.endswith(tail):
            low, half = low[: -len(tail)], 0.5
    if low in ("a", "an", "one"):
        return 1 + half
    digits = _parse_digits(low)
    if digits is not None:
        return digits + half
    total = group = 0
    for word in low.split():
        value = lexicon.lookup("numword", word)
        if value is None and word == "and":  # "a hundred and five", as the count regex joins
            continue
        if value is None:
            return None
        if value == 1000:  # "two thousand five hundred": close the thousands
            total, group = total + max(group, 1) * 1000, 0
        elif value == 100 or 0 < group < value == 12:  # "two hundred", "two dozen"
            group = max(group, 1) * value
        else:
            group += value
    return total + group + half


def _parse_digits(text: str) -> float | None:
    parts = text.split()
    try:
        value = float(parts[0].replace(",", "")) if parts else None
    except ValueError:
        return None
    if value is None or len(parts) > 2:
        return None
    if len(parts) == 2:
        num, _, den = parts[1].partition("/")
        if not (num.isdigit() and den.isdigit() and int(den)):
            return None
        value += int(num) / int(den)
    return value


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
            year, anchor = _month_year(f, ctx, month)
        point = cal.safe_date(year, month, 1) if year else None
        return resolved(f, Point("month", point) if point else None, anchor)
    if year is None:
        year, anchor = _day_year(f, ctx, month, day), "dct"
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


_STORY_GRANS = frozenset({"year", "half", "quarter", "season", "month", "week", "weekend", "day"})


def _story_year(ctx: Context) -> dt.date | None:
    """The day of the last date named, if it is no coarser than a year."""
    ref = ctx.ref
    return ref.point.day if ref is not None and ref.point.gran in _STORY_GRANS else None


def _month_year(f: Found, ctx: Context, month: int) -> tuple[int, str]:
    """The year of a month named without one, and what it was counted from."""
    rel = f.first_word("rel_dct", "rel_text")
    story = _story_year(ctx)
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


def _day_year(f: Found, ctx: Context, month: int, day: int) -> int | None:
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


def closed_date(ctx: Context, month: int, day: int) -> dt.date | None:
    """The last such day on or before the publication date (the end of a period over)."""
    for year_value in (ctx.dct.year, ctx.dct.year - 1):
        date = cal.safe_date(year_value, month, day)
        if date is not None and date <= ctx.dct:
            return date
    return None


def _day_year_plain(ctx: Context, month: int, day: int) -> int | None:
    candidates = []
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        date = cal.safe_date(year, month, day)
        if date is not None:
            candidates.append((year, date))
    return pick_year(candidates, ctx.dct, 0)


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
    story = _story_year(ctx) if f.has("that_year") else None
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
