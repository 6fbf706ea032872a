"""Quotes out of the store: one JSON line per quote, and a readable listing."""

from __future__ import annotations

from collections.abc import Callable

from rich.markup import escape

from dateline.contract import JsonObject, dumps
from dateline.store import QuoteHit, Store


def quote_record(doc: JsonObject, index: int, quote: JsonObject) -> JsonObject:
    """One quote with its speaker, the publication date and the source document."""
    return {
        "doc": doc["id"],
        "date": doc["date"],
        "title": doc.get("title"),
        "source": doc.get("source"),
        "url": doc.get("url"),
        "index": index,
        **quote,
    }


def export_quotes_jsonl(store: Store, write_line: Callable[[str], None]) -> int:
    """Every stored quote as one JSON object per line, by date and document."""
    n = 0
    for doc in store.iter_documents():
        for i, quote in enumerate(doc["quotes"]):
            write_line(dumps(quote_record(doc, i, quote)))
            n += 1
    return n


def quote_lines(hit: QuoteHit, width: int = 300) -> tuple[str, str]:
    """Two rich-markup lines for ``dateline quotes``: who, when, where; then what (escaped)."""
    q = hit.quote
    who = q.get("speaker_name") or q.get("speaker_text") or "unattributed"
    cue = f" {q['cue_text']}" if q.get("cue_text") else ""
    text = " ".join(q["text"].split())  # paragraphs of a long quotation on one line
    text = text if len(text) <= width else text[: width - 1] + "…"
    head = (
        f"[bold]{escape(who)}[/bold]{escape(cue)} · {hit.date.isoformat()} · "
        f"{escape(hit.doc_id)} [dim]({escape(q['kind'])})[/dim]"
    )
    return head, f"    “{escape(text)}”"
