"""Response models of the actor routes (built from dateline.store.actors results)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from dateline.api.event_models import EventItemModel
from dateline.api.paths import actor_api_path, document_api_path
from dateline.store.actors import ActorCount, ActorProfile, QuoteBy, RoleSpell


class ActorSummaryModel(BaseModel):
    """An actor with how often the stored texts mention it."""

    id: str
    name: str | None
    country: str | None
    sector: str | None
    mentions: int
    documents: int
    url: str = Field(description="API path of the actor")

    @classmethod
    def of(cls, a: ActorCount) -> ActorSummaryModel:
        """Build from the store's count."""
        return cls(
            id=a.id,
            name=a.name,
            country=a.country,
            sector=a.sector,
            mentions=a.mentions,
            documents=a.documents,
            url=actor_api_path(a.id),
        )


class ActorPage(BaseModel):
    """A page of actors, most mentioned first; pass ``next_cursor`` as ``cursor``."""

    items: list[ActorSummaryModel]
    limit: int
    next_cursor: str | None = Field(description="null on the last page")


class EvidenceModel(BaseModel):
    """Words of a document that support a fact."""

    document_id: str
    text: str
    url: str = Field(description="API path of the document")


class RoleModel(BaseModel):
    """A role the actor held in the stored texts, first and last seen, with evidence."""

    role: str
    sector: str | None
    first: dt.date
    last: dt.date
    evidence: list[EvidenceModel]

    @classmethod
    def of(cls, r: RoleSpell) -> RoleModel:
        """Build from the store's role spell."""
        evidence = [
            EvidenceModel(document_id=d, text=t, url=document_api_path(d)) for d, t in r.evidence
        ]
        return cls(role=r.role, sector=r.sector, first=r.first, last=r.last, evidence=evidence)


class DayCountModel(BaseModel):
    """Mentions on one publication date."""

    date: dt.date
    mentions: int


class QuoteByModel(BaseModel):
    """A quote attributed to the actor, with its document."""

    document_id: str
    date: dt.date
    text: str
    url: str = Field(description="API path of the document")

    @classmethod
    def of(cls, q: QuoteBy) -> QuoteByModel:
        """Build from the store's quote."""
        return cls(document_id=q.doc_id, date=q.date, text=q.text, url=document_api_path(q.doc_id))


class ActorProfileModel(BaseModel):
    """One actor: roles over time, mentions by date, quotes, and events as actor and as
    recipient (the newest 50 of each, with totals)."""

    actor: ActorSummaryModel
    roles: list[RoleModel]
    mentions_by_date: list[DayCountModel]
    quotes: list[QuoteByModel] = Field(description="the newest quotes, oldest first")
    quote_total: int
    events_as_actor: list[EventItemModel] = Field(description="newest first")
    events_as_recipient: list[EventItemModel] = Field(description="newest first")
    event_totals: dict[Literal["actor", "recipient"], int]

    @classmethod
    def of(cls, p: ActorProfile) -> ActorProfileModel:
        """Build from the store's profile."""
        return cls(
            actor=ActorSummaryModel.of(p.actor),
            roles=[RoleModel.of(r) for r in p.roles],
            mentions_by_date=[DayCountModel(date=d, mentions=n) for d, n in p.mentions_by_date],
            quotes=[QuoteByModel.of(q) for q in p.quotes],
            quote_total=p.quote_total,
            events_as_actor=[EventItemModel.of(r) for r in p.events_as_actor],
            events_as_recipient=[EventItemModel.of(r) for r in p.events_as_recipient],
            event_totals={"actor": p.event_totals[0], "recipient": p.event_totals[1]},
        )
