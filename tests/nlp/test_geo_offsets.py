"""Places given by distance and direction from a known town."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.kb.gazetteer import distance_km
from dateline.model import Document, Event
from dateline.nlp.geo_offsets import destination
from dateline.pipeline import Pipeline

DAY = dt.date(2024, 6, 3)


def attack(pipeline: Pipeline, text: str) -> Event:
    events = pipeline.annotate(Document("o", text, DAY)).annotations.events
    return max((e for e in events if e.type == "ASSAULT"), key=lambda e: e.confidence)


def test_destination_moves_the_distance_on_the_bearing() -> None:
    lat, lon = destination(2.04, 45.34, 225, 120)
    assert distance_km(2.04, 45.34, lat, lon) == pytest.approx(120, abs=0.5)
    assert lat < 2.04 and lon < 45.34
    assert destination(0.0, 0.0, 90, 111.2)[1] == pytest.approx(1.0, abs=0.01)


@pytest.mark.parametrize(
    ("text", "phrase", "lat", "lon"),
    [
        (
            "Al-Shabab fighters overran a base at Buulo Mareer, about 120 km (75 miles) "
            "southwest of Mogadishu, on Friday, killing 54 soldiers.",
            "about 120 km (75 miles) southwest of Mogadishu",
            1.27,
            44.58,
        ),
        (
            "Gunmen attacked a village 40 miles south-west of Maiduguri on Sunday, killing 12.",
            "40 miles south-west of Maiduguri",
            11.44,
            12.74,
        ),
        (
            "Rebels attacked Kibirizi, 30 km north of Goma, on Sunday, killing 12 civilians.",
            "30 km north of Goma",
            -1.40,
            29.23,
        ),
        # the town's kind named between "of" and the town, with its describing words
        (
            "Jihadists killed 30 farmers in Kurmasi, a village about 40 km south of the "
            "northeastern city of Maiduguri, on Monday.",
            "about 40 km south of the northeastern city of Maiduguri",
            11.49,
            13.16,
        ),
        (
            "Gunmen killed 12 people in Gumsurasi, some 50 km east of the capital, Niamey, "
            "on Monday.",
            "some 50 km east of the capital, Niamey",
            13.51,
            2.57,
        ),
        (
            "Gunmen killed 12 people in a village 60 miles north of the Borno state capital "
            "Maiduguri on Monday.",
            "60 miles north of the Borno state capital Maiduguri",
            12.72,
            13.16,
        ),
    ],
)
def test_an_offset_from_a_town_places_the_event_at_the_offset_point(
    pipeline: Pipeline, text: str, phrase: str, lat: float, lon: float
) -> None:
    loc = attack(pipeline, text).location
    assert loc is not None
    assert text[loc.span.start : loc.span.end] == phrase  # evidence: the whole phrase
    assert distance_km(loc.place.lat, loc.place.lon, lat, lon) < 3
    assert loc.place.geonameid is None  # a computed point, not the town


def test_a_known_town_given_by_an_offset_is_that_town(pipeline: Pipeline) -> None:
    text = "Rebels attacked Rutshuru, 70 km north of Goma, on Sunday, killing 12 civilians."
    loc = attack(pipeline, text).location
    assert loc is not None and loc.place.name == "Rutshuru"


def test_an_unknown_village_a_distance_from_a_town_is_at_that_town(pipeline: Pipeline) -> None:
    # no bearing to move by: the town the distance is counted from, though the sentence
    # names another town (so it has no one town to fall back on) and the dateline's
    text = (
        "KABUL - Gunmen killed 12 people in Zarghunabadi, about 30 km from "
        "Kandahar, on Friday, a day after a bombing in Herat, officials said."
    )
    loc = attack(pipeline, text).location
    assert loc is not None
    assert text[loc.span.start : loc.span.end] == "Kandahar"
    assert distance_km(loc.place.lat, loc.place.lon, 31.61, 65.71) < 5
