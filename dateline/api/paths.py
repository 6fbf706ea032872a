"""URL paths of documents, actors and events, for the API and the pages (ids percent-encoded)."""

from __future__ import annotations

from urllib.parse import quote


def document_api_path(doc_id: str) -> str:
    """The API path of one document."""
    return "/api/documents/" + quote(doc_id, safe="")


def document_page_path(doc_id: str) -> str:
    """The web page of one document."""
    return "/documents/" + quote(doc_id, safe="")


def actor_api_path(actor_id: str) -> str:
    """The API path of one actor."""
    return "/api/actors/" + quote(actor_id, safe="")


def actor_page_path(actor_id: str) -> str:
    """The web page of one actor."""
    return "/actors/" + quote(actor_id, safe="")


def event_api_path(doc_id: str, index: int) -> str:
    """The API path of one event: its document and position in the events layer."""
    return f"/api/events/{quote(doc_id, safe='')}/{index}"


def event_page_path(doc_id: str, index: int) -> str:
    """The web page of one event."""
    return f"/events/{quote(doc_id, safe='')}/{index}"
