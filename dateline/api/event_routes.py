"""JSON routes for events, the timeline, quotes and exports. Handlers only call library code."""

# No "from __future__ import annotations" here: FastAPI evaluates these annotations at run
# time, and the handlers' aliases below must be real objects, not strings.
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, status
from fastapi.responses import StreamingResponse

from dateline.api import exports, listing
from dateline.api.deps import get_store, page_params
from dateline.api.event_models import EventItemModel, EventPage, QuotePage, TimelineModel
from dateline.api.models import ErrorModel
from dateline.api.pagination import PageRequest
from dateline.api.params import (
    MAX_INDEX,
    EventFilters,
    QuoteFilters,
    event_filters,
    quote_filters,
)
from dateline.config import Settings
from dateline.store import Store

Responses = dict[int | str, dict[str, Any]]
EventIndex = Annotated[
    int, Path(ge=0, lt=MAX_INDEX, description="position in the document's events layer")
]
StoreDep = Annotated[Store, Depends(get_store)]
Events = Annotated[EventFilters, Depends(event_filters)]
Quotes = Annotated[QuoteFilters, Depends(quote_filters)]


def _errors(*codes: int) -> Responses:
    return {code: {"model": ErrorModel} for code in codes}


def _stream(kind: str, lines: Any) -> StreamingResponse:
    headers = {"Content-Disposition": f'attachment; filename="{exports.FILENAMES[kind]}"'}
    return StreamingResponse(lines, media_type=exports.MEDIA_TYPES[kind], headers=headers)


def _stream_doc(kind: str) -> Responses:
    return {200: {"content": {exports.MEDIA_TYPES[kind]: {"schema": {"type": "string"}}}}}


def events_router(settings: Settings) -> APIRouter:
    """The /api routes for events, timeline, quotes and exports."""
    router = APIRouter(prefix="/api")
    # Order matters: a path with no such method is answered by the first route it matches.
    router.include_router(_events_router(settings.max_page_size))
    router.include_router(_quotes_router(settings.max_page_size))
    router.include_router(_exports_router())
    return router


def _events_router(max_size: int) -> APIRouter:
    """Events: the list, one event, and the timeline of counts."""
    router = APIRouter()
    events_page = Depends(page_params("events", max_size))

    @router.get("/events", response_model=EventPage, tags=["events"], responses=_errors(400))
    def list_events(store: StoreDep, filters: Events, page: PageRequest = events_page) -> EventPage:
        """Events newest first (by the day they started), filtered; only events reported as
        having happened unless ``aux`` or ``include_aux`` says otherwise. Word, name and
        distance filters need ``from`` and ``to`` at most 366 days apart (400 otherwise)."""
        return listing.events_page(store, filters, page)

    @router.get(
        "/events/{doc_id:path}/{index}",
        response_model=EventItemModel,
        tags=["events"],
        responses=_errors(404),
    )
    def get_event(doc_id: str, index: EventIndex, store: StoreDep) -> EventItemModel:
        """One event: its document id and its position in the document's events layer."""
        found = listing.one_event(store, doc_id, index)
        if found is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no event {index} in {doc_id!r}")
        return found

    @router.get("/timeline", response_model=TimelineModel, tags=["events"], responses=_errors(400))
    def timeline(
        store: StoreDep,
        filters: Events,
        by: Annotated[Literal["day", "week"], Query(description="count per day or week")] = "day",
    ) -> TimelineModel:
        """Matching events counted per day (or ISO week) by type and quad; needs ``from`` and
        ``to`` at most 366 days apart (400 otherwise)."""
        return listing.timeline(store, filters, by)

    return router


def _quotes_router(max_size: int) -> APIRouter:
    """Quotes: who said what."""
    router = APIRouter()
    quotes_page = Depends(page_params("quotes", max_size))

    @router.get("/quotes", response_model=QuotePage, tags=["quotes"], responses=_errors(400))
    def list_quotes(store: StoreDep, filters: Quotes, page: PageRequest = quotes_page) -> QuotePage:
        """Who said what, newest first. Speaker names and words need ``from`` and ``to`` at
        most 366 days apart (a speaker actor id does not)."""
        return listing.quotes_page(store, filters, page)

    return router


def _exports_router() -> APIRouter:
    """Streamed exports of the matching events and quotes."""
    router = APIRouter()

    @router.get("/export/plover-jsonl", tags=["exports"], responses=_stream_doc("plover-jsonl"))
    def export_plover(store: StoreDep, filters: Events) -> StreamingResponse:
        """The matching events as PLOVER JSON lines (as ``dateline export``), streamed."""
        q = listing.event_query(store, filters)
        return _stream("plover-jsonl", exports.plover_lines(store, q))

    @router.get("/export/acled-csv", tags=["exports"], responses=_stream_doc("acled-csv"))
    def export_acled(store: StoreDep, filters: Events) -> StreamingResponse:
        """The matching events ACLED records, as CSV with a header, streamed."""
        q = listing.event_query(store, filters)
        return _stream("acled-csv", exports.acled_lines(store, q))

    @router.get("/export/quotes-jsonl", tags=["exports"], responses=_stream_doc("quotes-jsonl"))
    def export_quotes(store: StoreDep, filters: Quotes) -> StreamingResponse:
        """The matching quotes as JSON lines with speaker, date and source, streamed."""
        return _stream("quotes-jsonl", exports.quote_lines(store, filters))

    return router
