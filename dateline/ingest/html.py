"""HTML pages: trafilatura finds the main text and the metadata (date, title, site, url)."""

from __future__ import annotations

import datetime as dt

from dateline.errors import InputError
from dateline.ingest.dated_text import parse_date
from dateline.model import Document


def parse_html(
    raw: str, doc_id: str, origin: str, fallback_date: dt.date | None, min_words: int = 20
) -> Document:
    """Extract the article of an HTML page; its date comes from metadata, else ``fallback_date``."""
    import trafilatura

    if not raw.strip():
        raise InputError(origin, "empty file")
    result = trafilatura.bare_extraction(
        raw, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(result, "text", None) if result is not None else None
    if not text or len(text.split()) < min_words:
        # Menus and footers are all trafilatura finds on pages without an article.
        raise InputError(origin, f"no article text found in the HTML (under {min_words} words)")
    meta_date = getattr(result, "date", None)
    if meta_date:
        date = parse_date(str(meta_date)[:10], origin)
    elif fallback_date is not None:
        date = fallback_date
    else:
        raise InputError(origin, "no publication date in the page metadata; pass --date YYYY-MM-DD")
    # trafilatura separates paragraphs with one newline; the house format uses a blank line.
    body = "\n\n".join(p.strip() for p in text.split("\n") if p.strip())
    return Document(
        id=doc_id,
        text=body,
        date=date,
        title=getattr(result, "title", None) or None,
        source=getattr(result, "sitename", None) or getattr(result, "hostname", None) or None,
        url=getattr(result, "url", None) or None,
        origin=origin,
    )
