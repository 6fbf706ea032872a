"""Normalisation functions for durations and sets: measures of time ("four years" P4Y,
"recent years" PXY) and recurring times ("every Tuesday" XXXX-WXX-2, "daily" P1D).
"""

from __future__ import annotations

import datetime as dt

from dateline.nlp import timex_calendar as cal
from dateline.nlp.timex_context import PAST
from dateline.nlp.timex_grammar import Found, Lexicon
from dateline.nlp.timex_numbers import parse_number
from dateline.nlp.timex_resolution import Context, Normaliser, Resolution

TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
_SMALLER = {"Y": ("M", 12), "H": ("MIN", 60), "MIN": ("S", 60), "D": ("H", 24), "W": ("D", 7)}
_MULTIPLE = {"2W": ("W", 2), "DE": ("Y", 10), "CE": ("Y", 100)}


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
    count = halved(f, count)
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
        return f"P{'T' if unit in TIME_UNITS else ''}X{_letter(unit)}"
    amount = float(count)
    if amount != int(amount) and unit in _SMALLER:
        # "2 1/2 years" is P2Y6M: whole units, then the rest in the next smaller unit.
        smaller, factor = _SMALLER[unit]
        whole = int(amount)
        rest = round((amount - whole) * factor)
        head = f"{whole}{_letter(unit)}" if whole else ""
        time_part = smaller in TIME_UNITS and unit not in TIME_UNITS
        tail = f"{'T' if time_part else ''}{rest}{_letter(smaller)}" if rest else ""
        return f"P{'T' if unit in TIME_UNITS else ''}{head}{tail}"
    number = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    return f"P{'T' if unit in TIME_UNITS else ''}{number}{_letter(unit)}"


def _letter(unit: str) -> str:
    return TIME_UNITS.get(unit, unit)


def _duration_interval(
    dct: dt.date, count: float, unit: str, direction: int
) -> tuple[dt.date, dt.date] | None:
    steps, whole_unit = whole_units(count, unit)
    if whole_unit in _MULTIPLE:
        base, factor = _MULTIPLE[whole_unit]
        steps, whole_unit = steps * factor, base
    if whole_unit in TIME_UNITS:
        return dct, dct
    other = cal.shift_day(dct, whole_unit, direction * steps)
    if other is None:
        return None
    return (other, dct) if direction < 0 else (dct, other)


def halved(f: Found, count: float | str | None) -> float | str | None:
    """ "an hour and a half" adds a half; "half an hour" halves the count."""
    if count is None or count == "X":
        return count
    if f.has("half"):
        count = float(count) + 0.5
    return float(count) / 2 if f.has("half_of") else count


def whole_units(count: float, unit: str) -> tuple[int, str]:
    """A whole number of (possibly smaller) units: 1.5 years -> 18 months."""
    if count != int(count) and unit in ("DE", "CE"):  # "half a century" -> 50 years
        base, factor = _MULTIPLE[unit]
        return whole_units(count * factor, base)
    if count != int(count) and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        return round(count * factor), smaller
    if unit in ("2W",):
        return int(count) * 2, "W"
    return round(count), unit


# Units a length in several parts may use, largest first; weeks join as seven days.
_PART_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")
_PARTS = ("1", "2", "3")


def ordered_parts(f: Found, lexicon: Lexicon) -> list[tuple[str, float]] | None:
    """The parts of a length in several units, largest first; None if they are a list
    ("two days, three weeks") or not whole before the last ("12.5 seconds")."""
    parts: list[tuple[str, float]] = []
    for n in _PARTS:
        if not f.has(f"c{n}"):
            continue
        unit, count = f.word(f"u{n}"), parse_number(f.text(f"c{n}") or "", lexicon)
        if unit not in _PART_ORDER or not isinstance(count, float | int) or count < 0:
            return None
        parts.append((str(unit), float(count)))
    order = [_PART_ORDER.index(u) for u, _ in parts]
    if len(parts) < 2 or order != sorted(set(order)):
        return None
    if any(c != int(c) for _, c in parts[:-1]):
        return None
    return parts


def compound_duration(f: Found, ctx: Context) -> Resolution | None:
    """One length in several units ("2 hours 14 minutes 5 seconds" PT2H14M5S)."""
    parts = ordered_parts(f, ctx.lexicon)
    if parts is None:
        return None
    days = sum(c * (7 if u == "W" else 1) for u, c in parts if u in ("W", "D"))
    date_part = "".join(_amount(c) + u for u, c in parts if u in ("Y", "M"))
    date_part += f"{_amount(days)}D" if days else ""
    time_part = "".join(_amount(c) + TIME_UNITS[u] for u, c in parts if u in TIME_UNITS)
    value = f"P{date_part}{'T' + time_part if time_part else ''}"
    return Resolution("DURATION", value, sets_ref=False)


def _amount(count: float) -> str:
    return str(int(count)) if count == int(count) else f"{count:g}"


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


NORMALISERS: dict[str, Normaliser] = {
    "duration": duration,
    "compound_duration": compound_duration,
    "vague_period": vague_period,
    "set_every": set_every,
    "set_word": set_word,
    "weekday_set": weekday_set,
    "calendar_set": calendar_set,
}
