"""Streamed exports of filtered events and quotes, line by line, in the CLI's formats.

The records are the exporters' own (dateline.export.plover, .acled, .quotes), built from
rows read in keyset pages, so an export of a million events never holds more than a page.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from dateline.api.params import QuoteFilters
from dateline.contract import JsonObject, dumps
from dateline.export.acled import COLUMNS, acled_row, csv_line, load_acled_map
from dateline.export.plover import plover_record
from dateline.export.quotes import quote_record
from dateline.nlp.events_plover import load_plover
from dateline.store import Store
from dateline.store.events import EventQuery, EventRow, document_texts, iter_event_rows
from dateline.store.quotes import find_quotes

FILENAMES = {
    "plover-jsonl": "dateline-events.plover.jsonl",
    "acled-csv": "dateline-events.acled.csv",
    "quotes-jsonl": "dateline-quotes.jsonl",
}
CHUNK = 500  # events per text lookup for ACLED notes

MEDIA_TYPES = {
    "plover-jsonl": "application/x-ndjson",
    "acled-csv": "text/csv",
    "quotes-jsonl": "application/x-ndjson",
}


def _document(row: EventRow, text: str = "") -> JsonObject:
    """The parts of the event's document that the exporters cite."""
    d = row.doc
    return {
        "id": d.id,
        "date": d.date.isoformat(),
        "title": d.title,
        "source": d.source,
        "url": d.url,
        "language": d.language,
        "text": text,
        "pipeline": json.loads(d.pipeline),
    }


def plover_lines(store: Store, q: EventQuery) -> Iterator[str]:
    """One PLOVER JSON line per matching event, newest first."""
    plover = load_plover()
    with store.engine.connect() as conn:
        for row in iter_event_rows(conn, q):
            yield dumps(plover_record(_document(row), row.index, plover, row.data)) + "\n"


def _chunks(rows: Iterator[EventRow]) -> Iterator[list[EventRow]]:
    chunk: list[EventRow] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def acled_lines(store: Store, q: EventQuery) -> Iterator[str]:
    """The ACLED header, then one CSV line per recordable matching event."""
    m = load_acled_map()
    yield csv_line(list(COLUMNS)) + "\n"
    with store.engine.connect() as conn:
        for chunk in _chunks(iter_event_rows(conn, q)):
            texts = document_texts(conn, sorted({r.doc_id for r in chunk}))
            for row in chunk:
                record = acled_row(
                    _document(row, texts.get(row.doc_id, "")), row.index, m, row.data
                )
                if record is not None:
                    yield csv_line([record[c] for c in COLUMNS]) + "\n"


def quote_lines(store: Store, f: QuoteFilters) -> Iterator[str]:
    """One JSON line per matching quote, newest first (the quotes-jsonl records)."""
    after = None
    with store.engine.connect() as conn:
        while True:
            hits = find_quotes(
                conn,
                f.speaker,
                f.text,
                f.dates.start,
                f.dates.end,
                CHUNK,
                after=after,
                newest_first=True,
            )
            for h in hits:
                doc = {"id": h.doc_id, "date": h.date.isoformat(), "title": h.title}
                doc |= {"source": h.source, "url": h.url}
                yield dumps(quote_record(doc, h.index, h.quote)) + "\n"
            if len(hits) < CHUNK:
                return
            after = hits[-1].key
