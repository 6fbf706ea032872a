"""The place of an event: nested targets, towns inside areas, coreference and datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.kb.gazetteer import distance_km
from dateline.model import Document, Event
from dateline.nlp.events import EventsComponent
from dateline.pipeline import Pipeline

DAY = dt.date(2024, 6, 3)


def attack(pipeline: Pipeline, text: str) -> Event:
    result = pipeline.annotate(Document("p", text, DAY))
    found = [e for e in result.annotations.events if e.type == "ASSAULT"]
    assert found, [(e.type, e.trigger) for e in result.annotations.events]
    return max(found, key=lambda e: e.confidence)


def near(event: Event, lat: float, lon: float, km: float = 25) -> bool:
    loc = event.location
    return loc is not None and distance_km(loc.place.lat, loc.place.lon, lat, lon) <= km


def test_the_city_refers_to_the_town_named_before(pipeline: Pipeline) -> None:
    text = (
        "Rebels entered the centre of Goma on Monday. Fighting between the rebels and "
        "the army killed 17 people in the city, officials said."
    )
    assert near(attack(pipeline, text), -1.67, 29.23)


def test_a_dateline_locates_an_event_whose_sentence_names_no_place(pipeline: Pipeline) -> None:
    text = "KISMAYO, Somalia — Militants detonated a car bomb at the gate of a hotel, killing nine."
    assert near(attack(pipeline, text), -0.36, 42.55)


def test_a_dateline_does_not_override_the_place_the_sentence_names(pipeline: Pipeline) -> None:
    text = "KABUL — A suicide bomber killed six people in Kandahar on Monday, police said."
    assert near(attack(pipeline, text), 31.61, 65.71)


def test_a_town_in_the_target_description_is_the_place(pipeline: Pipeline) -> None:
    text = (
        "The military bombed a crowd gathered for the opening of an office in Kanbalu "
        "township on Tuesday, killing dozens of people."
    )
    assert near(attack(pipeline, text), 23.2, 95.52)


def test_men_nobody_names_take_the_datelines_country(pipeline: Pipeline) -> None:
    text = "ZARIA, Nigeria — On Friday, gunmen killed six worshippers at a mosque, police said."
    found = attack(pipeline, text)
    assert [(p.span.slice(text), p.country) for p in found.actor] == [("gunmen", "NGA")]


def test_a_state_beats_the_country_it_lies_in(pipeline: Pipeline) -> None:
    text = "Gunmen killed 14 farmers in Plateau state in central Nigeria on Friday."
    found = attack(pipeline, text)
    assert found.location is not None
    assert found.location.place.feature != "country"
    assert found.location.span.slice(text) == "Plateau state"


def test_a_congolese_province_is_an_area_of_its_own(pipeline: Pipeline) -> None:
    # Kasai (Congo's province, seat Tshikapa) shares its name with a town in Japan.
    text = "Militiamen killed 11 villagers in Congo's Kasai province on Saturday."
    assert near(attack(pipeline, text), -5.0, 20.8, km=100)


def test_a_town_beats_the_area_it_lies_in(pipeline: Pipeline) -> None:
    text = (
        "Rebels brought down a police helicopter with a drone in Amalfi, in Colombia's "
        "Antioquia department, on Thursday, killing 13 officers."
    )
    assert near(attack(pipeline, text), 6.91, -75.08)


def test_the_place_labels_are_the_geo_rules_labels(pipeline: Pipeline) -> None:
    by_name = {c.name: c for c in pipeline.components}
    events, geo = by_name["events"], by_name["geo"]
    assert isinstance(events, EventsComponent)
    assert events.places.labels == geo.rules.labels  # type: ignore[attr-defined]
    assert "GPE" in events.places.labels


def test_a_possessive_city_before_a_building_is_the_place(pipeline: Pipeline) -> None:
    text = "A missile struck Kharkiv's largest maternity hospital on Sunday, killing four people."
    assert near(attack(pipeline, text), 49.98, 36.25)


def test_a_country_modifying_the_attack_noun_is_not_the_place(pipeline: Pipeline) -> None:
    text = "US air strikes hit a fuel depot in Hodeidah on Friday, killing 20 people."
    assert near(attack(pipeline, text), 14.80, 42.95)


def test_a_dateline_does_not_keep_a_casualty_sentence_apart(pipeline: Pipeline) -> None:
    text = (
        "ODESA — Drones hit a warehouse in Izmail on the Danube on Tuesday. Officials said "
        "three workers were killed."
    )
    event = attack(pipeline, text)
    assert event.size.dead == 3
    assert near(event, 45.35, 28.84)


def test_a_joined_clause_says_where_the_weapon_landed(pipeline: Pipeline) -> None:
    text = (
        "Russia fired missiles at Ukrainian cities on Friday, and one of them hit an "
        "apartment block in Poltava."
    )
    assert near(attack(pipeline, text), 49.59, 34.54)


def test_a_town_name_split_in_two_is_one_place(pipeline: Pipeline) -> None:
    """The small NER model tags "Finote" and "Selam" apart here; the gazetteer has the pair."""
    text = "Troops clashed with militiamen near a school in Finote Selam on Monday."
    result = pipeline.annotate(Document("p", text, DAY))
    named = [m for m in result.annotations.entities if m.place is not None]
    assert [(m.text, m.place.name) for m in named] == [("Finote Selam", "Finote Selam")]


def test_a_sentence_without_a_place_goes_on_where_the_one_before_was(pipeline: Pipeline) -> None:
    # The casualty sentence joins the ramming; the attack's place is the one the sentence
    # before gives, not the wire dateline's capital.
    text = (
        "ISLAMABAD — Suicide bombers rammed two vehicles into the wall of a base in Bannu on "
        "Tuesday. Five soldiers were killed, the military said."
    )
    assert near(attack(pipeline, text), 32.99, 70.60)


def test_a_new_paragraph_does_not_inherit_the_place_before(pipeline: Pipeline) -> None:
    text = (
        "ISLAMABAD — Suicide bombers rammed two vehicles into the wall of a base in Bannu on "
        "Tuesday.\n\nIn a separate attack, gunmen killed five soldiers, the military said."
    )
    result = pipeline.annotate(Document("p", text, DAY))
    [separate] = [e for e in result.annotations.events if text[e.trigger.start :].startswith("k")]
    assert not near(separate, 32.99, 70.60)


def test_the_town_as_the_object_refers_to_the_town_named_before(pipeline: Pipeline) -> None:
    text = (
        "A gang attack on Mirebalais left 20 people dead, officials said. Gunmen stormed "
        "the town before dawn, shooting residents."
    )
    result = pipeline.annotate(Document("p", text, DAY))
    stormed = [
        e for e in result.annotations.events if text[e.trigger.start : e.trigger.end] == "stormed"
    ]
    assert stormed and near(stormed[0], 18.83, -72.10)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        (
            "An army shell hit a camp for displaced people near Laiza on Monday, killing 20.",
            24.75,
            97.55,
        ),
        ("A bomb exploded in a church in Kasindi on Sunday, killing 14 people.", 0.03, 29.71),
        ("Rebels attacked worshippers in Komanda on Sunday, killing 40 people.", 1.37, 29.77),
    ],
)
def test_conflict_towns_the_town_list_lacks(
    pipeline: Pipeline, text: str, lat: float, lon: float
) -> None:
    assert near(attack(pipeline, text), lat, lon)


def test_a_dateline_abroad_is_only_where_the_story_was_filed(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, Kenya — Gunmen attacked an army base in Somalia's Lower Shabelle region on "
        "Tuesday.\n\nThe fighters killed 20 soldiers, officials said."
    )
    result = pipeline.annotate(Document("p", text, DAY))
    for event in result.annotations.events:
        assert event.location is None or event.location.place.country == "SOM"
        assert all(p.country != "KEN" for p in event.actor)


def test_the_occasion_of_an_attack_gives_its_place(pipeline: Pipeline) -> None:
    text = (
        "MANILA — A bomb went off during a Catholic mass in a university gymnasium in Marawi "
        "on Sunday, killing four people."
    )
    assert near(attack(pipeline, text), 8.0, 124.28)


def test_a_locative_phrase_beats_the_occasions_place(pipeline: Pipeline) -> None:
    text = "A bomb exploded in Marawi during a visit by officials from Manila, killing four."
    assert near(attack(pipeline, text), 8.0, 124.28)


def test_a_town_split_into_a_place_and_a_person_is_the_town(pipeline: Pipeline) -> None:
    """The small NER model tags "Dera" as a place and "Ismail Khan" as a person here."""
    text = "Militants attacked a police station in Dera Ismail Khan on Sunday."
    result = pipeline.annotate(Document("p", text, DAY))
    named = [(m.text, m.place.country) for m in result.annotations.entities if m.place]
    assert named == [("Dera Ismail Khan", "PAK")]
    assert not any(m.label == "PERSON" for m in result.annotations.entities)


def test_the_one_state_a_sentence_names_places_an_untied_attack(pipeline: Pipeline) -> None:
    # "in Plateau state" hangs on "machetes": a coder still codes the attack in the state
    event = attack(pipeline, "Attackers hacked 12 farmers to death with machetes in Plateau state.")
    assert event.location is not None and event.location.place.country == "NGA"
    assert event.location.place.feature == "admin1"


def _by_trigger(pipeline: Pipeline, text: str, word: str) -> Event:
    result = pipeline.annotate(Document("p", text, DAY))
    found = [e for e in result.annotations.events if text[e.trigger.start :].startswith(word)]
    assert found, [(e.type, e.trigger) for e in result.annotations.events]
    return found[0]


LEAD = "ABUJA — Residents of the market town of Funtua buried their dead on Monday, officials said."


def test_a_later_paragraph_goes_on_at_the_lead_town_not_the_dateline(pipeline: Pipeline) -> None:
    text = LEAD + "\n\nGunmen on motorbikes opened fire on traders on Sunday, killing 14."
    event = _by_trigger(pipeline, text, "opened")
    assert near(event, 11.52, 7.31)  # Funtua, not Abuja


def test_a_later_paragraph_set_in_another_country_is_not_at_the_lead_town(
    pipeline: Pipeline,
) -> None:
    text = LEAD + "\n\nIn Chad, gunmen opened fire on traders on Sunday, killing 14, police said."
    assert not near(_by_trigger(pipeline, text, "opened"), 11.52, 7.31)


def test_a_separate_attack_in_a_later_paragraph_is_not_at_the_lead_town(
    pipeline: Pipeline,
) -> None:
    text = LEAD + "\n\nIn a separate attack, gunmen opened fire on traders, killing 14."
    assert not near(_by_trigger(pipeline, text, "opened"), 11.52, 7.31)


def test_a_lead_naming_two_towns_leaves_the_dateline(pipeline: Pipeline) -> None:
    text = (
        "ABUJA — Residents of Funtua and Zaria buried their dead on Monday, officials said."
        "\n\nGunmen on motorbikes opened fire on traders on Sunday, killing 14, police said."
    )
    assert near(_by_trigger(pipeline, text, "opened"), 9.06, 7.49)  # Abuja


def test_an_unknown_village_between_two_towns_is_at_the_known_one(pipeline: Pipeline) -> None:
    text = (
        "Twelve gendarmes were killed when their post was attacked near Kobadje, between "
        "Makalondi and Torodi in the Tillaberi region, on Friday."
    )
    assert near(attack(pipeline, text), 13.12, 1.80)  # Torodi, not the region's middle


def test_a_sentence_naming_two_towns_and_one_region_is_at_the_region(pipeline: Pipeline) -> None:
    text = (
        "Nine soldiers were killed when their convoy was ambushed near Tamou, between Say and "
        "Torodi in the Tillaberi region, on Friday, the ministry said."
    )
    loc = attack(pipeline, text).location
    assert loc is not None and loc.place.resolution == 3


def test_an_offset_lead_town_is_still_only_a_guess_for_other_events(pipeline: Pipeline) -> None:
    # The lead puts the story 40 km off a town; a later paragraph's visit (no attack) is
    # not placed by that guess, though the lead's offset point still locates the attack.
    text = (
        "Gunmen ambushed a convoy about 40 km north of Funtua on Monday, killing nine."
        "\n\nThe governor visited the wounded on Tuesday."
    )
    result = pipeline.annotate(Document("p", text, DAY))
    visits = [e for e in result.annotations.events if text[e.trigger.start :].startswith("visit")]
    assert visits and all(e.location is None for e in visits)


def test_a_site_and_the_town_it_is_in_are_one_scene(pipeline: Pipeline) -> None:
    # The parse ties no place to "shelling"; the sentence's two places are one scene.
    text = (
        "The Zaporizhzhia Nuclear Power Plant in Enerhodar lost power following shelling by "
        "Russian troops."
    )
    assert near(attack(pipeline, text), 47.51, 34.59, km=10)


def test_the_nuclear_plant_is_at_its_town_not_the_city_it_is_named_after(
    pipeline: Pipeline,
) -> None:
    # The plant stands by Enerhodar, 110 km from the city of Zaporizhzhia.
    text = "Drones struck a training centre at the Zaporizhzhia Nuclear Power Plant on Sunday."
    assert near(attack(pipeline, text), 47.49, 34.66)


def test_an_attack_on_the_road_between_two_towns_is_at_their_midpoint(
    pipeline: Pipeline,
) -> None:
    text = "A landmine tore through a bus on the road between Kaduna and Zaria, killing eight."
    event = attack(pipeline, text)
    assert near(event, 10.82, 7.58, km=5)  # Kaduna and Zaria are 70 km apart
    assert event.location is not None and event.location.place.geonameid is None


@pytest.mark.parametrize(
    "text",
    [
        "Israeli strikes killed 18 people in Rafah on the eve of the talks in Cairo.",
        "Russian drones hit an apartment block in Odesa on the anniversary of the march in Kyiv.",
    ],
)
def test_the_place_of_an_event_an_act_is_dated_by_is_not_its_place(
    pipeline: Pipeline, text: str
) -> None:
    found = attack(pipeline, text)
    town = text.split(" in ")[1].split(" on ")[0]
    assert found.location is not None
    assert text[found.location.span.start : found.location.span.end] == town
