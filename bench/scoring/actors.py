"""Scoring actor resolution against NGEC-style expectations on country and sector.

Two NGEC conventions differ from PLOVER's, which dateline follows; the scorer translates:
* an international NGO has NGEC country "" and code ``NGO`` where dateline says country
  ``NGO`` with the NGO's own sector (``o:icrc`` is ``NGO``/``MED``);
* NGEC names the health sector ``HLH`` where PLOVER's sector list says ``MED``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Outcome:
    """One case: whether country, sector and the whole case came out right (None: not asked)."""

    country_ok: bool | None
    sector_ok: bool | None
    ok: bool


NGEC_SECTORS = {"HLH": "MED"}
"""NGEC sector codes and the PLOVER codes they stand for."""


def ngec_view(country: str | None, sector: str | None) -> tuple[str | None, str | None]:
    """A dateline (country, sector) as NGEC writes it (international NGOs: "" and NGO)."""
    if country == "NGO":
        return "", "NGO"
    return country, sector


def _check(op: str, expected: Any, got: str | None) -> bool:
    value = got or ""
    if isinstance(expected, str):
        expected = NGEC_SECTORS.get(expected, expected)
    elif isinstance(expected, list):
        expected = [NGEC_SECTORS.get(e, e) for e in expected]
    if op == "NotEq":
        return value != expected
    if op == "In":
        return value in expected
    return value == expected


def score_case(
    expect: dict[str, Any], country: str | None, sector: str | None, found: bool
) -> Outcome:
    """Compare one resolved actor (``found`` False: no actor) with the expectations."""
    country, sector = ngec_view(country, sector)
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
