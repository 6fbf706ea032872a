"""Real-news precision audit 27: fires and other accidents, closures aimed at nobody, states
dated by their onset ("occupied since May 4"), a body's short name read as a verb ("IS
militants"), and senses that are no political event (a court appeal, a question put, arms
that back an assault, words called attacks)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document
from dateline.pipeline import Pipeline
from tests.nlp.events_helpers import of_type

DAY = dt.date(2025, 3, 12)


def events(pipeline: Pipeline, text: str) -> tuple:
    """The full pipeline's events for ``text`` published on ``DAY``."""
    return pipeline.annotate(Document("a27", text, DAY)).annotations.events


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("A fire at a warehouse in Lagos destroyed dozens of shops on Sunday.", False),
        ("A huge fire destroyed more than 300 shacks in a township near Cape Town.", False),
        ("The blaze burned forty homes in the hills above the town.", False),
        ("A gas explosion destroyed a five-storey block of flats in Perm.", False),
        # weapons, forces and crowds still destroy
        ("Artillery fire destroyed the school in the village on Sunday.", True),
        ("Rebel fighters destroyed a bridge north of the town.", True),
        ("Protesters burned a police station in the capital.", True),
    ],
)
def test_a_fire_or_an_accident_that_destroys_is_no_attack(
    pipeline: Pipeline, text: str, attack: bool
) -> None:
    assert bool(of_type(events(pipeline, text), "ASSAULT")) == attack


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Moldova closed its airspace after a drone crashed near the border.", None),
        ("Iran briefly closed its airspace during the missile launches.", None),
        ("Georgia closed its borders to foreigners because of the pandemic.", None),
        # a closure aimed at a party is still a sanction
        ("Canada closes its airspace to all Russian planes.", "RUS"),
        ("Poland closed its border with Belarus on Tuesday.", "BLR"),
    ],
)
def test_closing_ones_own_airspace_or_borders_sanctions_nobody(
    pipeline: Pipeline, text: str, target: str | None
) -> None:
    found = of_type(events(pipeline, text), "SANCTION")
    if target is None:
        assert not found
    else:
        assert found and {p.country for p in found[0].recipient} == {target}


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # an act told "since" a day is a run of acts, dated by the report as before
        ("Russian forces have shelled the town every day since March 3.", "ASSAULT", "2025-03-12"),
        (
            "The airport, occupied since May 4, was shelled again on Tuesday.",
            "COERCE",
            "2024-05-04",
        ),
        (
            "The journalist has been detained since January 2023, his lawyer said.",
            "COERCE",
            "2023-01",
        ),
    ],
)
def test_a_state_since_a_day_is_dated_by_that_day(
    pipeline: Pipeline, text: str, kind: str, value: str
) -> None:
    found = of_type(events(pipeline, text), kind)
    assert found and found[0].date.value == value


@pytest.mark.parametrize(
    "text",
    [
        "IS militants attacked a checkpoint in Kirkuk, killing three soldiers.",
        "Police said IS fighters killed four villagers near Mosul on Friday.",
    ],
)
def test_is_militants_are_the_islamic_state(pipeline: Pipeline, text: str) -> None:
    found = of_type(events(pipeline, text), "ASSAULT")
    assert found and [p.actor_id for p in found[0].actor] == ["o:isis"]


@pytest.mark.parametrize(
    ("text", "kind", "coded"),
    [
        ("The spokesman said the ministry intends to appeal.", "REQUEST", False),
        ("The government will appeal the ruling.", "REQUEST", False),
        ("The company appealed against the verdict.", "REQUEST", False),
        (
            "When asked about plans for a new dam, the minister said that talks were under way.",
            "REQUEST",
            False,
        ),
        ("The assault on the town was supported by tanks and armoured vehicles.", "SUPPORT", False),
        ("Officials warned of informational attacks against Latvia.", "ASSAULT", False),
        # the political senses stay
        ("Kenya appealed for calm after the vote.", "REQUEST", True),
        ("The country appealed to the United Nations.", "REQUEST", True),
        ("Chile asked Peru for help with the fires.", "REQUEST", True),
        ("France supported the resolution on Monday.", "SUPPORT", True),
        ("Militants attacked a police station in Kano.", "ASSAULT", True),
    ],
)
def test_senses_that_are_no_political_event(
    pipeline: Pipeline, text: str, kind: str, coded: bool
) -> None:
    assert bool(of_type(events(pipeline, text), kind)) == coded


@pytest.mark.parametrize(
    ("text", "aux"),
    [
        ("Residents were told to stay indoors as Iranian drones continue to strike the city.", ()),
        ("Moldova faces power cuts due to Russian strikes on the grid.", ()),
        # conditions and plans keep their modality
        ("The army will attack as soon as the ceasefire ends.", ("future",)),
        ("Rebels will strike the base if the army advances.", ("future", "hypothetical")),
    ],
)
def test_a_stated_cause_or_circumstance_happened(
    pipeline: Pipeline, text: str, aux: tuple[str, ...]
) -> None:
    found = of_type(events(pipeline, text), "ASSAULT")
    assert found and found[0].aux == aux


@pytest.mark.parametrize(
    "text",
    [
        "The expo in Dubai will be open to all nations despite Russia's invasion of Ukraine.",
        "A court in Tver sentenced a poet over verses critical of the Russian invasion of Ukraine.",
    ],
)
def test_a_known_event_named_in_passing_takes_no_place_of_the_clause(
    pipeline: Pipeline, text: str
) -> None:
    found = [e for e in of_type(events(pipeline, text), "ASSAULT") if e.date.value == "2022-02-24"]
    assert found and found[0].location is None


def test_a_state_that_raises_a_toll_of_no_attack_attacks_nobody(pipeline: Pipeline) -> None:
    text = (
        "The National Disaster Council of the Philippines increased the previous death toll "
        "to six following the landslide."
    )
    assert not of_type(events(pipeline, text), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Citizens who violated the law will be returned to Moldova.", False),
        ("The judge ruled that the ban violated the constitution.", False),
        ("A Russian jet violated Estonian airspace on Friday.", True),
    ],
)
def test_breaking_a_law_is_no_rejection(pipeline: Pipeline, text: str, coded: bool) -> None:
    assert bool(of_type(events(pipeline, text), "REJECT")) == coded
