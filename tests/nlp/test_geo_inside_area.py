"""A village tagged with its area as one work or body: "Pishchane in Kharkiv Oblast"."""

from __future__ import annotations

import datetime as dt

from dateline.kb.gazetteer import distance_km
from dateline.model import AnnotatedDocument, Document
from dateline.pipeline import Pipeline

DAY = dt.date(2024, 6, 1)


def annotate(pipeline: Pipeline, text: str) -> AnnotatedDocument:
    return pipeline.annotate(Document("i", text, DAY))


def test_the_area_after_in_is_a_place_and_the_name_before_it_a_place_name(
    pipeline: Pipeline,
) -> None:
    result = annotate(pipeline, "Russian forces seized Pishchane in Kharkiv Oblast on Tuesday.")
    by_text = {m.text: m for m in result.annotations.entities}
    area = by_text.get("Kharkiv Oblast")
    assert area is not None and area.place is not None and area.place.country == "UKR"
    assert by_text["Pishchane"].label == "GPE"


def test_a_capture_in_an_area_phrase_is_placed_in_the_area(pipeline: Pipeline) -> None:
    text = "Russian troops captured the village of Vyshneve in Donetsk Oblast on Sunday."
    found = [e for e in annotate(pipeline, text).annotations.events if e.type == "ASSAULT"]
    assert found and found[0].location is not None
    assert found[0].location.place.name == "Donetsk Oblast"


def test_a_known_body_before_in_keeps_its_label(pipeline: Pipeline) -> None:
    text = "Doctors at the White Medical Center in College Station treated the victims."
    labels = {m.label for m in annotate(pipeline, text).annotations.entities}
    assert "GPE" not in labels or "ORG" in labels


def test_names_sharing_a_plural_area_word_are_areas_not_their_towns(pipeline: Pipeline) -> None:
    text = "Air defences shot down six drones over the Belgorod, Kursk and Voronezh oblasts."
    by_text = {m.text: m for m in annotate(pipeline, text).annotations.entities}
    for name in ("Belgorod", "Kursk"):
        place = by_text[name].place
        assert place is not None and place.feature == "admin1", name


def test_an_area_after_the_comma_picks_the_namesake_in_it(pipeline: Pipeline) -> None:
    text = "Gunmen killed five people in Ivanivka, Kherson Oblast, on Monday."
    town = {m.text: m for m in annotate(pipeline, text).annotations.entities}["Ivanivka"].place
    assert town is not None and town.country == "UKR"
    assert distance_km(town.lat, town.lon, 46.71, 34.55) < 10  # not Luhansk Oblast's Ivanivka


def test_a_town_listed_before_an_area_is_kept(pipeline: Pipeline) -> None:
    text = "Missiles hit Dnipro, Kharkiv Oblast and Odesa on Monday."
    town = {m.text: m for m in annotate(pipeline, text).annotations.entities}["Dnipro"].place
    assert town is not None and distance_km(town.lat, town.lon, 48.47, 35.04) < 10


def test_the_region_of_a_city_that_is_an_area_of_its_own_holds_its_towns(
    pipeline: Pipeline,
) -> None:
    # GeoNames gives Kyiv and Moscow first-level codes of their own: "Kyiv Oblast" is the
    # area around the city, so its towns stay placed.
    for text, name in [
        ("A drone hit a house in Bila Tserkva in Kyiv Oblast.", "Bila Tserkva"),
        ("Drones hit a depot in Podolsk in Moscow Oblast.", "Podolsk"),
    ]:
        place = {m.text: m for m in annotate(pipeline, text).annotations.entities}[name].place
        assert place is not None and place.name == name
