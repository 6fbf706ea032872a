"""Places the small tagger cuts short or reads as a body: a town name with an area phrase
after it ("Bokkos local government area"), and a town's name whose last or first word the
tagger leaves out ("Tal" of "Tal Abyad").

Sentences written for these tests (not from any outlet).
"""

from __future__ import annotations

import datetime as dt

from dateline.model import AnnotatedDocument
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import annotate_text, mentions_by_text, top_attack

DAY = dt.date(2024, 6, 1)


def annotate(pipeline: Pipeline, text: str) -> AnnotatedDocument:
    return annotate_text(pipeline, text, DAY)


mentions = mentions_by_text
attack = top_attack


def test_an_area_phrase_after_a_town_name_makes_the_towns_area(pipeline: Pipeline) -> None:
    # "local government area" is three words: the small model tags the town alone
    result = annotate(
        pipeline,
        "Gunmen killed 20 villagers in Plateau state's Bokkos local government area on "
        "Sunday, residents said.",
    )
    area = mentions(result)["Bokkos local government area"].place
    assert area is not None and area.feature == "admin2" and area.country == "NGA"
    where = attack(result).location
    assert where is not None and where.place.feature == "admin2"
    assert abs(where.place.lat - 9.3) < 0.2  # the seat town, not the middle of the state


def test_a_capitalised_area_phrase_tagged_as_a_body_is_a_place(pipeline: Pipeline) -> None:
    # the tagger reads the whole as an organisation (a government) rather than a place
    result = annotate(
        pipeline,
        "Attackers killed 16 farmers in Bokkos Local Government Area of Plateau State late "
        "on Sunday.",
    )
    found = mentions(result)["Bokkos Local Government Area"]
    assert found.actor is None
    assert found.place is not None and found.place.feature == "admin2"
    where = attack(result).location
    assert where is not None and where.place.feature == "admin2"


def test_an_area_phrase_needs_a_town_name_before_it(pipeline: Pipeline) -> None:
    # "the local government area" names no place: no mention grows over it
    result = annotate(
        pipeline,
        "Officials in the local government area said the roads were closed on Monday.",
    )
    assert all(m.place is None for m in result.annotations.entities)


def test_a_word_the_tagger_leaves_out_of_a_town_name_joins_it(pipeline: Pipeline) -> None:
    # the small model tags "Tal" alone, which GeoNames knows as another Syrian town
    result = annotate(pipeline, "A car bomb killed 14 people in Tal Abyad on Sunday.")
    found = mentions(result)
    assert "Tal" not in found
    place = found["Tal Abyad"].place
    assert place is not None and place.country == "SYR" and abs(place.lon - 38.98) < 0.1


def test_a_place_is_not_joined_to_a_name_that_makes_no_town(pipeline: Pipeline) -> None:
    result = annotate(pipeline, "Shelling hit Kharkiv on Sunday, Mayor Ihor Terekhov said.")
    place = mentions(result)["Kharkiv"].place
    assert place is not None and place.name == "Kharkiv"


def test_names_the_tagger_reads_as_a_person_join_the_town_before_them(
    pipeline: Pipeline,
) -> None:
    # the small model tags "Dera" a place and "Khan" a person: the whole is one town
    result = annotate(pipeline, "The bomb exploded in Dera Ghazi Khan on Sunday, killing five.")
    found = mentions(result)
    assert "Khan" not in found
    place = found["Dera Ghazi Khan"].place
    assert place is not None and place.country == "PAK" and abs(place.lat - 30.05) < 0.1
    where = attack(result).location
    assert where is not None and where.place.country == "PAK"


def test_a_town_an_area_lies_in_is_the_area_of_its_name(pipeline: Pipeline) -> None:
    # "Arauca" is both a town and the department it is the seat of: the municipality lies in
    # the department, so the attack is placed in the municipality, not in the seat town
    result = annotate(
        pipeline, "Gunmen killed seven people in Tame municipality in Arauca on Monday."
    )
    found = mentions(result)
    outer = found["Arauca"].place
    assert outer is not None and outer.feature == "admin1"
    where = attack(result).location
    assert where is not None and where.place.name == "Tame municipality"


def test_a_town_named_alone_stays_the_town(pipeline: Pipeline) -> None:
    result = annotate(pipeline, "Gunmen killed five people in a shop in Kunduz on Monday.")
    place = mentions(result)["Kunduz"].place
    assert place is not None and place.feature == "city"
