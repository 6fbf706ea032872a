"""Event dates: the precision of TIMEX3 values, and days read off the trigger's phrase when
a small parser hangs the day elsewhere (dateline.nlp.events_dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document
from dateline.nlp.events_dates import precision_of
from dateline.pipeline import Pipeline


def _attack_day(pipeline: Pipeline, text: str, published: dt.date) -> str:
    result = pipeline.annotate(Document("d", text, published))
    attacks = [e for e in result.annotations.events if e.type == "ASSAULT" and not e.aux]
    assert attacks, [(e.type, e.aux) for e in result.annotations.events]
    return max(attacks, key=lambda e: e.confidence).date.value[:10]


def test_a_day_in_a_participle_describing_the_target_dates_the_attack(
    pipeline: Pipeline,
) -> None:
    # the parser reads "people waiting to collect salaries ... on Tuesday" as a clause of
    # "struck"; it describes the crowd struck, in the same act
    text = (
        "A suicide bomber struck a crowd of people waiting to collect salaries outside a "
        "bank in the city of Kunduz on Tuesday."
    )
    assert _attack_day(pipeline, text, dt.date(2025, 2, 12)) == "2025-02-11"


def test_a_counted_day_after_a_dated_attack_dates_the_next_one(pipeline: Pipeline) -> None:
    text = (
        "Bandits stormed a farming settlement on 2 March, killing six people. Four days "
        "later, the bandits attacked a nearby market, killing three traders."
    )
    result = pipeline.annotate(Document("d", text, dt.date(2026, 3, 12)))
    days = sorted(e.date.value for e in result.annotations.events if e.type == "ASSAULT")
    assert days == ["2026-03-02", "2026-03-06"]


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        ("2026-02-24", "day"),
        ("2026-02-24TMO", "day"),
        ("2026-W08-WE", "week"),
        ("2026-02", "month"),
        ("1998-10-XX", "month"),  # a day of October 1998, which day unknown
        ("1997-WXX", "year"),
        ("2019-QX", "year"),
        ("2025-WI", "season"),
        ("2026-Q1", "quarter"),
        ("2026", "year"),
        ("199", "decade"),
        ("PRESENT_REF", None),
        ("XXXX-XX-XX", None),
        ("P4Y", None),
    ],
)
def test_precision_of_a_value(value: str, precision: str | None) -> None:
    assert precision_of(value) == precision


@pytest.mark.parametrize(
    "claim",
    [
        "The Islamic State group claimed the attack on Wednesday.",
        "The Islamic State group claimed responsibility for the attack on Wednesday.",
    ],
)
def test_a_day_on_a_claimed_attack_is_the_claims_day(pipeline: Pipeline, claim: str) -> None:
    text = f"Gunmen killed five people in Kabul on Monday. {claim}"
    events = pipeline.annotate(Document("c", text, dt.date(2024, 6, 3))).annotations.events
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert [a.date.value for a in attacks] == ["2024-06-03"]  # Monday; never Wednesday


def test_the_attack_on_a_day_as_subject_is_dated_by_it(pipeline: Pipeline) -> None:
    text = "The attack on Wednesday killed five people in Kabul."
    events = pipeline.annotate(Document("c", text, dt.date(2024, 6, 3))).annotations.events
    assert [e.date.value for e in events if e.type == "ASSAULT"] == ["2024-05-29"]


def test_a_day_before_a_trailing_reporting_clause_dates_the_attack(pipeline: Pipeline) -> None:
    # the parser hangs "late on Sunday" on "said"; it stands before the comma and subject
    # that open the reporting clause, so it belongs to the killing
    text = (
        "Gunmen killed 11 people in an attack on a village in Plateau state late on Sunday, "
        "police said on Tuesday."
    )
    assert _attack_day(pipeline, text, dt.date(2024, 6, 12)) == "2024-06-09"


def test_a_relative_clause_that_says_when_it_took_place_dates_the_noun(
    pipeline: Pipeline,
) -> None:
    text = "The ambush, which took place on June 3, killed nine soldiers near the town of Kidal."
    assert _attack_day(pipeline, text, dt.date(2024, 6, 12)) == "2024-06-03"
