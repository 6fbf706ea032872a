"""Template contexts for the pages: store queries in, plain values out (no markup here)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode, urlsplit

from dateline.api import listing
from dateline.api.actor_models import ActorProfileModel
from dateline.api.pagination import PageRequest
from dateline.api.params import DateRange
from dateline.contract import LAYER_KEYS, JsonObject
from dateline.store import Store
from dateline.web.highlight import Annotation, document_view, layer_counts

INGEST_HINT = "dateline ingest PATH --db DB"


def safe_link(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) link, else None (never javascript:, data:, …)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def store_is_empty(store: Store) -> bool:
    """True when no document is stored yet (one indexed row read, not a count)."""
    return not store.list_documents(limit=1)


def query_string(**params: Any) -> str:
    """A query string of the non-empty parameters, for links to other pages."""
    kept = {k: v for k, v in params.items() if v not in (None, "", False)}
    return "?" + urlencode(kept, doseq=True) if kept else ""


def documents_context(
    store: Store, query: str, page: PageRequest, dates: DateRange, base: str = "/documents"
) -> dict[str, Any]:
    """The document list, or search results when ``query`` is given."""
    start = dates.start.isoformat() if dates.start else ""
    end = dates.end.isoformat() if dates.end else ""
    if query:
        result: Any = listing.search_page(store, query, page)
    else:
        result = listing.documents_page(store, page, dates)
    next_url = None
    if result.next_cursor:
        args = {"q": query, "from": start, "to": end, "limit": page.limit}
        next_url = base + query_string(**args, cursor=result.next_cursor)
    return {
        "title": f"Search: {query}" if query else "Documents",
        "nav": "documents",
        "query": query,
        "start": start,
        "end": end,
        "items": result.items,
        "searching": bool(query),
        "next_url": next_url,
        "first_page": page.position is None,
        "empty_store": not result.items and store_is_empty(store),
        "hint": INGEST_HINT,
    }


def document_context(record: JsonObject) -> dict[str, Any]:
    """The document page: highlighted text, layer toggles and annotation lists."""
    found, segs = document_view(record)
    by_layer: dict[str, list[Annotation]] = {layer: [] for layer in LAYER_KEYS}
    for a in found:
        by_layer[a.layer].append(a)
    return {
        "title": record.get("title") or record["id"],
        "nav": "documents",
        "doc": record,
        "safe_url": safe_link(record.get("url")),
        "segments": segs,
        "layers": LAYER_KEYS,
        "by_layer": by_layer,
        "counts": layer_counts(found),
        "pipeline": sorted((record.get("pipeline") or {}).items()),
    }


def actors_context(store: Store, page: PageRequest) -> dict[str, Any]:
    """The actor list, most mentioned first."""
    result = listing.actors_page(store, page)
    next_url = None
    if result.next_cursor:
        next_url = "/actors" + query_string(limit=page.limit, cursor=result.next_cursor)
    return {
        "title": "Actors",
        "nav": "actors",
        "items": result.items,
        "next_url": next_url,
        "first_page": page.position is None,
        "empty_store": not result.items and store_is_empty(store),
        "hint": INGEST_HINT,
    }


def actor_context(profile: ActorProfileModel) -> dict[str, Any]:
    """One actor's page: roles over time, mentions by date, quotes."""
    peak = max((d.mentions for d in profile.mentions_by_date), default=1)
    return {
        "title": profile.actor.name or profile.actor.id,
        "nav": "actors",
        "profile": profile,
        "peak": peak,
    }
