"""Rules of the ce313-ce322 round: attackers named by their backer, by blame, by a people
or a body the knowledge base lacks.

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import actor_countries, main_attack, of_type, reported_attacks

PUBLISHED = dt.date(2021, 5, 12)  # a Wednesday


def test_a_group_named_by_its_backer_is_of_the_place_it_attacks(pipeline: Pipeline) -> None:
    text = "Iran-backed militias fired rockets at a base in Iraq on Monday, killing two guards."
    assert actor_countries(main_attack(pipeline, text, PUBLISHED)) == {"IRQ"}


def test_blame_on_a_group_known_by_its_kind_codes_it_by_the_attacks_place(
    pipeline: Pipeline,
) -> None:
    text = (
        "Rockets slammed into an air base in Iraq on Monday night, killing two contractors. "
        "U.S. officials blamed Iran-backed militias."
    )
    attack = main_attack(pipeline, text, PUBLISHED)
    assert actor_countries(attack) == {"IRQ"}
    assert [p.name for p in attack.actor] == ["Iran-backed militias"]


@pytest.mark.parametrize(
    "text",
    [
        "Suspected Fulani herdsmen killed 31 villagers in Benue state on Monday, police said.",
        "Armed Fulani herders raided two villages in Benue state on Monday, killing 31 people.",
        "Armed herdsmen killed 31 villagers in Benue state on Monday, police said.",
    ],
)
def test_a_people_living_across_borders_attacks_for_the_place_it_attacks(
    pipeline: Pipeline, text: str
) -> None:
    # the Fulani live in many countries: the attackers are coded where they struck
    assert actor_countries(main_attack(pipeline, text, PUBLISHED)) == {"NGA"}


def test_a_blamed_group_under_another_spelling_is_known(pipeline: Pipeline) -> None:
    text = (
        "Militants stormed a police camp near Baramulla on Monday, killing six policemen. "
        "Police blamed Jaish-e-Mohammad."
    )
    assert actor_countries(main_attack(pipeline, text, PUBLISHED)) == {"PAK"}


def test_the_attack_a_report_measures_its_own_by_is_another(pipeline: Pipeline) -> None:
    # "since February, when ..." tells an earlier attack: its side is not the lead's attacker
    text = (
        "Rockets hit an army base near Mosul on Tuesday evening, killing four soldiers.\n\n"
        "It was the deadliest attack on foreign troops in Iraq since February, when Turkey fired "
        "missiles at two bases."
    )
    attack = main_attack(pipeline, text, PUBLISHED)
    assert "TUR" not in actor_countries(attack)
    assert attack.size.dead == 4


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Warplanes of the Syrian government bombed a clinic in Idlib on Monday, killing six.",
            "SYR",
        ),
        ("Drones of the Russian army hit a bus in Kherson on Monday, killing two people.", "RUS"),
    ],
)
def test_weapons_of_a_side_are_that_sides_attack(
    pipeline: Pipeline, text: str, country: str
) -> None:
    assert actor_countries(main_attack(pipeline, text, PUBLISHED)) == {country}


def test_a_gang_is_coded_where_it_attacks(pipeline: Pipeline) -> None:
    # a gang with a home country acts for no state: the attack is coded where it happened
    text = "Barrio 18 gang members stormed a bus depot in Guatemala City on Monday, killing 9."
    assert actor_countries(main_attack(pipeline, text, PUBLISHED)) == {"GTM"}


def test_a_group_telling_what_one_of_its_fighters_did_claims_the_attack(
    pipeline: Pipeline,
) -> None:
    text = (
        "A bomb ripped through a market in Peshawar on Friday, killing 11 shoppers. "
        "The Islamic State group said one of its fighters detonated an explosive vest."
    )
    assert actor_countries(main_attack(pipeline, text, PUBLISHED)) == {"IMG"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Drones hit a U.S. base in eastern Syria on Monday, wounding four soldiers. "
            "Kataib Sayyid al-Shuhada said it had launched them.",
            "IRQ",
        ),
        ("Gunmen of the Nusra Front stormed a village in Hama on Monday, killing 9 people.", "SYR"),
        (
            "Militiamen of Dan Na Ambassagou burned a Fulani village near Bankass, killing 20.",
            "MLI",
        ),
    ],
)
def test_armed_groups_the_knowledge_base_knows(pipeline: Pipeline, text: str, country: str) -> None:
    assert actor_countries(main_attack(pipeline, text, PUBLISHED)) == {country}


def test_the_campaign_a_tally_counts_since_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    # "since the launch of the offensive" names the campaign the report belongs to: a bare
    # noun there is not the "since January, when ..." clause of another event
    text = (
        "Ukraine said its troops had captured 40 villages in Bryansk "
        "since the launch of the offensive."
    )
    events = pipeline.annotate(Document("c", text, PUBLISHED)).annotations.events
    assert [text[e.trigger.start : e.trigger.end] for e in of_type(events, "ASSAULT")] == [
        "captured"
    ]


def test_a_place_only_another_sentence_names_codes_no_attacker(pipeline: Pipeline) -> None:
    text = (
        "Poland closes the Russian consulates in Gdansk and Krakow. "
        "The closures are a response to the recently uncovered Bucha massacre."
    )
    for attack in reported_attacks(pipeline, text, PUBLISHED):
        assert "POL" not in actor_countries(attack)
