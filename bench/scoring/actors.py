"""Scoring actor resolution against NGEC-style expectations on country and sector."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Outcome:
    """One case: whether country, sector and the whole case came out right (None: not asked)."""

    country_ok: bool | None
    sector_ok: bool | None
    ok: bool


def _check(op: str, expected: Any, got: str | None) -> bool:
    value = got or ""
    if op == "NotEq":
        return value != expected
    if op == "In":
        return value in expected
    return value == expected


def score_case(
    expect: dict[str, Any], country: str | None, sector: str | None, found: bool
) -> Outcome:
    """Compare one resolved actor (``found`` False: no actor) with the expectations."""
    country_ok = sector_ok = None
    results = []
    for key, expected in expect.items():
        if key.startswith("code Is"):
            # "code Is None": the phrase names no actor (an actor with neither country nor
            # sector, like an unknown person, counts as none).
            ok = not found if expected is None else found
            results.append(ok)
            continue
        op = key.split()[-1] if " " in key else "=="
        if "????" in str(expected):
            continue
        if key.startswith("code['country']"):
            country_ok = _check(op, expected, country)
            results.append(country_ok)
        elif key.startswith("code['code_1']"):
            sector_ok = _check(op, expected, sector)
            results.append(sector_ok)
    return Outcome(country_ok, sector_ok, all(results) if results else False)


def accuracy(values: list[bool | None]) -> tuple[float, int]:
    """Share of True among the asked (non-None) values, and how many were asked."""
    asked = [v for v in values if v is not None]
    return (sum(asked) / len(asked) if asked else 0.0), len(asked)
