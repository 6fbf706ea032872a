"""Numbers and years read off the words of a match: counts ("twenty-four", "5 1/2",
"a few"), four- and two-digit years, years in words ("nineteen ninety-six") and "last year".
"""

from __future__ import annotations

import datetime as dt

from dateline.nlp.timex_grammar import Found, Lexicon


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
