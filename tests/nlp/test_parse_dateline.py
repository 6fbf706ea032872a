"""The lead after a wire dateline starts a sentence, so the dateline stays out of its parse."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from dateline.model import Document
from dateline.nlp.parse import wire_dateline_end
from dateline.pipeline import Pipeline

DASHES = frozenset({"—", "–", "-", "--"})


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("HARARE, Zimbabwe — Police said on Monday", "Police"),
        ("NEW DELHI — Floods hit the city", "Floods"),
        ("LVIV - Three drones struck the depot", "Three"),
    ],
)
def test_the_word_after_a_dateline_is_found(text: str, first: str) -> None:
    doc = spacy.blank("en")(text)
    end = wire_dateline_end(doc, DASHES)
    assert end is not None and doc[end].text == first


@pytest.mark.parametrize(
    "text",
    [
        "PORT-AU-PRINCE was quiet on Monday.",
        "Police in Harare — the capital — said on Monday",
        "NATO allies met in Brussels on Tuesday and agreed a plan - officials said.",
    ],
)
def test_no_dateline_no_boundary(text: str) -> None:
    assert wire_dateline_end(spacy.blank("en")(text), DASHES) is None


def test_a_recent_day_in_the_target_phrase_dates_the_event(pipeline: Pipeline) -> None:
    """ "struck a compound that housed leaders on Tuesday": the day dates the strike."""
    text = "Jets struck a compound in Sanaa that housed rebel leaders on Tuesday, killing four."
    result = pipeline.annotate(Document("d", text, dt.date(2025, 3, 6)))
    [event] = [e for e in result.annotations.events if e.type == "ASSAULT"]
    assert event.date.value[:10] == "2025-03-04"


def test_a_bare_verb_joined_to_a_past_verb_reads_its_weekday_back(pipeline: Pipeline) -> None:
    """ "opened fire and set off explosives ... on Sunday", told on a Friday: last Sunday."""
    text = "Gunmen opened fire and set off explosives in a market on Sunday, killing nine."
    result = pipeline.annotate(Document("d", text, dt.date(2022, 6, 10)))
    [event] = [e for e in result.annotations.events if e.type == "ASSAULT"]
    assert event.date.value[:10] == "2022-06-05"


@pytest.mark.parametrize(
    "text",
    [
        "BAMAKO, Mali — Gunmen killed 30 villagers in the centre of the country on Sunday.",
        "NIAMEY, Niger — Militants ambushed an army patrol near the border on Sunday.",
    ],
)
def test_the_first_word_of_a_lead_is_no_sentence_of_its_own(pipeline: Pipeline, text: str) -> None:
    result = pipeline.annotate(Document("d", text, dt.date(2022, 6, 14)))
    parse = result.annotations.parse
    assert parse is not None
    first_word = text.split("— ")[1].split()[0]
    [lead] = [s for s in parse.sents if s[0].text == first_word]
    assert len(lead) > 3  # the lead runs on past its first word
    attacks = [e for e in result.annotations.events if e.type == "ASSAULT"]
    assert attacks and attacks[0].actor, attacks
