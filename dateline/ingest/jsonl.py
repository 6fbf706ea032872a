"""JSONL input: one article per line, ``{"id"?, "date", "title"?, "source"?, "url"?, "text"}``."""

from __future__ import annotations

import json
from collections.abc import Iterator

from dateline.errors import InputError
from dateline.ingest.dated_text import parse_date
from dateline.model import Document

_OPTIONAL = ("title", "source", "url")


def parse_jsonl(raw: str, base_id: str, origin: str) -> Iterator[Document | InputError]:
    """Yield a document, or the error for that line, for every non-blank line."""
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield parse_line(line, base_id, origin, lineno)
        except InputError as exc:
            yield exc


def parse_line(line: str, base_id: str, origin: str, lineno: int) -> Document:
    """Read one JSONL line as a document."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            origin, f"malformed JSON ({exc.msg} at column {exc.colno})", lineno
        ) from None
    if not isinstance(obj, dict):
        raise InputError(origin, "expected a JSON object", lineno)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(origin, "missing or empty 'text'", lineno)
    date = parse_date(obj.get("date"), origin, lineno)
    extra: dict[str, str | None] = {}
    for key in _OPTIONAL:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(origin, f"'{key}' must be a string", lineno)
        extra[key] = value or None
    doc_id = obj.get("id")
    if doc_id is None:
        doc_id = f"{base_id}:{lineno}"
    elif isinstance(doc_id, int | str) and not isinstance(doc_id, bool) and str(doc_id).strip():
        doc_id = str(doc_id)
    else:
        raise InputError(origin, "'id' must be a non-empty string or integer", lineno)
    return Document(
        id=doc_id,
        text=text,
        date=date,
        title=extra["title"],
        source=extra["source"],
        url=extra["url"],
        origin=f"{origin}:{lineno}",
    )
