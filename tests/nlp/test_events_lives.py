"""Deaths told as lives an attack took, and the day on the verb that tells an attack's
result ("the strike left 20 people dead on Tuesday").

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import main_attack

PUBLISHED = dt.date(2024, 3, 6)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The ambush near Kidal claimed the lives of 11 soldiers, the army said.", 11),
        ("Fighters raided a market near Mopti. The raid claimed 23 lives.", 23),
        ("The bombing of the bus station took the lives of nine people, police said.", 9),
        ("The car bombing in Mogadishu cost 30 lives, officials said.", 30),
    ],
)
def test_lives_an_attack_took_are_its_dead(pipeline: Pipeline, text: str, dead: int) -> None:
    assert main_attack(pipeline, text, PUBLISHED).size.dead == dead


def test_a_claim_of_the_attack_counts_no_dead(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a police post in Tillaberi on Monday. A jihadist group claimed it."
    assert main_attack(pipeline, text, PUBLISHED).size.dead is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A Saudi air strike on a prison in Saada left 70 people dead on Monday.", 4),
        ("The attack on the convoy near Gao claimed 14 lives on Sunday, the army said.", 3),
    ],
)
def test_the_day_on_the_verb_of_an_attack_s_result_is_its_day(
    pipeline: Pipeline, text: str, day: int
) -> None:
    date = main_attack(pipeline, text, PUBLISHED).date
    assert (date.source, date.start_date) == ("text", dt.date(2024, 3, day))
