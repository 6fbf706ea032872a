"""Places: a seat of government used as a place is in its capital; weekdays are no places."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.kb.gazetteer import distance_km
from dateline.model import Document
from dateline.pipeline import Pipeline

DAY = dt.date(2025, 3, 3)


def _places(pipeline: Pipeline, text: str) -> dict[str, tuple[float, float, str]]:
    ann = pipeline.annotate(Document("t", text, DAY)).annotations
    return {
        m.text: (m.place.lat, m.place.lon, m.place.country)
        for m in ann.entities
        if m.place is not None
    }


@pytest.mark.parametrize(
    ("text", "mention", "lat", "lon", "country"),
    [
        ("Zelensky met Trump at the White House.", "the White House", 38.90, -77.04, "USA"),
        ("Officials at Downing Street declined to comment.", "Downing Street", 51.50, -0.13, "GBR"),
    ],
)
def test_a_seat_used_as_a_place_is_in_its_capital(
    pipeline: Pipeline, text: str, mention: str, lat: float, lon: float, country: str
) -> None:
    places = _places(pipeline, text)
    assert mention in places, places
    got_lat, got_lon, got_country = places[mention]
    assert got_country == country
    assert distance_km(got_lat, got_lon, lat, lon) < 25


def test_a_seat_speaking_is_an_actor_not_a_place(pipeline: Pipeline) -> None:
    places = _places(pipeline, "The White House said it would respond within days.")
    assert not any("White House" in name for name in places)


@pytest.mark.parametrize(
    "text",
    [
        "Russian missiles hit the city of Sumy on Sunday, killing dozens.",
        "The envoy said on Monday that talks would resume.",
        "A drone struck a depot near Odesa on Thursday.",
    ],
)
def test_weekdays_are_never_places(pipeline: Pipeline, text: str) -> None:
    places = _places(pipeline, text)
    weekdays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    assert not weekdays & set(places), places
