"""Store queries turned into API pages: the glue that keeps route handlers free of logic.

The queries themselves live in dateline.store (one query layer for the CLI and the API);
this module only asks for one row more than the page to know whether another page exists.
"""

from __future__ import annotations

from dateline.api.actor_models import ActorPage, ActorProfileModel, ActorSummaryModel
from dateline.api.models import DocumentPage, DocumentSummaryModel, SearchHitModel, SearchPage
from dateline.api.pagination import (
    PageRequest,
    document_key,
    encode_cursor,
    offset_of,
    split_page,
)
from dateline.api.params import DateRange
from dateline.api.paths import document_api_path
from dateline.store import Store


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
