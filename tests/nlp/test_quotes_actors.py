"""End to end with the actors layer: speakers resolved to canonical actors.

The ``actors`` component (office holders on the publication date, short forms,
metonyms) runs before ``quotes``; the quotes layer uses its mention actors and its
``resolve_span`` for spokespeople and role nominals.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document
from dateline.pipeline import Pipeline

STORY = (
    "Sir Keir Starmer met European leaders in London on Monday.\n\n"
    "Downing Street issued a statement, accusing Moscow of “dragging its feet”.\n\n"
    "The Prime Minister's official spokesman said: “Our support will not waver.”\n\n"
    "Sir Keir said the talks had been constructive."
)


@pytest.fixture(scope="module")
def quotes(pipeline: Pipeline) -> list:
    annotated = pipeline.annotate(Document("uk", STORY, dt.date(2026, 2, 23)))
    return list(annotated.annotations.quotes)


def test_spokesman_speaks_for_the_prime_minister(quotes: list) -> None:
    [q] = [q for q in quotes if q.speaker_name and "spokesman" in q.speaker_name]
    assert q.speaker_name == "Prime Minister's official spokesman"
    assert q.speaker_actor is not None  # the office spoken for, not a person
    assert (q.speaker_actor.country, q.speaker_actor.sector) == ("GBR", "GOV")
    assert "Prime Minister" in q.speaker_actor.name


def test_short_form_resolves_to_the_actor(quotes: list) -> None:
    [q] = [
        q
        for q in quotes
        if q.cue and STORY[q.cue.start : q.cue.end] == "said" and q.kind == "indirect"
    ]
    assert q.speaker_name == "Keir Starmer"
    assert q.speaker_actor is not None and q.speaker_actor.country == "GBR"


def test_metonym_speaker_is_the_government(quotes: list) -> None:
    [q] = [q for q in quotes if q.speaker_name == "Downing Street"]
    assert q.speaker_actor is not None
    assert (q.speaker_actor.country, q.speaker_actor.sector) == ("GBR", "GOV")
