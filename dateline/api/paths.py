"""URL paths of documents, for the API and the pages (ids are percent-encoded whole)."""

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
