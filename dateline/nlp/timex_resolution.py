"""What a normalisation function reads and returns: the document's context and the
reference date ("a year earlier" counts from it), and the ``Resolution`` of one match.

The normalisation functions themselves are in ``timex_normalise`` (calendar dates),
``timex_days`` (days, weekdays, clock times), ``timex_relative`` (relative periods and
offsets), ``timex_durations`` (durations and sets), ``timex_periods`` (business periods)
and ``timex_anaphora`` (expressions that point back at a date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dateline.nlp import timex_calendar as cal
from dateline.nlp.timex_calendar import Point
from dateline.nlp.timex_context import PRESENT, UNKNOWN, ParseView
from dateline.nlp.timex_grammar import Found, Lexicon

INVALID = "XXXX-XX-XX"
NEAR_CHARS = 300  # how far back a reference date still counts as "just before"


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
    weekdays: dict[int, dt.date] = field(default_factory=dict)  # bare weekdays told by tense

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
        """True when a span of months, named after the last quarter, opens ``f``'s sentence
        or one just before it.

        "In the first nine months, net was $3 million, against $2 million a year earlier":
        the comparison is with the same months of the year before, which TIMEX3 can only
        write as that year. A report goes on about those months in the next sentences ("For
        the nine months, it earned $41 million. The year-earlier period brought ..."), until
        it names another period.
        """
        bounds = self.parse.sentence(f.start, f.end)
        if self._months_span < 0 or bounds is None:
            return False
        if not bounds[0] - NEAR_CHARS <= self._months_span < f.start:
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


# -- the reference date ----------------------------------------------------


def ref_is_near(f: Found, ctx: Context, ref: Reference | None = None) -> bool:
    """True when the reference date was given in this sentence or just before it."""
    ref = ref or ctx.ref
    bounds = ctx.parse.sentence(f.start, f.end)
    if ref is None or bounds is None:
        return ref is not None
    return ref.start >= bounds[0] - NEAR_CHARS


def text_base(ctx: Context, gran: cal.Granularity | None = None) -> tuple[Point, str]:
    """The reference point (anchor ``text``) or the publication date (anchor ``dct``)."""
    ref = ctx.ref_point()
    if ref is None:
        return (cal.make_point(gran, ctx.dct) if gran else ctx.today), "dct"
    if gran is not None and cal.FINENESS[ref.gran] >= cal.FINENESS[gran]:
        return cal.with_granularity(ref, gran), "text"
    return ref, "text"
