"""Who said what: quote queries by speaker, quoted text and publication date.

Results come in (date, document, index) order, oldest first or newest first, so callers
page with ``after=hit.key``. Speakers given as an actor id (``c:GBR/GOV``) are read from
the ``speaker_id`` index; speaker names and words are substring matches that read quotes
one by one, so ``scan_refusal`` asks for a bounded date window for them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, or_, select, tuple_

from dateline.contract import JsonObject
from dateline.store.events import MAX_WINDOW_DAYS, is_actor_id
from dateline.store.schema import documents, quotes

QuoteKey = tuple[dt.date, str, int]
"""The position of a quote in listing order: (publication date, document id, index)."""

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

    @property
    def key(self) -> QuoteKey:
        """Where this quote is in listing order (pass as ``after`` for the next page)."""
        return self.date, self.doc_id, self.index


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
    *,
    after: QuoteKey | None = None,
    newest_first: bool = False,
) -> list[QuoteHit]:
    """Quotes whose speaker (resolved name or mention) and text contain the given strings.

    Matching is a case-insensitive substring match (a speaker given as an actor id matches
    that id exactly); dates bound the publication date (inclusive). Results come by date,
    document and position in the document, oldest first unless ``newest_first``.
    """
    keys = (documents.c.date, documents.c.id, quotes.c.idx)
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
        .join(documents, _joined(speaker))
        .order_by(*(k.desc() for k in keys) if newest_first else keys)
    )
    if after is not None:
        position = tuple_(*keys)
        stmt = stmt.where(position < tuple_(*after) if newest_first else position > tuple_(*after))
    if speaker and is_actor_id(speaker):
        stmt = stmt.where(quotes.c.speaker_id == speaker.strip())
    elif speaker:
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


def _joined(speaker: str | None) -> Any:
    """The join of quotes to their documents, shaped for the planner.

    Unless a speaker id drives the query from its index, documents are read newest (or
    oldest) first on their date index and their quotes looked up: "+ 0" keeps SQLite from
    scanning every quote and sorting them instead.
    """
    if speaker and is_actor_id(speaker):
        return documents.c.pk == quotes.c.doc_pk
    return quotes.c.doc_pk == documents.c.pk + 0


def scan_refusal(
    speaker: str | None, contains: str | None, date_from: dt.date | None, date_to: dt.date | None
) -> str | None:
    """Why a quote query would read every quote (None when it would not)."""
    by_name = bool(speaker) and not is_actor_id(speaker or "")
    if not (by_name or contains):
        return None
    if date_from and date_to and (date_to - date_from).days < MAX_WINDOW_DAYS:
        return None
    which = " and ".join(n for n, v in (("speaker", by_name), ("text", contains)) if v)
    return (
        f"the {which} filter reads quotes one by one and would scan the whole table: give "
        f"from and to at most {MAX_WINDOW_DAYS} days apart (speaker actor ids such as "
        "c:GBR/GOV are indexed and need no window)"
    )


def _day(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
