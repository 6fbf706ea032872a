"""Readable terminal views of stored documents and reports (rich renderables, escaped)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from rich.markup import escape
from rich.table import Table
from rich.text import Text

from dateline.contract import JsonObject

if TYPE_CHECKING:
    from dateline.store import DocumentSummary

LAYER_STYLES = {
    "entities": "bold cyan",
    "timexes": "bold magenta",
    "quotes": "green",
    "events": "bold red",
}


def _spans(record: JsonObject, layer: str) -> Iterable[tuple[int, int]]:
    for item in record[layer]:
        if layer == "quotes":
            yield from ((s, e) for s, e in item["content_spans"])
        elif layer == "events":
            yield item["trigger"]["start"], item["trigger"]["end"]
        else:
            yield item["start"], item["end"]


def highlighted_text(record: JsonObject, layers: Iterable[str]) -> Text:
    """The document text with each layer's spans styled (text is never read as markup)."""
    body = Text(record["text"])
    for layer in layers:
        for start, end in _spans(record, layer):
            body.stylize(LAYER_STYLES[layer], start, end)
    return body


def layer_table(record: JsonObject, layer: str) -> Table:
    """One table per layer listing each span, its text and resolved value."""
    table = Table(title=f"{layer} ({len(record[layer])})", title_justify="left", expand=False)
    for col in ("span", "text", "value"):
        table.add_column(col, overflow="fold")
    for item in record[layer]:
        start, end, shown, value = _row(item, layer, record["text"])
        table.add_row(f"{start}-{end}", escape(shown), escape(value))
    return table


def _row(item: JsonObject, layer: str, text: str) -> tuple[int, int, str, str]:
    if layer == "entities":
        extra = item.get("actor") or item.get("place") or {}
        value = item["label"] + (f" → {extra.get('name')}" if extra else "")
        return item["start"], item["end"], item["text"], value
    if layer == "timexes":
        span = f"{item['start_date']}..{item['end_date']}" if item["start_date"] else ""
        return item["start"], item["end"], item["text"], f"{item['type']} {item['value']} {span}"
    if layer == "quotes":
        who = item["speaker_name"] or "?"
        return (
            item["content_start"],
            item["content_end"],
            _clip(item["text"]),
            f"{item['kind']} · {who}",
        )
    trig = item["trigger"]
    actors = ",".join(a["name"] for a in item["actor"]) or "?"
    return (
        trig["start"],
        trig["end"],
        trig["text"],
        f"{item['type']} {actors} {item['date']['value']}",
    )


def _clip(value: str, width: int = 80) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def document_lines(rows: Iterable[DocumentSummary]) -> Iterator[str]:
    """Two markup lines per document: date, id and layer counts; then title or lead."""
    for r in rows:
        counts = " · ".join(f"{n} {layer}" for layer, n in r.counts)
        dup = (
            f"  [yellow](duplicate of {escape(r.duplicate_of)})[/yellow]" if r.duplicate_of else ""
        )
        yield f"{r.date.isoformat()}  [bold]{escape(r.id)}[/bold]  {counts}{dup}"
        yield f"            {escape(r.title or _clip(r.lead, 72))}"
