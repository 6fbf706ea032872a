"""Read-only queries over stored layers (time expressions by calendar interval)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import Engine, select

from dateline.store.schema import documents, timexes

_SENTENCE_END = re.compile(r"[.!?…]['\"”’)]*\s|\n\s*\n")
_MAX_SENTENCE = 400  # characters shown either side at most


@dataclass(frozen=True, slots=True)
class TimexHit:
    """A stored time expression whose interval overlaps the asked one, with its sentence."""

    doc_id: str
    doc_date: dt.date
    start: int
    end: int
    text: str
    type: str
    value: str
    start_date: dt.date
    end_date: dt.date
    sentence: str


def timexes_between(
    engine: Engine, first: dt.date, last: dt.date, limit: int = 200
) -> list[TimexHit]:
    """Resolved expressions whose [start_date, end_date] overlaps [first, last], by date."""
    stmt = (
        select(
            documents.c.id,
            documents.c.date,
            documents.c.text,
            timexes.c.start,
            timexes.c.end,
            timexes.c.text.label("timex_text"),
            timexes.c.type,
            timexes.c.value,
            timexes.c.start_date,
            timexes.c.end_date,
        )
        .join(documents, documents.c.pk == timexes.c.doc_pk)
        .where(timexes.c.start_date <= last, timexes.c.end_date >= first)
        .order_by(timexes.c.start_date, documents.c.id, timexes.c.start)
        .limit(limit)
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    return [
        TimexHit(
            r.id,
            _day(r.date),
            r.start,
            r.end,
            r.timex_text,
            r.type,
            r.value,
            _day(r.start_date),
            _day(r.end_date),
            sentence_around(r.text, r.start, r.end),
        )
        for r in rows
    ]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` containing ``[start, end)``, trimmed of outer whitespace."""
    left = max(0, start - _MAX_SENTENCE)
    begin = left
    for m in _SENTENCE_END.finditer(text, left, start):
        begin = m.end()
    stop = _SENTENCE_END.search(text, end, min(len(text), end + _MAX_SENTENCE))
    finish = stop.start() + 1 if stop else min(len(text), end + _MAX_SENTENCE)
    return " ".join(text[begin:finish].split())


def _day(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
