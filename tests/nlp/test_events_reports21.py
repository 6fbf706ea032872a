"""Rules of the ce275-ce284 round (attackers): a possessive deep in a reported subject, a
side's own account of an attack as its claim, a blame told as an earlier view, the claimed
attack told again, a claiming group with no country of its own, and the maker of a harm done
"in" an attack.

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import main_attack, reported_attacks

PUBLISHED = dt.date(2024, 6, 8)  # a Saturday


def _countries(pipeline: Pipeline, text: str) -> set[str | None]:
    return {p.country for p in main_attack(pipeline, text, PUBLISHED).actor}


def test_a_possessive_deep_in_a_reported_subject_is_the_reporter(pipeline: Pipeline) -> None:
    text = (
        "Al Shabaab admitted on Friday that a mine laid by its fighters killed four "
        "soldiers near Mandera, in northern Kenya, on Thursday."
    )
    assert _countries(pipeline, text) == {"SOM"}


@pytest.mark.parametrize(
    "claim",
    [
        "Al Shabaab said it carried out the raid.",
        "Al Shabaab said on Saturday that its fighters had stormed the hotel.",
    ],
)
def test_a_sides_own_account_of_the_attack_is_its_claim(pipeline: Pipeline, claim: str) -> None:
    text = (
        "Islamist gunmen stormed a beach hotel in Mombasa on Friday night, killing nine "
        "guests, police said.\n\n" + claim
    )
    assert _countries(pipeline, text) == {"SOM"}


def test_shooting_down_drones_claims_no_attack(pipeline: Pipeline) -> None:
    text = (
        "Drones struck a fuel depot in Belgorod on Friday, killing two workers. Russian "
        "officials said they had shot down eleven drones over the region."
    )
    lead = reported_attacks(pipeline, text, PUBLISHED)[0]
    # nobody claimed the strike on the depot: its drones stay unidentified
    assert all(p.sector == "UNK" for p in lead.actor)


def test_a_blame_told_as_an_earlier_view_gives_way_to_a_claim(pipeline: Pipeline) -> None:
    text = (
        "Two bombs went off at a vegetable market in Quetta on Friday, killing 12 people. "
        "Officials had first blamed India.\n\n"
        "On Saturday, Islamic State said it was behind the blasts."
    )
    assert _countries(pipeline, text) == {"IMG"}


def test_the_claimed_attack_told_again_is_one_event(pipeline: Pipeline) -> None:
    text = (
        "Islamic State said on Friday it was behind bombings that killed 40 people at a "
        "shrine in Herat.\n\n"
        "Two bombers detonated explosive belts among pilgrims on Thursday evening, the "
        "group said."
    )
    [attack] = reported_attacks(pipeline, text, PUBLISHED)
    assert {p.country for p in attack.actor} == {"IMG"}
    assert attack.date.start_date == dt.date(2024, 6, 6)
    assert attack.size.dead == 40


def test_a_claiming_group_of_no_country_is_coded_by_the_attacked_place(
    pipeline: Pipeline,
) -> None:
    text = (
        "A Kurdish militant group said on Saturday it was behind the car bomb that hit a "
        "police station in Diyarbakir on Thursday. The government had blamed a Syrian "
        "militia."
    )
    assert _countries(pipeline, text) == {"TUR"}


def test_a_harm_done_in_an_attack_names_its_maker(pipeline: Pipeline) -> None:
    text = "Ukraine said it damaged a Russian landing ship in a naval drone attack off Crimea."
    assert _countries(pipeline, text) == {"UKR"}


def test_repelling_an_attack_does_not_make_it(pipeline: Pipeline) -> None:
    text = "Russian forces repelled a drone attack on Sevastopol on Friday, the governor said."
    assert "RUS" not in _countries(pipeline, text)


def test_a_player_and_his_cousin_are_two_dead(pipeline: Pipeline) -> None:
    text = (
        "A roadside bomb killed a young footballer and his cousin near Tarlac on Friday, "
        "police said."
    )
    assert main_attack(pipeline, text, PUBLISHED).size.dead == 2


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a nationality adjective the small model tags as a person is the people
        ("Azerbaijani shelling killed three people in Goris on Sunday.", "AZE"),
        # a known body's own name holds no place ("Sahel" is also a Burkinabe region)
        (
            "Islamic State Sahel Province fighters ambushed a convoy near Dori on Sunday, "
            "killing 12 soldiers.",
            "IMG",
        ),
        # a group's backer is not its side
        ("Rwandan-backed M23 rebels shelled Sake on Sunday, killing five civilians.", "COD"),
        # people who kill people act on purpose, coded by the place when nobody is named
        ("Herders killed 30 villagers in Benue state on Sunday.", "NGA"),
    ],
)
def test_attackers_named_by_adjectives_bodies_and_kinds(
    pipeline: Pipeline, text: str, country: str
) -> None:
    assert _countries(pipeline, text) == {country}


def test_a_perpetrator_said_to_be_a_member_of_a_group_is_the_groups(pipeline: Pipeline) -> None:
    text = (
        "A blast ripped through a bus station in Quetta on Friday, killing 26 people. "
        "Police said the bomber was a member of Islamic State Khorasan."
    )
    assert _countries(pipeline, text) == {"IMG"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Jaish al-Adl gunmen killed eight border guards near Saravan on Friday.", "IRN"),
        ("Lakurawa fighters killed 14 herders in Kebbi state on Friday.", "NGA"),
        ("Katiba Macina militants killed 17 villagers near Bankass on Friday.", "MLI"),
    ],
)
def test_armed_groups_the_knowledge_base_links_to_countries(
    pipeline: Pipeline, text: str, country: str
) -> None:
    assert _countries(pipeline, text) == {country}


def test_a_sides_account_of_an_attack_elsewhere_claims_nothing_earlier(
    pipeline: Pipeline,
) -> None:
    text = (
        "A missile hit a school in Kharkiv on Friday, killing two teachers. Ukraine's army "
        "said its forces had hit a Russian command post near Vovchansk."
    )
    lead = reported_attacks(pipeline, text, PUBLISHED)[0]
    assert "UKR" not in {p.country for p in lead.actor}
