"""Build annotations by hand for the events component: the layers it reads, nothing else.

Tests name entities, places, time expressions and quotes by the words they cover, so the
events logic is tested on its own, whatever the other layers' rules decide.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dateline.deadline import Deadline
from dateline.model import (
    Actor,
    Annotations,
    Document,
    Event,
    Mention,
    Place,
    Provenance,
    Quote,
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


def of_type(events: tuple[Event, ...], kind: str) -> list[Event]:
    """The events of one type."""
    return [e for e in events if e.type == kind]


def happened(events: tuple[Event, ...]) -> list[Event]:
    """Events reported as having happened (no aux)."""
    return [e for e in events if not e.aux]


def countries(participants: tuple[object, ...]) -> set[str]:
    """Countries of a participant list."""
    return {p.country for p in participants if p.country}  # type: ignore[attr-defined]
