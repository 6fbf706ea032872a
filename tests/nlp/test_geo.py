"""The geo layer: places for locations, context disambiguation, areas, missed town names."""

from __future__ import annotations

import datetime as dt

from dateline.kb.gazetteer import distance_km
from dateline.model import AnnotatedDocument, Document, Mention
from dateline.pipeline import Pipeline

DAY = dt.date(2024, 6, 1)


def annotate(pipeline: Pipeline, text: str) -> AnnotatedDocument:
    return pipeline.annotate(Document("g", text, DAY))


def place_of(result: AnnotatedDocument, text: str) -> Mention:
    found = [m for m in result.annotations.entities if m.text == text and m.place is not None]
    assert found, f"no place {text!r} in {[(m.text, m.place) for m in result.annotations.entities]}"
    return found[0]


def test_kyiv_is_within_25_km(pipeline: Pipeline) -> None:
    result = annotate(pipeline, "A missile attack killed one person in Kyiv on Saturday.")
    place = place_of(result, "Kyiv").place
    assert place is not None and distance_km(place.lat, place.lon, 50.45, 30.52) < 25
    assert (place.country, place.feature, place.resolution) == ("UKR", "city", 1)


def test_old_spelling_finds_the_same_town(pipeline: Pipeline) -> None:
    result = annotate(pipeline, "Shelling damaged a school in Zaporizhia late on Friday.")
    place = place_of(result, "Zaporizhia").place
    assert place is not None and place.country == "UKR"
    assert distance_km(place.lat, place.lon, 47.84, 35.14) < 25


def test_document_context_picks_the_right_odessa(pipeline: Pipeline) -> None:
    ukraine = annotate(pipeline, "Ukraine said drones hit the port of Odessa overnight.")
    assert place_of(ukraine, "Odessa").place.country == "UKR"  # type: ignore[union-attr]
    texas = annotate(pipeline, "Police in Odessa, Texas, said a gunman opened fire at a mall.")
    assert place_of(texas, "Odessa").place.country == "USA"  # type: ignore[union-attr]


def test_region_phrase_is_a_first_level_area(pipeline: Pipeline) -> None:
    result = annotate(pipeline, "Two villages in the Kharkiv region were shelled on Monday.")
    area = next(m for m in result.annotations.entities if m.text.startswith("Kharkiv"))
    assert area.text == "Kharkiv region"
    assert area.place is not None and area.place.feature == "admin1"
    assert area.place.resolution == 3
    assert distance_km(area.place.lat, area.place.lon, 49.9, 36.3) < 150


def test_capital_as_agent_gets_no_place(pipeline: Pipeline) -> None:
    result = annotate(
        pipeline, "Washington accused Beijing of hacking, while talks continued in Geneva."
    )
    beijing = next(m for m in result.annotations.entities if m.text == "Beijing")
    assert beijing.place is None and beijing.actor is not None
    assert place_of(result, "Geneva").place.country == "CHE"  # type: ignore[union-attr]


def test_country_used_as_location_is_a_country_place(pipeline: Pipeline) -> None:
    result = annotate(pipeline, "Protests spread across Nigeria after the vote.")
    place = place_of(result, "Nigeria").place
    assert place is not None and (place.feature, place.country) == ("country", "NGA")


def test_missed_town_after_preposition_becomes_a_mention(pipeline: Pipeline) -> None:
    text = "Fighting continued near Robotyne and in Huliaipole on Sunday."
    result = annotate(pipeline, text)
    for name in ("Robotyne", "Huliaipole"):
        m = place_of(result, name)
        assert text[m.span.start : m.span.end] == name
        assert m.place is not None and m.place.country == "UKR"


def test_nearby_places_pull_ambiguous_names(pipeline: Pipeline) -> None:
    text = "After strikes on Kramatorsk and Sloviansk, fighting moved toward Lyman."
    result = annotate(pipeline, text)
    lyman = place_of(result, "Lyman").place
    assert lyman is not None and lyman.country == "UKR"
    assert distance_km(lyman.lat, lyman.lon, 48.97, 37.81) < 25
