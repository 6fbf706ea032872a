"""Response models of the event, timeline and quote routes (built from dateline.store rows)."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Literal

from pydantic import BaseModel, Field

from dateline.api.contract_models import EventModel, QuoteModel
from dateline.api.paths import document_api_path, event_api_path
from dateline.kb.loader import shipped
from dateline.store.events import EventRow, TypeCount
from dateline.store.quotes import QuoteHit

Quad = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]


@functools.cache
def quad_of_type() -> dict[str, str]:
    """Each PLOVER type's quad name, from ``kb/data/plover.yaml``."""
    return {t: v["quad"] for t, v in shipped("plover")["types"].items()}


class EventItemModel(BaseModel):
    """One stored event: what a list shows, links, and the event in the JSON contract."""

    document_id: str
    index: int = Field(description="position in the document's events layer")
    date: dt.date | None = Field(description="the day the event started")
    type: str
    quad: Quad | None = Field(description="PLOVER quad of the type")
    aux: list[str]
    actors: str = Field(description="actor names and countries, comma-separated")
    recipients: str
    place: str | None
    lat: float | None
    lon: float | None
    dead: int | None
    evidence: str = Field(description="the evidence sentence(s)")
    url: str = Field(description="API path of this event")
    document_url: str = Field(description="API path of the document")
    event: EventModel

    @classmethod
    def of(cls, r: EventRow) -> EventItemModel:
        """Build from the store's event row."""
        return cls(
            document_id=r.doc_id,
            index=r.index,
            date=r.date,
            type=r.type,
            quad=quad_of_type().get(r.type),  # type: ignore[arg-type]
            aux=list(r.aux),
            actors=r.actors,
            recipients=r.recipients,
            place=r.place,
            lat=r.lat,
            lon=r.lon,
            dead=r.dead,
            evidence=r.evidence,
            url=event_api_path(r.doc_id, r.index),
            document_url=document_api_path(r.doc_id),
            event=EventModel.model_validate(r.data),
        )


class EventPage(BaseModel):
    """A page of events, newest first; pass ``next_cursor`` as ``cursor``."""

    items: list[EventItemModel]
    limit: int
    next_cursor: str | None = Field(description="null on the last page")


class PeriodModel(BaseModel):
    """Event counts of one day (or of the week starting that Monday), by type."""

    period: dt.date
    total: int
    counts: dict[str, int] = Field(description="events per PLOVER type")
    quads: dict[str, int] = Field(description="events per PLOVER quad")


class TimelineModel(BaseModel):
    """Counts of matching events per period, oldest first (periods without events left out)."""

    by: Literal["day", "week"]
    start: dt.date = Field(alias="from")
    end: dt.date = Field(alias="to")
    total: int
    periods: list[PeriodModel]

    model_config = {"populate_by_name": True}

    @classmethod
    def of(
        cls, counts: list[TypeCount], by: Literal["day", "week"], start: dt.date, end: dt.date
    ) -> TimelineModel:
        """Fold the store's (period, type, count) rows into periods."""
        quads = quad_of_type()
        periods: dict[dt.date, PeriodModel] = {}
        for c in counts:
            p = periods.setdefault(
                c.period, PeriodModel(period=c.period, total=0, counts={}, quads={})
            )
            p.total += c.count
            p.counts[c.type] = p.counts.get(c.type, 0) + c.count
            quad = quads.get(c.type, "other")
            p.quads[quad] = p.quads.get(quad, 0) + c.count
        items = [periods[d] for d in sorted(periods)]
        return cls(by=by, start=start, end=end, total=sum(p.total for p in items), periods=items)


class QuoteItemModel(BaseModel):
    """A stored quote with its document."""

    document_id: str
    date: dt.date = Field(description="publication date of the document")
    title: str | None
    index: int = Field(description="position in the document's quotes layer")
    speaker: str | None = Field(description="resolved speaker name, else the speaker's words")
    speaker_id: str | None = Field(description="canonical actor id of the speaker")
    text: str
    document_url: str = Field(description="API path of the document")
    quote: QuoteModel

    @classmethod
    def of(cls, h: QuoteHit) -> QuoteItemModel:
        """Build from the store's quote hit."""
        q = h.quote
        return cls(
            document_id=h.doc_id,
            date=h.date,
            title=h.title,
            index=h.index,
            speaker=q.get("speaker_name") or q.get("speaker_text"),
            speaker_id=(q.get("speaker_actor") or {}).get("id"),
            text=q["text"],
            document_url=document_api_path(h.doc_id),
            quote=QuoteModel.model_validate(q),
        )


class QuotePage(BaseModel):
    """A page of quotes, newest first; pass ``next_cursor`` as ``cursor``."""

    items: list[QuoteItemModel]
    limit: int
    next_cursor: str | None = Field(description="null on the last page")
