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
    "text",
    [
        "A fire at a warehouse in Lagos destroyed dozens of shops on Sunday.",
        "A huge fire destroyed more than 300 shacks in a township near Cape Town.",
        "The blaze burned forty homes in the hills above the town.",
        "A gas explosion destroyed a five-storey block of flats in Perm.",
    ],
)
def test_a_fire_or_an_accident_that_destroys_is_no_attack(pipeline: Pipeline, text: str) -> None:
    assert not of_type(events(pipeline, text), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Artillery fire destroyed the school in the village on Sunday.",
        "Rebel fighters destroyed a bridge north of the town.",
        "Protesters burned a police station in the capital.",
    ],
)
def test_weapons_forces_and_crowds_still_destroy(pipeline: Pipeline, text: str) -> None:
    assert of_type(events(pipeline, text), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Moldova closed its airspace after a drone crashed near the border.",
        "Iran briefly closed its airspace during the missile launches.",
        "Georgia closed its borders to foreigners because of the pandemic.",
    ],
)
def test_closing_ones_own_airspace_or_borders_sanctions_nobody(
    pipeline: Pipeline, text: str
) -> None:
    assert not of_type(events(pipeline, text), "SANCTION")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Canada closes its airspace to all Russian planes.", "RUS"),
        ("Poland closed its border with Belarus on Tuesday.", "BLR"),
    ],
)
def test_a_closure_aimed_at_a_party_is_still_a_sanction(
    pipeline: Pipeline, text: str, target: str
) -> None:
    found = of_type(events(pipeline, text), "SANCTION")
    assert found and {p.country for p in found[0].recipient} == {target}


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
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
    assert found and found[0].date.value == value and found[0].date.source == "text"


def test_acts_since_a_day_keep_the_report_day(pipeline: Pipeline) -> None:
    found = of_type(
        events(pipeline, "Russian forces have shelled the town every day since March 3."), "ASSAULT"
    )
    assert found and found[0].date.value == DAY.isoformat()


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
    "text",
    [
        "The spokesman said the ministry intends to appeal.",
        "The government will appeal the ruling.",
        "The company appealed against the verdict.",
        "When asked about plans for a new dam, the minister said that talks were under way.",
        "The assault on the town was supported by tanks and armoured vehicles.",
        "Officials warned of informational attacks against Latvia.",
    ],
)
def test_senses_that_are_no_political_event(pipeline: Pipeline, text: str) -> None:
    kinds = {e.type for e in events(pipeline, text)}
    assert not kinds & {"REQUEST", "SUPPORT"}
    if "attacks" in text:
        assert "ASSAULT" not in kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kenya appealed for calm after the vote.", "REQUEST"),
        ("The country appealed to the United Nations.", "REQUEST"),
        ("Chile asked Peru for help with the fires.", "REQUEST"),
        ("France supported the resolution on Monday.", "SUPPORT"),
        ("Militants attacked a police station in Kano.", "ASSAULT"),
    ],
)
def test_the_political_senses_stay(pipeline: Pipeline, text: str, kind: str) -> None:
    assert of_type(events(pipeline, text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "Residents were told to stay indoors as Iranian drones continue to strike the city.",
        "Moldova faces power cuts due to Russian strikes on the grid.",
    ],
)
def test_a_stated_cause_or_circumstance_happened(pipeline: Pipeline, text: str) -> None:
    found = of_type(events(pipeline, text), "ASSAULT")
    assert found and not found[0].aux


@pytest.mark.parametrize(
    ("text", "aux"),
    [
        ("The army will attack as soon as the ceasefire ends.", ("future",)),
        ("Rebels will strike the base if the army advances.", ("future", "hypothetical")),
    ],
)
def test_conditions_and_plans_keep_their_modality(
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
