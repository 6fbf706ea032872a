"""Core types: documents, spans and one frozen type per kind of fact.

Every fact carries at least one evidence span and the provenance (component name
and version) of what produced it; constructing a fact without evidence raises.
Offsets are half-open and count Unicode code points into ``Document.text``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from dateline.errors import EvidenceError

LANGUAGE_DEFAULT = "en"

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["direct", "mixed", "indirect"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise EvidenceError(f"span offsets must be integers, got {self.start!r}, {self.end!r}")
        if self.start < 0 or self.end < self.start:
            raise EvidenceError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the characters of ``text`` that this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies entirely within this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    @staticmethod
    def hull(spans: Iterable[Span]) -> Span:
        """The smallest span covering all of ``spans``."""
        items = list(spans)
        if not items:
            raise EvidenceError("cannot take the hull of no spans")
        return Span(min(s.start for s in items), max(s.end for s in items))


@dataclass(frozen=True, slots=True)
class Provenance:
    """Which component (and which version of it) produced a fact."""

    component: str
    version: str

    def __str__(self) -> str:
        return f"{self.component}@{self.version}"


@dataclass(frozen=True, slots=True)
class Document:
    """One dated article; ``text`` is kept verbatim and every offset indexes it."""

    id: str
    text: str
    date: dt.date
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str = LANGUAGE_DEFAULT
    origin: str | None = None  # where it was read from (path[:line]), for messages

    @property
    def content_hash(self) -> str:
        """SHA-256 of the date and verbatim text: the identity of an article's content."""
        payload = f"{self.date.isoformat()}\n{self.text}".encode()
        return hashlib.sha256(payload).hexdigest()

    def span_text(self, span: Span) -> str:
        """The exact characters a span points at."""
        if span.end > len(self.text):
            raise EvidenceError(f"span [{span.start}, {span.end}) beyond text of {self.id}")
        return self.text[span.start : span.end]


def _require_evidence(kind: str, evidence: tuple[Span, ...]) -> None:
    if not evidence:
        raise EvidenceError(f"a {kind} needs at least one evidence span")
    for span in evidence:
        if not isinstance(span, Span):
            raise EvidenceError(f"{kind} evidence must be Span objects, got {span!r}")


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor: who a mention refers to (a value, not a fact)."""

    id: str
    name: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place with coordinates (a value, not a fact)."""

    name: str
    lat: float
    lon: float
    geonameid: int | None = None
    country: str | None = None
    admin1: str | None = None
    feature: str | None = None
    resolution: int | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A named or nominal mention of an entity, with the actor or place it denotes."""

    span: Span
    text: str
    label: str
    provenance: Provenance
    actor: Actor | None = None
    place: Place | None = None
    evidence: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        if not self.evidence:
            object.__setattr__(self, "evidence", (self.span,))
        _require_evidence("mention", self.evidence)


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression resolved to a TIMEX3 value and a calendar interval."""

    span: Span
    text: str
    type: TimexType
    value: str
    provenance: Provenance
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    anchor: Literal["dct", "text"] | None = None
    anchor_value: str | None = None  # e.g. the date of the event an anniversary refers to
    evidence: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        if not self.evidence:
            object.__setattr__(self, "evidence", (self.span,))
        _require_evidence("timex", self.evidence)


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: content pieces, the speaker mention, the cue and the resolved speaker."""

    content_spans: tuple[Span, ...]
    kind: QuoteKind
    provenance: Provenance
    speaker: Span | None = None
    speaker_name: str | None = None
    speaker_actor: Actor | None = None
    cue: Span | None = None
    evidence: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        if not self.content_spans:
            raise EvidenceError("a quote needs at least one content span")
        if not self.evidence:
            extra = tuple(s for s in (self.speaker, self.cue) if s is not None)
            object.__setattr__(self, "evidence", (*self.content_spans, *extra))
        _require_evidence("quote", self.evidence)

    @property
    def content(self) -> Span:
        """The hull of all content pieces."""
        return Span.hull(self.content_spans)

    @property
    def direct(self) -> bool:
        """True for quotes with quotation marks (direct or mixed)."""
        return self.kind != "indirect"


@dataclass(frozen=True, slots=True)
class Participant:
    """An event actor or recipient, tied to the mention that names it."""

    span: Span
    name: str
    country: str | None = None
    sector: str | None = None
    actor_id: str | None = None


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, and whether the text or the publication date says so."""

    value: str
    start_date: dt.date | None
    end_date: dt.date | None
    precision: str
    source: Literal["text", "publication"]
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class EventLocation:
    """Where an event happened, tied to the mention that names the place."""

    span: Span
    place: Place


@dataclass(frozen=True, slots=True)
class Size:
    """Casualty and arrest counts reported for an event."""

    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER event: type, modality, participants, time, place and size, with evidence."""

    type: str
    trigger: Span
    date: EventDate
    provenance: Provenance
    evidence: tuple[Span, ...]
    modes: tuple[str, ...] = ()
    aux: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    actor: tuple[Participant, ...] = ()
    recipient: tuple[Participant, ...] = ()
    location: EventLocation | None = None
    size: Size = field(default_factory=Size)
    confidence: float = 1.0
    quote_index: int | None = None  # the quote that reports this event, if any

    def __post_init__(self) -> None:
        _require_evidence("event", self.evidence)


@dataclass(frozen=True, slots=True)
class Annotations:
    """All layers computed for one document; components return updated copies."""

    parse: object | None = None  # the shared linguistic analysis (see dateline.nlp.parse)
    entities: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()

    def with_layers(self, **layers: object) -> Annotations:
        """Return a copy with the given layers replaced."""
        return replace(self, **layers)


LAYERS: tuple[str, ...] = ("parse", "entities", "timexes", "quotes", "events")
"""Layer names, in the order the JSON contract lists them (``parse`` is internal)."""


@dataclass(frozen=True, slots=True)
class AnnotatedDocument:
    """A document together with its annotation layers."""

    document: Document
    annotations: Annotations
    pipeline: tuple[Provenance, ...] = ()
