"""Template contexts of the event pages: timeline, one event, quotes, map (no markup here).

Pages read the same filters and library calls as the JSON API (dateline.api.listing). A
page without dates shows a window ending on the newest stored event (or document), so a
first visit shows something without reading the whole table; the filter bar says which.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from dateline.api import listing
from dateline.api.event_models import EventItemModel, quad_of_type
from dateline.api.pagination import PageRequest
from dateline.api.params import DateRange, EventFilters, QuoteFilters
from dateline.api.paths import event_page_path
from dateline.contract import JsonObject
from dateline.nlp.events_plover import load_plover
from dateline.store import Store
from dateline.store.events import EventQuery, find_events
from dateline.web.chart import QUADS, columns, render_chart
from dateline.web.highlight import Mark, Segment, event_annotation, segments
from dateline.web.views import INGEST_HINT, query_string, store_is_empty
from dateline.web.worldmap import MapPoint, render_svg

DEFAULT_DAYS = 90  # the window a page shows when no dates are given
MAP_POINTS = 500  # newest events plotted at most
EVENT_ROLES: tuple[tuple[str, str], ...] = (
    ("actor", "actor"),
    ("trigger", "trigger (what happened)"),
    ("recipient", "recipient"),
    ("date", "time"),
    ("place", "place"),
)


@dataclass(frozen=True, slots=True)
class FilterBar:
    """The filter bar's values, echoed back into the form."""

    type: str = ""
    actor: str = ""
    country: str = ""
    start: str = ""
    end: str = ""
    aux: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    defaulted: bool = False  # the dates were filled in, not asked for

    def params(self) -> dict[str, Any]:
        """The query parameters that reproduce these filters (for links)."""
        return {
            "type": self.type,
            "actor": self.actor,
            "country": self.country,
            "from": self.start,
            "to": self.end,
            "aux": list(self.aux),
        }


def newest_event_day(store: Store) -> dt.date | None:
    """The start day of the newest stored event (any modality), or None."""
    rows = find_events(store.engine, EventQuery(limit=1, include_aux=True))
    return rows[0].date if rows else None


def with_window(f: EventFilters, newest: dt.date | None) -> tuple[EventFilters, bool]:
    """``f`` with a default date window when it has none (and whether one was added)."""
    start, end = f.dates.start, f.dates.end
    if start and end:
        return f, False
    span = dt.timedelta(days=DEFAULT_DAYS - 1)
    if start:
        end = start + span
    elif end:
        start = end - span
    elif newest:
        start, end = newest - span, newest
    else:
        return f, False
    return replace(f, dates=DateRange(start, end)), True


def filter_bar(f: EventFilters, defaulted: bool) -> FilterBar:
    """The form values for ``f``."""
    return FilterBar(
        type=f.type or "",
        actor=f.actor or "",
        country=f.country or "",
        start=f.dates.start.isoformat() if f.dates.start else "",
        end=f.dates.end.isoformat() if f.dates.end else "",
        aux=f.aux,
        types=tuple(sorted(load_plover().types)),
        defaulted=defaulted,
    )


def _base(store: Store, title: str, nav: str) -> dict[str, Any]:
    return {"title": title, "nav": nav, "empty_store": store_is_empty(store), "hint": INGEST_HINT}


def timeline_context(store: Store, f: EventFilters, page: PageRequest) -> dict[str, Any]:
    """The timeline: a chart of events per day by quad, and the matching events below."""
    f, defaulted = with_window(f, newest_event_day(store))
    context = _base(store, "Timeline", "timeline") | {"filters": filter_bar(f, defaulted)}
    context |= {"quads": QUADS, "chart": None, "events": [], "next_url": None, "total": 0}
    if f.dates.start is None or f.dates.end is None:
        return context
    counts = listing.timeline(store, f, "day")
    result = listing.events_page(store, f, page)
    next_url = None
    if result.next_cursor:
        params = filter_bar(f, defaulted).params()
        next_url = "/" + query_string(**params, limit=page.limit, cursor=result.next_cursor)
    cols = columns(counts.periods, f.dates.start, f.dates.end)
    return context | {
        "chart": render_chart(cols),
        "total": counts.total,
        "events": result.items,
        "next_url": next_url,
        "first_page": page.position is None,
    }


@dataclass(frozen=True, slots=True)
class EvidenceView:
    """The evidence sentence cut into segments, each with the event's roles covering it."""

    segments: tuple[Segment, ...]
    roles: tuple[tuple[str, str, str], ...]  # (role, legend label, the words marked)


def evidence_view(text: str, index: int, item: JsonObject) -> EvidenceView:
    """The event's evidence (first to last evidence span) with its own roles highlighted."""
    spans = item.get("evidence") or [[item["trigger"]["start"], item["trigger"]["end"]]]
    left, right = min(s for s, _ in spans), max(e for _, e in spans)
    marks = [m for m in event_annotation(index, item).marks if left <= m.start and m.end <= right]
    shifted = [Mark(m.ann, m.layer, m.role, m.start - left, m.end - left) for m in marks]
    segs = tuple(segments(text[left:right], shifted))
    found = {m.role: text[m.start : m.end] for m in reversed(marks)}
    roles = tuple((r, label, found.get(r, "")) for r, label in EVENT_ROLES)
    return EvidenceView(segs, roles)


def event_context(event: EventItemModel, record: JsonObject) -> dict[str, Any]:
    """One event: evidence with roles highlighted, its fields, its document's other events."""
    item = record["events"][event.index]
    others = [
        (event_page_path(record["id"], i), e["type"], e["trigger"]["text"], e["aux"])
        for i, e in enumerate(record["events"])
        if i != event.index
    ]
    return {
        "title": f"{event.type}: {event.actors or 'unknown actor'}",
        "nav": "timeline",
        "event": event,
        "item": item,
        "doc": record,
        "evidence": evidence_view(record["text"], event.index, item),
        "others": others,
    }


def quotes_context(store: Store, f: QuoteFilters, page: PageRequest) -> dict[str, Any]:
    """Who said what: the quote search form and a page of quotes, newest first."""
    defaulted = False
    if (f.speaker or f.text) and not (f.dates.start and f.dates.end):
        newest = store.list_documents(limit=1)
        if newest:
            end = f.dates.end or newest[0].date
            start = f.dates.start or end - dt.timedelta(days=365)
            f, defaulted = (
                replace(f, dates=DateRange(start, min(end, start + dt.timedelta(365)))),
                True,
            )
    result = listing.quotes_page(store, f, page)
    form = {
        "speaker": f.speaker or "",
        "text": f.text or "",
        "from": f.dates.start.isoformat() if f.dates.start else "",
        "to": f.dates.end.isoformat() if f.dates.end else "",
    }
    next_url = None
    if result.next_cursor:
        next_url = "/quotes" + query_string(**form, limit=page.limit, cursor=result.next_cursor)
    return _base(store, "Quotes", "quotes") | {
        "form": form,
        "defaulted": defaulted,
        "items": result.items,
        "next_url": next_url,
        "first_page": page.position is None,
    }


def map_context(store: Store, f: EventFilters) -> dict[str, Any]:
    """Events with a resolved place on the world map, with the timeline's filters."""
    f, defaulted = with_window(f, newest_event_day(store))
    points, shown = [], 0
    if f.dates.start and f.dates.end:
        q = listing.checked_event_query(store, f, MAP_POINTS)
        for r in find_events(store.engine, q):
            if r.lat is None or r.lon is None:
                continue
            label = f"{r.date} {r.type}: {r.actors or '?'} @ {r.place or '?'}"
            kind = quad_of_type().get(r.type, "point")
            points.append(MapPoint(r.lat, r.lon, label, event_page_path(r.doc_id, r.index), kind))
            shown += 1
    return _base(store, "Map", "map") | {
        "filters": filter_bar(f, defaulted),
        "svg": render_svg(points, label=f"World map of {shown} events"),
        "points": shown,
        "limit": MAP_POINTS,
        "quads": QUADS,
    }
