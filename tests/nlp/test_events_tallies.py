"""A toll told before its attack, and a lone attacker whom police shoot afterwards.

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import reported_attacks

PUBLISHED = dt.date(2024, 3, 10)  # a Sunday


def test_a_toll_with_no_side_counts_the_attack_the_next_paragraph_tells(
    pipeline: Pipeline,
) -> None:
    text = (
        "KABUL, March 10 - The number of people killed in bombings outside a market in "
        "eastern Kabul rose to at least 31 on Sunday, most of them traders, officials "
        "said.\n\n"
        "A car bomb went off at the market gate on Saturday evening as traders were closing "
        "their stalls, an interior ministry spokesman said."
    )
    attacks = reported_attacks(pipeline, text, PUBLISHED)
    assert len(attacks) == 1, attacks
    assert attacks[0].size.dead == 31
    assert attacks[0].date.start_date == dt.date(2024, 3, 9)


def test_police_who_shoot_a_lone_attacker_are_not_the_attacker(pipeline: Pipeline) -> None:
    text = (
        "A man from Jenin stabbed three people to death and wounded one in the Israeli city "
        "of Netanya on Sunday before police shot and wounded him, paramedics said."
    )
    attacks = reported_attacks(pipeline, text, PUBLISHED)
    assert attacks, attacks
    assert all(p.sector != "COP" for a in attacks for p in a.actor), attacks
