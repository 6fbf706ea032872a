"""A ship named after a town is no place: "the patrol vessel Berdyansk"."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document
from dateline.pipeline import Pipeline

DAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "ship", "town"),
    [
        (
            "The navy said the patrol vessel Berdyansk was hit by a missile near Odesa on Monday.",
            "Berdyansk",
            "Odesa",
        ),
        (
            "A Russian missile hit the landing ship Novocherkassk in Feodosia on Tuesday.",
            "Novocherkassk",
            "Feodosiya",
        ),
    ],
)
def test_a_ship_named_after_a_town_does_not_place_the_attack(
    pipeline: Pipeline, text: str, ship: str, town: str
) -> None:
    result = pipeline.annotate(Document("s", text, DAY))
    named = [m for m in result.annotations.entities if m.text == ship]
    assert all(m.place is None for m in named)
    attacks = [e for e in result.annotations.events if e.type == "ASSAULT"]
    assert attacks and all(e.location and e.location.place.name == town for e in attacks)


def test_a_town_after_a_ferry_crossing_is_still_a_place(pipeline: Pipeline) -> None:
    text = "Residents of Kherson fled by ferry across the river on Tuesday."
    result = pipeline.annotate(Document("s", text, DAY))
    assert next(m.place for m in result.annotations.entities if m.text == "Kherson") is not None
