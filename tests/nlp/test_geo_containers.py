"""Places named inside other places, area phrases of one country, and wire datelines."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dateline.deadline import Deadline
from dateline.kb.gazetteer import distance_km
from dateline.model import Actor, AnnotatedDocument, Annotations, Document, Mention
from dateline.pipeline import Pipeline

DAY = dt.date(2024, 6, 1)


def annotate(pipeline: Pipeline, text: str) -> AnnotatedDocument:
    return pipeline.annotate(Document("c", text, DAY))


def mention(result: AnnotatedDocument, text: str) -> Mention:
    found = [m for m in result.annotations.entities if m.text == text]
    assert found, [(m.text, m.label) for m in result.annotations.entities]
    return found[0]


def test_a_beach_in_a_town_is_not_a_namesake_abroad(pipeline: Pipeline) -> None:
    # GeoNames knows only a Lido Beach in New York; the text puts this one in Mogadishu.
    result = annotate(pipeline, "Gunmen stormed a restaurant at Lido beach in Mogadishu on Friday.")
    assert mention(result, "Lido beach").place is None
    assert mention(result, "Mogadishu").place.country == "SOM"  # type: ignore[union-attr]


def test_a_district_of_a_town_is_no_look_alike_elsewhere(pipeline: Pipeline) -> None:
    result = annotate(pipeline, "A bomb exploded in the Dweila district of Damascus on Sunday.")
    inner = [m for m in result.annotations.entities if m.text.startswith("Dweila")]
    assert all(m.place is None or m.place.country == "SYR" for m in inner)


def test_a_state_of_a_named_country_stays_in_it(pipeline: Pipeline) -> None:
    result = annotate(pipeline, "Fighters attacked a village in Sudan's Gezira state on Monday.")
    area = [m for m in result.annotations.entities if m.text.startswith("Gezira")]
    assert all(m.place is None or m.place.country == "SDN" for m in area)


def test_an_area_name_of_one_country_is_not_a_sound_alike_town(pipeline: Pipeline) -> None:
    # "Kachin" is a state of Myanmar; a North Korean town that sounds alike is not meant.
    result = annotate(pipeline, "The Myanmar army shelled a camp in Kachin state on Monday.")
    area = [m for m in result.annotations.entities if m.text.startswith("Kachin")]
    assert all(m.place is None or m.place.country == "MMR" for m in area)


def test_a_town_in_a_department_keeps_its_own_point(pipeline: Pipeline) -> None:
    result = annotate(
        pipeline, "Rebels downed a helicopter in Amalfi, in Colombia's Antioquia department."
    )
    amalfi = mention(result, "Amalfi").place
    assert amalfi is not None and amalfi.country == "COL"
    assert distance_km(amalfi.lat, amalfi.lon, 6.91, -75.08) < 10


def test_a_capitalised_dateline_is_a_place_and_no_actor(pipeline: Pipeline) -> None:
    result = annotate(pipeline, "KISMAYO, Somalia — Militants stormed a hotel on Sunday.")
    dateline = mention(result, "KISMAYO")
    assert dateline.place is not None and dateline.place.country == "SOM"
    assert dateline.actor is None


def test_a_capitalised_first_word_without_a_dateline_mark_is_not_one(pipeline: Pipeline) -> None:
    result = annotate(pipeline, "NATO ministers met in Brussels on Sunday.")
    assert all(m.text != "NATO" or m.place is None for m in result.annotations.entities)


def test_a_curated_state_outlives_look_alike_towns_abroad(pipeline: Pipeline) -> None:
    # Italy has a town Borno and Germany a Borna; "Borno state" is still Nigeria's.
    place = mention(
        annotate(pipeline, "Gunmen killed eleven people in Borno state."), "Borno state"
    )
    assert place.place is not None
    assert (place.place.country, place.place.feature) == ("NGA", "admin1")


def test_a_town_in_an_apposition_lies_in_its_state(pipeline: Pipeline) -> None:
    # GeoNames has a Mafa in Indonesia too; "a town in Borno state" is the Nigerian one.
    text = "Gunmen killed eleven people in Mafa, a town in Borno state, on Monday."
    assert mention(annotate(pipeline, text), "Mafa").place.country == "NGA"  # type: ignore[union-attr]


def test_the_area_a_possessive_country_holds_is_the_container(pipeline: Pipeline) -> None:
    text = "A drone killed two people in Stepove, a village in Ukraine's Odesa region, on Monday."
    place = mention(annotate(pipeline, text), "Stepove").place
    assert place is not None
    assert distance_km(place.lat, place.lon, 46.7, 30.08) < 25


def _with_local_name(pipeline: Pipeline, text: str, name: str) -> AnnotatedDocument:
    """Run the pipeline up to ``geo`` with ``name`` tagged as an organisation nobody knows
    (the small model's reading of many village names), then ``geo`` itself."""
    doc = Document("c", text, DAY)
    ann = Annotations()
    deadline = Deadline(30)
    for comp in pipeline.components:
        if comp.name == "geo":
            local = Actor(f"local:{name.lower()}", name)
            ann = ann.with_layers(
                entities=tuple(
                    replace(m, label="ORG", actor=local) if m.text == name else m
                    for m in ann.entities
                )
            )
        ann = comp(doc, ann, deadline)
        if comp.name == "geo":
            break
    return AnnotatedDocument(doc, ann, pipeline.provenance)


def test_an_unknown_party_the_text_calls_a_village_is_a_place(pipeline: Pipeline) -> None:
    text = "Gunmen killed five people in the village of Tudun Wada on Sunday."
    place = mention(_with_local_name(pipeline, text, "Tudun Wada"), "Tudun Wada").place
    assert place is not None and place.country == "NGA"


def test_an_unknown_party_acting_is_no_place(pipeline: Pipeline) -> None:
    text = "Tudun Wada said on Sunday that it would hold talks with the government."
    assert mention(_with_local_name(pipeline, text, "Tudun Wada"), "Tudun Wada").place is None


def test_a_town_of_that_name_beats_one_that_lists_it_as_an_alternate(pipeline: Pipeline) -> None:
    # GeoNames also calls El Carmen de Chucuri (a little bigger) "El Carmen"; near Arauca
    # both are in reach, and the town whose own name is El Carmen is meant.
    text = (
        "Rebels attacked an army base in El Carmen on Wednesday. Two days earlier they had "
        "ambushed a patrol in Arauca province."
    )
    place = mention(annotate(pipeline, text), "El Carmen").place
    assert place is not None and place.name == "El Carmen"


def test_a_small_namesake_far_abroad_is_no_village_of_the_story(pipeline: Pipeline) -> None:
    # GeoNames has a Lala in India and one in the Philippines, none in Congo: the camp stays
    # unknown and its territory locates the story
    result = annotate(
        pipeline,
        "BUNIA, Congo — Militiamen killed 46 people in an attack on the Lala camp near "
        "Djugu, in Congo's Ituri province, on Monday.",
    )
    assert mention(result, "Lala").place is None
    assert mention(result, "Djugu").place.country == "COD"  # type: ignore[union-attr]


def test_a_town_in_a_pinned_province_is_its_namesake_nearest_it(pipeline: Pipeline) -> None:
    result = annotate(
        pipeline,
        "Rebels attacked a military base in El Carmen, in Colombia's Norte de Santander "
        "province, on Wednesday.",
    )
    place = mention(result, "El Carmen").place
    assert place is not None and place.name == "El Carmen"
    assert distance_km(place.lat, place.lon, 8.51, -73.45) < 10


def test_a_nigerian_state_is_no_look_alike_town(pipeline: Pipeline) -> None:
    # "Benue" once matched a Nigerian town "Bena" 600 km away by spelling
    result = annotate(pipeline, "Gunmen attacked a village in Nigeria's Benue state on Friday.")
    place = next(m for m in result.annotations.entities if m.text.startswith("Benue")).place
    assert place is not None and place.country == "NGA"
    assert distance_km(place.lat, place.lon, 7.35, 8.75) < 50


def test_a_direction_before_an_area_tagged_as_an_organisation_keeps_the_area(
    pipeline: Pipeline,
) -> None:
    text = (
        "Rebels drove a truck bomb into a base in the municipality of Tame in Colombia's "
        "eastern Arauca province on Tuesday."
    )
    result = annotate(pipeline, text)
    areas = [m for m in result.annotations.entities if m.text.endswith("Arauca province")]
    assert areas, [(m.text, m.label) for m in result.annotations.entities]
    assert areas[0].place is not None and areas[0].place.feature == "admin1"


def test_two_towns_a_place_lies_between_tagged_as_one_name_are_two(pipeline: Pipeline) -> None:
    # The small model tags "Say and Torodi" as one organisation here.
    text = "A patrol was ambushed near Tamou, between Say and Torodi in the southwest, on Friday."
    result = annotate(pipeline, text)
    for town in ("Say", "Torodi"):
        assert mention(result, town).place.country == "NER"  # type: ignore[union-attr]


def test_two_sides_between_which_fighting_runs_stay_apart(pipeline: Pipeline) -> None:
    result = annotate(pipeline, "Clashes between Israel and Hezbollah killed nine people.")
    assert mention(result, "Hezbollah").place is None


def test_the_lake_chad_province_is_chads_lac_province(pipeline: Pipeline) -> None:
    result = annotate(pipeline, "Gunmen raided a fishing island in Chad's Lake Chad province.")
    place = mention(result, "Lake Chad province").place
    assert place is not None and place.country == "TCD" and place.resolution == 3


def test_the_lake_chad_region_is_no_province_of_one_country(pipeline: Pipeline) -> None:
    result = annotate(pipeline, "Jihadists attacked a fishing camp in the Lake Chad region.")
    found = [m for m in result.annotations.entities if "Lake Chad" in m.text]
    assert all(m.place is None or m.place.country != "TCD" for m in found)


def test_a_state_no_town_names_is_no_namesake_hamlet(pipeline: Pipeline) -> None:
    # GeoNames' only "Coahuila" is a hamlet in Yucatan, 1,300 km from the state.
    result = annotate(pipeline, "Cartel gunmen ambushed a police patrol in Coahuila state.")
    place = next(m for m in result.annotations.entities if m.text.startswith("Coahuila")).place
    assert place is not None and place.feature == "admin1"
    assert distance_km(place.lat, place.lon, 27.3, -102.0) < 100


def test_a_small_town_in_the_state_of_an_area_is_its_namesake_there(pipeline: Pipeline) -> None:
    # Mexico has eight San Jose de Gracia; the biggest is in Michoacan, not Jalisco.
    text = (
        "Gunmen shot dead six men at a cockfight in San Jose de Gracia, a small town in the "
        "western state of Jalisco."
    )
    place = mention(annotate(pipeline, text), "San Jose de Gracia").place
    assert place is not None and place.country == "MEX"
    assert distance_km(place.lat, place.lon, 19.99, -103.02) > 25  # not Michoacan's


def test_the_state_of_a_capital_name_holds_the_town_named_in_it(pipeline: Pipeline) -> None:
    # "the state of Veracruz" is the state, not its port: the Piedras Negras in it is meant,
    # not the border city of that name in Coahuila.
    text = "Masked men burned a bus in Piedras Negras, in the state of Veracruz, on Friday."
    place = mention(annotate(pipeline, text), "Piedras Negras").place
    assert place is not None and distance_km(place.lat, place.lon, 18.77, -96.17) < 10


def test_the_province_of_a_look_alike_is_no_area_holding_the_town(pipeline: Pipeline) -> None:
    # "Banten" matches only a Philippine town by spelling; the Indonesian town stays itself.
    text = (
        "A militant stabbed a minister visiting the town of Pandeglang in the province of Banten."
    )
    place = mention(annotate(pipeline, text), "Pandeglang").place
    assert place is not None and place.country == "IDN"


def test_an_afghan_province_no_town_names_is_its_area_not_the_country(pipeline: Pipeline) -> None:
    result = annotate(
        pipeline, "A roadside bomb hit a police truck in Afghanistan's Logar province."
    )
    place = next(m for m in result.annotations.entities if m.text.startswith("Logar")).place
    assert place is not None and place.feature == "admin1"
    assert distance_km(place.lat, place.lon, 34.0, 69.2) < 60


def test_a_provincial_seat_the_gazetteer_lacks_is_in_the_alias_table(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a training centre in Maidan Shahr, west of Kabul, on Monday."
    place = mention(annotate(pipeline, text), "Maidan Shahr").place
    assert place is not None and distance_km(place.lat, place.lon, 34.40, 68.87) < 10
