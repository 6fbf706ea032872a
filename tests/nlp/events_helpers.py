"""Build annotations by hand for the events component: the layers it reads, nothing else.

Tests name entities, places, time expressions and quotes by the words they cover, so the
events logic is tested on its own, whatever the other layers' rules decide. A few helpers
(``reported_attacks``, ``main_attack``) run the full pipeline instead, for the report rounds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dateline.deadline import Deadline
from dateline.model import (
    Actor,
    AnnotatedDocument,
    Annotations,
    Document,
    Event,
    EventDate,
    EventLocation,
    Mention,
    Participant,
    Place,
    Provenance,
    Quote,
    Size,
    Span,
    Timex,
)
from dateline.pipeline import Pipeline

TEST = Provenance("test", "0")

RUS = Actor("RUS", "Russia", "RUS", "GOV")
UKR = Actor("UKR", "Ukraine", "UKR", "GOV")
GBR = Actor("GBR", "United Kingdom", "GBR", "GOV")
FRA = Actor("FRA", "France", "FRA", "GOV")
POL = Actor("POL", "Poland", "POL", "GOV")
BLR = Actor("BLR", "Belarus", "BLR", "GOV")
LTU = Actor("LTU", "Lithuania", "LTU", "GOV")
RUS_MIL = Actor("RUS-MIL", "Russian armed forces", "RUS", "MIL")
UKR_MIL = Actor("UKR-MIL", "Ukrainian armed forces", "UKR", "MIL")

ODESA = Place("Odesa", 46.48, 30.73, 698740, "UKR", "Odesa Oblast", "city")
KHARKIV = Place("Kharkiv", 49.99, 36.23, 706483, "UKR", "Kharkiv Oblast", "city")
LVIV = Place("Lviv", 49.84, 24.03, 702550, "UKR", "Lviv Oblast", "city")
SUMY = Place("Sumy", 50.91, 34.80, 692194, "UKR", "Sumy Oblast", "city")
BELGOROD = Place("Belgorod", 50.61, 36.58, 578072, "RUS", "Belgorod Oblast", "city")
UKRAINE = Place("Ukraine", 49.0, 32.0, 690791, "UKR", None, "country")


def find(text: str, words: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``words`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start, start + len(words))


@dataclass
class Layers:
    """Hand-made layers for one text."""

    text: str
    day: dt.date = dt.date(2025, 3, 10)
    entities: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def actor(self, words: str, actor: Actor, label: str = "GPE", nth: int = 0) -> Layers:
        """Mark ``words`` as a mention of ``actor``."""
        span = find(self.text, words, nth)
        self.entities.append(Mention(span, words, label, TEST, actor=actor))
        return self

    def place(self, words: str, place: Place, nth: int = 0) -> Layers:
        """Mark ``words`` as a mention of ``place``."""
        span = find(self.text, words, nth)
        self.entities.append(Mention(span, words, "GPE", TEST, place=place))
        return self

    def person(self, words: str, actor: Actor | None = None, nth: int = 0) -> Layers:
        """Mark ``words`` as a person mention (with an actor if given)."""
        span = find(self.text, words, nth)
        self.entities.append(Mention(span, words, "PERSON", TEST, actor=actor))
        return self

    def timex(self, words: str, value: str, start: dt.date, end: dt.date, nth: int = 0) -> Layers:
        """Mark ``words`` as a DATE time expression."""
        span = find(self.text, words, nth)
        self.timexes.append(Timex(span, words, "DATE", value, TEST, start, end, "dct"))
        return self

    def quote(self, content: str, speaker: str | None, cue: str, actor: Actor | None) -> Layers:
        """Mark a quote: its content, speaker words and cue."""
        self.quotes.append(
            Quote(
                (find(self.text, content),),
                "indirect",
                TEST,
                speaker=find(self.text, speaker) if speaker else None,
                speaker_name=speaker,
                speaker_actor=actor,
                cue=find(self.text, cue),
            )
        )
        return self

    def run(self, pipeline: Pipeline) -> tuple[Event, ...]:
        """Parse with the pipeline's spaCy model and run only the events component."""
        nlp = pipeline.components[0].nlp  # type: ignore[attr-defined]
        events = next(c for c in pipeline.components if c.name == "events")
        ann = Annotations(
            parse=nlp(self.text),
            entities=tuple(sorted(self.entities, key=lambda m: m.span)),
            timexes=tuple(self.timexes),
            quotes=tuple(self.quotes),
        )
        out = events(Document("t", self.text, self.day), ann, Deadline.unlimited())
        return out.events


def reported_attacks(pipeline: Pipeline, text: str, published: dt.date) -> list[Event]:
    """The attacks the full pipeline reports as having happened in ``text``."""
    events = pipeline.annotate(Document("r", text, published)).annotations.events
    return [e for e in events if e.type == "ASSAULT" and not e.aux]


def main_attack(pipeline: Pipeline, text: str, published: dt.date) -> Event:
    """The most confident attack the full pipeline reports in ``text``."""
    attacks = reported_attacks(pipeline, text, published)
    assert attacks, text
    return max(attacks, key=lambda e: e.confidence)


def actor_countries(event: Event) -> set[str | None]:
    """The actor's countries, with None for a side of no known country."""
    return {p.country for p in event.actor}


def of_type(events: tuple[Event, ...], kind: str) -> list[Event]:
    """The events of one type."""
    return [e for e in events if e.type == kind]


def happened(events: tuple[Event, ...]) -> list[Event]:
    """Events reported as having happened (no aux)."""
    return [e for e in events if not e.aux]


def countries(participants: tuple[object, ...]) -> set[str]:
    """Countries of a participant list."""
    return {p.country for p in participants if p.country}  # type: ignore[attr-defined]


# Stored samples ----------------------------------------------------------------------
ODESA_TEXT = "Russian drones struck the port of Odesa, killing three people."
KHARKIV_TEXT = "Ukrainian forces shelled positions near Kharkiv on Friday."
PLAN_TEXT = "Britain will send troops to Estonia next month."
TALKS_TEXT = "Polish and Lithuanian ministers met in Vilnius to discuss the border."


def stored_event(text: str, kind: str, trigger: str, day: dt.date, **kw: object) -> Event:
    """An event with a text date and the whole text as evidence."""
    return Event(
        type=kind,
        trigger=find(text, trigger),
        date=EventDate(day.isoformat(), day, day, "day", "text"),
        provenance=TEST,
        evidence=(Span(0, len(text)),),
        **kw,  # type: ignore[arg-type]
    )


def who(text: str, words: str, name: str, country: str | None) -> Participant:
    """A participant named by ``words``."""
    return Participant(find(text, words), name, country, "GOV", country)


def annotated(doc_id: str, text: str, day: dt.date, events: tuple[Event, ...]) -> AnnotatedDocument:
    """A document with only an events layer."""
    doc = Document(doc_id, text, day, source="Test Wire", url=f"https://example.org/{doc_id}")
    return AnnotatedDocument(doc, Annotations(events=events))


def sample_documents() -> list[AnnotatedDocument]:
    """Four stored documents: two attacks, a planned deployment, a meeting."""
    day1, day2, day3 = dt.date(2025, 3, 1), dt.date(2025, 3, 7), dt.date(2025, 3, 12)
    odesa = stored_event(
        ODESA_TEXT,
        "ASSAULT",
        "struck",
        day1,
        actor=(who(ODESA_TEXT, "Russian", "Russia", "RUS"),),
        location=EventLocation(find(ODESA_TEXT, "Odesa"), ODESA),
        size=Size(dead=3),
        modes=("drone",),
    )
    kharkiv = stored_event(
        KHARKIV_TEXT,
        "ASSAULT",
        "shelled",
        day2,
        actor=(who(KHARKIV_TEXT, "Ukrainian", "Ukraine", "UKR"),),
        recipient=(who(KHARKIV_TEXT, "Kharkiv", "Russia", "RUS"),),
        location=EventLocation(find(KHARKIV_TEXT, "Kharkiv"), KHARKIV),
        modes=("heavy-weapons",),
    )
    plan = stored_event(
        PLAN_TEXT,
        "MOBILIZE",
        "send",
        day3,
        actor=(who(PLAN_TEXT, "Britain", "United Kingdom", "GBR"),),
        aux=("future",),
    )
    talks = stored_event(
        TALKS_TEXT,
        "CONSULT",
        "met",
        day3,
        actor=(
            who(TALKS_TEXT, "Polish", "Poland", "POL"),
            who(TALKS_TEXT, "Lithuanian", "Lithuania", "LTU"),
        ),
    )
    return [
        annotated("odesa", ODESA_TEXT, day1, (odesa,)),
        annotated("kharkiv", KHARKIV_TEXT, day2, (kharkiv,)),
        annotated("plan", PLAN_TEXT, day3, (plan,)),
        annotated("talks", TALKS_TEXT, day3, (talks,)),
    ]


def annotate_text(pipeline: Pipeline, text: str, day: dt.date) -> AnnotatedDocument:
    """The full pipeline's annotations of ``text`` published on ``day``."""
    return pipeline.annotate(Document("w", text, day))


def mentions_by_text(result: AnnotatedDocument) -> dict[str, Mention]:
    """The entities of an annotated document, keyed by their text."""
    return {m.text: m for m in result.annotations.entities}


def top_attack(result: AnnotatedDocument) -> Event:
    """The most confident ASSAULT of an annotated document (any modality)."""
    found = [e for e in result.annotations.events if e.type == "ASSAULT"]
    assert found, [(e.type, e.trigger) for e in result.annotations.events]
    return max(found, key=lambda e: e.confidence)
