"""The JSON contract (docs/format.md) as OpenAPI schemas, for documentation and checking.

The API returns stored contract objects exactly as the store gives them; these models only
describe them. Every key of the contract is required (it is always present, possibly null)
and no other key is allowed, so the OpenAPI document and the contract cannot drift apart
unnoticed (tests/api/test_contract.py compares them with dateline.contract's output).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    """Base for contract objects: exactly these keys."""

    model_config = ConfigDict(extra="forbid")


class ActorModel(Strict):
    """A canonical actor (shared by entities, quotes and the actor API)."""

    id: str
    name: str
    country: str | None
    sector: str | None
    role: str | None
    wikidata: str | None


class PlaceModel(Strict):
    """A resolved place with coordinates."""

    name: str
    geonameid: int | None
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    feature: str | None
    resolution: int | None


class EntityModel(Strict):
    """One item of the ``entities`` layer."""

    start: int
    end: int
    text: str
    label: str
    actor: ActorModel | None
    place: PlaceModel | None
    evidence: list[tuple[int, int]]


class TimexModel(Strict):
    """One item of the ``timexes`` layer."""

    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    start_date: dt.date | None
    end_date: dt.date | None
    anchor: Literal["dct", "text"] | None
    anchor_value: str | None


class QuoteModel(Strict):
    """One item of the ``quotes`` layer."""

    content_start: int
    content_end: int
    text: str
    content_spans: list[tuple[int, int]]
    speaker_start: int | None
    speaker_end: int | None
    speaker_text: str | None
    speaker_name: str | None
    speaker_actor: ActorModel | None
    cue_start: int | None
    cue_end: int | None
    cue_text: str | None
    direct: bool
    kind: Literal["direct", "mixed", "indirect"]


class SpanTextModel(Strict):
    """A span with the text it covers."""

    start: int
    end: int
    text: str


class ParticipantModel(Strict):
    """An event actor or recipient, tied to the mention that names it."""

    start: int
    end: int
    text: str
    name: str
    country: str | None
    sector: str | None
    actor_id: str | None


class EventDateModel(Strict):
    """When an event happened, and what says so."""

    value: str
    start_date: dt.date | None
    end_date: dt.date | None
    start: int | None
    end: int | None
    text: str | None
    precision: str
    source: Literal["text", "publication"]


class EventLocationModel(PlaceModel):
    """A place object plus the span naming it."""

    start: int
    end: int
    text: str


class SizeModel(Strict):
    """Reported casualty and arrest counts."""

    dead: int | None
    injured: int | None
    arrested: int | None


class EventModel(Strict):
    """One item of the ``events`` layer (a PLOVER event)."""

    type: str
    modes: list[str]
    aux: list[str]
    context: list[str]
    actor: list[ParticipantModel]
    recipient: list[ParticipantModel]
    date: EventDateModel
    location: EventLocationModel | None
    size: SizeModel
    trigger: SpanTextModel
    evidence: list[tuple[int, int]]
    confidence: float
    quote: int | None


class DocumentModel(Strict):
    """One document in the JSON contract, with all its layers."""

    id: str
    date: dt.date
    title: str | None
    source: str | None
    url: str | None
    language: str
    text: str
    entities: list[EntityModel]
    timexes: list[TimexModel]
    quotes: list[QuoteModel]
    events: list[EventModel]
    pipeline: dict[str, str]
