"""Look-alikes abroad, areas of one country and villages the gazetteer lacks."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.kb.gazetteer import distance_km
from dateline.kb.places import Candidate
from dateline.model import AnnotatedDocument, Document, Mention, Place
from dateline.nlp.geo_context import look_alike
from dateline.pipeline import Pipeline

DAY = dt.date(2024, 6, 1)


def annotate(pipeline: Pipeline, text: str) -> AnnotatedDocument:
    return pipeline.annotate(Document("l", text, DAY))


def place_of(result: AnnotatedDocument, start: str) -> Place | None:
    found: list[Mention] = [m for m in result.annotations.entities if m.text.startswith(start)]
    assert found, [(m.text, m.label) for m in result.annotations.entities]
    return found[0].place


def event_place(result: AnnotatedDocument) -> Place | None:
    located = [e.location for e in result.annotations.events if e.location is not None]
    return located[0].place if located else None


def test_a_town_listing_the_name_abroad_does_not_beat_the_town_called_so(
    pipeline: Pipeline,
) -> None:
    # GeoNames lists "Smara" among Samara's other names; the story is about Western Sahara.
    text = "Polisario fighters in Western Sahara said they shelled Smara on Monday."
    place = place_of(annotate(pipeline, text), "Smara")
    assert place is not None and place.country == "MAR"


def test_a_transliterated_town_near_the_story_keeps_its_name(pipeline: Pipeline) -> None:
    # GeoNames spells it "Janin"; a village called Jenin in Poland is far from this story.
    place = place_of(annotate(pipeline, "Israeli troops raided Jenin on Monday."), "Jenin")
    assert place is not None and place.country == "PSE"


def test_a_far_bigger_town_known_by_another_name_still_wins(pipeline: Pipeline) -> None:
    place = place_of(annotate(pipeline, "Thousands marched through Calcutta on Sunday."), "Calc")
    assert place is not None and place.country == "IND"


def test_a_district_of_kashmir_is_in_india_not_a_us_look_alike(pipeline: Pipeline) -> None:
    result = annotate(
        pipeline, "Militants ambushed a patrol in Kashmir's Kupwara district, killing two soldiers."
    )
    region = place_of(result, "Kashmir")
    assert region is not None and region.country == "IND"
    district = place_of(result, "Kupwara")
    assert district is not None and district.country == "IND"
    assert district.resolution == 2  # the district, at its seat's point
    where = event_place(result)
    assert where is not None and where.country == "IND" and where.resolution == 2


def test_an_area_word_with_a_common_name_names_the_area(pipeline: Pipeline) -> None:
    result = annotate(pipeline, "Al-Shabaab fighters overran a base in Bay region, killing ten.")
    area = place_of(result, "Bay")
    assert area is not None and area.country == "SOM" and area.feature == "admin1"


def test_the_bare_common_word_is_no_area(pipeline: Pipeline) -> None:
    result = annotate(pipeline, "Ships waited in the bay near Mombasa on Monday.")
    assert all(m.place is None or m.place.country != "SOM" for m in result.annotations.entities)


def test_an_unknown_village_falls_back_to_its_district_at_home(pipeline: Pipeline) -> None:
    result = annotate(
        pipeline,
        "Gunmen killed 20 villagers in Ungwan Dutse, in the Guma area of Nigeria's Benue state.",
    )
    where = event_place(result)
    assert where is not None and where.country == "NGA"
    assert (where.resolution or 9) <= 3


def test_a_village_outside_a_town_is_placed_at_the_town(pipeline: Pipeline) -> None:
    result = annotate(
        pipeline, "Fighters attacked Dinguira, a village outside Kayes, killing three soldiers."
    )
    where = event_place(result)
    assert where is not None and where.country == "MLI"
    assert distance_km(where.lat, where.lon, 14.45, -11.44) < 25


@pytest.mark.parametrize(
    ("fuzzy", "exonym", "curated", "expected"),
    [
        (True, False, False, True),
        (False, True, False, True),
        (False, True, True, False),
        (False, False, False, False),
    ],
)
def test_look_alike_is_a_spelling_or_foreign_name_match(
    fuzzy: bool, exonym: bool, curated: bool, expected: bool
) -> None:
    cand = Candidate("X", 0.0, 0.0, "USA", "city", curated=curated, fuzzy=fuzzy, exonym=exonym)
    assert look_alike(cand) is expected


def test_a_spelling_look_alike_far_from_its_sentence_is_dropped(pipeline: Pipeline) -> None:
    # Only a spelling key matches "Dinguira" (to a town in Tajikistan); the text puts it by Kayes.
    result = annotate(
        pipeline,
        "Fighters attacked the village of Dinguira, outside Kayes, killing three soldiers.",
    )
    assert place_of(result, "Dinguira") is None
    where = event_place(result)
    assert where is not None and where.country == "MLI"


def test_a_spelling_match_near_its_sentence_is_kept(pipeline: Pipeline) -> None:
    result = annotate(
        pipeline, "RSF fighters killed 40 people in Um Kadada, about 150 km east of El Fasher."
    )
    place = place_of(result, "Um Kadada")
    assert place is not None and place.country == "SDN"


def test_a_country_named_as_a_place_counts_as_context(pipeline: Pipeline) -> None:
    # No town of Burkina Faso is called Gourma: the province is at least in its country,
    # and the unknown village no look-alike in Ivory Coast.
    result = annotate(
        pipeline, "Jihadists killed 20 people in Tawori in Burkina Faso's eastern Gourma province."
    )
    assert place_of(result, "Tawori") is None
    province = place_of(result, "Gourma")
    assert province is not None and province.country == "BFA"


def test_a_township_named_after_a_pinned_town_keeps_its_point(pipeline: Pipeline) -> None:
    result = annotate(
        pipeline,
        "An air strike killed nine people in Yin Mar, a village in Sagaing's Kani township.",
    )
    township = place_of(result, "Kani")
    assert township is not None and township.country == "MMR" and township.resolution == 2


def test_a_village_near_a_town_is_the_namesake_nearest_it(pipeline: Pipeline) -> None:
    # GeoNames knows fourteen Novoselivkas in Ukraine; "near Zaporizhzhia" picks the nearest.
    result = annotate(pipeline, "Drones hit the village of Novoselivka near Zaporizhzhia.")
    village = place_of(result, "Novoselivka")
    assert village is not None
    assert distance_km(village.lat, village.lon, 47.85, 35.12) < 150


def test_near_does_not_move_a_town_with_one_namesake(pipeline: Pipeline) -> None:
    result = annotate(pipeline, "Shelling hit Kupiansk, near Kharkiv, on Monday.")
    town = place_of(result, "Kupiansk")
    assert town is not None and distance_km(town.lat, town.lon, 49.71, 37.62) < 5


def test_an_area_name_several_countries_share_is_the_storys_country(pipeline: Pipeline) -> None:
    # ISO lists a "North-West" in Cameroon and elsewhere; the text names Cameroon.
    result = annotate(
        pipeline, "Gunmen attacked Ngarbuh, a village in Cameroon's North-West region, killing 22."
    )
    area = place_of(result, "North-West")
    assert area is not None and area.country == "CMR"
