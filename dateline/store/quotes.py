"""Who said what: quote queries by speaker, quoted text and publication date."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import Connection, or_, select

from dateline.contract import JsonObject
from dateline.store.schema import documents, quotes

_LIKE_ESCAPE = "\\"


@dataclass(frozen=True, slots=True)
class QuoteHit:
    """One stored quote with the document it comes from."""

    doc_id: str
    date: dt.date
    title: str | None
    source: str | None
    url: str | None
    index: int
    quote: JsonObject  # the contract object of the quote


def _like(value: str) -> str:
    escaped = value.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2).replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def find_quotes(
    conn: Connection,
    speaker: str | None = None,
    contains: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int | None = 100,
) -> list[QuoteHit]:
    """Quotes whose speaker (resolved name or mention) and text contain the given strings.

    Matching is a case-insensitive substring match; dates bound the publication date
    (inclusive). Results come by date, document and position in the document.
    """
    stmt = (
        select(
            documents.c.id,
            documents.c.date,
            documents.c.title,
            documents.c.source,
            documents.c.url,
            quotes.c.idx,
            quotes.c.data,
        )
        .join(documents, documents.c.pk == quotes.c.doc_pk)
        .order_by(documents.c.date, documents.c.id, quotes.c.idx)
    )
    if speaker:
        pattern = _like(speaker)
        stmt = stmt.where(
            or_(
                quotes.c.speaker_name.ilike(pattern, escape=_LIKE_ESCAPE),
                quotes.c.speaker_text.ilike(pattern, escape=_LIKE_ESCAPE),
            )
        )
    if contains:
        stmt = stmt.where(quotes.c.text.ilike(_like(contains), escape=_LIKE_ESCAPE))
    if date_from is not None:
        stmt = stmt.where(documents.c.date >= date_from)
    if date_to is not None:
        stmt = stmt.where(documents.c.date <= date_to)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        QuoteHit(
            row.id, _day(row.date), row.title, row.source, row.url, row.idx, json.loads(row.data)
        )
        for row in conn.execute(stmt)
    ]


def _day(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
