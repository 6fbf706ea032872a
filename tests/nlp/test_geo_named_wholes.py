"""Names a geographer reads whole: "Jammu and Kashmir", "Kidapawan City", and areas that
hold one another ("in Jammu and Kashmir's Poonch district").

Sentences written for these tests (not from any outlet).
"""

from __future__ import annotations

import datetime as dt

from dateline.kb.gazetteer import distance_km
from dateline.model import AnnotatedDocument, EventLocation, Place, Span
from dateline.nlp.events_areas import innermost
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import annotate_text, mentions_by_text, top_attack

DAY = dt.date(2024, 6, 1)


def annotate(pipeline: Pipeline, text: str) -> AnnotatedDocument:
    return annotate_text(pipeline, text, DAY)


mentions = mentions_by_text
attack = top_attack


def test_a_town_named_with_city_after_it_is_that_town(pipeline: Pipeline) -> None:
    # GeoNames calls it Kidapawan; Philippine reports write "Kidapawan City"
    result = annotate(
        pipeline,
        "A landmine planted by communist rebels killed two farmers on a road in Kidapawan "
        "City in the southern Philippines on Sunday, police said.",
    )
    place = mentions(result)["Kidapawan City"].place
    assert place is not None and place.name == "Kidapawan" and place.country == "PHL"
    where = attack(result).location
    assert where is not None and where.place.name == "Kidapawan"


def test_a_club_named_after_its_city_is_no_place(pipeline: Pipeline) -> None:
    # the small model tags the club as a place; no country in the story points to a town
    result = annotate(pipeline, "Manchester City beat Arsenal 2-0 on Sunday.")
    assert all(m.place is None for m in result.annotations.entities)


def test_an_area_whose_name_joins_two_words_with_and_is_one_place(pipeline: Pipeline) -> None:
    result = annotate(
        pipeline,
        "Militants attacked an army camp in Jammu and Kashmir's Kupwara district on Friday.",
    )
    found = mentions(result)
    whole = found["Jammu and Kashmir"].place
    assert whole is not None and whole.feature == "admin1"
    assert "Jammu" not in found  # no city of Jammu inside the area's name


def test_an_unknown_village_in_nested_areas_is_at_theinnermost(pipeline: Pipeline) -> None:
    # Banoi is no gazetteer town; the district (at its seat, Poonch) lies in the territory
    result = annotate(
        pipeline,
        "Militants fired on an army truck near Banoi in Jammu and Kashmir's Poonch district "
        "on Thursday, killing five soldiers.",
    )
    where = attack(result).location
    assert where is not None and where.place.feature == "admin2"
    assert distance_km(where.place.lat, where.place.lon, 33.77, 74.09) < 25


def _area(name: str, country: str, admin1: str | None, level: int) -> EventLocation:
    feature = {2: "admin2", 3: "admin1", 4: "country"}[level]
    return EventLocation(Span(0, 1), Place(name, 0.0, 0.0, None, country, admin1, feature, level))


def test_areas_that_hold_one_another_give_theinnermost() -> None:
    district = _area("Poonch district", "IND", "Jammu and Kashmir", 2)
    state = _area("Jammu and Kashmir", "IND", "Jammu and Kashmir", 3)
    assert innermost([state, district]) == [district]


def test_areas_side_by_side_stay_several() -> None:
    # two districts, or a district and a state of another country: no one place
    a, b = _area("Guma", "NGA", "Benue", 2), _area("Logo", "NGA", "Benue", 2)
    assert innermost([a, b]) == [a, b]
    abroad = _area("Adamawa", "CMR", "Adamawa", 3)
    assert innermost([a, abroad]) == [a, abroad]


def test_a_village_in_an_lga_named_after_its_seat_is_at_the_seat(pipeline: Pipeline) -> None:
    # the small model tags "Faskari LGA" as a person; the area is named after its seat town
    result = annotate(
        pipeline,
        "ABUJA - Bandits killed 30 people in Kadisau, a village in Faskari LGA of Katsina "
        "state, on Tuesday.",
    )
    where = attack(result).location
    assert where is not None and where.place.feature == "admin2"
    assert distance_km(where.place.lat, where.place.lon, 11.72, 7.03) < 5
