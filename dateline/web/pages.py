"""Server-rendered pages. Handlers call dateline.web.views and render a template."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from dateline.api import listing
from dateline.api.deps import get_store
from dateline.api.event_routes import EventIndex
from dateline.api.pagination import DEFAULT_PAGE_SIZE, page_request
from dateline.api.params import (
    DateRange,
    EventFilters,
    QuoteFilters,
    date_range,
    event_filters,
    invalid,
    quote_filters,
)
from dateline.config import Settings
from dateline.store import Store
from dateline.store.search import has_words
from dateline.web import event_views, views
from dateline.web.templating import templates


def render(request: Request, name: str, context: dict[str, object], code: int = 200) -> Response:
    """Render a page template."""
    return templates().TemplateResponse(request, name, context, status_code=code)


def error_page(request: Request, code: int, message: str) -> Response:
    """An HTML error page (the pages' counterpart of the API's JSON errors)."""
    context = {"title": f"Error {code}", "nav": "", "code": code, "message": message}
    return render(request, "error.html", context, code)


StoreDep = Annotated[Store, Depends(get_store)]


def pages_router(settings: Settings) -> APIRouter:
    """The web app's pages (not part of the OpenAPI document)."""
    router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    @router.get("/documents")
    def documents(
        request: Request,
        store: Annotated[Store, Depends(get_store)],
        dates: Annotated[DateRange, Depends(date_range)],
        q: str = "",
        limit: int = DEFAULT_PAGE_SIZE,
        cursor: str | None = None,
    ) -> Response:
        """Stored documents, newest first, or full-text search results."""
        query = q.strip()
        if query and not has_words(query):
            raise invalid("q", q, "q: the search query has no words")
        kind = "search" if query else "documents"
        page = page_request(kind, limit, cursor or None, settings.max_page_size)
        return render(request, "documents.html", views.documents_context(store, query, page, dates))

    @router.get("/documents/{doc_id:path}")
    def document(
        request: Request, doc_id: str, store: Annotated[Store, Depends(get_store)]
    ) -> Response:
        """One document with every layer highlighted."""
        record = store.get_document(doc_id)
        if record is None:
            return error_page(request, 404, f"No document with id {doc_id!r}.")
        return render(request, "document.html", views.document_context(record))

    @router.get("/actors")
    def actors(
        request: Request,
        store: Annotated[Store, Depends(get_store)],
        limit: int = DEFAULT_PAGE_SIZE,
        cursor: str | None = None,
    ) -> Response:
        """Actors, most mentioned first."""
        page = page_request("actors", limit, cursor or None, settings.max_page_size)
        return render(request, "actors.html", views.actors_context(store, page))

    @router.get("/actors/{actor_id:path}")
    def actor(
        request: Request, actor_id: str, store: Annotated[Store, Depends(get_store)]
    ) -> Response:
        """One actor: roles over time, mentions by date, quotes."""
        profile = listing.actor_profile(store, actor_id)
        if profile is None:
            return error_page(request, 404, f"No actor matching {actor_id!r}.")
        return render(request, "actor.html", views.actor_context(profile))

    _event_pages(router, settings)
    return router


def _event_pages(router: APIRouter, settings: Settings) -> None:
    """The timeline, event, quotes and map pages."""

    @router.get("/")
    def timeline(
        request: Request,
        store: StoreDep,
        filters: Annotated[EventFilters, Depends(event_filters)],
        limit: int = DEFAULT_PAGE_SIZE,
        cursor: str | None = None,
    ) -> Response:
        """Events by day coloured by quad, the filter bar, and the matching events."""
        page = page_request("events", limit, cursor or None, settings.max_page_size)
        return render(request, "timeline.html", event_views.timeline_context(store, filters, page))

    @router.get("/events/{doc_id:path}/{index}")
    def event(request: Request, doc_id: str, index: EventIndex, store: StoreDep) -> Response:
        """One event: its evidence with the roles highlighted, its fields, its document."""
        found = listing.one_event(store, doc_id, index)
        record = store.get_document(doc_id) if found else None
        if found is None or record is None:
            return error_page(request, 404, f"No event {index} in document {doc_id!r}.")
        return render(request, "event.html", event_views.event_context(found, record))

    @router.get("/quotes")
    def quotes(
        request: Request,
        store: StoreDep,
        filters: Annotated[QuoteFilters, Depends(quote_filters)],
        limit: int = DEFAULT_PAGE_SIZE,
        cursor: str | None = None,
    ) -> Response:
        """Who said what: search quotes by speaker, words and dates."""
        page = page_request("quotes", limit, cursor or None, settings.max_page_size)
        return render(request, "quotes.html", event_views.quotes_context(store, filters, page))

    @router.get("/map")
    def world_map(
        request: Request,
        store: StoreDep,
        filters: Annotated[EventFilters, Depends(event_filters)],
    ) -> Response:
        """Events on an offline world map, with the timeline's filters."""
        return render(request, "map.html", event_views.map_context(store, filters))
