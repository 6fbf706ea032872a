"""Who carries out an attack named by a noun with a sector noun before it ("a police raid",
"an army offensive"), and when a raid is an attack rather than a search.

Fixture sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document, Event
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import of_type, reported_attacks

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def _events(pipeline: Pipeline, text: str) -> tuple[Event, ...]:
    return pipeline.annotate(Document("a", text, PUBLISHED)).annotations.events


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        (
            "At least 30 people were killed in a police raid on a gang stronghold in "
            "Salvador on Tuesday, officials said.",
            "BRA",
            "COP",
        ),
        (
            "Twelve villagers were killed in an army raid on a hamlet in Borno state on "
            "Monday, residents said.",
            "NGA",
            "MIL",
        ),
    ],
)
def test_a_sector_noun_before_an_attack_noun_is_the_attacker(
    pipeline: Pipeline, text: str, country: str, sector: str
) -> None:
    attacks = reported_attacks(pipeline, text, PUBLISHED)
    assert len(attacks) == 1, attacks
    assert [(p.country, p.sector) for p in attacks[0].actor] == [(country, sector)]


def test_a_raid_that_kills_is_one_attack_not_a_search(pipeline: Pipeline) -> None:
    text = "A police raid on a drug gang in Recife killed nine people on Tuesday."
    events = _events(pipeline, text)
    assert not of_type(events, "COERCE"), events
    attacks = of_type(events, "ASSAULT")
    assert len(attacks) == 1 and attacks[0].size.dead == 9


def test_a_raid_with_no_harm_done_stays_a_search(pipeline: Pipeline) -> None:
    text = (
        "A police raid on the offices of an opposition newspaper in Minsk on Tuesday drew "
        "protests from journalists."
    )
    events = _events(pipeline, text)
    assert of_type(events, "COERCE") and not of_type(events, "ASSAULT"), events


def test_a_sector_noun_before_a_building_is_no_attacker(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a police station in Peshawar on Tuesday, killing two officers."
    attacks = reported_attacks(pipeline, text, PUBLISHED)
    assert attacks and all(p.sector != "COP" for a in attacks for p in a.actor), attacks


def test_an_attack_noun_a_planned_harm_is_done_in_is_planned_too(pipeline: Pipeline) -> None:
    text = "Moscow will kill more civilians in air strikes on Odesa, the governor warned."
    events = _events(pipeline, text)
    attacks = of_type(events, "ASSAULT")
    assert attacks and all("future" in a.aux for a in attacks), attacks


def test_aid_given_in_money_is_the_giver_s(pipeline: Pipeline) -> None:
    text = "Japan provided 30 million dollars in humanitarian aid to Sudan last year."
    aid = of_type(_events(pipeline, text), "AID")
    assert aid and {p.country for p in aid[0].actor} == {"JPN"}, aid


@pytest.mark.parametrize(
    ("text", "dead", "country"),
    [
        # the parser reads "gunman shot" / "sniper shot" as a noun and "killed" as its conjunct
        (
            "A gunman shot and killed three people at a supermarket in Dayton on Saturday.",
            3,
            "USA",
        ),
        (
            "An Israeli sniper shot and killed a Palestinian teenager in Tulkarm on Monday.",
            1,
            "ISR",
        ),
        ("Soldiers gunned down nine protesters in Mandalay on Monday.", 9, "MMR"),
        ("A mob lynched two men accused of theft in Sialkot on Monday.", 2, "PAK"),
    ],
)
def test_killings_told_in_common_phrasings_are_found(
    pipeline: Pipeline, text: str, dead: int, country: str
) -> None:
    attacks = reported_attacks(pipeline, text, PUBLISHED)
    assert len(attacks) == 1, attacks
    assert attacks[0].size.dead == dead
    assert {p.country for p in attacks[0].actor} == {country}


def test_storming_an_institution_is_an_attack(pipeline: Pipeline) -> None:
    text = "A failed attempt to storm the parliament in Kinshasa on Tuesday left three men dead."
    assert reported_attacks(pipeline, text, PUBLISHED)


def test_a_foiled_plot_to_kill_counts_no_dead(pipeline: Pipeline) -> None:
    text = "Police foiled a plot to assassinate the mayor of Kharkiv, officials said."
    assert all(e.size.dead is None for e in _events(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Georgian officials uncovered a plan to storm the parliament in Tbilisi, police said.",
        "Ukrainian police foiled a plot to assassinate the mayor of Kharkiv, officials said.",
    ],
)
def test_who_exposes_a_plot_is_not_its_plotter(pipeline: Pipeline, text: str) -> None:
    attacks = of_type(_events(pipeline, text), "ASSAULT")
    assert attacks and all(not a.actor for a in attacks), attacks
    assert all(a.aux for a in attacks)
