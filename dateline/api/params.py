"""Query parameters shared by API routes and pages, checked with clear 422 messages.

Event types and modality marks are checked against the PLOVER vocabulary
(``kb/data/plover.yaml``), so an unknown one is a 422 listing the known ones.

Dates are read by the same strict reader as article headers (``YYYY-MM-DD``, a real day),
so "2026-02-30" is refused with "no such day" rather than a parser's generic complaint.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query
from fastapi.exceptions import RequestValidationError

from dateline.errors import InputError
from dateline.ingest.dated_text import parse_date
from dateline.nlp.events_plover import Plover, load_plover

DATE_SCHEMA: dict[str, Any] = {"format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
ISO3 = re.compile(r"^[A-Z]{3}$")
MAX_INDEX = 2**31  # keys and positions are 32-bit integers in both databases


def invalid(name: str, value: object, message: str) -> RequestValidationError:
    """A 422 naming the query parameter and what is wrong with it."""
    return RequestValidationError(
        [{"type": "value_error", "loc": ("query", name), "msg": message, "input": value}]
    )


def read_date(name: str, value: str | None) -> dt.date | None:
    """A strict ``YYYY-MM-DD`` date, or a 422 naming the parameter."""
    if value is None or value == "":
        return None
    try:
        return parse_date(value, name)
    except InputError as exc:
        raise invalid(name, value, f"{name}: {exc.reason}") from None


@dataclass(frozen=True, slots=True)
class DateRange:
    """An inclusive date filter; either end may be open."""

    start: dt.date | None = None
    end: dt.date | None = None


def date_range(
    from_: Annotated[
        str | None,
        Query(
            alias="from",
            description="first day, inclusive (YYYY-MM-DD)",
            json_schema_extra=DATE_SCHEMA,
        ),
    ] = None,
    to: Annotated[
        str | None,
        Query(description="last day, inclusive (YYYY-MM-DD)", json_schema_extra=DATE_SCHEMA),
    ] = None,
) -> DateRange:
    """The ``from``/``to`` filter (a FastAPI dependency)."""
    start, end = read_date("from", from_), read_date("to", to)
    if start and end and start > end:
        raise invalid("from", from_, f"from ({start}) is after to ({end})")
    return DateRange(start, end)


@functools.cache
def _plover() -> Plover:
    return load_plover()


@dataclass(frozen=True, slots=True)
class EventFilters:
    """Checked event filters shared by /api/events, /api/timeline, exports and pages."""

    type: str | None = None
    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    dates: DateRange = DateRange()
    near: str | None = None
    km: float = 25.0
    aux: tuple[str, ...] = ()
    include_aux: bool = False
    text: str | None = None


def _clean(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def check_type(value: str | None) -> str | None:
    """A PLOVER event type (any case), or a 422 listing the known ones."""
    value = _clean(value)
    if value is None:
        return None
    known = sorted(_plover().types)
    if value.upper() not in known:
        raise invalid(
            "type", value, f"type: unknown event type {value!r} (known: {', '.join(known)})"
        )
    return value.upper()


def check_country(value: str | None) -> str | None:
    """An ISO 3166 alpha-3 code (any case), or a 422."""
    value = _clean(value)
    if value is None:
        return None
    if not ISO3.match(value.upper()):
        raise invalid("country", value, f"country: {value!r} is not a three-letter ISO code")
    return value.upper()


def check_aux(values: list[str]) -> tuple[str, ...]:
    """Modality marks (future, hypothetical, negation, historical), or a 422."""
    known = _plover().aux
    for value in values:
        if value not in known:
            raise invalid("aux", value, f"aux: unknown mark {value!r} (known: {', '.join(known)})")
    return tuple(v for v in known if v in values)


def event_filters(
    dates: Annotated[DateRange, Depends(date_range)],
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. ASSAULT")] = None,
    actor: Annotated[
        str | None,
        Query(description="actor id (c:RUS/MIL), ISO3 country code (RUS) or part of a name"),
    ] = None,
    recipient: Annotated[
        str | None, Query(description="recipient id, ISO3 country code or part of a name")
    ] = None,
    country: Annotated[
        str | None, Query(description="ISO3 code of the country the event took place in")
    ] = None,
    near: Annotated[
        str | None, Query(description="a place name or LAT,LON; events within km of it")
    ] = None,
    km: Annotated[float, Query(gt=0, le=20000, description="radius for near, in km")] = 25.0,
    aux: Annotated[
        list[str],
        Query(
            description="also events with these marks: future, hypothetical, negation, historical"
        ),
    ] = [],  # noqa: B006 - FastAPI copies defaults per request
    include_aux: Annotated[
        bool,
        Query(description="also every event marked future, hypothetical, negated or historical"),
    ] = False,
    text: Annotated[str | None, Query(description="words of the evidence sentence")] = None,
) -> EventFilters:
    """The event filters of a request (a FastAPI dependency), checked with 422 messages."""
    return EventFilters(
        type=check_type(type),
        actor=_clean(actor),
        recipient=_clean(recipient),
        country=check_country(country),
        dates=dates,
        near=_clean(near),
        km=km,
        aux=check_aux(aux),
        include_aux=include_aux,
        text=_clean(text),
    )


@dataclass(frozen=True, slots=True)
class QuoteFilters:
    """Checked quote filters: speaker, words, publication dates."""

    speaker: str | None = None
    text: str | None = None
    dates: DateRange = DateRange()


def quote_filters(
    dates: Annotated[DateRange, Depends(date_range)],
    speaker: Annotated[
        str | None, Query(description="speaker actor id (c:GBR/GOV) or part of the name")
    ] = None,
    text: Annotated[str | None, Query(description="words of the quoted text")] = None,
) -> QuoteFilters:
    """The quote filters of a request (a FastAPI dependency)."""
    return QuoteFilters(_clean(speaker), _clean(text), dates)
