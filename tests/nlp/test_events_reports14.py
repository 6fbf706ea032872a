"""Rules of the ce215-ce234 round: a capitalised number word before a nationality, claims
that a group "was behind" an attack, coalitions named by who leads them, and Sinai and
Mosul spellings.

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import actor_countries, main_attack, reported_attacks

PUBLISHED = dt.date(2024, 6, 8)  # a Saturday


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Eleven Chadian soldiers were killed in an ambush near Bol on Friday.", 11),
        (
            "Nine Malian soldiers were killed when their convoy hit a mine near Gao on Friday. "
            "Twenty of the attackers were also killed, the army said.",
            29,
        ),
    ],
)
def test_a_number_word_before_a_nationality_counts_the_dead(
    pipeline: Pipeline, text: str, dead: int
) -> None:
    # the small parser hangs "Eleven" on "Chadian", not on "soldiers"
    assert main_attack(pipeline, text, PUBLISHED).size.dead == dead


def test_a_group_that_says_it_was_behind_the_attack_carried_it_out(pipeline: Pipeline) -> None:
    text = (
        "A car bomb killed seven soldiers at a checkpoint in Kabul on Friday. "
        "The Pakistani Taliban said on Saturday it was behind the attack."
    )
    assert "PAK" in actor_countries(main_attack(pipeline, text, PUBLISHED))


def test_behind_a_weapon_that_struck_names_the_attacker(pipeline: Pipeline) -> None:
    text = (
        "The Pakistani Taliban said on Saturday it was behind the bomb that killed seven "
        "soldiers in Kabul on Friday."
    )
    assert "PAK" in actor_countries(main_attack(pipeline, text, PUBLISHED))


@pytest.mark.parametrize(
    "claim",
    [
        "The Pakistani Taliban denied it was behind the attack.",
        "The Pakistani Taliban said it was not behind the attack.",
    ],
)
def test_a_denied_or_negated_behind_claims_nothing(pipeline: Pipeline, claim: str) -> None:
    text = f"A car bomb killed seven soldiers at a checkpoint in Kabul on Friday. {claim}"
    assert "PAK" not in actor_countries(main_attack(pipeline, text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Saudi-led coalition bombed a fuel depot in Hodeidah on Friday.", "SAU"),
        ("The U.S.-led coalition said it had bombed a bridge in Raqqa on Friday.", "USA"),
        ("Air strikes by the Saudi-led coalition hit a bus in Saada on Friday.", "SAU"),
    ],
)
def test_a_coalition_named_by_its_leader_is_the_leaders_side(
    pipeline: Pipeline, text: str, country: str
) -> None:
    assert country in actor_countries(main_attack(pipeline, text, PUBLISHED))


def test_a_backed_group_keeps_its_own_side(pipeline: Pipeline) -> None:
    text = "Iran-backed Houthi fighters shelled a market in Taiz on Friday, killing four people."
    assert "IRN" not in actor_countries(main_attack(pipeline, text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("CAIRO — Militants attacked a checkpoint near Bir al-Abd on Friday.", 31.02, 33.01),
        ("CAIRO — Militants attacked a checkpoint in Sheikh Zuwaid on Friday.", 31.22, 34.11),
        ("BAGHDAD — A car bomb exploded in a market in west Mosul on Friday.", 36.34, 43.12),
    ],
)
def test_sinai_and_mosul_spellings_place_the_attack(
    pipeline: Pipeline, text: str, lat: float, lon: float
) -> None:
    loc = main_attack(pipeline, text, PUBLISHED).location
    assert loc is not None
    assert abs(loc.place.lat - lat) < 0.1 and abs(loc.place.lon - lon) < 0.1


def test_a_death_set_in_the_told_blast_continues_that_attack(pipeline: Pipeline) -> None:
    text = (
        "A car bomb killed 14 recruits at a training camp in Cali on Thursday. "
        "The driver steered a van through the gates during a parade, prosecutors said. "
        "He died in the blast, bringing the death toll to 15."
    )
    attacks = reported_attacks(pipeline, text, PUBLISHED)
    assert len(attacks) == 1 and attacks[0].size.dead == 15


def test_a_death_in_an_indefinite_attack_is_no_continuation(pipeline: Pipeline) -> None:
    text = (
        "A car bomb killed 14 recruits at a training camp in Cali on Thursday. "
        "Two police officers died in an ambush in Quibdo on Friday."
    )
    assert len(reported_attacks(pipeline, text, PUBLISHED)) == 2


def test_the_definite_attacker_of_a_told_attack_continues_it(pipeline: Pipeline) -> None:
    # "The driver" names nobody new; a side coded only by the place is no name either
    text = (
        "BOGOTA — Rebels on Monday claimed the car bomb that killed 14 recruits at a police "
        "school in Cali last Thursday.\n\n"
        "The driver, a longtime explosives expert of the group, rammed a pickup truck loaded "
        "with 50 kg of explosives through the gates of the school during a parade, prosecutors "
        "said. He died in the blast, bringing the death toll to 15."
    )
    attacks = reported_attacks(pipeline, text, PUBLISHED)
    main = max(attacks, key=lambda e: e.confidence)
    assert main.date.value == "2024-06-06" and main.size.dead == 15
