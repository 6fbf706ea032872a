"""The dated-text format: ``date YYYY-MM-DD``, one space or newline, then the verbatim article."""

from __future__ import annotations

import datetime as dt
import re

from dateline.errors import InputError
from dateline.model import Document

# Optional BOM and leading whitespace, the header, then exactly one separator. A CRLF
# counts as one newline so that Windows files keep a body without a stray "\n".
HEADER = re.compile(r"\ufeff?\s*date[ \t]+(?P<date>\S+?)(?:\r\n|[ \n]|\Z)")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(value: object, origin: str, line: int | None = None) -> dt.date:
    """Read a strict ``YYYY-MM-DD`` calendar date or raise an ``InputError``."""
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        raise InputError(origin, f"invalid date {value!r} (expected YYYY-MM-DD)", line)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(origin, f"invalid date {value!r} (no such day)", line) from None


def parse_dated_text(raw: str, doc_id: str, origin: str) -> Document:
    """Split a dated-text file into its date and verbatim body."""
    if not raw.strip():
        raise InputError(origin, "empty file")
    match = HEADER.match(raw)
    if match is None:
        first = raw.lstrip("\ufeff").lstrip().split("\n", 1)[0][:40]
        raise InputError(origin, f"no date header: expected 'date YYYY-MM-DD', found {first!r}", 1)
    date = parse_date(match.group("date"), origin, 1 + raw.count("\n", 0, match.start("date")))
    body = raw[match.end() :]
    if not body.strip():
        raise InputError(origin, "the article text is empty")
    return Document(id=doc_id, text=body, date=date, origin=origin)
