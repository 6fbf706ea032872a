"""Villages the gazetteer lacks, look-alike towns and datelines far from the event."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.kb.gazetteer import distance_km
from dateline.model import Document
from dateline.pipeline import Pipeline

DAY = dt.date(2024, 10, 15)


def attack_place(pipeline: Pipeline, text: str) -> str | None:
    events = pipeline.annotate(Document("v", text, DAY)).annotations.events
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks
    loc = max(attacks, key=lambda e: e.confidence).location
    return loc.place.name if loc else None


@pytest.mark.parametrize(
    "text",
    [
        "BEIRUT — An Israeli drone strike hit a house in the mountain village of Kfarhata, in "
        "northern Lebanon's Zgharta district, on Sunday, killing nine people, the state news "
        "agency said.\n\nRescuers were still searching the rubble on Monday.",
        "BEIRUT — Israeli jets bombed a house in the Christian village of Kfarhata, in "
        "Lebanon's Zgharta district, on Sunday, killing nine people, officials said.",
    ],
)
def test_an_unknown_village_is_placed_in_the_district_named_with_it(
    pipeline: Pipeline, text: str
) -> None:
    assert attack_place(pipeline, text) == "Zgharta district"


def test_an_adjective_is_no_look_alike_town_abroad(pipeline: Pipeline) -> None:
    text = "BEIRUT — A strike hit a house in the Christian village of Kfarhata in Lebanon."
    ents = pipeline.annotate(Document("v", text, DAY)).annotations.entities
    assert all(m.place is None or m.place.country == "LBN" for m in ents if m.text != "BEIRUT")


def test_the_dateline_town_does_not_pull_a_namesake(pipeline: Pipeline) -> None:
    text = "KYIV — Russian drones hit a school in the town of Dobropillia on Tuesday."
    ents = pipeline.annotate(Document("v", text, DAY)).annotations.entities
    [town] = [m.place for m in ents if m.text == "Dobropillia" and m.place is not None]
    assert distance_km(town.lat, town.lon, 48.47, 37.09) < 25  # the Donetsk region town


def test_the_sentences_one_town_beats_the_dateline(pipeline: Pipeline) -> None:
    # The small parser reads "a crowd ... waiting" as a clause of its own, so nothing ties
    # the town to "struck"; the sentence still names one town, and the dateline is not it.
    text = (
        "HERAT — A suicide bomber struck a crowd of people waiting to collect pensions "
        "outside a post office in the western Afghan city of Farah on Tuesday."
    )
    assert attack_place(pipeline, text) == "Farah"


def test_two_towns_in_the_sentence_give_no_guess(pipeline: Pipeline) -> None:
    text = (
        "HERAT — A suicide bomber struck a crowd of people waiting to collect pensions "
        "outside a post office on the road between Farah and Zaranj on Tuesday."
    )
    assert attack_place(pipeline, text) in ("Herat", None)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        (
            "Gunmen killed 20 people in Tassamakat, a village in Burkina Faso's Seno province, "
            "on Sunday.",
            14.0,
            0.05,
        ),
        (
            "Insurgents attacked the village of Nkonga in Mozambique's Memba district on "
            "Sunday, killing three people.",
            -14.2,
            40.35,
        ),
    ],
)
def test_an_unknown_village_falls_back_to_its_province_or_district(
    pipeline: Pipeline, text: str, lat: float, lon: float
) -> None:
    # Seno also names a Spanish town: the alias table's own area wins for "X province".
    events = pipeline.annotate(Document("v", text, DAY)).annotations.events
    loc = max((e for e in events if e.type == "ASSAULT"), key=lambda e: e.confidence).location
    assert loc is not None and distance_km(loc.place.lat, loc.place.lon, lat, lon) < 5
