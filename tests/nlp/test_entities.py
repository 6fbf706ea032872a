"""The entities layer keeps naming labels and drops bare calendar words tagged as names."""

from __future__ import annotations

import pytest

from dateline.nlp.entities import EntitiesComponent
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def entities(pipeline: Pipeline) -> EntitiesComponent:
    comp = next(c for c in pipeline.components if c.name == "entities")
    assert isinstance(comp, EntitiesComponent)
    return comp


@pytest.mark.parametrize(
    ("label", "text", "kept"),
    [
        ("GPE", "Kyiv", True),
        ("GPE", "Sunday", False),  # the small model's slip: no place called Sunday
        ("ORG", "monday", False),
        ("LOC", "February", False),
        ("PERSON", "May", True),  # a surname stays a person
        ("GPE", "Sunday Times", True),  # only a mention that is nothing but the word
        ("DATE", "Kyiv", False),  # temporal labels are the timex layer's business
    ],
)
def test_keeps(entities: EntitiesComponent, label: str, text: str, kept: bool) -> None:
    assert entities.keeps(label, text) is kept


def test_calendar_words_come_from_the_timex_rules(entities: EntitiesComponent) -> None:
    assert {"monday", "sunday", "january", "december"} <= entities.calendar_words
    assert "kyiv" not in entities.calendar_words
