"""Query parameters shared by API routes and pages, checked with clear 422 messages.

Dates are read by the same strict reader as article headers (``YYYY-MM-DD``, a real day),
so "2026-02-30" is refused with "no such day" rather than a parser's generic complaint.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Query
from fastapi.exceptions import RequestValidationError

from dateline.errors import InputError
from dateline.ingest.dated_text import parse_date

DATE_SCHEMA: dict[str, Any] = {"format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}


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
