"""Rules of the ce235-ce254 round: datelines that carry the filing day, deaths told inside a
running toll, a later sentence on an attack's named target, and pieces of a weapon.

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from dateline.nlp.parse import wire_dateline_end
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import actor_countries, main_attack, reported_attacks

PUBLISHED = dt.date(2024, 6, 8)  # a Saturday
DASHES = frozenset({"—", "–", "-", "--"})


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("NAIROBI, June 8 (Reuters) - Gunmen killed five people", "Gunmen"),
        ("BUNIA, Democratic Republic of Congo, June 8 (AFP) - Rebels burned a clinic", "Rebels"),
        ("DAR ES SALAAM, Tanzania, June 8 - Police said", "Police"),
    ],
)
def test_a_dateline_with_its_filing_day_ends_before_the_lead(text: str, first: str) -> None:
    doc = spacy.blank("en")(text)
    end = wire_dateline_end(doc, DASHES)
    assert end is not None and doc[end].text == first


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI police said 2024 - a year of floods - was hard",
        "KENYA, where 150 people died - officials said",
    ],
)
def test_a_year_or_a_lower_case_word_is_no_dateline(text: str) -> None:
    assert wire_dateline_end(spacy.blank("en")(text), DASHES) is None


def test_the_filing_town_and_day_of_a_dateline_neither_act_nor_date(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, June 8 (Reuters) - Somali militants killed 12 soldiers in an attack on a "
        "base near the town of Dhobley on Thursday, the army said on Saturday."
    )
    attack = main_attack(pipeline, text, PUBLISHED)
    assert actor_countries(attack) == {"SOM"}
    assert attack.date.value[:10] == "2024-06-06"


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "The death toll from a bomb that hit a market in Maiduguri on Tuesday has climbed "
            "to 14 after three more wounded traders died, officials said on Saturday.",
            14,
        ),
        (
            "The toll from Tuesday's shelling of Kherson rose to nine after two more residents "
            "died in hospital.",
            9,
        ),
    ],
)
def test_deaths_told_inside_a_running_toll_are_already_in_it(
    pipeline: Pipeline, text: str, dead: int
) -> None:
    assert main_attack(pipeline, text, PUBLISHED).size.dead == dead


def test_more_deaths_outside_a_toll_still_add(pipeline: Pipeline) -> None:
    """The rule reads only clauses under a total: an "also" outside one still adds."""
    text = (
        "Gunmen killed eight villagers in an attack on Kadarko on Thursday. "
        "Two of the attackers were also killed, police said."
    )
    assert main_attack(pipeline, text, PUBLISHED).size.dead == 10


def test_a_later_sentence_on_the_named_target_continues_the_attack(pipeline: Pipeline) -> None:
    text = (
        "At least 14 people were killed when gunmen attacked a restaurant in the town of Garissa, "
        "police said on Saturday.\n\n"
        "A suicide bomber rammed a truck loaded with explosives into the restaurant on Thursday "
        "night before gunmen stormed the building. Three attackers were also killed."
    )
    attacks = reported_attacks(pipeline, text, PUBLISHED)
    assert len(attacks) == 1
    assert attacks[0].date.value[:10] == "2024-06-06"
    assert attacks[0].size.dead == 17


def test_another_target_of_the_same_kind_is_another_attack(pipeline: Pipeline) -> None:
    """Only a definite target the text named before points back; a new one does not."""
    text = (
        "At least 14 people were killed when gunmen attacked a restaurant in the town of Garissa "
        "on Thursday, police said.\n\n"
        "A suicide bomber rammed a truck loaded with explosives into a hotel in Mandera on "
        "Wednesday, killing three guards."
    )
    assert len(reported_attacks(pipeline, text, PUBLISHED)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "A fuel depot in Bryansk was hit by fragments of a Ukrainian drone on Friday.",
        "Debris from a Ukrainian missile struck a school in Kursk on Friday, the governor said.",
    ],
)
def test_pieces_of_a_weapon_are_its_sides(pipeline: Pipeline, text: str) -> None:
    assert "UKR" in actor_countries(main_attack(pipeline, text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "A house in Rostov was hit by debris of a Ukrainian drone shot down by air defence "
        "units on Friday.",
        "A house in Rostov was hit by debris of a Ukrainian drone intercepted by Russian "
        "air defences on Friday.",
    ],
)
def test_who_shot_down_a_weapon_is_not_who_fired_it(pipeline: Pipeline, text: str) -> None:
    assert actor_countries(main_attack(pipeline, text, PUBLISHED)) == {"UKR"}


def test_who_launched_a_weapon_still_fires_it(pipeline: Pipeline) -> None:
    text = "Rockets launched by Hezbollah hit Kiryat Shmona on Friday, killing two people."
    assert "LBN" in actor_countries(main_attack(pipeline, text, PUBLISHED))


def test_a_month_abbreviation_in_a_date_is_no_town(pipeline: Pipeline) -> None:
    """ "on Dec. 30": a gazetteer may read "Dec." as a town; inside a date it names none."""
    text = "Shelling killed 25 people on Dec. 30, officials said."
    attack = main_attack(pipeline, text, dt.date(2024, 1, 2))
    assert attack.location is None


def test_a_sentence_with_only_a_date_goes_on_with_the_town_before_it(pipeline: Pipeline) -> None:
    """ "... Shelling killed 25 people there on Dec. 30": "Dec." read as a town must not make
    the sentence look placed, so it takes the town of the sentence before it."""
    text = (
        "Drones hit a refinery near Rostov on Friday, the governor said.\n\n"
        "The city of Belgorod has come under repeated fire since the spring. "
        "Shelling killed seven people there on Dec. 30."
    )
    [shelling] = [
        e for e in reported_attacks(pipeline, text, dt.date(2024, 1, 3)) if e.size.dead == 7
    ]
    assert shelling.location is not None and shelling.location.place.name == "Belgorod"


def test_the_fighters_a_place_codes_still_point_back(pipeline: Pipeline) -> None:
    """ "The fighters struck X": the place gives the group a country, yet it names nobody new,
    so it tells more of the attack just reported (and its day dates it)."""
    text = (
        "Dozens of people were killed when insurgents attacked the town of Mocimboa da Praia, "
        "the government said on Sunday.\n\n"
        "The fighters struck Mocimboa da Praia from the sea on Wednesday night, residents said."
    )
    attacks = reported_attacks(pipeline, text, dt.date(2024, 6, 10))
    assert len(attacks) == 1
    assert attacks[0].date.value[:10] == "2024-06-05"


def test_a_saying_day_taken_over_in_a_sentence_still_only_bounds(pipeline: Pipeline) -> None:
    """ "Fighters who overran a base ... killed 54, the president said on Saturday": the
    saying's day reaches the relative clause's attack through its merge; a later sentence's
    own day for the attack on that base then dates it."""
    text = (
        "Gunmen who overran a police post near Dori killed 17 officers, the army said on "
        "Saturday.\n\nThe gunmen attacked the post at dawn on Tuesday, the army said."
    )
    attacks = reported_attacks(pipeline, text, PUBLISHED)
    assert len(attacks) == 1
    assert attacks[0].date.value[:10] == "2024-06-04"


def test_the_one_day_a_sentence_names_dates_its_attack(pipeline: Pipeline) -> None:
    """The small parser hangs "late on Sunday" on the victims' apposition, not on "killed"."""
    text = (
        "ADF rebels armed with machetes and guns killed at least 30 people, many of them "
        "children, at a camp for displaced people in Ituri province late on Sunday, aid "
        "workers said."
    )
    assert main_attack(pipeline, text, PUBLISHED).date.value[:10] == "2024-06-02"


def test_a_running_total_s_day_is_not_the_attack_s(pipeline: Pipeline) -> None:
    text = (
        "The death toll from an attack by ADF rebels on a church in Beni rose to 20 on "
        "Friday, a local official said."
    )
    assert main_attack(pipeline, text, PUBLISHED).date.value[:10] != "2024-06-07"


def test_a_hedged_report_of_the_past_still_counts(pipeline: Pipeline) -> None:
    """ "may have been killed" reports a likely past toll; the attack keeps it."""
    text = (
        "Jets struck a crowded market in Hajjah on Thursday. "
        "Medics said 35 people may have been killed."
    )
    assert main_attack(pipeline, text, PUBLISHED).size.dead == 35


@pytest.mark.parametrize(
    "text",
    [
        "The rockets may kill dozens of people in Sderot, the army warned on Saturday.",
        "The bomb would have killed 35 people in the market if it had gone off.",
    ],
)
def test_a_supposed_attack_stays_unreal(pipeline: Pipeline, text: str) -> None:
    assert not reported_attacks(pipeline, text, PUBLISHED)


def test_a_count_the_parser_hangs_on_the_reporting_verb_still_counts(pipeline: Pipeline) -> None:
    """ "medics said between 30 and 50 people were killed": the small parser makes the
    people the object of "between" on "said", leaving the reported clause no subject."""
    text = (
        "Jets struck a crowded market in Hajjah on Thursday. "
        "Medics said between 30 and 50 people were killed."
    )
    assert main_attack(pipeline, text, PUBLISHED).size.dead == 30
