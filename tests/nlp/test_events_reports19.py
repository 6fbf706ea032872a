"""Rules of the ce255-ce274 round: a count raised onto the verb an infinitive completes,
attackers counted as "N of them", and an Arabic article inside a town's name.

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import main_attack

PUBLISHED = dt.date(2024, 6, 8)  # a Saturday


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "More than 300 villagers are reported to have been killed after militiamen "
            "overran the camp on Thursday, an aid agency said.",
            300,
        ),
        ("About 45 people are believed to have died when rebels shelled the market on Friday.", 45),
    ],
)
def test_a_count_raised_onto_a_reporting_verb_sizes_the_attack(
    pipeline: Pipeline, text: str, dead: int
) -> None:
    assert main_attack(pipeline, text, PUBLISHED).size.dead == dead


@pytest.mark.parametrize(
    "text",
    [
        "Bandits raided a farming village on Friday, killing eight people. Soldiers hunted "
        "down the attackers, killing three of them.",
        "Bandits raided a farming village on Friday, killing eight people. The attackers "
        "carried rifles and grenades, the army said, adding that three of them had been "
        "killed.",
    ],
)
def test_attackers_counted_as_part_of_them_add_to_the_victims(
    pipeline: Pipeline, text: str
) -> None:
    assert main_attack(pipeline, text, PUBLISHED).size.dead == 11


def test_a_part_of_the_victims_told_as_them_is_not_added(pipeline: Pipeline) -> None:
    text = "Bandits raided a village on Friday and attacked the farmers, killing six of them."
    assert main_attack(pipeline, text, PUBLISHED).size.dead == 6


def test_a_town_spelt_with_another_form_of_its_inner_article_is_found(
    pipeline: Pipeline,
) -> None:
    # GeoNames writes the article of this Idlib town as said ("ash"), reports often "al".
    text = "Warplanes bombed a bakery in Jisr al-Shughur in Idlib province on Friday, killing six."
    place = main_attack(pipeline, text, PUBLISHED).location
    assert place is not None and place.place is not None
    assert place.place.country == "SYR" and abs(place.place.lat - 35.81) < 0.1
