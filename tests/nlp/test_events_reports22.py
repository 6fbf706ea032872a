"""Rules of the ce295-ce302 round: the day of the attack a toll update is about.

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import EventDate
from dateline.nlp.events_confidence import stale_penalty
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import main_attack, reported_attacks

PUBLISHED = dt.date(2023, 7, 10)  # a Monday
SATURDAY = dt.date(2023, 7, 8)


def test_a_bare_part_of_the_day_after_a_toll_update_keeps_the_attack_day(
    pipeline: Pipeline,
) -> None:
    # "the afternoon" resolves to the last day named, the toll's Monday: it says the hour only
    text = (
        "The death toll from a car bomb that went off at a crossroads in Baidoa on Saturday "
        "rose to 41 on Monday, the governor said.\n\n"
        "The car, loaded with explosives, blew up beside a tea shop in the afternoon, setting "
        "nearby stalls on fire."
    )
    attack = main_attack(pipeline, text, PUBLISHED)
    assert attack.date.start_date == SATURDAY
    assert attack.size.dead == 41


def test_a_part_of_the_day_after_an_earlier_attack_day_keeps_that_day(
    pipeline: Pipeline,
) -> None:
    # "that night" after "on Saturday" is Saturday's night: only the report's own day is doubted
    text = "Militants raided a border post on Saturday. That night, a drone hit the town's market."
    events = reported_attacks(pipeline, text, PUBLISHED)
    assert {e.date.start_date for e in events} == {SATURDAY}


@pytest.mark.parametrize(
    "text",
    [
        "The number of people killed when a missile struck a market in Kostiantynivka on "
        "Saturday rose to 17 on Monday, officials said.",
        "The number of people killed when a missile hit a crowded market in Kostiantynivka "
        "on Saturday rose to 17 on Monday, officials said.",
    ],
)
def test_an_attack_told_inside_a_toll_subject_takes_the_day_before_the_toll_verb(
    pipeline: Pipeline, text: str
) -> None:
    attack = main_attack(pipeline, text, PUBLISHED)
    assert attack.date.start_date == SATURDAY
    assert attack.size.dead == 17


MONDAY = dt.date(2024, 3, 11)


def test_an_attack_dated_weeks_before_the_report_ranks_below_the_lead_attack(
    pipeline: Pipeline,
) -> None:
    text = (
        "Twelve people were killed when a Russian drone hit an apartment block in Odesa on "
        "Saturday, officials said on Monday. In February, Russian missiles struck the port, "
        "killing 20 people."
    )
    attack = main_attack(pipeline, text, MONDAY)
    assert attack.date.start_date == dt.date(2024, 3, 9)
    assert attack.size.dead == 12


def test_a_toll_update_outranks_a_background_attack_told_after_it(pipeline: Pipeline) -> None:
    text = (
        "The death toll from Saturday's drone strike on a block of flats in Odesa rose to 12 "
        "on Monday, officials said. In February, a missile attack on the city killed 20 people."
    )
    attack = main_attack(pipeline, text, MONDAY)
    assert attack.date.start_date == dt.date(2024, 3, 9)
    assert attack.size.dead == 12


def test_the_lead_sentence_keeps_its_attack_however_old() -> None:
    old = EventDate("2023-11-09", dt.date(2023, 11, 9), dt.date(2023, 11, 9), "day", "text")
    assert stale_penalty(old, MONDAY, 0) == 0.0
    assert stale_penalty(old, MONDAY, 1) > 0.0
    recent = EventDate("2024-03-09", dt.date(2024, 3, 9), dt.date(2024, 3, 9), "day", "text")
    assert stale_penalty(recent, MONDAY, 1) == 0.0
