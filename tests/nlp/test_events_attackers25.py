"""Rules of the attack25 round: attackers named by what they are linked to or backed by.

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import actor_countries, main_attack, reported_attacks

PUBLISHED = dt.date(2022, 3, 9)  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda-linked militants killed nine soldiers at a checkpoint near Djibo on Monday.",
        "An al-Qaida-linked group raided a police station in northern Burkina Faso on Monday, "
        "killing seven officers.",
        "Islamic State-affiliated fighters burned a clinic in Ituri in Congo on Monday, "
        "killing 11 patients.",
    ],
)
def test_a_group_linked_to_a_transnational_network_is_coded_as_the_network(
    pipeline: Pipeline, text: str
) -> None:
    # al Qaeda and the Islamic State are IMG in the knowledge base: a group known only by
    # its link to one of them takes that code, as "militants linked to al Qaeda" do
    assert actor_countries(main_attack(pipeline, text, PUBLISHED)) == {"IMG"}


def test_a_group_linked_to_a_national_body_keeps_that_bodys_country(pipeline: Pipeline) -> None:
    text = "Hezbollah-linked gunmen ambushed a patrol near Daraa in Syria on Monday, killing five."
    assert actor_countries(main_attack(pipeline, text, PUBLISHED)) == {"LBN"}


@pytest.mark.parametrize(
    "text",
    [
        "Fighters linked to the Islamic State killed 14 farmers in Ituri province on Monday.",
        "Jihadists linked to al-Qaeda killed eight soldiers near Djibo in Burkina Faso on Monday.",
        "Gunmen affiliated with the Islamic State attacked a church in Beni in Congo on Sunday, "
        "killing 10 worshippers.",
    ],
)
def test_a_link_the_parser_reads_as_the_main_verb_still_names_the_side(
    pipeline: Pipeline, text: str
) -> None:
    # the small parser makes "linked"/"affiliated" the main verb and the attack its clause
    assert actor_countries(main_attack(pipeline, text, PUBLISHED)) == {"IMG"}


def test_linking_an_attack_to_a_group_is_no_description(pipeline: Pipeline) -> None:
    text = "Police linked the raid to al Qaeda and said nine soldiers had been killed near Djibo."
    for attack in reported_attacks(pipeline, text, PUBLISHED):
        assert "IMG" not in actor_countries(attack)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Iran-backed groups fired rockets at a base in Iraq on Monday, killing two guards.",
            "IRQ",
        ),
        (
            "An Iran-backed group fired drones at an airfield in Iraq on Monday, killing a guard.",
            "IRQ",
        ),
        (
            "Turkish-backed factions shelled a village near Manbij in Syria on Monday, "
            "killing four civilians.",
            "SYR",
        ),
    ],
)
def test_a_group_of_no_sector_named_by_its_backer_is_armed_and_placed(
    pipeline: Pipeline, text: str, country: str
) -> None:
    # "groups" and "factions" name no sector: the backer makes them an armed group of no
    # country, coded by the place they attack (as "Iran-backed militias" are)
    attack = main_attack(pipeline, text, PUBLISHED)
    assert actor_countries(attack) == {country}
    assert {p.sector for p in attack.actor} == {"REB"}


def test_a_backed_head_of_its_own_sector_keeps_it(pipeline: Pipeline) -> None:
    text = "The Western-backed government said it would hold talks with the rebels in May."
    ann = pipeline.annotate(Document("t", text, PUBLISHED)).annotations
    sectors = {
        m.actor.sector for m in ann.entities if m.actor is not None and "government" in m.text
    }
    assert "REB" not in sectors


def test_backed_and_linked_groups_are_mentions_of_their_own(pipeline: Pipeline) -> None:
    text = (
        "Iran-backed factions and al Qaeda-linked militants fought for the town on Monday, "
        "residents said."
    )
    ann = pipeline.annotate(Document("t", text, PUBLISHED)).annotations
    groups = {m.text: m.actor for m in ann.entities if m.label == "GROUP"}
    backed = groups["Iran-backed factions"]
    assert backed is not None and (backed.country, backed.sector) == (None, "REB")
    linked = groups["al Qaeda-linked militants"]
    assert linked is not None and linked.country == "IMG"


@pytest.mark.parametrize(
    "text",
    [
        "Jihadists who have pledged allegiance to al Qaeda killed eight soldiers near Djibo in "
        "Burkina Faso on Monday.",
        "Gunmen who pledged allegiance to the Islamic State attacked a church in Beni in Congo on "
        "Sunday, killing 10 worshippers.",
    ],
)
def test_a_group_that_pledged_allegiance_is_of_that_side(pipeline: Pipeline, text: str) -> None:
    assert actor_countries(main_attack(pipeline, text, PUBLISHED)) == {"IMG"}


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State group's Mozambique affiliate killed 17 villagers in Cabo Delgado on "
        "Monday.",
        "Fighters of the Islamic State's Sahel branch killed 14 herders near Menaka in Mali on "
        "Monday.",
    ],
)
def test_a_bodys_branch_is_the_bodys_whatever_place_it_is_named_for(
    pipeline: Pipeline, text: str
) -> None:
    # the place before "affiliate" or "branch" says where the branch fights, not its side
    assert actor_countries(main_attack(pipeline, text, PUBLISHED)) == {"IMG"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Between 20 and 30 attackers, some carrying the black flag of the Islamic State group, "
            "shot at worshippers near Arish in Egypt on Friday, killing 40.",
            "IMG",
        ),
        (
            "Gunmen carrying Hezbollah flags attacked a checkpoint near Daraa in Syria on Monday, "
            "killing five soldiers.",
            "LBN",
        ),
    ],
)
def test_a_group_showing_a_bodys_flag_is_the_bodys(
    pipeline: Pipeline, text: str, country: str
) -> None:
    assert actor_countries(main_attack(pipeline, text, PUBLISHED)) == {country}


def test_a_countrys_flag_names_no_side(pipeline: Pipeline) -> None:
    text = (
        "Protesters waving Palestinian flags clashed with police in London on Monday, "
        "leaving four officers hurt."
    )
    events = pipeline.annotate(Document("t", text, PUBLISHED)).annotations.events
    assert all("PSE" not in {p.country for p in e.actor} for e in events)


def test_an_unnamed_attack_told_again_with_a_side_takes_that_side(pipeline: Pipeline) -> None:
    text = (
        "Gunmen opened fire on worshippers leaving a mosque in Arish in Egypt on Friday, "
        "killing 40 people, officials said.\n\n"
        "About 20 attackers, some carrying the black flag of the Islamic State group, shot at "
        "people as they ran, a witness said."
    )
    attack = main_attack(pipeline, text, PUBLISHED)
    assert actor_countries(attack) == {"IMG"}
    assert attack.size.dead == 40


def test_a_named_attack_elsewhere_is_not_the_unnamed_one(pipeline: Pipeline) -> None:
    text = (
        "Gunmen opened fire on worshippers leaving a mosque in Arish in Egypt on Friday, "
        "killing 40 people, officials said.\n\n"
        "Last month, Islamic State fighters attacked a checkpoint in Rafah, killing five soldiers."
    )
    attack = main_attack(pipeline, text, PUBLISHED)
    assert "IMG" not in actor_countries(attack)
