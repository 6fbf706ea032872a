"""Store queries turned into API pages: the glue that keeps route handlers free of logic.

The queries themselves live in dateline.store (one query layer for the CLI and the API);
this module only asks for one row more than the page to know whether another page exists,
turns cursors into keyset positions, and refuses (400) queries that would scan unbounded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any, Literal

from dateline.api.actor_models import ActorPage, ActorProfileModel, ActorSummaryModel
from dateline.api.event_models import (
    EventItemModel,
    EventPage,
    QuoteItemModel,
    QuotePage,
    TimelineModel,
)
from dateline.api.models import DocumentPage, DocumentSummaryModel, SearchHitModel, SearchPage
from dateline.api.pagination import (
    BadPageRequest,
    PageRequest,
    document_key,
    encode_cursor,
    offset_of,
    split_page,
)
from dateline.api.params import MAX_INDEX, DateRange, EventFilters, QuoteFilters, invalid
from dateline.api.paths import document_api_path
from dateline.errors import StoreError
from dateline.store import Store
from dateline.store.events import (
    EventCursor,
    EventQuery,
    count_events,
    find_events,
    get_event,
    resolve_near,
    scan_refusal,
)
from dateline.store.quotes import QuoteKey, find_quotes
from dateline.store.quotes import scan_refusal as quote_scan_refusal


def documents_page(store: Store, page: PageRequest, dates: DateRange) -> DocumentPage:
    """A page of document summaries, newest first, with the cursor to the next page."""
    rows = store.list_documents(
        page.limit + 1,
        after=document_key(page.position),
        date_from=dates.start,
        date_to=dates.end,
    )
    shown, cursor = split_page(rows, page.limit, "documents", lambda r: [r.date.isoformat(), r.id])
    items = [DocumentSummaryModel.of(r, document_api_path(r.id)) for r in shown]
    return DocumentPage(items=items, limit=page.limit, next_cursor=cursor)


def search_page(store: Store, query: str, page: PageRequest) -> SearchPage:
    """A page of full-text hits, best first, with the cursor to the next page."""
    offset = offset_of(page.position)
    hits = store.search(query, limit=page.limit + 1, offset=offset)
    cursor = encode_cursor("search", [offset + page.limit]) if len(hits) > page.limit else None
    items = [SearchHitModel.of(h, document_api_path(h.id)) for h in hits[: page.limit]]
    return SearchPage(items=items, limit=page.limit, next_cursor=cursor)


def actors_page(store: Store, page: PageRequest) -> ActorPage:
    """A page of actors, most mentioned first, with the cursor to the next page."""
    offset = offset_of(page.position)
    rows = store.actors(page.limit + 1, offset=offset)
    cursor = encode_cursor("actors", [offset + page.limit]) if len(rows) > page.limit else None
    items = [ActorSummaryModel.of(a) for a in rows[: page.limit]]
    return ActorPage(items=items, limit=page.limit, next_cursor=cursor)


def actor_profile(store: Store, actor_id: str) -> ActorProfileModel | None:
    """One actor's profile (by id, or else by name), or None."""
    found = store.actor(actor_id)
    return None if found is None else ActorProfileModel.of(found)


def event_query(store: Store, f: EventFilters, limit: int = 100) -> EventQuery:
    """The store query of checked filters; a place for ``near`` is looked up (422 if unknown)."""
    near = None
    if f.near is not None:
        try:
            with store.engine.connect() as conn:
                near = resolve_near(conn, f.near, f.km)
        except StoreError as exc:
            raise invalid("near", f.near, f"near: {exc}") from None
    return EventQuery(
        type=f.type,
        actor=f.actor,
        recipient=f.recipient,
        country=f.country,
        start=f.dates.start,
        end=f.dates.end,
        near=near,
        include_aux=f.include_aux,
        text=f.text,
        limit=limit,
        aux=f.aux,
    )


def _key_int(value: Any) -> bool:
    """True for an int that fits the databases' key columns (32-bit integers)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < MAX_INDEX


def event_cursor(position: list[Any] | None) -> EventCursor | None:
    """The keyset position of an events cursor."""
    if position is None:
        return None
    try:
        day, doc_pk, idx = position
        if not (_key_int(doc_pk) and _key_int(idx)):
            raise TypeError(position)
        return EventCursor(dt.date.fromisoformat(day), doc_pk, idx)
    except (TypeError, ValueError):
        raise BadPageRequest("invalid cursor for events: pass next_cursor back unchanged") from None


def checked_event_query(store: Store, f: EventFilters, limit: int = 100) -> EventQuery:
    """``event_query``, refused with a 400 when it would scan without bound."""
    q = event_query(store, f, limit)
    reason = scan_refusal(q)
    if reason:
        raise BadPageRequest(reason)
    return q


def events_page(store: Store, f: EventFilters, page: PageRequest) -> EventPage:
    """A page of events, newest first, with the cursor to the next page."""
    q = replace(checked_event_query(store, f, page.limit + 1), after=event_cursor(page.position))
    rows = find_events(store.engine, q)
    shown, cursor = split_page(
        rows,
        page.limit,
        "events",
        lambda r: [r.cursor.start_date.isoformat(), r.cursor.doc_pk, r.cursor.idx],
    )
    return EventPage(
        items=[EventItemModel.of(r) for r in shown], limit=page.limit, next_cursor=cursor
    )


def one_event(store: Store, doc_id: str, index: int) -> EventItemModel | None:
    """One event by document id and index, or None."""
    with store.engine.connect() as conn:
        row = get_event(conn, doc_id, index)
    return None if row is None else EventItemModel.of(row)


def timeline(store: Store, f: EventFilters, by: Literal["day", "week"]) -> TimelineModel:
    """Counts of matching events per day or week; refused (400) without a bounded window."""
    q = event_query(store, f)
    reason = scan_refusal(q, counting=True)
    if reason:
        raise BadPageRequest(reason)
    with store.engine.connect() as conn:
        counts = count_events(conn, q, by)
    assert q.start is not None and q.end is not None  # scan_refusal checked the window
    return TimelineModel.of(counts, by, q.start, q.end)


def quote_key(position: list[Any] | None) -> QuoteKey | None:
    """The keyset position of a quotes cursor."""
    if position is None:
        return None
    try:
        day, doc_id, idx = position
        if not (isinstance(doc_id, str) and _key_int(idx)):
            raise TypeError(position)
        return dt.date.fromisoformat(day), doc_id, idx
    except (TypeError, ValueError):
        raise BadPageRequest("invalid cursor for quotes: pass next_cursor back unchanged") from None


def quotes_page(store: Store, f: QuoteFilters, page: PageRequest) -> QuotePage:
    """A page of quotes, newest first; refused (400) when a filter would read every quote."""
    reason = quote_scan_refusal(f.speaker, f.text, f.dates.start, f.dates.end)
    if reason:
        raise BadPageRequest(reason)
    with store.engine.connect() as conn:
        hits = find_quotes(
            conn,
            f.speaker,
            f.text,
            f.dates.start,
            f.dates.end,
            page.limit + 1,
            after=quote_key(page.position),
            newest_first=True,
        )
    shown, cursor = split_page(
        hits, page.limit, "quotes", lambda h: [h.date.isoformat(), h.doc_id, h.index]
    )
    return QuotePage(
        items=[QuoteItemModel.of(h) for h in shown], limit=page.limit, next_cursor=cursor
    )
