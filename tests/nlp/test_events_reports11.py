"""Rules of the ce155-ce178 round: claim days bound the attack's, participles after an "as"
clause, adverbs of time, dropped bombs and slit throats, Pakistani districts, the lead.

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import main_attack, reported_attacks

PUBLISHED = dt.date(2022, 3, 9)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "A bomb hidden in a cart tore through a bus station in Mosul late on Monday as "
            "travellers waited for the last buses, killing 14 people, and the Islamic State "
            "group claimed the bombing on Tuesday.",
            "2022-03-07",
        ),
        (
            "A bomb tore through a bus station in Mosul early on Monday while travellers waited "
            "for buses, killing 14 people, and the Islamic State group claimed the attack on "
            "Tuesday.",
            "2022-03-07",
        ),
    ],
)
def test_a_claims_day_gives_way_to_the_day_of_the_participle_after_an_as_clause(
    pipeline: Pipeline, text: str, day: str
) -> None:
    # the claim's day only bounds the attack's; the parser hangs ", killing ..." on the
    # "as"/"while" clause, but it is the main clause's result, dated "late on Monday"
    assert main_attack(pipeline, text, PUBLISHED).date.value[:10] == day


@pytest.mark.parametrize(
    "text",
    [
        "A drone dropped two bombs on a wedding party in a village of Sagaing region on Friday.",
        "A military helicopter dropped explosives on a monastery near Magway on Friday.",
    ],
)
def test_dropping_bombs_on_people_is_an_assault(pipeline: Pipeline, text: str) -> None:
    assert reported_attacks(pipeline, text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The airline dropped two routes to Europe on Friday.",
        "Prosecutors dropped the charges against the former minister on Friday.",
    ],
)
def test_dropping_other_things_is_no_assault(pipeline: Pipeline, text: str) -> None:
    assert reported_attacks(pipeline, text, PUBLISHED) == []


def test_slitting_throats_is_an_assault(pipeline: Pipeline) -> None:
    text = "Bandits slit the throats of four herders near the town of Gusau on Thursday."
    assert reported_attacks(pipeline, text, PUBLISHED)


def test_slitting_bags_is_no_assault(pipeline: Pipeline) -> None:
    assert (
        reported_attacks(
            pipeline, "The guards slit the bags open to check the grain on Thursday.", PUBLISHED
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("Gunmen killed six labourers in Balochistan's Kech district on Sunday.", 26.0, 63.05),
        ("A roadside bomb killed four soldiers in South Waziristan on Sunday.", 32.3, 69.57),
        (
            "Gunmen shot dead nine bus passengers in Pakistan's Musakhel district on Sunday.",
            30.86,
            69.82,
        ),
    ],
)
def test_pakistani_districts_are_placed_at_their_seat(
    pipeline: Pipeline, text: str, lat: float, lon: float
) -> None:
    loc = main_attack(pipeline, text, PUBLISHED).location
    assert loc is not None
    assert abs(loc.place.lat - lat) < 0.2 and abs(loc.place.lon - lon) < 0.2


def test_the_leads_attack_is_the_reports_attack_over_a_later_one(pipeline: Pipeline) -> None:
    text = (
        "Rockets fired by rebels from the hills hit a market on the edge of Bunia on Monday, "
        "killing a trader and three customers, medics said.\n\n"
        "Later in the day rockets killed two more people in a village near Mahagi."
    )
    main = main_attack(pipeline, text, PUBLISHED)
    assert main.location is not None and main.location.place.name == "Bunia"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Gunmen opened fire on a checkpoint guarded by rangers on the edge of Pattani, in "
            "Thailand's restive south, on Friday, killing three rangers.",
            "Pattani",
        ),
        (
            "Militants fired rockets at a base used by foreign troops near Kandahar, in "
            "southern Afghanistan, on Friday, killing two soldiers.",
            "Kandahar",
        ),
    ],
)
def test_a_town_in_the_targets_description_is_more_precise_than_the_country(
    pipeline: Pipeline, text: str, town: str
) -> None:
    loc = main_attack(pipeline, text, PUBLISHED).location
    assert loc is not None
    assert loc.place.feature != "country"
    assert text[loc.span.start : loc.span.end] == town


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("Junta troops torched houses in Budalin township on Friday.", 22.39, 95.14),
        ("An air strike hit a school in Depayin on Friday, killing 11 pupils.", 22.69, 95.33),
        (
            "A paraglider dropped bombs on a crowd in a village of Salingyi township, in "
            "Myanmar's Sagaing region, on Friday.",
            21.97,
            95.08,
        ),
    ],
)
def test_myanmar_township_seats_are_placed(
    pipeline: Pipeline, text: str, lat: float, lon: float
) -> None:
    loc = main_attack(pipeline, text, PUBLISHED).location
    assert loc is not None
    assert loc.place.country == "MMR"
    assert abs(loc.place.lat - lat) < 0.1 and abs(loc.place.lon - lon) < 0.1


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "OUAGADOUGOU — Gunmen ambushed an army convoy near Boni on Monday, killing ten "
            "soldiers, security sources in Burkina Faso said.",
            "BFA",
        ),
        (
            "A drone struck a wedding in Bon, a village near Shwebo in Myanmar, on Monday, "
            "killing eight people.",
            "MMR",
        ),
    ],
)
def test_a_big_town_abroad_known_by_that_name_only_in_another_language_is_dropped(
    pipeline: Pipeline, text: str, country: str
) -> None:
    # GeoNames lists "Boni" and "Bon" among Bonn's names in other languages
    loc = main_attack(pipeline, text, PUBLISHED).location
    assert loc is not None and loc.place.country == country


def test_a_towns_own_name_abroad_still_counts(pipeline: Pipeline) -> None:
    text = "Russian missiles hit Kiev and Odessa overnight, killing five people, officials said."
    loc = main_attack(pipeline, text, PUBLISHED).location
    assert loc is not None and loc.place.country == "UKR"


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Suspected rebels hacked to death 17 villagers near Oicha overnight, officials said.", 17),
        ("Nine farmers were hacked to death by gunmen in a village near Bokkos on Sunday.", 9),
        ("A mob beat to death two men accused of theft in Sargodha on Sunday.", 2),
        ("Militiamen burned to death 14 people in their homes in Djugu on Sunday.", 14),
    ],
)
def test_killing_to_death_is_an_assault_with_its_toll(
    pipeline: Pipeline, text: str, dead: int
) -> None:
    assert main_attack(pipeline, text, PUBLISHED).size.dead == dead


def test_hacking_servers_is_still_no_assault(pipeline: Pipeline) -> None:
    assert (
        reported_attacks(
            pipeline, "Hackers hacked the ministry's email servers on Sunday.", PUBLISHED
        )
        == []
    )


def test_a_populous_town_tagged_as_a_language_is_a_place(pipeline: Pipeline) -> None:
    # the small model tags "Rafah" in "strikes on Rafah overnight" as a LANGUAGE
    text = "Israeli strikes on Rafah overnight killed 19 people, hospital officials said."
    loc = main_attack(pipeline, text, PUBLISHED).location
    assert loc is not None and loc.place.country == "PSE"


def test_a_language_is_still_no_place(pipeline: Pipeline) -> None:
    text = "The group said in Arabic and Pashto that it had attacked a base in Gao on Monday."
    loc = main_attack(pipeline, text, PUBLISHED).location
    assert loc is not None and loc.place.country == "MLI"


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "At least a dozen people were killed on Tuesday when gunmen attacked a bus near Mopti.",
            12,
        ),
        ("Gunmen killed two dozen villagers in a raid near Gusau on Tuesday.", 24),
        ("A bomb killed a couple of soldiers at a checkpoint in Kismayo on Tuesday.", 2),
        (
            "Three hundred people were killed when gunmen overran a village near Nyala on Tuesday.",
            300,
        ),
    ],
)
def test_group_words_multiply_the_number_before_them(
    pipeline: Pipeline, text: str, dead: int
) -> None:
    # "a dozen" is 12 (not the article's one plus twelve), "two dozen" 24
    assert main_attack(pipeline, text, PUBLISHED).size.dead == dead


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Gunmen killed nine people in a raid on a village in Zamfara, police said on "
            "Wednesday. The raid took place late on Monday.",
            "2022-03-07",
        ),
        (
            "Fighters killed 30 villagers in an attack in Sudan's Gezira state, activists said "
            "on Wednesday. The attack took place on Sunday, they said.",
            "2022-03-06",
        ),
    ],
)
def test_the_day_an_attack_took_place_dates_it(pipeline: Pipeline, text: str, day: str) -> None:
    # "take place" lends the noun its day as "occur" does (verb and fixed object)
    assert main_attack(pipeline, text, PUBLISHED).date.value[:10] == day


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Militants attacked an army post near Miran Shah before dawn on Sunday, killing "
            "seven soldiers. Troops killed five of the attackers, the army said.",
            12,
        ),
        (
            "Gunmen stormed a hotel in Kismayo on Friday, killing nine people. Soldiers killed "
            "all three of the gunmen after a siege, police said.",
            12,
        ),
    ],
)
def test_killing_some_of_the_attackers_is_the_same_attack(
    pipeline: Pipeline, text: str, dead: int
) -> None:
    attacks = reported_attacks(pipeline, text, PUBLISHED)
    assert len(attacks) == 1 and attacks[0].size.dead == dead


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        (
            "BEIRUT — An Israeli strike on a car in the southern Lebanese town of Bint Jbeil "
            "killed two men on Wednesday.",
            33.12,
            35.43,
        ),
        (
            "An Israeli drone struck a motorcycle near Khiam on Wednesday, killing one man.",
            33.33,
            35.61,
        ),
    ],
)
def test_southern_lebanese_towns_are_placed(
    pipeline: Pipeline, text: str, lat: float, lon: float
) -> None:
    loc = main_attack(pipeline, text, PUBLISHED).location
    assert loc is not None
    assert abs(loc.place.lat - lat) < 0.05 and abs(loc.place.lon - lon) < 0.05


@pytest.mark.parametrize(
    "text",
    [
        "Russian missiles struck a substation in Lviv on Sunday; no one was killed, police said.",
        "Drones hit a fuel depot in Port Sudan on Sunday. Nobody was killed, officials said.",
    ],
)
def test_no_one_killed_is_a_toll_of_none(pipeline: Pipeline, text: str) -> None:
    # "no one" is none, not the one its numeral says
    assert main_attack(pipeline, text, PUBLISHED).size.dead == 0


@pytest.mark.parametrize(
    "text",
    [
        "Armed men killed 31 people in a village near Bankass on Saturday.",
        "Suspected bandits killed 18 people in a village in Zamfara on Saturday.",
    ],
)
def test_armed_men_and_bandits_killing_people_is_an_assault(pipeline: Pipeline, text: str) -> None:
    assert reported_attacks(pipeline, text, PUBLISHED)


def test_bandits_known_only_by_kind_are_coded_by_the_place(pipeline: Pipeline) -> None:
    text = "Suspected bandits killed 18 people in a village in Zamfara on Saturday."
    assert {p.country for p in main_attack(pipeline, text, PUBLISHED).actor} == {"NGA"}


@pytest.mark.parametrize(
    "text",
    [
        "Dozens were killed on Tuesday as soldiers fired on protesters in Maputo.",
        "Police fired on demonstrators in Nairobi on Tuesday, killing two.",
    ],
)
def test_firing_on_people_is_an_assault(pipeline: Pipeline, text: str) -> None:
    assert reported_attacks(pipeline, text, PUBLISHED)


def test_firing_an_employee_is_no_assault(pipeline: Pipeline) -> None:
    assert (
        reported_attacks(pipeline, "The bank fired its chief executive on Tuesday.", PUBLISHED)
        == []
    )


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("Gunmen shot dead a priest in Nigeria's Edo state on Wednesday.", 6.6, 5.9),
        ("Gunmen killed five policemen at a checkpoint in Imo State on Wednesday.", 5.5, 7.05),
    ],
)
def test_nigerian_states_no_town_is_named_after_are_placed(
    pipeline: Pipeline, text: str, lat: float, lon: float
) -> None:
    loc = main_attack(pipeline, text, PUBLISHED).location
    assert loc is not None and loc.place.country == "NGA"
    assert abs(loc.place.lat - lat) < 0.1 and abs(loc.place.lon - lon) < 0.1
