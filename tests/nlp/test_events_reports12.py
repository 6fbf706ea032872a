"""Rules of the ce179-ce194 round: recovered bodies size an attack, a town named right after
"capital"/"city" in a locative phrase, a later town refining a country, Kurdish spellings.

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document, Event
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import main_attack

PUBLISHED = dt.date(2023, 5, 13)  # a Saturday


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return list(pipeline.annotate(Document("r", text, PUBLISHED)).annotations.events)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Armed men on motorbikes raided four hamlets near Kaura Namoda on Wednesday night, "
            "police said.\n\nA police spokesman said 27 bodies had been recovered by Friday.",
            27,
        ),
        (
            "A missile slammed into a block of flats in Kherson on Thursday, officials said. "
            "Rescuers pulled nine bodies from the rubble overnight.",
            9,
        ),
    ],
)
def test_recovered_bodies_count_the_dead_of_the_attack_just_told(
    pipeline: Pipeline, text: str, dead: int
) -> None:
    size = main_attack(pipeline, text, PUBLISHED).size
    assert size is not None and size.dead == dead


@pytest.mark.parametrize(
    "text",
    [
        "Divers recovered eleven bodies from the lake on Thursday after a boat overturned.",
        "Searchers pulled four bodies from the snow after an avalanche on Thursday.",
    ],
)
def test_recovering_bodies_alone_is_no_attack(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "country", "lat"),
    [
        (
            "A drone strike on a police college in Libya's capital Tripoli killed 12 recruits "
            "on Thursday evening, officials said.",
            "LBY",
            32.9,
        ),
        (
            "A mortar round fired at a market in Lebanon's port city Tripoli killed two people "
            "on Thursday, the army said.",
            "LBN",
            34.4,
        ),
    ],
)
def test_a_town_named_after_capital_or_city_in_a_locative_phrase_is_the_place(
    pipeline: Pipeline, text: str, country: str, lat: float
) -> None:
    loc = main_attack(pipeline, text, PUBLISHED).location
    assert loc is not None and loc.place.country == country
    assert abs(loc.place.lat - lat) < 0.3


def test_a_later_town_refines_a_country_given_first(pipeline: Pipeline) -> None:
    text = (
        "Turkish drones and jets struck the camps of Kurdish militants in northern Iraq on "
        "Thursday, killing six people, local officials said.\n\n"
        "The heaviest strikes hit houses on the edge of Makhmour, a party official said."
    )
    loc = main_attack(pipeline, text, PUBLISHED).location
    assert loc is not None and loc.place.country == "IRQ"
    assert loc.place.feature != "country"
    assert abs(loc.place.lat - 35.78) < 0.1 and abs(loc.place.lon - 43.58) < 0.1


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [("Koya", 36.08, 44.63), ("Koy Sanjaq", 36.08, 44.63), ("Amedi", 37.09, 43.49)],
)
def test_kurdish_towns_under_their_english_spellings(
    pipeline: Pipeline, name: str, lat: float, lon: float
) -> None:
    text = f"A drone struck a car in {name} on Thursday, killing two fighters, officials said."
    loc = main_attack(pipeline, text, PUBLISHED).location
    assert loc is not None and loc.place.country == "IRQ"
    assert abs(loc.place.lat - lat) < 0.1 and abs(loc.place.lon - lon) < 0.1


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Militants slit the throats of at least 17 fishermen near Baga on Thursday.", 17),
        ("Gunmen slit the throats of nine herders outside Gao on Thursday, officials said.", 9),
    ],
)
def test_the_of_phrase_of_a_partitive_noun_is_counted(
    pipeline: Pipeline, text: str, dead: int
) -> None:
    size = main_attack(pipeline, text, PUBLISHED).size
    assert size is not None and size.dead == dead


def test_a_partitive_count_before_a_participle(pipeline: Pipeline) -> None:
    text = (
        "Insurgents slit the throats of at least 21 loggers cutting wood near Dikwa on "
        "Thursday, a militia leader said."
    )
    size = main_attack(pipeline, text, PUBLISHED).size
    assert size is not None and size.dead == 21
