"""Rules of the ce195-ce214 round: phrases after a coordination of attack modifiers, "armed
men" as a group of its own kind, men who kill as attackers, weapons that flatten buildings,
and Cite Soleil.

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document, Event
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import actor_countries, main_attack, reported_attacks

PUBLISHED = dt.date(2024, 6, 8)  # a Saturday


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return list(pipeline.annotate(Document("r", text, PUBLISHED)).annotations.events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "PORT SUDAN — A drone and artillery attack by the Rapid Support Forces on a market "
            "in Nyala killed 14 people late on Thursday, medics said.",
            "SDN",
        ),
        (
            "KHARTOUM — A drone and artillery attack by the army on a market in Nyala killed "
            "14 people on Thursday, medics said.",
            "SDN",
        ),
    ],
)
def test_a_by_phrase_after_coordinated_modifiers_names_the_attacker(
    pipeline: Pipeline, text: str, country: str
) -> None:
    # the small parser makes "attack" a conjunct of "drone" and hangs "by ..." on "drone"
    assert country in actor_countries(main_attack(pipeline, text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "Armed men killed 17 villagers in Kaya, in northern Burkina Faso, on Thursday.",
        "Masked men shot dead nine traders at a market in Kaya, Burkina Faso, on Thursday.",
    ],
)
def test_armed_men_are_an_armed_group_of_the_place_they_strike(
    pipeline: Pipeline, text: str
) -> None:
    event = main_attack(pipeline, text, PUBLISHED)
    assert actor_countries(event) == {"BFA"}
    assert {p.sector for p in event.actor} == {"UAF"}  # a group of its kind, not "men"


@pytest.mark.parametrize(
    "text",
    [
        "Men dressed in military fatigues killed about 40 villagers in Kaya, in Burkina Faso, "
        "on Thursday, a local official said.",
        "Two men killed a shopkeeper in Kaya, Burkina Faso, on Thursday.",
    ],
)
def test_men_who_kill_people_carry_out_an_attack(pipeline: Pipeline, text: str) -> None:
    event = main_attack(pipeline, text, PUBLISHED)
    assert event.date is not None and event.date.value == "2024-06-06"
    assert actor_countries(event) == {"BFA"}


@pytest.mark.parametrize(
    "text",
    [
        "Two men were killed when their lorry overturned near Kaya on Thursday.",
        "Floods that swept through Kaya on Thursday killed men and women in their homes.",
    ],
)
def test_men_killed_in_a_mishap_are_no_attack(pipeline: Pipeline, text: str) -> None:
    assert not reported_attacks(pipeline, text, PUBLISHED)


def test_men_killing_people_in_a_crash_are_no_attack(pipeline: Pipeline) -> None:
    text = "A man killed two pedestrians when his car crashed in Kaya on Thursday."
    assert not reported_attacks(pipeline, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        (
            "Dozens of people were killed or missing after an Israeli air strike flattened a "
            "four-storey house in Beit Hanoun in northern Gaza on Friday, medics said.",
            31.54,
            34.54,
        ),
        (
            "Fifteen people died after Russian bombs levelled a school in Sloviansk on "
            "Friday, the governor said.",
            48.87,
            37.62,
        ),
    ],
)
def test_a_weapon_that_flattens_a_building_places_the_attack(
    pipeline: Pipeline, text: str, lat: float, lon: float
) -> None:
    loc = main_attack(pipeline, text, PUBLISHED).location
    assert loc is not None
    assert abs(loc.place.lat - lat) < 0.1 and abs(loc.place.lon - lon) < 0.1


@pytest.mark.parametrize(
    "text",
    [
        "The opposition levelled accusations of fraud at the electoral commission on Friday.",
        "The new rules flattened the curve of infections in Sloviansk by Friday.",
    ],
)
def test_levelling_charges_or_flattening_a_curve_is_no_attack(
    pipeline: Pipeline, text: str
) -> None:
    assert not reported_attacks(pipeline, text, PUBLISHED)


def test_cite_soleil_is_a_place_of_port_au_prince(pipeline: Pipeline) -> None:
    text = "Gang members shot dead 12 people in Cité Soleil on Friday, a rights group said."
    event = main_attack(pipeline, text, PUBLISHED)
    loc = event.location
    assert loc is not None and loc.place.country == "HTI"
    assert abs(loc.place.lat - 18.58) < 0.05 and abs(loc.place.lon + 72.33) < 0.05
    assert actor_countries(event) == {"HTI"}


def test_a_participle_describing_the_attackers_leaves_them_the_subject(
    pipeline: Pipeline,
) -> None:
    # the small parser hangs "killed" on "machetes": the armed militiamen still did it
    text = (
        "CODECO militiamen armed with machetes and guns killed at least 30 people, many of "
        "them children, at a camp for displaced people in Congo's Ituri province late on "
        "Thursday, local officials said."
    )
    assert actor_countries(main_attack(pipeline, text, PUBLISHED)) == {"COD"}


@pytest.mark.parametrize(
    "text",
    [
        "A Russian drone strike set a fuel depot on fire in Kherson on Thursday, the governor "
        "said on Friday.",
        "A Russian drone strike set a fuel depot ablaze in Kherson on Thursday, the governor "
        "said on Friday.",
    ],
)
def test_a_strike_that_sets_a_target_on_fire_is_dated_by_that_verb(
    pipeline: Pipeline, text: str
) -> None:
    event = main_attack(pipeline, text, PUBLISHED)
    assert event.date is not None and event.date.value == "2024-06-06"


@pytest.mark.parametrize(
    "text",
    [
        "A short circuit set a warehouse on fire in Kherson on Thursday.",
        "Lightning set a barn ablaze near Kherson on Thursday.",
    ],
)
def test_a_fire_nobody_set_is_no_attack(pipeline: Pipeline, text: str) -> None:
    assert not reported_attacks(pipeline, text, PUBLISHED)


def test_an_idiom_phrase_hung_on_the_object_still_makes_the_idiom(pipeline: Pipeline) -> None:
    # the parser hangs "to death" on "a protester", not on "stabbed"
    text = "Police stabbed a protester to death in Kano on Thursday."
    event = main_attack(pipeline, text, PUBLISHED)
    assert event.size is not None and event.size.dead == 1


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "KYIV — The death toll from a drone that struck a bus in Kherson early on Thursday "
            "climbed to six, officials said on Friday.",
            "2024-06-06",
        ),
        # the toll's own day follows its verb: the attack's day is not known
        (
            "The death toll from a missile strike on a hospital in Sumy rose to 12 on Friday.",
            "2024-06-08",
        ),
    ],
)
def test_a_day_before_a_toll_verb_dates_the_attack(pipeline: Pipeline, text: str, day: str) -> None:
    event = main_attack(pipeline, text, PUBLISHED)
    assert event.date is not None and event.date.value == day


def test_a_sentence_naming_no_day_goes_on_with_the_day_before_it(pipeline: Pipeline) -> None:
    text = (
        "Rebels pushed into the centre of Bunia on Wednesday. Fighting between the rebels "
        "and the army killed 11 people in the town, the UN said."
    )
    event = main_attack(pipeline, text, PUBLISHED)
    assert event.date is not None and event.date.value == "2024-06-05"
    assert event.size is not None and event.size.dead == 11


def test_a_saying_day_before_is_not_carried_on(pipeline: Pipeline) -> None:
    text = (
        "The governor said on Wednesday that troops were ready. A car bomb killed 12 people "
        "in Kabul, police said."
    )
    event = main_attack(pipeline, text, PUBLISHED)
    assert event.date is not None and event.date.value == "2024-06-08"


def test_a_bare_toll_after_a_dated_attack_still_joins_it(pipeline: Pipeline) -> None:
    text = (
        "Jihadists fired rockets at a passenger boat on the Niger river near Gao on Wednesday. "
        "The government said 40 civilians and 9 soldiers were killed."
    )
    attacks = reported_attacks(pipeline, text, PUBLISHED)
    assert len(attacks) == 1
    assert attacks[0].size is not None and attacks[0].size.dead == 49
